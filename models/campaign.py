"""The campaign: one row per file, holding what the whole review shares."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import JSON, Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Points, UTCDateTime, utc_now
from models.enums import AggregationMethod, CampaignKind, CampaignRole, enum_column


class Campaign(Base):
    """A review campaign (评审批次). A campaign file holds exactly one.

    `uid` identifies the campaign across copies of its file, so scoring kits and score
    files can later be bound to it and a file from another campaign refused.
    """

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=lambda: str(uuid.uuid4()), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    issuing_authority: Mapped[str] = mapped_column(String(200), default="")
    call_title: Mapped[str] = mapped_column(String(300), default="")
    call_reference: Mapped[str] = mapped_column(String(100), default="")
    submission_deadline: Mapped[date | None] = mapped_column(Date)
    pilot_period_months: Mapped[int] = mapped_column(Integer, default=12)
    aggregation_method: Mapped[AggregationMethod] = mapped_column(
        enum_column(AggregationMethod), default=AggregationMethod.TRIMMED_MEAN
    )
    trim_min_panel: Mapped[int] = mapped_column(Integer, default=5)
    spread_threshold: Mapped[Decimal] = mapped_column(Points, default=Decimal("0.20"))
    deviation_threshold: Mapped[Decimal] = mapped_column(Points, default=Decimal("0.30"))
    # The panel rule (87号令 §47): at least `panel_minimum` experts per application, and
    # an odd number of them when `panel_odd` is set.
    panel_minimum: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    panel_odd: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The 评审承诺 each expert accepts before scoring; empty: the default text
    # (reviewer.panel.commitment).
    commitment_text: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The intake checks whose failure makes a package ineligible rather than incomplete
    # (reviewer.intake.checklist); None: the call's reading (DEFAULT_GATES).
    gates: Mapped[list[str] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # "campaign" for the secretariat's file; "kit" for an expert's scoring kit, a campaign
    # file holding only that expert's part (their assignments, materials and scores).
    role: Mapped[CampaignRole] = mapped_column(
        enum_column(CampaignRole), default=CampaignRole.CAMPAIGN, server_default="campaign"
    )
    kind: Mapped[CampaignKind] = mapped_column(
        enum_column(CampaignKind), default=CampaignKind.SELECTION, server_default="selection"
    )
    # For a later review (acceptance, mid-term): the selection campaign its pilots come
    # from, as it was when this one was made (its uid, title, and the fingerprint of its
    # locked results), so the record says which selection it continues.
    source_uid: Mapped[str | None] = mapped_column(String(36))
    source_title: Mapped[str] = mapped_column(String(200), default="", server_default="")
    source_fingerprint: Mapped[str | None] = mapped_column(String(64))
    # For an acceptance or mid-term review: the bands that turn a pilot's final score into
    # its outcome (reviewer.decisions.outcome_bands; None: the default, >= 80 pass, 60 to
    # under 80 rectify, under 60 fail), and the secretariat's star thresholds (None: no
    # star grade; no official score-to-star rule is published).
    outcome_bands: Mapped[list[dict[str, str]] | None] = mapped_column(JSON)
    grade_thresholds: Mapped[list[str] | None] = mapped_column(JSON)
