"""The schema a campaign file may have is the one the migrations make."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from reviewer.store import schema, schema_check


def test_the_head_snapshot_is_what_the_migrations_make() -> None:
    shipped = (Path(schema_check.__file__).parents[2] / "models" / "migrations").joinpath(
        schema_check.SNAPSHOT
    )
    assert shipped.read_text(encoding="utf-8") == schema_check.snapshot_text(), (
        "The migrations changed the schema: run `python3 dev.py schema` and commit "
        f"{schema_check.SNAPSHOT}"
    )


def test_the_demo_campaign_holds_exactly_what_the_migrations_make(demo_master: Path) -> None:
    with contextlib.closing(sqlite3.connect(f"{demo_master.as_uri()}?mode=ro", uri=True)) as db:
        assert schema_check.alteration(db, schema.head_revision()) is None


def test_sqlites_own_statistics_are_no_alteration(demo_file: Path) -> None:
    with contextlib.closing(sqlite3.connect(demo_file)) as db:
        db.execute("ANALYZE")
        assert db.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0] > 0
        assert schema_check.alteration(db, schema.head_revision()) is None


def test_words_ignore_spacing_quoting_and_case_but_not_clauses() -> None:
    plain = schema_check._words('CREATE TABLE "t" (id INTEGER NOT NULL, name VARCHAR(20))')
    other = schema_check._words("create table t(\n\t[id] integer not null,\n\tname varchar (20))")
    assert plain == other
    replacing = schema_check._words("CREATE TABLE t (id INTEGER UNIQUE ON CONFLICT REPLACE)")
    assert {"conflict", "replace"} <= set(replacing)
    assert "'a b'" in schema_check._words("CREATE TABLE t (x TEXT DEFAULT 'a b')")
