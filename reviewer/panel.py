"""The expert panel as the experts view shows it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models import Applicant, ConflictDeclaration, Expert, ExpertTie
from reviewer.labels import label
from reviewer.round_progress import assignment_states, current_round
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
    done: int


def list_experts(store: CampaignStore) -> list[ExpertRow]:
    """Every expert with their ties, recusals and assignments done in the current round."""
    with store.reading() as session:
        states = assignment_states(session, current_round(session).id)
        applicants = dict(session.execute(select(Applicant.id, Applicant.name)).all())
        assigned = Counter(state.expert_id for state in states)
        done = Counter(state.expert_id for state in states if state.done)
        conflicts = Counter(session.scalars(select(ConflictDeclaration.expert_id)))
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
                done=done[expert.id],
            )
            for expert in experts
        ]


def _describe_tie(tie: ExpertTie, applicants: dict[int, str]) -> str:
    return f"{applicants.get(tie.applicant_id, '?')}: {label(tie.relation)}"
