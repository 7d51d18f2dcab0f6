"""The Decisions tab as the secretariat uses it: read the ranking and its evidence,
decide from the keyboard, give reasons against the ranking, commit after seeing the
list, change the rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from models.enums import DecisionOutcome, TrackKind
from reviewer.decisions.outcomes import committed_decisions, decision_sheet
from reviewer.decisions.ranking import TrackRules, load_rules, save_rules
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import add_note, lock_results
from reviewer.store.storage import open_campaign
from tests.ui.driving import when_modal
from ui.decisions.dialogs import CommitDialog, RulesDialog
from ui.decisions.documents_dialog import DocumentsDialog
from ui.decisions.model import DecisionModel
from ui.decisions.view import DecisionsView
from ui.main_window import MainWindow
from ui.widgets.qt import QInputDialog, QMessageBox, Qt
from ui.widgets.row_table_model import ROW_ROLE

CITY = TrackKind.CITY


@pytest.fixture
def locked(demo_file: Path) -> Path:
    with open_campaign(demo_file) as store:
        save_rules(store, TrackRules(CITY, Decimal("65.00"), 6, ("C3", "C1")))
        xianyang = next(
            r.application_id for r in merge_results(store).applications if r.applicant == "咸阳市"
        )
        add_note(store, xianyang, "请 E03 说明评分依据。")
        lock_results(store, "专家组会议审定", override_reason="组长同意")
    return demo_file


def _page(qtbot: Any, window: MainWindow, path: Path) -> DecisionsView:
    assert window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.decisions_actions.page
    view = window.decisions_actions.view
    assert view is not None
    return view


def _select(view: DecisionsView, applicant: str) -> None:
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 1).data() == applicant
    )
    view.table.selectRow(row)
    view.table.setFocus()


def _decision(view: DecisionsView, applicant: str) -> str:
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 1).data() == applicant
    )
    return str(view.proxy.index(row, view.model.decision_column).data())


def test_the_page_asks_for_locked_results(qtbot: Any, window: MainWindow, demo_file: Path) -> None:
    view = _page(qtbot, window, demo_file)
    assert view.stack.currentWidget() is view.not_locked_page
    assert "not locked" in view.not_locked.text()
    assert not view.commit_button.isEnabled()


def test_the_ranking_per_track_with_its_evidence(
    qtbot: Any, window: MainWindow, locked: Path
) -> None:
    view = _page(qtbot, window, locked)
    assert view.stack.currentWidget() is view.ranking_page
    assert view.proxy.rowCount() == 10
    assert [view.proxy.index(r, 0).data() for r in range(3)] == ["1", "2", "3"]
    assert view.proxy.index(0, 1).data() == "西安市"
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "C1"
    standing = [
        view.proxy.index(r, view.model.standing_column).data() for r in range(view.proxy.rowCount())
    ]
    assert standing.count("Within the cut") == 6 and "Below the minimum score" in standing
    assert "11 within the cut of 15" in view.summary.text()

    _select(view, "咸阳市")
    evidence = view.evidence.toPlainText()
    assert "E03" in evidence and "dropped" in evidence and "76.13" in evidence
    assert "请 E03 说明评分依据。" in evidence and "E03 far from the others" in evidence

    view.track.setCurrentIndex(view.track.findData(TrackKind.DEPARTMENT))
    assert view.proxy.rowCount() == 5
    assert view.model.headerData(3, Qt.Orientation.Horizontal) == "D1"

    view.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # final, as numbers
    finals = [view.proxy.index(r, 0).data(ROW_ROLE).line.final for r in range(5)]
    assert finals == sorted(finals)
    view.show_mode.setCurrentIndex(view.show_mode.findData("outside"))
    assert view.proxy.rowCount() == 0


def test_deciding_from_the_keyboard_with_a_reason_against_the_ranking(
    qtbot: Any, window: MainWindow, locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _page(qtbot, window, locked)
    asked: list[str] = []

    def reason(_parent: object, _title: str, text: str, *_a: object) -> tuple[str, bool]:
        asked.append(text)
        return ("申报材料存在疑问，待核实", True)

    monkeypatch.setattr(QInputDialog, "getMultiLineText", reason)
    _select(view, "西安市")
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    assert len(asked) == 1 and "西安市" in asked[0]
    assert _decision(view, "西安市") == "Defer ✎"
    assert "goes against the ranking" in view.evidence.toPlainText()

    # Within the ranking: no question asked.
    _select(view, "榆林市")
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    assert len(asked) == 1 and _decision(view, "榆林市") == "Approve ✎"

    # A cancelled reason stages nothing.
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("", False))
    _select(view, "宝鸡市")
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert _decision(view, "宝鸡市") == "Approve"

    _select(view, "西安市")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _decision(view, "西安市") == "Approve"
    with open_campaign(locked, read_only=True) as store:
        staged = {d.line.applicant for d in decision_sheet(store).lines() if d.staged}
    assert staged == {"榆林市"}


def test_an_empty_reason_is_refused_with_a_message(
    qtbot: Any, window: MainWindow, locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _page(qtbot, window, locked)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("  ", True))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    _select(view, "汉中市")  # over the quota of 6
    view.decide_buttons[DecisionOutcome.APPROVE].click()
    assert shown and "written reason" in shown[0]
    assert _decision(view, "汉中市") == "Reject"


def test_committing_shows_the_list_first(
    qtbot: Any, window: MainWindow, locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _page(qtbot, window, locked)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("示范意义突出", True))
    _select(view, "汉中市")
    qtbot.keyClick(view.table, Qt.Key.Key_A)

    listed: list[str] = []

    def cancel(dialog: CommitDialog) -> None:
        listed.append(dialog.list.toPlainText())
        dialog.reject()

    when_modal(CommitDialog, cancel)
    view.commit_button.click()
    assert "汉中市" in listed[0] and "示范意义突出" in listed[0] and "陕西省教育厅" in listed[0]
    with open_campaign(locked, read_only=True) as store:
        assert committed_decisions(store) == {}

    when_modal(CommitDialog, lambda dialog: dialog.accept())
    view.commit_button.click()
    with open_campaign(locked, read_only=True) as store:
        committed = committed_decisions(store)
    assert len(committed) == 15
    assert _decision(view, "汉中市") == "Approve ✓"
    assert "0 not yet committed" in view.summary.text()

    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: informed.append(text))
    view.commit_button.click()
    assert informed and "nothing to commit" in informed[0]


def test_the_rules_dialog_changes_the_cut(qtbot: Any, window: MainWindow, locked: Path) -> None:
    view = _page(qtbot, window, locked)

    def edit(dialog: RulesDialog) -> None:
        city = next(box for box in dialog.boxes if box.track is CITY)
        city.quota.setValue(3)
        city.min_final.clear()
        city.order.setCurrentRow(1)  # C1 up, before C3
        city._move(-1)
        dialog.buttons.accepted.emit()

    when_modal(RulesDialog, edit)
    view.rules_button.click()
    with open_campaign(locked, read_only=True) as store:
        assert load_rules(store)[CITY] == TrackRules(CITY, None, 3, ("C1", "C3"))
    assert "8 within the cut of 15" in view.summary.text()  # 3 cities, 5 departments
    standing = [
        view.proxy.index(r, view.model.standing_column).data() for r in range(view.proxy.rowCount())
    ]
    assert standing.count("Within the cut") == 3 and "Below the minimum score" not in standing


def test_a_minimum_that_is_not_a_number_is_not_accepted(
    qtbot: Any, window: MainWindow, locked: Path
) -> None:
    view = _page(qtbot, window, locked)
    problems: list[str] = []

    def edit(dialog: RulesDialog) -> None:
        dialog.boxes[0].min_final.setText("六十")
        dialog.buttons.accepted.emit()
        problems.append(dialog.problem.text())
        dialog.reject()

    when_modal(RulesDialog, edit)
    view.rules_button.click()
    assert "must be a number" in problems[0]


def test_the_model_reads_without_a_view(locked: Path) -> None:
    with open_campaign(locked, read_only=True) as store:
        sheet = decision_sheet(store)
    model = DecisionModel()
    model.set_lines(list(sheet.tracks[CITY]), ("C1", "C2", "C3", "C4"))
    assert model.columnCount() == 3 + 4 + 5
    assert model.headerData(model.decision_column, Qt.Orientation.Horizontal) == "Decision"
    assert model.index(0, model.proposal_column).data() == "Approve"


def test_the_ranking_and_the_score_summary_export_to_excel(
    qtbot: Any, window: MainWindow, locked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    from ui.widgets.qt import QFileDialog

    view = _page(qtbot, window, locked)
    for button, name, sheet in (
        (view.ranking_export_button, "ranking.xlsx", "市级智慧城市区域试点排名"),
        (view.summary_export_button, "summary.xlsx", "市级智慧城市区域试点评分汇总"),
    ):
        out = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, o=out, **k: (str(o), ""))
        button.click()
        assert load_workbook(out)[sheet]["B4"].value == "西安市"


def test_staging_is_undone_and_redone(
    qtbot: Any, window: MainWindow, locked: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _page(qtbot, window, locked)
    undo = window.decisions_actions.undo
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("待核实", True))
    _select(view, "西安市")
    qtbot.keyClick(view.table, Qt.Key.Key_D)
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert _decision(view, "西安市") == "Reject ✎" and undo.count() == 2
    undo.undo()
    assert _decision(view, "西安市") == "Defer ✎"
    undo.undo()
    assert _decision(view, "西安市") == "Approve"
    undo.redo()
    assert _decision(view, "西安市") == "Defer ✎"
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _decision(view, "西安市") == "Approve"
    undo.undo()
    with open_campaign(locked, read_only=True) as store:
        line = next(d for d in decision_sheet(store).lines() if d.line.applicant == "西安市")
    assert line.staged is not None and line.staged.reason == "待核实"

    when_modal(CommitDialog, lambda dialog: dialog.accept())
    view.commit_button.click()
    assert undo.count() == 0


def test_a_read_only_campaign_shows_the_ranking_but_takes_no_decision(
    qtbot: Any, window: MainWindow, locked: Path
) -> None:
    assert window.open_path(locked, read_only=True)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.decisions_actions.view
    assert view is not None and view.proxy.rowCount() == 10
    assert not view.commit_button.isEnabled() and not view.rules_button.isEnabled()
    assert view.ranking_export_button.isEnabled()
    _select(view, "西安市")
    assert not view.decide_buttons[DecisionOutcome.REJECT].isEnabled()
    qtbot.keyClick(view.table, Qt.Key.Key_R)
    assert _decision(view, "西安市") == "Approve"


def _documents_dialog(qtbot: Any, window: MainWindow, locked: Path) -> DocumentsDialog:
    """The Documents dialog on the locked demo, its decisions committed."""
    from reviewer.decisions.notice import set_notice
    from reviewer.decisions.outcomes import commit_decisions
    from reviewer.results.reconcile import current_lock

    with open_campaign(locked) as store:
        lock = current_lock(store)
        assert lock is not None
        commit_decisions(store, lock.fingerprint)
        # The pilot list follows a public notice that ran its term.
        set_notice(store, start=date(2014, 9, 29))
    view = _page(qtbot, window, locked)
    view.documents_button.click()
    dialog = window.decisions_actions.documents
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_the_documents_are_written_listed_and_opened_for_printing(
    qtbot: Any, window: MainWindow, locked: Path, tmp_path: Path
) -> None:
    from ui.widgets.pdf_viewer import PdfViewer

    dialog = _documents_dialog(qtbot, window, locked)
    out = tmp_path / "文件"
    dialog.folder.setText(str(out))
    dialog.number.setText("陕工信发〔2014〕123号")
    dialog.write_button.click()
    qtbot.waitUntil(lambda: dialog.written.count() > 0, timeout=60_000)
    names = dialog.written_names()
    assert {"试点名单.pdf", "公示.pdf", "评分汇总表.pdf", "评审意见.pdf"} <= set(names)
    assert {"试点名单.docx", "公示.docx", "评审意见.docx"} <= set(names)  # PDF and Word
    assert all((out / name).is_file() for name in names)
    assert dialog.skipped.text() == ""
    dialog.written.setCurrentItem(
        dialog.written.findItems("试点名单.pdf", Qt.MatchFlag.MatchExactly)[0]
    )
    dialog.open_button.click()
    viewer = window.viewers[-1]
    assert isinstance(viewer, PdfViewer) and viewer.loaded and viewer.path.name == "试点名单.pdf"
    assert viewer.document.pageCount() == 4
    viewer.close()
    dialog.close()
    qtbot.waitUntil(lambda: window.decisions_actions.documents is None)


def test_the_documents_dialog_writes_pdf_word_or_both(
    qtbot: Any, window: MainWindow, locked: Path, tmp_path: Path
) -> None:
    dialog = _documents_dialog(qtbot, window, locked)
    assert dialog.formats() == ("pdf", "docx")
    written: dict[tuple[str, ...], set[str]] = {}
    for row in (1, 2):  # PDF only, Word only
        dialog.format.setCurrentIndex(row)
        dialog.folder.setText(str(tmp_path / str(row)))
        dialog.written.clear()
        dialog.write_button.click()
        qtbot.waitUntil(lambda: dialog.written.count() > 0, timeout=60_000)
        names = set(dialog.written_names())
        written[dialog.formats()] = {Path(name).suffix for name in names}
    assert written == {("pdf",): {".pdf", ".xlsx"}, ("docx",): {".docx", ".xlsx"}}
    dialog.close()
    qtbot.waitUntil(lambda: window.decisions_actions.documents is None)
