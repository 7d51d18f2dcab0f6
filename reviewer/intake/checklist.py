"""Completeness and gate checks of an application, from the call (四、申报材料要求 and 二).

Each check gives an item `{"code": ..., "passed": bool, **params}` that is stored with
the application, so the checklist reads the same in Chinese and English and a later
change of wording does not change what was found. `describe` says an item in the
user's language; `status_of` turns the items into the application's status.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from models.enums import ApplicationStatus, TrackKind
from reviewer.i18n import QT_TRANSLATE_NOOP, counted, translate
from reviewer.labels import label

# code -> (sentence when passed, sentence when failed)
_SENTENCES: dict[str, tuple[str, str]] = {
    "form": (
        QT_TRANSLATE_NOOP("Checks", "The application form is present and filled in."),
        QT_TRANSLATE_NOOP("Checks", "The application form is missing."),
    ),
    "form_valid": (
        QT_TRANSLATE_NOOP("Checks", "The application form has no problems."),
        QT_TRANSLATE_NOOP(
            "Checks", "The application form has {count} {count:problem|problems}: {first}"
        ),
    ),
    "plan": (
        QT_TRANSLATE_NOOP(
            "Checks", "The implementation plan is present in electronic form: {file}"
        ),
        QT_TRANSLATE_NOOP("Checks", "The implementation plan is missing in electronic form."),
    ),
    "leading_group": (
        QT_TRANSLATE_NOOP("Checks", "The leading-group document is present: {file}"),
        QT_TRANSLATE_NOOP("Checks", "The leading-group document is missing."),
    ),
    "districts": (
        QT_TRANSLATE_NOOP("Checks", "Two districts/counties are named: {names}"),
        QT_TRANSLATE_NOOP(
            "Checks",
            "Names {count} {count:district or county|districts or counties}; the call asks for 2.",
        ),
    ),
    "open_data": (
        QT_TRANSLATE_NOOP("Checks", "The open-data plan is filled in."),
        QT_TRANSLATE_NOOP("Checks", "The open-data plan is missing."),
    ),
    "secure": (
        QT_TRANSLATE_NOOP(
            "Checks",
            "Core technology and base hardware/software are declared secure and controllable.",
        ),
        QT_TRANSLATE_NOOP(
            "Checks",
            "Core technology and base hardware/software are not declared secure and "
            "controllable, which the call requires.",
        ),
    ),
    "track": (
        QT_TRANSLATE_NOOP("Checks", "The applicant may apply in this track."),
        QT_TRANSLATE_NOOP(
            "Checks", "Only cities apply in the city track and departments in the department track."
        ),
    ),
    "deadline": (
        QT_TRANSLATE_NOOP(
            "Checks", "Handed in on {submitted}, on or before the deadline of {deadline}."
        ),
        QT_TRANSLATE_NOOP("Checks", "Handed in on {submitted}, after the deadline of {deadline}."),
    ),
    "override": (
        QT_TRANSLATE_NOOP("Checks", "Status set to {status} by {actor}: {reason}"),
        QT_TRANSLATE_NOOP("Checks", "Status set to {status} by {actor}: {reason}"),
    ),
}

# Failing one of these makes the application ineligible rather than incomplete.
GATES = frozenset({"secure", "track"})


def item(code: str, passed: bool, **params: object) -> dict[str, Any]:
    assert code in _SENTENCES, code
    return {"code": code, "passed": passed, **{key: str(value) for key, value in params.items()}}


def describe(stored: Mapping[str, Any]) -> str:
    sentences = _SENTENCES.get(str(stored.get("code", "")))
    if sentences is None:
        return str(stored.get("code", ""))
    template = sentences[0] if stored.get("passed") else sentences[1]
    params = {k: v for k, v in stored.items() if k not in {"code", "passed"}}
    if "status" in params:
        params["status"] = label(ApplicationStatus(params["status"]))
    try:
        return counted(translate("Checks", template), **params)
    except (KeyError, IndexError):  # an item stored by another version with other params
        return translate("Checks", template)


@dataclass(frozen=True)
class PackageFacts:
    """What intake found in a package, as the checks need it."""

    track: TrackKind
    applicant_kind: TrackKind
    form_found: bool
    form_problems: Sequence[str]
    plan_file: str | None
    leading_group_file: str | None
    districts: Sequence[str]
    open_data_plan: str
    secure_controllable: bool | None
    submitted_on: date | None


def evaluate(facts: PackageFacts, deadline: date | None) -> list[dict[str, Any]]:
    """Every check of the call that applies to the package's track, passed or not."""
    items = [item("track", facts.track == facts.applicant_kind)]
    items.append(item("form", facts.form_found))
    if facts.form_found:
        first = facts.form_problems[0] if facts.form_problems else ""
        items.append(
            item("form_valid", not facts.form_problems, count=len(facts.form_problems), first=first)
        )
    items.append(item("plan", facts.plan_file is not None, file=facts.plan_file or ""))
    if facts.track is TrackKind.CITY:
        items.append(
            item(
                "leading_group",
                facts.leading_group_file is not None,
                file=facts.leading_group_file or "",
            )
        )
        named = [d for d in facts.districts if d.strip()]
        items.append(item("districts", len(named) == 2, count=len(named), names="、".join(named)))
    items.append(item("open_data", bool(facts.open_data_plan.strip())))
    if facts.form_found:
        items.append(item("secure", facts.secure_controllable is not False))
    if deadline is not None and facts.submitted_on is not None:
        items.append(
            item(
                "deadline",
                facts.submitted_on <= deadline,
                submitted=facts.submitted_on.isoformat(),
                deadline=deadline.isoformat(),
            )
        )
    return items


def status_of(items: Sequence[Mapping[str, Any]]) -> ApplicationStatus:
    """Ineligible if a gate failed, else late if past the deadline, else incomplete if
    anything else failed, else complete."""
    failed = {str(i["code"]) for i in items if not i["passed"]}
    if failed & GATES:
        return ApplicationStatus.INELIGIBLE
    if "deadline" in failed:
        return ApplicationStatus.LATE
    if failed:
        return ApplicationStatus.INCOMPLETE
    return ApplicationStatus.COMPLETE


def reasons(items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The failed items: why the application is not complete."""
    return [dict(i) for i in items if not i["passed"]]
