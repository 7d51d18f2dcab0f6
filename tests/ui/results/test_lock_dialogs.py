"""The Results tab keeps the record the lock needs: a refused lock lists the open
deviations and takes the panel leader's reason, an expert's written explanation is
entered from paper, and an unlock asks for its ground (87号令 §45, §64)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reviewer.results.deviations import deviations, explanations
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import current_lock, lock_results, result_changes
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import ChangeGround
from tests.ui.driving import when_modal
from tests.ui.results.test_view import _merged, _row_of
from ui.campaign.audit_log_model import action_label
from ui.main_window import MainWindow
from ui.results.lock_dialogs import ExplanationDialog, LockRefusedDialog, UnlockDialog
from ui.widgets.qt import QDate, QInputDialog, Qt


def test_a_refused_lock_lists_the_deviations_and_the_leader_may_override(
    qtbot: Any, window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _merged(qtbot, window, demo_file)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("专家组会议审定", True))
    seen: dict[str, Any] = {}

    def cancel(dialog: LockRefusedDialog) -> None:
        seen["rows"] = dialog.model.rowCount()
        seen["panel"] = [
            dialog.model.item(r, 2).text()
            for r in range(dialog.model.rowCount())
            if dialog.model.item(r, 0).text() == "宝鸡市" and not dialog.model.item(r, 1).text()
        ]
        seen["first"] = [dialog.model.item(0, c).text() for c in range(5)]
        seen["ok before"] = dialog.ok_button.isEnabled()
        dialog.reject()

    when_modal(LockRefusedDialog, cancel)
    view.lock_button.click()
    assert seen == {
        "rows": 39,  # 38 deviations and 宝鸡市's panel of 6 (87号令 §47)
        "panel": ["A panel of 6"],
        "first": ["铜川市", "E04", "C1.1", "5.50", "4.00"],
        "ok before": False,
    }
    store = window.store
    assert store is not None and current_lock(store) is None

    def override(dialog: LockRefusedDialog) -> None:
        dialog.reason_edit.setText("其余分歧属正常尺度差异")
        seen["ok after"] = dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    before = window.results_actions.last_results
    when_modal(LockRefusedDialog, override)
    view.lock_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    lock = current_lock(store)
    assert seen["ok after"] and lock is not None
    assert (lock.override_by, lock.override_reason) == ("E01 张维民", "其余分歧属正常尺度差异")
    assert len(lock.open_deviations) == 39  # and 宝鸡市's panel of 6


def test_an_explanation_entered_from_the_tab_is_kept_with_who_and_when(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    view = _merged(qtbot, window, demo_file)
    view.table.selectRow(_row_of(view, "咸阳市"))
    assert view.explain_button.isVisibleTo(view)
    seen: dict[str, Any] = {}

    def enter(dialog: ExplanationDialog) -> None:
        seen["experts"] = [dialog.expert_box.itemData(i) for i in range(dialog.expert_box.count())]
        dialog.expert_box.setCurrentIndex(dialog.expert_box.findData("E03"))
        seen["items"] = len(dialog.items())
        seen["ok before"] = dialog.ok_button.isEnabled()
        dialog.date_edit.setDate(QDate(2014, 8, 5))
        dialog.model.item(0).setCheckState(Qt.CheckState.Unchecked)  # the total: not this paper
        dialog.text_edit.setPlainText("单项评分依据见书面说明")
        dialog.ok_button.click()

    before = window.results_actions.last_results
    when_modal(ExplanationDialog, enter)
    view.explain_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    assert seen["experts"][0] == "E03" and {"E02", "E04", "E06"} <= set(seen["experts"])
    assert (seen["items"], seen["ok before"]) == (18, False)
    store = window.store
    assert store is not None
    (explained,) = explanations(store)
    assert (explained.expert_code, explained.written_on, explained.text) == (
        "E03",
        date(2014, 8, 5),
        "单项评分依据见书面说明",
    )
    assert len(explained.items) == 17 and "" not in explained.items
    assert action_label("deviation.explain") == "Deviation explained in writing"
    still_open = [
        d for d in deviations(store, merge_results(store)) if d.open and d.expert_code == "E03"
    ]
    assert [(d.applicant, d.item) for d in still_open] == [
        ("咸阳市", ""),
        ("陕西省发展和改革委员会", "D1.3"),
    ]


def test_an_unlock_asks_for_its_ground(qtbot: Any, window: MainWindow, demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "审定", override_reason="组长同意")
    view = _merged(qtbot, window, demo_file)
    seen: dict[str, Any] = {}

    def unlock(dialog: UnlockDialog) -> None:
        seen["grounds"] = [dialog.ground_box.itemData(i) for i in range(dialog.ground_box.count())]
        dialog.ground_box.setCurrentIndex(dialog.ground_box.findData(ChangeGround.OTHER))
        dialog.reason_edit.setText("复核")
        seen["other unsaid"] = dialog.ok_button.isEnabled()
        dialog.other_edit.setText("申报材料补正")
        dialog.ok_button.click()

    before = window.results_actions.last_results
    when_modal(UnlockDialog, unlock)
    view.unlock_button.click()
    qtbot.waitUntil(lambda: window.results_actions.last_results is not before, timeout=20_000)
    assert seen["grounds"] == list(ChangeGround) and seen["other unsaid"] is False
    store = window.store
    assert store is not None and current_lock(store) is None
    (change,) = result_changes(store)
    assert (change.ground, change.ground_text, change.reason) == (
        ChangeGround.OTHER,
        "申报材料补正",
        "复核",
    )
