"""Completeness and gate checks of an application, from the call (四、申报材料要求 and 二).

Each check gives an item `{"code": ..., "passed": bool, **params}` that is stored with
the application, so the checklist reads the same in Chinese and English and a later
change of wording does not change what was found. `describe` says an item in the
user's language; `status_of` turns the items into the application's status.

Which failed checks make a package ineligible (不符合资格条件) rather than incomplete
(材料不全) is the campaign's setting (`reviewer.intake.gates`), the call's reading by
default (`DEFAULT_GATES`). A gate fails only on what the form states: a form naming one
district fails the district condition; one leaving both district cells empty states
nothing, and is incomplete until the applicant fills them in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from models.enums import ApplicationStatus, CampaignKind, TrackKind
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
        QT_TRANSLATE_NOOP(
            "Checks",
            "The form states no open-data plan (“{text}”); the call requires open-data work "
            "of every pilot.",
        ),
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
    # A later review's package (acceptance 验收, mid-term evaluation 中期评估).
    "self_evaluation": (
        QT_TRANSLATE_NOOP("Checks", "The self-evaluation report (自评价报告) is present: {file}"),
        QT_TRANSLATE_NOOP("Checks", "The self-evaluation report (自评价报告) is missing."),
    ),
    "built": (
        QT_TRANSLATE_NOOP("Checks", "The form states what was built."),
        QT_TRANSLATE_NOOP("Checks", "The form does not state what was built."),
    ),
    "progress": (
        QT_TRANSLATE_NOOP("Checks", "The form states the progress of the pilot's construction."),
        QT_TRANSLATE_NOOP(
            "Checks", "The form does not state the progress of the pilot's construction."
        ),
    ),
    "investment": (
        QT_TRANSLATE_NOOP(
            "Checks", "Investment made: {invested} (10,000 yuan) against {planned} planned."
        ),
        QT_TRANSLATE_NOOP("Checks", "The form does not state the investment made."),
    ),
    "open_data_delivered": (
        QT_TRANSLATE_NOOP("Checks", "The open data delivered is stated."),
        QT_TRANSLATE_NOOP(
            "Checks",
            "The form states no open data delivered (“{text}”); the call requires open-data "
            "work of every pilot.",
        ),
    ),
    "override": (
        QT_TRANSLATE_NOOP("Checks", "Status set to {status} by {actor}: {reason}"),
        QT_TRANSLATE_NOOP("Checks", "Status set to {status} by {actor}: {reason}"),
    ),
}

# A failed check whose form states nothing (its cells left empty or unreadable): what to
# fill in, never a gate. Items stored before this had no "stated" (see `_stated`).
_UNSTATED: dict[str, str] = {
    "districts": QT_TRANSLATE_NOOP(
        "Checks", "The form names no district/county; the call asks for 2. {first}"
    ),
    "open_data": QT_TRANSLATE_NOOP("Checks", "The open-data plan is missing. {first}"),
    "open_data_delivered": QT_TRANSLATE_NOOP(
        "Checks", "The open data delivered is not stated. {first}"
    ),
}

# The call's clause each check that may be a gate reads, cited in an ineligible reason.
CLAUSES: dict[str, str] = {
    # 三(一)、三(二): departments apply as department pilots, cities as city pilots.
    "track": QT_TRANSLATE_NOOP("Checks", "the call, 三(一) and 三(二): who applies in which track"),
    # 二(二): 各试点市要选择2个区县 (each pilot city chooses 2 districts or counties).
    "districts": QT_TRANSLATE_NOOP(
        "Checks", "the call, 二(二): each pilot city chooses 2 districts/counties"
    ),
    # 二(一) 必须开展开放数据试点工作; 二(二) 各试点城市必须开展开放政务数据工作.
    "open_data": QT_TRANSLATE_NOOP(
        "Checks", "the call, 二(一) and 二(二): every pilot must carry out open-data work"
    ),
    # 一(一) 自主可控, 保障安全: core technology and base hardware/software.
    "secure": QT_TRANSLATE_NOOP(
        "Checks", "the call, 一(一): core technology secure and controllable"
    ),
    # 四(一)、四(二): the form, the implementation plan, the leading-group document.
    "form": QT_TRANSLATE_NOOP("Checks", "the call, 四(一): the application form"),
    "plan": QT_TRANSLATE_NOOP("Checks", "the call, 四(一): the implementation plan"),
    "leading_group": QT_TRANSLATE_NOOP("Checks", "the call, 四(二): the leading-group document"),
}
# The checks a campaign may make gates or completeness checks, in the checklist's order.
GATEABLE: tuple[str, ...] = tuple(CLAUSES)
# The call's reading: who may apply, the two districts (二(二)), open data (二(一), 二(二))
# and secure, controllable technology (一(一)) are conditions; the rest is completeness.
DEFAULT_GATES = frozenset({"track", "districts", "open_data", "secure"})
GATES = DEFAULT_GATES  # the name earlier callers import

# A later review's checks (acceptance, mid-term) that may be gates, and their clauses:
# the pilot is held to what the call made conditions of selection (二, 一(一)), now as
# delivered; the self-evaluation report and the form are completeness.
LATER_CLAUSES: dict[str, str] = {
    "track": CLAUSES["track"],
    "districts": CLAUSES["districts"],
    # 二(一) 必须开展开放数据试点工作; 二(二) 各试点城市必须开展开放政务数据工作: delivered.
    "open_data_delivered": CLAUSES["open_data"],
    "secure": CLAUSES["secure"],
    "form": QT_TRANSLATE_NOOP("Checks", "the acceptance form"),
    # The national 办法's 年度自评价报告 (the call itself names none).
    "self_evaluation": QT_TRANSLATE_NOOP("Checks", "the self-evaluation report (自评价报告)"),
}
LATER_DEFAULT_GATES = frozenset({"track", "districts", "open_data_delivered", "secure"})


def gateable(kind: CampaignKind) -> tuple[str, ...]:
    """The checks a campaign of `kind` may make gates, in the checklist's order."""
    return GATEABLE if kind is CampaignKind.SELECTION else tuple(LATER_CLAUSES)


