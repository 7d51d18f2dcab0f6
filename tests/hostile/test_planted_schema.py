"""A campaign file that holds what Reviewer did not write is refused, by the object's name.

The attacks: a `BEFORE DELETE ... RAISE(IGNORE)` trigger planted in a campaign kept every
expert and every kit secret in a kit cut from it (and one expert could then sign a score
file as another); triggers planted in a `.review` file ran on every write verb. Each
planted or altered object must now refuse the file before anything in it runs, and leave
the file byte for byte as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest

from reviewer.cli.main import EXIT_REJECTED, main
from reviewer.errors import CampaignAltered, CampaignPlanted, ReviewerError
from reviewer.store.storage import open_campaign

# (what is planted, the statements that plant it, the error, the object it names)
PLANTS = {
    "trigger keeping experts": (
        ["CREATE TRIGGER keep_experts BEFORE DELETE ON expert BEGIN SELECT RAISE(IGNORE); END"],
        CampaignPlanted,
        "keep_experts",
    ),
    "trigger on every write": (
        [
            "CREATE TABLE IF NOT EXISTS loot (what TEXT)",
            "CREATE TRIGGER zz_on_write AFTER INSERT ON audit_event "
            "BEGIN INSERT INTO loot SELECT secret FROM kit; END",
        ],
        CampaignPlanted,
        "loot",
    ),
    "view": (
        ["CREATE VIEW every_secret AS SELECT secret FROM kit"],
        CampaignPlanted,
        "every_secret",
    ),
    "table": (["CREATE TABLE notes_of_mine (x TEXT)"], CampaignPlanted, "notes_of_mine"),
    "index": (["CREATE INDEX ix_mine ON score (value)"], CampaignPlanted, "ix_mine"),
    "view in a table's place": (
        ["DROP TABLE discussion_note", "CREATE VIEW discussion_note AS SELECT 1 AS id"],
        CampaignAltered,
        "discussion_note",
    ),
    "missing table": (["DROP TABLE discussion_note"], CampaignAltered, "discussion_note"),
}

# Table definitions rewritten in place (PRAGMA writable_schema): clauses SQLite's own
# description of a table does not show, which change what a write does.
REWRITES = {
    "unique that replaces": (
        "score",
        "criterion_id, round_id)",
        "criterion_id, round_id) ON CONFLICT REPLACE",
    ),
    "check": ("expert", "PRIMARY KEY (id)", "PRIMARY KEY (id), CHECK (length(name) < 3)"),
    "column collation": ("expert", "name VARCHAR(100)", "name VARCHAR(100) COLLATE NOCASE"),
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plant(path: Path, statements: list[str]) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        for statement in statements:
            db.execute(statement)


def _rewrite(path: Path, table: str, old: str, new: str) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
        (sql,) = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        assert old in sql
        db.execute("PRAGMA writable_schema = ON")
        db.execute(
            "UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql.replace(old, new), table)
        )
        db.execute("PRAGMA writable_schema = OFF")


def _refused(path: Path, error: type[ReviewerError], name: str) -> None:
    before = _sha(path)
    for read_only in (False, True):
        with pytest.raises(error) as refused:
            open_campaign(path, read_only=read_only)
        assert name in refused.value.message()
    assert _sha(path) == before
    assert not path.with_name(path.name + "-wal").exists()


@pytest.mark.parametrize("plant", PLANTS)
def test_a_planted_object_refuses_the_campaign_by_name(demo_file: Path, plant: str) -> None:
    statements, error, name = PLANTS[plant]
    _plant(demo_file, statements)
    _refused(demo_file, error, name)


@pytest.mark.parametrize("rewrite", REWRITES)
def test_a_rewritten_table_refuses_the_campaign_by_name(demo_file: Path, rewrite: str) -> None:
    table, old, new = REWRITES[rewrite]
    _rewrite(demo_file, table, old, new)
    _refused(demo_file, CampaignAltered, table)


def test_planted_triggers_run_on_no_write_verb(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statements, _error, _name = PLANTS["trigger on every write"]
    _plant(demo_file, statements)
    before = _sha(demo_file)
    verbs = [
        ["assign", str(demo_file)],
        ["lock", str(demo_file), "--reason", "x", "--override-reason", "组长同意"],
        ["kit", str(demo_file), "--expert", "E06", "--out", str(tmp_path / "E06.review")],
        ["rescore", str(demo_file), "--reason", "x"],
    ]
    for argv in verbs:
        assert main(argv) == EXIT_REJECTED, argv
        assert "loot" in capsys.readouterr().err
    assert _sha(demo_file) == before
    assert not (tmp_path / "E06.review").exists()


def test_a_kit_is_never_cut_from_a_campaign_whose_deletes_are_ignored(
    demo_file: Path, tmp_path: Path
) -> None:
    """With the trigger in place, a kit used to carry every expert and every secret."""
    statements, error, name = PLANTS["trigger keeping experts"]
    _plant(demo_file, statements)
    with pytest.raises(error, match=name):
        open_campaign(demo_file)
    assert list(tmp_path.glob("*.review")) == [demo_file]


def test_an_older_campaign_with_a_planted_trigger_is_refused_before_its_upgrade(
    tmp_path: Path,
) -> None:
    from tests.models.test_migrations import _campaign_at_revision

    path = tmp_path / "old.review"
    _campaign_at_revision(path, "0008")
    _plant(path, ["CREATE TRIGGER old_one BEFORE DELETE ON score BEGIN SELECT RAISE(IGNORE); END"])
    _refused(path, CampaignPlanted, "old_one")
    with contextlib.closing(sqlite3.connect(path)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == ("0008",)


def test_a_kit_with_a_planted_trigger_is_refused_too(demo_file: Path, tmp_path: Path) -> None:
    from reviewer.scoring.kits import export_kit

    kit = tmp_path / "E06.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E06", kit)
    _plant(kit, ["CREATE TRIGGER sign_as_other BEFORE UPDATE ON kit BEGIN SELECT 1; END"])
    _refused(kit, CampaignPlanted, "sign_as_other")


SERVER_PLANTS = {
    "trigger": (
        [
            "CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; "
            "END $$",
            "CREATE TRIGGER keep_experts BEFORE DELETE ON expert FOR EACH ROW "
            "EXECUTE FUNCTION keep()",
        ],
        "keep_experts",
    ),
    "rule": (["CREATE RULE no_delete AS ON DELETE TO kit DO INSTEAD NOTHING"], "no_delete"),
    "view": (["CREATE VIEW every_secret AS SELECT secret FROM kit"], "every_secret"),
    "row security": (["ALTER TABLE score ENABLE ROW LEVEL SECURITY"], "score"),
    "table": (["CREATE TABLE notes_of_mine (x TEXT)"], "notes_of_mine"),
}


@pytest.mark.parametrize("plant", SERVER_PLANTS)
def test_a_campaign_database_with_a_planted_object_is_refused_by_name(
    server_demo: str, plant: str
) -> None:
    from sqlalchemy import create_engine, text

    statements, name = SERVER_PLANTS[plant]
    engine = create_engine(server_demo)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()
    for read_only in (False, True):
        with pytest.raises(CampaignPlanted, match=name):
            open_campaign(server_demo, read_only=read_only)
