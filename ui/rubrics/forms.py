"""The forms beside the rubric editor's tree: one for the rubric, one for a condition or
gate check, one for a criterion with its bands.

A form shows one item of the draft and reports each keystroke as `edited(key, value)`;
it never changes the draft itself, so the editor can turn every change into an undoable
command. Keys are the definition's own (`name`, `max_points`), or `band:<i>:<field>`.
"""

from __future__ import annotations

from typing import Any

from reviewer.labels import label
from reviewer.vocabulary import BandLevel
from ui.widgets.qt import (
    QCheckBox,
    QEvent,
    QFormLayout,
    QGridLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

BAND_LEVELS = [BandLevel.EXCELLENT, BandLevel.GOOD, BandLevel.FAIR, BandLevel.POOR]


class _EditorUndoKeys(QObject):
    """Leaves Ctrl+Z / Ctrl+Shift+Z to the editor's undo stack, not the field's own undo.

    A line edit claims those keys for its private history, which knows nothing of the
    draft; one undo history for the whole rubric is what the user expects.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            for key in (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo):
                if event.matches(key):
                    event.ignore()
                    return True
        return False


def _set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show `text` without reporting it as an edit, and without moving the cursor of a
    field that already shows it (the one being typed in)."""
    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    if current != text:
        widget.blockSignals(True)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        else:
            widget.setText(text)
        widget.blockSignals(False)


class _Form(QWidget):
    """Signals: edited(str, object) — a field of the shown item changed."""

    edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo_keys = _EditorUndoKeys(self)
        self._fields: dict[str, QLineEdit | QPlainTextEdit] = {}

    def _line(self, key: str, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.installEventFilter(self._undo_keys)
        field.textEdited.connect(lambda text: self.edited.emit(key, text))
        self._fields[key] = field
        return field

    def _text(self, key: str, name: str, lines: int = 5) -> QPlainTextEdit:
        field = QPlainTextEdit()
        field.setObjectName(name)
        field.setTabChangesFocus(True)
        field.setFixedHeight(field.fontMetrics().lineSpacing() * lines + 12)
        field.installEventFilter(self._undo_keys)
        field.textChanged.connect(lambda: self.edited.emit(key, field.toPlainText()))
        self._fields[key] = field
        return field

    def load(self, entry: dict[str, Any]) -> None:
        for key, field in self._fields.items():
            if not key.startswith("band:"):
                _set_text(field, str(entry.get(key, "")))


class RubricForm(_Form):
    """The rubric as a whole: its title and the total its criteria must add up to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Title:"), self._line("title", "rubricTitle"))
        layout.addRow(self.tr("Total points:"), self._line("total_points", "rubricTotal"))
        hint = QLabel(
            self.tr(
                "Select a condition, criterion or gate check on the left to edit it. "
                "The criteria's points must add up to the total."
            )
        )
        hint.setWordWrap(True)
        layout.addRow(hint)


class NamedItemForm(_Form):
    """A condition or a gate check: a code, a name and a description."""

    def __init__(self, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QFormLayout(self)
        title = QLabel(f"<b>{heading}</b>")
        layout.addRow(title)
        layout.addRow(self.tr("Code:"), self._line("code", "itemCode"))
        layout.addRow(self.tr("Name:"), self._line("name", "itemName"))
        layout.addRow(self.tr("Description:"), self._text("description", "itemDescription"))


class CriterionForm(_Form):
    """A criterion: its scale (points, step, veto) and its four anchored bands.

    Signals: edited(str, object); propose_bands() — fill the bands from the points and step.
    """

    propose_bands = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout()
        form.addRow(self.tr("Code:"), self._line("code", "criterionCode"))
        form.addRow(self.tr("Name:"), self._line("name", "criterionName"))
        form.addRow(self.tr("Description:"), self._text("description", "criterionDescription"))
        form.addRow(self.tr("Maximum points:"), self._line("max_points", "criterionMax"))
        form.addRow(self.tr("Step:"), self._line("step", "criterionStep"))
        self.veto = QCheckBox(self.tr("Veto criterion (一票否决): a score of 0 is a veto vote"))
        self.veto.setObjectName("criterionVeto")
        self.veto.toggled.connect(lambda on: self.edited.emit("veto", on))
        form.addRow("", self.veto)

        self.bands = QGridLayout()
        self.bands.addWidget(QLabel(self.tr("Band")), 0, 0)
        self.bands.addWidget(QLabel(self.tr("From")), 0, 1)
        self.bands.addWidget(QLabel(self.tr("To")), 0, 2)
        self.bands.addWidget(QLabel(self.tr("Descriptor")), 0, 3)
        for row, level in enumerate(BAND_LEVELS, start=1):
            self.bands.addWidget(QLabel(label(level)), row, 0, Qt.AlignmentFlag.AlignTop)
            for column, field in enumerate(("min", "max"), start=1):
                line = self._line(f"band:{row - 1}:{field}", f"band{row - 1}{field}")
                line.setMaximumWidth(70)
                self.bands.addWidget(line, row, column, Qt.AlignmentFlag.AlignTop)
            words = self._text(f"band:{row - 1}:descriptor", f"band{row - 1}descriptor", 3)
            self.bands.addWidget(words, row, 3)
        self.bands.setColumnStretch(3, 1)
        self.no_bands = QLabel(self.tr("This criterion has no bands yet."))
        self.propose = QPushButton(self.tr("Propose bands from the points"))
        self.propose.setObjectName("proposeBands")
        self.propose.setToolTip(
            self.tr("优 from 85%, 良 from 70%, 中 from 60% of the maximum; descriptors are kept.")
        )
        self.propose.clicked.connect(self.propose_bands)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("<b>" + self.tr("Bands") + "</b>"))
        layout.addLayout(self.bands)
        layout.addWidget(self.no_bands)
        layout.addWidget(self.propose)
        layout.addStretch(1)

    def load(self, entry: dict[str, Any]) -> None:
        super().load(entry)
        self.veto.blockSignals(True)
        self.veto.setChecked(bool(entry.get("veto")))
        self.veto.blockSignals(False)
        bands = entry.get("bands", [])
        for index in range(len(BAND_LEVELS)):
            band = bands[index] if index < len(bands) else None
            for field in ("min", "max", "descriptor"):
                widget = self._fields[f"band:{index}:{field}"]
                widget.setEnabled(band is not None)
                _set_text(widget, "" if band is None else str(band.get(field, "")))
        self.no_bands.setVisible(not bands)
