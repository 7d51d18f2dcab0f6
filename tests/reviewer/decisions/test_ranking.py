"""The ranking per track: order, ties, tie-break order, cut-off, quota, ineligible."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import AuditEvent
from models.enums import DecisionOutcome, TrackKind
from reviewer.decisions.ranking import (
    DEFAULT_TIE_BREAK,
    ResultsNotLockedForRanking,
    RulesInvalid,
    TrackRules,
    load_rules,
    locked_ranking,
    rank,
    save_rules,
)
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign

CITY = TrackKind.CITY


def _app(
    application_id: int,
    applicant: str,
    final: str | None,
    c3: str = "30.00",
    c1: str = "20.00",
    *,
    ineligible: bool = False,
    track: str = "city",
) -> dict[str, Any]:
    return {
        "application_id": application_id,
        "applicant": applicant,
        "track": track,
        "final": final,
        "ineligible": ineligible,
        "experts": {"E01": {"total": final or "0", "kept": True}},
        "conditions": {"C1": c1, "C3": c3},
        "flags": [{"kind": "veto", "expert": "", "criterion": "C1.1"}] if ineligible else [],
    }


def _ranked(apps: list[dict[str, Any]], **rules: Any) -> list[tuple[str, int | None]]:
    lines = rank({"applications": apps}, {CITY: TrackRules(CITY, **rules)})[CITY]
    return [(line.applicant, line.rank) for line in lines]


def test_lines_are_ordered_by_final_score_and_exact_ties_share_a_rank() -> None:
    apps = [
        _app(1, "乙市", "80.00"),
        _app(2, "甲市", "90.00"),
        _app(3, "丁市", "80.00"),
        _app(4, "丙市", "70.00"),
    ]
    # 丁 (U+4E01) before 乙 (U+4E59): exact ties are listed by applicant name.
    assert _ranked(apps) == [("甲市", 1), ("丁市", 2), ("乙市", 2), ("丙市", 4)]


def test_ties_on_the_final_are_broken_by_the_conditions_in_the_configured_order() -> None:
    apps = [
        _app(1, "甲市", "80.00", c3="28.00", c1="22.00"),
        _app(2, "乙市", "80.00", c3="30.00", c1="18.00"),
        _app(3, "丙市", "80.00", c3="30.00", c1="20.00"),
    ]
    assert _ranked(apps, tie_break=("C3", "C1")) == [("丙市", 1), ("乙市", 2), ("甲市", 3)]
    assert _ranked(apps, tie_break=("C1", "C3")) == [("甲市", 1), ("丙市", 2), ("乙市", 3)]
    assert _ranked(apps, tie_break=()) == [("丙市", 1), ("乙市", 1), ("甲市", 1)]


def test_a_track_without_rules_gets_the_default_tie_break() -> None:
    apps = [
        _app(1, "甲市", "80.00", c3="28.00", c1="25.00"),
        _app(2, "乙市", "80.00", c3="30.00", c1="18.00"),
    ]
    lines = rank({"applications": apps}, {})[CITY]
    assert [line.applicant for line in lines] == ["乙市", "甲市"]
    assert DEFAULT_TIE_BREAK[CITY] == ("C3", "C1")


def test_the_minimum_score_and_the_quota_cut_the_list() -> None:
    apps = [_app(i, name, final) for i, (name, final) in enumerate(
        [("甲市", "90.00"), ("乙市", "85.00"), ("丙市", "85.00"), ("丁市", "75.00"),
         ("戊市", "59.99")], start=1)]  # fmt: skip
    lines = rank(
        {"applications": apps}, {CITY: TrackRules(CITY, Decimal("60.00"), 2, ("C3", "C1"))}
    )[CITY]
    by_name = {line.applicant: line for line in lines}
    # 乙 and 丙 tie at the quota's boundary: both are within, the secretariat decides.
    assert [n for n, line in by_name.items() if line.within] == ["甲市", "丙市", "乙市"]
    assert by_name["丁市"].over_quota and not by_name["丁市"].below_cut
    assert by_name["戊市"].below_cut and by_name["戊市"].over_quota
    assert by_name["甲市"].proposal is DecisionOutcome.APPROVE
    assert by_name["丁市"].proposal is DecisionOutcome.REJECT


def test_ineligible_and_unscored_applications_are_listed_last_without_a_rank() -> None:
    apps = [
        _app(1, "甲市", "95.00", ineligible=True),
        _app(2, "乙市", None),
        _app(3, "丙市", "60.00"),
        _app(4, "省教育厅", "88.00", track="department"),
    ]
    ranking = rank({"applications": apps}, {CITY: TrackRules(CITY, quota=5)})
    city = ranking[CITY]
    assert [(line.applicant, line.rank) for line in city] == [
        ("丙市", 1),
        ("甲市", None),
        ("乙市", None),
    ]
    assert not city[1].within and city[1].proposal is DecisionOutcome.REJECT
    assert city[1].flags[0].kind == "veto" and city[2].unscored
    assert [line.rank for line in ranking[TrackKind.DEPARTMENT]] == [1]


def test_a_line_carries_the_evidence_and_reads_as_json() -> None:
    line = rank({"applications": [_app(7, "甲市", "81.25")]}, {})[CITY][0]
    assert line.final == Decimal("81.25") and line.conditions["C3"] == Decimal("30.00")
    assert line.experts[0].code == "E01" and line.experts[0].kept
    assert line.as_json() == {
        "application_id": 7,
        "applicant": "甲市",
        "track": "city",
        "rank": 1,
        "final": "81.25",
        "conditions": {"C1": "20.00", "C3": "30.00"},
        "ineligible": False,
        "below_cut": False,
        "over_quota": False,
        "within": True,
        "proposal": "approve",
    }


def test_the_ranking_needs_locked_results(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        with pytest.raises(ResultsNotLockedForRanking):
            locked_ranking(store)
        lock = lock_results(store, "审定", override_reason="组长同意")
        ranking = locked_ranking(store)
    assert ranking.fingerprint == lock.fingerprint
    city = ranking.tracks[CITY]
    assert city[0].applicant == "西安市" and city[0].rank == 1
    finals = [line.final for line in city if line.final is not None]
    assert finals == sorted(finals, reverse=True)
    assert ranking.line(city[0].application_id) is city[0]


def test_rules_are_stored_checked_and_audited(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        assert load_rules(store)[CITY] == TrackRules(CITY, None, None, ("C3", "C1"))
        rules = TrackRules(CITY, Decimal("70.00"), 3, ("C1", "C3"))
        save_rules(store, rules)
        for bad in (
            TrackRules(CITY, quota=0),
            TrackRules(CITY, Decimal("101")),
            TrackRules(CITY, Decimal("60.005")),
            TrackRules(CITY, tie_break=("C3", "C3")),
            TrackRules(CITY, tie_break=("D3",)),
        ):
            with pytest.raises(RulesInvalid):
                save_rules(store, bad)
        # Several tracks in one transaction: one invalid, none saved.
        department = TrackRules(TrackKind.DEPARTMENT, None, 2, ("D1",))
        with pytest.raises(RulesInvalid):
            save_rules(store, department, TrackRules(CITY, quota=0))
        assert load_rules(store)[TrackKind.DEPARTMENT].quota is None
    with open_campaign(demo_file, read_only=True) as store:
        assert load_rules(store)[CITY] == rules
        with store.reading() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "ranking.rules")
            ).one()
    assert event.old["tie_break"] == ["C3", "C1"] and event.new["quota"] == 3
