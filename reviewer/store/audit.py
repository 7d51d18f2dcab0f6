"""Recording changes in the audit trail (who, when, what, old, new, why)."""

from __future__ import annotations

import getpass
from functools import cache
from typing import Any

from sqlalchemy.orm import Session

from models import AuditEvent


@cache
def current_actor() -> str:
    """The person at the keyboard, as the operating system knows them: the process's
    login, looked up once (a batch records an event per file; each lookup read the
    password database)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name, e.g. in a stripped-down container
        return "unknown"


def record(
    session: Session,
    action: str,
    *,
    entity: str = "",
    entity_id: object = "",
    old: Any = None,
    new: Any = None,
    reason: str = "",
    actor: str | None = None,
) -> AuditEvent:
    """Add an audit event to the caller's unit of work, so it commits with the change."""
    event = AuditEvent(
        actor=actor or current_actor(),
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        old=old,
        new=new,
        reason=reason,
    )
    session.add(event)
    return event
