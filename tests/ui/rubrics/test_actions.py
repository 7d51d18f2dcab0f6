"""Changing a rubric from the main window: the editor and the Excel round trip both ask
what becomes of the scores already given before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reviewer.campaign import overview
from reviewer.rubrics import catalog as rubrics
from reviewer.store.storage import open_campaign
from tests.ui.driving import retype, save_button, select_path, when_modal
from ui.main_window import MainWindow
from ui.rubrics.editor import RubricEditor
from ui.widgets.qt import QFileDialog, QLineEdit, QMessageBox


def _press(starting: str, asked: list[str]) -> Any:
    def press(box: QMessageBox) -> None:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().startswith(starting)).click()

    return press


def test_editing_a_scored_rubric_asks_about_the_scores(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    assert window.open_path(demo_file)
    progress = overview.overview(window.store).progress
    asked: list[str] = []

    def rename_and_save(dialog: RubricEditor) -> None:
        select_path(dialog, ("criterion", 0, 0))
        name = dialog.criterion_form.findChild(QLineEdit, "criterionName")
        retype(qtbot, name, "Commitment of the city leadership")
        when_modal(QMessageBox, _press("Carry over", asked))
        save_button(dialog).click()

    when_modal(RubricEditor, rename_and_save)
    window.rubric.edit_button.click()
    assert asked and "Version 1 of this rubric already holds" in asked[0]
    assert window.rubric.current().version == 2
    assert window.rubric.current().criteria[0].name == "Commitment of the city leadership"
    after = overview.overview(window.store).progress
    assert (after.done, after.total) == (progress.done, progress.total)  # all carried over
    window.close()
    with open_campaign(demo_file, read_only=True) as store:
        assert rubrics.current_rubrics(store)[0].version == 2


def test_a_rubric_goes_out_to_excel_and_back_as_the_next_version(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(demo_file)
    progress = overview.overview(window.store).progress
    workbook = tmp_path / "city.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(workbook), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(workbook), ""))
    window.rubric.export_button.click()
    assert workbook.exists()
    asked: list[str] = []
    when_modal(QMessageBox, _press("Cancel", asked))
    window.rubric.import_button.click()
    assert asked and window.rubric.current().version == 1  # cancelled: nothing written
    when_modal(QMessageBox, _press("Experts score everything again", asked))
    window.rubric.import_button.click()
    assert "version 2" in window.statusBar().currentMessage()  # the city rubric has scores
    assert window.rubric.current().version == 2
    after = overview.overview(window.store).progress
    assert after.done < progress.done
    window.close()
