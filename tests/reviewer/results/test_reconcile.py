"""Locking the results: what is locked is kept with its fingerprint; nothing that would
change it gets through until an unlock with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent
from models.enums import ChangeGround
from reviewer.panel.assignments import assign_panel
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import (
    NoteEmpty,
    ReasonRequired,
    ResultsNotLocked,
    add_note,
    current_lock,
    fingerprint,
    lock_results,
    notes,
    unlock_results,
)
from reviewer.rubrics.catalog import current_rubrics, definition_of
from reviewer.rubrics.versions import ExistingScores, replace_rubric
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file
from reviewer.store.result_lock import ResultsLocked
from reviewer.store.storage import open_campaign


def test_locking_keeps_the_results_and_their_fingerprint(demo_campaign: Path | str) -> None:
    with open_campaign(demo_campaign) as store:
        with pytest.raises(ReasonRequired):
            lock_results(store, "  ", override_reason="组长同意")
        locked = lock_results(store, "专家组会议审定", override_reason="组长同意")
        assert locked.fingerprint == fingerprint(merge_results(store).as_json())
        assert len(locked.short_fingerprint) == 12
        with pytest.raises(ResultsLocked) as again:
            lock_results(store, "再次锁定", override_reason="组长同意")
        assert "专家组会议审定" in str(again.value)
    with open_campaign(demo_campaign, read_only=True) as store:
        lock = current_lock(store)
        assert lock is not None and lock.results == locked.results


def test_nothing_changes_the_locked_results(demo_campaign: Path | str, tmp_path: Path) -> None:
    returned = tmp_path / "E07.json"
    returned.write_text("{}", encoding="utf-8")
    with open_campaign(demo_campaign) as store:
        lock_results(store, "审定", override_reason="组长同意")
        report = import_score_file(store, returned)
        assert report.outcome is ScoreOutcome.REJECTED and "locked" in report.message
        with pytest.raises(ResultsLocked):
            assign_panel(store)
        city = definition_of(current_rubrics(store)[0])
        with pytest.raises(ResultsLocked):
            replace_rubric(store, city, ExistingScores.CARRY_OVER)
        with pytest.raises(ReasonRequired):
            unlock_results(store, "", ChangeGround.ABNORMAL)
        unlock_results(store, "E03 复评后重新审定", ChangeGround.ABNORMAL)
        assert current_lock(store) is None
        with pytest.raises(ResultsNotLocked):
            unlock_results(store, "again", ChangeGround.ABNORMAL)
        assign_panel(store)  # allowed again
        with store.reading() as session:
            events = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action.like("results.%"))
                .order_by(AuditEvent.id)
            ).all()
    assert [(e.action, e.reason) for e in events] == [
        ("results.lock", "审定"),
        ("results.unlock", "E03 复评后重新审定"),
    ]


def test_discussion_notes_and_dissents_are_kept(demo_campaign: Path | str) -> None:
    with open_campaign(demo_campaign) as store:
        xianyang = next(
            r.application_id for r in merge_results(store).applications if r.applicant == "咸阳市"
        )
        with pytest.raises(NoteEmpty):
            add_note(store, xianyang, " ")
        add_note(store, xianyang, "E03 误用评分标准，请其复评。")
        add_note(store, xianyang, "维持原评分：方案缺少数据共享的具体安排。", expert_code="E03")
        kept = notes(store)
    assert [(n.expert_code, n.text[:3]) for n in kept] == [("", "E03"), ("E03", "维持原")]
