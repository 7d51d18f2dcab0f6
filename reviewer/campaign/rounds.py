"""What each round asks of whom, and how far it is scored: the one definition of "done".

Round 1 asks every assignment; a re-score round (2 on) only the pairs of expert and
application it requested, and only while the assignment stands (a recusal removes it).
An assignment is done when its expert has a score for every criterion of the current
rubric of the application's track. The overview, the applications table and the
experts table all count with this, so their figures agree.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models import tables

# Read over the tables, not the mapped classes: the overview counts with this on the
# app's first screen (models/tables.py says why).
_APPLICATION = tables.application.c
_ASSIGNMENT = tables.assignment.c
_CONDITION = tables.condition.c
_CRITERION = tables.criterion.c
_RESCORE = tables.rescore_request.c
_RUBRIC = tables.rubric.c
_ROUND = tables.scoring_round.c
_SCORE = tables.score.c


@dataclass(frozen=True)
class AssignmentState:
    expert_id: int
    application_id: int
    scored: int
    criteria: int

    @property
    def done(self) -> bool:
        return self.criteria > 0 and self.scored >= self.criteria


@dataclass(frozen=True)
class RoundKey:
    """A scoring round as the counting needs it: its row and its number."""

    id: int
    number: int


def current_round(session: Session) -> RoundKey:
    found = session.execute(
        select(_ROUND.id, _ROUND.number).order_by(_ROUND.number.desc()).limit(1)
    ).one()
    return RoundKey(found.id, found.number)


def asked_in_round(session: Session, round_id: int) -> Select[int, int, int]:
    """(expert id, application id, assignment id) of every pair the round asks to score."""
    pairs = select(_ASSIGNMENT.expert_id, _ASSIGNMENT.application_id, _ASSIGNMENT.id)
    number = session.execute(select(_ROUND.number).where(_ROUND.id == round_id)).scalar_one()
    if number == 1:
        return pairs
    return pairs.join(
        tables.rescore_request,
        (_RESCORE.expert_id == _ASSIGNMENT.expert_id)
        & (_RESCORE.application_id == _ASSIGNMENT.application_id)
        & (_RESCORE.round_id == round_id),
    )


def asked_of(session: Session, expert_id: int, round_id: int) -> list[int]:
    """The ids of the applications round `round_id` asks the expert to score."""
    asked = asked_in_round(session, round_id).subquery()
    return list(
        session.scalars(
            select(asked.c.application_id)
            .where(asked.c.expert_id == expert_id)
            .order_by(asked.c.application_id)
        )
    )


def assignment_states(session: Session, round_id: int) -> list[AssignmentState]:
    """Every pair round `round_id` asks to score, with how many of its criteria are."""
    latest = (
        select(_RUBRIC.track_id, func.max(_RUBRIC.version).label("version"))
        .group_by(_RUBRIC.track_id)
        .subquery()
    )
    is_latest = (latest.c.track_id == _RUBRIC.track_id) & (latest.c.version == _RUBRIC.version)
    criteria_per_track: dict[int, int] = {
        track_id: n
        for track_id, n in session.execute(
            select(_RUBRIC.track_id, func.count(_CRITERION.id))
            .select_from(tables.rubric)
            .join(latest, is_latest)
            .join(tables.condition, _CONDITION.rubric_id == _RUBRIC.id)
            .join(tables.criterion, _CRITERION.condition_id == _CONDITION.id)
            .group_by(_RUBRIC.track_id)
        )
    }
    current_rubrics = select(_RUBRIC.id).join(latest, is_latest)
    # Only scores on the current rubric count: after a new version, scores on the old
    # one stay in the record but the expert has to score again.
    scored: dict[tuple[int, int], int] = {
        (expert_id, application_id): n
        for expert_id, application_id, n in session.execute(
            select(_SCORE.expert_id, _SCORE.application_id, func.count(_SCORE.id))
            .join(tables.criterion, _CRITERION.id == _SCORE.criterion_id)
            .join(tables.condition, _CONDITION.id == _CRITERION.condition_id)
            .where(_SCORE.round_id == round_id, _CONDITION.rubric_id.in_(current_rubrics))
            .group_by(_SCORE.expert_id, _SCORE.application_id)
        )
    }
    asked = asked_in_round(session, round_id).subquery()
    return [
        AssignmentState(
            expert_id,
            application_id,
            scored.get((expert_id, application_id), 0),
            criteria_per_track.get(track_id, 0),
        )
        for expert_id, application_id, track_id in session.execute(
            select(asked.c.expert_id, asked.c.application_id, _APPLICATION.track_id)
            .join(tables.application, _APPLICATION.id == asked.c.application_id)
            .order_by(asked.c.id)
        )
    ]