def default_gates(kind: CampaignKind) -> frozenset[str]:
    """The call's reading of which checks are gates, for a campaign of `kind`."""
    return DEFAULT_GATES if kind is CampaignKind.SELECTION else LATER_DEFAULT_GATES


def clause(code: str) -> str:
    """The clause a check that may be a gate reads, in the user's language ("" if none)."""
    source = CLAUSES.get(code) or LATER_CLAUSES.get(code)
    return translate("Checks", source) if source else ""


_EFFECTS = {
    "ineligible": QT_TRANSLATE_NOOP("Checks", "Not eligible ({clause}): {sentence}"),
    "incomplete": QT_TRANSLATE_NOOP("Checks", "Incomplete: {sentence}"),
}

# What an applicant writes for "none": 无, 暂无, 不开展…, "/". Compared without spaces
# and punctuation, so "无。" and "暂不开展开放数据工作" are read as stating no plan.
_NONE = re.compile(r"(无|没有|暂无|否|不适用|无计划|暂无计划|/|-+|—+|n/?a|none)")
_NONE_PREFIX = (
    "暂不开展",
    "不开展",
    "未开展",
    "尚未开展",
    "暂未开展",
    "无开放数据",
    "暂无开放数据",
)
_PUNCTUATION = re.compile(r"[\s。．.，,；;！!、]+")


def says_none(text: str) -> bool:
    """Whether a cell's text states that there is none, rather than naming something."""
    plain = _PUNCTUATION.sub("", unicodedata.normalize("NFKC", text)).lower()
    return bool(plain) and (_NONE.fullmatch(plain) is not None or plain.startswith(_NONE_PREFIX))


def item(code: str, passed: bool, **params: object) -> dict[str, Any]:
    assert code in _SENTENCES, code
    return {"code": code, "passed": passed, **{key: str(value) for key, value in params.items()}}


