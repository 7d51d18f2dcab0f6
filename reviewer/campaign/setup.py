"""Setting a campaign up: the campaign, both tracks with their default rubrics, round 1."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from models import Campaign, ScoringRound, Track
from models.enums import TrackKind
from reviewer.labels import TRACK_NAMES
from reviewer.rubrics import catalog
from reviewer.store import audit
from reviewer.store.storage import CampaignStore, create_campaign_file


@dataclass(frozen=True)
class CampaignSettings:
    """What the secretariat states when it sets up a campaign."""

    title: str
    issuing_authority: str = ""
    call_title: str = ""
    call_reference: str = ""
    submission_deadline: date | None = None
    pilot_period_months: int = 12


def seed_campaign(
    session: Session,
    settings: CampaignSettings,
    rubrics: Mapping[TrackKind, dict[str, Any]] | None = None,
) -> Campaign:
    """Fill a new campaign file: the campaign, both tracks and their rubrics (`rubrics`
    where given, carried over from an earlier campaign; else the default ones)."""
    campaign = Campaign(
        title=settings.title,
        issuing_authority=settings.issuing_authority,
        call_title=settings.call_title,
        call_reference=settings.call_reference,
        submission_deadline=settings.submission_deadline,
        pilot_period_months=settings.pilot_period_months,
    )
    session.add(campaign)
    for kind in TrackKind:
        track = Track(kind=kind, name=TRACK_NAMES[kind])
        session.add(track)
        session.flush()
        definition = (rubrics or {}).get(kind) or catalog.default_definition(kind)
        catalog.add_rubric(session, track, definition)
    session.add(ScoringRound(number=1, purpose="initial"))
    audit.record(session, "campaign.create", entity="campaign", new={"title": settings.title})
    return campaign


def new_campaign(
    path: Path, settings: CampaignSettings, *, overwrite: bool = False
) -> CampaignStore:
    """Create a campaign file at `path` and open it."""
    return create_campaign_file(path, lambda s: seed_campaign(s, settings), overwrite=overwrite)
