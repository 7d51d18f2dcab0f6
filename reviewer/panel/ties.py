"""An expert's ties to applicants (回避 grounds, 政府采购法实施条例 §9) as the command
line declares and lists them: the same ties the expert dialog adds, the conflicts
declared on applications, and the expert list's ties still pending an applicant.

A tie is declared through `experts.save_expert`, the service the dialog uses, so it is
one unit of work recorded in the audit log as the expert's update; turning ties into
conflict declarations on applications remains the assignment step's job.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models import Applicant, Application, ConflictDeclaration, Expert
from models.enums import TieRelation
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.panel.experts import TieDraft, expert_draft, save_expert
from reviewer.store.storage import CampaignStore


class TieNotDeclared(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The tie of {expert} to {applicant} cannot be declared: {why} Known: {candidates}.",
    )


_NO_EXPERT = QT_TRANSLATE_NOOP("Errors", "no expert has this code.")
_NO_APPLICANT = QT_TRANSLATE_NOOP("Errors", "no registered applicant has this name.")


def _key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def declare_tie(
    store: CampaignStore,
    expert_code: str,
    applicant_name: str,
    reason: str,
    relation: TieRelation = TieRelation.OTHER,
) -> bool:
    """Add the tie of the expert `expert_code` to the applicant named `applicant_name`,
    with `reason` as its note, as the expert dialog's Add Tie does. Returns False when
    the expert already has that tie (nothing written). Refused, naming the experts or
    applicants known, for an unknown code or name."""
    from reviewer.i18n import translate

    with store.reading() as session:
        experts = dict(session.execute(select(Expert.code, Expert.id)).all())
        applicants = dict(session.execute(select(Applicant.name, Applicant.id)).all())
    expert_id = experts.get(expert_code.strip())
    if expert_id is None:
        raise TieNotDeclared(
            expert=expert_code,
            applicant=applicant_name,
            why=translate("Errors", _NO_EXPERT),
            candidates="、".join(sorted(experts)) or "-",
        )
    by_key = {_key(name): (name, id_) for name, id_ in applicants.items()}
    if _key(applicant_name) not in by_key:
        raise TieNotDeclared(
            expert=expert_code,
            applicant=applicant_name,
            why=translate("Errors", _NO_APPLICANT),
            candidates="、".join(applicants) or "-",
        )
    _name, applicant_id = by_key[_key(applicant_name)]
    draft = expert_draft(store, expert_id)
    if any(t.applicant_id == applicant_id and t.relation == relation for t in draft.ties):
        return False
    tie = TieDraft(applicant_id, relation, reason.strip())
    save_expert(store, dataclasses.replace(draft, ties=(*draft.ties, tie)))
    return True


def ties_listing(store: CampaignStore) -> dict[str, list[dict[str, Any]]]:
    """Every tie, every conflict declared on an application, every tie still pending."""
    with store.reading() as session:
        names = dict(session.execute(select(Applicant.id, Applicant.name)).all())
        experts = session.scalars(
            select(Expert)
            .order_by(Expert.code)
            .options(selectinload(Expert.ties), selectinload(Expert.pending_ties))
        ).all()
        codes = {expert.id: expert.code for expert in experts}
        applicant_of = dict(session.execute(select(Application.id, Application.applicant_id)).all())
        declarations = session.scalars(select(ConflictDeclaration).order_by(ConflictDeclaration.id))
        return {
            "ties": [
                {
                    "expert": e.code,
                    "applicant": names[t.applicant_id],
                    "relation": t.relation.value,
                    "note": t.note,
                }
                for e in experts
                for t in e.ties
            ],
            "declared": [
                {
                    "expert": codes[d.expert_id],
                    "application_id": d.application_id,
                    "applicant": names[applicant_of[d.application_id]],
                    "source": d.source.value,
                    "reason": d.reason,
                }
                for d in declarations
            ],
            "pending_ties": [
                {
                    "expert": e.code,
                    "applicant": t.applicant_name,
                    "relation": t.relation.value,
                    "note": t.note,
                    "source": t.source,
                }
                for e in experts
                for t in e.pending_ties
            ],
        }
