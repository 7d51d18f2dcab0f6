"""File ▸ Restore from Backup…: the backups listed newest first, restored after a yes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewer.results.merge import merge_results
from reviewer.results.reconcile import add_note, current_lock, lock_results, notes
from reviewer.store.audit_export import audit_rows
from reviewer.store.backups import back_up, list_backups
from reviewer.store.storage import open_campaign
from tests.ui.driving import when_modal
from ui.campaign.backups_dialog import BackupsDialog
from ui.campaign.backups_model import BackupsModel, size_text
from ui.main_window import MainWindow
from ui.results.lock_dialogs import LockRefusedDialog
from ui.widgets.qt import QInputDialog, QMessageBox, Qt


def _two_backups(demo_file: Path) -> None:
    """A merge backup (no notes yet), then a lock backup (one note)."""
    with open_campaign(demo_file) as store:
        application = merge_results(store).applications[0].application_id
        add_note(store, application, "锁定前的记录")
        lock_results(store, "专家组会议审定", override_reason="组长同意")


def test_the_model_lists_when_why_size_and_file(demo_file: Path) -> None:
    _two_backups(demo_file)
    model = BackupsModel()
    model.set_rows(list_backups(demo_file))
    assert model.rowCount() == 2 and model.columnCount() == 4
    header = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(4)
    ]
    assert header == ["Taken", "Why", "Size", "File"]
    newest = [model.index(0, c).data() for c in range(4)]
    assert newest[1] == "before locking" and newest[3].endswith("-lock.review")
    assert model.index(1, BackupsModel.WHY).data() == "before merging"
    # The demo's size moves as the schema grows: the text is the file's, in MB.
    backup = list_backups(demo_file)[0]
    assert newest[2] == size_text(backup.path.stat().st_size) and newest[2].endswith(" MB")
    assert size_text(12_000) == "12 KB" and size_text(7_049_000) == "7.0 MB"
    assert newest[0] >= model.index(1, BackupsModel.WHEN).data()


def test_restore_asks_first_then_reopens_the_campaign_as_it_was(
    qtbot: Any, window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _two_backups(demo_file)
    assert window.open_path(demo_file)
    assert window.restore_action.isEnabled()
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *args: object) -> Any:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)

    def choose_the_merge_backup(dialog: BackupsDialog) -> None:
        assert dialog.table.selectionModel().selectedRows()[0].row() == 0  # newest chosen
        assert dialog.restore_button.isEnabled()
        dialog.table.selectRow(1)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # "No"
        assert dialog.isVisible()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # "Yes"

    when_modal(BackupsDialog, choose_the_merge_backup)
    window.restore_action.trigger()
    assert len(asked) == 2 and "before merging" in asked[0]
    store = window.store
    assert store is not None and not store.read_only
    assert notes(store) == []  # the campaign as it was before the note
    assert any(row.action == "campaign.restore" for row in audit_rows(store))
    assert "Restored the backup of" in window.statusBar().currentMessage()
    restore = list_backups(demo_file)[0]
    assert restore.reason == "restore"
    with open_campaign(restore.path, read_only=True) as kept:
        assert [n.text for n in notes(kept)] == ["锁定前的记录"]


def test_without_backups_the_dialog_says_so(qtbot: Any, demo_file: Path) -> None:
    dialog = BackupsDialog(demo_file, [])
    qtbot.addWidget(dialog)
    assert not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled()
    with open_campaign(demo_file) as store:
        back_up(store, "merge")
    filled = BackupsDialog(demo_file, list_backups(demo_file))
    qtbot.addWidget(filled)
    assert filled.empty.isHidden() and filled.restore_button.isEnabled()


def test_the_results_tab_backs_up_before_merging_and_locking(
    qtbot: Any, window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(demo_file)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.results_actions.last_results is not None, timeout=20_000)
    assert [b.reason for b in list_backups(demo_file)] == ["merge"]
    view = window.results_actions.view
    assert view is not None
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("专家组会议审定", True))
    before = window.results_actions.last_results

    def allow(dialog: LockRefusedDialog) -> None:  # the demo's open deviations
        dialog.reason_edit.setText("组长同意")
        dialog.ok_button.click()

    when_modal(LockRefusedDialog, allow)
    view.lock_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    # Nothing changed between the merge and the lock: the merge's backup holds the
    # campaign as it was before the lock, so the lock takes none. The merge that shows
    # the locked results backs up the locked campaign.
    assert [b.reason for b in list_backups(demo_file)] == ["merge", "merge"]
    with open_campaign(list_backups(demo_file)[1].path, read_only=True) as before_lock:
        assert current_lock(before_lock) is None
