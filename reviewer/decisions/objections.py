"""The objections log (异议): received, answered, closed; each change audited.

An objection is about one application, from a named person (their unit and contact), in
their words. Its reply is due the campaign's reply term after receipt (working days,
`public_notice_term.reply_deadline`), fixed when it is recorded. It is closed as upheld,
rejected or withdrawn, with the reasons in words; a closed objection is no longer
changed, so the record shows what was decided.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Applicant, Application, Objection, ObjectionOutcome
from reviewer.decisions.notice import (
    ApplicationNotFound,
    ObjectionClosed,
    ObjectionNotFound,
    ObjectionRecord,
    ObjectionTextMissing,
    state_in,
)
from reviewer.decisions.public_notice_term import reply_deadline
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store import audit
from reviewer.store.storage import CampaignStore

WHAT = {
    "objector": QT_TRANSLATE_NOOP("Notice", "who objects"),
    "text": QT_TRANSLATE_NOOP("Notice", "the objection"),
    "reply": QT_TRANSLATE_NOOP("Notice", "the reply"),
    "outcome_text": QT_TRANSLATE_NOOP("Notice", "the reasons for the outcome"),
}


def _required(field: str, value: str) -> str:
    if not value.strip():
        raise ObjectionTextMissing(what=translate("Notice", WHAT[field]))
    return value.strip()


def _application(session: Session, wanted: str | int) -> Application:
    """An application by its id or its applicant's name."""
    text = str(wanted).strip()
    statement = select(Application).join(Applicant, Applicant.id == Application.applicant_id)
    if text.isdigit():
        found = session.scalars(statement.where(Application.id == int(text))).all()
    else:
        found = session.scalars(statement.where(Applicant.name == text)).all()
    if len(found) != 1:
        raise ApplicationNotFound(application=text)
    return found[0]


def _objection(session: Session, objection_id: int) -> Objection:
    row = session.get(Objection, objection_id)
    if row is None:
        raise ObjectionNotFound(objection=objection_id)
    if row.outcome is not None:
        raise ObjectionClosed(objection=objection_id, closed=row.closed_on)
    return row


def _as_json(row: Objection) -> dict[str, Any]:
    return {
        "application_id": row.application_id,
        "received_on": row.received_on.isoformat(),
        "objector": row.objector,
        "unit": row.unit,
        "contact": row.contact,
        "text": row.text,
        "reply_due": row.reply_due.isoformat(),
        "reply": row.reply,
        "replied_on": None if row.replied_on is None else row.replied_on.isoformat(),
        "outcome": None if row.outcome is None else row.outcome.value,
        "outcome_text": row.outcome_text,
        "closed_on": None if row.closed_on is None else row.closed_on.isoformat(),
    }


def _saved(session: Session, row: Objection, action: str, old: Any) -> ObjectionRecord:
    session.flush()
    audit.record(session, action, entity="objection", entity_id=row.id, old=old, new=_as_json(row))
    return next(o for o in state_in(session).objections if o.id == row.id)


def objections(store: CampaignStore) -> tuple[ObjectionRecord, ...]:
    """Every objection, in the order received."""
    with store.reading() as session:
        return state_in(session).objections


def add_objection(
    store: CampaignStore,
    application: str | int,
    received_on: date,
    objector: str,
    text: str,
    *,
    unit: str = "",
    contact: str = "",
) -> ObjectionRecord:
    """Record an objection received on `received_on`; its reply is due the campaign's
    reply term later."""
    with store.writing() as session:
        target = _application(session, application)
        days = state_in(session).reply_days
        row = Objection(
            application_id=target.id,
            received_on=received_on,
            objector=_required("objector", objector),
            unit=unit.strip(),
            contact=contact.strip(),
            text=_required("text", text),
            reply_due=reply_deadline(received_on, days).last,
            reply="",
            outcome_text="",
            recorded_by=audit.current_actor(),
        )
        session.add(row)
        return _saved(session, row, "objection.add", None)


def reply_objection(
    store: CampaignStore, objection_id: int, reply: str, replied_on: date
) -> ObjectionRecord:
    """Record the reply given (replacing an earlier one while the objection is open)."""
    with store.writing() as session:
        row = _objection(session, objection_id)
        old = _as_json(row)
        row.reply = _required("reply", reply)
        row.replied_on = replied_on
        return _saved(session, row, "objection.reply", old)


def close_objection(
    store: CampaignStore,
    objection_id: int,
    outcome: ObjectionOutcome,
    text: str,
    closed_on: date,
) -> ObjectionRecord:
    """Close an objection as upheld, rejected or withdrawn, with the reasons."""
    with store.writing() as session:
        row = _objection(session, objection_id)
        old = _as_json(row)
        row.outcome = outcome
        row.outcome_text = _required("outcome_text", text)
        row.closed_on = closed_on
        return _saved(session, row, "objection.close", old)
