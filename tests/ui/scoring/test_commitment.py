"""The review commitment in expert mode: read and accepted before the first score, the
acceptance saved before it is shown (政府采购法实施条例 §9)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewer.scoring.expert_scoring import confirm_conflicts, kit_state
from reviewer.scoring.kits import export_kit
from reviewer.store.storage import open_campaign
from ui.app import create_application
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.scoring.commitment_dialog import CommitmentDialog
from ui.scoring.score_table_model import ScoreTableModel
from ui.settings import Settings
from ui.widgets.qt import QAbstractItemView


@pytest.fixture
def e06_window(
    qtbot: Any, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, Path, list[CommitmentDialog]]:
    """E06's kit (tied to 宝鸡市), its conflict check done, open in the app; the
    commitment dialog is put off at first and recorded."""
    kit_path = tmp_path / "E06.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E06", kit_path)
    with open_campaign(kit_path) as kit:
        confirm_conflicts(kit, {})
    shown: list[CommitmentDialog] = []

    def put_off(dialog: CommitmentDialog) -> int:
        shown.append(dialog)
        return CommitmentDialog.DialogCode.Rejected

    monkeypatch.setattr(CommitmentDialog, "exec", put_off)
    create_application()
    install_language("en")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(kit_path)
    qtbot.waitUntil(lambda: bool(shown))  # it comes up by itself, before any score
    yield window, kit_path, shown
    window.close()


def test_no_score_until_the_commitment_is_accepted_then_it_is_saved_first(
    qtbot: Any,
    e06_window: tuple[MainWindow, Path, list[CommitmentDialog]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, kit_path, shown = e06_window
    view = window.expert_view
    assert view is not None and view.state is not None
    dialog = shown[0]
    assert "独立" in dialog.text.toPlainText()
    assert "宝鸡市" in dialog.recusals.toPlainText()  # the recusal made before the kit
    assert not dialog.accept_button.isEnabled()
    dialog.read.setChecked(True)
    assert dialog.accept_button.isEnabled()
    # Put off: nothing can be typed, and the model refuses a value all the same.
    assert view.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.gate.isVisibleTo(view)
    assert view.model.form is not None
    before = view.model.form.entries[0].value
    view.model.setData(view.model.index(0, ScoreTableModel.POINTS), "1")
    assert "commitment" in view.message.text()  # refused by the kit itself, and said
    assert view.model.form.entries[0].value == before != 1
    assert view.commitment_button.isEnabled()

    def accept(dialog: CommitmentDialog) -> int:
        dialog.read.setChecked(True)
        with open_campaign(kit_path, read_only=True) as kit:  # not saved while it is shown
            assert kit_state(kit).commitment_accepted_at is None
        return CommitmentDialog.DialogCode.Accepted

    monkeypatch.setattr(CommitmentDialog, "exec", accept)
    view.commitment_button.click()
    with open_campaign(kit_path, read_only=True) as kit:
        assert kit_state(kit).commitment_accepted_at is not None
    assert not view.gate.isVisibleTo(view)
    assert not view.commitment_button.isEnabled()
    assert view.table.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
    assert view.model.setData(view.model.index(0, ScoreTableModel.POINTS), "1")
    assert view.model.form is not None and view.model.form.entries[0].value == 1


def test_the_commitment_dialog_in_chinese(
    qtbot: Any, e06_window: tuple[MainWindow, Path, list[CommitmentDialog]], tmp_path: Path
) -> None:
    window, _kit_path, _shown = e06_window
    install_language("zh_CN")
    view = window.expert_view
    assert view is not None and view.state is not None
    dialog = CommitmentDialog(view.state, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.accept_button.text() == "接受"
    dialog.grab().save(str(tmp_path / "commitment-dialog.png"))
