"""The rubric editor as the secretariat uses it: type, see the check, undo, save."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewer.rubrics.catalog import default_definition
from reviewer.vocabulary import TrackKind
from tests.ui.driving import retype, save_button, select_path
from ui.app import create_application
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.rubrics.editor import RubricEditor
from ui.settings import Settings
from ui.widgets.qt import (
    QLineEdit,
    QMessageBox,
    Qt,
)


@pytest.fixture
def saved() -> list[dict[str, Any]]:
    return []


@pytest.fixture
def editor(qtbot: Any, saved: list[dict[str, Any]]) -> Iterator[RubricEditor]:
    create_application()
    install_language("en")

    def save(definition: dict[str, Any]) -> bool:
        saved.append(definition)
        return True

    dialog = RubricEditor(default_definition(TrackKind.CITY), "市级", save)
    dialog.show()
    yield dialog
    dialog.undo_stack.setClean()  # closing at teardown must not ask to discard
    dialog.close()
    dialog.deleteLater()


def test_typing_is_checked_undone_and_saved(
    qtbot: Any, editor: RubricEditor, saved: list[dict[str, Any]]
) -> None:
    assert "The rubric is valid: 4 conditions, 17 criteria, 100 points." in editor.check.text()
    assert not save_button(editor).isEnabled()  # nothing changed yet
    select_path(editor, ("criterion", 0, 0))
    maximum = editor.criterion_form.findChild(QLineEdit, "criterionMax")
    assert maximum.text() == "7"
    retype(qtbot, maximum, "8")
    assert editor.draft["conditions"][0]["criteria"][0]["max_points"] == "8"
    assert "band Excellent of criterion C1.1 runs 6–7" in editor.check.text()
    assert not save_button(editor).isEnabled()
    qtbot.keyClick(maximum, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (
        maximum.text() == "7" and editor.draft["conditions"][0]["criteria"][0]["max_points"] == "7"
    )
    assert "The rubric is valid" in editor.check.text()

    retype(qtbot, maximum, "12")
    editor.criterion_form.propose.click()
    bands = editor.draft["conditions"][0]["criteria"][0]["bands"]
    assert [(b["min"], b["max"]) for b in bands] == [
        ("10.5", "12"),
        ("8.5", "10"),
        ("7.5", "8"),
        ("0", "7"),
    ]
    assert bands[0]["descriptor"].startswith("智慧城市建设已列入")  # the wording is kept
    assert "add up to 105 points, not the stated total of 100" in editor.check.text()
    select_path(editor, ("rubric",))
    retype(qtbot, editor.rubric_form.findChild(QLineEdit, "rubricTotal"), "105")
    assert "The rubric is valid: 4 conditions, 17 criteria, 105 points." in editor.check.text()
    assert save_button(editor).isEnabled()
    save_button(editor).click()
    assert saved and saved[0]["total_points"] == "105"
    assert saved[0]["conditions"][0]["criteria"][0]["max_points"] == "12"


def test_structure_changes_undo_and_redo(qtbot: Any, editor: RubricEditor) -> None:
    assert editor.model.rowCount(editor.model.index(0, 0)) == 5  # conditions and gate checks
    editor.add_condition.click()
    assert editor.model.rowCount(editor.model.index(0, 0)) == 6
    added = editor.draft["conditions"][4]
    assert (added["code"], added["criteria"][0]["code"]) == ("C5", "C5.1")
    assert editor.path == ("condition", 4)
    assert "add up to 105 points" in editor.check.text()
    editor.add_criterion.click()
    assert [k["code"] for k in editor.draft["conditions"][4]["criteria"]] == ["C5.1", "C5.2"]
    editor.undo_button.click()
    editor.undo_button.click()
    assert len(editor.draft["conditions"]) == 4 and "The rubric is valid" in editor.check.text()
    editor.redo_button.click()
    assert len(editor.draft["conditions"]) == 5

    select_path(editor, ("criterion", 0, 1))
    editor.move_up.click()
    assert [k["code"] for k in editor.draft["conditions"][0]["criteria"][:2]] == ["C1.2", "C1.1"]
    assert editor.path == ("criterion", 0, 0)
    editor.remove.click()
    assert editor.draft["conditions"][0]["criteria"][0]["code"] == "C1.1"
    editor.add_gate.click()
    assert editor.draft["gates"][-1]["code"] == "G5"
    code = editor.gate_form.findChild(QLineEdit, "itemCode")
    retype(qtbot, code, "G1")
    assert "the code G1 is used twice" in editor.check.text()


def test_closing_with_changes_asks_first(
    qtbot: Any, editor: RubricEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(_parent: object, title: str, *_args: object) -> QMessageBox.StandardButton:
            asked.append(title)
            return reply

        return question

    editor.add_gate.click()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    editor.reject()
    assert editor.isVisible() and asked == ["Discard the changes?"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    editor.reject()
    assert not editor.isVisible()


def test_a_read_only_campaign_offers_no_editing(qtbot: Any, demo_file: Path) -> None:
    create_application()
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert window.open_path(demo_file, read_only=True)
    assert not window.rubric.edit_button.isEnabled()
    assert window.rubric.export_button.isEnabled()
    window.close()
