"""Assigning warns where a panel breaks the panel rule (87号令 §47) and proposes a
reserve, which one click puts on the panel; the rule is set in the assign dialog."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from reviewer.panel.rules import panel_rule_breaches, panel_rules
from reviewer.store.storage import open_campaign
from ui.app import create_application
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.panel.assign_dialog import AssignDialog
from ui.panel.breaches_dialog import PanelBreachesDialog
from ui.panel.experts_model import ExpertsTableModel
from ui.settings import Settings
from ui.widgets.qt import Qt

pytestmark = pytest.mark.gui


def _window(qtbot: Any, demo_file: Path, language: str = "en") -> MainWindow:
    create_application()
    install_language(language)
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.open_path(demo_file)
    return win


def test_assigning_warns_of_baojis_even_panel_and_adds_the_reserve_proposed(
    qtbot: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, demo_file)
    monkeypatch.setattr(AssignDialog, "exec", lambda _d: AssignDialog.DialogCode.Accepted)
    win.experts.assign_button.click()

    dialog = win.panel_actions.breaches_dialog
    assert isinstance(dialog, PanelBreachesDialog) and dialog.isVisible()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(texts) == 1, texts  # E06 recused from 宝鸡市: 7 experts, 6 judge
    assert texts[0].startswith("宝鸡市: a panel of 6 experts, an even number")
    assert "Recused: 周敏（E06）" in texts[0] and "Proposed reserve: 王立新（E08）" in texts[0]
    assert dialog.list.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.chosen() == [
        ("E08", dialog.list.item(0).data(Qt.ItemDataRole.UserRole).panel.application_id)
    ]

    dialog.add_button.click()
    assert "Reserve experts added to 1 panel." in win.statusBar().currentMessage()
    with open_campaign(demo_file, read_only=True) as store:
        assert panel_rule_breaches(store) == []
    reserve = next(
        win.experts.model.row_at(i)
        for i in range(win.experts.model.rowCount())
        if win.experts.model.row_at(i).code == "E08"
    )
    assert reserve.assigned == 1
    assert win.experts.model.cell(reserve, ExpertsTableModel.ROLE) == "Reserve"
    win.close()


def test_the_panel_rule_is_set_in_the_assign_dialog(
    qtbot: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = _window(qtbot, demo_file)

    def seven_any_size(dialog: AssignDialog) -> int:
        assert (dialog.minimum.value(), dialog.odd.isChecked()) == (5, True)
        dialog.minimum.setValue(7)
        dialog.odd.setChecked(False)
        return AssignDialog.DialogCode.Accepted

    monkeypatch.setattr(AssignDialog, "exec", seven_any_size)
    win.experts.assign_button.click()
    with open_campaign(demo_file, read_only=True) as store:
        rules = panel_rules(store)
    assert (rules.minimum, rules.odd) == (7, False)
    dialog = win.panel_actions.breaches_dialog
    assert dialog is not None
    text = dialog.list.item(0).text()
    assert "宝鸡市: a panel of 6 experts, fewer than 7" in text
    win.close()


def test_the_warning_in_chinese_screenshot(qtbot: Any, demo_file: Path) -> None:
    """The dialog as the secretariat sees it (zh_CN), from the Panel Rule… button."""
    win = _window(qtbot, demo_file, "zh_CN")
    win.experts.rules_button.click()
    dialog = win.panel_actions.breaches_dialog
    assert dialog is not None
    assert "宝鸡市" in dialog.list.item(0).text() and "王立新（E08）" in dialog.list.item(0).text()
    shot = os.environ.get("REVIEWER_SCREENSHOT")
    if shot:
        dialog.grab().save(shot)
    win.close()
