"""Entering the panel's answers to the review report in the app: each answer is saved as it
is entered, a dissent asks for its reasons, and the table shows what the campaign holds."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from reviewer.results.reconcile import lock_results
from reviewer.results.report_signatures import ReportSignature, report_signers
from reviewer.store.storage import open_campaign
from tests.ui.driving import when_modal
from ui.i18n import install_language
from ui.results.report_signatures_dialog import ReportSignaturesDialog
from ui.widgets.qt import QInputDialog, QMessageBox, QPushButton


def _button(dialog: ReportSignaturesDialog, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)


def test_answers_entered_in_the_dialog_are_saved_and_shown(
    qtbot: Any, demo_master: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a: shown.append(text))
    install_language("en")  # an earlier test may have left the Chinese one installed
    path = tmp_path / "demo.review"
    shutil.copyfile(demo_master, path)
    with open_campaign(path) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
        dialog = ReportSignaturesDialog(store)
        qtbot.addWidget(dialog)
        assert dialog.model.rowCount() == 7
        assert dialog.model.index(0, 2).data() == "Not entered"
        # Nothing selected: the dialog says what to do and saves nothing.
        _button(dialog, "Signed").click()
        assert shown == ["Select the member whose answer to enter."]
        assert all(m.answer is None for m in report_signers(store))

        dialog.table.selectRow(2)  # E03
        when_modal(QInputDialog, lambda box: (box.setTextValue("不同意"), box.accept()))
        _button(dialog, "Signed with a dissent…").click()
        e03 = next(m for m in report_signers(store) if m.code == "E03")
        assert (e03.answer, e03.reasons) == (ReportSignature.DISSENT, "不同意")
        assert dialog.model.index(2, 2).data() == "Signed with a dissent"
        assert dialog.model.index(2, 3).data() == "不同意"
        assert dialog.selected() is not None and dialog.selected().code == "E03"

        # A dissent without reasons is refused with a message, and nothing changes.
        when_modal(QInputDialog, lambda box: (box.setTextValue("  "), box.accept()))
        _button(dialog, "Signed with a dissent…").click()
        assert "writes the reasons" in shown[-1]
        assert dialog.model.index(2, 3).data() == "不同意"

        _button(dialog, "Take the entry back").click()
        assert next(m for m in report_signers(store) if m.code == "E03").answer is None
        assert dialog.model.index(2, 2).data() == "Not entered"
        assert dialog.model.index(0, 1).data() == "张维民 (leader)"
