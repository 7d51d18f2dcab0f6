"""Helpers for the tests of the pilots' history: copies of the demo acceptance review
(one left partly scored, one locked), a later review of another selection, and the
decided selection they follow."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign


@dataclass(frozen=True)
class Reviews:
    selection: Path
    under_review: Path  # the demo acceptance review as written: nothing locked
    locked: Path  # the same, its results locked: outcomes
    foreign: Path  # a later review of another selection (its source_uid differs)


def history_files(master: tuple[Path, Path], folder: Path) -> Reviews:
    acceptance, selection = master
    folder.mkdir(parents=True, exist_ok=True)
    files = Reviews(
        *(folder / name for name in ("sel.review", "open.review", "locked.review", "other.review"))
    )
    shutil.copyfile(selection, files.selection)
    for target in (files.under_review, files.locked, files.foreign):
        shutil.copyfile(acceptance, target)
    with open_campaign(files.locked) as store:
        lock_results(store, "专家组审定验收结果", override_reason="组长同意")
    with sqlite3.connect(files.foreign) as connection:
        connection.execute("UPDATE campaign SET source_uid = 'another-selection'")
    connection.close()
    return files
