"""The applications table with its search box, filters and a detail pane."""

from __future__ import annotations

import html

from reviewer.applications import ApplicationRow
from reviewer.labels import label
from reviewer.vocabulary import ApplicationStatus, TrackKind
from ui.applications_model import ROW_ROLE, ApplicationsFilterProxy, ApplicationsTableModel
from ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QLabel,
    QLineEdit,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)


class ApplicationsView(QWidget):
    """Applications of the campaign. The table is sorted and filtered through a proxy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ApplicationsTableModel(self)
        self.proxy = ApplicationsFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setObjectName("applicationsSearch")
        self.search.setPlaceholderText(self.tr("Search applicant, domain, district, status…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search_text)

        self.track_filter = QComboBox()
        self.track_filter.addItem(self.tr("All tracks"), None)
        for track in TrackKind:
            self.track_filter.addItem(label(track), track)
        self.track_filter.currentIndexChanged.connect(self.on_track_filter_changed)

        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ApplicationStatus:
            self.status_filter.addItem(label(status), status)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)

        self.count = QLabel()
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)

        self.table = QTableView()
        self.table.setObjectName("applicationsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)

        self.details = QTextBrowser()
        self.details.setObjectName("applicationDetails")
        self.details.setOpenLinks(False)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.track_filter, 1)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.count)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.details.clear()
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total}").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def on_track_filter_changed(self, _index: int) -> None:
        self.proxy.set_track(self.track_filter.currentData())

    def on_status_filter_changed(self, _index: int) -> None:
        self.proxy.set_status(self.status_filter.currentData())

    def on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            self.details.clear()
            return
        row: ApplicationRow = self.proxy.data(indexes[0], ROW_ROLE)
        self.details.setHtml(self._details_html(row))

    def _details_html(self, row: ApplicationRow) -> str:
        esc = html.escape
        facts = [
            (self.tr("Applicant:"), row.applicant),
            (self.tr("Track:"), label(row.track)),
            (self.tr("Status:"), label(row.status)),
            (self.tr("Pilot domains:"), "、".join(row.pilot_domains)),
            (self.tr("Districts/counties:"), "、".join(row.districts)),
        ]
        if row.budget_wan is not None:
            budget = self.tr("{amount} ten-thousand yuan").format(amount=row.budget_wan)
            facts.append((self.tr("Budget:"), budget))
        rows = "".join(
            f"<tr><td><b>{esc(name)}</b></td><td>{esc(value)}</td></tr>"
            for name, value in facts
            if value
        )
        parts = [f"<h3>{esc(row.title)}</h3><table cellpadding='2'>{rows}</table>"]
        for heading, items in (
            (self.tr("Problems:"), row.reasons),
            (self.tr("Materials:"), [label(kind) for kind in row.materials]),
        ):
            if items:
                listed = "".join(f"<li>{esc(item)}</li>" for item in items)
                parts.append(f"<p><b>{esc(heading)}</b></p><ul>{listed}</ul>")
        return "".join(parts)
