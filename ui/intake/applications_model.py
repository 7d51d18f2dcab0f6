"""The applications table: a model over `ApplicationRow`s and the proxy that filters it."""

from __future__ import annotations

from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.intake.applications import ApplicationRow
from reviewer.labels import label
from reviewer.vocabulary import ApplicationStatus, TrackKind
from ui.widgets.qt import (
    QBrush,
    QCollator,
    QColor,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from ui.widgets.row_table_model import ROW_ROLE, RowTableModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "ApplicationsFilterProxy", "ApplicationsTableModel"]

ModelIndex = QModelIndex | QPersistentModelIndex
# Returns the value the column sorts by (numbers for numbers, dates for dates).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLOURS = {
    ApplicationStatus.LATE: QColor("#b45309"),
    ApplicationStatus.INCOMPLETE: QColor("#b45309"),
    ApplicationStatus.INELIGIBLE: QColor("#b91c1c"),
    ApplicationStatus.COMPLETE: QColor("#15803d"),
}


class ApplicationsTableModel(RowTableModel[ApplicationRow]):
    """One row per application; `ROW_ROLE` gives the row object, `SORT_ROLE` the value
    its column sorts by.

    The model sorts its own rows (the proxy hands `sort` down to it): a proxy sorting
    10,000 rows asks the model for two values per comparison, 3 s a column through
    Python, where computing each row's value once and sorting in Python takes 50 ms
    (bench/table.py).
    """

    APPLICANT, TRACK, DOMAINS, DISTRICTS, SUBMITTED, STATUS, MATERIALS, SCORING = range(8)
    CONTEXT = "ApplicationsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Applicant"),
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Track"),
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Pilot domains"),
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Districts/counties"),
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Handed in"),
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Status"),
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Materials"),
        QT_TRANSLATE_NOOP("ApplicationsTableModel", "Experts done"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._given: list[ApplicationRow] = []  # the order the rows came in
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted(self._given)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the column's `SORT_ROLE` value, text as the user's language collates
        it, stable like Qt's; column -1 restores the order the rows came in. The order
        holds when the rows are set again."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted(self._given)
        position = {id(row): n for n, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(position[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self, rows: list[ApplicationRow]) -> list[ApplicationRow]:
        if self._sort_column < 0:
            return list(rows)
        keys: list[Any] = [self._sort_key(row, self._sort_column) for row in rows]
        if any(isinstance(key, str) for key in keys):
            collator = QCollator()  # the default locale, which the language sets
            keys = [collator.sortKey(key) for key in keys]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        order = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
        return [rows[n] for n in order]

    def other_role(self, row: ApplicationRow, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.STATUS and row.reasons:
                return "\n".join(row.reasons)
            if column == self.APPLICANT:
                return row.title
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(colour) if colour else None
        return None

    def cell(self, row: ApplicationRow, column: int) -> str:
        if column == self.APPLICANT:
            return row.applicant
        if column == self.TRACK:
            return label(row.track)
        if column == self.DOMAINS:
            return "、".join(row.pilot_domains)
        if column == self.DISTRICTS:
            return "、".join(row.districts)
        if column == self.SUBMITTED:
            return row.submitted_on.isoformat() if row.submitted_on else ""
        if column == self.STATUS:
            return label(row.status)
        if column == self.MATERIALS:
            return str(len(row.materials))
        if column == self.SCORING:
            if not row.experts_assigned:
                return ""
            return f"{row.experts_done} / {row.experts_assigned}"
        return ""

    def _sort_key(self, row: ApplicationRow, column: int) -> Any:
        if column == self.SUBMITTED:
            return row.submitted_on.isoformat() if row.submitted_on else ""
        if column == self.MATERIALS:
            return len(row.materials)
        if column == self.SCORING:
            return row.experts_done / row.experts_assigned if row.experts_assigned else -1.0
        if column == self.STATUS:
            return list(ApplicationStatus).index(row.status)
        return self.cell(row, column)


class ApplicationsFilterProxy(QSortFilterProxyModel):
    """Filters by free text (applicant, title, domains, districts, status), track, status.

    Sorting is the source model's (`ApplicationsTableModel.sort`, by `SORT_ROLE`, so
    dates and counts sort as values, not as text); the proxy keeps its order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._labels: dict[ApplicationStatus | TrackKind, str] = {}
        self._track: TrackKind | None = None
        self._status: ApplicationStatus | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        assert isinstance(model, ApplicationsTableModel)
        model.sort(column, order)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        # Translated once a search, not twice a row: a row is checked in microseconds.
        self._labels = {value: label(value) for value in (*ApplicationStatus, *TrackKind)}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_track(self, track: TrackKind | None) -> None:
        self.beginFilterChange()
        self._track = track
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: ApplicationStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, ApplicationsTableModel)
        row = model.row_at(source_row)
        if self._track is not None and row.track != self._track:
            return False
        if self._status is not None and row.status != self._status:
            return False
        if not self._words:
            return True
        haystack = " ".join(
            [
                row.applicant,
                row.region,
                row.title,
                *row.pilot_domains,
                *row.districts,
                self._labels[row.status],
                self._labels[row.track],
            ]
        ).casefold()
        return all(word in haystack for word in self._words)
