"""The panel's merged results: each application's totals, final score, flags and the
figures per condition, with the expert calibration and the panel's reliability.

Read straight from the stored scores in one read transaction, as integer arrays
(`reviewer.results.score_table`) rather than ORM objects or Decimals, because a large campaign
holds a million scores; the rules run over a whole track at once where they can, and
Decimals are made only for the figures the results show.
Only an expert's complete scoring of an application counts (every criterion of the
current rubric); when an expert scored an application in several rounds, the latest
round's scores replace the earlier ones for that application alone.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
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
    Track,
)
from models.enums import AggregationMethod, TrackKind
from reviewer.i18n import translate
from reviewer.progress import Job, Progress, finish
from reviewer.results.aggregation import Method, final_score, half_up, mean, vetoed
from reviewer.results.calibration import ExpertCalibration, calibrate
from reviewer.results.divergence import (
    Thresholds,
    beyond,
    deviating_points,
    deviations,
    spread_exceeds,
    spreads_exceed,
)
from reviewer.results.reliability import PanelReliability, panel_reliability
from reviewer.results.score_table import TrackScores, latest_scores
from reviewer.rubrics.catalog import RubricView, current_rubrics
from reviewer.store.backups import MERGE, back_up
from reviewer.store.storage import CampaignStore


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


def _settings(store: CampaignStore) -> tuple[Method, Thresholds]:
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        method = Method(AggregationMethod(campaign.aggregation_method), campaign.trim_min_panel)
        thresholds = Thresholds(campaign.spread_threshold, campaign.deviation_threshold)
    return method, thresholds


class _Figures:
    """Points in hundredths as the Decimals the results show (exponent -2, as stored
    points read back), each figure made once and shared: a merge shows 10^6 of them."""

    def __init__(self) -> None:
        self._made: dict[int, Decimal] = {}

    def learn(self, hundredths: np.ndarray) -> None:
        """Make the figures of every value in `hundredths` in advance."""
        for value in np.unique(hundredths).tolist():
            if value not in self._made:
                self._made[value] = Decimal(value).scaleb(-2)

    def row(self, hundredths: list[int]) -> list[Decimal]:
        """Values learnt before, as figures."""
        return list(map(self._made.__getitem__, hundredths))


class _Flags:
    """Flags are values: one instance per kind, expert and criterion, however many
    applications carry it."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, str, str], Flag] = {}

    def __call__(self, kind: str, expert: str = "", criterion: str = "") -> Flag:
        key = (kind, expert, criterion)
        flag = self._made.get(key)
        if flag is None:
            flag = self._made[key] = Flag(kind, expert, criterion)
        return flag


@dataclass(frozen=True)
class _TrackMerge:
    """One track's scorings with their sums and what the criterion-level rules found,
    and the rubric's codes, asked for at every scoring."""

    scores: TrackScores
    rubric: RubricView
    totals: np.ndarray  # scorings, hundredths
    condition_points: np.ndarray  # scorings x conditions, hundredths
    veto_votes: np.ndarray  # scorings
    criterion_flags: list[list[Flag]]  # per scored application
    conditions: list[str]
    condition_max: dict[str, Decimal]


def _track_merge(
    scores: TrackScores,
    rubric: RubricView,
    thresholds: Thresholds,
    experts: dict[int, tuple[str, str]],
    figure: _Figures,
    flag: _Flags,
) -> _TrackMerge:
    bounds = np.cumsum([0] + [len(c.criteria) for c in rubric.conditions])[:-1]
    vetoes = [j for j, k in enumerate(rubric.criteria) if k.is_veto]
    points = scores.points
    totals = points.sum(axis=1)
    conditions = np.add.reduceat(points, bounds, axis=1) if len(points) else points[:, :0]
    for figures in (totals, conditions):
        figure.learn(figures)
    return _TrackMerge(
        scores,
        rubric,
        totals,
        conditions,
        (points[:, vetoes] == 0).any(axis=1),
        _criterion_flags(scores, rubric, thresholds, experts, flag),
        [c.code for c in rubric.conditions],
        {c.code: c.max_points for c in rubric.conditions},
    )


