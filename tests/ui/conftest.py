"""GUI tests: marked `gui`, with the app's fonts registered once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ui.app import create_application
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def no_unexpected_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal message box nobody answers would hang the run: fail instead. A test that
    expects one patches the method itself, after this."""
    from ui.widgets.qt import QMessageBox

    def unexpected(kind: str) -> Callable[..., object]:
        def shown(_parent: object, title: str, text: str, *args: object) -> object:
            raise AssertionError(f"unexpected {kind} message box: {title}: {text}")

        return shown

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    """The main window in English, shown and active, with no campaign open."""
    create_application()
    settings = Settings()
    settings.language = "en"
    install_language("en")
    win = MainWindow(settings)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    return win
