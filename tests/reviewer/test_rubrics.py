"""Rubric definitions are checked before they are stored; versions count up."""

from __future__ import annotations

import copy
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import Track
from reviewer import campaigns, rubrics
from reviewer.rubrics import RubricInvalid, check_definition, default_definition
from reviewer.vocabulary import BandLevel, TrackKind


@pytest.mark.parametrize("track", list(TrackKind))
def test_the_default_rubrics_are_valid_and_total_100(track: TrackKind) -> None:
    definition = default_definition(track)
    check_definition(definition)
    total = sum(Decimal(k["max_points"]) for c in definition["conditions"] for k in c["criteria"])
    assert total == Decimal(100)
    assert sum(k["veto"] for c in definition["conditions"] for k in c["criteria"]) == 1


def test_the_city_rubric_weighs_the_four_conditions_of_the_call() -> None:
    definition = default_definition(TrackKind.CITY)
    weights = {
        c["name"]: sum(Decimal(k["max_points"]) for k in c["criteria"])
        for c in definition["conditions"]
    }
    assert weights == {
        "组织保障有力": 25,
        "政策保障到位": 20,
        "示范作用突出": 35,
        "支撑、实施、服务及运营主体明确": 20,
    }


def _first_criterion(definition: dict[str, Any]) -> dict[str, Any]:
    criterion: dict[str, Any] = definition["conditions"][0]["criteria"][0]
    return criterion


def _broken(change: str) -> dict[str, Any]:
    definition = copy.deepcopy(default_definition(TrackKind.CITY))
    criterion = _first_criterion(definition)
    if change == "total":
        definition["total_points"] = "90"
    elif change == "gap":
        criterion["bands"][1]["min"] = str(Decimal(criterion["bands"][1]["min"]) + 1)
    elif change == "off-step":
        criterion["max_points"] = "7.25"
    elif change == "order":
        criterion["bands"].reverse()
    elif change == "not-a-number":
        criterion["bands"][0]["max"] = "seven"
    return definition


@pytest.mark.parametrize("change", ["total", "gap", "off-step", "order", "not-a-number"])
def test_a_broken_definition_is_refused_naming_where(change: str) -> None:
    with pytest.raises(RubricInvalid) as refused:
        check_definition(_broken(change))
    message = refused.value.message()
    assert ("C1.1" in message) or ("total_points" in message)


def test_adding_a_rubric_makes_the_next_version(tmp_path: Path) -> None:
    with campaigns.new_campaign(tmp_path / "c.review", campaigns.CampaignSettings("t")) as store:
        with store.writing() as session:
            track = session.scalars(select(Track).where(Track.kind == TrackKind.CITY)).one()
            rubric = rubrics.add_rubric(session, track, default_definition(TrackKind.CITY))
            session.flush()
            assert rubric.version == 2
        views = rubrics.current_rubrics(store)
    assert [(v.track, v.version) for v in views] == [(TrackKind.CITY, 2), (TrackKind.DEPARTMENT, 1)]
    city = views[0]
    assert city.total_points == Decimal(100)
    assert [c.max_points for c in city.conditions] == [25, 20, 35, 20]
    first = city.conditions[0].criteria[0]
    assert [b.level for b in first.bands] == list(BandLevel)
    assert first.bands[0].max_points == first.max_points
    assert not first.bands[0].descriptor.startswith("优")
    assert len(city.gates) == 4


def test_a_scored_rubric_is_locked_and_a_change_makes_a_new_version(demo_file: Path) -> None:
    from reviewer.rubrics import definition_of, replace_rubric
    from reviewer.storage import open_campaign

    with open_campaign(demo_file) as store:
        city = rubrics.current_rubrics(store)[0]
        assert city.locked  # the demo's city scores use it
        before = campaigns.overview(store).progress
        changed = definition_of(city)
        changed["conditions"][0]["criteria"][0]["bands"][0]["descriptor"] = "新的优档描述"
        assert replace_rubric(store, changed) == 2
        views = rubrics.current_rubrics(store)
        after = campaigns.overview(store).progress
    assert views[0].version == 2 and not views[0].locked
    assert views[0].conditions[0].criteria[0].bands[0].descriptor == "新的优档描述"
    assert views[1].version == 1  # the department track is untouched
    # City scores were on version 1: they stay, but count for nothing on version 2.
    assert after.done < before.done and after.total == before.total


def test_an_unscored_rubric_is_replaced_in_place(tmp_path: Path) -> None:
    from reviewer.rubrics import definition_of, replace_rubric

    with campaigns.new_campaign(tmp_path / "c.review", campaigns.CampaignSettings("t")) as store:
        definition = definition_of(rubrics.current_rubrics(store)[1])
        definition["title"] = "省级部门试点评分细则（修订）"
        assert replace_rubric(store, definition) == 1
        assert rubrics.current_rubrics(store)[1].title == "省级部门试点评分细则（修订）"
