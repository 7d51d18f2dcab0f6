"""Each audit event in words, in the user's language: 申报单位 咸阳市：导入 3 个文件.

The audit log keeps the raw record (who, what, old, new, why) as JSON; a person reads
these sentences instead, and the raw record stays one click away. One describer per kind
of event the code writes; an event of an unknown kind (a newer version's) is still told
in words, its fields named, never as JSON.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select

from models import Application, Expert
from models.enums import (
    AcceptanceOutcome,
    AggregationMethod,
    ApplicationStatus,
    CampaignKind,
    ChangeGround,
    DecisionOutcome,
    TieRelation,
    TrackKind,
)
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.labels import CHECK_NAMES, grade_label, ground_label, label
from reviewer.store.audit_export import AuditRow
from reviewer.store.storage import CampaignStore

_C = "AuditWords"


@dataclass(frozen=True)
class AuditNames:
    """Who an event's ids stand for: the applicant of an application, an expert's name."""

    applications: Mapping[str, str] = field(default_factory=dict)  # id -> applicant
    experts: Mapping[str, str] = field(default_factory=dict)  # code -> name
    expert_codes: Mapping[str, str] = field(default_factory=dict)  # id -> code


def audit_names(store: CampaignStore) -> AuditNames:
    with store.reading() as session:
        experts = list(session.scalars(select(Expert)))
        return AuditNames(
            {str(a.id): a.applicant.name for a in session.scalars(select(Application))},
            {e.code: e.name for e in experts},
            {str(e.id): e.code for e in experts},
        )


def _t(source: str, /, **values: object) -> str:
    return translate(_C, source).format(**values)


def _enum(kind: type[StrEnum], value: object) -> str:
    try:
        return label(kind(str(value)))
    except (ValueError, KeyError):
        return str(value)


def _list(values: object) -> str:
    items = values if isinstance(values, list | tuple) else [values]
    return (
        "、".join(_value(v) for v in items)
        if items
        else _t(QT_TRANSLATE_NOOP("AuditWords", "none"))
    )


def _files(count: int) -> str:
    return (
        _t(QT_TRANSLATE_NOOP("AuditWords", "1 file"))
        if count == 1
        else _t(QT_TRANSLATE_NOOP("AuditWords", "{count} files"), count=count)
    )


def _expert(code: object, names: AuditNames) -> str:
    name = names.experts.get(str(code), "")
    return f"{code} {name}".strip()


def _applicant(application_id: object, names: AuditNames) -> str:
    return names.applications.get(str(application_id), str(application_id))


# Field names as a person reads them, for changes and for events of unknown kinds.
FIELDS = {
    "name": QT_TRANSLATE_NOOP("AuditWords", "name"),
    "code": QT_TRANSLATE_NOOP("AuditWords", "code"),
    "title": QT_TRANSLATE_NOOP("AuditWords", "title"),
    "region": QT_TRANSLATE_NOOP("AuditWords", "region"),
    "contact": QT_TRANSLATE_NOOP("AuditWords", "contact"),
    "phone": QT_TRANSLATE_NOOP("AuditWords", "phone"),
    "kind": QT_TRANSLATE_NOOP("AuditWords", "kind"),
    "track": QT_TRANSLATE_NOOP("AuditWords", "track"),
    "status": QT_TRANSLATE_NOOP("AuditWords", "status"),
    "files": QT_TRANSLATE_NOOP("AuditWords", "files"),
    "affiliation": QT_TRANSLATE_NOOP("AuditWords", "affiliation"),
    "expertise": QT_TRANSLATE_NOOP("AuditWords", "expertise"),
    "is_leader": QT_TRANSLATE_NOOP("AuditWords", "panel leader"),
    "is_reserve": QT_TRANSLATE_NOOP("AuditWords", "reserve"),
    "ties": QT_TRANSLATE_NOOP("AuditWords", "ties to applicants"),
    "minimum": QT_TRANSLATE_NOOP("AuditWords", "fewest experts"),
    "odd": QT_TRANSLATE_NOOP("AuditWords", "odd number"),
    "quota": QT_TRANSLATE_NOOP("AuditWords", "quota"),
    "min_final": QT_TRANSLATE_NOOP("AuditWords", "lowest final score"),
    "tie_break": QT_TRANSLATE_NOOP("AuditWords", "tie-break"),
    "start": QT_TRANSLATE_NOOP("AuditWords", "start"),
    "term_days": QT_TRANSLATE_NOOP("AuditWords", "days of notice"),
    "reply_days": QT_TRANSLATE_NOOP("AuditWords", "days to reply"),
    "text": QT_TRANSLATE_NOOP("AuditWords", "text"),
    "reply": QT_TRANSLATE_NOOP("AuditWords", "reply"),
    "outcome": QT_TRANSLATE_NOOP("AuditWords", "outcome"),
    "expert": QT_TRANSLATE_NOOP("AuditWords", "expert"),
    "applicant": QT_TRANSLATE_NOOP("AuditWords", "applicant"),
    "round": QT_TRANSLATE_NOOP("AuditWords", "round"),
    "version": QT_TRANSLATE_NOOP("AuditWords", "version"),
    "fingerprint": QT_TRANSLATE_NOOP("AuditWords", "fingerprint"),
}


def field_name(key: str) -> str:
    return translate(_C, FIELDS[key]) if key in FIELDS else key.replace("_", " ")


def _value(value: object) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            _t(QT_TRANSLATE_NOOP("AuditWords", "yes"))
            if value
            else _t(QT_TRANSLATE_NOOP("AuditWords", "no"))
        )
    if isinstance(value, list | tuple):
        return _list(value)
    if isinstance(value, dict):
        return _fields(value)
    return str(value)


def _fields(values: Mapping[str, Any]) -> str:
    return _t(QT_TRANSLATE_NOOP("AuditWords", "; ")).join(
        f"{field_name(k)} {_value(v)}" for k, v in values.items()
    )


def _changes(old: Any, new: Any) -> str:
    """What changed, field by field: 职称 副教授 → 教授."""
    old = old if isinstance(old, dict) else {}
    new = new if isinstance(new, dict) else {}
    keys = [k for k in new if old.get(k) != new.get(k)] or list(new)
    return _t(QT_TRANSLATE_NOOP("AuditWords", "; ")).join(
        f"{field_name(k)} {_value(old[k])} → {_value(new.get(k))}"
        if k in old
        else f"{field_name(k)} {_value(new.get(k))}"
        for k in keys
    )


Describer = Callable[[AuditRow, AuditNames], str]


def _get(row: AuditRow, key: str, side: str = "new") -> Any:
    value = row.new if side == "new" else row.old
    return value.get(key) if isinstance(value, dict) else None


def _lock_method(method: object) -> object:
    """The lock's snapshot keeps the method with its parameters ({"method": …, …})."""
    return method.get("method") if isinstance(method, dict) else method


