"""Reconciliation: the panel's notes and dissents, and locking the merged results.

Locking stores the merged results themselves with a fingerprint (SHA-256 of their
canonical JSON), so every document printed afterwards shows exactly what was locked
and can be traced to it. While locked, nothing that changes the results may happen
(importing scores, changing a rubric, assigning the panel); unlocking needs a reason and
one of the grounds on which compiled results may change (87号令 §64), and both are in the
audit log. Locking is refused while `lock_checks` finds anything open (a deviating score
neither re-checked nor explained, 87号令 §45) unless the panel leader allows it with a
reason.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Application, Decision, DiscussionNote, Expert, ResultLock
from models.base import utc_now
from models.enums import ChangeGround
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.results.lock_checks import LockRefused, OverrideWithoutLeader, lock_obstacles
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


class GroundRequired(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Say on which ground the locked results change (87号令 §64): an adding-up error, a "
        "sub-score out of the rubric's range, inconsistent scoring of an objective item, a "
        "score the panel judges abnormally high or low, or other (say what).",
    )


class OtherGroundUnsaid(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The ground is “other”: say what it is. It is kept with the reason."
    )


class NoteEmpty(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The note is empty. Write what was discussed.")


@dataclass(frozen=True)
class Lock:
    locked_at: datetime
    locked_by: str
    reason: str
    fingerprint: str
    results: dict[str, Any]
    override_by: str = ""
    override_reason: str = ""
    open_deviations: tuple[dict[str, Any], ...] = field(default_factory=tuple)

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
        return _lock(lock)


def _lock(lock: ResultLock) -> Lock:
    return Lock(
        lock.locked_at,
        lock.locked_by,
        lock.reason,
        lock.fingerprint,
        lock.results,
        lock.override_by,
        lock.override_reason,
        tuple(lock.open_deviations or ()),
    )


def lock_results(store: CampaignStore, reason: str, override_reason: str = "") -> Lock:
    """Merge the scores as they stand and lock the outcome.

    Refused with `LockRefused` while `lock_checks` finds anything open, unless
    `override_reason` gives the panel leader's reason to lock anyway: the lock and the
    audit log then keep the leader, the reason and what was open."""
    if not reason.strip():
        raise ReasonRequired()
    back_up(store, LOCK)
    results: PanelResults = merge_results(store)
    obstacles = lock_obstacles(store, results)
    if obstacles and not override_reason.strip():
        raise LockRefused(obstacles)
    snapshot = results.as_json()
    digest = fingerprint(snapshot)
    with store.writing() as session:
        ensure_unlocked(session)
        leader = _leader(session) if obstacles else ""
        lock = ResultLock(
            locked_by=audit.current_actor(),
            reason=reason.strip(),
            fingerprint=digest,
            results=snapshot,
            unlocked_by="",
            unlock_reason="",
            override_by=leader,
            override_reason=override_reason.strip() if obstacles else "",
            open_deviations=[o.record() for o in obstacles],
        )
        session.add(lock)
        session.flush()
        audit.record(
            session,
            "results.lock",
            entity="result_lock",
            entity_id=lock.id,
            new=_lock_event(session, lock, snapshot),
            reason=reason.strip(),
        )
        return _lock(lock)


def _leader(session: Session) -> str:
    """The panel leader, as the override records them; refused without one."""
    leader = session.scalars(select(Expert).where(Expert.is_leader).order_by(Expert.code)).first()
    if leader is None:
        raise OverrideWithoutLeader()
    return f"{leader.code} {leader.name}"


def _lock_event(session: Session, lock: ResultLock, snapshot: dict[str, Any]) -> dict[str, Any]:
    """What the audit log keeps of a lock: its fingerprint and method, the override if any,
    and the ground of the unlock it follows (87号令 §64), if any."""
    event: dict[str, Any] = {"fingerprint": lock.fingerprint, "method": snapshot["method"]}
    if lock.override_by:
        event["override"] = {
            "by": lock.override_by,
            "reason": lock.override_reason,
            "open": lock.open_deviations,
        }
    before = session.scalars(
        select(ResultLock).where(ResultLock.id < lock.id).order_by(ResultLock.id.desc())
    ).first()
    if before is not None and before.unlock_ground:
        event["after_change"] = {
            "ground": before.unlock_ground,
            "ground_text": before.unlock_ground_text,
            "reason": before.unlock_reason,
        }
    return event


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


def unlock_results(
    store: CampaignStore, reason: str, ground: ChangeGround | None, ground_text: str = ""
) -> int:
    """Unlock the results, saying why and on which ground of 87号令 §64 they change
    (`ground_text` says what an OTHER ground is); returns how many committed decisions
    rested on them (see `decided_on_lock`), which the audit log records too."""
    if ground is None:
        raise GroundRequired()
    if ground is ChangeGround.OTHER and not ground_text.strip():
        raise OtherGroundUnsaid()
    if not reason.strip():
        raise ReasonRequired()
    with store.writing() as session:
        return unlock_in(session, reason, ground, ground_text)


def unlock_in(session: Session, reason: str, ground: ChangeGround, ground_text: str = "") -> int:
    """Unlock inside the caller's unit of work, recorded in the audit log (see
    `unlock_results`, which checks the reason and ground first)."""
    lock = active_lock(session)
    if lock is None:
        raise ResultsNotLocked()
    decided = _decided_on(session, lock)
    lock.unlocked_at = utc_now()
    lock.unlocked_by = audit.current_actor()
    lock.unlock_reason = reason.strip()
    lock.unlock_ground = ground.value
    lock.unlock_ground_text = ground_text.strip() if ground is ChangeGround.OTHER else ""
    audit.record(
        session,
        "results.unlock",
        entity="result_lock",
        entity_id=lock.id,
        old={"fingerprint": lock.fingerprint, "decisions": decided},
        new={"ground": lock.unlock_ground, "ground_text": lock.unlock_ground_text},
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


@dataclass(frozen=True)
class ResultChange:
    """A change to compiled results: an unlock with its ground (87号令 §64) and reason,
    and the applications whose final score the lock after it changed (id -> the final
    before and after, None when there was none); empty until locked again."""

    unlocked_at: datetime
    unlocked_by: str
    ground: ChangeGround | None  # None: unlocked before grounds were asked
    ground_text: str
    reason: str
    finals: dict[int, tuple[str | None, str | None]]


def _finals(snapshot: dict[str, Any]) -> dict[int, str | None]:
    return {int(a["application_id"]): a["final"] for a in snapshot["applications"]}


def result_changes(store: CampaignStore) -> list[ResultChange]:
    """Every unlock so far, oldest first, with what the next lock changed."""
    with store.reading() as session:
        locks = list(session.scalars(select(ResultLock).order_by(ResultLock.id)))
        changes = []
        for lock, after in zip(locks, [*locks[1:], None], strict=True):
            if lock.unlocked_at is None:
                continue
            finals: dict[int, tuple[str | None, str | None]] = {}
            if after is not None:
                old, new = _finals(lock.results), _finals(after.results)
                finals = {
                    key: (old.get(key), new.get(key))
                    for key in sorted(old.keys() | new.keys())
                    if old.get(key) != new.get(key)
                }
            changes.append(
                ResultChange(
                    lock.unlocked_at,
                    lock.unlocked_by,
                    ChangeGround(lock.unlock_ground) if lock.unlock_ground else None,
                    lock.unlock_ground_text,
                    lock.unlock_reason,
                    finals,
                )
            )
        return changes
