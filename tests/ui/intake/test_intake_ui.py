"""Intake and registration as a secretariat member does them in the window."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.intake.applicants import ApplicantRow
from reviewer.intake.importing import Outcome
from reviewer.vocabulary import ApplicationStatus, TieRelation, TrackKind
from tests.reviewer.intake.test_importing import PDF, answers, package
from ui.app import create_application
from ui.i18n import install_language
from ui.intake.applicants_view import ApplicantDialog
from ui.intake.status_dialog import StatusDialog
from ui.main_window import MainWindow
from ui.panel.expert_dialog import ExpertDialog
from ui.settings import Settings
from ui.widgets.qt import QMessageBox, QThreadPool


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> MainWindow:
    create_application()
    settings = Settings()
    settings.language = "en"
    install_language("en")
    path = tmp_path / "c.review"
    settings_ = CampaignSettings("测试评审", submission_deadline=date(2014, 7, 20))
    new_campaign(path, settings_).close()
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path)
    return win


def _register(window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def fill(dialog: ApplicantDialog) -> int:
        dialog.name.setText(name)
        return ApplicantDialog.DialogCode.Accepted

    monkeypatch.setattr(ApplicantDialog, "exec", fill)
    window.intake_actions.on_applicants_add_requested()


def _import(qtbot: Any, window: MainWindow, *paths: Path) -> list[Any]:
    window.intake_actions.last_import_report = None
    window.intake_actions.import_paths(list(paths))
    qtbot.waitUntil(lambda: window.intake_actions.last_import_report is not None, timeout=30_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    assert window.intake_actions.last_import_report is not None
    reports = [
        window.intake_actions.last_import_report.model.row_at(i)
        for i in range(window.intake_actions.last_import_report.model.rowCount())
    ]
    window.intake_actions.last_import_report.close()
    return reports


def test_register_then_import_a_folder_of_packages(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(window, monkeypatch, "西安市")
    _register(window, monkeypatch, "铜川市")
    assert window.applicants.model.rowCount() == 2
    batch = tmp_path / "收件"
    package(batch / "西安市", answers("西安市"))
    package(batch / "铜川市", answers("铜川市"), leading_group=False)
    reports = _import(qtbot, window, batch)
    assert {r.applicant: r.status for r in reports} == {
        "西安市": ApplicationStatus.COMPLETE,
        "铜川市": ApplicationStatus.INCOMPLETE,
    }
    assert window.applications.model.rowCount() == 2
    assert window.overview.applications_total.text() == "2"
    window.applications.table.selectRow(1)
    details = window.applications.details.toHtml()
    assert "material:" in details and "leading-group document is missing" in details


def test_a_corrected_package_is_replaced_after_confirmation(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(window, monkeypatch, "西安市")
    _import(
        qtbot, window, package(tmp_path / "v1" / "西安市", answers("西安市"), leading_group=False)
    )
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    corrected = package(tmp_path / "v2" / "西安市", answers("西安市"), plan=PDF + b"%v2\n")
    window.intake_actions.last_import_report = None
    window.intake_actions.import_paths([corrected])
    qtbot.waitUntil(lambda: window.intake_actions.last_import_report is not None, timeout=30_000)
    first = window.intake_actions.last_import_report
    assert first is not None and first.model.row_at(0).outcome is Outcome.NEEDS_CONFIRMATION
    assert "西安市" in asked[0]  # answered yes: the replacement import runs now
    qtbot.waitUntil(lambda: window.intake_actions.last_import_report is not first, timeout=30_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    assert window.intake_actions.last_import_report is not None
    assert window.intake_actions.last_import_report.model.row_at(0).outcome is Outcome.REPLACED
    assert window.applications.model.row_at(0).status is ApplicationStatus.COMPLETE


def test_setting_a_status_by_hand_needs_a_reason(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(window, monkeypatch, "商洛市")
    late = answers("商洛市", submitted_on=date(2014, 7, 23))
    _import(qtbot, window, package(tmp_path / "商洛市", late))
    row = window.applications.model.row_at(0)
    assert row.status is ApplicationStatus.LATE
    dialog = StatusDialog(row.applicant, row.status)
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()

    def choose(self: StatusDialog) -> int:
        self.status.setCurrentIndex(self.status.findData(ApplicationStatus.COMPLETE))
        self.reason.setPlainText("邮戳日期为7月19日")
        return StatusDialog.DialogCode.Accepted

    monkeypatch.setattr(StatusDialog, "exec", choose)
    window.applications.table.setCurrentIndex(window.applications.proxy.index(0, 0))
    window.applications.set_status_action.trigger()
    assert window.applications.model.row_at(0).status is ApplicationStatus.COMPLETE


def test_an_expert_with_a_tie_is_added(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    _register(window, monkeypatch, "宝鸡市")

    def fill(dialog: ExpertDialog) -> int:
        dialog.code.setText("E01")
        dialog.name.setText("张维民")
        dialog.tie_relation.setCurrentIndex(dialog.tie_relation.findData(TieRelation.BOARD))
        dialog.on_add_tie_clicked()
        return ExpertDialog.DialogCode.Accepted

    monkeypatch.setattr(ExpertDialog, "exec", fill)
    window.panel_actions.on_experts_add_requested()
    (row,) = [window.experts.model.row_at(i) for i in range(window.experts.model.rowCount())]
    assert (row.code, row.name, row.ties) == (
        "E01",
        "张维民",
        ("宝鸡市: Sits or sat on its board",),
    )


def test_a_duplicate_applicant_name_is_refused_and_the_dialog_stays(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _register(window, monkeypatch, "西安市")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    attempts = iter([ApplicantDialog.DialogCode.Accepted, ApplicantDialog.DialogCode.Rejected])

    def twice(dialog: ApplicantDialog) -> int:
        dialog.name.setText("西安市")
        return next(attempts)

    monkeypatch.setattr(ApplicantDialog, "exec", twice)
    window.intake_actions.on_applicants_add_requested()
    assert "already called 西安市" in shown[0]
    assert window.applicants.model.rowCount() == 1
    assert ApplicantRow  # the row type the view holds
    assert TrackKind.CITY


def test_double_clicking_an_application_shows_its_plan_inside_reviewer(
    qtbot: Any, demo_file: Path
) -> None:
    create_application()
    install_language("en")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    win.open_path(demo_file)
    win.applications.table.setCurrentIndex(win.applications.proxy.index(0, 0))
    win.applications.on_table_double_clicked(None)
    (viewer,) = win.viewers
    assert viewer.loaded and viewer.document.pageCount() >= 2
    assert viewer.path.name.endswith("实施方案.pdf")
    viewer.page.setValue(2)
    assert viewer.view.pageNavigator().currentPage() == 1
    viewer.close()
    qtbot.waitUntil(lambda: not win.viewers)
    win.close()  # releases the campaign; qtbot holds the window only weakly


def test_the_expert_list_is_imported_from_the_experts_view(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from reviewer.panel.expert_list import panel_template
    from ui.widgets.qt import QFileDialog

    _register(window, monkeypatch, "西安市")
    listing = tmp_path / "专家名单.xlsx"
    listing.write_bytes(panel_template())
    workbook = load_workbook(listing)
    workbook["专家名单"].append(
        ["E01", "张维民", "西安交通大学", "教授", "电子政务", "是", "西安市:任职"]
    )
    workbook.save(listing)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(listing), ""))
    window.experts.import_button.click()
    (row,) = [window.experts.model.row_at(i) for i in range(window.experts.model.rowCount())]
    assert (row.code, row.is_leader, row.ties) == ("E01", True, ("西安市: Works or worked for it",))
    assert "Experts added: 1" in window.statusBar().currentMessage()


def test_the_panel_is_assigned_from_the_experts_view(
    qtbot: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.panel.assign_dialog import AssignDialog

    create_application()
    install_language("en")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.open_path(demo_file)

    def three_each(dialog: AssignDialog) -> int:
        dialog.some.setChecked(True)
        dialog.count.setValue(3)
        return AssignDialog.DialogCode.Accepted

    monkeypatch.setattr(AssignDialog, "exec", three_each)
    win.experts.assign_button.click()
    assert re.search(
        r"\b1 conflict of interest excluded|\b\d+ conflicts of interest excluded",
        win.statusBar().currentMessage(),
    )
    rows = [win.applications.model.row_at(i) for i in range(win.applications.model.rowCount())]
    assert all(r.experts_assigned >= 3 for r in rows if r.status is ApplicationStatus.COMPLETE)
    win.close()


def test_a_kit_is_issued_from_the_experts_view(
    qtbot: Any, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.widgets.qt import QFileDialog

    create_application()
    install_language("en")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.open_path(demo_file)
    target = tmp_path / "kit-E03.review"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    win.experts.table.setCurrentIndex(win.experts.proxy.index(2, 0))
    win.experts.kit_button.click()  # written on a worker, with a progress dialog
    qtbot.waitUntil(lambda: "Issued the kit of" in win.statusBar().currentMessage())
    assert target.exists()
    win.close()


def test_unknown_applicants_are_registered_after_a_yes(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    batch = tmp_path / "收件"
    package(batch / "西安市", answers("西安市"))
    package(batch / "铜川市", answers("铜川市"))
    window.intake_actions.last_import_report = None
    window.intake_actions.import_paths([batch])
    qtbot.waitUntil(lambda: window.intake_actions.last_import_report is not None, timeout=30_000)
    first = window.intake_actions.last_import_report
    assert first is not None and {r.outcome for r in first.model._rows} == {Outcome.REJECTED}
    assert "西安市" in asked[0] and "铜川市" in asked[0]
    qtbot.waitUntil(lambda: window.intake_actions.last_import_report is not first, timeout=30_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    assert window.intake_actions.last_import_report is not None
    outcomes = {
        r.applicant: r.outcome for r in window.intake_actions.last_import_report.model._rows
    }
    assert outcomes == {"西安市": Outcome.IMPORTED, "铜川市": Outcome.IMPORTED}
    assert window.applicants.model.rowCount() == 2