def _gates(row: AuditRow, _names: AuditNames) -> str:
    changed = _get(row, "statuses") or []
    return _t(
        QT_TRANSLATE_NOOP(
            "AuditWords", "eligibility conditions set: {gates}; statuses changed: {count}"
        ),
        gates=_list([_check_name(code) for code in _get(row, "gates") or []]),
        count=len(changed) if isinstance(changed, list) else 0,
    )


def _ground(value: object) -> str:
    """An unlock's ground in the words of 87号令 §64, as the unlock dialog offers it."""
    try:
        return ground_label(ChangeGround(str(value)))
    except ValueError:
        return _value(value)


def _check_name(code: object) -> str:
    name = CHECK_NAMES.get(str(code))
    return translate("Checks", name) if name else str(code)


def _imported(row: AuditRow, _names: AuditNames) -> str:
    return _t(
        QT_TRANSLATE_NOOP("AuditWords", "package imported: {files}, {status}"),
        files=_files(len(_get(row, "files") or [])),
        status=_enum(ApplicationStatus, _get(row, "status")),
    )


def _replaced(row: AuditRow, _names: AuditNames) -> str:
    return _t(
        QT_TRANSLATE_NOOP("AuditWords", "package replaced: {old} → {new}, {status}"),
        old=_files(len(_get(row, "files", "old") or [])),
        new=_files(len(_get(row, "files") or [])),
        status=_enum(ApplicationStatus, _get(row, "status")),
    )


