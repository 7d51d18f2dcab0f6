"""Deviating scores re-checked or explained before the lock (87号令 §45), and changes
after compilation only on a stated ground (87号令 §64), on the demo campaign."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent
from models.enums import ChangeGround
from reviewer.documents.record_lines import change_lines, explanation_lines, override_line
from reviewer.documents.source import read_source
from reviewer.panel.rules import add_to_panel
from reviewer.results.deviations import (
    TOTAL,
    ExplanationEmpty,
    NothingToExplain,
    deviations,
    explain_deviation,
)
from reviewer.results.lock_checks import LockRefused, OverrideWithoutLeader
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import (
    GroundRequired,
    OtherGroundUnsaid,
    current_lock,
    lock_results,
    result_changes,
    unlock_results,
)
from reviewer.results.rescore import open_rescore_round
from reviewer.scoring.returns.importing import import_score_file
from reviewer.store.storage import CampaignStore, open_campaign
from tests.reviewer.results.test_rescore import rescored_file


@pytest.fixture(autouse=True)
def _panels_complete(demo_file: Path) -> None:
    """宝鸡市's panel is 6 after 周敏's recusal (87号令 §47): the proposed reserve completes
    it, so the deviations are all that stands in the lock's way here."""
    with open_campaign(demo_file) as store:
        add_to_panel(store, "E08", "宝鸡市")


XIANYANG = 1  # 咸阳市's application in the demo: E03's total of 26 against the panel's 76.9


def _audit(store: CampaignStore, action: str) -> list[AuditEvent]:
    with store.reading() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id)
            )
        )


def _explain_all(store: CampaignStore) -> None:
    """Every expert's flagged scores explained, one paper per expert and application."""
    results = merge_results(store)
    papers: dict[tuple[int, str], list[str]] = defaultdict(list)
    for d in deviations(store, results):
        papers[(d.application_id, d.expert_code)].append(d.item)
    for (application_id, code), items in papers.items():
        explain_deviation(
            store, results, application_id, code, "评分依据见书面说明", date(2014, 8, 5), items
        )


