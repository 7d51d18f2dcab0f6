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

from models import (
    Application,
    Assignment,
    Condition,
    Criterion,
    RescoreRequest,
    Rubric,
    Score,
    ScoringRound,
)


@dataclass(frozen=True)
class AssignmentState:
    expert_id: int
    application_id: int
    scored: int
    criteria: int

    @property
    def done(self) -> bool:
        return self.criteria > 0 and self.scored >= self.criteria


def current_round(session: Session) -> ScoringRound:
    return session.scalars(select(ScoringRound).order_by(ScoringRound.number.desc()).limit(1)).one()


def asked_in_round(session: Session, round_id: int) -> Select[int, int, int]:
    """(expert id, application id, assignment id) of every pair the round asks to score."""
    pairs = select(Assignment.expert_id, Assignment.application_id, Assignment.id)
    number = session.get_one(ScoringRound, round_id).number
    if number == 1:
        return pairs
    return pairs.join(
        RescoreRequest,
        (RescoreRequest.expert_id == Assignment.expert_id)
        & (RescoreRequest.application_id == Assignment.application_id)
        & (RescoreRequest.round_id == round_id),
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
        select(Rubric.track_id, func.max(Rubric.version).label("version"))
        .group_by(Rubric.track_id)
        .subquery()
    )
    criteria_per_track: dict[int, int] = {
        track_id: n
        for track_id, n in session.execute(
            select(Rubric.track_id, func.count(Criterion.id))
            .join(
                latest,
                (latest.c.track_id == Rubric.track_id) & (latest.c.version == Rubric.version),
            )
            .join(Condition, Condition.rubric_id == Rubric.id)
            .join(Criterion, Criterion.condition_id == Condition.id)
            .group_by(Rubric.track_id)
        )
    }
    current_rubrics = select(Rubric.id).join(
        latest,
        (latest.c.track_id == Rubric.track_id) & (latest.c.version == Rubric.version),
    )
    # Only scores on the current rubric count: after a new version, scores on the old
    # one stay in the record but the expert has to score again.
    scored: dict[tuple[int, int], int] = {
        (expert_id, application_id): n
        for expert_id, application_id, n in session.execute(
            select(Score.expert_id, Score.application_id, func.count(Score.id))
            .join(Criterion, Criterion.id == Score.criterion_id)
            .join(Condition, Condition.id == Criterion.condition_id)
            .where(Score.round_id == round_id, Condition.rubric_id.in_(current_rubrics))
            .group_by(Score.expert_id, Score.application_id)
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
            select(asked.c.expert_id, asked.c.application_id, Application.track_id)
            .join(Application, Application.id == asked.c.application_id)
            .order_by(asked.c.id)
        )
    ]
