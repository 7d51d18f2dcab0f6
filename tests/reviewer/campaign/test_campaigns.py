"""A new campaign is ready to work in; the overview tells what needs doing."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from models import AuditEvent, Rubric, ScoringRound, Track
from reviewer.campaign.overview import overview as standing_of
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import ApplicationStatus


def test_a_new_campaign_has_both_tracks_their_rubrics_round_one_and_an_audit_entry(
    tmp_path: Path,
) -> None:
    settings = CampaignSettings(title="2015年智慧城市试点评审")
    with new_campaign(tmp_path / "c.review", settings) as store:
        with store.reading() as session:
            tracks = session.scalars(select(Track.name).order_by(Track.id)).all()
            assert len(session.scalars(select(Rubric)).all()) == 2
            assert session.scalars(select(ScoringRound.number)).all() == [1]
            event = session.scalars(select(AuditEvent)).one()
        overview = standing_of(store)
    assert tracks == ["市级智慧城市区域试点", "省级部门智慧城市业务应用试点"]
    assert (event.action, event.new) == ("campaign.create", {"title": "2015年智慧城市试点评审"})
    assert event.at.tzinfo is not None
    assert overview.applications == 0
    assert overview.attention == ("No experts yet: add the expert panel.",)


def test_the_overview_of_the_demo_names_what_needs_attention(demo_file: Path) -> None:
    with open_campaign(demo_file, read_only=True) as store:
        overview = standing_of(store)
    assert overview.applications == 17
    assert overview.by_status()[ApplicationStatus.COMPLETE] == 15
    assert overview.progress.experts_total == 7
    assert overview.progress.experts_done == 4
    joined = "\n".join(overview.attention)
    assert "1 application arrived after the deadline" in joined
    assert "3 experts have not finished scoring round 1" in joined
