"""Campaigns on a PostgreSQL server: one database per campaign, the same `CampaignStore`.

A secretariat serving several panels keeps each panel's campaign in its own database on
one server (`postgresql://host/panel_a`, `postgresql://host/panel_b`). A database, not
a schema, per campaign: the migrations, the constraint names and every query stay exactly
those of a campaign file (no search_path to set on each connection), a panel is backed
up, restored, handed over or dropped with the server's own tools (pg_dump, DROP
DATABASE), and the server's roles grant each panel's staff their own database alone.

What the campaign file gets from its lock file and SQLite's locks, a database gets from
advisory locks: a writer holds a session lock for as long as it has the campaign open
(a second writer is told who, from the holder's application name, and may read), and
each write transaction takes a transaction lock, so a job and the window write one after
the other as they do on a file. Reads run in a REPEATABLE READ transaction, the snapshot
SQLite's read transactions give. Kits stay SQLite files: `copy_rows` copies a campaign
row by row into a new campaign file, which the kit is then cut from.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import socket
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, Engine, Integer, create_engine, event, inspect, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError
from sqlalchemy.orm import Session

import models.tables
from reviewer.errors import (
    CampaignFromNewerVersion,
    CampaignLocked,
    CampaignNeedsUpgrade,
    CampaignPlanted,
    DatabaseNotEmpty,
    DatabaseUnreachable,
    DatabaseUrlInvalid,
    NotACampaign,
)
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.i18n import translate as _translate
from reviewer.store import schema
from reviewer.store.location import is_database_url as is_database_url  # where it was

# Advisory lock keys, (class, object) pairs in the campaign's own database: "RVWR" and
# what is locked. The writer's lock lasts a session, a write's lock its transaction.
_LOCK_CLASS = 0x52565752
_WRITER, _WRITE = 1, 2
# Rows copied per statement; chunks of material are up to 1 MB each, so fewer of those.
_BATCH, _BLOB_BATCH = 2000, 8
_READING_OPTIONS = {"isolation_level": "REPEATABLE READ", "postgresql_readonly": True}


def _parse(url: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseUrlInvalid(url=url) from exc
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        raise DatabaseUrlInvalid(url=display_url(url))
    if parsed.drivername == "postgresql":  # SQLAlchemy would pick psycopg2 by default
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def display_url(url: str) -> str:
    """The URL as shown to the user: never with its password."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _holder() -> str:
    """Who this process is, as the server will show it to a second writer."""
    return f"Reviewer {getpass.getuser()}@{socket.gethostname()} ({os.getpid()})"


_NO_DRIVER = QT_TRANSLATE_NOOP(
    "Errors", "the PostgreSQL driver is not installed (pip install 'reviewer[postgres]')"
)


def _make_engine(url: str) -> Engine:
    try:
        engine = create_engine(
            _parse(url),
            pool_size=2,
            max_overflow=4,
            pool_pre_ping=True,
            connect_args={"application_name": _holder()[:63], "connect_timeout": 10},
        )
    except ImportError as exc:  # psycopg is the optional extra [postgres]
        raise DatabaseUnreachable(
            url=display_url(url), detail=_translate("Errors", _NO_DRIVER)
        ) from exc

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Writes one after the other, as SQLite's BEGIN IMMEDIATE makes them on a file.
        if not connection.get_execution_options().get("postgresql_readonly", False):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_CLASS}, {_WRITE})")

    return engine


def reading_options(engine: Engine) -> dict[str, object]:
    """The execution options of a unit of work that only reads, for this engine."""
    return _READING_OPTIONS if engine.dialect.name == "postgresql" else {}


def _connect(engine: Engine, url: str) -> Connection:
    try:
        return engine.connect()
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseUnreachable(url=display_url(url), detail=_first_line(exc)) from exc


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc).strip() else ""


