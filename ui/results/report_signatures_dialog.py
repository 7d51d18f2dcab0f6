"""Entering the panel's answers to the review report from the signed paper.

One row per member; the secretariat selects a member and says what the paper shows:
signed, signed with a different opinion (the reasons typed as written), or neither signed
nor gave reasons (政府采购法实施条例 §41: taken to agree). Each answer is saved as it is
entered (`reviewer.results.report_signatures.record_answer`) and the table is read back
from the campaign, so what the table shows is what was saved.
"""

from __future__ import annotations

from typing import ClassVar

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.results.report_signatures import (
    ReportSignature,
    ReportSigner,
    record_answer,
    report_signers,
)
from reviewer.store.storage import CampaignStore
from ui.widgets.qt import (
    QAbstractItemView,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.row_table_model import RowTableModel

ANSWER_LABELS = {
    ReportSignature.SIGNED: QT_TRANSLATE_NOOP("ReportSignatures", "Signed"),
    ReportSignature.DISSENT: QT_TRANSLATE_NOOP("ReportSignatures", "Signed with a dissent"),
    ReportSignature.NOT_SIGNED: QT_TRANSLATE_NOOP(
        "ReportSignatures", "Neither signed nor gave reasons"
    ),
}


class MembersModel(RowTableModel[ReportSigner]):
    CONTEXT: ClassVar[str] = "ReportSignatures"
    HEADERS: ClassVar[tuple[str, ...]] = (
        QT_TRANSLATE_NOOP("ReportSignatures", "Code"),
        QT_TRANSLATE_NOOP("ReportSignatures", "Name"),
        QT_TRANSLATE_NOOP("ReportSignatures", "Answer"),
        QT_TRANSLATE_NOOP("ReportSignatures", "Reasons"),
        QT_TRANSLATE_NOOP("ReportSignatures", "Entered by"),
    )

    def cell(self, row: ReportSigner, column: int) -> str:
        answer = (
            QCoreApplication.translate("ReportSignatures", "Not entered")
            if row.answer is None
            else QCoreApplication.translate("ReportSignatures", ANSWER_LABELS[row.answer])
        )
        leader = (
            QCoreApplication.translate("ReportSignatures", " (leader)") if row.is_leader else ""
        )
        when = row.recorded_at.astimezone().strftime("%Y-%m-%d %H:%M") if row.recorded_at else ""
        return (
            row.code,
            f"{row.name}{leader}",
            answer,
            row.reasons,
            f"{row.recorded_by} {when}".strip(),
        )[column]


class ReportSignaturesDialog(QDialog):
    """The panel's answers to the review report on the current lock, entered one by one."""

    def __init__(self, store: CampaignStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Review report signatures"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "Every member signs the printed review report. Enter what each member's line "
                "shows: a member who disagrees signs and writes the reasons; one who neither "
                "signs nor gives reasons is recorded as such and taken to agree. The report "
                "printed again shows each answer."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.model = MembersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, answer in (
            (self.tr("Signed"), ReportSignature.SIGNED),
            (self.tr("Signed with a dissent…"), ReportSignature.DISSENT),
            (self.tr("Neither signed nor gave reasons"), ReportSignature.NOT_SIGNED),
            (self.tr("Take the entry back"), None),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, a=answer: self.enter(a))
            buttons.addWidget(button)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(report_signers(self.store))

    def selected(self) -> ReportSigner | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def enter(self, answer: ReportSignature | None) -> None:
        member = self.selected()
        if member is None:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Select the member whose answer to enter.")
            )
            return
        reasons = ""
        if answer is ReportSignature.DISSENT:
            text, accepted = QInputDialog.getMultiLineText(
                self,
                self.tr("Signed with a dissent"),
                self.tr("The different opinion and its reasons, as {name} wrote them:").format(
                    name=member.name
                ),
                member.reasons,
            )
            if not accepted:
                return
            reasons = text
        try:
            record_answer(self.store, member.code, answer, reasons)
        except ReviewerError as error:
            QMessageBox.warning(self, self.tr("Cannot enter the answer"), error.message())
        row = self.table.selectionModel().selectedRows()[0].row()
        self.reload()
        self.table.selectRow(row)
