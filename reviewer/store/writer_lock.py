"""One writer per campaign file, across processes and machines sharing a folder.

SQLite alone would let two app instances write the same file turn by turn, each with a
stale picture of the other's work. A lock file beside the campaign (`NAME.review-lock`)
holds an operating-system lock while a writer has the campaign open; the OS drops the
lock when the process dies, so a crash never leaves the file stuck. The lock file also
names its holder, so the second user can be told who has it.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from reviewer.errors import CampaignLocked, CampaignNotWritable
from reviewer.i18n import translate

# Windows locks byte ranges, and a locked range cannot be read; lock one byte far past
# the holder's description so that the description stays readable.
_LOCK_OFFSET = 1 << 20


def lock_path_for(campaign_path: Path) -> Path:
    return campaign_path.with_name(campaign_path.name + "-lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _same_file(handle: IO[str], path: Path) -> bool:
    try:
        return os.path.samestat(os.fstat(handle.fileno()), path.stat())
    except OSError:
        return False


class WriterLock:
    """The lock on one campaign file, held from `acquire` to `release`."""

    def __init__(self, campaign_path: Path) -> None:
        self.campaign_path = campaign_path
        self.path = lock_path_for(campaign_path)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise `CampaignLocked` naming who holds it."""
        for _attempt in range(3):
            try:
                handle = self.path.open("a+", encoding="utf-8")
            except OSError as exc:
                raise CampaignNotWritable(path=self.path, detail=exc) from exc
            if not _try_lock(handle):
                handle.close()
                raise CampaignLocked(path=self.campaign_path, holder=self.holder())
            # The previous holder may have deleted the file between our open and our lock;
            # then we hold a lock nobody else can see, so start again on the new file.
            if _same_file(handle, self.path):
                self._handle = handle
                self._write_holder(handle)
                return
            _unlock(handle)
            handle.close()
        raise CampaignLocked(path=self.campaign_path, holder=self.holder())

    def _write_holder(self, handle: IO[str]) -> None:
        holder = {
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(holder))
        handle.flush()

    def holder(self) -> str:
        """Who holds the lock, in words, as far as the lock file tells."""
        try:
            with self.path.open(encoding="utf-8") as handle:
                info = json.loads(handle.read(4096) or "{}")
            return translate("Errors", "{user} on {host} (process {pid})").format(
                user=info["user"], host=info["host"], pid=info["pid"]
            )
        except (OSError, ValueError, KeyError, TypeError):
            return translate("Errors", "another Reviewer window")

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            self.path.unlink()
        _unlock(handle)
        handle.close()

    @property
    def held(self) -> bool:
        return self._handle is not None
