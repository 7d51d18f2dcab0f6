"""The expert panel table with a search box."""

from __future__ import annotations

from reviewer.panel.expert_rows import ExpertRow
from ui.panel.experts_model import ROW_ROLE, ExpertsTableModel
from ui.widgets.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)


class ExpertsView(QWidget):
    """Experts of the campaign, searchable on every column through a proxy.

    Signals: add_requested(), edit_requested(ExpertRow), import_requested(),
    template_requested(), assign_requested(), rules_requested(), kit_requested(ExpertRow).
    """

    add_requested = Signal()
    edit_requested = Signal(object)
    import_requested = Signal()
    template_requested = Signal()
    assign_requested = Signal()
    rules_requested = Signal()
    kit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ExpertsTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName("expertsSearch")
        self.search.setPlaceholderText(self.tr("Search name, affiliation, expertise…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("expertsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ExpertsTableModel.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.legend = QLabel(
            self.tr("An expert never scores an application they are tied to (recusal).")
        )
        self.add_button = QPushButton(self.tr("Add Expert…"))
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.table.doubleClicked.connect(self.on_edit_button_clicked)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        self.import_button = QPushButton(self.tr("Import List…"))
        self.import_button.clicked.connect(self.import_requested)
        self.template_button = QPushButton(self.tr("List Template…"))
        self.template_button.clicked.connect(self.template_requested)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.assign_button.clicked.connect(self.assign_requested)
        top.addWidget(self.import_button)
        self.kit_button = QPushButton(self.tr("Issue Kit…"))
        self.kit_button.clicked.connect(self.on_kit_button_clicked)
        top.addWidget(self.assign_button)
        self.rules_button = QPushButton(self.tr("Panel Rule…"))
        self.rules_button.setObjectName("panelRuleButton")
        self.rules_button.clicked.connect(self.rules_requested)
        top.addWidget(self.rules_button)
        top.addWidget(self.kit_button)
        top.addWidget(self.template_button)
        self._build_commitment_menu(top)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.legend)

    def set_rows(self, rows: list[ExpertRow], *, editable: bool = True) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for button in (
            self.add_button,
            self.edit_button,
            self.import_button,
            self.assign_button,
            self.kit_button,
        ):
            button.setEnabled(editable)
        self.commitment_text_action.setEnabled(editable)
        self.paper_signature_action.setEnabled(editable)

    def _build_commitment_menu(self, top: QHBoxLayout) -> None:
        """The commitment in writing (实施条例 §9): its text, the papers to sign, and a
        paper signature recorded by hand (CommitmentActions carries them out)."""
        self.commitment_button = QPushButton(self.tr("Commitment"))
        menu = QMenu(self.commitment_button)
        self.commitment_text_action = menu.addAction(self.tr("Review Commitment Text…"))
        self.sign_in_action = menu.addAction(self.tr("Print Sign-in Sheet and Commitments…"))
        self.paper_signature_action = menu.addAction(self.tr("Record a Signed Commitment…"))
        self.commitment_button.setMenu(menu)
        top.addWidget(self.commitment_button)

    def on_kit_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.kit_requested.emit(self.proxy.data(index, ROW_ROLE))

    def on_edit_button_clicked(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.edit_button.isEnabled():
            self.edit_requested.emit(self.proxy.data(index, ROW_ROLE))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
