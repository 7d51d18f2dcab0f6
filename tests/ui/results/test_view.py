"""The Results tab as the secretariat uses it: merge, spot the outlier, note, lock."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from models.enums import ChangeGround
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign
from tests.ui.driving import when_modal
from ui.main_window import MainWindow
from ui.results.lock_dialogs import LockRefusedDialog, UnlockDialog
from ui.results.view import ResultsView
from ui.widgets.qt import QBrush, QInputDialog, QMessageBox, Qt
from ui.widgets.score_matrix_model import RESULT_ROLE, ScoreMatrixModel


def _override(dialog: LockRefusedDialog) -> None:
    dialog.reason_edit.setText("组长同意")
    dialog.ok_button.click()


def _unlock_on_a_ground(reason: str) -> Callable[[UnlockDialog], None]:
    def unlock(dialog: UnlockDialog) -> None:
        dialog.ground_box.setCurrentIndex(dialog.ground_box.findData(ChangeGround.ABNORMAL))
        dialog.reason_edit.setText(reason)
        dialog.ok_button.click()

    return unlock


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
    when_modal(LockRefusedDialog, _override)  # the demo's deviations are not explained
    before = window.results_actions.last_results
    view.lock_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    assert "专家组会议审定" in view.lock_state.text() and not view.lock_button.isVisible()
    with open_campaign(demo_file, read_only=True) as store:
        expected = merge_results(store).as_json()
    from reviewer.results.reconcile import fingerprint

    assert fingerprint(expected)[:12] in view.lock_state.text()
    before = window.results_actions.last_results
    when_modal(UnlockDialog, _unlock_on_a_ground("复核"))
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


def test_the_audit_log_is_read_searched_and_exported_from_the_tab(
    qtbot: Any, window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from tests.ui.driving import when_modal
    from ui.campaign.audit_log_dialog import AuditLogDialog
    from ui.widgets.qt import QFileDialog

    view = _merged(qtbot, window, demo_file)
    out = tmp_path / "audit.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    seen: dict[str, Any] = {}

    def read(dialog: AuditLogDialog) -> None:
        seen["total"] = dialog.proxy.rowCount()
        seen["newest"] = dialog.proxy.index(0, 2).data()
        dialog.search.setText("咸阳市")
        seen["found"] = dialog.proxy.rowCount()
        seen["count"] = dialog.count.text()
        dialog.table.selectRow(0)
        seen["details"] = dialog.details.toPlainText()
        dialog.action.setCurrentIndex(dialog.action.findText("Package imported"))
        seen["imports"] = {dialog.proxy.index(r, 2).data() for r in range(dialog.proxy.rowCount())}
        dialog.export_button.click()
        dialog.reject()

    assert window.store is not None
    lock_results(window.store, "审定", override_reason="组长同意")
    when_modal(AuditLogDialog, read)
    view.audit_button.click()
    assert seen["total"] > 10 and seen["newest"] == "Results locked"
    assert 0 < seen["found"] < seen["total"]
    assert seen["count"] == f"{seen['found']} of {seen['total']} events"
    assert "咸阳市" in seen["details"] and "Package imported" in seen["details"]
    assert seen["imports"] == {"Package imported"}
    sheet = load_workbook(out).active
    assert sheet is not None and sheet["A1"].value == "时间" and sheet.max_row == seen["total"] + 1


def test_a_rescore_round_from_the_tab_then_the_new_scores_show(
    qtbot: Any, window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from decimal import Decimal

    from reviewer.results.rescore import rescore_rounds
    from tests.reviewer.results.test_rescore import rescored_file
    from tests.ui.driving import when_modal
    from ui.results.rescore_dialog import RescoreDialog
    from ui.widgets.qt import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    view = _merged(qtbot, window, demo_file)
    seen: list[tuple[str, str, bool]] = []

    def choose(dialog: RescoreDialog) -> None:
        xianyang = dialog.model.item(0)
        for i in range(xianyang.rowCount()):
            expert = xianyang.child(i)
            seen.append(
                (xianyang.text(), expert.text()[:3], expert.checkState() == Qt.CheckState.Checked)
            )
        seen.append(("", "ok", dialog.ok_button.isEnabled()))  # no reason yet: off
        qtbot.keyClicks(dialog.reason_edit, "E03 far from the others")
        dialog.ok_button.click()

    when_modal(RescoreDialog, choose)
    view.rescore_button.click()
    assert ("", "ok", False) in seen
    assert [ticked for _a, code, ticked in seen if code == "E03"] == [True]
    assert sum(ticked for _a, c, ticked in seen if c != "ok") == 1 and seen[0][0] == "咸阳市"
    assert "Round 2 is open" in said[-1] and "E03" in said[-1]
    store = window.store
    assert store is not None
    assert [(r.number, r.experts) for r in rescore_rounds(store)] == [(2, ("E03",))]

    returned = rescored_file(store, "E03", tmp_path, Decimal("0.78"))
    # The merge that opening the round started must be shown before the import's.
    qtbot.waitUntil(lambda: not window.results_actions.stale, timeout=20_000)
    before = window.results_actions.last_results
    window.scoring_actions.import_score_paths([returned])
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    row = _row_of(view, "咸阳市")
    e03 = next(c for c in range(view.matrix.columnCount()) if view.matrix.expert_at(c) == "E03")
    cell = view.proxy.index(row, e03)
    assert cell.data().startswith("↻ ")
    assert "round 1 gave 26" in cell.data(Qt.ItemDataRole.ToolTipRole)
    view.table.selectRow(row)
    assert "Round 1: 26 (replaced)" in view.details.toPlainText()


def test_unlocking_results_that_decisions_rest_on_asks_first(
    qtbot: Any, window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reviewer.decisions.outcomes import commit_decisions, decision_sheet
    from reviewer.results.reconcile import current_lock

    with open_campaign(demo_file) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
        decided = len(commit_decisions(store, decision_sheet(store).ranking.fingerprint))
    assert decided > 0
    view = _merged(qtbot, window, demo_file)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])

    def question(_parent: object, _title: str, text: str, *_: object) -> object:
        asked.append(text)
        return next(answers)

    monkeypatch.setattr(QMessageBox, "question", question)
    view.unlock_button.click()  # answered No: still locked
    store = window.store
    assert store is not None and current_lock(store) is not None
    assert decided > 1 and f"{decided} decisions were committed on these results" in asked[0]
    before = window.results_actions.last_results
    when_modal(UnlockDialog, _unlock_on_a_ground("复核专家评分"))
    view.unlock_button.click()  # answered Yes, then the ground and the reason
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    assert current_lock(store) is None and len(asked) == 2
