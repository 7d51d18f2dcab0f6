"""A kit holds only what reviewer.scoring.kit_contents allows, at every stage of a review.

The campaign is taken through the stages a review goes through (scoring, locked, staged
and committed decisions, unlocked, a re-score round, locked again), with a row in every
table by the end, and a kit is issued at each stage. Each kit is then read table by table
against the declaration, by rules written here independently of it: an expert's kit holds
no row of another expert, of another application, of the secretariat's records; every
row it holds is the campaign's own; and no other expert's name or secret is anywhere in
the file's bytes.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from models import Base
from reviewer.cli.main import EXIT_OK, main
from reviewer.documents.feedback import save_feedback
from reviewer.results.deviations import explain_deviation
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import add_note
from reviewer.scoring.kit_contents import KIT_CONTENTS, EveryRow, IssuedKit, NoRow
from reviewer.scoring.kits import export_kit
from reviewer.store.output_records import RecordedOutput, record_outputs
from reviewer.store.storage import open_campaign


@dataclass(frozen=True)
class IssuedAt:
    stage: str
    expert: str
    kit: Path
    campaign: Path  # a copy of the campaign as it was when the kit was issued


def _run(*argv: str) -> None:
    assert main(list(argv)) == EXIT_OK, argv


def _rows(db: sqlite3.Connection, table: str) -> list[dict[str, Any]]:
    cursor = db.execute(f'SELECT * FROM "{table}"')
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _read_only(path: Path) -> contextlib.closing[sqlite3.Connection]:
    return contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True))


@pytest.fixture(scope="module")
def issued(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> list[IssuedAt]:
    folder = tmp_path_factory.mktemp("stages")
    campaign = folder / "campaign.review"
    shutil.copyfile(demo_master, campaign)
    kits: list[IssuedAt] = []

    def issue(stage: str, expert: str) -> None:
        kit = folder / f"{stage}-{expert}.review"
        with open_campaign(campaign) as store:
            export_kit(store, expert, kit)
        copy = folder / f"{stage}-{expert}-campaign.review"
        shutil.copyfile(campaign, copy)
        kits.append(IssuedAt(stage, expert, kit, copy))

    with open_campaign(campaign) as store:
        add_note(store, 5, "讨论：示范作用的依据不足")
        add_note(store, 5, "本人不同意合议结论", expert_code="E03")
        explain_deviation(
            store, merge_results(store), 1, "E03", "书面说明：示范作用依据不足", date(2014, 8, 5)
        )
    _run("commitment-signed", str(campaign), "--expert", "E03", "--on", "2014-07-20")
    issue("scoring", "E06")
    _run("lock", str(campaign), "--reason", "首轮评审结束", "--override-reason", "组长同意")
    issue("locked", "E06")
    _run("decide", str(campaign), "--application", "西安市", "--outcome", "approve")
    issue("staged", "E06")
    _run("decide", str(campaign), "--commit")
    _run(
        "decide", str(campaign), "--application", "铜川市", "--outcome", "defer", "--reason", "待核"
    )
    _run("notice", str(campaign), "--start", "2014-09-29")
    _run(
        "objection",
        "add",
        str(campaign),
        "--application",
        "咸阳市",
        "--from",
        "张三",
        "--text",
        "评分有误",
    )
    issue("committed", "E06")
    _run("unlock", str(campaign), "--reason", "咸阳市评分偏差需复评", "--ground", "abnormal")
    issue("unlocked", "E05")
    _run("rescore", str(campaign), "--reason", "E03 对咸阳市评分畸低")
    issue("rescore", "E03")
    _run("lock", str(campaign), "--reason", "复评结束", "--override-reason", "组长同意")
    _run("decide", str(campaign), "--application", "西安市", "--outcome", "approve")
    _run("report-signature", str(campaign), "--expert", "E03", "--answer", "signed")
    issue("relocked", "E03")
    with open_campaign(campaign) as store:  # a document written, as the report records it
        written = RecordedOutput("opinions", "评审意见.pdf", folder / "评审意见.pdf", "0" * 64, 1)
        record_outputs(store, [written])
        save_feedback(store, 5, "咸阳市人民政府：\n专家组评审意见如下。\n特此函告。")
    with contextlib.closing(sqlite3.connect(campaign)) as db:
        # Nothing in Reviewer writes `aggregate` yet; a row makes sure none would leak.
        db.execute(
            "INSERT INTO aggregate (application_id, round_id, method, final, kept_expert_ids, "
            "dropped_expert_ids, condition_figures, computed_at) "
            "VALUES (5, 1, 'trimmed_mean', 8000, '[1]', '[2]', '{}', '2014-07-21 09:00:00')"
        )
        # A tie the expert list named to an applicant not registered yet (kept pending).
        db.execute(
            "INSERT INTO pending_tie (expert_id, applicant_name, relation, note, source) "
            "VALUES (3, '未登记的单位', 'employment', '', '专家名单.xlsx')"
        )
        # A pilot a later review carries (its selection's score and rank, its letter).
        db.execute(
            "INSERT INTO pilot (applicant_id, track_id, source_application_id, plan_title, "
            "pilot_domains, districts, budget_wan, funding, selection_final, selection_rank, "
            "approved_on, approval_number, approval_date, period_months, period_start, "
            "period_end) VALUES (1, 1, 1, '实施方案', '[]', '[]', 3200, '', 8000, 1, "
            "'2014-08-01', '', '2014-08-01', 12, '2014-08-01', '2015-08-01')"
        )
        db.commit()
        empty = [t for t in KIT_CONTENTS if not db.execute(f'SELECT 1 FROM "{t}"').fetchone()]
    assert empty == []  # by the end, every table of the campaign has rows
    issue("complete", "E03")
    return kits


STAGES = ["scoring", "locked", "staged", "committed", "unlocked", "rescore", "relocked", "complete"]


def test_the_declaration_names_every_table_the_migrations_make(demo_master: Path) -> None:
    with _read_only(demo_master) as db:
        made = {
            name
            for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("sqlite_")
        }
    assert set(KIT_CONTENTS) == made
    assert set(Base.metadata.tables) == made - {"alembic_version"}


@pytest.fixture(params=STAGES)
def kit(request: pytest.FixtureRequest, issued: list[IssuedAt]) -> Iterator[IssuedAt]:
    (at,) = [kit for kit in issued if kit.stage == request.param]
    yield at


def test_a_kit_holds_only_the_rows_the_declaration_allows(kit: IssuedAt) -> None:
    with _read_only(kit.kit) as mine, _read_only(kit.campaign) as theirs:
        expert = theirs.execute("SELECT id FROM expert WHERE code = ?", (kit.expert,)).fetchone()[0]
        (kit_row,) = _rows(mine, "kit")
        round_number = kit_row["round_number"]
        round_id = theirs.execute(
            "SELECT id FROM scoring_round WHERE number = ?", (round_number,)
        ).fetchone()[0]
        asked = _asked(theirs, expert, round_id)
        assert asked, "the kit must ask something of its expert"
        applicants = {
            row["applicant_id"] for row in _rows(theirs, "application") if row["id"] in asked
        }
        files = {
            row["sha256"]
            for row in _rows(theirs, "material")
            if row["application_id"] in asked and row["superseded_at"] is None
        }
        for table, share in KIT_CONTENTS.items():
            held = _rows(mine, table)
            source = _rows(theirs, table)
            if isinstance(share, NoRow):
                assert held == [], table
                continue
            if isinstance(share, EveryRow):
                assert len(held) == len(source), table
            for row in held:
                if table == "kit":
                    assert row["expert_id"] == expert and row["round_number"] == round_number
                if table == "campaign":
                    assert row["role"] == "kit" and row["notes"] == ""
                    row = {**row, "role": "campaign"}
                if table == "scoring_round":
                    assert row["purpose"] == "" and row["number"] <= round_number
                    row = {**row, "purpose": _by_id(source, row["id"])["purpose"]}
                if "expert_id" in row:
                    assert row["expert_id"] == expert, (table, row)
                if "application_id" in row:
                    assert row["application_id"] in asked, (table, row)
                if table == "application":
                    assert row["id"] in asked
                if table == "applicant":
                    assert row["id"] in applicants
                if table == "expert":
                    assert row["id"] == expert
                if table in {"blob", "blob_chunk", "material"}:
                    assert row["sha256"] in files, table
                if table == "score":
                    assert row["round_id"] <= round_id
                if table == "rescore_request":
                    assert row["round_id"] == round_id
                # Every row is the campaign's own, as it is there (the issued kit too).
                assert row in source, (table, row)
        if isinstance(KIT_CONTENTS["kit"], IssuedKit):
            assert kit_row in _rows(theirs, "kit")
        assert {row["sha256"] for row in _rows(mine, "material")} == files
        # The expert's own part is all there: their assignments and their scores.
        assert {row["application_id"] for row in _rows(mine, "assignment")} == asked
        own_scores = [
            row
            for row in _rows(theirs, "score")
            if row["expert_id"] == expert and row["application_id"] in asked
        ]
        assert len(_rows(mine, "score")) == len(own_scores)
        others = [
            (row["name"], row["code"]) for row in _rows(theirs, "expert") if row["id"] != expert
        ]
        secrets = [row["secret"] for row in _rows(theirs, "kit") if row["uid"] != kit_row["uid"]]
        assert mine.execute("PRAGMA foreign_key_check").fetchall() == []
        text = " ".join(
            str(value)
            for table in KIT_CONTENTS
            if table != "blob_chunk"  # file contents: three letters occur in them by chance
            for row in _rows(mine, table)
            for value in row.values()
        )
    raw = kit.kit.read_bytes()  # every page, free ones included
    for name, code in others:
        assert name.encode() not in raw, name
        assert code not in text, code
    for secret in secrets:
        assert secret.encode() not in raw


def _asked(db: sqlite3.Connection, expert: int, round_id: int) -> set[int]:
    number = db.execute("SELECT number FROM scoring_round WHERE id = ?", (round_id,)).fetchone()[0]
    assigned = {
        application
        for (application,) in db.execute(
            "SELECT application_id FROM assignment WHERE expert_id = ?", (expert,)
        )
    }
    if number == 1:
        return assigned
    requested = {
        application
        for (application,) in db.execute(
            "SELECT application_id FROM rescore_request WHERE expert_id = ? AND round_id = ?",
            (expert, round_id),
        )
    }
    return assigned & requested


def _by_id(rows: list[dict[str, Any]], id_: int) -> dict[str, Any]:
    (row,) = [row for row in rows if row["id"] == id_]
    return row


def test_a_kit_opens_in_expert_mode_at_every_stage(issued: list[IssuedAt]) -> None:
    from reviewer.scoring.expert_scoring import kit_state

    for at in issued:
        with open_campaign(at.kit) as store:
            state = kit_state(store)
        assert state.expert_code == at.expert and state.assignments, at.stage


def test_the_lock_of_a_re_scored_campaign_stays_out_of_the_re_scoring_experts_kit(
    issued: list[IssuedAt],
) -> None:
    """The attack: after lock, unlock and a re-score round, the kit carried `result_lock`,
    every expert's totals for every application."""
    (at,) = [kit for kit in issued if kit.stage == "rescore"]
    with _read_only(at.campaign) as theirs:
        assert theirs.execute("SELECT count(*) FROM result_lock").fetchone()[0] == 1
    with _read_only(at.kit) as mine:
        assert mine.execute("SELECT count(*) FROM result_lock").fetchone()[0] == 0
        assert mine.execute("SELECT count(*) FROM discussion_note").fetchone()[0] == 0


def test_a_kit_is_issued_while_decisions_are_staged(issued: list[IssuedAt]) -> None:
    """The attack: with a staged decision in the campaign, issuing a kit ended in a
    FOREIGN KEY traceback, after the kit had been recorded."""
    (at,) = [kit for kit in issued if kit.stage == "staged"]
    with _read_only(at.campaign) as theirs:
        assert theirs.execute("SELECT count(*) FROM staged_decision").fetchone()[0] == 1
    with _read_only(at.kit) as mine:
        assert mine.execute("SELECT count(*) FROM staged_decision").fetchone()[0] == 0
