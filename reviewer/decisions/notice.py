"""The public notice (公示) of the proposed list and the objections (异议) to it.

The proposed list is published for a term of working days (`public_notice_term`); anyone
may object meanwhile, and each objection is answered by a deadline set when it is
received and closed with an outcome. The final pilot list (试点名单) follows the notice:
it is written only once the term has run and every objection is closed
(`final_list_hold`), and the report says from which day it can be.

Every change is one transaction with its audit event (who, when, old, new).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Applicant, Application, Objection, ObjectionOutcome, PublicNotice
from models.base import utc_now
from reviewer.decisions.public_notice_term import (
    DEFAULT_REPLY_DAYS,
    DEFAULT_TERM_DAYS,
    MAX_DAYS,
    WorkingDays,
    notice_term,
)
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store import audit
from reviewer.store.storage import CampaignStore

__all__ = ["ObjectionOutcome"]

OUTCOME_LABELS = {
    ObjectionOutcome.UPHELD: QT_TRANSLATE_NOOP("Notice", "Upheld"),
    ObjectionOutcome.REJECTED: QT_TRANSLATE_NOOP("Notice", "Rejected"),
    ObjectionOutcome.WITHDRAWN: QT_TRANSLATE_NOOP("Notice", "Withdrawn"),
}


class TermOutOfRange(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "A term of {days} working days is not possible: give 1 to {most}."
    )


class ObjectionNotFound(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no objection {objection}.")


class ApplicationNotFound(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "There is no application {application}.")


class ObjectionClosed(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Objection {objection} was closed on {closed}; it can no longer be changed."
    )


class ObjectionTextMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "Write {what}: it cannot be empty.")


def outcome_label(outcome: ObjectionOutcome | None) -> str:
    if outcome is None:
        return translate("Notice", "Open")
    return translate("Notice", OUTCOME_LABELS[outcome])


@dataclass(frozen=True)
class ObjectionRecord:
    """An objection as received, answered and closed."""

    id: int
    application_id: int
    applicant: str
    received_on: date
    objector: str
    unit: str
    contact: str
    text: str
    reply_due: date
    reply: str
    replied_on: date | None
    outcome: ObjectionOutcome | None
    outcome_text: str
    closed_on: date | None

    @property
    def open(self) -> bool:
        return self.outcome is None

    def overdue(self, today: date) -> bool:
        """Not answered, and its reply deadline has passed."""
        return self.replied_on is None and self.open and today > self.reply_due

    def as_json(self, today: date) -> dict[str, Any]:
        return {
            "id": self.id,
            "application_id": self.application_id,
            "applicant": self.applicant,
            "received_on": self.received_on.isoformat(),
            "objector": self.objector,
            "unit": self.unit,
            "contact": self.contact,
            "text": self.text,
            "reply_due": self.reply_due.isoformat(),
            "reply": self.reply,
            "replied_on": None if self.replied_on is None else self.replied_on.isoformat(),
            "outcome": None if self.outcome is None else self.outcome.value,
            "outcome_text": self.outcome_text,
            "closed_on": None if self.closed_on is None else self.closed_on.isoformat(),
            "open": self.open,
            "overdue": self.overdue(today),
        }


@dataclass(frozen=True)
class NoticeState:
    """The notice's terms, its working days once started, and the objections."""

    start: date | None
    term_days: int
    reply_days: int
    term: WorkingDays | None
    objections: tuple[ObjectionRecord, ...]

    @property
    def end(self) -> date | None:
        return None if self.term is None else self.term.last

    def open_objections(self) -> tuple[ObjectionRecord, ...]:
        return tuple(o for o in self.objections if o.open)

    def runs_on(self, today: date) -> bool:
        return self.term is not None and today <= self.term.last

    def final_list_from(self) -> date | None:
        """The first day the final list may be written, as far as the term goes: the day
        after the notice's last day."""
        return None if self.term is None else self.term.last + timedelta(days=1)

    def as_json(self, today: date) -> dict[str, Any]:
        term = self.term
        return {
            "start": None if self.start is None else self.start.isoformat(),
            "term_days": self.term_days,
            "reply_days": self.reply_days,
            "end": None if term is None else term.last.isoformat(),
            "working_days": [] if term is None else [d.isoformat() for d in term.days],
            "weekday_years": [] if term is None else list(term.weekday_years),
            "running": self.runs_on(today),
            "final_list_from": _iso(self.final_list_from()),
            "open_objections": len(self.open_objections()),
            "final_list_hold": final_list_hold(self, today),
        }


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def final_list_hold(state: NoticeState, today: date) -> str | None:
    """Why the final pilot list cannot be written on `today`, or None when it can: the
    list follows a notice that ran its full term with every objection closed."""
    if state.term is None:
        return translate(
            "Notice",
            "The pilot list is written after the public notice: start the public notice "
            "and let its term run.",
        )
    if state.runs_on(today):
        return translate(
            "Notice",
            "The public notice runs until {end}: the pilot list can be written from {first}.",
        ).format(end=state.term.last.isoformat(), first=_iso(state.final_list_from()))
    pending = state.open_objections()
    if pending:
        return translate(
            "Notice",
            "Objections still open: {count} ({which}). The pilot list can be written once "
            "they are closed.",
        ).format(count=len(pending), which="、".join(f"#{o.id} {o.applicant}" for o in pending))
    return None


