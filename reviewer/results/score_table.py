"""The stored scores as arrays, for a merge of up to a million of them.

One driver-level query reads every score as plain integers (points are stored as
hundredths) into a NumPy record array: no ORM object, no Decimal and no Python dict
per score, so the merge's time and memory stay proportional to the applications, not
to the scores. Decimals are made only for the figures the results show.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from sqlalchemy.orm import Session

from models import Score, ScoringRound
from models.enums import TrackKind
from reviewer.rubrics.catalog import RubricView

_PACKED = np.dtype([("packed", np.int64)])
# Which score it is: of which expert on which application, in which round (its number),
# on which criterion.
_WHICH = [
    ("application", np.int64),
    ("expert", np.int64),
    ("round", np.int64),
    ("criterion", np.int64),
]
_ROW = np.dtype([*_WHICH, ("points", np.int64)])
_FROM = f"FROM {Score.__tablename__} s JOIN {ScoringRound.__tablename__} r ON r.id = s.round_id"
_SELECT = f"SELECT s.application_id, s.expert_id, r.number, s.criterion_id, s.value {_FROM}"
# Upper bounds of each field, from the small tables: the largest application, expert,
# round and criterion id, and the largest points any criterion allows (hundredths).
_BOUNDS = (
    "SELECT (SELECT max(id) FROM application), (SELECT max(id) FROM expert), "
    "(SELECT max(id) FROM scoring_round), (SELECT max(id) FROM criterion), "
    "(SELECT max(max_points) FROM criterion)"
)
# For the rule of the latest round, with the score's id.
_KEYS = np.dtype([*_WHICH, ("score", np.int64)])
# Only the scores of an expert on an application scored in more than one round: the
# others are all in their pair's latest round. The index of the score table's unique
# key answers the grouping without reading the scores into Python.
_SELECT_KEYS = (
    f"SELECT s.application_id, s.expert_id, r.number, s.criterion_id, s.id {_FROM}"
    f" JOIN (SELECT expert_id, application_id FROM {Score.__tablename__}"
    " GROUP BY expert_id, application_id HAVING min(round_id) < max(round_id)) again"
    " ON again.expert_id = s.expert_id AND again.application_id = s.application_id"
)
_FIELDS = ("application", "expert", "round", "criterion", "points")
# The round's id, not its number: no join in the read of a million scores.
_COLUMNS = ("application_id", "expert_id", "round_id", "criterion_id", "value")
_ROUNDS = f"SELECT id, number FROM {ScoringRound.__tablename__}"


@dataclass(frozen=True)
class TrackScores:
    """Every complete scoring of one track's applications under its current rubric.

    Row i is expert `experts[i]` on application `applications[i]`, rows sorted by
    application then expert; `points[i, j]` is in hundredths on the rubric's j-th
    criterion. An application's rows run from `starts[a]` for `sizes[a]` rows, where
    `scored[a]` is its id.
    """

    applications: NDArray[np.int64]
    experts: NDArray[np.int64]
    points: NDArray[np.int64]
    scored: NDArray[np.int64]
    starts: NDArray[np.int64]
    sizes: NDArray[np.int64]


def _runs(*keys: NDArray[np.int64]) -> NDArray[np.bool_]:
    """True where a run of equal keys starts, in rows sorted by those keys."""
    starts = np.zeros(len(keys[0]), dtype=bool)
    starts[:1] = True
    for key in keys:
        starts[1:] |= key[1:] != key[:-1]
    return starts


def _where(rows: NDArray[np.void], keep: NDArray[np.bool_]) -> NDArray[np.void]:
    """The rows to keep; without a copy when that is all of them (the usual case)."""
    return rows if keep.all() else rows[keep]


def _packed_rows(cursor: Any) -> NDArray[np.void] | None:
    """Every score, read as one integer per score with its five fields packed in bits,
    then unpacked by NumPy: a row of one integer crosses from SQLite to Python in half
    the time of a row of five. None when the fields do not fit in 63 bits, or some
    points lie outside the bounds (SQLite then gives NULL), for the plain read instead."""
    bounds = cursor.execute(_BOUNDS).fetchone()
    if any(bound is None for bound in bounds):
        return None
    widths = [max(int(bound), 1).bit_length() for bound in bounds]
    if sum(widths) > 63:
        return None
    shifts = [sum(widths[i + 1 :]) for i in range(len(widths))]
    # The ids are bounded by their tables (foreign keys); points only by the checks on
    # every write, so they are checked here too.
    within = f"value BETWEEN 0 AND {(1 << widths[-1]) - 1}"
    packed = " | ".join(
        f"(CAST({column} AS BIGINT) << {shift})"
        for column, shift in zip(_COLUMNS, shifts, strict=True)
    )
    cursor.execute(f"SELECT CASE WHEN {within} THEN {packed} END FROM {Score.__tablename__}")
    try:
        read = np.fromiter(cast(Iterable[tuple[int]], cursor), dtype=_PACKED)["packed"]
    except TypeError:  # a NULL: a score out of bounds
        return None
    rows = np.empty(len(read), dtype=_ROW)
    for name, width, shift in zip(_FIELDS, widths, shifts, strict=True):
        rows[name] = (read >> shift) & ((1 << width) - 1)
    numbers = np.zeros(int(bounds[2]) + 1, dtype=np.int64)
    for round_id, number in cursor.execute(_ROUNDS).fetchall():
        numbers[round_id] = number
    rows["round"] = numbers[rows["round"]]
    return rows


def latest_rounds(rows: NDArray[np.void]) -> NDArray[np.void]:
    """The rule of which scores count, for the merge and for the documents alike: when an
    expert scored an application in several rounds, the latest of those rounds replaces
    the earlier ones, for that application alone.

    `rows` has at least the fields `application`, `expert` and `round` (its number); any
    others ride along. Returns the rows of each expert's latest round on each
    application, sorted by application then expert.
    """
    rows = rows[np.lexsort((rows["expert"], rows["application"]))]
    starts = np.flatnonzero(_runs(rows["application"], rows["expert"]))
    latest = np.maximum.reduceat(rows["round"], starts) if len(rows) else rows["round"]
    return _where(rows, rows["round"] == np.repeat(latest, np.diff(np.append(starts, len(rows)))))


def superseded_scores(session: Session, criteria: Collection[int]) -> set[int]:
    """The ids of the scores on `criteria` that do not count: those of an expert's earlier
    rounds on an application they scored again (`latest_rounds`). Usually none, or a
    few: only the scores of pairs scored in more than one round are read, as integers,
    so that a caller reading every score as objects need not group them by round."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(_SELECT_KEYS)
        rows = np.fromiter(cast(Iterable[tuple[int, ...]], cursor), dtype=_KEYS)
    finally:
        cursor.close()
    rows = _where(rows, np.isin(rows["criterion"], np.fromiter(criteria, dtype=np.int64)))
    kept = latest_rounds(rows)["score"]
    return set(np.setdiff1d(rows["score"], kept, assume_unique=True).tolist())