def _stated(stored: Mapping[str, Any]) -> bool:
    """Whether a failed item is about what the form states (a gate may fail on it) rather
    than a cell left empty. Items stored before "stated" was kept: a district item naming
    one district states it; an open-data item only ever failed on an empty cell."""
    if "stated" in stored:
        return bool(stored["stated"])
    if stored.get("code") == "districts":
        return str(stored.get("count", "0")) != "0"
    return stored.get("code") not in ("open_data", "open_data_delivered")


def describe(stored: Mapping[str, Any]) -> str:
    code = str(stored.get("code", ""))
    sentences = _SENTENCES.get(code)
    if sentences is None:
        return code
    template = sentences[0] if stored.get("passed") else sentences[1]
    if not stored.get("passed") and not _stated(stored) and code in _UNSTATED:
        template = _UNSTATED[code]
    params = {k: v for k, v in stored.items() if k not in {"code", "passed", "effect"}}
    params.setdefault("first", "")
    if "status" in params:
        params["status"] = label(ApplicationStatus(params["status"]))
    try:
        sentence = counted(translate("Checks", template), **params).strip()
    except (KeyError, IndexError):  # an item stored by another version with other params
        sentence = translate("Checks", template)
    effect = _EFFECTS.get(str(stored.get("effect", ""))) if not stored.get("passed") else None
    if effect is None:
        return sentence
    return translate("Checks", effect).format(clause=clause(code), sentence=sentence)


@dataclass(frozen=True)
class PackageFacts:
    """What intake found in a package, as the checks need it.

    `form_problems` are the form's problems but those in a field a check reads itself;
    `field_problems` holds those as (problem code, message), by check ("districts",
    "open_data"), so each failure is said once, by the check it belongs to.
    """

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
    field_problems: Mapping[str, Sequence[tuple[str, str]]] = field(default_factory=dict)
    # A later review's package: which review, the self-evaluation report, what the form
    # says was built and invested, and the investment the approved plan planned.
    review: CampaignKind = CampaignKind.SELECTION
    self_evaluation_file: str | None = None
    built: str = ""
    invested_wan: Decimal | None = None
    planned_wan: int | None = None


def _districts_item(facts: PackageFacts) -> dict[str, Any]:
    """The two districts of 二(二). Stated: the cells read well and name fewer than two
    (one left empty, or "无"); unstated: both empty, or a cell that cannot be read (a
    formula, too long, the same district twice), which is for the applicant to correct."""
    named = [d for d in facts.districts if d.strip() and not says_none(d)]
    problems = facts.field_problems.get("districts", ())
    unreadable = any(code != "missing" for code, _message in problems)
    stated = bool(facts.districts) and not unreadable
    return item(
        "districts",
        len(named) == 2,
        count=len(named),
        names="、".join(named),
        stated="1" if stated else "",
        first=problems[0][1] if problems and not stated else "",
    )


def _open_data_item(facts: PackageFacts) -> dict[str, Any]:
    """Open data of 二(一)/二(二). Stated: the plan says there is none ("无", "暂不开展");
    unstated: the cell is empty or cannot be read."""
    text = facts.open_data_plan.strip()
    problems = facts.field_problems.get("open_data", ())
    if text and not says_none(text):
        return item("open_data", True)
    return item(
        "open_data",
        False,
        text=text,
        stated="1" if text else "",
        first=problems[0][1] if problems and not text else "",
    )


def evaluate(
    facts: PackageFacts, deadline: date | None, gates: Collection[str] = DEFAULT_GATES
) -> list[dict[str, Any]]:
    """Every check of the call that applies to the package's track, passed or not, each
    failed one marked with what it makes the package under `gates`."""
    if facts.review is not CampaignKind.SELECTION:
        return judged(_later_items(facts, deadline), gates)
    items = [item("track", facts.track == facts.applicant_kind)]
    items += _form_items(facts)
    items.append(item("plan", facts.plan_file is not None, file=facts.plan_file or ""))
    if facts.track is TrackKind.CITY:
        items.append(
            item(
                "leading_group",
                facts.leading_group_file is not None,
                file=facts.leading_group_file or "",
            )
        )
    # Without a form, the districts, open data and security are not stated anywhere:
    # the missing form is the one reason, not four.
    if facts.form_found and facts.track is TrackKind.CITY:
        items.append(_districts_item(facts))
    if facts.form_found:
        items.append(_open_data_item(facts))
        items.append(item("secure", facts.secure_controllable is not False))
    items += _deadline_item(facts.submitted_on, deadline)
    return judged(items, gates)


