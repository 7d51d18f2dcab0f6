"""The window's save dialogs never write over the campaign (issue 13, item 4).

The file dialog's own overwrite confirmation counts as `--force` for an ordinary file;
the campaign, its working files, its backups and any other campaign are refused with a
message all the same. Writing the documents into a folder that holds an earlier report
asks before replacing them.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest

from reviewer.decisions.outcomes import commit_decisions
from reviewer.results.reconcile import current_lock, lock_results
from reviewer.store.storage import open_campaign
from ui.campaign.new_campaign_dialog import NewCampaignDialog
from ui.main_window import MainWindow
from ui.widgets.qt import QFileDialog, QMessageBox


def _choose(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def _warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_audit_log_export_refuses_the_open_campaign(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    assert window.open_path(demo_file)
    target = demo_file.with_name(demo_file.name + suffix)
    _choose(monkeypatch, target)
    shown = _warnings(monkeypatch)
    window.campaign_actions.export_audit_log()
    assert len(shown) == 1 and str(target) in shown[0] and "never writes over" in shown[0]
    with open_campaign(demo_file, read_only=True) as store:  # still the campaign, beside the window
        assert store.path == demo_file


def test_an_export_refuses_another_campaign_and_the_backups(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "panel-b.review"
    shutil.copyfile(demo_file, other)
    backups = demo_file.with_name(demo_file.stem + ".backups")
    backups.mkdir()
    assert window.open_path(demo_file)
    shown = _warnings(monkeypatch)
    for target in (other, backups / "audit.xlsx"):
        _choose(monkeypatch, target)
        window.campaign_actions.export_audit_log()
    assert len(shown) == 2
    assert "Reviewer campaign file" in shown[0] and "backups are kept" in shown[1]
    assert not (backups / "audit.xlsx").exists()
    with open_campaign(other, read_only=True):
        pass


def test_an_export_replaces_an_ordinary_file_the_dialog_confirmed(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "audit.xlsx"
    target.write_text("last week's")
    assert window.open_path(demo_file)
    _choose(monkeypatch, target)
    window.campaign_actions.export_audit_log()
    assert target.read_bytes().startswith(b"PK")
    assert "Saved the audit log" in window.statusBar().currentMessage()


def test_save_a_copy_refuses_the_backups_folder(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = demo_file.with_name(demo_file.stem + ".backups")
    backups.mkdir()
    assert window.open_path(demo_file)
    _choose(monkeypatch, backups / "copy.review")
    shown = _warnings(monkeypatch)
    window.campaign_actions.on_save_copy_triggered()
    assert len(shown) == 1 and "backups are kept" in shown[0]
    assert not list(backups.iterdir())


def test_documents_replace_an_earlier_report_only_after_asking(
    qtbot: Any,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
        lock = current_lock(store)
        assert lock is not None
        commit_decisions(store, lock.fingerprint)
    assert window.open_path(demo_file)
    window.decisions_actions.on_documents_requested()
    dialog = window.decisions_actions.documents
    assert dialog is not None
    out = tmp_path / "文件"
    dialog.folder.setText(str(out))
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.written.count() > 0, timeout=60_000)
    summary = out / "评分汇总表.pdf"
    summary.write_bytes(b"annotated")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.written.clear()
    dialog.write_button.click()
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=60_000)
    assert str(out) in asked[0]
    assert summary.read_bytes() == b"annotated"  # "No": nothing replaced
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.written.count() > 0, timeout=60_000)
    assert len(asked) == 2 and summary.read_bytes().startswith(b"%PDF")  # "Yes"
    dialog.close()
    qtbot.waitUntil(lambda: window.decisions_actions.documents is None)


def test_a_new_campaign_never_replaces_a_backup(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(demo_file)
    backups = demo_file.with_name(demo_file.stem + ".backups")
    backups.mkdir()
    backup = backups / "demo-20260101-000000-000-merge.review"
    shutil.copyfile(demo_file, backup)
    before = _digest(backup)

    def fill(self: NewCampaignDialog) -> int:
        self.title.setText("2015年试点评审")
        self.path.setText(str(backup))
        return NewCampaignDialog.DialogCode.Accepted

    monkeypatch.setattr(NewCampaignDialog, "exec", fill)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes
    )  # "Replace file?": yes
    shown = _warnings(monkeypatch)
    window.campaign_actions.on_new_triggered()
    assert len(shown) == 1 and "backups are kept" in shown[0]
    assert _digest(backup) == before
    assert window.store is not None and window.store.path == demo_file