def latest_scores(
    session: Session, rubrics: dict[TrackKind, RubricView], tracks: dict[int, TrackKind]
) -> tuple[dict[TrackKind, TrackScores], set[int]]:
    """Each track's complete scorings, and the applications with any score at all.

    Only scores on the current rubrics count, and of those only the latest round of
    each expert on each application (`latest_rounds`); a scoring counts when it covers
    every criterion of the rubric.
    `tracks` gives each application's track.
    """
    cursor = session.connection().connection.cursor()
    try:
        rows = _packed_rows(cursor)
        if rows is None:
            cursor.execute(_SELECT)
            rows = np.fromiter(cast(Iterable[tuple[int, ...]], cursor), dtype=_ROW)
    finally:
        cursor.close()
    criteria = [k.id for view in rubrics.values() for k in view.criteria]
    rows = _where(rows, np.isin(rows["criterion"], np.array(criteria, dtype=np.int64)))
    rows = latest_rounds(rows)
    involved = set(rows["application"][_runs(rows["application"])].tolist())
    by_track = {track: _track(rows, view, track, tracks) for track, view in rubrics.items()}
    return by_track, involved


def _track(
    rows: NDArray[np.void],
    rubric: RubricView,
    track: TrackKind,
    tracks: dict[int, TrackKind],
) -> TrackScores:
    ids = np.fromiter((k.id for k in rubric.criteria), dtype=np.int64)
    own = np.fromiter((a for a, kind in tracks.items() if kind is track), dtype=np.int64)
    rows = _where(rows, np.isin(rows["criterion"], ids) & np.isin(rows["application"], own))
    starts = np.flatnonzero(_runs(rows["application"], rows["expert"]))
    counts = np.diff(np.append(starts, len(rows)))
    complete = counts == len(ids)
    pair = np.cumsum(complete) - 1  # index of each complete pair among the complete ones
    keep = np.repeat(complete, counts)
    kept = _where(rows, keep)
    order = np.argsort(ids)
    column = order[np.searchsorted(ids[order], kept["criterion"])]
    points = np.zeros((int(complete.sum()), len(ids)), dtype=np.int64)
    points[np.repeat(pair[complete], len(ids)), column] = kept["points"]
    firsts = starts[complete]
    applications = rows["application"][firsts]
    experts = rows["expert"][firsts]
    app_starts = np.flatnonzero(_runs(applications))
    return TrackScores(
        applications=applications,
        experts=experts,
        points=points,
        scored=applications[app_starts],
        starts=app_starts,
        sizes=np.diff(np.append(app_starts, len(applications))),
    )
