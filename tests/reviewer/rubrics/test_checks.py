"""Every way a rubric comes in is held to the same rules, each broken rule named."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import pytest

from reviewer.rubrics.catalog import default_definition
from reviewer.rubrics.checks import RubricInvalid, check_definition, points_text
from reviewer.vocabulary import TrackKind


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
    elif change == "code-twice":
        definition["conditions"][1]["criteria"][0]["code"] = "C1.1"
    elif change == "no-name":
        criterion["name"] = "  "
    elif change == "empty-condition":
        definition["conditions"].append({"code": "C9", "name": "新条件", "criteria": []})
    elif change == "no-conditions":
        definition["conditions"] = []
    return definition


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        ("total", "total_points", ["100", "90"]),
        ("gap", "C1/C1.1 good", ["C1.1", "Good"]),
        ("off-step", "C1/C1.1 max_points", ["C1.1", "7.25", "0.5"]),
        ("order", "C1/C1.1", ["C1.1", "Excellent、Good、Fair、Poor"]),
        ("not-a-number", "C1/C1.1 excellent max", ["C1.1", "seven", "the highest points"]),
        ("code-twice", "C2/C1.1", ["C1.1", "twice"]),
        ("no-name", "C1/C1.1", ["C1.1", "a name"]),
        ("empty-condition", "C9", ["C9", "no criteria"]),
        ("no-conditions", "conditions", ["no criteria"]),
    ],
)
def test_a_broken_definition_is_refused_naming_where(
    change: str, where: str, words: list[str]
) -> None:
    with pytest.raises(RubricInvalid) as refused:
        check_definition(_broken(change))
    assert refused.value.params["where"] == where
    message = refused.value.message()
    for word in words:
        assert word in message, message


@pytest.mark.parametrize(
    ("value", "text"),
    [("7.00", "7"), ("6.50", "6.5"), ("7E+1", "70"), ("0.25", "0.25"), ("-0", "0")],
)
def test_points_are_written_as_people_write_them(value: str, text: str) -> None:
    assert points_text(Decimal(value)) == text
