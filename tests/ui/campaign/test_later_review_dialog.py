"""File ▸ New Acceptance Review…: the dialog, the campaign it makes from a decided
selection, its refusal in words, and the kind in the window's title and overview."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from reviewer.vocabulary import CampaignKind
from tests.later_review import lock_and_decide
from ui.campaign.later_review_dialog import LaterReviewDialog
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.widgets.qt import QDialogButtonBox, QMessageBox


@pytest.fixture(scope="module")
def decided(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("decided") / "selection.review"
    shutil.copyfile(demo_master, path)
    lock_and_decide(path)
    return path


def _choose(
    monkeypatch: pytest.MonkeyPatch, selection: Path, target: Path, kind: CampaignKind
) -> None:
    def fill(self: LaterReviewDialog) -> int:
        self.selection.setText(str(selection))
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.path.setText(str(target))
        return LaterReviewDialog.DialogCode.Accepted

    monkeypatch.setattr(LaterReviewDialog, "exec", fill)


def test_the_dialog_asks_for_the_selection_and_follows_the_kind(qtbot: Any, tmp_path: Path) -> None:
    install_language("en")
    dialog = LaterReviewDialog(tmp_path)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no selection chosen yet
    dialog.selection.setText(str(tmp_path / "s.review"))
    assert ok.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("midterm"))
    assert dialog.review_kind() is CampaignKind.MIDTERM
    assert dialog.review_title() == "Smart-city pilot mid-term evaluation"
    dialog.path.setText(str(tmp_path / "m"))
    assert dialog.campaign_path() == tmp_path / "m.review"


def test_an_acceptance_review_from_the_menu(
    window: MainWindow, decided: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "acceptance.review"
    _choose(monkeypatch, decided, target, CampaignKind.ACCEPTANCE)
    window.new_later_action.trigger()
    assert window.store is not None and window.store.path == target
    assert "[Acceptance review]" in window.windowTitle()
    assert "Review type: Acceptance review" in window.overview.subtitle.text()
    assert window.applications.model.rowCount() == 0


def test_an_undecided_selection_is_refused_in_words(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "acceptance.review"
    _choose(monkeypatch, demo_file, target, CampaignKind.ACCEPTANCE)
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *_a: said.append(text)
    )
    window.new_later_action.trigger()
    assert window.store is None and not target.exists()
    assert any("are not locked" in text for text in said)


def test_the_dialog_at_1366_in_chinese(qtbot: Any, tmp_path: Path) -> None:
    install_language("zh_CN")
    try:
        dialog = LaterReviewDialog(tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "新建验收评审"
        assert dialog.kind.itemText(1) == "中期评估"
        assert dialog.width() <= 1366 and dialog.height() <= 768
        assert dialog.grab().save(str(tmp_path / "later-review-dialog.png"))
    finally:
        install_language("en")
