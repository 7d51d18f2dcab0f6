"""The Qt binding in use is one the app can live with."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from ui.widgets.qt import QLabel, QProgressBar


def test_calls_that_return_nothing_keep_none_alive(qtbot: Any) -> None:
    """PySide6 6.12.0 decrements None's reference count on every void call; on Python
    3.11 the app then aborts with "deallocating None" after a few thousand calls."""
    label, bar = QLabel(), QProgressBar()
    qtbot.addWidget(label)
    qtbot.addWidget(bar)
    before = sys.getrefcount(None)
    for step in range(500):
        label.setText(str(step))
        bar.setValue(step % 100)
    assert sys.getrefcount(None) - before > -100


def test_python_import_puts_back_what_it_replaced() -> None:
    """The loading imports the ORM and the stages past PySide's import hook
    (ui.campaign_loading): the hook is back after, even when the block fails."""
    import builtins

    from ui.widgets import qt

    hooked = builtins.__import__
    try:
        with qt.python_import():
            import json.decoder  # noqa: F401

            raise LookupError
    except LookupError:
        pass
    assert builtins.__import__ is hooked


@pytest.mark.parametrize("worker_ends_first", [True, False])
def test_python_import_blocks_on_two_threads_share_one_swap(worker_ends_first: bool) -> None:
    """The loading's worker imports the views' screens while the window builds on the
    GUI thread, each in a block of its own: the hook is back only when both have ended,
    whichever ends first, and never left out."""
    import builtins
    import threading

    from ui.widgets import qt

    hooked = builtins.__import__
    worker_in, worker_may_end = threading.Event(), threading.Event()
    seen_in_worker: list[object] = []

    def worker() -> None:
        with qt.python_import():
            worker_in.set()
            worker_may_end.wait(5)
            seen_in_worker.append(builtins.__import__)

    thread = threading.Thread(target=worker)
    thread.start()
    worker_in.wait(5)
    with qt.python_import():
        if worker_ends_first:
            worker_may_end.set()
            thread.join(5)
        assert builtins.__import__ is qt._PYTHON_IMPORT
    worker_may_end.set()
    thread.join(5)
    assert seen_in_worker == [qt._PYTHON_IMPORT]
    assert builtins.__import__ is hooked
