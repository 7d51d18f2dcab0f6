"""The expert panel: experts, their ties, assignments and conflict declarations."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, UTCDateTime, utc_now
from models.enums import ConflictSource, TieRelation, enum_column


class Expert(Base):
    """A member of the expert technical group (专家技术组成员)."""

    __tablename__ = "expert"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    affiliation: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(100), default="")
    expertise: Mapped[str] = mapped_column(String(300), default="")
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    # A reserve expert (备选专家): on the list, never assigned by default, called onto an
    # application's panel when a recusal or a missing return leaves it short.
    is_reserve: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    ties: Mapped[list[ExpertTie]] = relationship(
        back_populates="expert", cascade="all, delete-orphan"
    )
    pending_ties: Mapped[list[PendingTie]] = relationship(cascade="all, delete-orphan")


class ExpertTie(Base):
    """A known tie between an expert and an applicant (回避 grounds, methods.md)."""

    __tablename__ = "expert_tie"

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id"))
    relation: Mapped[TieRelation] = mapped_column(enum_column(TieRelation))
    note: Mapped[str] = mapped_column(Text, default="")

    expert: Mapped[Expert] = relationship(back_populates="ties")


class PendingTie(Base):
    """A tie the expert list names to an applicant not registered yet: kept by the
    applicant's name, and made an `ExpertTie` when an applicant of that name is
    registered, so the recusal (政府采购法实施条例 §9) is not lost for the order in
    which the secretariat enters its lists."""

    __tablename__ = "pending_tie"

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id", ondelete="CASCADE"))
    applicant_name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[TieRelation] = mapped_column(enum_column(TieRelation))
    note: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(255), default="")


class Assignment(Base):
    """An expert asked to score an application."""

    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("expert_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ConflictDeclaration(Base):
    """A recorded conflict of interest: the expert never scores this application."""

    __tablename__ = "conflict_declaration"
    __table_args__ = (UniqueConstraint("expert_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    source: Mapped[ConflictSource] = mapped_column(enum_column(ConflictSource))
    reason: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Kit(Base):
    """A scoring kit issued to an expert for a round.

    The secret is shared by the campaign and the kit only: a score file signed with it
    can only come from this kit, so a file presented as another expert's, or from
    another campaign, fails verification. `last_sequence` lets the secretariat refuse a
    replayed older score file.
    """

    __tablename__ = "kit"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    round_number: Mapped[int] = mapped_column(Integer)
    secret: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
    # When the expert went through the conflict check that comes before any scoring.
    conflicts_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The 评审承诺 as issued with the kit (the campaign's text then), and the expert's own
    # recusals then, all of them, assigned or not (政府采购法实施条例 §9): a JSON list of
    # {application_id, applicant, title, track, reason}. A kit issued before commitments
    # has no text and asks for none.
    commitment: Mapped[str] = mapped_column(Text, default="", server_default="")
    recusals: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    # In the kit: when the expert accepted the commitment in the app. In the campaign:
    # when the latest score file taken in from this kit says they did.
    commitment_accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class CommitmentSignature(Base):
    """A commitment signed on paper, recorded by hand: whose, the day signed, and who
    entered it when (the signed page itself stays in the paper file)."""

    __tablename__ = "commitment_signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    signed_on: Mapped[date] = mapped_column(Date)
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
