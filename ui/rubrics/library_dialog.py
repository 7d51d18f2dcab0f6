"""Rubrics ▸ Library…: the templates a track's rubric can start from, with their sources.

The list shows each template's title, source, date, the reviews it suits and its tracks,
and the selected one's notes (what is sourced, what the secretariat must complete). Using
a template hands its rubric, made the chosen track's, to the same path as the editor and
the Excel import (`RubricActions.save_rubric`), which asks about existing scores and
refuses while the results are locked.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from reviewer.labels import label
from reviewer.rubrics.library import Template
from reviewer.vocabulary import TrackKind
from ui.widgets.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QItemSelection,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStandardItem,
    QStandardItemModel,
    Qt,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

TEMPLATE_ROLE = Qt.ItemDataRole.UserRole


class RubricLibraryDialog(QDialog):
    """The rubric library. `use(definition)` makes a definition its track's rubric and says
    whether it did; the dialog closes once a template is used. No signals."""

    def __init__(
        self,
        templates: list[Template],
        use: Callable[[dict[str, Any]], bool] | None,
        folder_note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rubric Library"))
        self.templates = templates
        self._use = use
        self.model = QStandardItemModel(self)
        headers = [self.tr("Template"), self.tr("Source"), self.tr("Date"), self.tr("Review")]
        self.model.setHorizontalHeaderLabels([*headers, self.tr("Tracks")])
        for template in templates:
            self.model.appendRow(self._row(template))
        self.table = QTreeView()
        self.table.setObjectName("libraryTemplates")
        self.table.setModel(self.model)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.header()
        for column, width in enumerate((260, 330, 80, 110)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.notes = QTextBrowser()
        self.notes.setObjectName("libraryNotes")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.notes)
        layout = QVBoxLayout(self)
        if folder_note:
            folder = QLabel(folder_note)
            folder.setObjectName("libraryFolder")
            folder.setWordWrap(True)
            layout.addWidget(folder)
        layout.addWidget(splitter, 1)
        layout.addLayout(self._use_row())
        self.resize(1100, 640)
        if templates:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _row(self, template: Template) -> list[QStandardItem]:
        tracks = "、".join(label(track) for track in template.tracks)
        title = template.title
        if not template.usable:
            title = self.tr("{title} (cannot be used)").format(title=template.title)
        values = [
            title,
            template.source,
            template.date,
            "、".join(template.kind_names()),
            tracks,
        ]
        items = [QStandardItem(value) for value in values]
        for item, value in zip(items, values, strict=True):
            item.setToolTip(value)
        items[0].setData(template, TEMPLATE_ROLE)
        return items

    def _use_row(self) -> QHBoxLayout:
        self.track = QComboBox()
        self.track.setObjectName("libraryTrack")
        for kind in TrackKind:
            self.track.addItem(label(kind), kind)
        self.use_button = QPushButton(self.tr("Use for This Track…"))
        self.use_button.setObjectName("useTemplate")
        self.use_button.clicked.connect(self.on_use_button_clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Track:")))
        row.addWidget(self.track)
        row.addWidget(self.use_button)
        row.addStretch(1)
        row.addWidget(buttons)
        return row

    def current(self) -> Template | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        template = self.model.index(index.row(), 0).data(TEMPLATE_ROLE)
        return template if isinstance(template, Template) else None

    def on_table_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        template = self.current()
        if template is None:
            self.notes.clear()
            self.use_button.setEnabled(False)
            return
        if template.tracks:
            self.track.setCurrentIndex(self.track.findData(template.tracks[0]))
        self.use_button.setEnabled(template.usable and self._use is not None)
        self.notes.setHtml(self._notes_html(template))

    def _notes_html(self, template: Template) -> str:
        parts = [f"<h3>{html.escape(template.title)}</h3>"]
        source = self.tr("Source:")
        parts.append(f"<p><b>{html.escape(source)}</b> {html.escape(template.source)}</p>")
        parts.append(f"<p>{html.escape(template.notes)}</p>")
        if template.definition is not None:
            points = self.tr("{conditions} conditions, {criteria} criteria, {total} points")
            conditions = template.definition["conditions"]
            criteria = sum(len(c["criteria"]) for c in conditions)
            shown = points.format(
                conditions=len(conditions),
                criteria=criteria,
                total=template.definition["total_points"],
            )
            parts.append(f"<p>{html.escape(shown)}</p>")
        for problem in template.problems:
            parts.append(f"<p style='color:#a00'>{html.escape(problem)}</p>")
        return "".join(parts)

    def on_use_button_clicked(self) -> None:
        template = self.current()
        if template is None or self._use is None or not template.usable:
            return
        track = TrackKind(self.track.currentData())
        answer = QMessageBox.question(
            self,
            self.tr("Use the template"),
            self.tr(
                "Make “{title}” the rubric of the {track} track? It becomes the track's new "
                "rubric version, which you can then edit as any rubric."
            ).format(title=template.title, track=label(track)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self._use(template.for_track(track)):
            self.accept()
