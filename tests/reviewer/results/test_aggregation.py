"""Final scores computed by hand, against the method's rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.enums import AggregationMethod
from reviewer.results.aggregation import Method, final_score, half_up, vetoed


def _d(*values: str) -> list[Decimal]:
    return [Decimal(v) for v in values]


TRIMMED = Method(AggregationMethod.TRIMMED_MEAN, trim_min_panel=5)


def test_half_up_not_half_even() -> None:
    assert half_up(Decimal("85.125")) == Decimal("85.13")  # round() would give 85.12
    assert half_up(Decimal("85.135")) == Decimal("85.14")
    assert half_up(Decimal("85.124999")) == Decimal("85.12")
    assert str(half_up(Decimal(80))) == "80.00"


def test_five_totals_drop_the_highest_and_the_lowest() -> None:
    final = final_score(_d("80", "92", "75", "85", "88"), TRIMMED)
    # (80 + 85 + 88) / 3 = 84.333...
    assert final.value == Decimal("84.33")
    assert (final.kept, final.dropped) == ((0, 3, 4), (1, 2))


def test_fewer_totals_than_the_panel_minimum_take_the_plain_mean() -> None:
    final = final_score(_d("80", "92", "75", "85"), TRIMMED)
    assert final.value == Decimal("83.00") and final.dropped == ()
    small_panel = Method(AggregationMethod.TRIMMED_MEAN, trim_min_panel=4)
    assert final_score(_d("80", "92", "75", "85"), small_panel).value == Decimal("82.50")


def test_rounding_at_xx5_is_half_up() -> None:
    # 90 and 80 dropped: (85.5 + 85 + 84.75) / 3 = 85.0833...
    final = final_score(_d("90", "85.5", "85", "84.75", "80"), TRIMMED)
    assert final.value == Decimal("85.08")
    # Two kept totals 85.25 and 85.00 would give 85.125: half up is 85.13.
    plain = Method(AggregationMethod.MEAN)
    assert final_score(_d("85.25", "85"), plain).value == Decimal("85.13")
    assert final_score(_d("70.25", "70"), plain).value == Decimal("70.13")


def test_ties_at_the_top_and_bottom_drop_the_later_expert() -> None:
    final = final_score(_d("90", "70", "90", "80", "70"), TRIMMED)
    assert final.dropped == (2, 4)  # the second 90 and the second 70
    assert final.value == Decimal("80.00")  # (90 + 70 + 80) / 3
    same = final_score(_d("80", "80", "80", "80", "80"), TRIMMED)
    assert same.dropped == (3, 4) and same.value == Decimal("80.00")


def test_median_and_mean() -> None:
    median = Method(AggregationMethod.MEDIAN)
    assert final_score(_d("80", "92", "75", "85"), median).value == Decimal("82.50")
    assert final_score(_d("80", "92", "75"), median).value == Decimal("80.00")
    mean = Method(AggregationMethod.MEAN)
    assert final_score(_d("80", "92", "75", "85", "88"), mean).value == Decimal("84.00")


def test_a_recusal_leaves_four_so_nothing_is_trimmed() -> None:
    """Seven experts, one recused and two not assigned: four totals, plain mean."""
    final = final_score(_d("78.5", "81", "90.5", "69"), TRIMMED)
    assert final.value == Decimal("79.75") and final.kept == (0, 1, 2, 3)


def test_a_veto_needs_a_majority() -> None:
    assert not vetoed(2, 5) and vetoed(3, 5)
    assert not vetoed(2, 4) and vetoed(3, 4)  # half is not a majority
    assert not vetoed(0, 0)
    with pytest.raises(ValueError):
        final_score([], TRIMMED)
