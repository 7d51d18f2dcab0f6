"""The schema is built and upgraded by migrations, and they agree with the ORM."""

from __future__ import annotations

import itertools
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, select, text

from models import Base, tables
from models.enums import CampaignKind
from reviewer.campaign.overview import overview
from reviewer.store import schema
from reviewer.store.storage import APPLICATION_ID, open_campaign


def test_migrations_from_empty_build_every_table_of_the_orm(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with engine.begin() as connection:
        schema.upgrade(connection)
        assert schema.current_revision(connection) == schema.head_revision()
        assert set(inspect(connection).get_table_names()) == (
            set(Base.metadata.tables) | {"alembic_version"}
        )
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_there_is_a_previous_schema_to_upgrade_from() -> None:
    assert len(schema.known_revisions()) >= 2


def _campaign_at_revision(path: Path, revision: str) -> None:
    """A campaign file as an older Reviewer left it: schema `revision`, some data in it."""
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        schema.upgrade(connection, revision)
        connection.exec_driver_sql(
            "INSERT INTO campaign (uid, title, issuing_authority, call_title, call_reference,"
            " pilot_period_months, aggregation_method, trim_min_panel, spread_threshold,"
            " deviation_threshold, notes, created_at) VALUES ('u-1', '旧评审', '', '', '', 12,"
            " 'trimmed_mean', 5, 20, 30, '', '2014-07-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO applicant (code, kind, name, region, contact, phone)"
            " VALUES ('xian', 'city', '西安市', '西安市', '', '')"
        )
        if revision >= "0009":  # from 0009 on, a campaign always has its round 1
            connection.exec_driver_sql(
                "INSERT INTO scoring_round (number, purpose, opened_at)"
                " VALUES (1, 'initial', '2014-07-01 00:00:00')"
            )
    engine.dispose()


@pytest.mark.parametrize("previous", sorted(schema.known_revisions() - {schema.head_revision()}))
def test_opening_a_file_of_a_previous_schema_upgrades_it_and_keeps_its_data(
    tmp_path: Path, previous: str
) -> None:
    path = tmp_path / "old.review"
    _campaign_at_revision(path, previous)

    with open_campaign(path) as store, store.reading() as session:
        assert schema.current_revision(session.connection()) == schema.head_revision()
        assert (
            session.connection().exec_driver_sql("SELECT name FROM applicant").scalar() == "西安市"
        )
        assert session.connection().exec_driver_sql("SELECT count(*) FROM score").scalar() == 0
    with open_campaign(path, read_only=True) as store:
        # What the window asks first: the overview counts progress in the current round.
        assert overview(store).current_round == 1


def test_a_previous_schema_cannot_be_opened_read_only(tmp_path: Path) -> None:
    from reviewer.errors import CampaignNeedsUpgrade

    path = tmp_path / "old.review"
    _campaign_at_revision(path, "0001")
    with pytest.raises(CampaignNeedsUpgrade):
        open_campaign(path, read_only=True)


def test_migration_file_names_agree_with_alembics_revision_graph() -> None:
    """reviewer.store.schema reads revisions from file names; Alembic must see the same chain."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(schema.alembic_config())
    revisions = list(reversed(list(script.walk_revisions())))
    assert [r.revision for r in revisions] == sorted(schema.known_revisions())
    assert script.get_heads() == [schema.head_revision()]
    for previous, revision in itertools.pairwise(revisions):
        assert revision.down_revision == previous.revision


# What 0016 (recusal and commitment) adds, taken away to make an older campaign.
_ADDED_BY_0016 = (
    ("campaign", "commitment_text"),
    ("kit", "commitment"),
    ("kit", "recusals"),
    ("kit", "commitment_accepted_at"),
)


def _undo_0016(raw: sqlite3.Connection) -> None:
    raw.execute("DROP TABLE commitment_signature")
    for table, column in _ADDED_BY_0016:
        raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _undo_0017(raw: sqlite3.Connection) -> None:
    """Take away what 0017 (deviations explained, unlock grounds) adds, and what later
    migrations add (0018: the campaign's gates; 0019: pending ties)."""
    _undo_0018(raw)
    raw.execute("DROP TABLE deviation_explanation")
    for column in (
        "unlock_ground",
        "unlock_ground_text",
        "override_by",
        "override_reason",
        "open_deviations",
    ):
        raw.execute(f"ALTER TABLE result_lock DROP COLUMN {column}")


def _undo_0018(raw: sqlite3.Connection) -> None:
    """Take away what 0018 (the campaign's gates) adds, and what 0019 adds after it."""
    _undo_0019(raw)
    raw.execute("ALTER TABLE campaign DROP COLUMN gates")


def _undo_0019(raw: sqlite3.Connection) -> None:
    """Take away what 0019 (ties to applicants not registered yet) adds, and what 0020
    adds after it."""
    _undo_0020(raw)
    raw.execute("DROP TABLE pending_tie")


def _undo_0020(raw: sqlite3.Connection) -> None:
    """Take away what 0020 (the review's kind and the selection it continues) adds, and
    what 0021 adds after it."""
    _undo_0021(raw)
    for column in ("source_fingerprint", "source_title", "source_uid", "kind"):
        raw.execute(f"ALTER TABLE campaign DROP COLUMN {column}")


def _undo_0021(raw: sqlite3.Connection) -> None:
    """Take away what 0021 (acceptance outcomes: bands, stars, re-acceptance rounds) adds,
    and what 0022 adds after it."""
    _undo_0022(raw)
    for column in ("grade_thresholds", "outcome_bands"):
        raw.execute(f"ALTER TABLE campaign DROP COLUMN {column}")
    for column in ("rectify_from", "rectify_by"):
        raw.execute(f"ALTER TABLE scoring_round DROP COLUMN {column}")


def _undo_0022(raw: sqlite3.Connection) -> None:
    """Take away what 0022 (the applicants' feedback letters) adds, and what 0023 adds
    after it."""
    _undo_0023(raw)
    raw.execute("DROP TABLE feedback_letter")


def _undo_0023(raw: sqlite3.Connection) -> None:
    """Take away what 0023 (the pilots a later review carries) adds."""
    raw.execute("DROP TABLE pilot")


def test_0023_gives_an_older_campaign_no_pilots(demo_file: Path) -> None:
    """A campaign of schema 0022 upgrades with an empty list of carried pilots."""
    with sqlite3.connect(demo_file) as raw:
        _undo_0023(raw)
        raw.execute("UPDATE alembic_version SET version_num = '0022'")
    raw.close()
    with open_campaign(demo_file) as store, store.reading() as session:
        assert session.execute(text("SELECT count(*) FROM pilot")).scalar_one() == 0


def test_0022_gives_an_old_campaign_no_feedback_letters(demo_file: Path) -> None:
    """A campaign of schema 0021 upgrades with an empty table of feedback letters."""
    with sqlite3.connect(demo_file) as raw:
        _undo_0022(raw)
        raw.execute("UPDATE alembic_version SET version_num = '0021'")
    raw.close()
    with open_campaign(demo_file) as store, store.reading() as session:
        assert session.execute(text("SELECT count(*) FROM feedback_letter")).scalar_one() == 0


def test_0021_gives_an_older_campaign_the_default_bands_and_plain_rounds(
    demo_file: Path,
) -> None:
    """A campaign of schema 0020 upgrades with the default bands, no star grade, and its
    rounds stay re-score rounds (no deadline)."""
    with sqlite3.connect(demo_file) as raw:
        _undo_0021(raw)
        raw.execute("UPDATE alembic_version SET version_num = '0020'")
    raw.close()
    with open_campaign(demo_file) as store, store.reading() as session:
        bands = session.connection().exec_driver_sql(
            "SELECT outcome_bands, grade_thresholds FROM campaign"
        )
        assert bands.one() == (None, None)
        deadlines = session.connection().exec_driver_sql("SELECT rectify_by FROM scoring_round")
        assert {row[0] for row in deadlines} == {None}


def test_0020_makes_every_older_campaign_a_selection(demo_file: Path) -> None:
    """A campaign of schema 0019 upgrades to a selection campaign continuing none."""
    with sqlite3.connect(demo_file) as raw:
        _undo_0020(raw)
        raw.execute("UPDATE alembic_version SET version_num = '0019'")
    raw.close()
    with open_campaign(demo_file) as store, store.reading() as session:
        row = session.execute(select(tables.campaign.c.kind, tables.campaign.c.source_uid)).one()
    assert row.kind is CampaignKind.SELECTION and row.source_uid is None


def test_0018_gates_gives_an_old_campaign_the_calls_reading(demo_file: Path) -> None:
    """A campaign of schema 0017 upgrades to the call's gates, its statuses as they were."""
    from reviewer.intake.checklist import DEFAULT_GATES
    from reviewer.intake.gates import gate_settings

    with sqlite3.connect(demo_file) as raw:
        statuses = raw.execute("SELECT id, status FROM application ORDER BY id").fetchall()
        _undo_0018(raw)
        raw.execute("UPDATE alembic_version SET version_num = '0017'")
    raw.close()
    with open_campaign(demo_file) as store:
        assert {s.code for s in gate_settings(store) if s.gate} == DEFAULT_GATES
        with store.reading() as session:
            after = session.connection().exec_driver_sql(
                "SELECT id, status FROM application ORDER BY id"
            )
            assert after.all() == statuses


_ADDED_BY_0013 = (
    ("campaign", "panel_minimum"),
    ("campaign", "panel_odd"),
    ("expert", "is_reserve"),
)


def test_0010_locks_every_scored_rubric_and_drops_the_criterion_index(
    demo_file: Path,
) -> None:
    """A campaign of schema 0009 knew a scored rubric by the index, not the flag: the
    upgrade sets the flag of exactly the rubrics with scores, then drops the index."""
    with sqlite3.connect(demo_file) as raw:
        raw.execute(
            "DELETE FROM score WHERE criterion_id IN (SELECT k.id FROM criterion k"
            " JOIN condition c ON c.id = k.condition_id JOIN rubric r ON r.id ="
            " c.rubric_id JOIN track t ON t.id = r.track_id WHERE t.kind = 'department')"
        )
        raw.execute("UPDATE rubric SET locked = 0")
        raw.execute("CREATE INDEX ix_score_criterion_id ON score (criterion_id)")
        raw.execute("ALTER TABLE blob DROP COLUMN encoding")  # added by 0011
        _undo_0017(raw)
        raw.execute("DROP TABLE review_report_signature")  # added by 0012
        for table, column in _ADDED_BY_0013:
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        raw.execute("DROP TABLE output_record")  # added by 0014
        raw.execute("DROP TABLE objection")  # made by 0015
        raw.execute("DROP TABLE public_notice")
        _undo_0016(raw)
        raw.execute("UPDATE alembic_version SET version_num = '0009'")
    raw.close()
    with open_campaign(demo_file) as store, store.reading() as session:
        connection = session.connection()
        locked = dict(
            connection.exec_driver_sql(
                "SELECT t.kind, r.locked FROM rubric r JOIN track t ON t.id = r.track_id"
            ).all()
        )
        indexes = {i["name"] for i in inspect(connection).get_indexes("score")}
    assert locked == {"city": 1, "department": 0}
    assert "ix_score_criterion_id" not in indexes


def test_0013_panel_gives_an_old_campaign_the_default_panel_rule_and_no_reserves(
    demo_file: Path,
) -> None:
    """A campaign of schema 0012 upgrades to a panel rule of at least 5, odd (87号令 §47),
    with every expert on its panel and none a reserve; its experts and scores stay."""
    from reviewer.panel.rules import PanelRules, panel_rules

    with sqlite3.connect(demo_file) as raw:
        experts = raw.execute("SELECT count(*) FROM expert").fetchone()[0]
        scores = raw.execute("SELECT count(*) FROM score").fetchone()[0]
        for table, column in _ADDED_BY_0013:
            raw.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        raw.execute("DROP TABLE output_record")  # added by 0014
        raw.execute("DROP TABLE objection")  # added by 0015
        raw.execute("DROP TABLE public_notice")
        _undo_0016(raw)
        _undo_0017(raw)
        raw.execute("UPDATE alembic_version SET version_num = '0012'")
    raw.close()
    with open_campaign(demo_file) as store:
        assert panel_rules(store) == PanelRules(minimum=5, odd=True)
        with store.reading() as session:
            connection = session.connection()
            assert connection.exec_driver_sql("SELECT count(*) FROM expert").scalar() == experts
            assert connection.exec_driver_sql("SELECT count(*) FROM score").scalar() == scores
            reserves = connection.exec_driver_sql(
                "SELECT count(*) FROM expert WHERE is_reserve"
            ).scalar()
    assert reserves == 0
