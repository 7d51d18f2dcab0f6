"""Weighted rubrics: conditions, criteria with anchored bands, and gate checks."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Points, UTCDateTime, utc_now
from models.enums import BandLevel, enum_column


class Rubric(Base):
    """A versioned rubric (评分细则) for one track.

    Scores point at criteria of one version; once any score exists the version is locked
    and a change makes a new version, so a score never silently changes meaning. `locked`
    is set in the unit of work that writes the first score (reviewer.rubrics.catalog.lock_scored).
    """

    __tablename__ = "rubric"
    __table_args__ = (UniqueConstraint("track_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("track.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(String(200))
    total_points: Mapped[Decimal] = mapped_column(Points)
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    conditions: Mapped[list[Condition]] = relationship(
        back_populates="rubric", order_by="Condition.position", cascade="all, delete-orphan"
    )
    gate_checks: Mapped[list[GateCheck]] = relationship(
        back_populates="rubric", order_by="GateCheck.position", cascade="all, delete-orphan"
    )


class Condition(Base):
    """One of the call's conditions (评审条件), e.g. 组织保障有力."""

    __tablename__ = "condition"

    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubric.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    rubric: Mapped[Rubric] = relationship(back_populates="conditions")
    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="condition", order_by="Criterion.position", cascade="all, delete-orphan"
    )


class Criterion(Base):
    """A scored item (评分项); its maximum points carry its weight.

    A veto criterion (一票否决) scored 0 by an expert is that expert's veto vote.
    """

    __tablename__ = "criterion"

    id: Mapped[int] = mapped_column(primary_key=True)
    condition_id: Mapped[int] = mapped_column(ForeignKey("condition.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    max_points: Mapped[Decimal] = mapped_column(Points)
    step: Mapped[Decimal] = mapped_column(Points, default=Decimal("0.5"))
    is_veto: Mapped[bool] = mapped_column(Boolean, default=False)

    condition: Mapped[Condition] = relationship(back_populates="criteria")
    bands: Mapped[list[Band]] = relationship(
        back_populates="criterion", order_by="Band.position", cascade="all, delete-orphan"
    )


class Band(Base):
    """An anchored band (优/良/中/差): a point range and what earns it."""

    __tablename__ = "band"

    id: Mapped[int] = mapped_column(primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"))
    position: Mapped[int] = mapped_column(Integer)
    level: Mapped[BandLevel] = mapped_column(enum_column(BandLevel))
    min_points: Mapped[Decimal] = mapped_column(Points)
    max_points: Mapped[Decimal] = mapped_column(Points)
    descriptor: Mapped[str] = mapped_column(Text, default="")

    criterion: Mapped[Criterion] = relationship(back_populates="bands")


class GateCheck(Base):
    """A pass/fail requirement of the call, checked before any scoring."""

    __tablename__ = "gate_check"

    id: Mapped[int] = mapped_column(primary_key=True)
    rubric_id: Mapped[int] = mapped_column(ForeignKey("rubric.id"))
    position: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    rubric: Mapped[Rubric] = relationship(back_populates="gate_checks")
