"""A read-only table model over a list of row objects: the part every table shares."""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar

from ui.widgets.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
ModelIndex = QModelIndex | QPersistentModelIndex

# Returns the row object of the index's row.
ROW_ROLE = Qt.ItemDataRole.UserRole

# Not named `translate`, so lupdate does not take the header variable for a source text.
_translate = QCoreApplication.translate


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses name their columns in `HEADERS` (marked with QT_TRANSLATE_NOOP in the
    subclass's context, `CONTEXT`) and answer `cell` for the display role."""

    CONTEXT: ClassVar[str]
    HEADERS: ClassVar[tuple[str, ...]]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        return self.other_role(row, index.column(), role)

    def cell(self, row: Row, column: int) -> str:
        """The text of a cell; every subclass says what its columns show."""
        return ""

    def other_role(self, row: Row, column: int, role: int) -> Any:
        """Tool tips, colours, sort keys: nothing unless a subclass says otherwise."""
        return None
