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
from decimal import Decimal


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
    return tuple(
        position
        for position, deviation in enumerate(deviations(values, maximum))
        if deviation is not None and deviation > thresholds.deviation
    )
