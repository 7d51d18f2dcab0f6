"""Changing a track's rubric: a new version, and what becomes of the scores already given.

A rubric no score uses yet is simply replaced. Once experts have scored on it, it is kept,
locked, and the change becomes the next version; the secretariat then decides what the
existing scores mean for the new version. Either they carry over on every criterion whose
scale did not change (same code, points, step, veto and band ranges; names, descriptions
and band wording may be corrected), or the experts score everything again. The old scores
stay with the old version either way, so nothing given is ever lost.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Criterion, Rubric, Score, Track
from models.enums import TrackKind
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.rubrics.catalog import add_rubric, latest_rubric, lock_scored, score_count
from reviewer.rubrics.checks import DEFAULT_STEP, check_definition
from reviewer.store import audit
from reviewer.store.result_lock import ensure_unlocked
from reviewer.store.storage import CampaignStore


class ExistingScores(StrEnum):
    """What the scores on a locked version mean for the next one."""

    CARRY_OVER = "carry-over"
    SCORE_AGAIN = "score-again"


class ExistingScoresUndecided(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Version {version} of this rubric already holds {scores} {scores:score|scores} from "
        "{experts} {experts:expert|experts}, so the change becomes version {next}. Decide "
        "what happens to those scores: carry them over on the {unchanged} criteria whose "
        "scale is unchanged, or have the experts score again.",
    )


@dataclass(frozen=True)
class RubricChange:
    """What replacing a track's rubric with a definition would do, shown before asking."""

    track: TrackKind
    current_version: int | None
    next_version: int
    scores: int
    experts: int
    unchanged_criteria: int
    carried_scores: int

    @property
    def needs_decision(self) -> bool:
        return self.scores > 0


ScaleKey = tuple[str, Decimal, Decimal, bool, tuple[tuple[str, Decimal, Decimal], ...]]


def _stored_scale(criterion: Criterion) -> ScaleKey:
    bands = tuple((b.level.value, b.min_points, b.max_points) for b in criterion.bands)
    return (criterion.code, criterion.max_points, criterion.step, criterion.is_veto, bands)


def _defined_scales(definition: dict[str, Any]) -> set[ScaleKey]:
    scales = set()
    for condition in definition["conditions"]:
        for crit in condition["criteria"]:
            bands = tuple(
                (b["level"], Decimal(str(b["min"])), Decimal(str(b["max"])))
                for b in crit.get("bands", [])
            )
            step = Decimal(str(crit.get("step", DEFAULT_STEP)))
            maximum = Decimal(str(crit["max_points"]))
            scales.add((str(crit["code"]).strip(), maximum, step, bool(crit.get("veto")), bands))
    return scales


def _unchanged(current: Rubric, definition: dict[str, Any]) -> dict[str, int]:
    """Criterion code -> id on `current`, for the criteria the definition leaves as they are."""
    scales = _defined_scales(definition)
    return {
        crit.code: crit.id
        for cond in current.conditions
        for crit in cond.criteria
        if _stored_scale(crit) in scales
    }


def _plan(session: Session, track: Track, definition: dict[str, Any]) -> RubricChange:
    current = latest_rubric(session, track)
    if current is None:
        return RubricChange(track.kind, None, 1, 0, 0, 0, 0)
    scores = score_count(session, current)
    unchanged = _unchanged(current, definition)
    experts = carried = 0
    if scores:
        criterion_ids = [c.id for cond in current.conditions for c in cond.criteria]
        experts = int(
            session.scalar(
                select(func.count(func.distinct(Score.expert_id))).where(
                    Score.criterion_id.in_(criterion_ids)
                )
            )
            or 0
        )
        carried = int(
            session.scalar(
                select(func.count(Score.id)).where(Score.criterion_id.in_(unchanged.values()))
            )
            or 0
        )
    next_version = current.version + 1 if scores else current.version
    return RubricChange(
        track.kind, current.version, next_version, scores, experts, len(unchanged), carried
    )


def _track(session: Session, definition: dict[str, Any]) -> Track:
    kind = TrackKind(definition.get("track", ""))
    return session.scalars(select(Track).where(Track.kind == kind)).one()


def plan_rubric_change(store: CampaignStore, definition: dict[str, Any]) -> RubricChange:
    """What `replace_rubric` would do with `definition`, to show before asking."""
    check_definition(definition)
    with store.reading() as session:
        return _plan(session, _track(session, definition), definition)


def _carry_over(session: Session, old: dict[str, int], new: Rubric) -> int:
    """Copy the scores on the unchanged criteria of the old version onto the new one."""
    new_ids = {crit.code: crit.id for cond in new.conditions for crit in cond.criteria}
    moved = {old_id: new_ids[code] for code, old_id in old.items() if code in new_ids}
    carried = 0
    for score in session.scalars(select(Score).where(Score.criterion_id.in_(moved))):
        session.add(
            Score(
                expert_id=score.expert_id,
                application_id=score.application_id,
                criterion_id=moved[score.criterion_id],
                round_id=score.round_id,
                value=score.value,
                comment=score.comment,
                entered_at=score.entered_at,
            )
        )
        carried += 1
    if carried:
        lock_scored(session, list(moved.values()))
    return carried


def replace_rubric(
    store: CampaignStore,
    definition: dict[str, Any],
    existing: ExistingScores | None = None,
) -> int:
    """Make `definition` the current rubric of its track; returns its version.

    Raises `ExistingScoresUndecided` when the current version holds scores and `existing`
    does not say what becomes of them.
    """
    check_definition(definition)
    with store.writing() as session:
        ensure_unlocked(session)
        track = _track(session, definition)
        change = _plan(session, track, definition)
        current = latest_rubric(session, track)
        carried = 0
        if current is not None and change.scores:
            if existing is None:
                raise ExistingScoresUndecided(
                    version=change.current_version,
                    scores=change.scores,
                    experts=change.experts,
                    next=change.next_version,
                    unchanged=change.unchanged_criteria,
                )
            current.locked = True
            unchanged = _unchanged(current, definition)
            rubric = add_rubric(session, track, definition)
            session.flush()
            if existing is ExistingScores.CARRY_OVER:
                carried = _carry_over(session, unchanged, rubric)
        else:
            if current is not None:
                session.delete(current)
                session.flush()
            rubric = add_rubric(session, track, definition)  # takes the freed number
        session.flush()
        audit.record(
            session,
            "rubric.replace",
            entity="rubric",
            entity_id=track.kind.value,
            old={"version": change.current_version, "scores": change.scores},
            new={
                "version": rubric.version,
                "title": rubric.title,
                "existing_scores": existing.value if existing and change.scores else None,
                "carried_scores": carried,
            },
        )
        return rubric.version
