"""Campaign files: one SQLite file per review campaign, used like a document.

Opening is careful to change nothing until the file is known to be ours and of a schema
this version understands: the header and application id are read first, then the schema
revision through a read-only connection. Only then is the file opened for writing,
switched to WAL and migrated, all under the writer lock.

A campaign may also live in a PostgreSQL database (reviewer.store.server), for a
secretariat serving several panels from one server: the same `CampaignStore`, opened from
a URL instead of a path.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Column, Engine, create_engine, event, select
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from models import tables
from reviewer.errors import (
    CampaignAltered,
    CampaignCorrupt,
    CampaignFileExists,
    CampaignFileMissing,
    CampaignFromNewerVersion,
    CampaignNeedsUpgrade,
    CampaignNotWritable,
    CampaignPlanted,
    CampaignReadOnly,
    CampaignSaveFailed,
    CampaignUnreadable,
    FolderMissing,
    NotACampaign,
    ReviewerError,
)
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.i18n import translate as _translate
from reviewer.inputs.files import InputMissing, Inputs, InputUnreadable, NotAFile, open_input
from reviewer.store import schema, schema_check
from reviewer.store.server import (
    ServerLock,
    building_database,
    copy_rows,
    display_url,
    is_database_url,
    open_database,
    reading_options,
    server_write_failure,
)
from reviewer.store.writer_lock import WriterLock
from reviewer.system_errors import system_words

SUFFIX = ".review"
# Written to SQLite's header (PRAGMA application_id) so a campaign file is known by its
# content, not its name: "RVWR".
APPLICATION_ID = 0x52565752
_SQLITE_MAGIC = b"SQLite format 3\x00"
# Execution option marking a connection used for reading only.
READING = "reviewer_reading"
# A unit of work that checks every reference it writes against the campaign, inside the
# same transaction (importing verified score files): SQLite's own foreign-key lookups,
# four per score, would only repeat those checks, at a third of the import's insert time.
REFERENCES_CHECKED = "reviewer_references_checked"


# The kinds of schema object a campaign file may be refused for, as the user reads them.
_OBJECT_KINDS = {
    "table": QT_TRANSLATE_NOOP("Errors", "the table"),
    "index": QT_TRANSLATE_NOOP("Errors", "the index"),
    "trigger": QT_TRANSLATE_NOOP("Errors", "the trigger"),
    "view": QT_TRANSLATE_NOOP("Errors", "the view"),
}


@dataclass
class FileCheck:
    """What reading a file without changing it told us."""

    revision: str | None
    writable: bool


def _read_header(path: Path) -> bytes:
    """The file's first 100 bytes, read only once it is known to be a regular file
    (reviewer.inputs.files): a FIFO or a device named as a campaign would otherwise hang
    the open or never end, and is refused by what it is."""
    try:
        return read_header(path)
    except InputMissing as exc:
        raise CampaignFileMissing(path=path) from exc
    except NotAFile as exc:
        if path.is_dir():
            raise NotACampaign(path=path) from exc
        raise
    except InputUnreadable as exc:
        raise CampaignUnreadable(path=path, detail=exc.params["detail"]) from exc
    except OSError as exc:
        raise CampaignUnreadable(path=path, detail=system_words(exc, reading=True)) from exc


def sqlite_uri(path: Path, mode: str) -> str:
    """The `file:` URI SQLite opens `path` by: every byte of the name percent-encoded, so
    that a name with "?", "#" or "%", or one that is not valid UTF-8 (bytes from a stick
    written by another system), opens the very file it names."""
    return f"{path.resolve().as_uri()}?mode={mode}"


def is_campaign_header(header: bytes) -> bool:
    """Whether a file's first 100 bytes are a Reviewer campaign's: SQLite's header with
    Reviewer's application id, whatever the file is called."""
    return (
        len(header) >= 100
        and header.startswith(_SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def read_header(path: Path) -> bytes:
    """The first 100 bytes of `path`, opened as every input is (reviewer.inputs.files)."""
    with open_input(path, limit=sys.maxsize, what=Inputs.CAMPAIGN) as handle:
        return handle.read(100)


def check_file(path: Path) -> FileCheck:
    """Refuse what is not a campaign of a known schema; change nothing on disk."""
    if not path.parent.is_dir():
        raise FolderMissing(folder=path.parent)
    if not is_campaign_header(_read_header(path)):
        raise NotACampaign(path=path)
    try:
        with contextlib.closing(sqlite_connection(path, "ro")) as connection:
            objects = dict(connection.execute("SELECT name, type FROM sqlite_master"))
            # Nothing but tables is read before the schema is known to be ours: a view or
            # a trigger standing in their place could run anything.
            if "campaign" not in objects:
                raise NotACampaign(path=path)
            revision = None
            if objects.get("alembic_version") == "table":
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if revision is not None and revision not in schema.known_revisions():
                raise CampaignFromNewerVersion(path=path, revision=revision)
            altered = schema_check.alteration(connection, revision)
            if altered is not None:  # planted by hand or by another program, or damaged
                kind = _translate("Errors", _OBJECT_KINDS.get(altered.kind, altered.kind))
                refusal = CampaignPlanted if altered.planted else CampaignAltered
                raise refusal(path=path, kind=kind, name=altered.name)
            # Opening for writing switches the file to WAL before anything else is read:
            # a file without its campaign must be refused here, while it is untouched.
            if connection.execute("SELECT 1 FROM campaign LIMIT 1").fetchone() is None:
                raise NotACampaign(path=path)
    except sqlite3.DatabaseError as exc:
        raise CampaignCorrupt(path=path, detail=exc) from exc
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return FileCheck(revision=revision, writable=writable)


def _set_pragmas(path: Path, *statements: str) -> None:
    """Run pragmas that SQLite ignores inside a transaction (journal mode, header fields)."""
    try:
        with contextlib.closing(sqlite_connection(path, "rwc")) as connection:
            for statement in statements:
                connection.execute(statement)
    except sqlite3.OperationalError as exc:
        raise CampaignNotWritable(path=path, detail=exc) from exc


def finish_file(path: Path) -> None:
    """Make `path` one self-contained file with the user's usual permissions.

    WAL mode is only for while a writer has the file open: a closed campaign is a single
    file that can be copied to a USB stick or mailed without its -wal and -shm companions.
    """
    _set_pragmas(path, "PRAGMA journal_mode = DELETE")
    umask = os.umask(0)
    os.umask(umask)
    path.chmod(0o666 & ~umask)


def stored_value(column: Column[Any], value: object, dialect: Dialect) -> object:
    """`value` as SQLAlchemy stores it in `column` on `dialect`, for statements written
    below the ORM (a batch of scores, a kit's own row): through the column's type and the
    dialect's own form of it (SQLite keeps a timestamp as text), as the ORM would."""
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return value if processor is None else processor(value)


def sqlite_connection(path: Path, mode: str) -> sqlite3.Connection:
    """A connection of our own to the campaign file `path` (mode "ro", "rw" or "rwc")
    that runs none of the functions a file's schema might name."""
    connection = sqlite3.connect(
        sqlite_uri(path, mode), uri=True, isolation_level=None, check_same_thread=False
    )
    connection.execute("PRAGMA trusted_schema = OFF")
    return connection


def _make_engine(path: Path, *, read_only: bool) -> Engine:
    mode = "ro" if read_only else "rw"
    # Connections are kept open between units of work: closing the last connection to a
    # WAL database checkpoints the log and deletes it, which made every transaction pay
    # a full checkpoint. Units of work run on the GUI thread and on one worker, one at a
    # time per connection, so a connection may pass between threads; `close()` disposes
    # of them all.
    # A creator rather than a URL: SQLAlchemy would decode the percent-encoded bytes of
    # the file's name that `sqlite_uri` keeps exact.
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite_connection(path, mode),
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's BEGIN below run the transactions: pysqlite's own implicit
        # transactions leave DDL and SELECT outside them, so a failed migration or a
        # read during a write would not be atomic.
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys = ON")
        dbapi_connection.execute("PRAGMA busy_timeout = 5000")
        # A 16 MB page cache (256 pages of 64 KB) instead of SQLite's 2 MB (31 pages):
        # adding a score file's rows touches a leaf of the criterion index per criterion,
        # and with 31 pages each insert read its pages back; 45 -> 8 ms a file of 2,000
        # scores in a campaign of 10^6.
        dbapi_connection.execute("PRAGMA cache_size = -16384")
        if not read_only:
            dbapi_connection.execute("PRAGMA synchronous = FULL")
            # Checkpoint the log every 256 MB (4096 pages of 64 KB) rather than every
            # 1000 pages: one larger checkpoint costs less than many small ones.
            dbapi_connection.execute("PRAGMA wal_autocheckpoint = 4096")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # A write takes the write lock at once (no deadlock upgrading a read lock later);
        # a read never does, so the window keeps reading while a job writes.
        options = connection.get_execution_options()
        reading = read_only or options.get(READING, False)
        # Set at every BEGIN (the pragma is ignored inside a transaction), so a pooled
        # connection never carries the setting of its previous unit of work.
        checked = "OFF" if options.get(REFERENCES_CHECKED, False) else "ON"
        connection.exec_driver_sql(f"PRAGMA foreign_keys = {checked}")
        connection.exec_driver_sql("BEGIN" if reading else "BEGIN IMMEDIATE")

    return engine


@dataclass
class CampaignStore:
    """An open campaign file: where it is, how to start a unit of work on it, its lock.

    Services in `reviewer/` take a store and open their own unit of work with
    `store.session_factory.begin()`; nothing outside them holds a session.
    """

    path: Path | None  # None for a campaign in a database (see `url`)
    engine: Engine
    read_only: bool
    read_only_reason: str = ""
    lock: WriterLock | ServerLock | None = None
    url: str | None = None  # the database's URL, for a campaign on a server
    session_factory: sessionmaker[Session] = field(init=False)
    _reading_factory: sessionmaker[Session] = field(init=False)
    _checked_factory: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        reading = self.engine.execution_options(**{READING: True}, **reading_options(self.engine))
        self._reading_factory = sessionmaker(reading, expire_on_commit=False)
        checked = self.engine.execution_options(**{REFERENCES_CHECKED: True})
        self._checked_factory = sessionmaker(checked, expire_on_commit=False)

    @property
    def location(self) -> str:
        """Where the campaign is, for the user: the file's path or the database's URL
        (without its password)."""
        return str(self.path) if self.path is not None else display_url(self.url or "")

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit of work that only reads: it takes no write lock.

        A damaged page is met only when it is read, which may be long after the file was
        opened: SQLite's "malformed" then becomes the message about a damaged file."""
        try:
            with self._reading_factory.begin() as session:
                yield session
        except DatabaseError as exc:
            code = getattr(exc.orig, "sqlite_errorcode", None)
            if not isinstance(code, int) or code & 0xFF not in _DAMAGED:
                raise
            raise CampaignCorrupt(path=self.path, detail=exc.orig) from exc

    @contextlib.contextmanager
    def writing(self, *, references_checked: bool = False) -> Iterator[Session]:
        """A unit of work that writes: one transaction, committed whole or not at all.

        `references_checked`: the caller has checked, inside this unit of work, that every
        id it writes exists; SQLite then skips its foreign-key checks (a server keeps its
        own).
        """
        if self.read_only:
            raise CampaignReadOnly(path=self.location)
        factory = self._checked_factory if references_checked else self.session_factory
        try:
            with factory.begin() as session:
                yield session
        except OperationalError as exc:
            detail = _write_failure(exc) or server_write_failure(exc)
            if detail is None:
                raise
            raise CampaignSaveFailed(path=self.location, detail=detail) from exc

    def close(self) -> None:
        if isinstance(self.lock, ServerLock):  # its connection goes back to the pool first
            self.lock.release()
            self.lock = None
        self.engine.dispose()
        if self.lock is not None and self.path is not None:
            with contextlib.suppress(ReviewerError):
                _set_pragmas(self.path, "PRAGMA journal_mode = DELETE")
            self.lock.release()
            self.lock = None

    def __enter__(self) -> CampaignStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# SQLite's primary result codes for a write the disk refused (sqlite3.h).
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN = 8, 10, 13, 14
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
_DAMAGED = frozenset({_SQLITE_CORRUPT, _SQLITE_NOTADB})
_WRITE_FAILURES = {
    _SQLITE_FULL: QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    _SQLITE_IOERR: QT_TRANSLATE_NOOP("Errors", "the disk could not be written to"),
    _SQLITE_READONLY: QT_TRANSLATE_NOOP("Errors", "the file has become read-only"),
    _SQLITE_CANTOPEN: QT_TRANSLATE_NOOP("Errors", "the file can no longer be reached"),
}


def _write_failure(exc: OperationalError) -> str | None:
    """Why the disk refused a write, in the user's words; None for any other failure
    (a bug, which must surface as one)."""
    code = getattr(exc.orig, "sqlite_errorcode", None)
    reason = _WRITE_FAILURES.get(code & 0xFF) if isinstance(code, int) else None
    return None if reason is None else _translate("Errors", reason)


def open_campaign(location: Path | str, *, read_only: bool = False) -> CampaignStore:
    """Open a campaign file, upgrading its schema if it is older and we may write.

    Raises a `ReviewerError` (missing, not a campaign, newer, corrupt, locked, ...) and
    leaves the file untouched in every such case. A file we may not write is opened
    read-only rather than refused; `read_only_reason` says why. A database URL
    (postgresql://...) opens the campaign in that database instead.
    """
    if is_database_url(location):
        engine, server_lock = open_database(str(location), read_only=read_only)
        return CampaignStore(None, engine, read_only, lock=server_lock, url=str(location))
    path = Path(location)
    checked = check_file(path)
    reason = ""
    if not read_only and not checked.writable:
        read_only, reason = True, "permissions"
    if read_only:
        if checked.revision != schema.head_revision():
            raise CampaignNeedsUpgrade(path=path)
        store = CampaignStore(path, _make_engine(path, read_only=True), True, reason)
        _verify_campaign_row(store)
        return store
    lock = WriterLock(path)
    lock.acquire()
    engine = _make_engine(path, read_only=False)
    try:
        # Upgrade before switching to WAL: a migration that fails is then rolled back
        # from the journal and leaves the file byte for byte as it was.
        if checked.revision != schema.head_revision():
            _upgrade(path, engine)
        store = CampaignStore(path, engine, False, lock=lock)
        _verify_campaign_row(store)
        engine.dispose()  # no connection of ours open while the journal mode changes
        _set_pragmas(path, "PRAGMA journal_mode = WAL")
    except BaseException:
        engine.dispose()
        # Back out of WAL, so that a refused file is left as it was found.
        with contextlib.suppress(ReviewerError):
            _set_pragmas(path, "PRAGMA journal_mode = DELETE")
        lock.release()
        raise
    return store


def _upgrade(path: Path, engine: Engine) -> None:
    """Migrate the file to the current schema, in one transaction.

    A file whose recorded revision does not match its tables (edited by hand, or a
    damaged copy) makes a migration fail; nothing of it is kept, and the file is
    refused as damaged rather than left to fail later.
    """
    try:
        with engine.begin() as connection:
            schema.upgrade(connection)
    except DatabaseError as exc:
        detail = _write_failure(exc) if isinstance(exc, OperationalError) else None
        if detail is not None:
            raise CampaignSaveFailed(path=path, detail=detail) from exc
        raise CampaignCorrupt(path=path, detail=exc.orig or exc) from exc


def map_orm_classes() -> None:
    """Import and configure the ORM's mapped classes, as the first query naming one
    would: for a worker to do ahead of the GUI thread, which opens and reads a campaign's
    first screen without them (models/tables.py)."""
    import models

    models.Base.registry.configure()


def _verify_campaign_row(store: CampaignStore) -> None:
    try:
        with store.reading() as session:
            # Over the table: opening a campaign maps no class (models/tables.py).
            found = session.scalar(select(tables.campaign.c.id).limit(1))
    except CampaignCorrupt:
        store.close()
        raise
    except (DatabaseError, OperationalError) as exc:
        store.close()
        raise CampaignCorrupt(path=store.location, detail=exc.orig or exc) from exc
    if found is None:
        store.close()
        raise NotACampaign(path=store.location)


@contextlib.contextmanager
def building_campaign(
    location: Path | str, fill: Callable[[Session], object], *, overwrite: bool = False
) -> Iterator[CampaignStore]:
    """A new campaign, filled by `fill`, open for more work until the block ends.

    The file is built under a temporary name and moved to `path` only when the block
    ends cleanly, so a crash, an error or a cancelled job never leaves a half-made
    campaign behind, and never replaces a campaign someone has open. A database URL
    builds the campaign in that (empty) database instead.
    """
    if is_database_url(location):
        with building_database(str(location), fill, overwrite=overwrite) as engine:
            yield CampaignStore(None, engine, False, url=str(location))
        return
    path = Path(location)
    if not path.parent.is_dir():
        raise FolderMissing(folder=path.parent)
    if os.path.lexists(path) and not overwrite:  # a link to nothing is still a file there
        raise CampaignFileExists(path=path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=SUFFIX, dir=path.parent
        )
    except OSError as exc:
        raise CampaignNotWritable(path=path, detail=exc) from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        _set_pragmas(
            temp,
            "PRAGMA page_size = 65536",
            f"PRAGMA application_id = {APPLICATION_ID}",
            "PRAGMA journal_mode = WAL",
        )
        store = CampaignStore(temp, _make_engine(temp, read_only=False), False)
        try:
            with store.engine.begin() as connection:
                schema.upgrade(connection)
                with Session(bind=connection) as session:
                    fill(session)
                    session.flush()
            yield store
        finally:
            store.close()
        finish_file(temp)
        move_into_place(temp, path)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CampaignNotWritable(path=path, detail=exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def move_into_place(temp: Path, path: Path) -> None:
    """Put the finished file `temp` at `path`, never over a campaign someone has open.

    The -wal and -shm files of the file being replaced (or of one deleted by hand after
    a crash) must go too: SQLite would read them as the new file's and report it damaged.
    """
    target_lock = WriterLock(path)
    if path.exists():
        target_lock.acquire()
    try:
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        temp.replace(path)
    finally:
        target_lock.release()


def create_campaign_file(
    location: Path | str, fill: Callable[[Session], object], *, overwrite: bool = False
) -> CampaignStore:
    """Create a campaign file at `location` (or in the database at that URL), filled by
    `fill` in one transaction, and open it."""
    with building_campaign(location, fill, overwrite=overwrite):
        pass
    return open_campaign(location)


def write_file_copy(store: CampaignStore, temp: Path) -> None:
    """Copy the open campaign file into the new file `temp` with SQLite's backup API (a
    consistent copy while others read) and finish it as a campaign file."""
    raw = store.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        with contextlib.closing(sqlite_connection(temp, "rwc")) as target:
            source.backup(target)
    finally:
        raw.close()
    finish_file(temp)


def save_copy(store: CampaignStore, destination: Path) -> None:
    """Write a consistent copy of the open campaign to the file `destination` (SQLite
    backup; a campaign in a database is copied row by row into a new campaign file)."""
    destination = Path(destination)
    if not destination.parent.is_dir():
        raise FolderMissing(folder=destination.parent)
    if store.path is not None and destination.resolve() == store.path.resolve():
        raise CampaignFileExists(path=destination)
    if store.path is None:
        with building_campaign(destination, lambda _session: None, overwrite=True) as copy:
            copy_rows_of(store, copy)
        return
    handle, temp_name = tempfile.mkstemp(prefix=f".{destination.stem}-", dir=destination.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write_file_copy(store, temp)
        move_into_place(temp, destination)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise CampaignNotWritable(path=destination, detail=exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def copy_campaign(
    store: CampaignStore, destination: Path | str, *, overwrite: bool = False
) -> None:
    """Copy the open campaign to a file, or into the empty database at a URL (to put a
    campaign file on the server, or take a server's campaign away as a file)."""
    if not is_database_url(destination):
        destination = Path(destination)
        if destination.exists() and not overwrite:
            raise CampaignFileExists(path=destination)
        save_copy(store, destination)
        return
    with building_campaign(destination, lambda _session: None, overwrite=overwrite) as copy:
        copy_rows_of(store, copy)


def copy_rows_of(store: CampaignStore, copy: CampaignStore) -> None:
    """Every row of `store` into the freshly built `copy`, in one read and one write."""
    with store.reading() as reading:
        copy_rows(reading, copy.engine)
