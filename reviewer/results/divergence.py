"""When a panel's scores disagree enough to discuss: the campaign's two thresholds.

- Spread: the highest minus the lowest value above `spread` x the maximum possible
  (default 20%: 20 points of a 100-point rubric).
- Deviation: one expert more than `deviation` away from the mean of the *other* experts,
  relative to that mean (default 30%, the ±30% practice note in methods.md). Leaving the
  expert out keeps a lone outlier from pulling the mean towards itself. When the others'
  mean is 0 the deviation is taken against the maximum instead.

The same rules apply to totals and to each criterion's points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

import numpy as np
from numpy.typing import NDArray


@dataclass(frozen=True)
class Thresholds:
    spread: Decimal = Decimal("0.20")
    deviation: Decimal = Decimal("0.30")

    def as_json(self) -> dict[str, str]:
        return {"spread": str(self.spread), "deviation": str(self.deviation)}


def spread_exceeds(values: Sequence[Decimal], maximum: Decimal, thresholds: Thresholds) -> bool:
    return len(values) >= 2 and max(values) - min(values) > thresholds.spread * maximum


def deviations(values: Sequence[Decimal], maximum: Decimal) -> list[Decimal | None]:
    """Each value's relative distance from the mean of the others (None when alone)."""
    if len(values) < 2:
        return [None] * len(values)
    total = sum(values, Decimal(0))
    result: list[Decimal | None] = []
    for value in values:
        others = (total - value) / (len(values) - 1)
        base = others if others > 0 else maximum
        result.append(abs(value - others) / base if base > 0 else None)
    return result


def deviating(
    values: Sequence[Decimal], maximum: Decimal, thresholds: Thresholds
) -> tuple[int, ...]:
    """Positions of the values further from the others than the threshold allows."""
    return beyond(deviations(values, maximum), thresholds)


def beyond(deviations: Sequence[Decimal | None], thresholds: Thresholds) -> tuple[int, ...]:
    """Positions of the `deviations` (as `deviations` gives them) above the threshold."""
    return tuple(
        position
        for position, deviation in enumerate(deviations)
        if deviation is not None and deviation > thresholds.deviation
    )


# The same rules over a whole track at once, for a merge of 10^6 scores: `points` holds
# one row per expert's scoring of an application, one column per criterion, in
# hundredths of a point; the rows of one application are consecutive, `sizes` of them
# from `starts`. Integers throughout, so the comparisons are exact, as the Decimals are.


def spreads_exceed(
    points: NDArray[np.int64],
    starts: NDArray[np.int64],
    sizes: NDArray[np.int64],
    maxima: Sequence[Decimal],
    thresholds: Thresholds,
) -> NDArray[np.bool_]:
    """`spread_exceeds` for every application (row) and criterion (column)."""
    if not len(starts):
        return np.zeros((0, points.shape[1]), dtype=bool)
    spread = np.maximum.reduceat(points, starts, axis=0) - np.minimum.reduceat(
        points, starts, axis=0
    )
    # An integer number of hundredths exceeds a limit exactly when it exceeds its floor.
    limits = np.array(
        [
            int((thresholds.spread * maximum * 100).to_integral_value(ROUND_FLOOR))
            for maximum in maxima
        ],
        dtype=np.int64,
    )
    exceeds: NDArray[np.bool_] = (sizes[:, None] >= 2) & (spread > limits)
    return exceeds


def deviating_points(
    points: NDArray[np.int64],
    starts: NDArray[np.int64],
    sizes: NDArray[np.int64],
    maxima: Sequence[Decimal],
    thresholds: Thresholds,
) -> NDArray[np.bool_]:
    """`deviating` for every scoring (row) and criterion (column).

    With n values summing to T, a value v lies |n v - T| / (T - v) from the mean of the
    others when they are above 0, else |n v - T| / ((n - 1) maximum); that is compared
    with the threshold p / q without dividing. Where the two sides are equal, the
    Decimal rule, which divides to 28 digits, decides, so that both always agree.
    """
    if not len(starts):
        return np.zeros(points.shape, dtype=bool)
    p, q = thresholds.deviation.as_integer_ratio()
    n = np.repeat(sizes, sizes)[:, None]
    others = np.repeat(np.add.reduceat(points, starts, axis=0), sizes, axis=0) - points
    maximum = np.array([int(m * 100) for m in maxima], dtype=np.int64)
    gap = np.abs(n * points - (others + points)) * q
    bound = np.where(others > 0, p * others, p * (n - 1) * maximum)
    defined = (n >= 2) & ((others > 0) | (maximum > 0))
    far: NDArray[np.bool_] = defined & (gap > bound)
    for row, column in zip(*np.nonzero(defined & (gap == bound)), strict=True):
        application = int(np.searchsorted(starts, row, side="right")) - 1
        rows = slice(int(starts[application]), int(starts[application] + sizes[application]))
        values = [Decimal(int(v)).scaleb(-2) for v in points[rows, column]]
        flagged = set(deviating(values, maxima[column], thresholds))
        far[rows, column] = [position in flagged for position in range(len(values))]
    return far
