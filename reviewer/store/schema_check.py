"""A campaign file holds only what Reviewer's migrations make.

A campaign file is a SQLite database anyone can edit, and a database carries code: a
trigger runs on every write (a planted `BEFORE DELETE ... RAISE(IGNORE)` would keep every
expert's secret in a kit cut from the file), a view can stand where a table is read, a
table definition can hide `ON CONFLICT REPLACE` or a CHECK. So before a file is opened
for anything but this check, each object of its schema is compared with what the
migrations make at the file's revision: its type, the table it belongs to, the words of
its definition, and for tables and indexes their columns, keys and foreign keys as
SQLite reports them. Anything else, or anything missing, refuses the file by the name
of the object. (Connections also run with `trusted_schema` off, so that no function
named in a file's schema can run from it.)

The comparison is by words and by SQLite's own description rather than by the text of
the definitions, so that the same schema written by another SQLAlchemy release (other
spacing, other quoting) still compares equal.

What the migrations make at the newest revision is kept in
`models/migrations/head_schema.json`, so opening a campaign does not run them; a test
fails when the snapshot and the migrations disagree (`python3 dev.py schema` writes it
anew). An older file, about to be upgraded, is compared with what the migrations make
at its own revision, computed on the spot.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from reviewer.store import schema

Description = dict[str, dict[str, Any]]

SNAPSHOT = "head_schema.json"
# SQLite's own statistics tables, which `ANALYZE` may add to any file; they hold numbers
# the query planner reads, never code.
_SQLITE_STATISTICS = frozenset({"sqlite_stat1", "sqlite_stat4"})
# Words, numbers and quoted names of an SQL definition; string literals kept whole.
_TOKEN = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[\w.]+""")


def _words(sql: str | None) -> list[str]:
    """The distinct words of a definition, lower-cased and unquoted."""
    if sql is None:
        return []
    words = set()
    for token in _TOKEN.findall(sql):
        if token[0] in '"`[':
            token = token[1:-1]
        words.add(token if token.startswith("'") else token.lower())
    return sorted(words)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def describe(connection: sqlite3.Connection) -> Description:
    """Every object of the main database's schema, as this module compares them."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master").fetchall()
    indexes: dict[str, list[Any]] = {}
    objects: Description = {}
    for kind, name, table, sql in rows:
        entry: dict[str, Any] = {"type": kind, "table": table, "words": _words(sql)}
        if kind == "table":
            quoted = _quoted(name)
            entry["columns"] = _pragma(connection, f"table_xinfo({quoted})")
            entry["foreign_keys"] = _pragma(connection, f"foreign_key_list({quoted})")
            for index in _pragma(connection, f"index_list({quoted})"):
                indexes[index[1]] = index[2:]  # unique, origin, partial
        objects[name] = entry
    for name, entry in objects.items():
        if entry["type"] == "index":
            entry["flags"] = indexes.get(name)
            entry["columns"] = _pragma(connection, f"index_xinfo({_quoted(name)})")
    return objects


def _pragma(connection: sqlite3.Connection, pragma: str) -> list[list[Any]]:
    return [list(row) for row in connection.execute(f"PRAGMA main.{pragma}")]


@dataclass(frozen=True)
class Alteration:
    """An object in which a file differs from what the migrations make: one they never
    make (`planted`), or one of theirs that is changed or missing."""

    kind: str  # table, index, trigger or view
    name: str
    planted: bool


def alteration(connection: sqlite3.Connection, revision: str | None) -> Alteration | None:
    """The first object in which the file on `connection` differs from what the
    migrations make at `revision`, or None when it holds exactly that."""
    expected = expected_schema(revision)
    found = describe(connection)
    for name in sorted(found.keys() - expected.keys()):
        if name not in _SQLITE_STATISTICS:
            return Alteration(found[name]["type"], name, planted=True)
    for name in sorted(expected):
        if found.get(name) != expected[name]:
            return Alteration(expected[name]["type"], name, planted=False)
    return None


def expected_schema(revision: str | None) -> Description:
    """What the migrations make at `revision` (None: a file they never touched)."""
    if revision is None:
        return {"alembic_version": {"type": "table"}}
    if revision == schema.head_revision():
        return head_snapshot()
    return _migrated(revision)


@cache
def head_snapshot() -> Description:
    text = (resources.files("models") / "migrations" / SNAPSHOT).read_text(encoding="utf-8")
    snapshot: Description = json.loads(text)
    return snapshot


@cache
def _migrated(revision: str) -> Description:
    from sqlalchemy import create_engine

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as connection:
            schema.upgrade(connection, revision)
            raw = connection.connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            return describe(raw)
    finally:
        engine.dispose()


def snapshot_text() -> str:
    """The head snapshot as it is written to `SNAPSHOT`: what the migrations make now,
    one object a line, so that a change of schema shows as a change of those lines."""
    objects = sorted(_migrated(schema.head_revision()).items())
    lines = (
        f"{json.dumps(name)}: {json.dumps(entry, ensure_ascii=False)}" for name, entry in objects
    )
    return "{\n" + ",\n".join(lines) + "\n}\n"


if __name__ == "__main__":  # python -m reviewer.store.schema_check: write the snapshot anew
    target = resources.files("models") / "migrations" / SNAPSHOT
    with resources.as_file(target) as path:
        path.write_text(snapshot_text(), encoding="utf-8")
        print(f"Wrote {path}")
