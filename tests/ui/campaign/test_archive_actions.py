"""File ▸ Archive… and File ▸ Verify Archive… in the window: jobs on a worker that end
in a message, and a changed archive named in a warning."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest

from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign
from ui.main_window import MainWindow
from ui.widgets.qt import QFileDialog, QMessageBox


def test_archive_and_verify_from_the_file_menu(
    qtbot: Any, window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Archive…" in titles and "&Verify Archive…" in titles
    archive_action = window.campaign_actions.archive.archive_action
    assert archive_action is not None and not archive_action.isEnabled()
    assert window.open_path(demo_file)
    assert archive_action.isEnabled()

    out = tmp_path / "归档.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    archive_action.trigger()
    qtbot.waitUntil(out.exists, timeout=60_000)
    qtbot.waitUntil(lambda: "Keep it until" in window.statusBar().currentMessage(), timeout=10_000)

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, t, x: shown.append(("ok", x)))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, t, x: shown.append(("warn", x)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    window.campaign_actions.archive.on_verify_triggered()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=60_000)
    assert shown[0][0] == "ok" and "match its manifest" in shown[0][1]

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            content = old.read(info)
            new.writestr(info, content + b"x" if info.filename.startswith("audit/") else content)
    window.campaign_actions.archive.verify(tampered)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=60_000)
    assert shown[1][0] == "warn" and "audit/审计日志.xlsx" in shown[1][1]
