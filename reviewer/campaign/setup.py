"""Setting a campaign up: the campaign, both tracks with their default rubrics, round 1."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

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


def seed_campaign(session: Session, settings: CampaignSettings) -> Campaign:
    """Fill a new campaign file: the campaign, both tracks and their default rubrics."""
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
        catalog.add_rubric(session, track, catalog.default_definition(kind))
    session.add(ScoringRound(number=1, purpose="initial"))
    audit.record(session, "campaign.create", entity="campaign", new={"title": settings.title})
    return campaign


def new_campaign(
    path: Path, settings: CampaignSettings, *, overwrite: bool = False
) -> CampaignStore:
    """Create a campaign file at `path` and open it."""
    return create_campaign_file(path, lambda s: seed_campaign(s, settings), overwrite=overwrite)
