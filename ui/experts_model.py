"""The experts table: a model over `ExpertRow`s."""

from __future__ import annotations

from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.panel import ExpertRow
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

# Not named `translate`, so lupdate does not take the header variable for a source text.
_translate = QCoreApplication.translate
ModelIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole


class ExpertsTableModel(QAbstractTableModel):
    """One row per expert; `ROW_ROLE` gives the row object."""

    CODE, NAME, AFFILIATION, TITLE, EXPERTISE, ROLE, TIES, PROGRESS = range(8)
    _HEADERS = (
        QT_TRANSLATE_NOOP("ExpertsTableModel", "No."),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Affiliation"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Title"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Expertise"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Role"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Ties and recusals"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Done / assigned"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ExpertRow] = []

    def set_rows(self, rows: list[ExpertRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate("ExpertsTableModel", self._HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TIES:
            return "\n".join(row.ties) or None
        return None

    def _display(self, row: ExpertRow, column: int) -> str:
        if column == self.CODE:
            return row.code
        if column == self.NAME:
            return row.name
        if column == self.AFFILIATION:
            return row.affiliation
        if column == self.TITLE:
            return row.title
        if column == self.EXPERTISE:
            return row.expertise
        if column == self.ROLE:
            return (
                QCoreApplication.translate("ExpertsTableModel", "Panel leader")
                if row.is_leader
                else ""
            )
        if column == self.TIES:
            parts = list(row.ties)
            if row.conflicts:
                parts.append(
                    QCoreApplication.translate("ExpertsTableModel", "{n} recusal(s)").format(
                        n=row.conflicts
                    )
                )
            return "; ".join(parts)
        if column == self.PROGRESS:
            return f"{row.done} / {row.assigned}"
        return ""
