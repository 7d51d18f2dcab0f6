"""Rubric definitions are checked before they are stored; versions count up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from models import Track
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.rubrics import catalog
from reviewer.rubrics.catalog import default_definition
from reviewer.vocabulary import BandLevel, TrackKind


def test_adding_a_rubric_makes_the_next_version(tmp_path: Path) -> None:
    with new_campaign(tmp_path / "c.review", CampaignSettings("t")) as store:
        with store.writing() as session:
            track = session.scalars(select(Track).where(Track.kind == TrackKind.CITY)).one()
            rubric = catalog.add_rubric(session, track, default_definition(TrackKind.CITY))
            session.flush()
            assert rubric.version == 2
        views = catalog.current_rubrics(store)
    assert [(v.track, v.version) for v in views] == [(TrackKind.CITY, 2), (TrackKind.DEPARTMENT, 1)]
    city = views[0]
    assert city.total_points == Decimal(100)
    assert [c.max_points for c in city.conditions] == [25, 20, 35, 20]
    first = city.conditions[0].criteria[0]
    assert [b.level for b in first.bands] == list(BandLevel)
    assert first.bands[0].max_points == first.max_points
    assert not first.bands[0].descriptor.startswith("优")
    assert len(city.gates) == 4


def test_an_unscored_rubric_is_replaced_in_place(tmp_path: Path) -> None:
    from reviewer.rubrics.catalog import definition_of
    from reviewer.rubrics.versions import replace_rubric

    with new_campaign(tmp_path / "c.review", CampaignSettings("t")) as store:
        definition = definition_of(catalog.current_rubrics(store)[1])
        definition["title"] = "省级部门试点评分细则（修订）"
        assert replace_rubric(store, definition) == 1
        assert catalog.current_rubrics(store)[1].title == "省级部门试点评分细则（修订）"