def _status(row: AuditRow, _names: AuditNames) -> str:
    return _t(
        QT_TRANSLATE_NOOP("AuditWords", "status {old} → {new}"),
        old=_enum(ApplicationStatus, _get(row, "status", "old")),
        new=_enum(ApplicationStatus, _get(row, "status")),
    )


def _kit_issued(row: AuditRow, _names: AuditNames) -> str:
    return _t(
        QT_TRANSLATE_NOOP("AuditWords", "{kind} issued for round {round}: {count} applications"),
        kind=_get(row, "kind") or _t(QT_TRANSLATE_NOOP("AuditWords", "kit")),
        round=_get(row, "round"),
        count=len(_get(row, "applications") or []),
    )


def _scores(row: AuditRow, _names: AuditNames) -> str:
    return _t(
        QT_TRANSLATE_NOOP(
            "AuditWords", "scores imported from {file}: {count} scores, round {round}"
        ),
        file=_get(row, "file"),
        count=_get(row, "scores"),
        round=_get(row, "round"),
    )


def _note(row: AuditRow, names: AuditNames) -> str:
    if row.action == "note.dissent":
        return _t(
            QT_TRANSLATE_NOOP("AuditWords", "dissent of expert {expert}: {text}"),
            expert=_expert(_get(row, "expert"), names),
            text=_get(row, "text"),
        )
    return _t(QT_TRANSLATE_NOOP("AuditWords", "discussion note: {text}"), text=_get(row, "text"))


def _decision(row: AuditRow, _names: AuditNames) -> str:
    return _t(
        QT_TRANSLATE_NOOP("AuditWords", "decision: {outcome} (rank {rank})"),
        outcome=_enum(DecisionOutcome, _get(row, "outcome")),
        rank=_value(_get(row, "rank")),
    )


def _objection(row: AuditRow, names: AuditNames) -> str:
    about = _applicant(_get(row, "application_id"), names)
    if row.action == "objection.reply":
        return _t(
            QT_TRANSLATE_NOOP("AuditWords", "objection about {about} answered: {reply}"),
            about=about,
            reply=_get(row, "reply"),
        )
    if row.action == "objection.close":
        return _t(
            QT_TRANSLATE_NOOP("AuditWords", "objection about {about} closed: {outcome}"),
            about=about,
            outcome=_value(_get(row, "outcome_text") or _get(row, "outcome")),
        )
    return _t(
        QT_TRANSLATE_NOOP(
            "AuditWords", "objection about {about} received from {objector} ({unit}) on {date}"
        ),
        about=about,
        objector=_get(row, "objector"),
        unit=_value(_get(row, "unit")),
        date=_get(row, "received_on"),
    )


def _report_answer(row: AuditRow, _names: AuditNames) -> str:
    answer = _get(row, "answer")
    if answer is None:
        return _t(QT_TRANSLATE_NOOP("AuditWords", "answer to the review report withdrawn"))
    words = {
        "signed": QT_TRANSLATE_NOOP("AuditWords", "signed the review report"),
        "dissent": QT_TRANSLATE_NOOP(
            "AuditWords", "signed the review report with a dissent: {reasons}"
        ),
        "not_signed": QT_TRANSLATE_NOOP("AuditWords", "did not sign the review report: {reasons}"),
    }
    return _t(words.get(str(answer), words["not_signed"]), reasons=_value(_get(row, "reasons")))


def _outcome_bands(row: AuditRow, _names: AuditNames) -> str:
    """The acceptance bands and stars as set: 不通过 0.00–60.00; … ; 一星 ≥ 85.00."""
    parts = [
        f"{_enum(AcceptanceOutcome, band.get('outcome'))} {band.get('from')}–{band.get('to')}"
        for band in _get(row, "bands") or ()
        if isinstance(band, dict)
    ]
    grades = _get(row, "grades") or ()
    parts += [f"{grade_label(stars)} ≥ {value}" for stars, value in enumerate(grades[:3], 1)]
    if not grades:
        parts.append(_t(QT_TRANSLATE_NOOP("AuditWords", "no star grade")))
    return _t(
        QT_TRANSLATE_NOOP("AuditWords", "acceptance outcome bands set: {bands}"),
        bands=_t(QT_TRANSLATE_NOOP("AuditWords", "; ")).join(parts),
    )


