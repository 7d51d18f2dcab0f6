"""The expert panel as the experts view shows it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models import (
    Applicant,
    Assignment,
    ConflictDeclaration,
    Expert,
    ExpertTie,
    Score,
    ScoringRound,
)
from reviewer.labels import label
from reviewer.storage import CampaignStore


@dataclass(frozen=True)
class ExpertRow:
    """One line of the experts table."""

    id: int
    code: str
    name: str
    affiliation: str
    title: str
    expertise: str
    is_leader: bool
    ties: tuple[str, ...]
    conflicts: int
    assigned: int
    scored: int


def list_experts(store: CampaignStore) -> list[ExpertRow]:
    """Every expert with their ties, recusals and scoring progress in the current round."""
    with store.reading() as session:
        current_round = session.scalar(select(func.max(ScoringRound.id)))
        applicants = dict(session.execute(select(Applicant.id, Applicant.name)).all())
        assigned = Counter(session.scalars(select(Assignment.expert_id)))
        conflicts = Counter(session.scalars(select(ConflictDeclaration.expert_id)))
        scored = Counter(
            expert_id
            for expert_id, _application in session.execute(
                select(Score.expert_id, Score.application_id)
                .where(Score.round_id == current_round)
                .distinct()
            )
        )
        experts = session.scalars(
            select(Expert).order_by(Expert.code).options(selectinload(Expert.ties))
        )
        return [
            ExpertRow(
                id=expert.id,
                code=expert.code,
                name=expert.name,
                affiliation=expert.affiliation,
                title=expert.title,
                expertise=expert.expertise,
                is_leader=expert.is_leader,
                ties=tuple(_describe_tie(tie, applicants) for tie in expert.ties),
                conflicts=conflicts[expert.id],
                assigned=assigned[expert.id],
                scored=scored[expert.id],
            )
            for expert in experts
        ]


def _describe_tie(tie: ExpertTie, applicants: dict[int, str]) -> str:
    return f"{applicants.get(tie.applicant_id, '?')}: {label(tie.relation)}"
