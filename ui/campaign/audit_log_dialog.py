"""Reading the audit log in the app: filter by action or any text, see a change in full,
export what is kept to Excel. Nothing here edits the log: it is a record."""

from __future__ import annotations

import html
import json
from collections.abc import Callable

from reviewer.store.audit_export import AuditRow
from reviewer.store.audit_words import AuditNames, describe
from ui.campaign.audit_log_model import AuditFilter, AuditLogModel, action_label
from ui.widgets.qt import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
from ui.widgets.row_table_model import ROW_ROLE


class AuditLogDialog(QDialog):
    """Shows the rows given; `export` saves the whole log (the window asks where)."""

    def __init__(
        self,
        rows: list[AuditRow],
        export: Callable[[], None],
        parent: QWidget | None = None,
        names: AuditNames | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 640)
        self.names = names or AuditNames()
        self.model = AuditLogModel(self)
        self.model.names = self.names
        self.model.set_rows(rows)
        self.proxy = AuditFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Find: a name, a file, an expert number…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.on_search_text_changed)
        self.action = QComboBox()
        self.action.addItem(self.tr("Every action"), None)
        for action in sorted({row.action for row in rows}, key=action_label):
            self.action.addItem(action_label(action), action)
        self.action.currentIndexChanged.connect(self.on_action_current_index_changed)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.action, 1)
        filters.addWidget(self.count)

        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(AuditLogModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditLogModel.CHANGE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.details = QTextBrowser()
        self.details.setObjectName("auditDetails")
        self.raw = QCheckBox(self.tr("Show the raw record"))
        self.raw.setObjectName("auditRaw")
        self.raw.toggled.connect(self.on_raw_toggled)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details, 1)
        details_layout.addWidget(self.raw)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._update_count()
        self._show_details()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("{shown} of {total} events").format(
                shown=self.proxy.rowCount(), total=self.model.rowCount()
            )
        )

    def _show_details(self) -> None:
        indexes = self.table.selectionModel().selectedRows()
        row = indexes[0].data(ROW_ROLE) if indexes else None
        if not isinstance(row, AuditRow):
            self.details.setPlainText(self.tr("Select an event to see it in full."))
            return
        esc = html.escape

        def block(title: str, value: object) -> str:
            if value is None:
                return ""
            text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True)
            return f"<h4>{esc(title)}</h4><pre>{esc(text)}</pre>"

        why = esc(self.tr("Why:"))
        raw = self.raw.isChecked()  # the record as stored, one click away
        self.details.setHtml(
            f"<p><b>{esc(action_label(row.action))}</b> · {esc(row.actor)} · "
            f"{row.at.astimezone():%Y-%m-%d %H:%M:%S}</p>"
            + f"<p>{esc(describe(row, self.names))}</p>"
            + (f"<p>{why} {esc(row.reason)}</p>" if row.reason else "")
            + (block(self.tr("Before"), row.old) if raw else "")
            + (block(self.tr("After"), row.new) if raw else "")
            + (
                f"<p><tt>{esc(row.action)} · {esc(row.entity)} {esc(row.entity_id)}</tt></p>"
                if raw
                else ""
            )
        )

    def on_raw_toggled(self, _checked: bool) -> None:
        self._show_details()

    def on_search_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def on_action_current_index_changed(self, _index: int) -> None:
        self.proxy.set_action(self.action.currentData())
        self._update_count()

    def on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self._show_details()
