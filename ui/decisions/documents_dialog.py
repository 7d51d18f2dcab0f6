"""Writing the review's documents from the locked results, then opening and printing them.

The dialog asks where to write and the few things an official may set on the notice
(document number, date, addressees, the 版记's 抄送; each left empty takes the default),
and once the documents are written lists them: a PDF opens in Reviewer's viewer, where it can be
previewed and printed, a workbook in the system's spreadsheet program, a Word copy of a
letter in the system's word processor. The user chooses PDF, Word or both: the Word
copies are for finishing a letter in an office suite, the PDFs for printing as made.
The written documents are listed by kind under a heading each (`DOCUMENT_GROUPS`), the
notice that publishes the pilot list first, not in the order they were written.
It also says which role of the documents' fonts had no installed face and was set in the
shipped one.

Signals: write_requested(), open_requested(Path).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reviewer.documents.official import DocumentOptions
from reviewer.documents.report import Report, WrittenDocument
from reviewer.i18n import QT_TRANSLATE_NOOP
from ui.widgets.qt import (
    QCheckBox,
    QComboBox,
    QDate,
    QDateEdit,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFont,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
)

PATH_ROLE = Qt.ItemDataRole.UserRole
# The kinds of `reviewer.documents.report.WrittenDocument` under one heading each, in the
# order an official looks for them: the notice that publishes the pilot list (试点名单的
# 通知) first, then the letters that follow from it, the panel's record, the tables, and
# the Word copies of the letters last. A kind not named here goes under "Other".
DOCUMENT_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Notice of the pilot list"), ("pilot_list",)),
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Approval letters"), ("approval",)),
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Public notice"), ("public_notice",)),
    # An acceptance or mid-term review writes these instead of the three above.
    (
        QT_TRANSLATE_NOOP("DocumentsDialog", "Notice of the review's results"),
        ("acceptance_notice",),
    ),
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Opinions per pilot"), ("acceptance_opinion",)),
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Rectification notices"), ("rectification",)),
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Review report"), ("review_report",)),
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Panel's findings"), ("opinions",)),
    (QT_TRANSLATE_NOOP("DocumentsDialog", "Expert score sheets"), ("expert_sheet",)),
    (
        QT_TRANSLATE_NOOP("DocumentsDialog", "Score tables"),
        ("score_summary", "score_summary_xlsx", "ranking_xlsx"),
    ),
    (
        QT_TRANSLATE_NOOP("DocumentsDialog", "Word copies"),
        (
            "pilot_list_docx",
            "approval_docx",
            "public_notice_docx",
            "review_report_docx",
            "opinions_docx",
            "acceptance_notice_docx",
            "acceptance_opinion_docx",
            "rectification_docx",
        ),
    ),
)
OTHER = QT_TRANSLATE_NOOP("DocumentsDialog", "Other")


def grouped(documents: tuple[WrittenDocument, ...]) -> list[tuple[str, list[WrittenDocument]]]:
    """The documents under their headings (untranslated), empty groups left out; within a
    group by kind as `DOCUMENT_GROUPS` orders them, then by file name (批复-01 before
    批复-02, 专家评分表-E01 before -E02), so the list reads the same every time."""
    rank = {
        kind: (g, k)
        for g, (_t, kinds) in enumerate(DOCUMENT_GROUPS)
        for k, kind in enumerate(kinds)
    }
    other = (len(DOCUMENT_GROUPS), 0)
    ordered = sorted(documents, key=lambda d: (rank.get(d.kind, other), d.name))
    titles = [title for title, _kinds in DOCUMENT_GROUPS] + [OTHER]
    groups: dict[str, list[WrittenDocument]] = {}
    for document in ordered:
        groups.setdefault(titles[rank.get(document.kind, other)[0]], []).append(document)
    return list(groups.items())


class DocumentsDialog(QDialog):
    write_requested = Signal()
    open_requested = Signal(Path)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Documents"))
        self.setMinimumSize(640, 560)
        intro, form = self._build_form(folder)
        buttons = self._build_results()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.write_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(QLabel(self.tr("Written:")))
        layout.addWidget(self.written, 1)
        layout.addWidget(self.skipped)
        layout.addWidget(self.fonts_note)
        layout.addWidget(buttons)

    def _build_form(self, folder: Path) -> tuple[QLabel, QFormLayout]:
        """The introduction and what an official may set: folder, format, number, date,
        addressees; the write button below them."""
        intro = QLabel(
            self.tr(
                "Every document is made from the locked results and carries their "
                "fingerprint. Leave a field empty for its default."
            )
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(str(folder))
        self.folder.setObjectName("documentsFolder")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("the call's series, serial left blank"))
        self.other_date = QCheckBox(self.tr("Another date:"))
        self.issued_on = QDateEdit(QDate.currentDate())
        self.issued_on.setCalendarPopup(True)
        self.issued_on.setDisplayFormat("yyyy-MM-dd")
        self.issued_on.setEnabled(False)
        self.other_date.toggled.connect(self.issued_on.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(QLabel(self.tr("the day the results were locked, or")))
        date_row.addWidget(self.other_date)
        date_row.addWidget(self.issued_on)
        date_row.addStretch(1)
        self.addressees = QLineEdit()
        self.addressees.setPlaceholderText(self.tr("those of the call, per track"))
        self.copy_to = QLineEdit()
        self.copy_to.setObjectName("documentsCopyTo")
        self.copy_to.setPlaceholderText(self.tr("none: the imprint then names no copies"))
        self.other_deadline = QCheckBox(self.tr("Rectify by:"))
        self.other_deadline.setObjectName("documentsRectifyBy")
        self.other_deadline.setToolTip(
            self.tr(
                "An acceptance or mid-term review's rectification deadline, printed on its "
                "notices; unchecked: the re-acceptance round's, else left blank"
            )
        )
        self.rectify_by = QDateEdit(QDate.currentDate())
        self.rectify_by.setCalendarPopup(True)
        self.rectify_by.setDisplayFormat("yyyy-MM-dd")
        self.rectify_by.setEnabled(False)
        self.other_deadline.toggled.connect(self.rectify_by.setEnabled)
        self.format = QComboBox()
        self.format.setObjectName("documentsFormat")
        for label, formats in (
            (self.tr("PDF and Word"), ("pdf", "docx")),
            (self.tr("PDF only"), ("pdf",)),
            (self.tr("Word only (the letters; the tables in Excel)"), ("docx",)),
        ):
            self.format.addItem(label, formats)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("Document number:"), self.number)
        form.addRow(self.tr("Date:"), date_row)
        form.addRow(self.tr("Addressees:"), self.addressees)
        form.addRow(self.tr("Copy to (抄送):"), self.copy_to)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.other_deadline)
        deadline_row.addWidget(self.rectify_by)
        deadline_row.addStretch(1)
        form.addRow(self.tr("Deadline (整改期限):"), deadline_row)
        self.write_button = QPushButton(self.tr("Write the documents"))
        self.write_button.setObjectName("writeDocuments")
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_requested)
        return intro, form

    def _build_results(self) -> QDialogButtonBox:
        """What was written, skipped and which fonts fell back; the dialog's buttons."""
        self.written = QListWidget()
        self.written.setObjectName("writtenDocuments")
        self.written.itemActivated.connect(self.on_written_item_activated)
        self.skipped = QLabel()
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet("color:#8a5a00")
        self.fonts_note = QLabel()
        self.fonts_note.setObjectName("fontsNote")
        self.fonts_note.setWordWrap(True)
        self.fonts_note.setStyleSheet("color:#8a5a00")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.on_open_clicked)
        self.folder_button = QPushButton(self.tr("Open the Folder"))
        self.folder_button.clicked.connect(self.on_folder_clicked)
        for button in (self.open_button, self.folder_button):
            button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        return buttons

    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def formats(self) -> tuple[str, ...]:
        """What to write: "pdf", "docx" or both (`writing_report`'s `formats`)."""
        return tuple(self.format.currentData())

    def options(self) -> DocumentOptions:
        picked, deadline = self.issued_on.date(), self.rectify_by.date()
        return DocumentOptions(
            number=self.number.text().strip() or None,
            issued_on=(
                date(picked.year(), picked.month(), picked.day())
                if self.other_date.isChecked()
                else None
            ),
            addressees=self.addressees.text().strip() or None,
            copy_to=self.copy_to.text().strip() or None,
            rectify_by=(
                date(deadline.year(), deadline.month(), deadline.day())
                if self.other_deadline.isChecked()
                else None
            ),
        )

    def written_names(self) -> list[str]:
        """The file names listed, in the order shown (the headings left out)."""
        items = (self.written.item(row) for row in range(self.written.count()))
        return [item.text() for item in items if item.data(PATH_ROLE) is not None]

    def _add_heading(self, title: str, count: int) -> None:
        heading = QListWidgetItem(
            self.tr("{group} ({count})").format(group=self.tr(title), count=count)
        )
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading is not a file to open
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.written.addItem(heading)

    def show_report(self, report: Report) -> None:
        self.written.clear()
        for title, documents in grouped(report.documents):
            self._add_heading(title, len(documents))
            for document in documents:
                item = QListWidgetItem(document.name)
                item.setData(PATH_ROLE, document.path)
                item.setToolTip(str(document.path))
                self.written.addItem(item)
        if report.documents:
            self.written.setCurrentRow(1)  # the first file, under the first heading
        # Why a document was left out (the pilot list waits for the public notice), then
        # what the reader should know of those written (a term counted in weekdays).
        self.skipped.setText("\n".join([*(why for _kind, why in report.skipped), *report.notes]))
        fell_back = [
            self.tr("{role}: no installed face; the shipped {face} served.").format(
                role=face.label(), face=face.face
            )
            for face in report.fonts
            if face.fallback
        ]
        refused = [reason for face in report.fonts for reason in face.refused]
        self.fonts_note.setText("\n".join(refused + fell_back))
        self.open_button.setEnabled(bool(report.documents))
        self.folder_button.setEnabled(True)

    def on_browse_clicked(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Write the documents into"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def on_written_item_activated(self, item: QListWidgetItem) -> None:
        if item.data(PATH_ROLE) is not None:
            self.open_requested.emit(Path(item.data(PATH_ROLE)))

    def on_open_clicked(self) -> None:
        item = self.written.currentItem()
        if item is not None:
            self.on_written_item_activated(item)

    def on_folder_clicked(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.chosen_folder())))
