"""The applicants of a campaign: the cities and departments that hand in packages.

Intake refuses a package from an applicant the campaign does not know, so the
secretariat registers the applicants of the call first (or lets intake register them).
"""

from __future__ import annotations

import dataclasses
import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Applicant, Application, Expert, ExpertTie, PendingTie
from models.enums import TrackKind
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store import audit
from reviewer.store.storage import CampaignStore


class ApplicantInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The applicant cannot be saved: {problem}")


@dataclass(frozen=True)
class ApplicantRow:
    """An applicant as the applicants table shows it; `id` is None for a new one."""

    id: int | None
    code: str
    kind: TrackKind
    name: str
    region: str = ""
    contact: str = ""
    phone: str = ""
    applications: int = 0


def list_applicants(store: CampaignStore) -> list[ApplicantRow]:
    with store.reading() as session:
        counts = dict(
            session.execute(
                select(Application.applicant_id, func.count(Application.id)).group_by(
                    Application.applicant_id
                )
            ).all()
        )
        return [
            ApplicantRow(
                a.id, a.code, a.kind, a.name, a.region, a.contact, a.phone, counts.get(a.id, 0)
            )
            for a in session.scalars(select(Applicant).order_by(Applicant.id))
        ]


def _key(name: str) -> str:
    return "".join(unicodedata.normalize("NFKC", name).split())


def save_applicant(store: CampaignStore, row: ApplicantRow) -> ApplicantRow:
    """Add (id None) or update an applicant; names and codes stay unique."""
    name = row.name.strip()
    if not name:
        raise ApplicantInvalid(problem=translate("Errors", "give the applicant's name."))
    code = row.code.strip() or _default_code(name)
    with store.writing() as session:
        for other in session.scalars(select(Applicant).where(Applicant.id != (row.id or -1))):
            if _key(other.name) == _key(name):
                taken = translate("Errors", "another applicant is already called {value}.")
                raise ApplicantInvalid(problem=taken.format(value=other.name))
            if other.code == code:
                taken = translate("Errors", "another applicant already has the code {value}.")
                raise ApplicantInvalid(problem=taken.format(value=other.code))
        fields = {
            "code": code,
            "kind": row.kind,
            "name": name,
            "region": row.region.strip(),
            "contact": row.contact.strip(),
            "phone": row.phone.strip(),
        }
        if row.id is None:
            applicant, _resolved = add_applicant(session, fields)
        else:
            applicant = session.get_one(Applicant, row.id)
            old = {key: getattr(applicant, key) for key in fields}
            if old != fields:
                for key, value in fields.items():
                    setattr(applicant, key, value)
                audit.record(
                    session,
                    "applicant.update",
                    entity="applicant",
                    entity_id=applicant.id,
                    old=_plain(old),
                    new=_plain(fields),
                )
                resolve_pending_ties(session, applicant)
        return dataclasses.replace(row, id=applicant.id, code=code, name=name)


def _default_code(name: str) -> str:
    """A code for an applicant registered without one, stable for its name."""
    return "a-" + hashlib.sha256(_key(name).encode()).hexdigest()[:10]


def add_applicant(session: Session, fields: Mapping[str, Any]) -> tuple[Applicant, int]:
    """Register an applicant inside the caller's unit of work, audited, its expert-list
    ties resolved (`resolve_pending_ties`); with how many ties that resolved. Every way
    of registering one (the Applicants view, the applicant list) comes through here."""
    fields = {"region": "", "contact": "", "phone": "", **fields}
    fields["code"] = fields.get("code") or _default_code(fields["name"])
    applicant = Applicant(**fields)
    session.add(applicant)
    session.flush()
    audit.record(
        session, "applicant.add", entity="applicant", entity_id=applicant.id, new=_plain(fields)
    )
    return applicant, resolve_pending_ties(session, applicant)


def _plain(fields: Mapping[str, object]) -> dict[str, str]:
    return {key: str(value) for key, value in fields.items()}


def resolve_pending_ties(session: Session, applicant: Applicant) -> int:
    """Make the expert list's pending ties to `applicant`'s name real ties, now that it
    is registered, inside the caller's unit of work: the recusal they ground
    (政府采购法实施条例 §9) then reaches the assignment step like any other tie. Every
    registration calls this (the Applicants view, intake's --register-applicants, the
    applicant list). Returns how many ties were made."""
    key = _key(applicant.name)
    pending = [
        tie for tie in session.scalars(select(PendingTie)) if _key(tie.applicant_name) == key
    ]
    for tie in pending:
        expert = session.get_one(Expert, tie.expert_id)
        known = {(t.applicant_id, t.relation) for t in expert.ties}
        if (applicant.id, tie.relation) not in known:
            expert.ties.append(
                ExpertTie(applicant_id=applicant.id, relation=tie.relation, note=tie.note)
            )
        session.delete(tie)
        audit.record(
            session,
            "expert.tie_resolved",
            entity="expert",
            entity_id=expert.code,
            new={"applicant": applicant.name, "relation": tie.relation.value},
        )
    session.flush()
    return len(pending)
