"""The applications table: a model over `ApplicationRow`s and the proxy that filters it."""

from __future__ import annotations

from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.intake.applications import ApplicationRow
from reviewer.labels import label
from reviewer.vocabulary import ApplicationStatus, TrackKind
from ui.widgets.qt import (
    QAbstractItemModel,
    QBrush,
    QCollator,
    QColor,
    QLocale,
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
        # Computed once per rows and language (labels translate, text collates by it):
        # each column's sort keys in the given order, and each row's search text by id.
        self._keys: dict[int, list[Any]] = {}
        self._haystacks: dict[int, str] | None = None
        self._language = ""
        self.generation = 0  # changes whenever the rows do, for the proxy's matches

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._keys, self._haystacks = {}, None
        self.generation += 1
        self._rows = self._sorted()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the column's `SORT_ROLE` value, text as the user's language collates
        it, stable like Qt's; column -1 restores the order the rows came in. The order
        holds when the rows are set again."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._rows = self._sorted()
        position = {id(row): n for n, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [self.index(position[id(before[i.row()])], i.column()) for i in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _sorted(self) -> list[ApplicationRow]:
        rows = self._given
        if self._sort_column < 0:
            return list(rows)
        keys = self._column_keys(self._sort_column)
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        order = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
        return [rows[n] for n in order]

    def _same_language(self) -> None:
        """Forget keys and search texts made in another language."""
        language = QLocale().name()
        if language != self._language:
            self._language, self._keys, self._haystacks = language, {}, None

    def _column_keys(self, column: int) -> list[Any]:
        """The column's sort keys, in the given order: computed on its first sort, not
        per comparison (a proxy would ask for two values a comparison)."""
        self._same_language()
        keys = self._keys.get(column)
        if keys is None:
            keys = [self._sort_key(row, column) for row in self._given]
            if any(isinstance(key, str) for key in keys):
                collator = QCollator()  # the default locale, which the language sets
                keys = [collator.sortKey(key) for key in keys]
            self._keys[column] = keys
        return keys

    def haystacks(self) -> dict[int, str]:
        """Each row's search text by the row's id: applicant, region, title, domains,
        districts, status and track, casefolded; made once per rows and language."""
        self._same_language()
        if self._haystacks is None:
            labels = {value: label(value) for value in (*ApplicationStatus, *TrackKind)}
            self._haystacks = {
                id(row): " ".join(
                    [
                        row.applicant,
                        row.region,
                        row.title,
                        *row.pilot_domains,
                        *row.districts,
                        labels[row.status],
                        labels[row.track],
                    ]
                ).casefold()
                for row in self._given
            }
        return self._haystacks

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
        self._model: ApplicationsTableModel | None = None
        self._words: list[str] = []
        self._matches: set[int] = set()  # ids of the rows holding every word
        self._matched = -1  # the model's generation the matches are of
        self._track: TrackKind | None = None
        self._status: ApplicationStatus | None = None
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        self._model = model if isinstance(model, ApplicationsTableModel) else None
        self._matched = -1
        super().setSourceModel(model)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        assert self._model is not None
        self._model.sort(column, order)

    def set_search_text(self, text: str) -> None:
        """Show the rows holding every word, in any order. A keystroke that only
        lengthens the search looks among the rows it showed, not all of them."""
        words = text.casefold().split()
        narrower = bool(self._words) and all(any(o in w for w in words) for o in self._words)
        self.beginFilterChange()
        self._words = words
        if words and self._model is not None:
            self._match(among=self._matches if narrower else None)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _match(self, among: set[int] | None) -> None:
        assert self._model is not None
        if self._matched != self._model.generation:
            among = None  # other rows than those matched before
        haystacks = self._model.haystacks()
        candidates = haystacks if among is None else among
        words = self._words
        self._matches = {key for key in candidates if all(w in haystacks[key] for w in words)}
        self._matched = self._model.generation

    def set_track(self, track: TrackKind | None) -> None:
        self.beginFilterChange()
        self._track = track
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status(self, status: ApplicationStatus | None) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        if not self._words and self._track is None and self._status is None:
            return True  # called for every row after each sort: the common case, first
        model = self._model
        assert model is not None
        row = model.row_at(source_row)
        if self._track is not None and row.track != self._track:
            return False
        if self._status is not None and row.status != self._status:
            return False
        if not self._words:
            return True
        if self._matched != model.generation:
            self._match(among=None)  # the rows were set again under the same search
        return id(row) in self._matches
