"""The merge's read of every score: packed one integer per score when the fields fit,
the same rows as the plain read; the plain read when a score lies out of bounds. And the
rule of which scores count: each expert's latest round on each application."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from sqlalchemy import text

from reviewer.results.score_table import _ROW, _SELECT, _packed_rows, latest_rounds
from reviewer.store.storage import CampaignStore, open_campaign


def _reads(store: CampaignStore) -> tuple[np.ndarray | None, np.ndarray]:
    with store.reading() as session:
        cursor = session.connection().connection.cursor()
        packed = _packed_rows(cursor)
        plain = np.fromiter(cursor.execute(_SELECT), dtype=_ROW)
        cursor.close()
    return packed, plain


def test_the_packed_read_gives_the_plain_rows(demo_file: Path) -> None:
    """Rows of two rounds, the second with an id other than its number: the packed read
    reads round ids and gives numbers, as the plain read's join does."""
    with open_campaign(demo_file) as store:
        with store.writing() as session:
            session.execute(
                text(
                    "INSERT INTO scoring_round (number, purpose, opened_at)"
                    " VALUES (5, 'rescore', '2014-08-01 00:00:00')"
                )
            )
            session.execute(
                text(
                    "UPDATE score SET round_id = (SELECT id FROM scoring_round WHERE number = 5)"
                    " WHERE id % 7 = 0"
                )
            )
        packed, plain = _reads(store)
    assert packed is not None and len(plain) > 1000
    assert set(plain["round"].tolist()) == {1, 5}
    assert packed.dtype == plain.dtype and np.array_equal(packed, plain)


def test_a_score_out_of_bounds_is_read_plainly(demo_file: Path) -> None:
    """Points above every criterion's maximum (never written by Reviewer, but a file is
    a file) would spill into the next field: the packed read declines."""
    with open_campaign(demo_file) as store:
        with store.writing() as session:
            session.execute(text("UPDATE score SET value = 1 << 40 WHERE id = 1"))
        packed, plain = _reads(store)
    assert packed is None and (plain["points"] == 1 << 40).sum() == 1


def test_only_each_experts_latest_round_on_each_application_counts() -> None:
    """Expert 7 scored application 1 in rounds 1 and 3 (round 3 on one criterion only)
    and application 2 in round 1 alone; expert 8 scored application 1 in rounds 2 and 1.
    The rows come unsorted; what rides along (`row`) stays with its row."""
    keys = np.dtype(
        [("application", np.int64), ("expert", np.int64), ("round", np.int64), ("row", np.int64)]
    )
    rows = np.array(
        [
            (1, 7, 1, 0),
            (2, 7, 1, 1),
            (1, 8, 2, 2),
            (1, 7, 3, 3),
            (1, 8, 1, 4),
            (1, 7, 1, 5),
            (1, 8, 2, 6),
        ],
        dtype=keys,
    )
    kept = latest_rounds(rows)
    assert kept.tolist() == [(1, 7, 3, 3), (1, 8, 2, 2), (1, 8, 2, 6), (2, 7, 1, 1)]
    assert len(latest_rounds(rows[:0])) == 0