def weekday_note(term: WorkingDays | None) -> str | None:
    """What to say of a term counted partly in weekdays: its dates may move once the
    State Council publishes that year's holidays."""
    if term is None or term.exact:
        return None
    years = "、".join(str(year) for year in term.weekday_years)
    return translate(
        "Notice",
        "The holidays of {years} are not known to this version of Reviewer: working days "
        "in that year were counted Monday to Friday.",
    ).format(years=years)


def _notice_row(session: Session) -> PublicNotice | None:
    return session.scalars(select(PublicNotice).order_by(PublicNotice.id)).first()


def _record(row: Objection, applicant: str) -> ObjectionRecord:
    return ObjectionRecord(
        row.id,
        row.application_id,
        applicant,
        row.received_on,
        row.objector,
        row.unit,
        row.contact,
        row.text,
        row.reply_due,
        row.reply,
        row.replied_on,
        row.outcome,
        row.outcome_text,
        row.closed_on,
    )


def _objections_in(session: Session) -> tuple[ObjectionRecord, ...]:
    rows = session.execute(
        select(Objection, Applicant.name)
        .join(Application, Application.id == Objection.application_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .order_by(Objection.received_on, Objection.id)
    ).all()
    return tuple(_record(row, name) for row, name in rows)


def state_in(session: Session) -> NoticeState:
    row = _notice_row(session)
    term_days = DEFAULT_TERM_DAYS if row is None else row.term_days
    reply_days = DEFAULT_REPLY_DAYS if row is None else row.reply_days
    start = None if row is None else row.start
    term = None if start is None else notice_term(start, term_days)
    return NoticeState(start, term_days, reply_days, term, _objections_in(session))


def notice_state(store: CampaignStore) -> NoticeState:
    with store.reading() as session:
        return state_in(session)


def _check_days(days: int | None) -> None:
    if days is not None and not 1 <= days <= MAX_DAYS:
        raise TermOutOfRange(days=days, most=MAX_DAYS)


def set_notice(
    store: CampaignStore,
    *,
    start: date | None = None,
    term_days: int | None = None,
    reply_days: int | None = None,
) -> NoticeState:
    """Set the notice's start and its terms (what is None stays as it was)."""
    _check_days(term_days)
    _check_days(reply_days)
    with store.writing() as session:
        row = _notice_row(session)
        if row is None:
            row = PublicNotice(term_days=DEFAULT_TERM_DAYS, reply_days=DEFAULT_REPLY_DAYS)
            session.add(row)
        old = _notice_json(row)
        if start is not None:
            row.start = start
            row.started_by = audit.current_actor()
            row.started_at = utc_now()
        if term_days is not None:
            row.term_days = term_days
        if reply_days is not None:
            row.reply_days = reply_days
        session.flush()
        audit.record(
            session,
            "notice.set",
            entity="public_notice",
            entity_id=row.id,
            old=old,
            new=_notice_json(row),
        )
        return state_in(session)


def _notice_json(row: PublicNotice) -> dict[str, Any]:
    return {
        "start": _iso(row.start),
        "term_days": row.term_days,
        "reply_days": row.reply_days,
    }
