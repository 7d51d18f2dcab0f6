"""A power cut while locking and unlocking the results: every lock and unlock reported is
kept, and a lock or unlock is never there without its audit event."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent, ResultLock
from reviewer.store.backups import list_backups
from reviewer.store.storage import open_campaign
from tests.kill import READY, RUNS, file_integrity, integrity, kill_at_random, needs_sigkill

# The child locks and unlocks the results over and over (each lock backed up before),
# printing "lock N" and "unlock N" after each commit.
LOCKER = """
    from pathlib import Path
    from models.enums import ChangeGround
    from reviewer.results.reconcile import lock_results, unlock_results
    from reviewer.store.storage import open_campaign
    store = open_campaign(Path({campaign!r}))
    print({ready!r}, flush=True)
    number = 0
    while True:
        number += 1
        lock_results(store, f"lock {{number}}", override_reason="组长同意")
        print("lock", number, flush=True)
        unlock_results(store, f"unlock {{number}}", ChangeGround.ABNORMAL)
        print("unlock", number, flush=True)
"""


@needs_sigkill
@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_mid_lock_keeps_locks_with_their_audit_events(demo_file: Path, run: int) -> None:
    killed = kill_at_random(
        LOCKER.format(campaign=str(demo_file), ready=READY), run=run, window=3.0
    )
    with open_campaign(demo_file) as store:
        assert integrity(store) == "ok", killed
        with store.reading() as session:
            locks = session.scalars(select(ResultLock).order_by(ResultLock.id)).all()
            events = {
                (event.action, event.entity_id, event.reason)
                for event in session.scalars(
                    select(AuditEvent).where(AuditEvent.entity == "result_lock")
                )
            }
            rows = [
                (lock.id, lock.reason, lock.unlock_reason, lock.unlocked_at is None)
                for lock in locks
            ]
    reported = [tuple(line.split()) for line in killed.lines]
    stored = []
    for lock_id, reason, unlock_reason, active in rows:
        assert ("results.lock", str(lock_id), reason) in events, killed
        stored.append(("lock", reason.split()[1]))
        if not active:
            assert ("results.unlock", str(lock_id), unlock_reason) in events, killed
            stored.append(("unlock", unlock_reason.split()[1]))
    assert len(events) == len(stored), killed  # no event without its change
    # What was reported is there in order, and at most the step under way besides.
    assert stored[: len(reported)] == reported and len(stored) <= len(reported) + 1, killed
    assert sum(active for *_rest, active in rows) <= 1
    for backup in list_backups(demo_file):
        assert file_integrity(backup.path) == "ok", (killed, backup.name)
