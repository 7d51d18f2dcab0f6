"""The expert panel as the experts view and the overview show it: each expert with their
ties, recusals and progress in the current round.

Read over the tables (models/tables.py says why): the overview shows the panel on the
app's first screen, before the mapped classes are imported.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import select

from models import tables
from models.enums import TieRelation
from reviewer.campaign.rounds import assignment_states, current_round
from reviewer.i18n import labelled, translate
from reviewer.labels import label
from reviewer.store.storage import CampaignStore


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
    is_reserve: bool = False
    pending_ties: tuple[str, ...] = ()  # ties to applicants not registered yet


def list_experts(store: CampaignStore) -> list[ExpertRow]:
    """Every expert with their ties, recusals and assignments done in the current round."""
    expert, tie, pending = tables.expert.c, tables.expert_tie.c, tables.pending_tie.c
    with store.reading() as session:
        states = assignment_states(session, current_round(session).id)
        applicants: dict[int, str] = {
            row.id: row.name
            for row in session.execute(select(tables.applicant.c.id, tables.applicant.c.name))
        }
        assigned = Counter(state.expert_id for state in states)
        done = Counter(state.expert_id for state in states if state.done)
        conflicts = Counter(session.scalars(select(tables.conflict_declaration.c.expert_id)))
        ties: dict[int, list[str]] = defaultdict(list)
        for row in session.execute(
            select(tie.expert_id, tie.applicant_id, tie.relation).order_by(tie.id)
        ):
            name = applicants.get(row.applicant_id, "?")
            ties[row.expert_id].append(labelled(name, label(row.relation)))
        waiting: dict[int, list[str]] = defaultdict(list)
        for row in session.execute(
            select(pending.expert_id, pending.applicant_name, pending.relation).order_by(pending.id)
        ):
            waiting[row.expert_id].append(_describe_pending(row.applicant_name, row.relation))
        return [
            ExpertRow(
                id=row.id,
                code=row.code,
                name=row.name,
                affiliation=row.affiliation,
                title=row.title,
                expertise=row.expertise,
                is_leader=row.is_leader,
                ties=tuple(ties[row.id]),
                conflicts=conflicts[row.id],
                assigned=assigned[row.id],
                done=done[row.id],
                is_reserve=row.is_reserve,
                pending_ties=tuple(waiting[row.id]),
            )
            for row in session.execute(select(tables.expert).order_by(expert.code))
        ]


def _describe_pending(applicant_name: str, relation: TieRelation) -> str:
    """A tie the expert list named to an applicant not registered yet: it takes effect
    (and keeps the expert off that application) once the applicant registers."""
    return translate("Panel", "{tie} (pending: {name} is not registered yet)").format(
        tie=labelled(applicant_name, label(relation)), name=applicant_name
    )
