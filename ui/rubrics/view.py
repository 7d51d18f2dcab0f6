"""The rubric of each track: conditions and criteria, with each criterion's bands."""

from __future__ import annotations

import html

from reviewer.labels import label
from reviewer.rubrics.catalog import CriterionView, RubricView
from reviewer.rubrics.checks import points_text
from ui.widgets.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QLabel,
    QPushButton,
    QSplitter,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)

CRITERION_ROLE = Qt.ItemDataRole.UserRole


class RubricPanel(QWidget):
    """Shows one track's rubric at a time; a criterion's bands appear when it is selected.

    Signals: edit_requested(RubricView), export_requested(RubricView), import_requested(),
    library_requested(TrackKind | None): the rubric library, for the track shown.
    """

    edit_requested = Signal(object)
    export_requested = Signal(object)
    import_requested = Signal()
    library_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rubrics: list[RubricView] = []
        self.track = QComboBox()
        self.track.setObjectName("rubricTrack")
        self.track.currentIndexChanged.connect(self.on_track_current_index_changed)
        self.summary = QLabel()
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("rubricTree")
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().selectionChanged.connect(self.on_tree_selection_changed)
        self.bands = QTextBrowser()
        self.bands.setObjectName("rubricBands")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Track:")))
        top.addWidget(self.track)
        top.addWidget(self.summary, 1)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editRubric")
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.on_export_button_clicked)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.clicked.connect(self.import_requested)
        self.library_button = QPushButton(self.tr("Library…"))
        self.library_button.setObjectName("rubricLibrary")
        self.library_button.clicked.connect(self.on_library_button_clicked)
        top.addWidget(self.edit_button)
        top.addWidget(self.export_button)
        top.addWidget(self.import_button)
        top.addWidget(self.library_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.bands)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def set_rubrics(self, rubrics: list[RubricView]) -> None:
        self._rubrics = rubrics
        current = self.track.currentIndex()
        self.track.blockSignals(True)
        self.track.clear()
        for rubric in rubrics:
            self.track.addItem(rubric.track_name, rubric.track)
        self.track.blockSignals(False)
        self.track.setCurrentIndex(min(max(current, 0), len(rubrics) - 1))
        self._show(self.track.currentIndex())

    def set_editable(self, editable: bool) -> None:
        """A campaign open read-only shows its rubrics but offers no way to change them."""
        self.edit_button.setEnabled(editable)
        self.import_button.setEnabled(editable)

    def current(self) -> RubricView | None:
        index = self.track.currentIndex()
        return self._rubrics[index] if 0 <= index < len(self._rubrics) else None

    def on_edit_button_clicked(self) -> None:
        view = self.current()
        if view is not None:
            self.edit_requested.emit(view)

    def on_export_button_clicked(self) -> None:
        view = self.current()
        if view is not None:
            self.export_requested.emit(view)

    def on_library_button_clicked(self) -> None:
        view = self.current()
        self.library_requested.emit(view.track if view is not None else None)

    def on_track_current_index_changed(self, index: int) -> None:
        self._show(index)

    def _show(self, index: int) -> None:
        self.model.clear()
        self.bands.clear()
        self.model.setHorizontalHeaderLabels(
            [self.tr("Condition / criterion"), self.tr("Points"), self.tr("Step"), self.tr("Veto")]
        )
        if not 0 <= index < len(self._rubrics):
            self.summary.clear()
            return
        rubric = self._rubrics[index]
        state = self.tr("locked") if rubric.locked else self.tr("editable")
        self.summary.setText(
            self.tr("{title} — version {version}, {total} points, {state}").format(
                title=rubric.title,
                version=rubric.version,
                total=points_text(rubric.total_points),
                state=state,
            )
        )
        root = self.model.invisibleRootItem()
        for condition in rubric.conditions:
            parent = QStandardItem(f"{condition.code}　{condition.name}")
            parent.setToolTip(condition.description)
            bold = parent.font()
            bold.setBold(True)
            parent.setFont(bold)
            row = [
                parent,
                QStandardItem(points_text(condition.max_points)),
                QStandardItem(""),
                QStandardItem(""),
            ]
            for criterion in condition.criteria:
                item = QStandardItem(f"{criterion.code}　{criterion.name}")
                item.setToolTip(criterion.description)
                item.setData(criterion, CRITERION_ROLE)
                veto = QStandardItem(self.tr("Yes") if criterion.is_veto else "")
                parent.appendRow(
                    [
                        item,
                        QStandardItem(points_text(criterion.max_points)),
                        QStandardItem(points_text(criterion.step)),
                        veto,
                    ]
                )
            root.appendRow(row)
        if rubric.gates:
            gates = QStandardItem(self.tr("Gate checks (pass/fail before scoring)"))
            for gate in rubric.gates:
                item = QStandardItem(f"{gate.code}　{gate.name}")
                item.setToolTip(gate.description)
                gates.appendRow([item, QStandardItem(""), QStandardItem(""), QStandardItem("")])
            root.appendRow([gates, QStandardItem(""), QStandardItem(""), QStandardItem("")])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def on_tree_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        criterion = indexes[0].siblingAtColumn(0).data(CRITERION_ROLE) if indexes else None
        if isinstance(criterion, CriterionView):
            self.bands.setHtml(self._bands_html(criterion))
        else:
            self.bands.clear()

    def _bands_html(self, criterion: CriterionView) -> str:
        esc = html.escape
        rows = "".join(
            f"<tr><td><b>{esc(label(band.level))}</b></td>"
            f"<td>{points_text(band.min_points)}–{points_text(band.max_points)}</td>"
            f"<td>{esc(band.descriptor)}</td></tr>"
            for band in criterion.bands
        )
        warning = self.tr("Veto criterion: a score of 0 is a veto vote.")
        veto = f"<p><b>{esc(warning)}</b></p>" if criterion.is_veto else ""
        scale = self.tr("Maximum {max} points, in steps of {step}.").format(
            max=points_text(criterion.max_points), step=points_text(criterion.step)
        )
        return (
            f"<h3>{esc(criterion.code)}　{esc(criterion.name)}</h3>"
            f"<p>{esc(criterion.description)}</p>{veto}"
            f"<p>{esc(scale)}</p>"
            f"<table cellpadding='4' border='0'>{rows}</table>"
        )
