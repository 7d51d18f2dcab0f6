"""The scoring form as a table: one row per criterion, points and comment editable.

Every edit goes through the undo stack as a command that saves the value (one commit)
and can put the previous one back, so Ctrl+Z undoes a typing slip in the file too.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.scoring.expert_scoring import ScoringForm, parse_points, save_score, scoring_form
from reviewer.store.storage import CampaignStore
from ui.widgets.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QUndoCommand,
    QUndoStack,
    Signal,
)

ModelIndex = QModelIndex | QPersistentModelIndex
_translate = QCoreApplication.translate


def _points(value: Decimal | None) -> str:
    return "" if value is None else format(value.normalize(), "f")


class SaveScore(QUndoCommand):
    """Saving one criterion's points and comment; undo saves the previous ones back."""

    def __init__(
        self,
        model: ScoreTableModel,
        cell: tuple[int, int],
        old: tuple[Decimal | None, str],
        new: tuple[Decimal | None, str],
    ) -> None:
        super().__init__()
        self._model, self._cell, self._old, self._new = model, cell, old, new
        self._redone = False  # the first redo is the edit itself: the cursor moves on
        entry = model.form.entries[cell[0]] if model.form else None
        self.setText(entry.criterion.code if entry else "")

    def redo(self) -> None:
        # A value the disk refused was never saved: nothing to undo, so leave no step behind.
        self.setObsolete(not self._model.write(self._cell[0], *self._new))
        if self._redone:
            self._model.revisited.emit(*self._cell)
        self._redone = True

    def undo(self) -> None:
        self._model.write(self._cell[0], *self._old)
        self._model.revisited.emit(*self._cell)  # Ctrl+Z shows the cell it took back


class ScoreTableModel(QAbstractTableModel):
    """Signals: saved() after a value reached the file; rejected(message) when refused;
    revisited(row, column) when an undo or redo changed that cell."""

    CRITERION, MAXIMUM, POINTS, COMMENT = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ScoreTableModel", "Criterion"),
        QT_TRANSLATE_NOOP("ScoreTableModel", "Max"),
        QT_TRANSLATE_NOOP("ScoreTableModel", "Points"),
        QT_TRANSLATE_NOOP("ScoreTableModel", "Comment"),
    )
    saved = Signal()
    rejected = Signal(str)
    revisited = Signal(int, int)

    def __init__(
        self, store: CampaignStore, undo: QUndoStack, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo = undo
        self.form: ScoringForm | None = None

    def load(self, application_id: int) -> None:
        self.beginResetModel()
        self.form = scoring_form(self.store, application_id)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.form is None else len(self.form.entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate("ScoreTableModel", self.HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() in (self.POINTS, self.COMMENT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.form is None:
            return None
        entry = self.form.entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.CRITERION:
                return f"{entry.criterion.code} {entry.criterion.name}"
            if column == self.MAXIMUM:
                return _points(entry.criterion.max_points)
            if column == self.POINTS:
                return _points(entry.value)
            return entry.comment
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CRITERION:
            return entry.criterion.description
        if role == Qt.ItemDataRole.ToolTipRole and column == self.POINTS and entry.earlier:
            return QCoreApplication.translate(
                "ScoreTableModel", "Your score in round {round}: {points}"
            ).format(round=entry.earlier[0], points=_points(entry.earlier[1]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MAXIMUM, self.POINTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.form is None or role != Qt.ItemDataRole.EditRole:
            return False
        entry = self.form.entries[index.row()]
        points, comment = entry.value, entry.comment
        try:
            if index.column() == self.POINTS:
                text = str(value).strip()
                points = parse_points(text, entry.criterion) if text else None
            elif index.column() == self.COMMENT:
                comment = str(value)
                if entry.value is None and comment.strip():
                    # A comment is kept with its score: typed alone it would be lost.
                    self.rejected.emit(
                        QCoreApplication.translate(
                            "ScoreTableModel", "Give the points first: a comment is kept with them."
                        )
                    )
                    return False
            else:
                return False
        except ReviewerError as error:
            self.rejected.emit(error.message())
            return False
        if (points, comment) == (entry.value, entry.comment):
            return True
        self.undo.push(
            SaveScore(
                self, (index.row(), index.column()), (entry.value, entry.comment), (points, comment)
            )
        )
        return True

    def write(self, row: int, points: Decimal | None, comment: str) -> bool:
        """Save to the file first, then show it: what the table shows is what is stored.
        Says whether the value was saved."""
        assert self.form is not None
        entry = self.form.entries[row]
        try:
            save_score(self.store, self.form.application_id, entry.criterion.id, points, comment)
        except ReviewerError as error:
            self.rejected.emit(error.message())
            return False
        self.form = scoring_form(self.store, self.form.application_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COMMENT))
        self.saved.emit()
        return True