def _criterion_flags(
    scores: TrackScores,
    rubric: RubricView,
    thresholds: Thresholds,
    experts: dict[int, tuple[str, str]],
    flag: _Flags,
) -> list[list[Flag]]:
    """Each scored application's criterion flags: per criterion in the rubric's order,
    its spread, then each expert far from the others, in the experts' order. Found for
    the whole track at once and put in that order by one sort."""
    maxima = [k.max_points for k in rubric.criteria]
    spread = spreads_exceed(scores.points, scores.starts, scores.sizes, maxima, thresholds)
    far = deviating_points(scores.points, scores.starts, scores.sizes, maxima, thresholds)
    codes = [k.code for k in rubric.criteria]
    panel = np.unique(scores.experts)
    spread_flags = np.empty(len(codes), dtype=object)
    far_flags = np.empty((len(panel), len(codes)), dtype=object)
    for k, code in enumerate(codes):
        spread_flags[k] = flag("criterion_spread", criterion=code)
        for e, expert in enumerate(panel.tolist()):
            far_flags[e, k] = flag("criterion_deviation", experts[expert][0], code)
    # Each flag found, keyed (application, criterion, 0 for the spread or 1 + the
    # expert's position), then sorted by that key.
    application_of = np.repeat(np.arange(len(scores.starts)), scores.sizes)
    spread_at, spread_k = np.nonzero(spread)
    far_row, far_k = np.nonzero(far)
    far_at = application_of[far_row]
    applications = np.concatenate([spread_at, far_at])
    order = np.lexsort(
        (
            np.concatenate(
                [np.zeros(len(spread_at), dtype=np.int64), far_row - scores.starts[far_at] + 1]
            ),
            np.concatenate([spread_k, far_k]),
            applications,
        )
    )
    found = np.concatenate(
        [spread_flags[spread_k], far_flags[np.searchsorted(panel, scores.experts[far_row]), far_k]]
    )[order].tolist()
    ends = np.cumsum(np.bincount(applications, minlength=len(scores.starts))).tolist()
    return [found[start:end] for start, end in zip([0, *ends], ends, strict=False)]


def _application_result(
    application: tuple[int, str, TrackKind],
    merged: _TrackMerge,
    position: int | None,
    experts: dict[int, tuple[str, str]],
    method: Method,
    thresholds: Thresholds,
    figure: _Figures,
    flag: _Flags,
    calibrated: tuple[float | None, float | None],
) -> ApplicationResult:
    """One application's result; `position` is its place among the track's scored
    applications, None when no expert scored it completely; `calibrated` its z-score
    and additive-model figures (None, None when unscored)."""
    application_id, applicant, track = application
    rubric = merged.rubric
    if position is None:
        return ApplicationResult(
            application_id,
            applicant,
            track,
            rubric.total_points,
            (),
            None,
            {},
            False,
            (flag("unscored"),),
        )
    scores = merged.scores
    start = int(scores.starts[position])
    rows = slice(start, start + int(scores.sizes[position]))
    ids = scores.experts[rows].tolist()
    codes = [experts[expert_id][0] for expert_id in ids]
    totals = figure.row(merged.totals[rows].tolist())
    conditions = [
        dict(zip(merged.conditions, figure.row(row), strict=True))
        for row in merged.condition_points[rows].tolist()
    ]
    veto_votes = merged.veto_votes[rows].tolist()
    final = final_score(totals, method)
    deviation = deviations(totals, rubric.total_points)
    expert_totals = tuple(
        ExpertTotal(
            expert_id=expert_id,
            expert_code=codes[p],
            expert_name=experts[expert_id][1],
            total=totals[p],
            conditions=conditions[p],
            kept=p in final.kept,
            deviation=deviation[p],
            veto_vote=veto_votes[p],
        )
        for p, expert_id in enumerate(ids)
    )
    flags: list[Flag] = []
    if spread_exceeds(totals, rubric.total_points, thresholds):
        flags.append(flag("spread"))
    for p in beyond(deviation, thresholds):
        flags.append(flag("deviation", expert=codes[p]))
    ineligible = vetoed(sum(veto_votes), len(ids))
    if ineligible:
        flags.append(flag("veto"))
    flags += merged.criterion_flags[position]
    kept_conditions = {
        code: half_up(mean([conditions[p][code] for p in final.kept])) for code in merged.conditions
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
        condition_max=dict(merged.condition_max),
        calibrated_z=calibrated[0],
        calibrated_additive=calibrated[1],
    )


