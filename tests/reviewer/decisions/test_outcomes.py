"""Decisions: staged and kept, committed together, reasons against the ranking, audit."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent, Decision, StagedDecision
from models.enums import ChangeGround, DecisionOutcome, TrackKind
from reviewer.decisions.outcomes import (
    DecisionReasonRequired,
    ReasonsMissing,
    ResultsChangedSinceShown,
    StagedOnEarlierResults,
    UnrankedCannotBeApproved,
    check_choice,
    commit_decisions,
    committed_decisions,
    decision_sheet,
    stage,
    unstage,
)
from reviewer.decisions.ranking import ResultsNotLockedForRanking, TrackRules, rank, save_rules
from reviewer.results.reconcile import lock_results, unlock_results
from reviewer.store.storage import open_campaign

APPROVE, REJECT, DEFER = DecisionOutcome.APPROVE, DecisionOutcome.REJECT, DecisionOutcome.DEFER
CITY = TrackKind.CITY


@pytest.fixture
def locked(demo_file: Path) -> Path:
    """The demo with a city quota of 3 and its results locked."""
    with open_campaign(demo_file) as store:
        save_rules(store, TrackRules(CITY, Decimal("65.00"), 3, ("C3", "C1")))
        lock_results(store, "专家组审定", override_reason="组长同意")
    return demo_file


def _city(path: Path) -> dict[str, int]:
    with open_campaign(path, read_only=True) as store:
        sheet = decision_sheet(store)
    return {line.line.applicant: line.line.application_id for line in sheet.tracks[CITY]}


def test_decisions_are_refused_while_the_results_are_not_locked(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with pytest.raises(ResultsNotLockedForRanking):
            decision_sheet(store)
        with pytest.raises(ResultsNotLockedForRanking):
            stage(store, 1, APPROVE)
        with pytest.raises(ResultsNotLockedForRanking):
            commit_decisions(store, "0" * 64)


def test_every_line_starts_with_the_rankings_proposal(locked: Path) -> None:
    with open_campaign(locked, read_only=True) as store:
        city = decision_sheet(store).tracks[CITY]
    assert [(d.line.applicant, d.pending) for d in city[:4]] == [
        ("西安市", APPROVE),
        ("榆林市", APPROVE),
        ("宝鸡市", APPROVE),
        ("咸阳市", REJECT),
    ]
    assert not any(d.against_ranking or d.staged or d.committed for d in city)
    assert all(d.to_commit for d in city)


def test_a_staged_decision_is_kept_in_the_file(locked: Path) -> None:
    ids = _city(locked)
    with open_campaign(locked) as store:
        staged = stage(store, ids["西安市"], DEFER, "待补充材料")
        assert staged.pending is DEFER and staged.against_ranking
    # A new process (after a crash, say) finds it staged, not committed.
    with open_campaign(locked, read_only=True) as store:
        line = decision_sheet(store).line(ids["西安市"])
        assert committed_decisions(store) == {}
    assert line.staged is not None and line.staged.reason == "待补充材料"
    assert line.pending is DEFER and line.committed is None


def test_going_against_the_ranking_needs_a_reason(locked: Path) -> None:
    ids = _city(locked)
    with open_campaign(locked) as store:
        with pytest.raises(DecisionReasonRequired) as refused:
            stage(store, ids["西安市"], REJECT, "  ")
        assert "西安市" in str(refused.value)
        with pytest.raises(DecisionReasonRequired):
            stage(store, ids["咸阳市"], APPROVE)
        # Within the ranking no reason is needed either way it goes.
        stage(store, ids["咸阳市"], DEFER)
        stage(store, ids["西安市"], APPROVE)
        stage(store, ids["咸阳市"], APPROVE, "示范意义突出，专家组一致同意")
        line = decision_sheet(store).line(ids["咸阳市"])
    assert line.against_ranking and line.pending_reason.startswith("示范意义")


def test_an_unranked_application_cannot_be_approved() -> None:
    apps = [
        {"application_id": 1, "applicant": "甲市", "track": "city", "final": "95.00",
         "ineligible": True},
        {"application_id": 2, "applicant": "乙市", "track": "city", "final": None,
         "ineligible": False},
    ]  # fmt: skip
    for line in rank({"applications": apps}, {})[CITY]:
        with pytest.raises(UnrankedCannotBeApproved):
            check_choice(line, APPROVE, "专家组认为可以")
        check_choice(line, REJECT, "")
        check_choice(line, DEFER, "")


def test_a_commit_writes_the_whole_list_in_one_transaction_with_audit(locked: Path) -> None:
    ids = _city(locked)
    with open_campaign(locked) as store:
        sheet = decision_sheet(store)
        stage(store, ids["宝鸡市"], DEFER, "存在回避事项，待核实")
        written = commit_decisions(store, sheet.ranking.fingerprint)
        assert len(written) == sum(1 for _ in sheet.lines())
        after = decision_sheet(store)
    assert all(not d.to_commit and d.staged is None for d in after.lines())
    assert after.line(ids["宝鸡市"]).pending is DEFER
    assert after.line(ids["西安市"]).committed is not None
    with open_campaign(locked, read_only=True) as store, store.reading() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "decision.commit")
        ).all()
        rows = session.scalars(select(Decision)).all()
    assert len(events) == len(rows) == len(written)
    baoji = next(e for e in events if e.entity_id == str(ids["宝鸡市"]))
    assert baoji.old is None and baoji.new["outcome"] == "defer" and baoji.reason.startswith("存在")
    assert {row.lock_fingerprint for row in rows} == {sheet.ranking.fingerprint}


def test_changing_a_committed_decision_records_old_and_new(locked: Path) -> None:
    ids = _city(locked)
    with open_campaign(locked) as store:
        fingerprint = decision_sheet(store).ranking.fingerprint
        commit_decisions(store, fingerprint)
        stage(store, ids["榆林市"], REJECT, "实施方案未盖章")
        written = commit_decisions(store, fingerprint)
        assert [d.line.applicant for d in written] == ["榆林市"]
        with store.reading() as session:
            event = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.action == "decision.commit")
                .order_by(AuditEvent.id.desc())
            ).first()
    assert event is not None and event.old["outcome"] == "approve"
    assert event.new["outcome"] == "reject" and event.reason == "实施方案未盖章"


def test_a_commit_without_a_needed_reason_commits_nothing(locked: Path) -> None:
    ids = _city(locked)
    with open_campaign(locked) as store:
        stage(store, ids["西安市"], REJECT, "理由")
        # The rules change after staging: 咸阳市 is now within, its proposal approve;
        # a staged rejection of a line within the cut has no reason.
        stage(store, ids["咸阳市"], REJECT)
        save_rules(store, TrackRules(CITY, None, 4, ("C3", "C1")))
        fingerprint = decision_sheet(store).ranking.fingerprint
        with pytest.raises(ReasonsMissing) as refused:
            commit_decisions(store, fingerprint)
        assert "咸阳市" in str(refused.value)
        assert committed_decisions(store) == {}
        assert decision_sheet(store).line(ids["西安市"]).staged is not None


def test_a_commit_is_refused_when_the_lock_changed(locked: Path) -> None:
    ids = _city(locked)
    with open_campaign(locked) as store:
        shown = decision_sheet(store).ranking.fingerprint
        stage(store, ids["西安市"], DEFER, "待核实")
        unlock_results(store, "复核", ChangeGround.ABNORMAL)
        with pytest.raises(ResultsNotLockedForRanking):
            commit_decisions(store, shown)
        store_lock = lock_results(store, "复核后再次锁定", override_reason="组长同意")
        # Same scores, same fingerprint: the staged decision still stands.
        assert store_lock.fingerprint == shown
        with pytest.raises(ResultsChangedSinceShown):
            commit_decisions(store, "f" * 64)
        commit_decisions(store, shown)
        assert committed_decisions(store)[ids["西安市"]].outcome is DEFER


def test_decisions_staged_on_earlier_results_must_be_made_again(locked: Path) -> None:
    ids = _city(locked)
    with open_campaign(locked) as store:
        stage(store, ids["西安市"], DEFER, "待核实")
        with store.writing() as session:  # as if the results had been locked differently
            session.scalars(select(StagedDecision)).one().lock_fingerprint = "e" * 64
        fingerprint = decision_sheet(store).ranking.fingerprint
        assert decision_sheet(store).line(ids["西安市"]).stale
        with pytest.raises(StagedOnEarlierResults):
            commit_decisions(store, fingerprint)
        assert unstage(store, [ids["西安市"]]) == 1
        commit_decisions(store, fingerprint)
        assert committed_decisions(store)[ids["西安市"]].outcome is APPROVE


def test_unlocking_says_how_many_committed_decisions_rested_on_the_results(
    locked: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from models import AuditEvent
    from reviewer.cli.main import EXIT_OK, main
    from reviewer.results.reconcile import decided_on_lock

    with open_campaign(locked) as store:
        committed = len(commit_decisions(store, decision_sheet(store).ranking.fingerprint))
        assert decided_on_lock(store) == committed > 0
    assert main(["unlock", str(locked), "--reason", "复核", "--ground", "abnormal"]) == EXIT_OK
    said = capsys.readouterr().out
    assert f"{committed} committed decisions rested on them" in said
    with open_campaign(locked) as store:
        assert decided_on_lock(store) == 0  # nothing is locked now
        with store.reading() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "results.unlock")
            ).one()
    assert event.old == {"fingerprint": event.old["fingerprint"], "decisions": committed}
