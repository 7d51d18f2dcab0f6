"""The files Reviewer wrote for the secretariat, as the campaign remembers them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, UTCDateTime, utc_now


class OutputRecord(Base):
    """One document written (a PDF, its Word copy, an Excel table): where, what it held
    (SHA-256) and on which locked results. The archive (政府采购法 §42) gathers the
    documents by these rows and tells which file is gone or no longer what was written.
    Rows are only ever added; writing the same path again adds a newer row."""

    __tablename__ = "output_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    lock_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    written_by: Mapped[str] = mapped_column(String(100), default="")


class FeedbackLetter(Base):
    """An applicant's feedback letter (反馈意见) as the secretariat saved it.

    The app composes a draft from the locked results; the secretariat reads and edits it
    before it is written, and what they saved is kept here, one row per application.
    `edited` says whether the text differs from the draft it started from;
    `lock_fingerprint` names the locked results it was saved on, so a letter saved before
    the results were locked again is known to be out of date.
    """

    __tablename__ = "feedback_letter"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("application.id", ondelete="CASCADE"), unique=True
    )
    text: Mapped[str] = mapped_column(Text)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    lock_fingerprint: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