def _form_items(facts: PackageFacts) -> list[dict[str, Any]]:
    """The form is there, and without problems."""
    items = [item("form", facts.form_found)]
    if facts.form_found:
        first = facts.form_problems[0] if facts.form_problems else ""
        items.append(
            item("form_valid", not facts.form_problems, count=len(facts.form_problems), first=first)
        )
    return items


def _deadline_item(submitted: date | None, deadline: date | None) -> list[dict[str, Any]]:
    if deadline is None or submitted is None:
        return []
    return [
        item(
            "deadline",
            submitted <= deadline,
            submitted=submitted.isoformat(),
            deadline=deadline.isoformat(),
        )
    ]


def _later_items(facts: PackageFacts, deadline: date | None) -> list[dict[str, Any]]:
    """An acceptance or mid-term package's checks: the form, the self-evaluation report,
    what was built (mid-term: the progress), the investment made against the approved
    plan's, the two districts (city), open data delivered, secure and controllable."""
    items = [item("track", facts.track == facts.applicant_kind)]
    items += _form_items(facts)
    items.append(
        item(
            "self_evaluation",
            facts.self_evaluation_file is not None,
            file=facts.self_evaluation_file or "",
        )
    )
    if facts.form_found:
        built = "progress" if facts.review is CampaignKind.MIDTERM else "built"
        items.append(item(built, bool(facts.built.strip()) and not says_none(facts.built)))
        planned = "—" if facts.planned_wan is None else str(facts.planned_wan)
        invested = "" if facts.invested_wan is None else f"{facts.invested_wan.normalize():f}"
        items.append(item("investment", bool(invested), invested=invested, planned=planned))
        if facts.track is TrackKind.CITY:
            items.append(_districts_item(facts))
        delivered = _open_data_item(facts)
        items.append({**delivered, "code": "open_data_delivered"})
        items.append(item("secure", facts.secure_controllable is not False))
    return items + _deadline_item(facts.submitted_on, deadline)


def _effect(stored: Mapping[str, Any], gates: Collection[str]) -> str:
    code = str(stored.get("code", ""))
    if code == "deadline":
        return "late"
    if code in gates and _stated(stored):
        return "ineligible"
    return "incomplete"


def judged(items: Sequence[Mapping[str, Any]], gates: Collection[str]) -> list[dict[str, Any]]:
    """The items, each failed one marked with its effect under `gates` ("ineligible",
    "late" or "incomplete"), so its reason says what it makes the package."""
    marked = []
    for stored in items:
        entry = {k: v for k, v in stored.items() if k != "effect"}
        if not stored.get("passed") and stored.get("code") != "override":
            entry["effect"] = _effect(stored, gates)
        marked.append(entry)
    return marked


def status_of(
    items: Sequence[Mapping[str, Any]], gates: Collection[str] = DEFAULT_GATES
) -> ApplicationStatus:
    """Ineligible if a gate failed on what the form states, else late if past the
    deadline, else incomplete if anything else failed, else complete."""
    effects = {_effect(i, gates) for i in items if not i["passed"] and i["code"] != "override"}
    for status in (
        ApplicationStatus.INELIGIBLE,
        ApplicationStatus.LATE,
        ApplicationStatus.INCOMPLETE,
    ):
        if status.value in effects:
            return status
    return ApplicationStatus.COMPLETE


def reasons(items: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The failed items: why the application is not complete, one per check."""
    seen: set[str] = set()
    failed = []
    for stored in items:
        if stored["passed"] or stored["code"] in seen:
            continue
        seen.add(str(stored["code"]))
        failed.append(dict(stored))
    return failed
