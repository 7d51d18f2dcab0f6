"""The expert's commitment (评审承诺) and recusals (回避), in writing.

政府采购法实施条例 §9: an expert with a tie to an applicant steps aside. So that the record
shows each expert knew and said so, every kit carries the expert's own recusals (all of
them, assigned or not) and the campaign's commitment text, which the expert accepts in
the app before the first score; the secretariat may also print the commitment for a
signature on paper and record that signature here by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Application, Campaign, CommitmentSignature, ConflictDeclaration, Expert
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store import audit
from reviewer.store.storage import CampaignStore

# The default 评审承诺: independence, confidentiality, recusal (政府采购法实施条例 §9).
DEFAULT_COMMITMENT = QT_TRANSLATE_NOOP(
    "Commitment",
    "I commit to review independently, objectively and fairly, on the call's published "
    "criteria alone, and to accept no gift, meal or favour from any applicant. I will keep "
    "the applications, the scores and the panel's discussion confidential and will not copy "
    "or pass on any material. I will step aside from every application with which I have a "
    "tie that could affect a fair review (政府采购法实施条例 §9): I have declared every such "
    "tie, and I will declare any I learn of during the review at once.",
)


class CommitmentTextEmpty(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The commitment text is empty. Write the commitment.")


class UnknownExpertCode(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The campaign has no expert with the number {code}. Check the number."
    )


@dataclass(frozen=True)
class Recusal:
    """One application the expert steps aside from, and why."""

    application_id: int
    applicant: str
    title: str
    track: str
    reason: str

    def as_json(self) -> dict[str, object]:
        return {
            "application_id": self.application_id,
            "applicant": self.applicant,
            "title": self.title,
            "track": self.track,
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, item: dict[str, object]) -> Recusal:
        def text(key: str) -> str:
            value = item.get(key, "")
            return value if isinstance(value, str) else ""

        number = item.get("application_id", 0)
        return cls(
            number if isinstance(number, int) else 0,
            text("applicant"),
            text("title"),
            text("track"),
            text("reason"),
        )


def recusals_text(recusals: tuple[Recusal, ...] | list[Recusal]) -> str:
    """The recusals on one line each, as printed; "none" when there are none."""
    if not recusals:
        return translate("Commitment", "No recusal.")
    return "\n".join(
        translate("Commitment", "{applicant} ({track}): {reason}").format(
            applicant=r.applicant, track=r.track, reason=r.reason or "—"
        )
        for r in recusals
    )


def parse_recusals(stored: str) -> tuple[Recusal, ...]:
    """The recusals a kit row holds as JSON; anything not laid out as written is left out."""
    try:
        items = json.loads(stored or "[]")
    except ValueError:
        return ()
    if not isinstance(items, list):
        return ()
    return tuple(Recusal.from_json(item) for item in items if isinstance(item, dict))


def expert_recusals(session: Session, expert_id: int) -> tuple[Recusal, ...]:
    """Every recusal of the expert: each declared or tie conflict, assigned or not."""
    rows = session.execute(
        select(ConflictDeclaration, Application)
        .join(Application, Application.id == ConflictDeclaration.application_id)
        .where(ConflictDeclaration.expert_id == expert_id)
        .order_by(Application.applicant_id, Application.id)
    ).all()
    return tuple(
        Recusal(
            application.id,
            application.applicant.name,
            application.title,
            application.track.name,
            declaration.reason,
        )
        for declaration, application in rows
    )


def commitment_of(campaign: Campaign) -> str:
    """The campaign's commitment text, or the default one."""
    return campaign.commitment_text.strip() or translate("Commitment", DEFAULT_COMMITMENT)


def campaign_commitment(store: CampaignStore) -> str:
    with store.reading() as session:
        return commitment_of(session.scalars(select(Campaign)).one())


def set_commitment(store: CampaignStore, text: str) -> str:
    """Set the campaign's commitment text for the kits issued from now on; kits already
    issued keep the text they carry. Returns the text set."""
    text = text.strip()
    if not text:
        raise CommitmentTextEmpty()
    with store.writing() as session:
        campaign = session.scalars(select(Campaign)).one()
        old = commitment_of(campaign)
        campaign.commitment_text = text
        audit.record(
            session, "commitment.text", entity="campaign", entity_id=campaign.uid, old=old, new=text
        )
    return text


@dataclass(frozen=True)
class PaperSignature:
    expert_code: str
    expert_name: str
    signed_on: date
    entered_by: str
    entered_at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "expert": self.expert_code,
            "name": self.expert_name,
            "signed_on": self.signed_on.isoformat(),
            "entered_by": self.entered_by,
            "entered_at": self.entered_at.isoformat(timespec="seconds"),
        }


def record_paper_signature(
    store: CampaignStore, expert_code: str, signed_on: date
) -> PaperSignature:
    """Record by hand that the expert signed the commitment on paper on `signed_on`, with
    who entered it and when (the audit log keeps the same)."""
    with store.writing() as session:
        expert = session.scalars(select(Expert).where(Expert.code == expert_code)).first()
        if expert is None:
            raise UnknownExpertCode(code=expert_code)
        signature = CommitmentSignature(
            expert_id=expert.id, signed_on=signed_on, entered_by=audit.current_actor()
        )
        session.add(signature)
        session.flush()
        audit.record(
            session,
            "commitment.signed",
            entity="expert",
            entity_id=expert.code,
            new={"signed_on": signed_on.isoformat()},
        )
        return PaperSignature(
            expert.code, expert.name, signed_on, signature.entered_by, signature.entered_at
        )


def paper_signatures(store: CampaignStore) -> list[PaperSignature]:
    with store.reading() as session:
        rows = session.execute(
            select(CommitmentSignature, Expert)
            .join(Expert, Expert.id == CommitmentSignature.expert_id)
            .order_by(Expert.code, CommitmentSignature.signed_on)
        ).all()
        return [
            PaperSignature(e.code, e.name, s.signed_on, s.entered_by, s.entered_at) for s, e in rows
        ]


@dataclass(frozen=True)
class PanelMember:
    """An expert as the sign-in sheet and the paper commitment print them."""

    code: str
    name: str
    affiliation: str
    title: str
    expertise: str
    recusals: tuple[Recusal, ...]


def panel_members(store: CampaignStore) -> tuple[str, str, str, list[PanelMember]]:
    """The campaign's title, issuing authority, commitment text and every expert."""
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        members = [
            PanelMember(
                e.code,
                e.name,
                e.affiliation,
                e.title,
                e.expertise,
                expert_recusals(session, e.id),
            )
            for e in session.scalars(select(Expert).order_by(Expert.code))
        ]
        return campaign.title, campaign.issuing_authority, commitment_of(campaign), members
