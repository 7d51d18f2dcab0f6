"""The panel's merged results: each application's totals, final score, flags and the
figures per condition, with the expert calibration and the panel's reliability.

Read straight from the stored scores in one read transaction, with plain column
tuples rather than ORM objects, because a large campaign holds a million scores.
Only an expert's complete scoring of an application counts (every criterion of the
current rubric); when an expert scored an application in several rounds, the latest
round's scores replace the earlier ones for that application alone.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

import numpy as np
from sqlalchemy import select

from models import (
    Applicant,
    Application,
    Assignment,
    Campaign,
    Expert,
    Score,
    ScoringRound,
    Track,
)
from models.enums import AggregationMethod, TrackKind
from reviewer.aggregation import Method, final_score, half_up, mean, vetoed
from reviewer.backups import MERGE, back_up
from reviewer.calibration import ExpertCalibration, calibrate
from reviewer.divergence import Thresholds, deviating, deviations, spread_exceeds
from reviewer.i18n import translate
from reviewer.progress import Job, Progress
from reviewer.reliability import PanelReliability, panel_reliability
from reviewer.rubrics import RubricView, current_rubrics
from reviewer.storage import CampaignStore


@dataclass(frozen=True)
class Flag:
    """Something about an application the panel should discuss.

    kind: spread | deviation | criterion_spread | criterion_deviation | veto | unscored
    """

    kind: str
    expert: str = ""
    criterion: str = ""

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "expert": self.expert, "criterion": self.criterion}


@dataclass(frozen=True)
class ExpertTotal:
    expert_id: int
    expert_code: str
    expert_name: str
    total: Decimal
    conditions: dict[str, Decimal]
    criteria: dict[str, Decimal]
    kept: bool
    deviation: Decimal | None
    veto_vote: bool


@dataclass(frozen=True)
class ApplicationResult:
    application_id: int
    applicant: str
    track: TrackKind
    max_total: Decimal
    totals: tuple[ExpertTotal, ...]
    final: Decimal | None
    conditions: dict[str, Decimal]
    ineligible: bool
    flags: tuple[Flag, ...]
    condition_max: dict[str, Decimal] = field(default_factory=dict)
    calibrated_z: float | None = None
    calibrated_additive: float | None = None

    @property
    def flagged(self) -> bool:
        """Needs discussion: the totals disagree or a veto holds. Disagreement on a single
        criterion is shown beside the scores but does not by itself call a discussion,
        since small criteria (a few points) diverge in relative terms all the time."""
        return any(flag.kind in ("spread", "deviation", "veto") for flag in self.flags)

    def as_json(self) -> dict[str, object]:
        return {
            "application_id": self.application_id,
            "applicant": self.applicant,
            "track": self.track.value,
            "final": None if self.final is None else f"{self.final:.2f}",
            "ineligible": self.ineligible,
            "experts": {
                t.expert_code: {"total": str(t.total), "kept": t.kept} for t in self.totals
            },
            "kept": [t.expert_code for t in self.totals if t.kept],
            "dropped": [t.expert_code for t in self.totals if not t.kept],
            "conditions": {code: f"{value:.2f}" for code, value in self.conditions.items()},
            "flags": [flag.as_json() for flag in self.flags],
            "calibrated": {
                "z": None if self.calibrated_z is None else round(self.calibrated_z, 2),
                "additive": (
                    None if self.calibrated_additive is None else round(self.calibrated_additive, 2)
                ),
            },
        }


@dataclass(frozen=True)
class PanelResults:
    method: Method
    thresholds: Thresholds
    applications: tuple[ApplicationResult, ...]
    calibration: tuple[ExpertCalibration, ...]
    reliability: dict[TrackKind, PanelReliability] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "method": self.method.as_json(),
            "thresholds": self.thresholds.as_json(),
            "applications": [a.as_json() for a in self.applications],
            "experts": [c.as_json() for c in self.calibration],
            "reliability": {kind.value: r.as_json() for kind, r in self.reliability.items()},
        }


ScoreKey = tuple[int, int]  # (expert id, application id)


def _latest_scores(
    store: CampaignStore, criteria: set[int]
) -> dict[int, dict[int, dict[int, Decimal]]]:
    """application id -> expert id -> criterion id -> points, from the latest round in
    which that expert scored that application."""
    by_round: dict[ScoreKey, dict[int, dict[int, Decimal]]] = defaultdict(dict)
    with store.reading() as session:
        rows = session.execute(
            select(
                Score.expert_id,
                Score.application_id,
                ScoringRound.number,
                Score.criterion_id,
                Score.value,
            ).join(ScoringRound, ScoringRound.id == Score.round_id)
        )
        for expert_id, application_id, number, criterion_id, value in rows:
            if criterion_id in criteria:
                by_round[(expert_id, application_id)].setdefault(number, {})[criterion_id] = value
    latest: dict[int, dict[int, dict[int, Decimal]]] = defaultdict(dict)
    for (expert_id, application_id), rounds in by_round.items():
        latest[application_id][expert_id] = rounds[max(rounds)]
    return latest


def _settings(store: CampaignStore) -> tuple[Method, Thresholds]:
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        method = Method(AggregationMethod(campaign.aggregation_method), campaign.trim_min_panel)
        thresholds = Thresholds(campaign.spread_threshold, campaign.deviation_threshold)
    return method, thresholds


def _criterion_flags(
    scored: list[tuple[str, dict[int, Decimal]]],
    rubric: RubricView,
    thresholds: Thresholds,
) -> list[Flag]:
    flags: list[Flag] = []
    for criterion in rubric.criteria:
        values = [points[criterion.id] for _code, points in scored]
        if spread_exceeds(values, criterion.max_points, thresholds):
            flags.append(Flag("criterion_spread", criterion=criterion.code))
        for position in deviating(values, criterion.max_points, thresholds):
            flags.append(Flag("criterion_deviation", scored[position][0], criterion.code))
    return flags


def _application_result(
    application: tuple[int, str, TrackKind],
    rubric: RubricView,
    experts: dict[int, tuple[str, str]],
    scores: dict[int, dict[int, dict[int, Decimal]]],
    method: Method,
    thresholds: Thresholds,
) -> ApplicationResult:
    application_id, applicant, track = application
    wanted = {criterion.id for criterion in rubric.criteria}
    vetoes = [criterion.id for criterion in rubric.criteria if criterion.is_veto]
    scored = [
        (experts[expert_id], expert_id, points)
        for expert_id, points in sorted(scores.get(application_id, {}).items())
        if wanted <= points.keys()
    ]
    totals = [sum((points[k] for k in wanted), Decimal(0)) for _e, _i, points in scored]
    conditions = [
        {
            condition.code: sum((points[k.id] for k in condition.criteria), Decimal(0))
            for condition in rubric.conditions
        }
        for _e, _i, points in scored
    ]
    if not scored:
        unscored = (Flag("unscored"),)
        return ApplicationResult(
            application_id, applicant, track, rubric.total_points, (), None, {}, False, unscored
        )
    final = final_score(totals, method)
    deviation = deviations(totals, rubric.total_points)
    veto_votes = [any(points[k] == 0 for k in vetoes) for _e, _i, points in scored]
    expert_totals = tuple(
        ExpertTotal(
            expert_id=expert_id,
            expert_code=code,
            expert_name=name,
            total=totals[position],
            conditions=conditions[position],
            criteria={k.code: points[k.id] for k in rubric.criteria},
            kept=position in final.kept,
            deviation=deviation[position],
            veto_vote=veto_votes[position],
        )
        for position, ((code, name), expert_id, points) in enumerate(scored)
    )
    flags: list[Flag] = []
    if spread_exceeds(totals, rubric.total_points, thresholds):
        flags.append(Flag("spread"))
    for position in deviating(totals, rubric.total_points, thresholds):
        flags.append(Flag("deviation", expert=scored[position][0][0]))
    ineligible = vetoed(sum(veto_votes), len(scored))
    if ineligible:
        flags.append(Flag("veto"))
    flags += _criterion_flags([(c, p) for (c, _n), _i, p in scored], rubric, thresholds)
    kept_conditions = {
        condition.code: half_up(mean([conditions[p][condition.code] for p in final.kept]))
        for condition in rubric.conditions
    }
    return ApplicationResult(
        application_id=application_id,
        applicant=applicant,
        track=track,
        max_total=rubric.total_points,
        totals=expert_totals,
        final=final.value,
        conditions=kept_conditions,
        ineligible=ineligible,
        flags=tuple(flags),
        condition_max={c.code: c.max_points for c in rubric.conditions},
    )


def merge_results(store: CampaignStore) -> PanelResults:
    """Every assigned or scored application's result under the campaign's method."""
    job = merging(store)
    while True:
        try:
            next(job)
        except StopIteration as finished:
            results: PanelResults = finished.value
            return results


def merging(store: CampaignStore) -> Job:
    """`merge_results` as a job reporting its stages, for the window's progress bar."""
    yield Progress(0, 3, translate("Results", "Reading the scores"))
    back_up(store, MERGE)
    method, thresholds = _settings(store)
    rubrics = {view.track: view for view in current_rubrics(store)}
    criteria = {k.id for view in rubrics.values() for k in view.criteria}
    scores = _latest_scores(store, criteria)
    with store.reading() as session:
        experts = {
            row.id: (row.code, row.name)
            for row in session.execute(select(Expert.id, Expert.code, Expert.name))
        }
        involved = set(scores) | set(session.scalars(select(Assignment.application_id)))
        applications = [
            (row.id, row.name, row.kind)
            for row in session.execute(
                select(Application.id, Applicant.name, Track.kind)
                .join(Applicant, Applicant.id == Application.applicant_id)
                .join(Track, Track.id == Application.track_id)
                .order_by(Track.id, Application.applicant_id)
            )
            if row.id in involved
        ]
    yield Progress(
        1, 3, translate("Results", "Merging {n} applications").format(n=len(applications))
    )
    results = [
        _application_result(app, rubrics[app[2]], experts, scores, method, thresholds)
        for app in applications
    ]
    yield Progress(2, 3, translate("Results", "Calibration and panel statistics"))
    calibration, calibrated = calibrate(results)
    results = [
        _with_calibration(result, calibrated.get(result.application_id)) for result in results
    ]
    reliability = {
        track: panel_reliability(_table([r for r in results if r.track is track]))
        for track in rubrics
    }
    return PanelResults(method, thresholds, tuple(results), calibration, reliability)


def _with_calibration(
    result: ApplicationResult, calibrated: tuple[float | None, float | None] | None
) -> ApplicationResult:
    if calibrated is None:
        return result
    return replace(result, calibrated_z=calibrated[0], calibrated_additive=calibrated[1])


def _table(results: list[ApplicationResult]) -> np.ndarray:
    """Applications x experts of totals, NaN where an expert has none."""
    experts = sorted({t.expert_id for r in results for t in r.totals})
    column = {expert: index for index, expert in enumerate(experts)}
    table = np.full((len(results), len(experts)), np.nan)
    for row, result in enumerate(results):
        for total in result.totals:
            table[row, column[total.expert_id]] = float(total.total)
    return table
