"""The Qt binding in use is one the app can live with."""

from __future__ import annotations

import sys
from typing import Any

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
