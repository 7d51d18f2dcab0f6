"""Closing the campaign while a job still reads it (the Results tab's merge, started a
moment before): the job is cancelled or finished before the campaign closes, and
nothing fails."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ui.main_window import MainWindow
from ui.widgets.qt import QThreadPool


def test_closing_the_campaign_while_the_merge_runs_fails_nothing(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    for _ in range(3):  # the merge and the close race: a few times
        assert window.open_path(demo_file)
        window.results_actions.merge()
        window.set_store(None)  # File ▸ Close, a restore, another campaign opened
        assert QThreadPool.globalInstance().waitForDone(20_000)
        qtbot.wait(50)  # the job's last signals reach the window (no error box)
    assert window.store is None
