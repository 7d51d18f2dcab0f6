"""The rules every rubric definition must follow, whichever way it comes in.

The shipped defaults, the Excel import and the in-app editor all produce the same plain
structure (see `resources/rubrics/*.json`), so one checker guards them all. Each error
names the criterion, band or field in the user's language, and carries `where`, a stable
key (`C1/C1.1 good min`) the Excel reader maps back to a cell.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from models.enums import BandLevel
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.labels import label

BAND_ORDER = [BandLevel.EXCELLENT, BandLevel.GOOD, BandLevel.FAIR, BandLevel.POOR]
DEFAULT_STEP = "0.5"
# The call's rubrics have 4 conditions, 15 to 17 criteria and 3 or 4 gate checks. Each
# expert scores every criterion of every application, on a form and a score sheet with a
# row each: a rubric of 10,000 criteria made a sheet that never finished. These leave a
# wide margin over any real rubric. (Bands are always the four of BAND_ORDER.)
MAX_CONDITIONS = 30
MAX_CRITERIA = 200
MAX_GATES = 30

_FIELDS = {
    "total_points": QT_TRANSLATE_NOOP("RubricFields", "the total points"),
    "max_points": QT_TRANSLATE_NOOP("RubricFields", "the maximum points"),
    "step": QT_TRANSLATE_NOOP("RubricFields", "the step"),
    "min": QT_TRANSLATE_NOOP("RubricFields", "the lowest points"),
    "max": QT_TRANSLATE_NOOP("RubricFields", "the highest points"),
    "code": QT_TRANSLATE_NOOP("RubricFields", "a code"),
    "name": QT_TRANSLATE_NOOP("RubricFields", "a name"),
}


class RubricInvalid(ReviewerError):
    """Base of the rubric rules; `params["where"]` is the place's stable key."""

    template = QT_TRANSLATE_NOOP("Errors", "The rubric is not valid.")


class RubricNotANumber(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors", "In the rubric, {field} of {item} is “{value}”, which is not a number of points."
    )


class RubricOffStep(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "In the rubric, criterion {item} has a maximum of {max} points, which is not a "
        "positive multiple of its step {step}.",
    )


class RubricBandOrder(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors", "In the rubric, criterion {item} must have the bands {levels}, in that order."
    )


class RubricBandGap(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "In the rubric, band {band} of criterion {item} runs {low}–{high}; it should end at "
        "{expected} and lie on the step {step}, so that the bands cover 0–{max} points without "
        "gaps or overlaps.",
    )


class RubricBandStart(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors", "In the rubric, the lowest band of criterion {item} must start at 0."
    )


class RubricTotalMismatch(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The rubric's criteria add up to {sum} points, not the stated total of {total}. "
        "Change the criteria's points or the total.",
    )


class RubricFieldMissing(RubricInvalid):
    template = QT_TRANSLATE_NOOP("Errors", "In the rubric, {item} needs {field}.")


class RubricCodeTwice(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors", "In the rubric, the code {code} is used twice. Give each item its own code."
    )


class RubricEmpty(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The rubric has no criteria. Add a condition and at least one criterion to it."
    )


class RubricTooManyConditions(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The rubric has {count} conditions, more than the {limit} a rubric may have. "
        "Merge or remove conditions.",
    )


class RubricTooManyCriteria(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The rubric has {count} criteria, more than the {limit} a rubric may have: every "
        "expert scores each of them for every application. Merge or remove criteria.",
    )


class RubricTooManyGates(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The rubric has {count} gate checks, more than the {limit} a rubric may have. "
        "Merge or remove gate checks.",
    )


class RubricConditionEmpty(RubricInvalid):
    template = QT_TRANSLATE_NOOP(
        "Errors", "In the rubric, condition {item} has no criteria. Add one or remove it."
    )


