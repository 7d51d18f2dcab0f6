"""Building blocks for editing a rubric definition: new items, fresh codes, proposed bands.

The editor works on a draft, the plain definition structure, and only hands it to
`rubric_versions.replace_rubric` when the secretariat saves. These helpers return new
structures and never change their arguments, so each edit can be kept for undo.
"""

from __future__ import annotations

import copy
from decimal import ROUND_CEILING, Decimal
from typing import Any

from reviewer.rubrics.checks import BAND_ORDER, DEFAULT_STEP, points_text

# Where 优, 良 and 中 begin, as a share of a criterion's maximum: the 85/70/60 cut points
# reviewers are used to from percentage marking. 差 runs from 0.
BAND_STARTS = (Decimal("0.85"), Decimal("0.70"), Decimal("0.60"))
NEW_CRITERION_POINTS = "5"


def _on_step(value: Decimal, step: Decimal) -> Decimal:
    """`value` rounded up to the next multiple of `step`."""
    return (value / step).to_integral_value(rounding=ROUND_CEILING) * step


def proposed_bands(
    max_points: Decimal, step: Decimal, descriptors: list[str] | None = None
) -> list[dict[str, str]]:
    """Four bands covering 0..max_points on the step, cut at 85%, 70% and 60%.

    Returns no bands when the scale has too few steps for four of them. Descriptors are
    kept in order, so re-proposing after a change of points loses no wording.
    """
    if step <= 0 or max_points <= 0 or max_points % step or max_points / step < 3:
        return []
    starts = [_on_step(max_points * share, step) for share in BAND_STARTS] + [Decimal(0)]
    for index in range(len(starts) - 2, -1, -1):  # keep each band at least one step wide
        starts[index] = max(starts[index], starts[index + 1] + step)
    starts[0] = min(starts[0], max_points)
    for index in range(1, len(starts) - 1):
        starts[index] = min(starts[index], starts[index - 1] - step)
    words = (descriptors or []) + [""] * len(BAND_ORDER)
    bands, upper = [], max_points
    for level, start, descriptor in zip(BAND_ORDER, starts, words, strict=False):
        bands.append(
            {
                "level": level.value,
                "min": points_text(start),
                "max": points_text(upper),
                "descriptor": descriptor,
            }
        )
        upper = start - step
    return bands


def _codes(definition: dict[str, Any]) -> set[str]:
    codes = {str(g.get("code", "")) for g in definition.get("gates", [])}
    for condition in definition.get("conditions", []):
        codes.add(str(condition.get("code", "")))
        codes.update(str(k.get("code", "")) for k in condition.get("criteria", []))
    return codes


def fresh_code(definition: dict[str, Any], stem: str) -> str:
    """The first of stem1, stem2, ... (or stem.1 after a condition code) not yet used."""
    taken = _codes(definition)
    number = 1
    while f"{stem}{number}" in taken:
        number += 1
    return f"{stem}{number}"


def new_criterion(definition: dict[str, Any], condition_code: str, name: str) -> dict[str, Any]:
    """A criterion of a few points with proposed bands, coded after its condition."""
    maximum, step = Decimal(NEW_CRITERION_POINTS), Decimal(DEFAULT_STEP)
    return {
        "code": fresh_code(definition, f"{condition_code}."),
        "name": name,
        "description": "",
        "max_points": NEW_CRITERION_POINTS,
        "step": DEFAULT_STEP,
        "veto": False,
        "bands": proposed_bands(maximum, step),
    }


def with_condition(
    definition: dict[str, Any], condition_name: str, criterion_name: str
) -> tuple[dict[str, Any], int]:
    """The draft with a new condition (holding one criterion) at the end, and its index."""
    draft = copy.deepcopy(definition)
    code = fresh_code(draft, "C")
    condition: dict[str, Any] = {
        "code": code,
        "name": condition_name,
        "description": "",
        "criteria": [],
    }
    draft.setdefault("conditions", []).append(condition)
    condition["criteria"].append(new_criterion(draft, code, criterion_name))
    return draft, len(draft["conditions"]) - 1


def with_criterion(
    definition: dict[str, Any], condition: int, after: int | None, name: str
) -> tuple[dict[str, Any], int]:
    """The draft with a new criterion in `condition`, after index `after` (or last)."""
    draft = copy.deepcopy(definition)
    target = draft["conditions"][condition]
    criteria = target.setdefault("criteria", [])
    position = len(criteria) if after is None else after + 1
    criteria.insert(position, new_criterion(draft, str(target.get("code", "C")), name))
    return draft, position


def with_gate(definition: dict[str, Any], name: str) -> tuple[dict[str, Any], int]:
    """The draft with a new gate check at the end, and its index."""
    draft = copy.deepcopy(definition)
    gates = draft.setdefault("gates", [])
    gates.append({"code": fresh_code(draft, "G"), "name": name, "description": ""})
    return draft, len(gates) - 1
