"""Reconciling the panel's scores: what was discussed, and the locks on the results."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utc_now
from models.enums import ReportSignature, enum_column


class DiscussionNote(Base):
    """A note from the panel's discussion of an application, or an expert's written
    dissent (异议) when `expert_id` is set: kept with the results, never edited."""

    __tablename__ = "discussion_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    expert_id: Mapped[int | None] = mapped_column(ForeignKey("expert.id"))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(100))
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ResultLock(Base):
    """The results as locked by the secretariat: the merged figures themselves (so every
    document prints exactly what was locked) and their fingerprint. An unlock keeps the
    row and says who, when and why."""

    __tablename__ = "result_lock"

    id: Mapped[int] = mapped_column(primary_key=True)
    locked_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    locked_by: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")
    fingerprint: Mapped[str] = mapped_column(String(64))
    results: Mapped[dict[str, Any]] = mapped_column(JSON)
    unlocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    unlocked_by: Mapped[str] = mapped_column(String(100), default="")
    unlock_reason: Mapped[str] = mapped_column(Text, default="")
    # The ground of 87号令 §64 the unlock was for ("" on locks unlocked before it was asked),
    # and what "other" was.
    unlock_ground: Mapped[str] = mapped_column(String(24), default="", server_default="")
    unlock_ground_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Locked over open deviations (87号令 §45): the panel leader who allowed it, why, and
    # the deviations then neither re-checked nor explained.
    override_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    override_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    open_deviations: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default=list, server_default="[]"
    )


class DeviationExplanation(Base):
    """An expert's written explanation of scores flagged as deviating from the panel's
    (87号令 §45), entered by the secretariat from the paper the expert signed: which
    application, which expert, which flagged items (criterion codes; "" for the total),
    the text, and the day the expert wrote it. Kept, never edited."""

    __tablename__ = "deviation_explanation"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    items: Mapped[list[str]] = mapped_column(JSON)
    text: Mapped[str] = mapped_column(Text)
    written_on: Mapped[date] = mapped_column(Date)
    entered_by: Mapped[str] = mapped_column(String(100))
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ReviewReportSignature(Base):
    """A panel member's answer to the review report on one lock of the results, entered by
    the secretariat from the signed paper: signed, signed with a dissent and its reasons,
    or neither (政府采购法实施条例 §41). A new lock asks for new signatures."""

    __tablename__ = "review_report_signature"
    __table_args__ = (UniqueConstraint("lock_fingerprint", "expert_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lock_fingerprint: Mapped[str] = mapped_column(String(64))
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    answer: Mapped[ReportSignature] = mapped_column(enum_column(ReportSignature))
    reasons: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(100))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