def _simple(source: str, /, **keys: str) -> Describer:
    """A describer filling `text` with fields of the new value (key in text -> field)."""

    def describe(row: AuditRow, _names: AuditNames) -> str:
        return _t(source, **{name: _value(_get(row, key)) for name, key in keys.items()})

    return describe


def _changed(source: str) -> Describer:
    def describe(row: AuditRow, _names: AuditNames) -> str:
        return _t(source, changes=_changes(row.old, row.new))

    return describe


DESCRIBERS: dict[str, Describer] = {
    "campaign.create": _simple(
        QT_TRANSLATE_NOOP("AuditWords", "campaign created: {title}"), title="title"
    ),
    "demo.create": _simple(QT_TRANSLATE_NOOP("AuditWords", "demo campaign created")),
    "campaign.restore": _simple(
        QT_TRANSLATE_NOOP("AuditWords", "restored from the backup {backup} taken {taken}"),
        backup="backup",
        taken="taken_at",
    ),
    "campaign.gates": _gates,
    "applicant.add": _simple(
        QT_TRANSLATE_NOOP("AuditWords", "registered ({region})"), region="region"
    ),
    "applicant.update": _changed(QT_TRANSLATE_NOOP("AuditWords", "changed: {changes}")),
    "application.import": _imported,
    "application.replace": _replaced,
    "application.status": _status,
    "expert.add": _simple(
        QT_TRANSLATE_NOOP("AuditWords", "added to the experts ({affiliation})"),
        affiliation="affiliation",
    ),
    "expert.update": _changed(QT_TRANSLATE_NOOP("AuditWords", "changed: {changes}")),
    "expert.tie_resolved": lambda row, _names: _t(
        QT_TRANSLATE_NOOP(
            "AuditWords", "tie to {applicant} ({relation}) in effect: the applicant registered"
        ),
        applicant=_value(_get(row, "applicant")),
        relation=_enum(TieRelation, _get(row, "relation")),
    ),
    "campaign.carry_over": lambda row, _names: _t(
        QT_TRANSLATE_NOOP(
            "AuditWords",
            "carried over from {source}: experts {experts}; ties kept pending {pending}",
        ),
        source=_value(_get(row, "from_campaign")),
        experts=len(_get(row, "experts") or []),
        pending=_value(_get(row, "pending_ties") or 0),
    ),
    "campaign.later_review": lambda row, _names: _t(
        QT_TRANSLATE_NOOP(
            "AuditWords",
            "{review} of the pilots {source} approved (results {fingerprint}): {pilots}",
        ),
        review=_enum(CampaignKind, _get(row, "kind")),
        source=_value(_get(row, "source_title")),
        fingerprint=str(_get(row, "source_fingerprint") or "")[:12],
        pilots=_list(_get(row, "pilots") or []),
    ),
    "pilot.approval_letter": lambda row, _names: _t(
        QT_TRANSLATE_NOOP(
            "AuditWords",
            "approval letter of {applicant}: {number} of {date}; pilot period to {end}",
        ),
        applicant=_value(_get(row, "applicant")),
        number=_value(_get(row, "approval_number")),
        date=_value(_get(row, "approval_date")),
        end=_value(_get(row, "period_end")),
    ),
    "conflict.declare": lambda row, names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "conflict declared by expert {expert}"),
        expert=_expert(names.expert_codes.get(str(_get(row, "expert_id")), ""), names),
    ),
    "conflict.check": lambda row, names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "conflicts checked; declared: {declared}"),
        declared=_list([_applicant(a, names) for a in _get(row, "declared") or []]),
    ),
    "commitment.text": _simple(QT_TRANSLATE_NOOP("AuditWords", "review commitment text changed")),
    "commitment.accept": lambda row, names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "review commitment accepted; recused from: {recusals}"),
        recusals=_list([_applicant(a, names) for a in _get(row, "recusals") or []]),
    ),
    "commitment.signed": _simple(
        QT_TRANSLATE_NOOP("AuditWords", "paper commitment signed on {date}"), date="signed_on"
    ),
    "panel.assign": _simple(
        QT_TRANSLATE_NOOP(
            _C, "panel assigned: {per} experts per application, {added} added, {removed} removed"
        ),
        per="per_application",
        added="added",
        removed="removed",
    ),
    "panel.add": lambda row, names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "expert {expert} added to the panel"),
        expert=_expert(_get(row, "expert"), names),
    ),
    "panel.rules": _changed(QT_TRANSLATE_NOOP("AuditWords", "panel rules: {changes}")),
    "rubric.replace": lambda row, _names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "rubric version {old} → {new}: {title}"),
        old=_value(_get(row, "version", "old")),
        new=_value(_get(row, "version")),
        title=_value(_get(row, "title")),
    ),
    "kit.issue": _kit_issued,
    "scores.import": _scores,
    "round.open": lambda row, _names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "re-score round {round} opened for {count} applications"),
        round=_value(_get(row, "round")),
        count=len(_get(row, "items") or []),
    ),
    "round.reaccept": lambda row, _names: _t(
        QT_TRANSLATE_NOOP(
            "AuditWords", "re-acceptance opened for {count} pilots, to rectify by {date}"
        ),
        count=len({item.get("application_id") for item in _get(row, "items") or ()}),
        date=_value(_get(row, "rectify_by")),
    ),
    "outcomes.bands": _outcome_bands,
    "note.add": _note,
    "note.dissent": _note,
    "deviation.explain": lambda row, names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "deviation of expert {expert} explained: {text}"),
        expert=_expert(_get(row, "expert"), names),
        text=_value(_get(row, "text")),
    ),
    "results.lock": lambda row, _names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "results locked ({method})"),
        method=_enum(AggregationMethod, _lock_method(_get(row, "method"))),
    ),
    "results.unlock": lambda row, _names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "results unlocked ({ground} {text})"),
        ground=_ground(_get(row, "ground")),
        text=_value(_get(row, "ground_text")),
    ),
    "review_report.answer": _report_answer,
    "ranking.rules": _changed(QT_TRANSLATE_NOOP("AuditWords", "ranking rules: {changes}")),
    "decision.commit": _decision,
    "notice.set": _simple(
        QT_TRANSLATE_NOOP(
            "AuditWords", "public notice from {start}: {term} days, replies within {reply} days"
        ),
        start="start",
        term="term_days",
        reply="reply_days",
    ),
    "objection.add": _objection,
    "objection.reply": _objection,
    "objection.close": _objection,
    "feedback.save": lambda row, _names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "feedback letter saved, edited from the draft")
        if _get(row, "edited")
        else QT_TRANSLATE_NOOP("AuditWords", "feedback letter saved as drafted")
    ),
    "documents.write": lambda row, _names: _t(
        QT_TRANSLATE_NOOP("AuditWords", "documents written: {names}"),
        names=_list(
            [
                str(d.get("path", "")).replace("\\", "/").rsplit("/", 1)[-1]
                for d in _get(row, "documents") or []
                if isinstance(d, dict)
            ]
        ),
    ),
}


