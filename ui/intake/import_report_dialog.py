"""The intake report: what happened to each package and what to do about it."""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP, labelled
from reviewer.intake.importing import Outcome, PackageReport
from reviewer.labels import label
from ui.widgets.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.row_table_model import ROW_ROLE, RowTableModel

OUTCOME_TEXT = {
    Outcome.IMPORTED: QT_TRANSLATE_NOOP("ImportReport", "Imported"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("ImportReport", "Already imported, unchanged"),
    Outcome.REPLACED: QT_TRANSLATE_NOOP("ImportReport", "Replaced the earlier package"),
    Outcome.NEEDS_CONFIRMATION: QT_TRANSLATE_NOOP(
        "ImportReport", "Held back: differs from the earlier package"
    ),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("ImportReport", "Rejected"),
}
OUTCOME_COLOURS = {
    Outcome.REJECTED: QColor("#b91c1c"),
    Outcome.NEEDS_CONFIRMATION: QColor("#b45309"),
    Outcome.IMPORTED: QColor("#15803d"),
    Outcome.REPLACED: QColor("#15803d"),
}


def outcome_text(outcome: Outcome) -> str:
    return QCoreApplication.translate("ImportReport", OUTCOME_TEXT[outcome])


class ImportReportModel(RowTableModel[PackageReport]):
    PACKAGE, APPLICANT, TRACK, OUTCOME, STATUS, NOTES = range(6)
    CONTEXT = "ImportReportModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportReportModel", "Package"),
        QT_TRANSLATE_NOOP("ImportReportModel", "Applicant"),
        QT_TRANSLATE_NOOP("ImportReportModel", "Track"),
        QT_TRANSLATE_NOOP("ImportReportModel", "Result"),
        QT_TRANSLATE_NOOP("ImportReportModel", "Status"),
        QT_TRANSLATE_NOOP("ImportReportModel", "What to do"),
    )

    def cell(self, row: PackageReport, column: int) -> str:
        if column == self.PACKAGE:
            return row.label
        if column == self.APPLICANT:
            return row.applicant or ""
        if column == self.TRACK:
            return label(row.track) if row.track else ""
        if column == self.OUTCOME:
            return outcome_text(row.outcome)
        if column == self.STATUS:
            return label(row.status) if row.status else ""
        if column == self.NOTES:
            notes = row.notes
            if len(notes) > 1:
                return QCoreApplication.translate("ImportReportModel", "{note} (+{more})").format(
                    note=notes[0], more=len(notes) - 1
                )
            return notes[0] if notes else ""
        return ""

    def other_role(self, row: PackageReport, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OUTCOME:
            colour = OUTCOME_COLOURS.get(row.outcome)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTES:
            return "\n".join(row.notes) or None
        return None


class ImportReportDialog(QDialog):
    """Lists every package of an import; selecting one shows all it found and lacked."""

    def __init__(self, reports: list[PackageReport], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import report"))
        self.resize(1000, 600)
        counts = Counter(report.outcome for report in reports)
        summary = "　".join(
            labelled(outcome_text(outcome), counts[outcome])
            for outcome in Outcome
            if counts[outcome]
        )
        self.summary = QLabel(summary or self.tr("No package was found."))
        self.model = ImportReportModel(self)
        self.model.set_rows(reports)
        self.table = QTableView()
        self.table.setObjectName("importReport")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        self.details = QTextBrowser()
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        if reports:
            self.table.selectRow(0)

    def on_table_current_row_changed(self, current: Any, _previous: Any) -> None:
        report: PackageReport | None = current.data(ROW_ROLE) if current.isValid() else None
        if report is None:
            self.details.clear()
            return
        lines = [f"<h3>{html.escape(report.label)}</h3><p>{html.escape(report.source)}</p>"]
        sections = [
            (self.tr("What to do:"), report.notes),
            (self.tr("Files found:"), [labelled(label(f.kind), f.name) for f in report.files]),
            (self.tr("Passed over:"), list(report.skipped)),
        ]
        for heading, items in sections:
            if items:
                listed = "".join(f"<li>{html.escape(item)}</li>" for item in items)
                lines.append(f"<p><b>{html.escape(heading)}</b></p><ul>{listed}</ul>")
        self.details.setHtml("".join(lines))
