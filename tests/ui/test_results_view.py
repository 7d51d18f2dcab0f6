"""The Results tab as the secretariat uses it: merge, spot the outlier, note, lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewer.results import merge_results
from reviewer.storage import open_campaign
from ui.main_window import MainWindow
from ui.qt import QBrush, QInputDialog, Qt
from ui.results_view import ResultsView
from ui.score_matrix_model import RESULT_ROLE, ScoreMatrixModel


def _merged(qtbot: Any, window: MainWindow, demo_file: Path) -> ResultsView:
    assert window.open_path(demo_file)
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.results_actions.page
    qtbot.waitUntil(lambda: window.results_actions.last_results is not None, timeout=20_000)
    view = window.results_actions.view
    assert view is not None
    return view


def _row_of(view: ResultsView, applicant: str) -> int:
    rows = range(view.proxy.rowCount())
    return next(r for r in rows if view.proxy.index(r, 0).data() == applicant)


def test_the_matrix_shows_the_outlier_dropped_and_coloured(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    view = _merged(qtbot, window, demo_file)
    assert view.proxy.rowCount() == 15
    row = _row_of(view, "咸阳市")
    e03 = next(c for c in range(view.matrix.columnCount()) if view.matrix.expert_at(c) == "E03")
    cell = view.proxy.index(row, e03)
    assert cell.data() == "26"
    background = cell.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(background, QBrush) and background.color().name() == "#f4b6b6"
    assert cell.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "dropped by the trimmed mean" in cell.data(Qt.ItemDataRole.ToolTipRole)
    final = view.proxy.index(row, view.matrix.final_column).data()
    assert final == "76.13"
    view.only_flagged.setChecked(True)
    assert view.proxy.rowCount() == 1
    view.table.selectRow(0)
    assert "E03 far from the others" in view.details.toPlainText()
    assert "need discussion" in view.summary.text()
    view.pages.setCurrentIndex(1)
    assert view.calibration.rowCount() == 6
    assert "ICC(A,k)" in view.reliability.text()
    charts = window.results_actions.charts
    for kind in range(3):
        charts.kind.setCurrentIndex(kind)
        assert charts.view.chart().series()


def test_sorting_by_final_score_uses_numbers(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    view = _merged(qtbot, window, demo_file)
    view.table.sortByColumn(view.matrix.final_column, Qt.SortOrder.DescendingOrder)
    finals = [
        view.proxy.index(r, view.matrix.final_column).data(RESULT_ROLE).final
        for r in range(view.proxy.rowCount())
    ]
    assert finals == sorted(finals, reverse=True)


def test_a_note_then_a_lock_and_an_unlock(
    qtbot: Any, window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _merged(qtbot, window, demo_file)
    view.table.selectRow(_row_of(view, "咸阳市"))
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("请 E03 说明评分依据。", True)
    )
    before = window.results_actions.last_results
    view.note_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    view.table.selectRow(_row_of(view, "咸阳市"))
    assert "请 E03 说明评分依据。" in view.details.toPlainText()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("专家组会议审定", True))
    before = window.results_actions.last_results
    view.lock_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    assert "🔒" in view.lock_state.text() and not view.lock_button.isVisible()
    with open_campaign(demo_file, read_only=True) as store:
        expected = merge_results(store).as_json()
    from reviewer.reconcile import fingerprint

    assert fingerprint(expected)[:12] in view.lock_state.text()
    before = window.results_actions.last_results
    view.unlock_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    assert view.lock_state.text() == "Not locked"


def test_the_model_reads_without_a_view(demo_file: Path) -> None:
    with open_campaign(demo_file, read_only=True) as store:
        results = merge_results(store)
    model = ScoreMatrixModel()
    model.set_results(results)
    assert model.columnCount() == 2 + 6 + 2  # six experts have complete scores
    assert model.headerData(model.final_column, Qt.Orientation.Horizontal) == "Final"


def test_the_audit_log_is_exported_from_the_tab(
    qtbot: Any, window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from ui.qt import QFileDialog

    view = _merged(qtbot, window, demo_file)
    out = tmp_path / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    view.audit_button.click()
    sheet = load_workbook(out).active
    assert sheet is not None and sheet["A1"].value == "时间" and sheet.max_row > 1
