"""The expert panel edited: an expert added, changed or removed, with their ties
(the list as the views show it: reviewer.panel.expert_rows)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from models import Expert, ExpertTie
from models.enums import TieRelation
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store import audit
from reviewer.store.storage import CampaignStore


class ExpertInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The expert cannot be saved: {problem}")


@dataclass(frozen=True)
class TieDraft:
    applicant_id: int
    relation: TieRelation
    note: str = ""


@dataclass(frozen=True)
class ExpertDraft:
    """An expert as the edit dialog holds it; `id` is None for a new one."""

    id: int | None
    code: str
    name: str
    affiliation: str = ""
    title: str = ""
    expertise: str = ""
    is_leader: bool = False
    ties: tuple[TieDraft, ...] = ()
    is_reserve: bool = False


def expert_draft(store: CampaignStore, expert_id: int) -> ExpertDraft:
    with store.reading() as session:
        expert = session.get_one(Expert, expert_id)
        return ExpertDraft(
            expert.id,
            expert.code,
            expert.name,
            expert.affiliation,
            expert.title,
            expert.expertise,
            expert.is_leader,
            tuple(TieDraft(t.applicant_id, t.relation, t.note) for t in expert.ties),
            expert.is_reserve,
        )


def _expert_fields(expert: Expert) -> dict[str, object]:
    return {
        "code": expert.code,
        "name": expert.name,
        "affiliation": expert.affiliation,
        "title": expert.title,
        "expertise": expert.expertise,
        "is_leader": expert.is_leader,
        "is_reserve": expert.is_reserve,
        "ties": sorted((t.applicant_id, t.relation.value, t.note) for t in expert.ties),
    }


def save_expert(store: CampaignStore, draft: ExpertDraft) -> int:
    """Add or update an expert with their ties, in one unit of work; a new panel leader
    replaces the old one. Returns the expert's id."""
    code, name = draft.code.strip(), draft.name.strip()
    if not code or not name:
        raise ExpertInvalid(problem=translate("Errors", "give the expert's number and name."))
    with store.writing() as session:
        clash = session.scalars(
            select(Expert).where(Expert.code == code, Expert.id != (draft.id or -1))
        ).first()
        if clash is not None:
            problem = translate("Errors", "{name} already has the number {code}.")
            raise ExpertInvalid(problem=problem.format(name=clash.name, code=code))
        if draft.id is None:
            expert, old = Expert(code=code, name=name), None
            session.add(expert)
        else:
            expert = session.get_one(Expert, draft.id)
            old = _expert_fields(expert)
        expert.code, expert.name = code, name
        expert.affiliation = draft.affiliation.strip()
        expert.title = draft.title.strip()
        expert.expertise = draft.expertise.strip()
        expert.is_leader = draft.is_leader
        expert.is_reserve = draft.is_reserve
        expert.ties = [
            ExpertTie(applicant_id=t.applicant_id, relation=t.relation, note=t.note.strip())
            for t in draft.ties
        ]
        session.flush()
        if draft.is_leader:
            for other in session.scalars(select(Expert).where(Expert.id != expert.id)):
                other.is_leader = False
        new = _expert_fields(expert)
        if old != new:
            action = "expert.add" if old is None else "expert.update"
            audit.record(session, action, entity="expert", entity_id=code, old=old, new=new)
        return expert.id
