"""Drafting helpers give the editor valid pieces: fresh codes, bands on the step."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from reviewer.rubrics.catalog import default_definition
from reviewer.rubrics.checks import check_definition
from reviewer.rubrics.drafts import (
    fresh_code,
    proposed_bands,
    with_condition,
    with_criterion,
    with_gate,
)
from reviewer.vocabulary import TrackKind


def _one_criterion(max_points: Decimal, step: Decimal) -> dict[str, object]:
    criterion = {
        "code": "C1.1",
        "name": "甲",
        "max_points": str(max_points),
        "step": str(step),
        "bands": proposed_bands(max_points, step),
    }
    return {
        "total_points": str(max_points),
        "conditions": [{"code": "C1", "name": "乙", "criteria": [criterion]}],
    }


@pytest.mark.parametrize("step", [Decimal("0.5"), Decimal(1), Decimal("0.25")])
def test_proposed_bands_are_valid_for_every_scale(step: Decimal) -> None:
    for steps in range(3, 120):
        check_definition(_one_criterion(step * steps, step))


def test_proposed_bands_cut_at_85_70_60_percent() -> None:
    bands = proposed_bands(Decimal(20), Decimal("0.5"))
    assert [(b["min"], b["max"]) for b in bands] == [
        ("17", "20"),
        ("14", "16.5"),
        ("12", "13.5"),
        ("0", "11.5"),
    ]
    assert proposed_bands(Decimal(1), Decimal("0.5")) == []  # too few steps for four bands
    kept = proposed_bands(Decimal(10), Decimal(1), ["好", "较好"])
    assert [b["descriptor"] for b in kept] == ["好", "较好", "", ""]


def test_new_items_get_codes_nobody_uses() -> None:
    definition = default_definition(TrackKind.CITY)
    original = copy.deepcopy(definition)
    assert fresh_code(definition, "C") == "C5"
    assert fresh_code(definition, "G") == "G5"
    drafted, index = with_condition(definition, "新条件", "新指标")
    assert definition == original  # helpers never change their argument
    added = drafted["conditions"][index]
    assert (added["code"], added["criteria"][0]["code"]) == ("C5", "C5.1")
    drafted, position = with_criterion(drafted, 0, 0, "插入的指标")
    assert position == 1
    assert drafted["conditions"][0]["criteria"][1]["code"] not in {
        k["code"] for k in original["conditions"][0]["criteria"]
    }
    drafted, gate = with_gate(drafted, "新资格条件")
    assert drafted["gates"][gate]["code"] == "G5"
    drafted["total_points"] = str(100 + 5 + 5)  # two new criteria of 5 points each
    check_definition(drafted)
