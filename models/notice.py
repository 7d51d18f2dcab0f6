"""The public notice (公示) of the proposed pilot list and the objections (异议) to it."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utc_now
from models.enums import enum_column


class ObjectionOutcome(StrEnum):
    """How an objection ended; none while it is open."""

    UPHELD = "upheld"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class PublicNotice(Base):
    """The campaign's public notice: its terms, and its start once it was published.

    One row at most. The terms are set per campaign before the notice starts; without a
    row the defaults hold (5 working days, replies within 3 working days).
    """

    __tablename__ = "public_notice"

    id: Mapped[int] = mapped_column(primary_key=True)
    start: Mapped[date | None] = mapped_column(Date)
    term_days: Mapped[int] = mapped_column(Integer, default=5)
    reply_days: Mapped[int] = mapped_column(Integer, default=3)
    started_by: Mapped[str] = mapped_column(String(100), default="")
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Objection(Base):
    """An objection to the proposed list, as received, answered and closed.

    `reply_due` is fixed when the objection is received (the campaign's reply term from
    the day of receipt), so a later change of the term does not move a deadline already
    told to the objector.
    """

    __tablename__ = "objection"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    received_on: Mapped[date] = mapped_column(Date)
    objector: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    reply_due: Mapped[date] = mapped_column(Date)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[ObjectionOutcome | None] = mapped_column(enum_column(ObjectionOutcome))
    outcome_text: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
