"""Automatic backups of a campaign before the steps that matter, and restoring one.

Before a merge, a lock, a report and a batch of score files, a consistent copy of the
campaign (SQLite's backup API, as `save_copy`) goes into a folder beside it: `NAME.backups/`
for `NAME.review`. Beside the file rather than in the user's data folder, because the
backups then go wherever the campaign goes (the folder a secretariat copies to a USB stick
or a share holds both), whoever opens the campaign on another machine finds them, and the
user can see them in the file manager. Each backup is named with the time (UTC) and the
reason, `NAME-20260512-093015-123-lock.review`, and the last `KEEP` per reason are kept.

A campaign open read-only is backed up too (`reviewer reconcile` and `reviewer report`
read the campaign read-only, beside a window that may have it open): backup names carry
the millisecond and never replace one another, so two processes may share the folder. A
backup is skipped, with a note saying why, when the folder cannot be written (read-only
media) and when nothing changed since the latest backup (a marker of the file's state is
kept beside them, `.latest.json`).

Restoring first backs up the campaign as it is (reason "restore"), then records the
restore in the copy's own audit log and puts the copy in place of the campaign file in
one rename, with the campaign closed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from models import AuditEvent
from reviewer.errors import CampaignNotWritable, CampaignReadOnly, FileMissing, ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store import audit
from reviewer.store.storage import (
    SUFFIX,
    CampaignStore,
    check_file,
    finish_file,
    move_into_place,
    open_campaign,
    write_file_copy,
)
from reviewer.system_errors import system_words

KEEP = 10
MERGE, LOCK, REPORT, SCORES, RESTORE = "merge", "lock", "report", "scores", "restore"
REASONS = {
    MERGE: QT_TRANSLATE_NOOP("Backups", "before merging"),
    LOCK: QT_TRANSLATE_NOOP("Backups", "before locking"),
    REPORT: QT_TRANSLATE_NOOP("Backups", "before writing the documents"),
    SCORES: QT_TRANSLATE_NOOP("Backups", "before importing score files"),
    RESTORE: QT_TRANSLATE_NOOP("Backups", "before restoring a backup"),
}
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<when>\d{8}-\d{6})-(?P<ms>\d{3})-(?P<reason>[a-z]+)\.review$")
_PARTIAL = ".partial-"
_MARKER = ".latest.json"
# Partial copies older than this were left by a process that died while writing them.
_STALE_SECONDS = 3600
_log = logging.getLogger(__name__)
# The window backs up from its worker (merge) and from the GUI thread (lock): one at a time.
_busy = threading.Lock()


class BackupsNeedAFile(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Reviewer backs up campaign files only; a campaign in a database is backed up by "
        "its server.",
    )


class BackupMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "There is no backup named {name} beside the campaign {path}."
    )


@dataclass(frozen=True)
class Backup:
    """One backup file: when it was taken (UTC), why, and how big it is."""

    path: Path
    taken_at: datetime
    reason: str  # one of REASONS
    size: int

    @property
    def name(self) -> str:
        return self.path.name

    def reason_text(self) -> str:
        return translate("Backups", REASONS.get(self.reason, self.reason))

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "path": str(self.path),
            "taken_at": self.taken_at.isoformat(timespec="milliseconds"),
            "reason": self.reason,
            "size": self.size,
        }


@dataclass(frozen=True)
class BackupOutcome:
    """What `back_up` did. `backup` holds the campaign as it is: the one just taken, or
    the latest when nothing changed since; None when none could be taken. `note` says
    why none was taken."""

    backup: Backup | None
    taken: bool = False
    note: str = ""


def backups_folder(campaign: Path) -> Path:
    return campaign.with_name(campaign.stem + ".backups")


def _parse(path: Path) -> Backup | None:
    found = _NAME.match(path.name)
    if found is None or found["reason"] not in REASONS:
        return None
    when = datetime.strptime(found["when"], _STAMP).replace(
        microsecond=int(found["ms"]) * 1000, tzinfo=UTC
    )
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return Backup(path, when, found["reason"], size)


def list_backups(campaign: Path) -> list[Backup]:
    """The campaign's backups, newest first; none when the folder does not exist."""
    folder = backups_folder(Path(campaign))
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    backups = [b for b in map(_parse, entries) if b is not None]
    return sorted(backups, key=lambda b: (b.taken_at, b.name), reverse=True)


def _marker(store: CampaignStore, path: Path) -> str:
    """The campaign's state, cheaply: the latest audit event (every use case records one)
    and the size and time of the file and its write-ahead log (which every commit
    changes, audited or not). A change is never missed; a spurious difference, after a
    checkpoint, only costs one more backup."""
    with store.reading() as session:
        last_event = session.scalar(select(func.max(AuditEvent.id))) or 0
    parts: list[object] = [last_event]
    for suffix in ("", "-wal"):
        try:
            stat = path.with_name(path.name + suffix).stat()
        except FileNotFoundError:
            parts.append(None)
        else:
            parts.extend((stat.st_size, stat.st_mtime_ns))
    return json.dumps(parts)


