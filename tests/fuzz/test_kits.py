"""Kits opened in expert mode: whatever the file holds, opening it and showing the
expert's applications either works or is refused by name, and a refused file is left
exactly as it was.

Kits travel on USB sticks and by mail, so they arrive truncated and with damaged pages;
and a kit is a SQLite file anyone can edit, so rows arrive changed too.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from reviewer.errors import ReviewerError
from reviewer.scoring.expert_scoring import is_kit, kit_state, scoring_form
from reviewer.store.storage import open_campaign
from tests.fuzz.conftest import Corpus, share
from tests.fuzz.mutations import Seed, damaged

# Edits a person with a SQLite browser, or a broken tool, might make.
_EDITS = [
    "UPDATE campaign SET role = 'campaign'",
    "UPDATE campaign SET role = 'nonsense'",
    "DELETE FROM campaign",
    "INSERT INTO campaign SELECT id + 1, uid || 'x', title, issuing_authority, call_title, "
    "call_reference, submission_deadline, pilot_period_months, aggregation_method, "
    "trim_min_panel, spread_threshold, deviation_threshold, notes, created_at, role "
    "FROM campaign",
    "DELETE FROM kit",
    "INSERT INTO kit SELECT id + 1, uid || 'x', expert_id, round_number, secret, issued_at, "
    "last_sequence, conflicts_confirmed_at FROM kit",
    "UPDATE kit SET expert_id = 999",
    "UPDATE kit SET round_number = 7",
    "UPDATE kit SET secret = 'zz'",
    "DELETE FROM scoring_round",
    "DELETE FROM expert",
    "DELETE FROM track",
    "DELETE FROM rubric",
    "DELETE FROM criterion",
    "DELETE FROM band",
    "UPDATE application SET track_id = 99",
    "UPDATE application SET applicant_id = 99",
    "UPDATE assignment SET application_id = 9999",
    "UPDATE score SET value = 'abc'",
    "UPDATE score SET criterion_id = 99999",
    "UPDATE criterion SET max_points = 'x'",
    "UPDATE criterion SET step = 0",
    "UPDATE track SET kind = 'other'",
    "UPDATE campaign SET created_at = 'yesterday'",
    "UPDATE conflict_declaration SET application_id = 9999",
    "INSERT INTO conflict_declaration (expert_id, application_id, source, reason, declared_at)"
    " SELECT expert_id, 9999, 'declared', 'x', issued_at FROM kit",
    "UPDATE alembic_version SET version_num = '0001'",
    "UPDATE alembic_version SET version_num = '0007'",
    "UPDATE alembic_version SET version_num = '9999'",
    "DELETE FROM alembic_version",
    "DROP TABLE score",
    "DROP TABLE alembic_version",
    "PRAGMA application_id = 0",
    "PRAGMA user_version = 99",
]


def _edited(path: Path, statements: list[str]) -> None:
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in statements:
            with contextlib.suppress(sqlite3.Error):  # an edit the schema will not take
                connection.execute(statement)


def _digest(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def _open_as_expert(path: Path) -> None:
    """What the app does on opening a kit: open it, list the applications, show each
    scoring form. A refusal must leave the file as it was."""
    before = _digest(path)
    try:
        store = open_campaign(path)
    except ReviewerError:
        assert _digest(path) == before
        return
    with store, contextlib.suppress(ReviewerError):
        is_kit(store)  # the window asks first, to choose expert mode
        for assignment in kit_state(store).assignments:
            if assignment.conflict is None:
                scoring_form(store, assignment.application_id)


@given(data=st.data())
@share(0.4)
def test_a_damaged_kit_is_opened_or_refused_by_name(
    corpus: Corpus, scratch: Path, data: st.DataObject
) -> None:
    path = scratch / "E07.review"
    for suffix in ("-wal", "-shm", "-lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    # The first pages hold the header and the schema, where opening decides.
    seed = Seed(corpus.kit.read_bytes())
    path.write_bytes(data.draw(damaged(seed, focus=3 * 65536), label="kit"))
    _open_as_expert(path)


@given(statements=st.lists(st.sampled_from(_EDITS), min_size=1, max_size=3))
# Found by the fuzzer: a kit row pointing at no expert (NoResultFound), two campaign rows
# (MultipleResultsFound), an unknown role (LookupError), a date that is not one
# (ValueError), and a file refused only after
# opening had switched it to WAL, or after a migration failed on tables that already
# existed (OperationalError).
@example(statements=["UPDATE kit SET expert_id = 999"])
@example(statements=[_EDITS[3]])
@example(statements=["UPDATE campaign SET role = 'nonsense'"])
@example(statements=["DELETE FROM campaign"])
@example(statements=["UPDATE alembic_version SET version_num = '0001'"])
@example(statements=["UPDATE campaign SET created_at = 'yesterday'"])  # ValueError
@example(statements=["DROP TABLE score"])  # OperationalError: no such table
@example(statements=["UPDATE score SET value = 'abc'"])  # ValueError, in scoring_form
@share(0.4)
def test_an_edited_kit_is_opened_or_refused_by_name(
    corpus: Corpus, scratch: Path, statements: list[str]
) -> None:
    path = scratch / "E07.review"
    for suffix in ("-wal", "-shm", "-lock"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(corpus.kit, path)
    _edited(path, statements)
    _open_as_expert(path)
