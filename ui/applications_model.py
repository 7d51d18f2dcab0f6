"""The applications table: a model over `ApplicationRow`s and the proxy that filters it."""

from __future__ import annotations

from typing import Any

from reviewer.applications import ApplicationRow
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.labels import label
from reviewer.vocabulary import ApplicationStatus, TrackKind
from ui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

# Not named `translate`, so lupdate does not take the header variable for a source text.
_translate = QCoreApplication.translate
ModelIndex = QModelIndex | QPersistentModelIndex

# Returns the row's `ApplicationRow`.
ROW_ROLE = Qt.ItemDataRole.UserRole
# Returns the value the column sorts by (numbers for numbers, dates for dates).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_COLOURS = {
    ApplicationStatus.LATE: QColor("#b45309"),
    ApplicationStatus.INCOMPLETE: QColor("#b45309"),
    ApplicationStatus.INELIGIBLE: QColor("#b91c1c"),
    ApplicationStatus.COMPLETE: QColor("#15803d"),
}


class ApplicationsTableModel(QAbstractTableModel):
    """One row per application; `ROW_ROLE` gives the row object."""

    APPLICANT, TRACK, DOMAINS, DISTRICTS, SUBMITTED, STATUS, MATERIALS, SCORING = range(8)
    _HEADERS = (
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
        self._rows: list[ApplicationRow] = []

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _translate("ApplicationsTableModel", self._HEADERS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
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

    def _display(self, row: ApplicationRow, column: int) -> str:
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
        return self._display(row, column)


class ApplicationsFilterProxy(QSortFilterProxyModel):
    """Filters by free text (applicant, title, domains, districts, status), track, status.

    Sorting uses `SORT_ROLE`, so dates and counts sort as values, not as text.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._track: TrackKind | None = None
        self._status: ApplicationStatus | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_search_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
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
        if not self._text:
            return True
        haystack = " ".join(
            [
                row.applicant,
                row.region,
                row.title,
                *row.pilot_domains,
                *row.districts,
                label(row.status),
                label(row.track),
            ]
        ).casefold()
        return all(word in haystack for word in self._text.split())
