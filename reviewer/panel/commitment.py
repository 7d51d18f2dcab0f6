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
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Application,
    Campaign,
    CommitmentSignature,
    ConflictDeclaration,
    Expert,
    Kit,
)
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.inputs.files import Inputs, read_input
from reviewer.store import audit
from reviewer.store.storage import CampaignStore

# The default 评审承诺: independence, confidentiality, recusal (政府采购法实施条例 §9). It is
# the text of a document the expert accepts and signs, printed as it stands like the score
# sheet's declaration, so it is Chinese whatever the interface's language.
DEFAULT_COMMITMENT = (
    "本人作为本次评审的专家，郑重承诺：一、独立、客观、公正地履行评审职责，严格按照申报指南"
    "公布的评审标准和方法评分，不受任何单位和个人干预，不收受申报单位的财物或者其他好处；"
    "二、对申报材料、评审意见、评分结果及评审过程中知悉的其他情况严格保密，不复制、不外传"
    "任何评审材料；三、遵守回避规定（政府采购法实施条例第九条），本人与下列回避事项以外的"
    "申报单位均无利害关系，评审中发现其他应当回避情形的，立即主动申报并回避。"
    "如有违反，愿承担相应责任。"
)
# How the acceptance is printed on the score sheets.
ACCEPTED = "已于{when}在评审软件中确认上述评审承诺。"
NOT_ACCEPTED = "未在评审软件中确认评审承诺。"
SIGNED_ON_PAPER = "书面评审承诺已于{day}签署。"


def chinese_day(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_moment(moment: datetime) -> str:
    """A time of acceptance as printed: China Standard Time (UTC+8), to the minute."""
    local = moment.astimezone(CHINA)
    return f"{chinese_day(local.date())} {local:%H:%M}"


def acceptance_line(accepted_at: datetime | None, signed_on: date | None = None) -> str:
    """The commitment's acceptance in the app (or that there was none) and, if recorded,
    its signature on paper, as the sheets print them."""
    text = ACCEPTED.format(when=chinese_moment(accepted_at)) if accepted_at else NOT_ACCEPTED
    if signed_on is not None:
        text += SIGNED_ON_PAPER.format(day=chinese_day(signed_on))
    return text


CHINA = timezone(timedelta(hours=8))


class CommitmentTextEmpty(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The commitment text is empty. Write the commitment.")


class CommitmentNotText(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a UTF-8 text file. Save the commitment as UTF-8 text."
    )


# A commitment is a page of text; 64 KB is far beyond any.
MAX_COMMITMENT_BYTES = 64 << 10


def read_commitment_file(path: Path) -> str:
    """A commitment text handed in as a file: read as a regular file within limits, and
    refused by name if it is not UTF-8 text."""
    data = read_input(path, limit=MAX_COMMITMENT_BYTES, what=Inputs.COMMITMENT)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommitmentNotText(path=path) from error


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
    """The recusals on one line each, as the sheets print them; 无 when there are none."""
    if not recusals:
        return "无"
    return "\n".join(f"{r.applicant}（{r.track}）：{r.reason or '—'}" for r in recusals)


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
    return campaign.commitment_text.strip() or DEFAULT_COMMITMENT


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
    is_reserve: bool = False  # 备选专家: signs in and commits too, in case they are called


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
                e.is_reserve,
            )
            for e in session.scalars(select(Expert).order_by(Expert.code))
        ]
        return campaign.title, campaign.issuing_authority, commitment_of(campaign), members


@dataclass(frozen=True)
class CommitmentRecord:
    """What the campaign knows of an expert's commitment: accepted in the app (from the
    latest score file taken in) and signed on paper (the latest recorded)."""

    accepted_at: datetime | None = None
    signed_on: date | None = None

    @property
    def line(self) -> str:
        return acceptance_line(self.accepted_at, self.signed_on)


def commitment_records(session: Session) -> dict[int, CommitmentRecord]:
    """Each expert's commitment record, by expert id (experts with none are left out)."""
    accepted: dict[int, datetime] = {}
    for kit in session.scalars(select(Kit).where(Kit.commitment_accepted_at.is_not(None))):
        assert kit.commitment_accepted_at is not None
        if kit.expert_id not in accepted or kit.commitment_accepted_at > accepted[kit.expert_id]:
            accepted[kit.expert_id] = kit.commitment_accepted_at
    signed: dict[int, date] = {}
    for signature in session.scalars(select(CommitmentSignature)):
        if signature.expert_id not in signed or signature.signed_on > signed[signature.expert_id]:
            signed[signature.expert_id] = signature.signed_on
    return {
        expert: CommitmentRecord(accepted.get(expert), signed.get(expert))
        for expert in accepted.keys() | signed.keys()
    }
