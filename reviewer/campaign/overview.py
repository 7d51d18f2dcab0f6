"""Where a campaign stands: counts per track and status, scoring progress, what needs doing."""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import tables
from models.enums import AggregationMethod, ApplicationStatus, CampaignKind, TrackKind
from reviewer.campaign.rounds import assignment_states, current_round
from reviewer.i18n import QT_TRANSLATE_NOOP, counted, translate
from reviewer.store.storage import CampaignStore

# Read over the tables, not the mapped classes: the overview is the app's first screen
# (models/tables.py says why).
_APPLICATION = tables.application.c
_CAMPAIGN = tables.campaign.c
_EXPERT = tables.expert.c
_TRACK = tables.track.c


@dataclass(frozen=True)
class TrackSummary:
    kind: TrackKind
    name: str
    by_status: dict[ApplicationStatus, int]

    @property
    def applications(self) -> int:
        return sum(self.by_status.values())


@dataclass(frozen=True)
class ScoringProgress:
    """Assignments whose every criterion has a score in the current round."""

    done: int
    total: int
    experts_done: int
    experts_total: int


@dataclass(frozen=True)
class CampaignOverview:
    title: str
    issuing_authority: str
    call_title: str
    call_reference: str
    submission_deadline: date | None
    pilot_period_months: int
    aggregation_method: AggregationMethod
    tracks: tuple[TrackSummary, ...]
    experts: int
    scores: int
    conflicts: int
    current_round: int
    progress: ScoringProgress
    attention: tuple[str, ...] = field(default=())
    kind: CampaignKind = CampaignKind.SELECTION  # which review: selection, acceptance, ...
    pilots: int = 0  # a later review's pilots (none for a selection)
    pilots_waiting: int = 0  # of them, those whose package for this review is not in

    @property
    def applications(self) -> int:
        return sum(t.applications for t in self.tracks)

    def by_status(self) -> dict[ApplicationStatus, int]:
        total: Counter[ApplicationStatus] = Counter()
        for track in self.tracks:
            total.update(track.by_status)
        return {status: total[status] for status in ApplicationStatus}


def _scoring_progress(session: Session, round_id: int) -> tuple[ScoringProgress, int]:
    """Progress of the round, and how many experts have assignments still open."""
    states = assignment_states(session, round_id)
    experts = {state.expert_id for state in states}
    open_experts = {state.expert_id for state in states if not state.done}
    done = sum(state.done for state in states)
    progress = ScoringProgress(done, len(states), len(experts - open_experts), len(experts))
    return progress, len(open_experts)


def overview(store: CampaignStore) -> CampaignOverview:
    """Where the campaign stands: counts per track and status, scoring, what needs doing."""
    with store.reading() as session:
        campaign = session.execute(
            select(
                _CAMPAIGN.title,
                _CAMPAIGN.issuing_authority,
                _CAMPAIGN.call_title,
                _CAMPAIGN.call_reference,
                _CAMPAIGN.submission_deadline,
                _CAMPAIGN.pilot_period_months,
                _CAMPAIGN.aggregation_method,
                _CAMPAIGN.kind,
            )
        ).one()
        counts: Counter[tuple[int, ApplicationStatus]] = Counter(
            (track_id, status)
            for track_id, status in session.execute(
                select(_APPLICATION.track_id, _APPLICATION.status)
            )
        )
        tracks = tuple(
            TrackSummary(
                kind=track.kind,
                name=track.name,
                by_status={s: counts[(track.id, s)] for s in ApplicationStatus},
            )
            for track in session.execute(
                select(_TRACK.id, _TRACK.kind, _TRACK.name).order_by(_TRACK.id)
            )
        )
        current = current_round(session)
        progress, experts_open = _scoring_progress(session, current.id)
        pilots, waiting = _pilots(session)
        result = CampaignOverview(
            title=campaign.title,
            issuing_authority=campaign.issuing_authority,
            call_title=campaign.call_title,
            call_reference=campaign.call_reference,
            submission_deadline=campaign.submission_deadline,
            pilot_period_months=campaign.pilot_period_months,
            aggregation_method=campaign.aggregation_method,
            tracks=tracks,
            experts=session.scalar(  # the panel; reserves are counted apart (panel/rules)
                select(func.count(_EXPERT.id)).where(_EXPERT.is_reserve.is_(False))
            )
            or 0,
            scores=session.scalar(select(func.count()).select_from(tables.score)) or 0,
            conflicts=session.scalar(select(func.count()).select_from(tables.conflict_declaration))
            or 0,
            current_round=current.number,
            progress=progress,
            kind=campaign.kind,
            pilots=pilots,
            pilots_waiting=waiting,
        )
    return _with_attention(result, experts_open)


