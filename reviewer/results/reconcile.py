"""Reconciliation: the panel's notes and dissents, and locking the merged results.

Locking stores the merged results themselves with a fingerprint (SHA-256 of their
canonical JSON), so every document printed afterwards shows exactly what was locked
and can be traced to it. While locked, nothing that changes the results may happen
(importing scores, changing a rubric, assigning the panel); unlocking needs a reason,
and both are in the audit log.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Application, Decision, DiscussionNote, Expert, ResultLock
from models.base import utc_now
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.results.merge import PanelResults, merge_results
from reviewer.store import audit
from reviewer.store.backups import LOCK, back_up
from reviewer.store.result_lock import active_lock, ensure_unlocked
from reviewer.store.storage import CampaignStore


class ResultsNotLocked(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The results are not locked, so there is nothing to unlock."
    )


class ReasonRequired(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "Give a reason: it is kept in the audit log.")


class NoteEmpty(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The note is empty. Write what was discussed.")


@dataclass(frozen=True)
class Lock:
    locked_at: datetime
    locked_by: str
    reason: str
    fingerprint: str
    results: dict[str, Any]

    @property
    def short_fingerprint(self) -> str:
        """What a printed page shows: enough to tell result sets apart at a glance."""
        return self.fingerprint[:12]


def fingerprint(results: dict[str, Any]) -> str:
    canonical = json.dumps(results, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def current_lock(store: CampaignStore) -> Lock | None:
    with store.reading() as session:
        lock = active_lock(session)
        if lock is None:
            return None
        return Lock(lock.locked_at, lock.locked_by, lock.reason, lock.fingerprint, lock.results)


def lock_results(store: CampaignStore, reason: str) -> Lock:
    """Merge the scores as they stand and lock the outcome."""
    if not reason.strip():
        raise ReasonRequired()
    back_up(store, LOCK)
    results: PanelResults = merge_results(store)
    snapshot = results.as_json()
    digest = fingerprint(snapshot)
    with store.writing() as session:
        ensure_unlocked(session)
        lock = ResultLock(
            locked_by=audit.current_actor(),
            reason=reason.strip(),
            fingerprint=digest,
            results=snapshot,
            unlocked_by="",
            unlock_reason="",
        )
        session.add(lock)
        session.flush()
        audit.record(
            session,
            "results.lock",
            entity="result_lock",
            entity_id=lock.id,
            new={"fingerprint": digest, "method": snapshot["method"]},
            reason=reason.strip(),
        )
        return Lock(lock.locked_at, lock.locked_by, lock.reason, digest, snapshot)


def decided_on_lock(store: CampaignStore) -> int:
    """How many committed decisions rest on the results locked now. An unlock leaves them
    to be taken again on the results locked next, before any document names anyone, so
    whoever unlocks is told first."""
    with store.reading() as session:
        return _decided_on(session, active_lock(session))


def _decided_on(session: Session, lock: ResultLock | None) -> int:
    if lock is None:
        return 0
    count = select(func.count(Decision.id)).where(Decision.lock_fingerprint == lock.fingerprint)
    return int(session.scalar(count) or 0)


def unlock_results(store: CampaignStore, reason: str) -> int:
    """Unlock the results, saying why; returns how many committed decisions rested on
    them (see `decided_on_lock`), which the audit log records too."""
    if not reason.strip():
        raise ReasonRequired()
    with store.writing() as session:
        lock = active_lock(session)
        if lock is None:
            raise ResultsNotLocked()
        decided = _decided_on(session, lock)
        lock.unlocked_at = utc_now()
        lock.unlocked_by = audit.current_actor()
        lock.unlock_reason = reason.strip()
        audit.record(
            session,
            "results.unlock",
            entity="result_lock",
            entity_id=lock.id,
            old={"fingerprint": lock.fingerprint, "decisions": decided},
            reason=reason.strip(),
        )
        return decided


@dataclass(frozen=True)
class Note:
    application_id: int
    expert_code: str  # empty for the panel's own notes; set for a dissent
    text: str
    author: str
    written_at: datetime


def add_note(store: CampaignStore, application_id: int, text: str, expert_code: str = "") -> None:
    """A discussion note, or with `expert_code` that expert's written dissent."""
    if not text.strip():
        raise NoteEmpty()
    with store.writing() as session:
        session.get_one(Application, application_id)
        expert_id = None
        if expert_code:
            expert_id = session.scalars(select(Expert.id).where(Expert.code == expert_code)).one()
        note = DiscussionNote(
            application_id=application_id,
            expert_id=expert_id,
            text=text.strip(),
            author=audit.current_actor(),
        )
        session.add(note)
        session.flush()
        audit.record(
            session,
            "note.dissent" if expert_id else "note.add",
            entity="application",
            entity_id=application_id,
            new={"text": text.strip(), "expert": expert_code},
        )


def notes(store: CampaignStore) -> list[Note]:
    with store.reading() as session:
        rows = session.execute(
            select(DiscussionNote, Expert.code)
            .outerjoin(Expert, Expert.id == DiscussionNote.expert_id)
            .order_by(DiscussionNote.id)
        )
        return [
            Note(n.application_id, code or "", n.text, n.author, n.written_at) for n, code in rows
        ]