def _subject(row: AuditRow, names: AuditNames) -> str:
    """Whom or what the event is about: 申报单位 咸阳市, 专家 E03 张…."""
    entity, key = row.entity, row.entity_id
    if entity == "application":
        return _t(QT_TRANSLATE_NOOP("AuditWords", "Applicant {name}"), name=_applicant(key, names))
    if entity == "applicant":
        name = _get(row, "name") or _get(row, "name", "old") or key
        return _t(QT_TRANSLATE_NOOP("AuditWords", "Applicant {name}"), name=name)
    if entity == "expert":
        return _t(QT_TRANSLATE_NOOP("AuditWords", "Expert {expert}"), expert=_expert(key, names))
    if entity in ("rubric", "track"):
        return _enum(TrackKind, key)
    if entity == "scoring_round":
        return _t(QT_TRANSLATE_NOOP("AuditWords", "Round {round}"), round=key)
    return ""


def _fallback(row: AuditRow, _names: AuditNames) -> str:
    """An event this version does not know: its fields in words."""
    return _changes(row.old, row.new) if row.old or row.new else ""


def describe(row: AuditRow, names: AuditNames | None = None) -> str:
    """The event as one sentence: its subject, then what happened."""
    names = names or AuditNames()
    words = DESCRIBERS.get(row.action, _fallback)(row, names)
    subject = _subject(row, names)
    return (
        _t(QT_TRANSLATE_NOOP("AuditWords", "{subject}: {event}"), subject=subject, event=words)
        if subject
        else words
    )