def points_text(value: Decimal) -> str:
    """Points as people write them: 7 not 7.00, 6.5 stays 6.5, 70 stays 70 (not 7E+1)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _field(key: str) -> str:
    return translate("RubricFields", _FIELDS[key])


def _points(value: Any, where: str, item: str, key: str) -> Decimal:
    try:
        points = Decimal(str(value).strip())
    except InvalidOperation:
        points = Decimal("NaN")
    if not points.is_finite() or points < 0:
        raise RubricNotANumber(where=where, item=item, field=_field(key), value=value)
    return points


def _check_named(entry: dict[str, Any], where: str, item: str, codes: set[str]) -> None:
    for key in ("code", "name"):
        if not str(entry.get(key, "")).strip():
            raise RubricFieldMissing(where=where, item=item, field=_field(key))
    code = str(entry["code"]).strip()
    if code in codes:
        raise RubricCodeTwice(where=where, code=code)
    codes.add(code)


def _check_bands(criterion: dict[str, Any], where: str, item: str, maximum: Decimal) -> None:
    """Bands run 优 to 差 and cover 0..max on the step without gap or overlap (or are absent)."""
    bands = criterion.get("bands", [])
    if not bands:
        return
    step = Decimal(str(criterion.get("step", DEFAULT_STEP)))
    if [band.get("level") for band in bands] != [level.value for level in BAND_ORDER]:
        levels = "、".join(label(level) for level in BAND_ORDER)
        raise RubricBandOrder(where=where, item=item, levels=levels)
    upper = maximum
    for band in bands:
        place = f"{where} {band['level']}"
        low = _points(band.get("min"), place + " min", item, "min")
        high = _points(band.get("max"), place + " max", item, "max")
        if high != upper or low > high or low % step or high % step:
            raise RubricBandGap(
                where=place,
                item=item,
                band=label(BandLevel(band["level"])),
                low=points_text(low),
                high=points_text(high),
                expected=points_text(upper),
                step=points_text(step),
                max=points_text(maximum),
            )
        upper = low - step
    if upper != -step:
        raise RubricBandStart(where=where, item=item)


def _check_size(definition: dict[str, Any]) -> None:
    """The counts first, before anything is checked item by item."""
    conditions = definition.get("conditions", [])
    if len(conditions) > MAX_CONDITIONS:
        raise RubricTooManyConditions(
            where="conditions", count=len(conditions), limit=MAX_CONDITIONS
        )
    criteria = sum(len(condition.get("criteria") or ()) for condition in conditions)
    if criteria > MAX_CRITERIA:
        raise RubricTooManyCriteria(where="conditions", count=criteria, limit=MAX_CRITERIA)
    gates = definition.get("gates", [])
    if len(gates) > MAX_GATES:
        raise RubricTooManyGates(where="gates", count=len(gates), limit=MAX_GATES)


def check_definition(definition: dict[str, Any]) -> None:
    """Raise a `RubricInvalid` naming the first place where the definition is wrong."""
    _check_size(definition)
    total = _points(definition.get("total_points"), "total_points", "", "total_points")
    running = Decimal(0)
    codes: set[str] = set()
    conditions = definition.get("conditions", [])
    for c_index, condition in enumerate(conditions):
        c_code = str(condition.get("code", "")).strip() or f"#{c_index + 1}"
        _check_named(condition, c_code, c_code, codes)
        if not condition.get("criteria"):
            raise RubricConditionEmpty(where=c_code, item=c_code)
        for k_index, criterion in enumerate(condition["criteria"]):
            k_code = str(criterion.get("code", "")).strip() or f"#{k_index + 1}"
            where = f"{c_code}/{k_code}"
            item = k_code if k_code[0] != "#" else f"{c_code} {k_code}"
            _check_named(criterion, where, item, codes)
            maximum = _points(
                criterion.get("max_points"), where + " max_points", item, "max_points"
            )
            step = _points(criterion.get("step", DEFAULT_STEP), where + " step", item, "step")
            if step <= 0 or maximum <= 0 or maximum % step:
                raise RubricOffStep(
                    where=where + " max_points",
                    item=item,
                    max=points_text(maximum),
                    step=points_text(step),
                )
            running += maximum
            _check_bands(criterion, where, item, maximum)
    for g_index, gate in enumerate(definition.get("gates", [])):
        g_code = str(gate.get("code", "")).strip() or f"G#{g_index + 1}"
        _check_named(gate, g_code, g_code, codes)
    if not running:
        raise RubricEmpty(where="conditions")
    if running != total:
        raise RubricTotalMismatch(
            where="total_points", sum=points_text(running), total=points_text(total)
        )
