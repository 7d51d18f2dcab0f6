"""The applicants of the campaign, and the dialog that registers or edits one."""

from __future__ import annotations

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.intake.applicants import ApplicantRow
from reviewer.labels import label
from reviewer.vocabulary import TrackKind
from ui.widgets.qt import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.row_table_model import ROW_ROLE, RowTableModel


class ApplicantsTableModel(RowTableModel[ApplicantRow]):
    CODE, NAME, KIND, REGION, CONTACT, PHONE, APPLICATIONS = range(7)
    CONTEXT = "ApplicantsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ApplicantsTableModel", "Code"),
        QT_TRANSLATE_NOOP("ApplicantsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ApplicantsTableModel", "Kind"),
        QT_TRANSLATE_NOOP("ApplicantsTableModel", "Region"),
        QT_TRANSLATE_NOOP("ApplicantsTableModel", "Contact"),
        QT_TRANSLATE_NOOP("ApplicantsTableModel", "Phone"),
        QT_TRANSLATE_NOOP("ApplicantsTableModel", "Applications"),
    )

    def cell(self, row: ApplicantRow, column: int) -> str:
        values = (
            row.code,
            row.name,
            label(row.kind),
            row.region,
            row.contact,
            row.phone,
            str(row.applications),
        )
        return values[column]


class ApplicantsView(QWidget):
    """Signals: add_requested(), edit_requested(ApplicantRow)."""

    add_requested = Signal()
    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ApplicantsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, region, contact…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button = QPushButton(self.tr("Add Applicant…"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.table = QTableView()
        self.table.setObjectName("applicantsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.on_edit_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_rows(self, rows: list[ApplicantRow], *, editable: bool) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable)

    def on_edit_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.edit_button.isEnabled():
            self.edit_requested.emit(self.proxy.data(index, ROW_ROLE))


class ApplicantDialog(QDialog):
    """Registers a new applicant or edits one; OK needs a name."""

    def __init__(self, row: ApplicantRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit applicant") if row else self.tr("Add applicant"))
        self.setMinimumWidth(460)
        self._id = row.id if row else None
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("applicantName")
        self.code = QLineEdit(row.code if row else "")
        self.code.setPlaceholderText(self.tr("made from the name if left empty"))
        self.kind = QComboBox()
        for kind in TrackKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData(row.kind) if row else 0)
        self.region = QLineEdit(row.region if row else "")
        self.contact = QLineEdit(row.contact if row else "")
        self.phone = QLineEdit(row.phone if row else "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Region:"), self.region)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def applicant(self) -> ApplicantRow:
        return ApplicantRow(
            self._id,
            self.code.text(),
            TrackKind(self.kind.currentData()),  # Qt hands enum data back as a string
            self.name.text(),
            self.region.text(),
            self.contact.text(),
            self.phone.text(),
        )
