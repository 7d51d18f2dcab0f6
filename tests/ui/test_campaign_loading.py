"""Start-up: the main window shows before the campaign is loaded, says so, and fills once
a worker has opened and read it (ui/campaign_loading.py)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import Any

import pytest

from reviewer.store.storage import open_campaign
from ui import campaign_loading
from ui.app import create_application, start_loading
from ui.i18n import install_language
from ui.launcher import _is_command
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.widgets.qt import QLabel, QMessageBox, Qt, QThreadPool, QToolBar


@pytest.fixture
def loading_window(qtbot: Any) -> MainWindow:
    """The window as the app first shows it: in English, not built, loading."""
    create_application()
    install_language("en")
    window = MainWindow(Settings(), loading=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def test_the_window_shows_loading_then_fills_with_the_campaign(
    qtbot: Any, loading_window: MainWindow, demo_file: Path
) -> None:
    window = loading_window
    label = window.centralWidget()
    assert isinstance(label, QLabel) and label.text() == "Loading…"
    assert not window.built and window.isVisible()
    menus = [action.menu() for action in window.menuBar().actions()]
    assert menus and not any(menu.isEnabled() for menu in menus)  # nothing to act on yet
    loading = start_loading(window, demo_file)
    assert not gc.isenabled()  # no collection while the ORM and the stages load
    with qtbot.waitSignal(loading.finished, timeout=60_000):
        pass
    assert loading.ok and window.built
    assert window.store is not None and window.store.path == demo_file
    assert window.overview.applications_total.text() == "17"
    assert window.tabs.count() == 1 and not window.rest_built  # the overview alone, first
    assert window.pages.count() == 1  # no welcome page made for a start on a campaign
    # Qt's flags set by name (no Qt namespace before the first screen) are set:
    selectable = window.overview.subtitle.textInteractionFlags()
    assert selectable == Qt.TextInteractionFlag.TextSelectableByMouse
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon
    assert all(act.icon().isNull() for act in toolbar.actions())  # the style's, just after
    # The other views are made and read just after the overview shows, the icons set.
    qtbot.waitUntil(lambda: window.rest_built, timeout=10_000)
    assert not any(act.icon().isNull() for act in toolbar.actions())
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [act.text() for act in window.view_actions]
    assert titles[:3] == ["Overview", "Applications", "Rubrics"]
    qtbot.waitUntil(lambda: window.applications.model.rowCount() == 17, timeout=10_000)
    assert gc.isenabled()  # again, once the first screen is drawn
    assert window.rubric.model.rowCount() > 0 and window.applicants.model.rowCount() > 0
    assert window.close_action.isEnabled()
    assert demo_file.name in window.settings.recent_files[0].name


def test_a_view_asked_for_before_it_is_made_is_made_then(
    qtbot: Any, loading_window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = loading_window
    # The worker's second step (the ORM's classes, the other views' screens) held back
    # until the view has been asked for: here it would be done at once, all imported.
    asked = threading.Event()
    monkeypatch.setattr(campaign_loading, "import_the_rest", lambda: asked.wait(30))
    loading = start_loading(window, demo_file)
    with qtbot.waitSignal(loading.finished, timeout=60_000):
        pass
    assert not window.rest_built
    window.view_actions[3].trigger()  # View > Experts (Ctrl+4), before the rest is ready
    asked.set()
    assert window.rest_built and window.tabs.count() == 7
    assert window.tabs.currentWidget() is window.experts
    qtbot.waitUntil(lambda: window.experts.model.rowCount() > 0, timeout=10_000)
    assert window.applications.model.rowCount() == 17


def test_closing_while_loading_closes_the_campaign_it_opened(
    qtbot: Any, loading_window: MainWindow, demo_file: Path
) -> None:
    window = loading_window
    loading = start_loading(window, demo_file)
    window.close()  # waits for the worker, then abandons what it opened
    QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(50)  # the worker's queued signal, delivered to an abandoned loading
    assert loading.abandoned and not window.built and window.store is None
    assert gc.isenabled()
    with open_campaign(demo_file) as store:  # not held open, nor locked, by the closed window
        assert store.path == demo_file


def test_a_campaign_that_fails_to_open_shows_the_usual_error(
    qtbot: Any, loading_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.review"
    broken.write_bytes(b"not a campaign at all" * 100)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, _text, *a: shown.append(title)
    )
    loading = start_loading(loading_window, broken)
    with qtbot.waitSignal(loading.finished, timeout=60_000):
        pass
    assert shown == ["Cannot open the campaign"]
    assert not loading.ok and loading_window.store is None
    assert loading_window.pages.currentWidget() is loading_window.welcome


def test_the_app_is_told_from_a_verb_without_importing_the_verbs() -> None:
    assert not _is_command([])
    assert not _is_command(["--smoke", "demo.review"])
    assert not _is_command(["/tmp/c2014.review"])
    assert not _is_command(["postgresql://panel@server/c2014"])
    assert _is_command(["info", "c.review"]) and _is_command(["--version"])
