"""Verifying an archive: the use case behind `reviewer verify` and File ▸ Verify Archive….

An archive comes back years later from a disk, a share or a mail: it is an input like
any file handed in, and read as one (`reviewer.inputs`). The zip is opened only as an
ordinary file within a size limit; its directory is counted from the end record before
zipfile reads it; a member whose name could reach outside a folder (zip slip), a link,
or a manifest naming such a path refuses the whole archive, unread. Nothing is
extracted but the campaign, under a name of ours in a temporary folder, and only up to
the size the manifest declared. Each member is hashed as it is read, never past its
declared size, and compared with the manifest: a file changed, missing or not in the
manifest is named. The campaign inside is then opened and its lock's fingerprint
recomputed from the locked results it holds, and compared with the manifest's.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.archive.manifest import MANIFEST, ArchiveRefused, Entry, entries_of, safe_member_name
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.inputs.files import open_input
from reviewer.inputs.zip_directory import declared_entries
from reviewer.progress import Job, Progress
from reviewer.results.reconcile import fingerprint
from reviewer.store.output_records import recorded_outputs
from reviewer.store.result_lock import active_lock
from reviewer.store.storage import SUFFIX, open_campaign

ARCHIVE = QT_TRANSLATE_NOOP("Inputs", "archive")
# Limits: far above any campaign's archive, far below what would exhaust a machine.
ARCHIVE_LIMIT = 64 << 30
MEMBER_LIMIT = 16 << 30
MANIFEST_LIMIT = 16 << 20
MAX_MEMBERS = 100_000
_CHUNK = 1 << 20

CHANGED = "changed"
MISSING = "missing"
EXTRA = "extra"
FINGERPRINT = "fingerprint"
UNRECORDED = "unrecorded"
PROBLEMS = {
    CHANGED: QT_TRANSLATE_NOOP("Archive", "{path}: changed since it was archived"),
    MISSING: QT_TRANSLATE_NOOP("Archive", "{path}: missing from the archive"),
    EXTRA: QT_TRANSLATE_NOOP("Archive", "{path}: not in the manifest"),
    UNRECORDED: QT_TRANSLATE_NOOP(
        "Archive", "{path}: not the document the campaign recorded writing"
    ),
    FINGERPRINT: QT_TRANSLATE_NOOP(
        "Archive", "{path}: the locked results no longer match the fingerprint {fingerprint}"
    ),
}
_TOO_MANY = QT_TRANSLATE_NOOP("Archive", "it declares {count} members, more than any archive")
_NOT_ZIP = QT_TRANSLATE_NOOP("Archive", "it is not a zip file, or a damaged one")
_UNSAFE = QT_TRANSLATE_NOOP("Archive", "it holds a member named {name}, outside its folders")
_TWICE = QT_TRANSLATE_NOOP("Archive", "it holds two members named {name}")
_LINK = QT_TRANSLATE_NOOP("Archive", "its member {name} is a link")
_TOO_LARGE = QT_TRANSLATE_NOOP("Archive", "its member {name} is larger than any archive holds")
_NO_MANIFEST = QT_TRANSLATE_NOOP("Archive", "it holds no manifest.json")
_BAD_MANIFEST = QT_TRANSLATE_NOOP("Archive", "its manifest.json is not readable JSON")
_DAMAGED = QT_TRANSLATE_NOOP("Archive", "its member {name} is damaged ({detail})")


@dataclass(frozen=True)
class Problem:
    """A member that does not match: its path and what is wrong (`PROBLEMS`)."""

    path: str
    problem: str
    fingerprint: str = ""

    def text(self) -> str:
        return translate("Archive", PROBLEMS[self.problem]).format(
            path=self.path, fingerprint=self.fingerprint[:12]
        )

    def as_json(self) -> dict[str, str]:
        return {"path": self.path, "problem": self.problem}


@dataclass(frozen=True)
class Verification:
    """What `verifying` found: no problems means every file matches."""

    path: Path
    manifest: dict[str, Any]
    checked: int
    problems: tuple[Problem, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.problems


def verifying(path: Path) -> Job:
    """Check the archive at `path`, yielding progress; returns a `Verification`.
    Raises ArchiveRefused for a zip not to be read at all."""
    path = Path(path)
    where = str(path)
    with open_input(path, limit=ARCHIVE_LIMIT, what=ARCHIVE) as stream:
        count = declared_entries(stream)
        if count is None:
            raise ArchiveRefused(path=where, detail=translate("Archive", _NOT_ZIP))
        if count > MAX_MEMBERS:
            raise ArchiveRefused(
                path=where, detail=translate("Archive", _TOO_MANY).format(count=count)
            )
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise ArchiveRefused(path=where, detail=translate("Archive", _NOT_ZIP)) from exc
        with archive:
            members = _checked_members(archive, where)
            manifest = _manifest(archive, members, where)
            entries = entries_of(manifest, where)
            problems: list[Problem] = []
            total = len(entries) + 1
            for done, entry in enumerate(entries):
                yield Progress(done, total, entry.path)
                problems.extend(_check_entry(archive, members, entry, where))
            problems.extend(_extra(members, entries))
            yield Progress(len(entries), total, translate("Archive", "Checking the locked results"))
            problems.extend(_check_campaign(archive, members, entries, manifest, where))
    yield Progress(total, total, "")
    return Verification(path, manifest, len(entries), tuple(problems))


def _checked_members(archive: zipfile.ZipFile, where: str) -> dict[str, zipfile.ZipInfo]:
    """Every member by name, once each; refuses unsafe names, links and huge members."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        name = info.filename
        if not safe_member_name(name.removesuffix("/") if info.is_dir() else name):
            raise ArchiveRefused(path=where, detail=_said(_UNSAFE, repr(name)))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise ArchiveRefused(path=where, detail=_said(_LINK, name))
        if info.file_size > MEMBER_LIMIT:
            raise ArchiveRefused(path=where, detail=_said(_TOO_LARGE, name))
        if name in members:  # a second entry of one name: which one is "the" file?
            raise ArchiveRefused(path=where, detail=_said(_TWICE, name))
        if not info.is_dir():
            members[name] = info
    return members


