"""Tracks, applicants, their applications and the material files in each package."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Points, UTCDateTime, utc_now
from models.enums import ApplicationStatus, MaterialKind, TrackKind, enum_column


class Track(Base):
    """One of the call's two pilot tracks; each has its own rubric and ranking."""

    __tablename__ = "track"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[TrackKind] = mapped_column(enum_column(TrackKind), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    quota: Mapped[int | None] = mapped_column(Integer)
    # The ranking's cut-off rules (see reviewer/decisions/ranking.py): the lowest final score that
    # may be proposed for approval, and the condition codes that break a tie on the final
    # score, in order. None means no minimum, or the track's default order.
    min_final: Mapped[Decimal | None] = mapped_column(Points)
    tie_break: Mapped[list[str] | None] = mapped_column(JSON)

    applications: Mapped[list[Application]] = relationship(back_populates="track")


class Applicant(Base):
    """A city or a provincial department that hands in packages (申报单位)."""

    __tablename__ = "applicant"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[TrackKind] = mapped_column(enum_column(TrackKind))
    name: Mapped[str] = mapped_column(String(100), unique=True)
    region: Mapped[str] = mapped_column(String(100), default="")
    contact: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")

    applications: Mapped[list[Application]] = relationship(back_populates="applicant")


class Application(Base):
    """One applicant's application in one track, with its completeness status."""

    __tablename__ = "application"
    __table_args__ = (UniqueConstraint("applicant_id", "track_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("track.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id"))
    title: Mapped[str] = mapped_column(String(200))
    pilot_domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    districts: Mapped[list[str]] = mapped_column(JSON, default=list)
    budget_wan: Mapped[int | None] = mapped_column(Integer)
    funding: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    submitted_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.RECEIVED
    )
    status_reasons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    status_override_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # Intake: what the form said, each check's outcome, when and from where the
    # package came, and a fingerprint of its files so the same package twice is a no-op.
    form_answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    checklist: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    package_source: Mapped[str] = mapped_column(Text, default="")
    package_fingerprint: Mapped[str] = mapped_column(String(64), default="")

    track: Mapped[Track] = relationship(back_populates="applications")
    applicant: Mapped[Applicant] = relationship(back_populates="applications")
    materials: Mapped[list[Material]] = relationship(
        back_populates="application",
        order_by="Material.id",
        primaryjoin="and_(Application.id == Material.application_id, "
        "Material.superseded_at.is_(None))",
        viewonly=True,
    )


class Blob(Base):
    """A file's content, stored once per SHA-256 however many packages hold it."""

    __tablename__ = "blob"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)  # of the content, however it is stored
    # How the chunks hold the content: "" as it is (packages' PDFs and spreadsheets are
    # compressed already), "zlib" deflated (score files: JSON that shrinks twentyfold).
    encoding: Mapped[str] = mapped_column(String(8), default="", server_default="")


class BlobChunk(Base):
    """A slice of a blob, so large files are written and read without holding them whole."""

    __tablename__ = "blob_chunk"

    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class Material(Base):
    """A file handed in with an application (申报材料): form, plan, leading-group document."""

    __tablename__ = "material"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    kind: Mapped[MaterialKind] = mapped_column(enum_column(MaterialKind))
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256"))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # Set when a corrected package replaced this file; it stays as history.
    superseded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    application: Mapped[Application] = relationship(back_populates="materials")
