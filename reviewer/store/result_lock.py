"""Whether the merged results are locked, checked inside any unit of work that would
change them. Kept apart from `reconcile` so the checks cost no import of the merge."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import ResultLock
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP


class ResultsLocked(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The results were locked on {at} by {by} ({reason}), so they cannot change now. "
        "Unlock them with a reason first.",
    )


def active_lock(session: Session) -> ResultLock | None:
    return session.scalars(
        select(ResultLock).where(ResultLock.unlocked_at.is_(None)).order_by(ResultLock.id.desc())
    ).first()


def ensure_unlocked(session: Session) -> None:
    """Refuse, inside the caller's unit of work, a change to locked results."""
    lock = active_lock(session)
    if lock is not None:
        raise ResultsLocked(
            at=lock.locked_at.strftime("%Y-%m-%d %H:%M"), by=lock.locked_by, reason=lock.reason
        )
