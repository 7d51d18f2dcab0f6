"""Why an application is not complete, stored as codes and said in the user's language.

Reasons are stored as `{"code": ..., **params}` so a campaign file reads the same in
Chinese and English; `describe` turns one into a sentence.
"""

from __future__ import annotations

from collections.abc import Mapping

from reviewer.i18n import QT_TRANSLATE_NOOP, translate

_REASONS = {
    "late": QT_TRANSLATE_NOOP(
        "Checks", "Handed in on {submitted}, after the deadline of {deadline}."
    ),
    "districts": QT_TRANSLATE_NOOP(
        "Checks", "Names {count} district(s)/county(ies); the call asks for 2."
    ),
    "missing_form": QT_TRANSLATE_NOOP("Checks", "The application form is missing."),
    "missing_plan": QT_TRANSLATE_NOOP(
        "Checks", "The implementation plan is missing in electronic form."
    ),
    "missing_leading_group": QT_TRANSLATE_NOOP("Checks", "The leading-group document is missing."),
    "missing_open_data": QT_TRANSLATE_NOOP("Checks", "The open-data plan is missing."),
}


def reason(code: str, **params: object) -> dict[str, str]:
    assert code in _REASONS, code
    return {"code": code, **{key: str(value) for key, value in params.items()}}


def describe(stored: Mapping[str, str]) -> str:
    template = _REASONS.get(stored.get("code", ""))
    if template is None:
        return str(stored.get("code", ""))
    params = {key: value for key, value in stored.items() if key != "code"}
    return translate("Checks", template).format(**params)
