"""From each expert's total to an application's final score, by the campaign's method.

Pure arithmetic on Decimals, so the figures printed on official documents are exact:
sums of points are exact, a mean is divided to 28 digits and rounded once, half up
(四舍五入), never with Python's `round` (half to even) or floats.

Trimming drops one highest and one lowest total when an application has at least
`trim_min_panel` totals (去掉一个最高分和一个最低分). Between equal totals the expert
listed later is the one dropped: the rule must pick someone, and it must pick the same
one every time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from models.enums import AggregationMethod

CENT = Decimal("0.01")


def half_up(value: Decimal) -> Decimal:
    """Two decimals, rounded half up: 85.125 -> 85.13, 85.124 -> 85.12."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


def median(values: Sequence[Decimal]) -> Decimal:
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


@dataclass(frozen=True)
class Method:
    """How a campaign turns totals into a final score; printed with every result."""

    kind: AggregationMethod = AggregationMethod.TRIMMED_MEAN
    trim_min_panel: int = 5

    def as_json(self) -> dict[str, object]:
        return {"method": self.kind.value, "trim_min_panel": self.trim_min_panel}


@dataclass(frozen=True)
class Final:
    """An application's final score and which experts' totals went into it (by position
    in the totals given)."""

    value: Decimal
    kept: tuple[int, ...]
    dropped: tuple[int, ...]


def final_score(totals: Sequence[Decimal], method: Method) -> Final:
    """The final score of one application from its experts' totals (at least one)."""
    if not totals:
        raise ValueError("no totals")
    positions = list(range(len(totals)))
    dropped: tuple[int, ...] = ()
    if method.kind is AggregationMethod.TRIMMED_MEAN and len(totals) >= max(
        method.trim_min_panel, 3
    ):
        # Stable sort: among equal totals the earlier expert stays lowest-first, so the
        # later one is dropped at the top and, at the bottom, the later one too.
        by_total = sorted(positions, key=lambda p: (totals[p], p))
        lowest = max(
            (p for p in positions if totals[p] == totals[by_total[0]]), default=by_total[0]
        )
        highest = max(p for p in positions if totals[p] == totals[by_total[-1]])
        if lowest == highest:  # every total equal: drop the last two
            lowest = positions[-2]
        dropped = tuple(sorted({lowest, highest}))
    kept = tuple(p for p in positions if p not in dropped)
    values = [totals[p] for p in kept]
    exact = median(values) if method.kind is AggregationMethod.MEDIAN else mean(values)
    return Final(half_up(exact), kept, dropped)


def vetoed(veto_votes: int, experts: int) -> bool:
    """A veto criterion failed by a majority of the experts who scored makes the
    application ineligible (一票否决 by the panel, not by one expert alone)."""
    return experts > 0 and veto_votes * 2 > experts
