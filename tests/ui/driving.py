"""Driving widgets from a test: answering a modal dialog while the code under test waits
in exec(), retyping a field, picking an item of the rubric editor."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ui.qt import QApplication, QDialogButtonBox, QLineEdit, Qt, QTimer
from ui.rubric_editor import RubricEditor, path_key


def when_modal(kind: type, act: Callable[[Any], None]) -> None:
    """Run `act` on the next modal dialog of `kind` once it is up."""

    def attempt() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            act(modal)
        else:
            QTimer.singleShot(20, attempt)

    QTimer.singleShot(0, attempt)


def select_path(editor: RubricEditor, path: tuple[Any, ...]) -> None:
    found = editor.model.match(
        editor.model.index(0, 0),
        Qt.ItemDataRole.UserRole,
        path_key(path),
        1,
        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
    )
    editor.tree.setCurrentIndex(found[0])


def retype(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def save_button(editor: RubricEditor) -> Any:
    return editor.buttons.button(QDialogButtonBox.StandardButton.Save)
