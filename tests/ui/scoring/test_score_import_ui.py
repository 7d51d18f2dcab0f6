"""Importing returned score files from the window: on a worker with a progress dialog,
then one message with the counts, every refusal and who is still missing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.reviewer.scoring.returns.test_importing import _file, _scored_kit, _scores_of
from ui.main_window import MainWindow
from ui.widgets.qt import QMessageBox


def test_score_files_import_on_a_worker_and_the_refusals_are_named(
    qtbot: Any, window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    good = _file(_scored_kit(demo_file, tmp_path, "E07"), tmp_path, "E07.json")
    damaged = tmp_path / "damaged.json"
    damaged.write_bytes(b"\x00\x01 not a score file")
    assert window.open_path(demo_file)
    window.scoring_actions.import_score_paths([good, damaged])
    qtbot.waitUntil(lambda: window.scoring_actions.last_score_report is not None, timeout=20_000)
    box = window.scoring_actions.last_score_report
    assert box is not None and box.isVisible()
    assert box.icon() is QMessageBox.Icon.Warning  # something was refused
    text = box.text()
    assert "Imported: 1. Unchanged: 0. Refused: 1." in text
    assert "damaged.json" in text and "E07" in text.splitlines()[-1]
    assert box.detailedText().splitlines()[0].startswith("E07.json: ")
    box.accept()
    assert _scores_of(demo_file, "E07") > 0


def test_a_large_panel_is_named_by_its_first_experts_and_a_count(window: MainWindow) -> None:
    codes = [f"E{n:03d}" for n in range(500)]
    said = window.scoring_actions._some_experts(codes)
    assert said.startswith("E000, E001") and said.endswith("E011 and 488 more")
    assert window.scoring_actions._some_experts(codes[:3]) == "E000, E001, E002"
    assert window.scoring_actions._some_experts([]) == "-"