def test_locking_with_an_unexplained_deviation_is_refused_listing_each(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with pytest.raises(LockRefused) as refused:
            lock_results(store, "专家组会议审定")
        assert current_lock(store) is None and not _audit(store, "results.lock")
    obstacles = refused.value.obstacles
    assert len(obstacles) == 38 and {o.kind for o in obstacles} == {"deviation"}
    (total,) = [o for o in obstacles if o.details["item"] == "total"]
    assert (total.applicant, total.details) == (
        "咸阳市",
        {"expert": "E03", "item": "total", "score": "26.00", "panel": "76.90"},
    )
    assert "咸阳市: E03 赵建华's total of 26.00 deviates from the panel's 76.90" in str(
        refused.value
    )


def test_a_lock_succeeds_once_every_deviation_is_explained(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        results = merge_results(store)
        explained = explain_deviation(
            store, results, XIANYANG, "E03", "  咸阳市方案示范作用论证不足。 ", date(2014, 8, 5)
        )
        assert explained.items[0] == TOTAL and len(explained.items) == 18
        assert (explained.text, explained.written_on) == (
            "咸阳市方案示范作用论证不足。",
            date(2014, 8, 5),
        )
        with pytest.raises(LockRefused) as refused:  # the other experts' are open still
            lock_results(store, "审定")
        assert len(refused.value.obstacles) == 38 - 18
        _explain_all(store)
        lock = lock_results(store, "审定")
        assert (lock.override_by, lock.open_deviations) == ("", ())
        (event, *_rest) = _audit(store, "deviation.explain")
        assert event.entity_id == str(XIANYANG) and event.new["expert"] == "E03"
        assert event.new["written_on"] == "2014-08-05" and event.new["items"][0] == "total"
        assert "override" not in _audit(store, "results.lock")[0].new
        lines = explanation_lines(read_source(store), XIANYANG)
    assert lines[0] == (
        "赵建华（E03）对总分、C1.1、C1.2等18项的评分偏离作出书面说明（2014年8月5日）："
        "咸阳市方案示范作用论证不足。"
    )


def test_an_explanation_needs_text_and_a_flagged_item(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        results = merge_results(store)
        with pytest.raises(ExplanationEmpty):
            explain_deviation(store, results, XIANYANG, "E03", "  ", date(2014, 8, 5))
        with pytest.raises(NothingToExplain):  # E05 deviates nowhere on 咸阳市
            explain_deviation(store, results, XIANYANG, "E05", "说明", date(2014, 8, 5))
        with pytest.raises(NothingToExplain):  # E02's total is not flagged
            explain_deviation(store, results, XIANYANG, "E02", "说明", date(2014, 8, 5), [TOTAL])
        assert not _audit(store, "deviation.explain")


def test_the_panel_leaders_override_is_recorded_with_what_was_open(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        lock = lock_results(store, "专家组会议审定", override_reason="其余分歧属正常尺度差异")
        assert (lock.override_by, lock.override_reason) == ("E01 张维民", "其余分歧属正常尺度差异")
        assert len(lock.open_deviations) == 38
        assert {
            "kind": "deviation",
            "application_id": XIANYANG,
            "expert": "E03",
            "item": "total",
            "score": "26.00",
            "panel": "76.90",
        } in lock.open_deviations
        assert current_lock(store) == lock
        (event,) = _audit(store, "results.lock")
        assert event.new["override"]["by"] == "E01 张维民"
        assert event.new["override"]["reason"] == "其余分歧属正常尺度差异"
        assert len(event.new["override"]["open"]) == 38
        line = override_line(read_source(store), XIANYANG)
    assert line is not None and line.startswith(
        "以下偏离评分既未复核也未书面说明：赵建华（E03）总分"
    )
    assert line.endswith("经评审组长张维民（E01）同意锁定结果，理由：其余分歧属正常尺度差异。")


def test_only_a_panel_with_a_leader_can_override(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with store.writing() as session:
            session.connection().exec_driver_sql("UPDATE expert SET is_leader = 0")
        with pytest.raises(OverrideWithoutLeader):
            lock_results(store, "审定", override_reason="组长同意")
        assert current_lock(store) is None


def test_unlocking_needs_a_ground_and_other_needs_its_text(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "审定", override_reason="组长同意")
        with pytest.raises(GroundRequired):
            unlock_results(store, "复核", None)
        with pytest.raises(OtherGroundUnsaid):
            unlock_results(store, "复核", ChangeGround.OTHER, "  ")
        assert current_lock(store) is not None
        unlock_results(store, "复核", ChangeGround.OTHER, "申报单位材料补正")
        (event,) = _audit(store, "results.unlock")
        assert event.new == {"ground": "other", "ground_text": "申报单位材料补正"}
        (change,) = result_changes(store)
        assert (change.ground, change.ground_text, change.finals) == (
            ChangeGround.OTHER,
            "申报单位材料补正",
            {},
        )


def test_a_rescore_counts_as_re_checked_and_the_change_shows_its_ground(
    demo_file: Path, tmp_path: Path
) -> None:
    """Locked over the open deviations, unlocked because E03's total is abnormally low
    (§64), E03 scores 咸阳市 again: E03's items are re-checked, the next lock records the
    ground, and the findings say what changed on which ground."""
    with open_campaign(demo_file) as store:
        first = lock_results(store, "首轮审定", override_reason="组长同意")
        unlock_results(store, "E03 对咸阳市评分畸低", ChangeGround.ABNORMAL)
        open_rescore_round(store, {XIANYANG: ["E03"]}, "E03 评分畸低，请复核")
        import_score_file(store, rescored_file(store, "E03", tmp_path, Decimal("0.78")))
        flagged = [
            d
            for d in deviations(store, merge_results(store))
            if (d.application_id, d.expert_code) == (XIANYANG, "E03")
        ]
        assert all(d.rechecked and not d.open for d in flagged)
        second = lock_results(store, "复核后审定", override_reason="组长同意")
        assert all(
            d["expert"] != "E03" or d["application_id"] != XIANYANG for d in second.open_deviations
        )
        assert _audit(store, "results.lock")[1].new["after_change"] == {
            "ground": "abnormal",
            "ground_text": "",
            "reason": "E03 对咸阳市评分畸低",
        }
        (change,) = result_changes(store)
        before = next(a for a in first.results["applications"] if a["application_id"] == XIANYANG)
        after = next(a for a in second.results["applications"] if a["application_id"] == XIANYANG)
        assert change.finals == {XIANYANG: (before["final"], after["final"])}
        assert before["final"] == "76.13" and after["final"] != before["final"]
        (line,) = change_lines(read_source(store), XIANYANG)
    assert "依据：经评审委员会认定评分畸高、畸低（财政部令第87号第六十四条）" in line
    assert line.endswith(f"理由：E03 对咸阳市评分畸低；最终得分由76.13改为{after['final']}。")