def merge_results(store: CampaignStore) -> PanelResults:
    """Every assigned or scored application's result under the campaign's method."""
    results: PanelResults = finish(merging(store))
    return results


def merging(store: CampaignStore) -> Job:
    """`merge_results` as a job reporting its stages, for the window's progress bar.

    The automatic backup before the merge is taken on a thread meanwhile: the merge only
    reads, so the copy is the campaign as it was before the merge either way, and SQLite
    copies the file (200 MB for a panel of 10^6 scores) without holding Python's lock.
    """
    with ThreadPoolExecutor(1, thread_name_prefix="backup") as pool:
        backup = pool.submit(back_up, store, MERGE)
        results: PanelResults = yield from _merged(store)
        backup.result()  # a failure other than "no backup" (which it reports) is a bug
    return results


def _merged(store: CampaignStore) -> Job:
    yield Progress(0, 3, translate("Results", "Reading the scores"))
    method, thresholds = _settings(store)
    rubrics = {view.track: view for view in current_rubrics(store)}
    with store.reading() as session:
        experts = {
            row.id: (row.code, row.name)
            for row in session.execute(select(Expert.id, Expert.code, Expert.name))
        }
        listed = session.execute(
            select(Application.id, Applicant.name, Track.kind)
            .join(Applicant, Applicant.id == Application.applicant_id)
            .join(Track, Track.id == Application.track_id)
            .order_by(Track.id, Application.applicant_id)
        ).all()
        scores, involved = latest_scores(session, rubrics, {row.id: row.kind for row in listed})
        involved |= set(session.scalars(select(Assignment.application_id)))
    applications = [(row.id, row.name, row.kind) for row in listed if row.id in involved]
    yield Progress(
        1, 3, translate("Results", "Merging {n} applications").format(n=len(applications))
    )
    figure, flag = _Figures(), _Flags()
    merged = {
        track: _track_merge(scores[track], view, thresholds, experts, figure, flag)
        for track, view in rubrics.items()
    }
    places = {
        track: {a: p for p, a in enumerate(m.scores.scored.tolist())} for track, m in merged.items()
    }
    yield Progress(2, 3, translate("Results", "Calibration and panel statistics"))
    calibration, calibrated = calibrate(
        np.concatenate([m.scores.applications for m in merged.values()]),
        np.concatenate([m.scores.experts for m in merged.values()]),
        np.concatenate([m.totals for m in merged.values()]) / 100,
        experts,
    )
    results = [
        _application_result(
            app,
            merged[app[2]],
            places[app[2]].get(app[0]),
            experts,
            method,
            thresholds,
            figure,
            flag,
            calibrated.get(app[0], (None, None)),
        )
        for app in applications
    ]
    reliability = {
        track: panel_reliability(_table([r for r in results if r.track is track]))
        for track in rubrics
    }
    return PanelResults(method, thresholds, tuple(results), calibration, reliability)


def _table(results: list[ApplicationResult]) -> np.ndarray:
    """Applications x experts of totals, NaN where an expert has none."""
    experts = sorted({t.expert_id for r in results for t in r.totals})
    column = {expert: index for index, expert in enumerate(experts)}
    table = np.full((len(results), len(experts)), np.nan)
    for row, result in enumerate(results):
        for total in result.totals:
            table[row, column[total.expert_id]] = float(total.total)
    return table
