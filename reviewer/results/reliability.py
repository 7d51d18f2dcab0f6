"""How far the panel agrees: ICC(A,1), ICC(A,k), Kendall's W and Krippendorff's alpha.

Each takes the applications x experts table of totals, NaN where an expert gave none
(recused, not assigned, not returned). ICC and W need a complete table, so they use the
applications every expert scored (listwise, as the reference packages do); alpha is
built for missing values and uses them all. A statistic that cannot be computed (too
few applications or experts, no variation) is None, never a made-up number.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

Table = NDArray[np.float64]


def _complete(table: Table) -> Table:
    rows = ~np.isnan(table).any(axis=1)
    return table[rows]


def icc_agreement(table: Table) -> tuple[float | None, float | None]:
    """ICC(A,1) and ICC(A,k) of Shrout and Fleiss (two-way random, absolute agreement),
    from the two-way ANOVA of the complete rows."""
    data = _complete(table)
    n, k = data.shape
    if n < 2 or k < 2:
        return None, None
    grand = data.mean()
    ss_rows = k * ((data.mean(axis=1) - grand) ** 2).sum()
    ss_cols = n * ((data.mean(axis=0) - grand) ** 2).sum()
    ss_error = ((data - grand) ** 2).sum() - ss_rows - ss_cols
    ms_rows = ss_rows / (n - 1)
    ms_cols = ss_cols / (k - 1)
    ms_error = ss_error / ((n - 1) * (k - 1))
    single_den = ms_rows + (k - 1) * ms_error + k * (ms_cols - ms_error) / n
    average_den = ms_rows + (ms_cols - ms_error) / n
    single = None if single_den == 0 else float((ms_rows - ms_error) / single_den)
    average = None if average_den == 0 else float((ms_rows - ms_error) / average_den)
    return single, average


def _average_ranks(values: NDArray[np.float64]) -> NDArray[np.float64]:
    """Ranks 1..n with ties given the mean of the ranks they span."""
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    sorted_values = values[order]
    start = 0
    while start < len(values):
        end = start
        while end + 1 < len(values) and sorted_values[end + 1] == sorted_values[start]:
            end += 1
        ranks[order[start : end + 1]] = (start + end) / 2 + 1
        start = end + 1
    return ranks


def kendalls_w(table: Table) -> float | None:
    """Kendall's coefficient of concordance over the complete rows, ties corrected:
    W = 12 S / (m^2 (n^3 - n) - m sum(t^3 - t))."""
    data = _complete(table)
    n, m = data.shape  # n applications ranked by m experts
    if n < 2 or m < 2:
        return None
    ranks = np.column_stack([_average_ranks(data[:, e]) for e in range(m)])
    rank_sums = ranks.sum(axis=1)
    s = ((rank_sums - rank_sums.mean()) ** 2).sum()
    ties = 0.0
    for e in range(m):
        _values, counts = np.unique(data[:, e], return_counts=True)
        ties += float((counts**3 - counts).sum())
    denominator = m**2 * (n**3 - n) - m * ties
    return None if denominator == 0 else float(12 * s / denominator)


def krippendorff_alpha_interval(table: Table) -> float | None:
    """Krippendorff's alpha with the interval metric, every pairable value counted.

    Units are applications; a unit with fewer than two values pairs with nothing and
    drops out. D_o sums (c - k)^2 over the ordered pairs within each unit, weighted by
    1 / (m_u - 1); D_e over all ordered pairs of pairable values.
    """
    observed = 0.0
    pooled: list[NDArray[np.float64]] = []
    for row in table:
        values = row[~np.isnan(row)]
        m = len(values)
        if m < 2:
            continue
        pairs = 2 * (m * (values**2).sum() - values.sum() ** 2)  # sum over i != j of (vi-vj)^2
        observed += pairs / (m - 1)
        pooled.append(values)
    if not pooled:
        return None
    everything = np.concatenate(pooled)
    total = len(everything)
    expected_pairs = 2 * (total * (everything**2).sum() - everything.sum() ** 2)
    if expected_pairs == 0:
        return None
    d_observed = observed / total
    d_expected = expected_pairs / (total * (total - 1))
    return float(1 - d_observed / d_expected)


@dataclass(frozen=True)
class PanelReliability:
    icc_single: float | None
    icc_average: float | None
    kendalls_w: float | None
    krippendorff_alpha: float | None
    complete_applications: int

    def as_json(self) -> dict[str, float | int | None]:
        return {
            "icc_a1": self.icc_single,
            "icc_ak": self.icc_average,
            "kendalls_w": self.kendalls_w,
            "krippendorff_alpha": self.krippendorff_alpha,
            "complete_applications": self.complete_applications,
        }


def panel_reliability(table: Table) -> PanelReliability:
    single, average = icc_agreement(table)
    return PanelReliability(
        single,
        average,
        kendalls_w(table),
        krippendorff_alpha_interval(table),
        len(_complete(table)),
    )


def icc_band(value: float | None) -> str:
    """Koo and Li (2016): poor, moderate, good, excellent (stored words, shown translated)."""
    if value is None:
        return ""
    if value < 0.5:
        return "poor"
    if value < 0.75:
        return "moderate"
    return "good" if value < 0.9 else "excellent"
