"""The additive model recovers each expert's bias, and matches a plain least squares."""

from __future__ import annotations

import numpy as np
import pytest

from reviewer.results.calibration import _additive


def _dense(cells: list[tuple[int, int, float]], apps: int, experts: int) -> np.ndarray:
    design = np.zeros((len(cells) + 1, apps + experts))
    target = np.zeros(len(cells) + 1)
    for row, (a, e, y) in enumerate(cells):
        design[row, a] = design[row, apps + e] = 1.0
        target[row] = y
    design[-1, apps:] = 1.0
    solution, *_ = np.linalg.lstsq(design, target, rcond=None)
    return solution


def test_a_pure_bias_is_recovered_exactly() -> None:
    quality = [80.0, 70.0, 90.0, 60.0]
    bias = [3.0, -1.0, -2.0]
    cells = [(a, e, q + b) for a, q in enumerate(quality) for e, b in enumerate(bias)]
    fitted, found = _additive(cells, len(quality), len(bias))
    assert found == pytest.approx(bias, abs=1e-9)
    assert fitted == pytest.approx(quality, abs=1e-9)


def test_incomplete_panels_match_the_dense_least_squares() -> None:
    rng = np.random.default_rng(7)
    apps, experts = 30, 6
    cells = [
        (a, e, float(rng.normal(75, 10)))
        for a in range(apps)
        for e in range(experts)
        if rng.random() < 0.6 or e == a % experts  # every application has someone
    ]
    fitted, bias = _additive(cells, apps, experts)
    dense = _dense(cells, apps, experts)
    assert np.concatenate([fitted, bias]) == pytest.approx(dense, abs=1e-8)