def _said(text: str, name: str) -> str:
    return translate("Archive", text).format(name=name)


def _manifest(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], where: str
) -> dict[str, Any]:
    info = members.get(MANIFEST)
    if info is None:
        raise ArchiveRefused(path=where, detail=translate("Archive", _NO_MANIFEST))
    if info.file_size > MANIFEST_LIMIT:
        raise ArchiveRefused(path=where, detail=_said(_TOO_LARGE, MANIFEST))
    try:
        data = b"".join(_read(archive, info, MANIFEST_LIMIT, where))
        manifest = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ArchiveRefused(path=where, detail=translate("Archive", _BAD_MANIFEST)) from exc
    if not isinstance(manifest, dict):
        raise ArchiveRefused(path=where, detail=translate("Archive", _BAD_MANIFEST))
    return manifest


def _read(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, where: str
) -> Iterator[bytes]:
    """A member's content, chunk by chunk, never more than `limit` bytes however its
    header lies; a damaged member (bad CRC, cut off) refuses the archive."""
    read = 0
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                read += len(chunk)
                if read > limit:
                    raise ArchiveRefused(path=where, detail=_said(_TOO_LARGE, info.filename))
                yield chunk
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        detail = translate("Archive", _DAMAGED).format(name=info.filename, detail=exc)
        raise ArchiveRefused(path=where, detail=detail) from exc


def _check_entry(
    archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], entry: Entry, where: str
) -> list[Problem]:
    info = members.get(entry.path)
    if info is None:
        return [Problem(entry.path, MISSING)]
    if info.file_size != entry.size:
        return [Problem(entry.path, CHANGED)]
    digest = hashlib.sha256()
    for chunk in _read(archive, info, entry.size, where):
        digest.update(chunk)
    return [] if digest.hexdigest() == entry.sha256 else [Problem(entry.path, CHANGED)]


def _extra(members: dict[str, zipfile.ZipInfo], entries: list[Entry]) -> list[Problem]:
    listed = {e.path for e in entries} | {MANIFEST}
    return [Problem(name, EXTRA) for name in members if name not in listed]


def _check_campaign(
    archive: zipfile.ZipFile,
    members: dict[str, zipfile.ZipInfo],
    entries: list[Entry],
    manifest: dict[str, Any],
    where: str,
) -> list[Problem]:
    """The fingerprint recomputed from the results locked in the campaign inside, against
    the one stored with the lock and the manifest's; and each document against what the
    campaign recorded writing, so a document replaced along with its line in the
    manifest is named too."""
    lock = manifest.get("lock")
    expected = str(lock.get("fingerprint", "")) if isinstance(lock, dict) else ""
    campaign = next((e for e in entries if e.kind == "campaign"), None)
    if campaign is None or campaign.path not in members:
        return []  # named missing already (or no campaign listed: nothing to recompute)
    with _extracted(archive, members[campaign.path], where) as copy:
        try:
            found, written = _read_campaign(copy)
        except ReviewerError:
            return [Problem(campaign.path, FINGERPRINT, expected)]
    problems = [
        Problem(e.path, UNRECORDED)
        for e in entries
        if e.kind == "document" and e.sha256 not in written.get(e.source, set())
    ]
    if (found is None and expected) or (found is not None and found != (expected, expected)):
        problems.insert(0, Problem(campaign.path, FINGERPRINT, expected))
    return problems


@contextlib.contextmanager
def _extracted(archive: zipfile.ZipFile, info: zipfile.ZipInfo, where: str) -> Iterator[Path]:
    """The campaign member in a temporary folder of ours, under a name of ours, read no
    further than its declared size (within MEMBER_LIMIT, checked before)."""
    with tempfile.TemporaryDirectory(prefix="reviewer-verify-") as folder:
        copy = Path(folder) / f"campaign{SUFFIX}"
        with copy.open("xb") as out:
            for chunk in _read(archive, info, info.file_size, where):
                out.write(chunk)
        yield copy


def _read_campaign(copy: Path) -> tuple[tuple[str, str] | None, dict[str, set[str]]]:
    """The lock's stored fingerprint and the one recomputed from its results (None when
    nothing is locked), and the SHA-256 of each document recorded, by path. The copy is
    ours: an older campaign is upgraded in it."""
    with open_campaign(copy) as store:
        with store.reading() as session:
            lock = active_lock(session)
            found = None if lock is None else (lock.fingerprint, fingerprint(lock.results))
        written: dict[str, set[str]] = {}
        for record in recorded_outputs(store, every=True):
            written.setdefault(str(record.path), set()).add(record.sha256)
    return found, written
