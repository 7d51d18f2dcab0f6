"""Driving widgets from a test: answering a modal dialog while the code under test waits
in exec(), retyping a field, picking an item of the rubric editor."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from ui.rubrics.editor import RubricEditor, path_key
from ui.widgets.qt import (
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMimeData,
    Qt,
    QTimer,
    QUrl,
    QWidget,
)


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


def drop_files(widget: QWidget, paths: list[Path]) -> bool:
    """Drag `paths` over `widget` and drop them if it accepts; says whether it did."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    position = QPointF(widget.rect().center())
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(position.toPoint(), Qt.DropAction.CopyAction, mime, buttons, keys)
    enter.ignore()
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(
        widget, QDropEvent(position, Qt.DropAction.CopyAction, mime, buttons, keys)
    )
    return True
