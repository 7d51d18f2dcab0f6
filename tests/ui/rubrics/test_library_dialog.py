"""Rubrics ▸ Library…: the templates listed with their sources and notes, one used for a
chosen track through the same path as an import (asking about the scores), refused while
the results are locked."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from reviewer.results.reconcile import lock_results
from reviewer.rubrics.library import list_templates
from reviewer.vocabulary import TrackKind
from tests.ui.driving import when_modal
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.rubrics.library_dialog import RubricLibraryDialog
from ui.settings import Settings
from ui.widgets.qt import QMessageBox


def _choose(dialog: RubricLibraryDialog, key: str, track: TrackKind) -> None:
    row = next(i for i, t in enumerate(dialog.templates) if t.key == key)
    dialog.table.setCurrentIndex(dialog.model.index(row, 0))
    dialog.track.setCurrentIndex(dialog.track.findData(track))


def _press_score_again(box: QMessageBox) -> None:
    next(b for b in box.buttons() if b.text().startswith("Experts score")).click()


def _yes(monkeypatch: pytest.MonkeyPatch, asked: list[str]) -> None:
    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)


def test_a_template_becomes_the_chosen_tracks_rubric(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "broken.xlsx").write_text("not a workbook", encoding="utf-8")
    Settings().library_folder = tmp_path
    assert window.open_path(demo_file)
    asked: list[str] = []
    _yes(monkeypatch, asked)
    seen: dict[str, Any] = {}

    def use(dialog: RubricLibraryDialog) -> None:
        seen["rows"] = dialog.model.rowCount()
        seen["broken"] = dialog.model.index(dialog.model.rowCount() - 1, 0).data()
        _choose(dialog, "ndrc-2016", TrackKind.DEPARTMENT)
        seen["notes"] = dialog.notes.toPlainText()

        def score_again(box: QMessageBox) -> None:
            asked.append(box.text())
            _press_score_again(box)

        when_modal(QMessageBox, score_again)
        dialog.use_button.click()

    when_modal(RubricLibraryDialog, use)
    window.rubric.library_button.click()
    assert seen["rows"] == len(list_templates()) + 1
    assert seen["broken"] == "broken.xlsx (cannot be used)"
    assert "惠民服务 37" in seen["notes"] and "Source: NDRC" in seen["notes"]
    assert "Department pilot" in asked[0] and "already holds" in asked[1]
    window.rubric.track.setCurrentIndex(window.rubric.track.findData(TrackKind.DEPARTMENT))
    current = window.rubric.current()
    assert current is not None and current.title == "新型智慧城市评价指标（2016年）"
    assert current.version == 2
    window.close()


def test_the_library_is_refused_while_the_results_are_locked(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.open_path(demo_file)
    assert window.store is not None
    lock_results(window.store, "审定", override_reason="组长同意")
    _yes(monkeypatch, [])
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))

    def use(dialog: RubricLibraryDialog) -> None:
        _choose(dialog, "mohurd-2012", TrackKind.CITY)
        when_modal(QMessageBox, _press_score_again)
        dialog.use_button.click()
        dialog.reject()

    when_modal(RubricLibraryDialog, use)
    window.rubric.library_button.click()
    assert warned and "locked" in warned[0]
    current = window.rubric.current()
    assert current is not None and current.version == 1
    window.close()


def test_the_library_in_chinese_fits_a_laptop_screen(qtbot: Any, tmp_path: Path) -> None:
    install_language("zh_CN")
    try:
        dialog = RubricLibraryDialog(list_templates(), lambda _definition: False)
        qtbot.addWidget(dialog)
        dialog.show()
        _choose(dialog, "mohurd-2012", TrackKind.CITY)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        assert dialog.windowTitle() == "评分细则库"
        assert "住房和城乡建设部办公厅" in dialog.notes.toPlainText()
        shot = Path(os.environ.get("REVIEWER_SHOTS", tmp_path)) / "rubric-library.png"
        assert dialog.grab().save(str(shot))
    finally:
        install_language("en")
