"""The feedback letters dialog as the secretariat uses it from the Decisions tab: read
the draft, edit it, save it (kept and audited), compose it again only after saying so,
print it as PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from models import AuditEvent
from reviewer.documents.feedback import feedback_letters
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign
from ui.decisions.feedback_dialog import FeedbackDialog
from ui.main_window import MainWindow
from ui.widgets.qt import QFileDialog, QMessageBox, Qt


def _dialog(qtbot: Any, window: MainWindow, path: Path) -> FeedbackDialog:
    with open_campaign(path) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
    assert window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.decisions_actions.view
    assert view is not None and view.feedback_button.isEnabled()
    view.feedback_button.click()
    feedback = window.decisions_actions.feedback
    assert feedback is not None and feedback.dialog is not None
    return feedback.dialog


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_edit_save_redraft_and_print_a_letter(
    qtbot: Any,
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _dialog(qtbot, window, demo_file)
    assert dialog.applicants.count() == 15
    letter = dialog.current()
    assert letter is not None and dialog.text.toPlainText() == letter.draft
    assert "E0" not in letter.draft  # no expert's code
    dialog.text.appendPlainText("另：请于月底前报送整改情况。")
    assert "not saved" in dialog.state.text()
    dialog.save_button.click()
    with open_campaign(demo_file, read_only=True) as store:
        (saved,) = [f for f in feedback_letters(store) if f.application_id == letter.application_id]
        with store.reading() as session:
            actions = list(session.scalars(select(AuditEvent.action)))
    assert saved.saved and saved.edited and saved.text.endswith("另：请于月底前报送整改情况。")
    assert actions.count("feedback.save") == 1
    assert dialog.text.toPlainText() == saved.text and dialog.state.text() == "Saved."
    assert "edited" in dialog.applicants.currentItem().text()

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.redraft_button.click()  # over an edit: asks, and Cancel keeps it
    assert len(asked) == 1 and dialog.text.toPlainText() == saved.text
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.redraft_button.click()
    assert dialog.text.toPlainText() == letter.draft

    pdf = tmp_path / "反馈意见.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(pdf), ""))
    dialog.print_button.click()
    printed = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
    assert "特此函告" in "".join(printed.stdout.split())  # the text shown, printed


def test_leaving_an_unsaved_edit_asks_first(
    qtbot: Any, window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, window, demo_file)
    dialog.text.appendPlainText("未保存的修改")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.applicants.setCurrentRow(1)
    assert len(asked) == 1 and dialog.applicants.currentRow() == 0
    assert dialog.text.toPlainText().endswith("未保存的修改")
