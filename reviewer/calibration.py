"""Harsh and lenient experts made visible, and rankings adjusted for them — shown beside
the raw figures, never in their place.

- Offset: an expert's mean distance from the panel (the mean of all totals of each
  application they scored). A harsh expert has a negative offset.
- z-scores: each expert's totals standardised by their own mean and sd (sd 0 counts as
  no spread: z = 0), then averaged per application and put back on the pooled scale.
- Additive model: total = f_application + b_expert, least squares with sum(b) = 0
  (the NeurIPS reviewer calibration); f is the calibrated score. It matters when experts
  score different subsets; with a complete panel it keeps the ranking by mean.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from reviewer.results import ApplicationResult


@dataclass(frozen=True)
class ExpertCalibration:
    expert_id: int
    expert_code: str
    expert_name: str
    applications: int
    mean_total: float
    offset: float
    sd: float
    bias: float  # b_e of the additive model

    def as_json(self) -> dict[str, object]:
        return {
            "expert": self.expert_code,
            "name": self.expert_name,
            "applications": self.applications,
            "mean_total": round(self.mean_total, 2),
            "offset": round(self.offset, 2),
            "sd": round(self.sd, 2),
            "bias": round(self.bias, 2),
        }


Calibrated = dict[int, tuple[float | None, float | None]]


def _additive(
    cells: list[tuple[int, int, float]], applications: int, experts: int
) -> tuple[np.ndarray, np.ndarray]:
    """f (per application) and b (per expert) of y = f + b, sum(b) = 0, least squares.

    f is eliminated (f_a is the mean of y - b over a's experts), leaving one equation per
    expert: an experts x experts system however many applications there are.
    """
    members: list[list[tuple[int, float]]] = [[] for _ in range(applications)]
    for a, e, y in cells:
        members[a].append((e, y))
    system = np.zeros((experts + 1, experts))
    right = np.zeros(experts + 1)
    for scored in members:
        k = len(scored)
        mean_y = sum(y for _e, y in scored) / k
        for e, y in scored:
            system[e, e] += 1.0
            right[e] += y - mean_y
            for other, _y in scored:
                system[e, other] -= 1.0 / k
    system[experts, :] = 1.0  # sum(b) = 0 pins down the otherwise free constant
    bias, *_ = np.linalg.lstsq(system, right, rcond=None)
    fitted = np.array([sum(y - bias[e] for e, y in scored) / len(scored) for scored in members])
    return fitted, bias


def calibrate(
    results: Sequence[ApplicationResult],
) -> tuple[tuple[ExpertCalibration, ...], Calibrated]:
    scored = [r for r in results if r.totals]
    expert_ids = sorted({t.expert_id for r in scored for t in r.totals})
    if not scored or not expert_ids:
        return (), {}
    column = {expert: index for index, expert in enumerate(expert_ids)}
    names = {t.expert_id: (t.expert_code, t.expert_name) for r in scored for t in r.totals}
    cells = [
        (row, column[t.expert_id], float(t.total)) for row, r in enumerate(scored) for t in r.totals
    ]
    by_expert: dict[int, list[tuple[int, float]]] = {e: [] for e in range(len(expert_ids))}
    for row, e, y in cells:
        by_expert[e].append((row, y))
    panel_mean = [float(np.mean([float(t.total) for t in r.totals])) for r in scored]
    pooled = np.array([y for _r, _e, y in cells])
    pooled_mean, pooled_sd = float(pooled.mean()), float(pooled.std(ddof=0))

    z_sums = np.zeros(len(scored))
    z_counts = np.zeros(len(scored))
    fitted, bias = _additive(cells, len(scored), len(expert_ids))
    calibration = []
    for e, entries in by_expert.items():
        values = np.array([y for _row, y in entries])
        mean_e = float(values.mean())
        sd_e = float(values.std(ddof=1)) if len(values) > 1 else 0.0
        for row, y in entries:
            z_sums[row] += (y - mean_e) / sd_e if sd_e > 0 else 0.0
            z_counts[row] += 1
        offset = float(np.mean([y - panel_mean[row] for row, y in entries]))
        code, name = names[expert_ids[e]]
        calibration.append(
            ExpertCalibration(
                expert_ids[e], code, name, len(entries), mean_e, offset, sd_e, float(bias[e])
            )
        )
    calibrated: Calibrated = {
        r.application_id: (
            pooled_mean + pooled_sd * float(z_sums[row] / z_counts[row]),
            float(fitted[row]),
        )
        for row, r in enumerate(scored)
    }
    return tuple(calibration), calibrated