def _revision(connection: Connection, url: str) -> str | None:
    """The campaign's schema revision; refuse a database that holds no campaign."""
    tables = set(inspect(connection).get_table_names())
    if "alembic_version" not in tables or models.tables.campaign.name not in tables:
        raise NotACampaign(path=display_url(url))
    revision = connection.scalar(text("SELECT version_num FROM alembic_version"))
    if revision is not None and revision not in schema.known_revisions():
        raise CampaignFromNewerVersion(path=display_url(url), revision=revision)
    planted = _planted_object(connection)
    if planted is not None:
        kind, name = planted
        raise CampaignPlanted(path=display_url(url), kind=_translate("Errors", kind), name=name)
    return revision


# What the migrations never make in a campaign's schema, and could change what Reviewer
# reads or writes there: triggers and rules run on writes, views and row-level security
# change what a read returns. Each query gives the objects' names in the campaign's schema.
_PLANTED = {
    QT_TRANSLATE_NOOP("Errors", "the trigger"): "SELECT t.tgname FROM pg_trigger t "
    "JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal "
    "AND c.relnamespace = current_schema()::regnamespace",
    QT_TRANSLATE_NOOP("Errors", "the rule"): "SELECT rulename FROM pg_rules "
    "WHERE schemaname = current_schema()",
    QT_TRANSLATE_NOOP("Errors", "the view"): "SELECT relname FROM pg_class "
    "WHERE relkind IN ('v', 'm') AND relnamespace = current_schema()::regnamespace",
    QT_TRANSLATE_NOOP("Errors", "the row security of the table"): "SELECT relname FROM pg_class "
    "WHERE relrowsecurity AND relnamespace = current_schema()::regnamespace",
    QT_TRANSLATE_NOOP("Errors", "the table"): "SELECT relname FROM pg_class "
    "WHERE relkind IN ('r', 'p', 'f') AND relnamespace = current_schema()::regnamespace",
}


def _planted_object(connection: Connection) -> tuple[str, str] | None:
    """The first object in the campaign's schema the migrations never make, as (its
    kind, its name); the server's administrator may add tables of their own elsewhere."""
    # Named when needed, not at import: opening a campaign file maps no class
    # (models/tables.py).
    migrated = {*models.Base.metadata.tables, "alembic_version"}
    for kind, query in _PLANTED.items():
        for name in sorted(connection.scalars(text(query))):
            if kind != "the table" or name not in migrated:
                return kind, name
    return None


class ServerLock:
    """The writer's advisory lock on a campaign database, held on its own connection
    from `acquire` to `release` (the server drops it when that connection dies)."""

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine, self.url = engine, url
        self._connection: Connection | None = None

    def acquire(self) -> None:
        """Take the lock or raise `CampaignLocked` naming who holds it."""
        connection = _connect(self.engine, self.url)
        taken = connection.scalar(text(f"SELECT pg_try_advisory_lock({_LOCK_CLASS}, {_WRITER})"))
        connection.commit()
        if not taken:
            holder = connection.scalar(
                text(
                    "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a "
                    "ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted "
                    "AND l.classid = :class AND l.objid = :object "
                    "AND l.database = (SELECT oid FROM pg_database "
                    "WHERE datname = current_database())"
                ),
                {"class": _LOCK_CLASS, "object": _WRITER},
            )
            connection.close()
            raise CampaignLocked(
                path=display_url(self.url),
                holder=holder or _translate("Errors", "another Reviewer window"),
            )
        self._connection = connection

    def release(self) -> None:
        if self._connection is None:
            return
        connection, self._connection = self._connection, None
        with contextlib.suppress(DBAPIError):
            connection.execute(text(f"SELECT pg_advisory_unlock({_LOCK_CLASS}, {_WRITER})"))
            connection.commit()
        connection.close()


