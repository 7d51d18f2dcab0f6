"""Issuing a scoring kit from the Experts tab: written on a worker, recorded once it
exists, and refused with a message (nothing recorded) when it cannot be."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from models import Kit
from reviewer.store.storage import open_campaign
from ui.main_window import MainWindow
from ui.panel.experts_model import ROW_ROLE
from ui.widgets.qt import QFileDialog, QMessageBox, QThreadPool


def _row(window: MainWindow, code: str) -> Any:
    proxy = window.experts.proxy
    for row in range(proxy.rowCount()):
        data = proxy.data(proxy.index(row, 0), ROW_ROLE)
        if data.code == code:
            return data
    raise AssertionError(code)


def _kits(campaign: Path) -> int:
    with open_campaign(campaign, read_only=True) as store, store.reading() as session:
        return int(session.scalar(select(func.count(Kit.id))) or 0)


def test_a_kit_is_issued_on_a_worker_and_recorded(
    qtbot: Any, window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(demo_file)
    out = tmp_path / "E06.review"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.scoring_actions.on_experts_kit_requested(_row(window, "E06"))
    qtbot.waitUntil(lambda: "E06.review" in window.statusBar().currentMessage(), timeout=20000)
    assert QThreadPool.globalInstance().waitForDone(5000)
    assert out.exists()
    window.set_store(None)
    assert _kits(demo_file) == 1


def test_a_kit_that_cannot_be_written_is_refused_and_not_recorded(
    qtbot: Any, window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(demo_file)
    out = tmp_path / ("评分包" * 60 + ".review")  # longer than a file name may be
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    window.scoring_actions.on_experts_kit_requested(_row(window, "E06"))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert QThreadPool.globalInstance().waitForDone(5000)
    assert "评分包" in shown[0]
    window.set_store(None)
    assert _kits(demo_file) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.review"]
