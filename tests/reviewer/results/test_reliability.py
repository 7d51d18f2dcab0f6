"""The panel statistics agree with the reference packages to 1e-9, missing scores too."""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable
from typing import Any

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import pytest

from reviewer.results.reliability import (
    icc_agreement,
    icc_band,
    kendalls_w,
    krippendorff_alpha_interval,
    panel_reliability,
)

NAN = math.nan


def _tables() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(20141128)
    quality = rng.normal(75, 8, size=15)
    lenient = np.array([3.0, -4.0, 0.0, 6.0, -2.0])
    noisy = quality[:, None] + lenient[None, :] + rng.normal(0, 4, size=(15, 5))
    halves = np.round(noisy * 2) / 2  # points come in half steps: ties happen
    missing = halves.copy()
    missing[0, 1] = missing[3, 4] = missing[7, 0] = missing[12, 2] = NAN
    sparse = halves.copy()
    sparse[rng.random(sparse.shape) < 0.3] = NAN
    return {
        "textbook": np.array(  # Shrout and Fleiss (1979), 6 targets x 4 judges
            [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]],
            dtype=float,
        ),
        "ties": np.array([[80, 80, 75], [80, 70, 75], [70, 70, 75], [60, 70, 65]], dtype=float),
        "halves": halves,
        "missing": missing,
        "sparse": sparse,
    }


TABLES = _tables()
# "sparse" leaves too few complete rows for ICC and W (None here, NaN or an error there).
LISTWISE = ["halves", "missing", "textbook", "ties"]


def _quietly(call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The reference packages warn about their own use of pandas; not ours to fix."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return call(*args, **kwargs)


def _long(table: np.ndarray) -> pd.DataFrame:
    rows = [
        {"application": a, "expert": e, "total": table[a, e]}
        for a in range(table.shape[0])
        for e in range(table.shape[1])
    ]
    return pd.DataFrame(rows)


@pytest.mark.parametrize("name", LISTWISE)
def test_icc_matches_pingouin(name: str) -> None:
    table = TABLES[name]
    reference = _quietly(
        pingouin.intraclass_corr,
        _long(table),
        targets="application",
        raters="expert",
        ratings="total",
        nan_policy="omit",
    ).set_index("Type")
    single, average = icc_agreement(table)
    assert single == pytest.approx(reference.loc["ICC(A,1)", "ICC"], abs=1e-9)
    assert average == pytest.approx(reference.loc["ICC(A,k)", "ICC"], abs=1e-9)


@pytest.mark.parametrize("name", LISTWISE)
def test_kendalls_w_matches_pingouin(name: str) -> None:
    table = TABLES[name]
    complete = table[~np.isnan(table).any(axis=1)]
    reference = _quietly(
        pingouin.friedman,
        _long(complete),
        dv="total",
        within="application",
        subject="expert",
        method="chisq",
    )
    assert kendalls_w(table) == pytest.approx(reference["W"].iloc[0], abs=1e-9)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_krippendorff_alpha_matches_the_krippendorff_package(name: str) -> None:
    table = TABLES[name]
    reference = _quietly(
        krippendorff.alpha, reliability_data=table.T, level_of_measurement="interval"
    )
    assert krippendorff_alpha_interval(table) == pytest.approx(reference, abs=1e-9)


def test_the_textbook_icc_figures() -> None:
    """Shrout and Fleiss's own example: ICC(2,1) = 0.29, ICC(2,4) = 0.62."""
    single, average = icc_agreement(TABLES["textbook"])
    assert (round(single or 0, 2), round(average or 0, 2)) == (0.29, 0.62)
    assert (icc_band(single), icc_band(average), icc_band(0.8), icc_band(0.95)) == (
        "poor",
        "moderate",
        "good",
        "excellent",
    )


def test_what_cannot_be_computed_is_none() -> None:
    one_application = np.array([[80.0, 82.0, 79.0]])
    assert icc_agreement(one_application) == (None, None)
    assert kendalls_w(one_application) is None
    alone = np.array([[80.0, NAN], [NAN, 70.0]])  # nobody shares an application
    assert krippendorff_alpha_interval(alone) is None
    same = np.full((4, 3), 75.0)
    assert krippendorff_alpha_interval(same) is None
    stats = panel_reliability(TABLES["missing"])
    assert stats.complete_applications == 11
    assert panel_reliability(TABLES["sparse"]).kendalls_w is None
