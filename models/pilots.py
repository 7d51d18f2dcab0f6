"""The pilots a later review (acceptance 验收, mid-term evaluation 中期评估) reviews, as
the selection campaign approved them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Points


class Pilot(Base):
    """An approved pilot carried from the selection campaign into an acceptance or
    mid-term campaign: who, in which track, the plan the approval letter (批复) approved,
    the letter's number and date, and the pilot period the review is held against.

    The selection campaign does not keep the approval letter's number: the letter is
    printed with the serial left blank for the registry (documents/official.py
    `document_number`). `approval_number` is therefore "" until the secretariat enters it;
    `approval_date` is the letter's date as printed by default, the day the selection's
    results were locked (documents/official.py `resolve`), and the pilot period runs from
    it (批复: "自本批复印发之日起计算").
    """

    __tablename__ = "pilot"

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicant.id"), unique=True)
    track_id: Mapped[int] = mapped_column(ForeignKey("track.id"))
    # The application's id in the selection campaign (its decision's application).
    source_application_id: Mapped[int] = mapped_column(Integer)
    plan_title: Mapped[str] = mapped_column(String(200))
    pilot_domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    districts: Mapped[list[str]] = mapped_column(JSON, default=list)
    budget_wan: Mapped[int | None] = mapped_column(Integer)
    funding: Mapped[str] = mapped_column(Text, default="")
    # The selection's locked final score and rank in the track.
    selection_final: Mapped[Decimal | None] = mapped_column(Points)
    selection_rank: Mapped[int | None] = mapped_column(Integer)
    # The day the decision to approve was committed in the selection campaign.
    approved_on: Mapped[date] = mapped_column(Date)
    approval_number: Mapped[str] = mapped_column(String(60), default="")
    approval_date: Mapped[date] = mapped_column(Date)
    period_months: Mapped[int] = mapped_column(Integer)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
