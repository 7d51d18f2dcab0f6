"""The applications table with its search box, filters and a detail pane."""

from __future__ import annotations

import html

from reviewer.intake.applications import ApplicationRow
from reviewer.labels import label, money_in_wan
from reviewer.vocabulary import ApplicationStatus, MaterialKind, TrackKind
from ui.intake.applications_model import ROW_ROLE, ApplicationsFilterProxy, ApplicationsTableModel
from ui.widgets.qt import (
    QAbstractItemView,
    QAction,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ApplicationsView(QWidget):
    """Applications of the campaign. The table is sorted and filtered through a proxy.

    Signals: material_requested(material id) when a file link is clicked,
    status_requested(ApplicationRow) when the user asks to set a status,
    gates_requested() when the user asks for the campaign's eligibility conditions.
    """

    material_requested = Signal(int)
    status_requested = Signal(object)
    gates_requested = Signal()

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
        self.details.anchorClicked.connect(self.on_details_anchor_clicked)
        self.set_status_action = QAction(self.tr("Set &Status…"), self)
        self.set_status_action.triggered.connect(self.on_set_status_triggered)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addAction(self.set_status_action)
        self.table.doubleClicked.connect(self.on_table_double_clicked)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.track_filter, 1)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.count)
        self.gates_button = QPushButton(self.tr("Eligibility Conditions…"))
        self.gates_button.setObjectName("gatesButton")
        self.gates_button.clicked.connect(self.gates_requested)
        filters.addWidget(self.gates_button)
        # Master and detail side by side: the checklist and file list need height.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 420])
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

    def selected_row(self) -> ApplicationRow | None:
        index = self.table.currentIndex()
        row: ApplicationRow | None = self.proxy.data(index, ROW_ROLE) if index.isValid() else None
        return row

    def on_set_status_triggered(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.status_requested.emit(row)

    def on_table_double_clicked(self, _index: object) -> None:
        """Double-click opens the implementation plan, what a reader wants first."""
        row = self.selected_row()
        plans = [m for m in row.materials if m.kind is MaterialKind.PLAN] if row else []
        if plans:
            self.material_requested.emit(plans[0].id)

    def on_details_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "material":
            self.material_requested.emit(int(url.path()))

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
            facts.append((self.tr("Budget:"), money_in_wan(row.budget_wan)))
        rows = "".join(
            f"<tr><td><b>{esc(name)}</b></td><td>{esc(value)}</td></tr>"
            for name, value in facts
            if value
        )
        parts = [f"<h3>{esc(row.title)}</h3><table cellpadding='2'>{rows}</table>"]
        problems, checks, materials = (
            self.tr("Problems:"),
            self.tr("Checklist:"),
            self.tr("Materials:"),
        )
        if row.reasons:
            listed = "".join(f"<li>{esc(reason)}</li>" for reason in row.reasons)
            parts.append(f"<p><b>{esc(problems)}</b></p><ul>{listed}</ul>")
        if row.checklist:
            lines = "".join(
                f"<tr><td style='color:{'#15803d' if line.passed else '#b91c1c'}'>"
                f"{'✔' if line.passed else '✘'}</td><td>{esc(line.text)}</td></tr>"
                for line in row.checklist
            )
            parts.append(f"<p><b>{esc(checks)}</b></p><table>{lines}</table>")
        if row.materials:
            material = self.tr("{kind}: {file} ({size})")  # zh: full-width ：（）
            listed = "".join(
                "<li>"
                + material.format(
                    kind=esc(label(m.kind)),
                    file=f"<a href='material:{m.id}'>{esc(m.file_name)}</a>",
                    size=_size(m.size),
                )
                + "</li>"
                for m in row.materials
            )
            parts.append(f"<p><b>{esc(materials)}</b></p><ul>{listed}</ul>")
        return "".join(parts)


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
