"""The main window as a user drives it: open, search, refuse bad files, switch language."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reviewer.store.storage import open_campaign
from tests.ui.driving import drop_files
from ui.app import create_application, open_initial_campaign
from ui.campaign.new_campaign_dialog import NewCampaignDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.preferences_dialog import PreferencesDialog
from ui.settings import Settings, demo_path
from ui.widgets.qt import (
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    Qt,
    QThreadPool,
)


@pytest.fixture
def warnings_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text)
    )
    return shown


def test_opening_the_demo_fills_every_view(window: MainWindow, demo_file: Path) -> None:
    assert window.open_path(demo_file)
    assert "2014年陕西省智慧城市试点评审" in window.windowTitle()
    assert window.overview.applications_total.text() == "17"
    assert window.applications.model.rowCount() == 17
    assert window.experts.model.rowCount() == 8  # the panel of 7 and its reserve
    assert [r.track_name for r in window.rubric._rubrics] == [
        "市级智慧城市区域试点",
        "省级部门智慧城市业务应用试点",
    ]
    assert window.rubric.model.rowCount() == 5  # four conditions and the gate checks
    assert Settings().recent_files[0] == demo_file.resolve()


def test_keyboard_view_switching_and_search(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    window.open_path(demo_file)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.applications
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.applications.search.hasFocus()
    qtbot.keyClicks(window.applications.search, "department")
    assert window.applications.proxy.rowCount() == 5
    assert window.applications.count.text() == "5 of 17"
    window.applications.search.setText("榆林")  # QTest types ASCII only
    assert window.applications.proxy.rowCount() == 1
    window.applications.search.clear()
    window.applications.status_filter.setCurrentIndex(
        window.applications.status_filter.findText("Late")
    )
    assert window.applications.proxy.rowCount() == 1
    window.applications.table.selectRow(0)
    assert "商洛市" in window.applications.details.toPlainText()
    assert "deadline" in window.applications.details.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.experts


def test_a_bad_file_is_refused_and_the_open_campaign_stays(
    window: MainWindow, demo_file: Path, tmp_path: Path, warnings_shown: list[str]
) -> None:
    window.open_path(demo_file)
    bad = tmp_path / "notes.review"
    bad.write_text("meeting notes")
    assert not window.open_path(bad)
    assert window.store is not None and window.store.path == demo_file
    assert "not a Reviewer campaign file" in warnings_shown[-1]
    assert bad.read_text() == "meeting notes"
    assert not window.open_path(tmp_path / "gone.review")
    assert "does not exist" in warnings_shown[-1]
    assert window.store.path == demo_file


def test_a_campaign_open_elsewhere_can_be_opened_read_only(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(
        _parent: object, _title: str, text: str, *args: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with open_campaign(demo_file):
        assert window.open_path(demo_file)
    assert "already open for editing" in asked[0]
    assert window.store is not None and window.store.read_only
    assert "[read-only]" in window.windowTitle()


def test_switching_the_language_rebuilds_the_window_in_chinese(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(demo_file)
    window.tabs.setCurrentIndex(2)

    def choose_chinese(dialog: PreferencesDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose_chinese)
    window.on_preferences_triggered()
    try:
        assert Settings().language == "zh_CN"
        assert next(a.text() for a in window.menuBar().actions()) == "文件(&F)"
        assert window.tabs.tabText(1) == "申报项目"
        assert window.tabs.currentIndex() == 2
        assert window.applications.model.rowCount() == 17
        assert window.applications.model.index(0, 1).data() == "市级区域试点"
    finally:
        install_language("en")


def test_save_a_copy(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(demo_file)
    copy = tmp_path / "copy.review"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.campaign_actions.on_save_copy_triggered()
    with open_campaign(copy, read_only=True) as store:
        assert store.path == copy


def test_a_new_campaign_from_the_dialog(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = NewCampaignDialog(tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.title.clear()
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.title, "Pilot review 2015")
    assert ok.isEnabled()
    dialog.path.setText(str(tmp_path / "c2015"))
    assert dialog.campaign_path() == tmp_path / "c2015.review"

    def fill(self: NewCampaignDialog) -> int:
        self.title.setText("2015年试点评审")
        self.path.setText(str(tmp_path / "c2015"))
        return NewCampaignDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCampaignDialog, "exec", fill)
    window.campaign_actions.on_new_triggered()
    assert window.store is not None and window.store.path == tmp_path / "c2015.review"
    assert window.overview.title.text() == "2015年试点评审"
    assert window.applications.model.rowCount() == 0


def test_geometry_and_recent_files_survive_a_restart(qtbot: Any, demo_file: Path) -> None:
    create_application()
    first = MainWindow(Settings())
    qtbot.addWidget(first)
    first.resize(780, 560)  # within the offscreen screen, which clamps larger sizes
    first.show()
    first.open_path(demo_file)
    size = (first.width(), first.height())
    first.close()
    assert first.store is None  # closing released the campaign
    second = MainWindow(Settings())
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == size
    second.recent_menu.aboutToShow.emit()
    assert demo_file.name in second.recent_menu.actions()[0].text()
    open_initial_campaign(second, None)
    assert second.store is not None and second.store.path == demo_file.resolve()


def test_a_first_launch_writes_and_opens_the_demo(qtbot: Any, window: MainWindow) -> None:
    assert window.store is None
    assert window.pages.currentWidget() is window.welcome
    open_initial_campaign(window, None)
    qtbot.waitUntil(lambda: window.store is not None, timeout=60_000)
    QThreadPool.globalInstance().waitForDone(10_000)  # the worker returns after its signal
    assert window.store is not None and window.store.path == demo_path()
    assert window.applications.model.rowCount() == 17


def test_the_program_starts_and_exits_in_smoke_mode(demo_file: Path) -> None:
    script = Path(sys.executable).with_name("reviewer")
    result = subprocess.run(
        [str(script), "--smoke", str(demo_file)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr


def test_opening_the_open_campaign_again_just_refreshes(
    window: MainWindow, demo_file: Path, warnings_shown: list[str]
) -> None:
    assert window.open_path(demo_file)
    store = window.store
    assert window.open_path(demo_file)
    assert window.store is store and not store.read_only
    assert warnings_shown == []


def test_dropping_a_campaign_file_opens_it(window: MainWindow, demo_file: Path) -> None:
    assert drop_files(window, [demo_file])
    assert window.store is not None and window.store.path == demo_file


def test_dropping_other_files_is_refused(window: MainWindow, tmp_path: Path) -> None:
    assert not drop_files(window, [tmp_path / "plan.pdf"])


def test_the_welcome_page_lists_recent_campaigns_and_opens_them(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    window.open_path(demo_file)
    window.on_close_triggered()
    assert window.pages.currentWidget() is window.welcome
    recent = window.welcome.recent
    assert recent.count() == 1 and demo_file.name in recent.item(0).text()
    recent.setCurrentRow(0)
    qtbot.keyClick(recent, Qt.Key.Key_Return)
    assert window.store is not None and window.store.path == demo_file.resolve()
    assert window.pages.currentWidget() is window.tabs


def test_a_campaign_on_a_server_opens_from_the_file_menu_and_saves_a_copy(
    window: MainWindow, server_demo: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (server_demo, True))
    window.open_database_action.trigger()
    assert window.store is not None and window.store.url == server_demo
    assert window.applications.model.rowCount() == 17
    assert "***" in window.path_label.text()
    assert window.settings.database_url == server_demo
    assert window.settings.recent_files == []
    copy = tmp_path / "copy.review"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.campaign_actions.on_save_copy_triggered()
    with open_campaign(copy, read_only=True) as store:
        assert store.path == copy
