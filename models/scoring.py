"""Scores by round, the aggregates computed from them, and the decisions taken."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Points, UTCDateTime, utc_now
from models.enums import AggregationMethod, DecisionOutcome, enum_column


class ScoringRound(Base):
    """Round 1 is the first scoring; later rounds re-score flagged items (复评), or, in an
    acceptance review, re-accept the pilots sent to rectify (复验): such a round has the
    rectification deadline (整改期限) and the fingerprint of the locked results whose
    outcomes sent them."""

    __tablename__ = "scoring_round"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    purpose: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    rectify_by: Mapped[date | None] = mapped_column(Date)
    rectify_from: Mapped[str | None] = mapped_column(String(64))


class RescoreRequest(Base):
    """An expert asked to score an application again in a re-score round (round 2 on).

    Round 1 is scored by the panel's assignments; a later round only by its requests, so
    its kits and sheets hold the flagged applications and the experts asked, no more.
    """

    __tablename__ = "rescore_request"
    __table_args__ = (UniqueConstraint("round_id", "expert_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("scoring_round.id"))
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))


class Score(Base):
    """One expert's points on one criterion of one application in one round."""

    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("expert_id", "application_id", "criterion_id", "round_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    expert_id: Mapped[int] = mapped_column(ForeignKey("expert.id"))
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    # Not indexed: inserting a panel's scores cost a third more with it. "Does any score
    # use this rubric?" is answered by rubric.locked, set with the first score.
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id"))
    round_id: Mapped[int] = mapped_column(ForeignKey("scoring_round.id"))
    value: Mapped[Decimal] = mapped_column(Points)
    comment: Mapped[str] = mapped_column(Text, default="")
    entered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Aggregate(Base):
    """An application's final score under the method stated beside it."""

    __tablename__ = "aggregate"
    __table_args__ = (UniqueConstraint("application_id", "round_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"))
    round_id: Mapped[int] = mapped_column(ForeignKey("scoring_round.id"))
    method: Mapped[AggregationMethod] = mapped_column(enum_column(AggregationMethod))
    final: Mapped[Decimal] = mapped_column(Points)
    kept_expert_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    dropped_expert_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    condition_figures: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    computed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class Decision(Base):
    """The secretariat's committed decision on an application, with its reason and the
    fingerprint of the locked results it was made on."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), unique=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(enum_column(DecisionOutcome))
    reason: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    lock_fingerprint: Mapped[str] = mapped_column(String(64), default="", server_default="")


class StagedDecision(Base):
    """A decision the secretariat has made but not yet committed: kept in the file so a
    crash loses nothing, and turned into a `Decision` when the list is committed."""

    __tablename__ = "staged_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("application.id"), unique=True)
    outcome: Mapped[DecisionOutcome] = mapped_column(enum_column(DecisionOutcome))
    reason: Mapped[str] = mapped_column(Text, default="")
    staged_by: Mapped[str] = mapped_column(String(100), default="")
    staged_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    lock_fingerprint: Mapped[str] = mapped_column(String(64))
