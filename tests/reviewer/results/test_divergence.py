"""The divergence rules over whole tables of hundredths agree with the Decimal rules."""

from __future__ import annotations

import random
from decimal import Decimal

import numpy as np
import pytest

from reviewer.results.divergence import (
    Thresholds,
    deviating,
    deviating_points,
    spread_exceeds,
    spreads_exceed,
)

MAXIMA = [Decimal(5), Decimal("2.5"), Decimal(10), Decimal(0)]


def _table(panels: list[list[list[int]]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows = [row for panel in panels for row in panel]
    sizes = np.array([len(panel) for panel in panels], dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.int64)
    return np.array(rows, dtype=np.int64).reshape(-1, len(MAXIMA)), starts, sizes


def _decimal_flags(
    panels: list[list[list[int]]], thresholds: Thresholds
) -> tuple[list[list[bool]], list[list[bool]]]:
    spread, far = [], []
    for panel in panels:
        columns = [[Decimal(row[k]) / 100 for row in panel] for k in range(len(MAXIMA))]
        spread.append(
            [spread_exceeds(c, m, thresholds) for c, m in zip(columns, MAXIMA, strict=True)]
        )
        flagged = [set(deviating(c, m, thresholds)) for c, m in zip(columns, MAXIMA, strict=True)]
        far += [[p in f for f in flagged] for p in range(len(panel))]
    return spread, far


@pytest.mark.parametrize(
    "thresholds",
    [
        Thresholds(),
        Thresholds(Decimal("0.25"), Decimal("0.25")),
        Thresholds(Decimal(0), Decimal(0)),
    ],
)
def test_random_panels_are_flagged_as_by_the_decimal_rules(thresholds: Thresholds) -> None:
    rng = random.Random(7)
    panels = [
        [
            [rng.randrange(0, int(m * 2) + 1) * 50 for m in MAXIMA]
            for _ in range(rng.randrange(1, 8))
        ]
        for _ in range(400)
    ]
    points, starts, sizes = _table(panels)
    spread, far = _decimal_flags(panels, thresholds)
    assert spreads_exceed(points, starts, sizes, MAXIMA, thresholds).tolist() == spread
    assert deviating_points(points, starts, sizes, MAXIMA, thresholds).tolist() == far


def test_a_value_exactly_at_the_threshold_is_decided_as_the_decimals_decide() -> None:
    """1 against 1, 1.5, 1.5: the others' mean is 4/3 and 1 lies exactly 25% from it,
    which is not more than 25%; 0 points alone against a maximum: exactly 20%."""
    thresholds = Thresholds(Decimal("0.20"), Decimal("0.25"))
    panels = [
        [[100, 0, 0, 0], [100, 0, 0, 0], [150, 0, 0, 0], [150, 0, 0, 0]],
        [[0, 0, 250, 0], [0, 0, 0, 0]],
    ]
    points, starts, sizes = _table(panels)
    spread, far = _decimal_flags(panels, thresholds)
    assert deviating_points(points, starts, sizes, MAXIMA, thresholds).tolist() == far
    assert spreads_exceed(points, starts, sizes, MAXIMA, thresholds).tolist() == spread
