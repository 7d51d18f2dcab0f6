"""The conflict-of-interest declaration is answered with 确认 or 取消: confirming records
the declarations, cancelling records nothing and asks again before scoring."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from reviewer.scoring.expert_scoring import kit_state
from reviewer.scoring.kits import export_kit
from reviewer.store.storage import open_campaign
from ui.app import create_application
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.scoring.commitment_dialog import CommitmentDialog
from ui.scoring.conflict_check_dialog import ConflictCheckDialog
from ui.settings import Settings

REASON = "近三年曾任该市信息化顾问"


def _declare_and(press: str, shown: list[ConflictCheckDialog]) -> Any:
    """An `exec` that ticks the first applicant with its reason, then presses `press`."""

    def run(dialog: ConflictCheckDialog) -> int:
        _id, tick, reason = dialog.rows[0]
        tick.setChecked(True)
        reason.setText(REASON)
        getattr(dialog, press).click()
        shown.append(dialog)
        return int(dialog.result())

    return run


def _open_kit(qtbot: Any, demo_file: Path, tmp_path: Path) -> tuple[MainWindow, Path]:
    kit_path = tmp_path / "E05.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E05", kit_path)
    create_application()
    install_language("en")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    window.open_path(kit_path)
    return window, kit_path


@pytest.mark.parametrize(
    ("press", "recorded"), [("cancel_button", False), ("confirm_button", True)]
)
def test_confirm_records_the_declaration_and_cancel_records_nothing(
    qtbot: Any,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    press: str,
    recorded: bool,
) -> None:
    shown: list[ConflictCheckDialog] = []
    monkeypatch.setattr(ConflictCheckDialog, "exec", _declare_and(press, shown))
    asked_commitment: list[CommitmentDialog] = []
    monkeypatch.setattr(CommitmentDialog, "exec", lambda d: asked_commitment.append(d) or 0)
    window, kit_path = _open_kit(qtbot, demo_file, tmp_path)
    qtbot.waitUntil(lambda: bool(shown))  # the check is asked once the kit is shown
    view = window.expert_view
    assert view is not None and view.state is not None
    assert view.state.conflicts_confirmed is recorded
    assert bool(asked_commitment) is recorded  # the commitment follows a confirmed check
    window.set_store(None)
    with open_campaign(kit_path) as kit:
        state = kit_state(kit)
    conflicts = [a.conflict for a in state.assignments if a.conflict is not None]
    assert state.conflicts_confirmed is recorded
    assert conflicts == ([REASON] if recorded else [])


def test_the_declaration_offers_confirm_and_cancel_in_chinese(
    qtbot: Any, demo_file: Path, tmp_path: Path
) -> None:
    kit_path = tmp_path / "E05.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E05", kit_path)
    with open_campaign(kit_path) as kit:
        state = kit_state(kit)
    create_application()
    install_language("zh_CN")
    try:
        dialog = ConflictCheckDialog(state)
        qtbot.addWidget(dialog)
        assert [dialog.confirm_button.text(), dialog.cancel_button.text()] == ["确认", "取消"]
        _id, tick, _reason = dialog.rows[0]
        tick.setChecked(True)
        assert not dialog.confirm_button.isEnabled()  # a ticked line needs its reason
        assert dialog.cancel_button.isEnabled()  # cancelling never needs one
        if shots := os.environ.get("REVIEWER_SHOTS"):
            dialog.show()
            dialog.grab().save(str(Path(shots) / "wording-coi-zh_CN.png"))
    finally:
        install_language("en")
