"""Making the archive: the use case behind `reviewer archive` and File ▸ Archive….

The zip is written through `store.outputs.partial_file`: under a temporary name beside
the destination and renamed into place only when whole, so a full disk or a cancelled
job leaves nothing under the real name, and never over a campaign or its backups. The
campaign goes in as a consistent copy made with SQLite's backup API (never the file as
it is being written); the documents only when their files still hold what the campaign
recorded writing (the others are named in the manifest and README as missing); the
returned score files and sheets from the blobs they were kept in, byte for byte as
handed in. Every member is dated 2014-07-01 (as Reviewer's workbooks are), so the same
campaign archived twice differs only in the manifest's dates.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from models import AuditEvent
from reviewer import __version__
from reviewer.archive.manifest import (
    AUDIT_MEMBER,
    CAMPAIGN_FOLDER,
    DOCUMENTS_FOLDER,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    README,
    RETURNED_FOLDER,
    Entry,
    retain_until,
)
from reviewer.archive.readme import readme_text
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.inputs.files import InputRefused, read_input
from reviewer.progress import Job, Progress
from reviewer.reproducible import FIXED_DATE_TIME, reproducible_xlsx
from reviewer.results.reconcile import Lock, current_lock
from reviewer.store.audit_export import audit_workbook
from reviewer.store.blobs import iter_blob
from reviewer.store.output_records import RecordedOutput, recorded_outputs
from reviewer.store.outputs import check_destination, partial_file, safe_file_name
from reviewer.store.storage import SUFFIX, CampaignStore, open_campaign, save_copy

DOCUMENT = QT_TRANSLATE_NOOP("Inputs", "document written by Reviewer")
DOCUMENT_LIMIT = 1 << 30  # a document larger than 1 GB is not one Reviewer wrote
GONE = "missing"
CHANGED = "changed"
_STREAM_CHUNK = 1 << 20
LEFT_OUT = {
    GONE: QT_TRANSLATE_NOOP("Archive", "Not archived: {name} ({path}) no longer exists."),
    CHANGED: QT_TRANSLATE_NOOP(
        "Archive", "Not archived: {name} ({path}) is no longer what Reviewer wrote."
    ),
}


@dataclass(frozen=True)
class MissingDocument:
    """A document the campaign recorded writing that is not in the archive, and why:
    `missing` (no such file, or not readable as one) or `changed` (not what was written)."""

    name: str
    path: str
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "path": self.path, "reason": self.reason}

    def text(self) -> str:
        return translate("Archive", LEFT_OUT[self.reason]).format(name=self.name, path=self.path)


@dataclass(frozen=True)
class Archive:
    """What `archiving` wrote: the zip, its members, the documents left out."""

    path: Path
    fingerprint: str
    archived_at: datetime
    entries: tuple[Entry, ...]
    missing: tuple[MissingDocument, ...]

    @property
    def retain_until(self) -> str:
        return retain_until(self.archived_at.date()).isoformat()


@dataclass(frozen=True)
class _Returned:
    sha256: str
    name: str
    expert: str


@dataclass
class _Writer:
    """The zip being written, and the names already taken in it."""

    zip: zipfile.ZipFile
    entries: list[Entry] = field(default_factory=list)
    taken: set[str] = field(default_factory=set)

    def name(self, folder: str, *parts: str) -> str:
        """A member name under `folder` made of user data made safe, unique in the zip."""
        stem = "/".join([folder, *(safe_file_name(p) for p in parts)])
        name, count = stem, 1
        while name.casefold() in self.taken:
            count += 1
            base, dot, suffix = stem.rpartition(".")
            name = (
                f"{base} ({count}).{suffix}" if dot and "/" not in suffix else f"{stem} ({count})"
            )
        self.taken.add(name.casefold())
        return name

    def add(self, name: str, chunks: Iterable[bytes], kind: str, source: str = "") -> Entry:
        digest, size = hashlib.sha256(), 0
        info = zipfile.ZipInfo(name, date_time=FIXED_DATE_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o100644 << 16  # an ordinary file, read by all
        with self.zip.open(info, "w", force_zip64=True) as member:
            for chunk in chunks:
                digest.update(chunk)
                size += len(chunk)
                member.write(chunk)
        entry = Entry(name, digest.hexdigest(), size, kind, source)
        self.entries.append(entry)
        return entry


def archiving(
    store: CampaignStore, out: Path, *, force: bool = False, now: datetime | None = None
) -> Job:
    """Write the archive of the open campaign to `out` (a .zip), yielding progress.

    Refuses, before any work, a destination that is the campaign, its backups or another
    campaign, or an existing file without `force`. Returns an `Archive`."""
    out = Path(out)
    check_destination(out, force=force, campaign=store.path)
    archived_at = (now or datetime.now(UTC)).astimezone(UTC)
    documents = recorded_outputs(store)
    returned = _returned_files(store)
    total = len(documents) + len(returned) + 3
    yield Progress(0, total, translate("Archive", "Copying the campaign"))
    missing: list[MissingDocument] = []
    with partial_file(out) as stream, zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as zf:
        writer = _Writer(zf)
        lock = _add_campaign(store, writer)
        for done, record in enumerate(documents, start=1):
            yield Progress(
                done, total, translate("Archive", "Adding {name}").format(name=record.name)
            )
            gone = _add_document(writer, record)
            if gone is not None:
                missing.append(gone)
        for done, file in enumerate(returned, start=len(documents) + 1):
            yield Progress(
                done, total, translate("Archive", "Adding {name}").format(name=file.name)
            )
            with store.reading() as session:
                chunks = iter_blob(session, file.sha256)
                writer.add(
                    writer.name(RETURNED_FOLDER, file.expert, file.name),
                    chunks,
                    "returned",
                    file.expert,
                )
        yield Progress(total - 2, total, translate("Archive", "Adding the audit log"))
        writer.add(AUDIT_MEMBER, [reproducible_xlsx(audit_workbook(store))], "audit")
        _finish(store, writer, lock, archived_at, missing)
    yield Progress(total, total, "")
    fingerprint = lock.fingerprint if lock is not None else ""
    return Archive(out, fingerprint, archived_at, tuple(writer.entries), tuple(missing))


def _add_campaign(store: CampaignStore, writer: _Writer) -> Lock | None:
    """A consistent copy (SQLite's backup API), never the file as it is being written;
    returns the lock as the copy holds it (a window may lock meanwhile), for the manifest."""
    stem = store.path.stem if store.path is not None else "campaign"
    with tempfile.TemporaryDirectory(prefix="reviewer-archive-") as folder:
        copy = Path(folder) / f"campaign{SUFFIX}"
        save_copy(store, copy)
        with copy.open("rb") as source:
            name = writer.name(CAMPAIGN_FOLDER, stem + SUFFIX)
            writer.add(name, _chunks(source), "campaign", store.location)
        with open_campaign(copy, read_only=True) as copied:
            return current_lock(copied)


def _add_document(writer: _Writer, record: RecordedOutput) -> MissingDocument | None:
    """The document if its file still holds what was recorded; else why it is left out."""
    try:
        content = read_input(record.path, limit=DOCUMENT_LIMIT, what=DOCUMENT)
    except InputRefused:
        return MissingDocument(record.name, str(record.path), GONE)
    if hashlib.sha256(content).hexdigest() != record.sha256:
        return MissingDocument(record.name, str(record.path), CHANGED)
    writer.add(writer.name(DOCUMENTS_FOLDER, record.name), [content], "document", str(record.path))
    return None


def _returned_files(store: CampaignStore) -> list[_Returned]:
    """Every score file and sheet taken in, once each, in the order they came: the
    audit log names each with the blob it was kept in."""
    found: dict[str, _Returned] = {}
    with store.reading() as session:
        events = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "scores.import").order_by(AuditEvent.id)
        )
        for event in events:
            new = event.new if isinstance(event.new, dict) else {}
            sha256, name = new.get("file_sha256"), new.get("file")
            if isinstance(sha256, str) and isinstance(name, str) and sha256 not in found:
                found[sha256] = _Returned(sha256, name, event.entity_id)
    return list(found.values())


def _finish(
    store: CampaignStore,
    writer: _Writer,
    lock: Lock | None,
    archived_at: datetime,
    missing: list[MissingDocument],
) -> None:
    """The README, then the manifest naming every member before it."""
    archived = archived_at.date()
    fingerprint = lock.fingerprint if lock is not None else ""
    readme = readme_text(
        campaign=store.path.stem if store.path is not None else store.location,
        version=__version__,
        archived=archived,
        until=retain_until(archived),
        fingerprint=fingerprint,
        missing=[f"{m.name}（{m.path}）" for m in missing],
    )
    writer.add(README, [readme.encode("utf-8", "backslashreplace")], "readme")
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "reviewer_version": __version__,
        "campaign": store.location,
        "archived_at": archived_at.isoformat(timespec="seconds"),
        "archive_date": archived.isoformat(),
        "retain_until": retain_until(archived).isoformat(),
        "lock": _lock_json(lock),
        "files": [e.as_json() for e in writer.entries],
        "missing": [m.as_json() for m in missing],
    }
    info = zipfile.ZipInfo(MANIFEST, date_time=FIXED_DATE_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o100644 << 16
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True)
    writer.zip.writestr(info, text.encode("utf-8", "backslashreplace"))  # a name not in UTF-8


def _lock_json(lock: Lock | None) -> dict[str, Any] | None:
    if lock is None:
        return None
    return {
        "fingerprint": lock.fingerprint,
        "locked_at": lock.locked_at.isoformat(timespec="seconds"),
        "locked_by": lock.locked_by,
        "reason": lock.reason,
    }


def _chunks(stream: IO[bytes]) -> Iterator[bytes]:
    while chunk := stream.read(_STREAM_CHUNK):
        yield chunk
