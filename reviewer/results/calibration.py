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

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np


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
    expert: an experts x experts system however many applications there are. Built with
    array sums over the cells (and over the pairs of cells of one application), not a
    loop per cell: a large panel has 50,000 cells.
    """
    return _fit(*_columns(cells), applications, experts)


def _fit(
    app: np.ndarray, expert: np.ndarray, y: np.ndarray, applications: int, experts: int
) -> tuple[np.ndarray, np.ndarray]:
    """`_additive` on the cells as columns: application index, expert index, total."""
    k = np.bincount(app, minlength=applications).astype(float)
    mean_y = np.bincount(app, weights=y, minlength=applications) / k
    # Every ordered pair (i, j) of cells of the same application, i = j included.
    order = np.argsort(app, kind="stable")
    sizes = k.astype(np.int64)
    starts = np.cumsum(sizes) - sizes
    reps = sizes[app[order]]
    i = np.repeat(order, reps)
    j = order[
        np.repeat(starts[app[order]], reps)
        + np.arange(len(i))
        - np.repeat(np.cumsum(reps) - reps, reps)
    ]
    pairs = np.bincount(
        expert[i] * experts + expert[j], weights=1.0 / k[app[i]], minlength=experts * experts
    )
    system = np.zeros((experts + 1, experts))
    system[:experts] = np.diag(np.bincount(expert, minlength=experts)) - pairs.reshape(
        experts, experts
    )
    system[experts, :] = 1.0  # sum(b) = 0 pins down the otherwise free constant
    right = np.zeros(experts + 1)
    right[:experts] = np.bincount(expert, weights=y - mean_y[app], minlength=experts)
    bias, *_ = np.linalg.lstsq(system, right, rcond=None)
    fitted = np.bincount(app, weights=y - bias[expert], minlength=applications) / k
    return fitted, bias


def _columns(cells: list[tuple[int, int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    table = np.array(cells, dtype=float).reshape(-1, 3)
    return table[:, 0].astype(np.int64), table[:, 1].astype(np.int64), table[:, 2]


def calibrate(
    applications: np.ndarray,
    experts: np.ndarray,
    totals: np.ndarray,
    names: Mapping[int, tuple[str, str]],
) -> tuple[tuple[ExpertCalibration, ...], Calibrated]:
    """The panel's calibration from every expert's total: one row per scoring, the
    application's id, the expert's id and the total in points; `names` gives each
    expert's code and name. Calibrated figures are keyed by application id."""
    if not len(applications):
        return (), {}
    application_ids, row = np.unique(applications, return_inverse=True)
    expert_ids, e = np.unique(experts, return_inverse=True)
    y = np.asarray(totals, dtype=float)
    scored, panel = len(application_ids), len(expert_ids)
    panel_mean = np.bincount(row, weights=y, minlength=scored) / np.bincount(row, minlength=scored)
    pooled_mean, pooled_sd = float(y.mean()), float(y.std(ddof=0))
    count = np.bincount(e, minlength=panel)
    mean_e = np.bincount(e, weights=y, minlength=panel) / count
    squares = np.bincount(e, weights=(y - mean_e[e]) ** 2, minlength=panel)
    sd_e = np.sqrt(squares / np.maximum(count - 1, 1)) * (count > 1)
    # z-scores: an expert with no spread counts as z = 0 throughout.
    spread = sd_e[e] > 0
    z = np.divide(y - mean_e[e], sd_e[e], out=np.zeros_like(y), where=spread)
    z_mean = np.bincount(row, weights=z, minlength=scored) / np.bincount(row, minlength=scored)
    offset = np.bincount(e, weights=y - panel_mean[row], minlength=panel) / count
    fitted, bias = _fit(row, e, y, scored, panel)
    calibration = tuple(
        ExpertCalibration(
            int(expert_ids[x]),
            *names[int(expert_ids[x])],
            int(count[x]),
            float(mean_e[x]),
            float(offset[x]),
            float(sd_e[x]),
            float(bias[x]),
        )
        for x in range(panel)
    )
    calibrated: Calibrated = {
        application: (pooled_mean + pooled_sd * float(z_mean[at]), float(fitted[at]))
        for at, application in enumerate(application_ids.tolist())
    }
    return calibration, calibrated