def _read_marker(folder: Path) -> tuple[str, str]:
    try:
        saved = json.loads((folder / _MARKER).read_text(encoding="utf-8"))
        return str(saved["marker"]), str(saved["backup"])
    except (OSError, ValueError, KeyError, TypeError):
        return "", ""


def _write_marker(folder: Path, marker: str, backup: str) -> None:
    temp = folder / f"{_PARTIAL}{uuid.uuid4().hex}.json"
    temp.write_text(json.dumps({"marker": marker, "backup": backup}), encoding="utf-8")
    temp.replace(folder / _MARKER)


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows has no such call)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _prune(campaign: Path, reason: str, keep: int) -> None:
    """Keep the newest `keep` backups of `reason`; remove partial copies of dead runs."""
    for old in [b for b in list_backups(campaign) if b.reason == reason][keep:]:
        old.path.unlink(missing_ok=True)
    now = time.time()
    for entry in backups_folder(campaign).glob(f"{_PARTIAL}*"):
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > _STALE_SECONDS:
                entry.unlink()


def back_up(store: CampaignStore, reason: str, *, keep: int = KEEP) -> BackupOutcome:
    """Back up the open campaign before the step named by `reason` (one of REASONS).

    Never raises for a backup that cannot be taken: the step it guards goes ahead, and
    the outcome's note (also logged) says why there is no backup.
    """
    if reason not in REASONS:
        raise ValueError(reason)
    path = store.path
    if path is None:
        return _skipped(
            translate("Backups", "No backup: a campaign in a database is backed up by its server.")
        )
    folder = backups_folder(path)
    with _busy:
        marker = _marker(store, path)
        latest_marker, latest = _read_marker(folder)
        if marker == latest_marker and (folder / latest).is_file():
            note = translate("Backups", "No backup: nothing changed since {name}.")
            return _skipped(note.format(name=latest), _parse(folder / latest))
        try:
            folder.mkdir(exist_ok=True)
            taken = _take(store, path, folder, reason)
            _write_marker(folder, marker, taken.name)
            _prune(path, reason, keep)
        except (OSError, sqlite3.Error, ReviewerError) as exc:
            return _skipped(
                translate("Backups", "No backup in {folder}: {detail}").format(
                    folder=folder, detail=system_words(exc) if isinstance(exc, OSError) else exc
                )
            )
    return BackupOutcome(taken, taken=True)


def _skipped(note: str, latest: Backup | None = None) -> BackupOutcome:
    _log.info("%s", note)
    return BackupOutcome(latest, note=note)


def _take(store: CampaignStore, campaign: Path, folder: Path, reason: str) -> Backup:
    now = datetime.now(UTC)
    stamp = f"{now.strftime(_STAMP)}-{now.microsecond // 1000:03d}"
    target = folder / f"{campaign.stem}-{stamp}-{reason}{SUFFIX}"
    temp = folder / f"{_PARTIAL}{uuid.uuid4().hex}{SUFFIX}"
    try:
        write_file_copy(store, temp)
        if target.exists():  # two backups in one millisecond: never replace the first
            raise FileExistsError(target)
        temp.replace(target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(folder)
    backup = _parse(target)
    assert backup is not None
    return backup


def find_backup(campaign: Path, name: str) -> Backup:
    for backup in list_backups(campaign):
        if backup.name == name or str(backup.path) == name:
            return backup
    raise BackupMissing(name=name, path=campaign)


def restore_backup(store: CampaignStore, backup: Backup) -> BackupOutcome:
    """Put `backup` in place of the open campaign, which this closes.

    The campaign as it was is backed up first (reason "restore"; the outcome returned
    names the backup holding it),
    so a restore can be undone by restoring that backup. The restore is recorded in the
    audit log of the restored file. The caller opens the campaign again.
    """
    path = store.path
    if path is None:
        raise BackupsNeedAFile()
    if store.read_only:
        raise CampaignReadOnly(path=path)
    if not backup.path.is_file():
        raise FileMissing(path=backup.path)
    check_file(backup.path)  # a campaign of a schema we know, or refused untouched
    before = back_up(store, RESTORE)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.stem}-restore-", suffix=SUFFIX, dir=path.parent
        )
    except OSError as exc:
        raise CampaignNotWritable(path=path, detail=exc) from exc
    temp = Path(temp_name)
    os.close(handle)
    try:
        shutil.copyfile(backup.path, temp)
        with open_campaign(temp) as copy, copy.writing() as session:  # upgrades an old one
            audit.record(
                session,
                "campaign.restore",
                entity="campaign",
                new={
                    "backup": backup.name,
                    "taken_at": backup.taken_at.isoformat(timespec="seconds"),
                    "backup_reason": backup.reason,
                },
                reason=translate("Backups", "restored from a backup"),
            )
        finish_file(temp)
        store.close()
        move_into_place(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CampaignNotWritable(path=path, detail=exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(path.parent)
    return before
