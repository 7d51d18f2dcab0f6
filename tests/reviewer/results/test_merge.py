"""The demo's returned scores merged: figures checked by hand, the planted outlier flagged."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from sqlalchemy import delete, select

from models import Application, Expert, Score, ScoringRound, Track
from models.enums import TrackKind
from reviewer.results.merge import ApplicationResult, Flag, merge_results
from reviewer.store.storage import open_campaign


def _by_applicant(demo_campaign: Path | str) -> dict[str, ApplicationResult]:
    with open_campaign(demo_campaign, read_only=True) as store:
        results = merge_results(store)
    return {r.applicant: r for r in results.applications}


def test_the_planted_outlier_is_flagged_and_dropped(demo_campaign: Path | str) -> None:
    results = _by_applicant(demo_campaign)
    xianyang = results["咸阳市"]
    totals = {t.expert_code: t.total for t in xianyang.totals}
    assert totals["E03"] < 40 < min(v for k, v in totals.items() if k != "E03")
    kinds = {(f.kind, f.expert) for f in xianyang.flags}
    assert ("spread", "") in kinds and ("deviation", "E03") in kinds
    assert not {t.expert_code for t in xianyang.totals if not t.kept} - {"E03", "E04"}
    assert [name for name, r in results.items() if r.flagged] == ["咸阳市"]


def test_final_scores_match_a_hand_computation(demo_campaign: Path | str) -> None:
    for result in _by_applicant(demo_campaign).values():
        totals = sorted(t.total for t in result.totals)
        if len(totals) >= 5:  # one highest and one lowest dropped
            expected = sum(totals[1:-1], Decimal(0)) / (len(totals) - 2)
        else:
            expected = sum(totals, Decimal(0)) / len(totals)
        assert result.final == expected.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        kept = [t for t in result.totals if t.kept]
        for code, figure in result.conditions.items():
            by_hand = sum((t.conditions[code] for t in kept), Decimal(0)) / len(kept)
            assert figure == by_hand.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        assert sum(t.conditions[c] for c in result.conditions for t in kept[:1]) == kept[0].total


def test_a_recused_expert_is_not_counted(demo_campaign: Path | str) -> None:
    baoji = _by_applicant(demo_campaign)["宝鸡市"]  # E06 is tied to 宝鸡市 and recused
    assert "E06" not in {t.expert_code for t in baoji.totals}
    assert len(baoji.totals) == 5 and len([t for t in baoji.totals if not t.kept]) == 2


def test_a_later_round_replaces_the_earlier_one_for_that_item_only(
    demo_campaign: Path | str,
) -> None:
    before = _by_applicant(demo_campaign)
    with open_campaign(demo_campaign) as store, store.writing() as session:
        e03 = session.scalars(select(Expert).where(Expert.code == "E03")).one()
        xianyang = before["咸阳市"].application_id
        second = ScoringRound(number=2, purpose="复评")
        session.add(second)
        session.flush()
        for score in session.scalars(
            select(Score).where(Score.expert_id == e03.id, Score.application_id == xianyang)
        ).all():
            session.add(
                Score(
                    expert_id=e03.id,
                    application_id=xianyang,
                    criterion_id=score.criterion_id,
                    round_id=second.id,
                    value=score.value * 3 if score.value * 3 <= 5 else score.value,
                    comment=score.comment,
                )
            )
    after = _by_applicant(demo_campaign)
    old = {t.expert_code: t.total for t in before["咸阳市"].totals}
    new = {t.expert_code: t.total for t in after["咸阳市"].totals}
    assert new["E03"] > old["E03"] and {k: v for k, v in new.items() if k != "E03"} == {
        k: v for k, v in old.items() if k != "E03"
    }
    for name in ("西安市", "榆林市"):  # other applications keep their round 1 scores
        assert after[name].totals == before[name].totals
        assert after[name].final == before[name].final


def test_calibration_shows_the_lenient_and_the_harsh(demo_campaign: Path | str) -> None:
    with open_campaign(demo_campaign, read_only=True) as store:
        results = merge_results(store)
    offsets = {c.expert_code: c.offset for c in results.calibration}
    assert max(offsets, key=lambda code: offsets[code]) == "E04"  # +6% in the demo
    assert min(offsets, key=lambda code: offsets[code]) in {"E03", "E05"}  # outlier, -8%
    raw = {r.applicant: r.final for r in results.applications if r.final is not None}
    assert all(r.calibrated_z is not None for r in results.applications if r.totals)
    assert set(raw) == {r.applicant for r in results.applications if r.totals}
    city = results.reliability[next(iter(results.reliability))]
    assert city.icc_average is not None and 0 < city.icc_average <= 1


def test_a_track_nobody_scored_is_listed_unscored_beside_the_merged_one(
    demo_campaign: Path | str,
) -> None:
    with open_campaign(demo_campaign) as store, store.writing() as session:
        department = select(Application.id).join(Track).where(Track.kind == TrackKind.DEPARTMENT)
        session.execute(delete(Score).where(Score.application_id.in_(department)))
    results = _by_applicant(demo_campaign)
    departments = [r for r in results.values() if r.track is TrackKind.DEPARTMENT]
    cities = [r for r in results.values() if r.track is TrackKind.CITY]
    assert departments and all(r.final is None and not r.totals for r in departments)
    assert all(r.flags == (Flag("unscored"),) for r in departments)
    assert sum(r.final is not None for r in cities) >= 10
