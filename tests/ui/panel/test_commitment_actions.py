"""The Experts tab's commitment menu: the commitment's text, the sign-in sheet and the
commitments printed for signature, and a paper signature recorded by hand."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from reviewer.panel.commitment import campaign_commitment, paper_signatures
from ui.app import create_application
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.panel.commitment_dialogs import CommitmentTextDialog, PaperSignatureDialog
from ui.settings import Settings
from ui.widgets.qt import QDate, QFileDialog


def _opened(qtbot: Any, path: Path, *, read_only: bool = False) -> MainWindow:
    create_application()
    install_language("en")
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    assert win.open_path(path, read_only=read_only)
    return win


@pytest.fixture
def window(qtbot: Any, demo_file: Path) -> MainWindow:
    win = _opened(qtbot, demo_file)
    yield win
    win.close()


def test_the_commitment_text_is_edited_from_the_experts_tab(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def edit(dialog: CommitmentTextDialog) -> int:
        assert "独立" in dialog.text()  # the default text to start from
        dialog.editor.setPlainText("")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.editor.setPlainText("本人承诺：独立、保密、回避。")
        return CommitmentTextDialog.DialogCode.Accepted

    monkeypatch.setattr(CommitmentTextDialog, "exec", edit)
    window.experts.commitment_text_action.trigger()
    assert window.store is not None
    assert campaign_commitment(window.store) == "本人承诺：独立、保密、回避。"


def test_the_sign_in_papers_are_printed_and_a_paper_signature_recorded(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    shown: list[Path] = []
    monkeypatch.setattr(window, "show_file", shown.append)
    window.experts.sign_in_action.trigger()
    assert shown == [tmp_path / "专家签到表.pdf"]
    assert (tmp_path / "评审承诺书.pdf").exists()

    def e06_on_the_tenth(dialog: PaperSignatureDialog) -> int:
        dialog.expert.setCurrentIndex(dialog.expert.findData("E06"))
        dialog.day.setDate(QDate(2014, 9, 10))
        return PaperSignatureDialog.DialogCode.Accepted

    monkeypatch.setattr(PaperSignatureDialog, "exec", e06_on_the_tenth)
    window.experts.paper_signature_action.trigger()
    assert "signed the commitment on 2014-09-10" in window.statusBar().currentMessage()
    assert window.store is not None
    [signature] = paper_signatures(window.store)
    assert (signature.expert_code, signature.signed_on) == ("E06", date(2014, 9, 10))


def test_a_read_only_campaign_may_print_but_not_change_the_commitment(
    qtbot: Any, demo_file: Path
) -> None:
    win = _opened(qtbot, demo_file, read_only=True)
    assert win.experts.sign_in_action.isEnabled()
    assert not win.experts.commitment_text_action.isEnabled()
    assert not win.experts.paper_signature_action.isEnabled()
    win.close()