def open_database(url: str, *, read_only: bool = False) -> tuple[Engine, ServerLock | None]:
    """Connect to the campaign in the database at `url`, upgrading its schema if it is
    older and we may write; a `ReviewerError` leaves the database as it was. The engine
    and the writer's lock (None read-only) are what `storage` makes a store of."""
    engine = _make_engine(url)
    try:
        with _connect(engine, url) as connection:
            revision = _revision(connection, url)
    except BaseException:
        engine.dispose()  # after the connection went back to the pool, so it is closed
        raise
    if read_only:
        if revision != schema.head_revision():
            engine.dispose()
            raise CampaignNeedsUpgrade(path=display_url(url))
        return engine, None
    lock = ServerLock(engine, url)
    try:
        lock.acquire()
        if revision != schema.head_revision():
            with engine.begin() as connection:
                schema.upgrade(connection)
    except BaseException:
        lock.release()
        engine.dispose()
        raise
    return engine, lock


@contextlib.contextmanager
def building_database(
    url: str, fill: Callable[[Session], object], *, overwrite: bool = False
) -> Iterator[Engine]:
    """A new campaign in the database at `url`, filled by `fill`, open until the block
    ends; on any failure the database is left empty again.

    The database must exist (the server's administrator creates it, with its owner) and
    be empty; `overwrite` replaces a campaign nobody has open for writing. PostgreSQL
    runs DDL in transactions, so the schema and `fill` land together or not at all.
    The block works on the engine (`storage` makes a store of it).
    """
    engine = _make_engine(url)
    try:
        with _connect(engine, url) as connection, connection.begin():
            _empty(connection, url, overwrite=overwrite)
            schema.upgrade(connection)
            with Session(bind=connection) as session:
                fill(session)
                session.flush()
        try:
            yield engine
        except BaseException:
            with engine.begin() as connection:
                _empty(connection, url, overwrite=True)
            raise
    finally:
        engine.dispose()


def _empty(connection: Connection, url: str, *, overwrite: bool) -> None:
    """Make sure the database holds no table, dropping a campaign's if `overwrite`."""
    tables = inspect(connection).get_table_names()
    if not tables:
        return
    if not overwrite:
        raise DatabaseNotEmpty(url=display_url(url))
    # Nobody may have the campaign open for writing while it is replaced.
    if not connection.scalar(text(f"SELECT pg_try_advisory_xact_lock({_LOCK_CLASS}, {_WRITER})")):
        raise CampaignLocked(
            path=display_url(url), holder=_translate("Errors", "another Reviewer window")
        )
    models.Base.metadata.drop_all(connection)
    connection.execute(text("DROP TABLE IF EXISTS alembic_version"))


def copy_rows(reading: Session, target: Engine) -> None:
    """Copy every row of the campaign `reading` reads into `target`, a freshly built campaign of
    the same schema with no rows yet, parents before children, in one transaction on each
    side.

    Values go through the columns' types both ways, so points stay hundredths and times
    UTC whatever the two databases are. Ids are copied as they are; a PostgreSQL target's
    id sequences are then moved past them.
    """
    with target.begin() as writing:
        for table in models.Base.metadata.sorted_tables:
            batch = _BLOB_BATCH if table.name == "blob_chunk" else _BATCH
            rows = reading.connection().execution_options(stream_results=True)
            for part in rows.execute(select(table)).mappings().partitions(batch):
                writing.execute(table.insert(), [dict(row) for row in part])
        if writing.dialect.name == "postgresql":
            _advance_sequences(writing)


def _advance_sequences(connection: Connection) -> None:
    for table in models.Base.metadata.sorted_tables:
        key = list(table.primary_key.columns)
        if len(key) == 1 and isinstance(key[0].type, Integer) and key[0].autoincrement:
            connection.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
                    f"COALESCE((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false)"
                )
            )


_SERVER_FAILURES = {
    "53100": QT_TRANSLATE_NOOP("Errors", "the server's disk is full"),
    "08": QT_TRANSLATE_NOOP("Errors", "the server can no longer be reached"),
}


def server_write_failure(exc: OperationalError) -> str | None:
    """Why the server refused a write, in the user's words; None for any other failure."""
    state = getattr(exc.orig, "sqlstate", None)
    if not isinstance(state, str):
        return None
    reason = _SERVER_FAILURES.get(state) or _SERVER_FAILURES.get(state[:2])
    return None if reason is None else _translate("Errors", reason)
