"""The call's gates in the window: the ineligible reason shows in the applications tab,
and the campaign's eligibility conditions are set in their dialog (zh_CN too)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.intake.checklist import describe
from reviewer.vocabulary import ApplicationStatus
from tests.reviewer.intake.test_importing import answers, package
from tests.ui.intake.test_intake_ui import _import, _register
from ui.app import create_application
from ui.i18n import install_language
from ui.intake.gates_dialog import GatesDialog
from ui.main_window import MainWindow
from ui.settings import Settings


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    create_application()
    settings = Settings()
    settings.language = "en"
    install_language("en")
    path = tmp_path / "c.review"
    new_campaign(path, CampaignSettings("测试评审", submission_deadline=date(2014, 7, 20))).close()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_path(path)
    return win


def test_the_reason_shows_and_the_dialog_switches_a_gate(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(window, monkeypatch, "杨凌示范区")
    (report,) = _import(
        qtbot, window, package(tmp_path / "杨凌", answers("杨凌示范区", districts=("杨陵区",)))
    )
    assert report.status is ApplicationStatus.INELIGIBLE
    window.applications.table.selectRow(0)
    details = window.applications.details.toPlainText()
    assert (
        "Not eligible (the call, 二(二): each pilot city chooses 2 districts/counties)" in details
    )
    assert re.search(r"Application form: \S+\.xlsx \(\d+\.\d KB\)", details), details

    def untick_districts(dialog: GatesDialog) -> int:
        assert dialog.boxes["districts"].isChecked() and not dialog.boxes["plan"].isChecked()
        dialog.boxes["districts"].setChecked(False)
        return GatesDialog.DialogCode.Accepted

    monkeypatch.setattr(GatesDialog, "exec", untick_districts)
    window.applications.gates_button.click()
    assert window.applications.model.row_at(0).status is ApplicationStatus.INCOMPLETE
    window.applications.table.selectRow(0)
    assert "Incomplete: Names 1 district" in window.applications.details.toPlainText()


def test_the_dialog_and_the_reason_in_chinese(qtbot: Any, tmp_path: Path) -> None:
    from reviewer.intake.gates import gate_settings
    from reviewer.store.storage import open_campaign

    create_application()
    install_language("zh_CN")
    try:
        stored = {
            "code": "districts",
            "passed": False,
            "count": "1",
            "names": "杨陵区",
            "stated": "1",
            "effect": "ineligible",
        }
        assert describe(stored).startswith("不符合资格条件（《指导意见》二（二）")
        path = tmp_path / "c.review"
        new_campaign(path, CampaignSettings("测试评审")).close()
        with open_campaign(path, read_only=True) as store:
            dialog = GatesDialog(gate_settings(store))
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "资格条件"
        dialog.boxes["districts"].setChecked(False)
        dialog.defaults.click()
        assert dialog.chosen_gates() == ["track", "districts", "open_data", "secure"]
        dialog.grab().save(str(tmp_path / "gates_zh.png"))
    finally:
        install_language("en")