def _pilots(session: Session) -> tuple[int, int]:
    """A later review's pilots, and how many have not handed in their package yet."""
    pilot = tables.pilot.c
    handed_in = select(_APPLICATION.applicant_id)
    every = session.scalar(select(func.count(pilot.id))) or 0
    waiting = session.scalar(
        select(func.count(pilot.id)).where(pilot.applicant_id.not_in(handed_in))
    )
    return every, waiting or 0


def _with_attention(result: CampaignOverview, experts_open: int) -> CampaignOverview:
    """Add the sentences telling the secretariat what needs its attention."""
    status = result.by_status()
    checks = [
        (
            status[ApplicationStatus.LATE],
            QT_TRANSLATE_NOOP(
                "Overview",
                "{n} {n:application|applications} arrived after the deadline: decide whether to "
                "admit them.",
            ),
        ),
        (
            status[ApplicationStatus.INCOMPLETE],
            QT_TRANSLATE_NOOP(
                "Overview",
                "{n} {n:application is|applications are} incomplete: ask the applicants for the "
                "missing items.",
            ),
        ),
        (
            result.pilots_waiting,
            QT_TRANSLATE_NOOP(
                "Overview",
                "{n} {n:pilot has|pilots have} not handed in the package for this review yet.",
            ),
        ),
        (
            status[ApplicationStatus.RECEIVED],
            QT_TRANSLATE_NOOP(
                "Overview", "{n} {n:application has|applications have} not been checked yet."
            ),
        ),
        (
            experts_open,
            QT_TRANSLATE_NOOP(
                "Overview",
                "{n} {n:expert has|experts have} not finished scoring round {round}.",
            ),
        ),
        (
            result.conflicts,
            QT_TRANSLATE_NOOP(
                "Overview",
                "{n} {n:conflict of interest is|conflicts of interest are} recorded; those "
                "experts are recused.",
            ),
        ),
        (
            int(result.experts == 0),
            QT_TRANSLATE_NOOP("Overview", "No experts yet: add the expert panel."),
        ),
    ]
    notes = tuple(
        counted(translate("Overview", template), n=count, round=result.current_round)
        for count, template in checks
        if count
    )
    return dataclasses.replace(result, attention=notes)


def info(store: CampaignStore) -> dict[str, object]:
    """The campaign's figures as plain data, for `reviewer info --json` and scripts."""
    view = overview(store)
    return {
        "path": store.location,
        "title": view.title,
        "kind": view.kind.value,
        "pilots": view.pilots,
        "pilots_waiting": view.pilots_waiting,
        "issuing_authority": view.issuing_authority,
        "submission_deadline": (
            view.submission_deadline.isoformat() if view.submission_deadline else None
        ),
        "applications": view.applications,
        "experts": view.experts,
        "scores": view.scores,
        "conflicts": view.conflicts,
        "round": view.current_round,
        "by_status": {status.value: n for status, n in view.by_status().items()},
        "tracks": {
            track.kind.value: {
                "name": track.name,
                "applications": track.applications,
                "by_status": {status.value: n for status, n in track.by_status.items()},
            }
            for track in view.tracks
        },
        "scoring": {
            "assignments": view.progress.total,
            "assignments_done": view.progress.done,
            "experts_done": view.progress.experts_done,
        },
        "read_only": store.read_only,
    }
