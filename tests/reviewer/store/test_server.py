"""Campaigns in a PostgreSQL database: what differs from a file (creating, copying,
refusals, the command line's --db). Skipped without REVIEWER_TEST_POSTGRES."""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from models import Applicant, Expert, Score
from reviewer.campaign import overview
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from reviewer.errors import (
    CampaignLocked,
    CampaignReadOnly,
    DatabaseNotEmpty,
    DatabaseUnreachable,
    DatabaseUrlInvalid,
    NotACampaign,
)
from reviewer.scoring.kits import export_kit
from reviewer.store.storage import create_campaign_file, open_campaign


def _tables(url: str) -> list[str]:
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.connect() as connection:
            return inspect(connection).get_table_names()
    finally:
        engine.dispose()


def test_an_empty_database_is_not_a_campaign_and_stays_empty(empty_database: str) -> None:
    with pytest.raises(NotACampaign):
        open_campaign(empty_database)
    assert _tables(empty_database) == []


def test_a_bad_address_and_an_unreachable_server_are_told_apart(empty_database: str) -> None:
    with pytest.raises(DatabaseUrlInvalid):
        open_campaign("mysql://server/panel")
    with pytest.raises(DatabaseUnreachable) as unreachable:
        open_campaign("postgresql://nobody:secret@127.0.0.1:1/panel")
    assert "secret" not in unreachable.value.message()


def test_creating_needs_an_empty_database_and_a_failure_leaves_it_empty(
    server_demo: str, empty_database: str
) -> None:
    with pytest.raises(DatabaseNotEmpty):
        new_campaign(server_demo, CampaignSettings("t"))

    def fill(session: object) -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        create_campaign_file(empty_database, fill)
    assert _tables(empty_database) == []
    # Open for writing: nobody may replace it.
    with open_campaign(server_demo), pytest.raises(CampaignLocked):
        new_campaign(server_demo, CampaignSettings("t"), overwrite=True)
    new_campaign(server_demo, CampaignSettings("t"), overwrite=True).close()
    with open_campaign(server_demo, read_only=True) as store, store.reading() as session:
        assert session.scalar(select(func.count(Applicant.id))) == 0


def test_read_only_refuses_writes_and_ids_continue_after_a_copy(
    demo_campaign: Path | str,
) -> None:
    with (
        open_campaign(demo_campaign, read_only=True) as store,
        pytest.raises(CampaignReadOnly),
        store.writing(),
    ):
        pass
    # The copy into the template database wrote the ids itself; new rows must not
    # collide with them.
    with open_campaign(demo_campaign) as store, store.writing() as session:
        session.add(Applicant(code="new", kind="city", name="新城市"))
        session.flush()
        assert session.scalar(select(func.count(Applicant.id))) == 18


def test_a_kit_from_a_server_campaign_is_a_campaign_file_with_one_experts_part(
    demo_campaign: Path | str, tmp_path: Path
) -> None:
    kit = tmp_path / "E07.review"
    with open_campaign(demo_campaign) as store:
        export_kit(store, "E07", kit)
    assert kit.read_bytes().startswith(b"SQLite format 3\x00")
    with open_campaign(kit, read_only=True) as opened, opened.reading() as session:
        assert session.scalars(select(Expert.code)).all() == ["E07"]
        experts = session.scalars(select(Score.expert_id).distinct()).all()
        assert len(experts) <= 1
    with sqlite3.connect(kit) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_command_line_takes_db_and_copies_to_and_from_a_server(
    demo_file: Path,
    empty_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["copy", str(demo_file), empty_database]) == EXIT_OK
    capsys.readouterr()
    assert main(["info", "--db", empty_database, "--json"]) == EXIT_OK
    info = json.loads(capsys.readouterr().out)
    assert info["applications"] == 17 and "***" in info["path"]
    assert main(["reconcile", empty_database, "--json"]) == EXIT_OK
    on_server = json.loads(capsys.readouterr().out)
    assert main(["reconcile", str(demo_file), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == on_server
    bad = [tmp_path / "a.json", tmp_path / "b.json"]
    for path in bad:
        path.write_text("{}")
    # With --db, every positional argument of `scores` is a score file.
    assert main(["scores", "--db", empty_database, *map(str, bad)]) == EXIT_REJECTED
    assert "x a.json" in capsys.readouterr().err  # refusals go to stderr
    assert main(["info", str(demo_file), "--db", empty_database]) == EXIT_USAGE
    back = tmp_path / "back.review"
    assert main(["copy", "--db", empty_database, str(back)]) == EXIT_OK
    with open_campaign(back, read_only=True) as store:
        assert overview.info(store)["scores"] == info["scores"]
    assert main(["copy", str(demo_file), empty_database]) == EXIT_REJECTED


def test_every_write_waits_for_the_one_before(server_demo: str) -> None:
    """A write holds the campaign's write lock to its end, as BEGIN IMMEDIATE does."""
    with open_campaign(server_demo) as store, store.writing() as session:
        held = session.scalar(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted")
        )
        assert held == 2  # the writer's lock and this write's
    advisory = text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
    with open_campaign(server_demo) as store, store.reading() as session:
        assert session.connection().get_isolation_level() == "REPEATABLE READ"
        assert session.scalar(advisory) == 1  # the writer's own: a read never waits


def test_without_the_driver_a_server_campaign_is_refused_with_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as on a laptop without [postgres]
    with pytest.raises(DatabaseUnreachable) as refused:
        open_campaign("postgresql://secretariat:secret@server/panel_a")
    assert "reviewer[postgres]" in refused.value.message()
    assert "secret@" not in refused.value.message()


def test_the_migrations_build_the_orms_schema_on_postgresql_step_by_step(
    empty_database: str,
) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from models import Base
    from reviewer.store import schema

    engine = create_engine(empty_database.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with engine.begin() as connection:
            for revision in sorted(schema.known_revisions()):  # each migration on its own
                schema.upgrade(connection, revision)
            assert schema.current_revision(connection) == schema.head_revision()
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        engine.dispose()
    assert differences == []
