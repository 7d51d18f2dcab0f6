"""Acceptance outcomes: the bands' exact edges, the settings' checks and lock, the star
grade, and the re-acceptance round (复验) of the pilots sent to rectify."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent, Campaign, Criterion, Score, ScoringRound
from models.enums import AcceptanceOutcome, CampaignKind
from reviewer.decisions.acceptance_outcomes import (
    DeadlineRequired,
    NoneToRectify,
    open_reacceptance,
    pilot_outcomes,
)
from reviewer.decisions.outcome_bands import (
    DEFAULT_BANDS,
    Band,
    BandsInvalid,
    GradesInvalid,
    NotAReview,
    OutcomeSettings,
    grade_of,
    outcome_of,
    outcome_settings,
    save_outcome_settings,
)
from reviewer.results.reconcile import lock_results
from reviewer.store import audit
from reviewer.store.audit_export import audit_rows
from reviewer.store.audit_words import audit_names, describe
from reviewer.store.result_lock import ResultsLocked
from reviewer.store.storage import CampaignStore, open_campaign

FAIL, RECTIFY, PASS = AcceptanceOutcome.FAIL, AcceptanceOutcome.RECTIFY, AcceptanceOutcome.PASS
D = Decimal
XIANYANG = "咸阳市"  # 76.13 on the demo's results: to rectify under the default bands


def make_acceptance(store: CampaignStore, kind: CampaignKind = CampaignKind.ACCEPTANCE) -> None:
    """Make the demo an acceptance review in one audited write (how such a campaign is made
    from a selection is another part of the work)."""
    with store.writing() as session:
        campaign = session.scalars(select(Campaign)).one()
        campaign.kind = kind
        audit.record(session, "campaign.kind", entity="campaign", new={"kind": kind.value})


def rescore_fully(store: CampaignStore, application_id: int, round_number: int) -> None:
    """Every expert asked scores every criterion of the pilot at full points in the round."""
    with store.writing() as session:
        round_ = session.scalars(
            select(ScoringRound).where(ScoringRound.number == round_number)
        ).one()
        first = session.scalars(
            select(Score).where(Score.application_id == application_id, Score.round_id != round_.id)
        ).all()
        for score in first:
            top = session.get(Criterion, score.criterion_id)
            assert top is not None
            session.add(
                Score(
                    expert_id=score.expert_id,
                    application_id=application_id,
                    criterion_id=score.criterion_id,
                    round_id=round_.id,
                    value=top.max_points,
                )
            )


@pytest.fixture
def acceptance(demo_file: Path) -> Path:
    with open_campaign(demo_file) as store:
        make_acceptance(store)
    return demo_file


def _locked(path: Path) -> None:
    with open_campaign(path) as store:
        lock_results(store, "专家组审定", override_reason="组长同意")


@pytest.mark.parametrize(
    ("final", "outcome"),
    [
        ("100.00", PASS),
        ("80.00", PASS),
        ("79.99", RECTIFY),
        ("60.00", RECTIFY),
        ("59.99", FAIL),
        ("0.00", FAIL),
    ],
)
def test_the_default_bands_are_exact_at_their_edges(final: str, outcome: AcceptanceOutcome) -> None:
    assert outcome_of(D(final)) is outcome
    assert OutcomeSettings().outcome(D(final)) is outcome


def test_the_star_grade_is_off_by_default_and_counts_thresholds_reached_when_set() -> None:
    assert grade_of(D("99.00"), PASS, None) is None
    stars = (D("85.00"), D("90.00"), D("95.00"))
    assert [grade_of(D(f), PASS, stars) for f in ("84.99", "85.00", "94.99", "95.00")] == [
        None,
        1,
        2,
        3,
    ]
    assert grade_of(D("96.00"), RECTIFY, stars) is None  # only a pilot that passes has stars


@pytest.mark.parametrize(
    "bands",
    [
        (Band(FAIL, D(0), D(60)), Band(PASS, D(61), D(100))),  # a gap
        (Band(FAIL, D(0), D(61)), Band(PASS, D(60), D(100))),  # an overlap
        (Band(FAIL, D(0), D(60)), Band(PASS, D(60), D(99))),  # not up to 100
        (Band(PASS, D(0), D(60)), Band(FAIL, D(60), D(100))),  # higher, worse
        (Band(FAIL, D(0), D("60.005")), Band(PASS, D("60.005"), D(100))),  # not hundredths
        (Band(FAIL, D(0), D(60)), Band(RECTIFY, D(60), D(100))),  # no pass band
        (Band(PASS, D(0), D(100)),),  # one band
    ],
)
def test_invalid_bands_are_refused_and_nothing_is_saved(
    acceptance: Path, bands: tuple[Band, ...]
) -> None:
    with open_campaign(acceptance) as store:
        with pytest.raises(BandsInvalid):
            save_outcome_settings(store, OutcomeSettings(bands))
        assert outcome_settings(store) == OutcomeSettings()


def test_bands_and_stars_are_saved_audited_and_refused_while_locked(acceptance: Path) -> None:
    bands = (Band(FAIL, D(0), D("65.50")), Band(PASS, D("65.50"), D(100)))
    stars = (D("70.00"), D("85.00"), D("90.00"))
    with open_campaign(acceptance) as store:
        with pytest.raises(GradesInvalid):
            save_outcome_settings(store, OutcomeSettings(bands, (D(60), D(85), D(90))))
        save_outcome_settings(store, OutcomeSettings(bands, stars))
        assert outcome_settings(store) == OutcomeSettings(bands, stars)
        with store.reading() as session:
            event = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "outcomes.bands")
            ).one()
        assert event.new["grades"] == ["70.00", "85.00", "90.00"]
    _locked(acceptance)
    with open_campaign(acceptance) as store:
        with pytest.raises(ResultsLocked):
            save_outcome_settings(store, OutcomeSettings(DEFAULT_BANDS))
        outcomes = pilot_outcomes(store, date(2027, 1, 1))
    xian = next(p for p in outcomes.pilots if p.applicant == "西安市")  # 90.50
    assert (xian.outcome, xian.grade) == (PASS, 3)
    assert next(p for p in outcomes.pilots if p.applicant == "铜川市").outcome is FAIL  # 61.38


def test_a_selection_campaign_has_no_outcome_settings(demo_file: Path) -> None:
    with open_campaign(demo_file) as store, pytest.raises(NotAReview):
        save_outcome_settings(store, OutcomeSettings())


def test_the_re_acceptance_round_replaces_the_outcome_and_keeps_the_history(
    acceptance: Path,
) -> None:
    _locked(acceptance)
    with open_campaign(acceptance) as store:
        before = pilot_outcomes(store, date(2027, 1, 1))
        rectify = {p.applicant for p in before.pilots if p.outcome is RECTIFY}
        assert XIANYANG in rectify and "西安市" not in rectify
        with pytest.raises(DeadlineRequired):
            open_reacceptance(store, None, "整改期满复验")
        opened = open_reacceptance(store, date(2027, 3, 31), "整改期满复验")
        assert {item.applicant for item in opened.items} == rectify
        during = pilot_outcomes(store, date(2027, 3, 31))
        assert not during.locked
        xianyang = next(p for p in during.pilots if p.applicant == XIANYANG)
        assert (xianyang.rectify_by, xianyang.overdue) == (date(2027, 3, 31), False)
        assert pilot_outcomes(store, date(2027, 4, 1)).pilot(xianyang.application_id).overdue
        rescore_fully(store, xianyang.application_id, opened.number)
        lock_results(store, "复验审定", override_reason="组长同意")
        after = pilot_outcomes(store, date(2027, 4, 1))
    now = after.pilot(xianyang.application_id)
    assert now.outcome is PASS and now.final == D("100.00")
    assert (now.rectify_by, now.overdue) == (None, False)
    assert [(s.round_number, s.reaccepted, s.outcome) for s in now.history] == [
        (1, False, RECTIFY),
        (opened.number, True, PASS),
    ]
    assert now.history[0].final == D("76.13")
    # A pilot not re-scored by the deadline is still to rectify, and overdue.
    others = [after.pilot(p.application_id) for p in before.pilots if p.applicant in rectify]
    late = [p for p in others if p.applicant != XIANYANG]
    assert late and all(p.outcome is RECTIFY and p.overdue for p in late)


def test_nothing_to_re_accept_when_no_pilot_is_to_rectify(acceptance: Path) -> None:
    with open_campaign(acceptance) as store:
        save_outcome_settings(
            store, OutcomeSettings((Band(FAIL, D(0), D(60)), Band(PASS, D(60), D(100))))
        )
    _locked(acceptance)
    with open_campaign(acceptance) as store, pytest.raises(NoneToRectify):
        open_reacceptance(store, date(2027, 3, 31), "复验")


def test_the_audit_log_tells_the_bands_and_the_re_acceptance_in_words(
    demo_file: Path,
) -> None:
    """A mid-term review works as an acceptance does; its log reads as sentences."""
    with open_campaign(demo_file) as store:
        make_acceptance(store, CampaignKind.MIDTERM)
        save_outcome_settings(store, OutcomeSettings(grades=(D(85), D(90), D(95))))
        lock_results(store, "专家组审定", override_reason="组长同意")
        open_reacceptance(store, date(2027, 3, 31), "整改期满复验")
        rows, names = audit_rows(store), audit_names(store)
    texts = {row.action: describe(row, names) for row in rows}
    assert texts["outcomes.bands"] == (
        "acceptance outcome bands set: Fail 0.00–60.00; Rectify, then re-accept 60.00–80.00; "
        "Pass 80.00–100.00; One star ≥ 85.00; Two stars ≥ 90.00; Three stars ≥ 95.00"
    )
    assert texts["round.reaccept"] == (
        "Round 2: re-acceptance opened for 9 pilots, to rectify by 2027-03-31"
    )
