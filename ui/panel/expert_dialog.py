"""Adding or editing an expert, with their ties to applicants (grounds for recusal)."""

from __future__ import annotations

from reviewer.intake.applicants import ApplicantRow
from reviewer.labels import label
from reviewer.panel.experts import ExpertDraft, TieDraft
from reviewer.vocabulary import TieRelation
from ui.widgets.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

TIE_ROLE = Qt.ItemDataRole.UserRole


class ExpertDialog(QDialog):
    """OK needs a number and a name; ties are added from the registered applicants."""

    def __init__(
        self,
        draft: ExpertDraft | None,
        applicants: list[ApplicantRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit expert") if draft else self.tr("Add expert"))
        self.setMinimumWidth(520)
        self._id = draft.id if draft else None
        self._names = {a.id: a.name for a in applicants if a.id is not None}
        self.code = QLineEdit(draft.code if draft else "")
        self.code.setObjectName("expertCode")
        self.name = QLineEdit(draft.name if draft else "")
        self.name.setObjectName("expertName")
        self.affiliation = QLineEdit(draft.affiliation if draft else "")
        self.title = QLineEdit(draft.title if draft else "")
        self.expertise = QLineEdit(draft.expertise if draft else "")
        self.leader = QCheckBox(self.tr("Panel leader (replaces the current one)"))
        self.leader.setChecked(bool(draft and draft.is_leader))
        self.reserve = QCheckBox(
            self.tr("Reserve expert (not assigned; proposed where a panel falls short)")
        )
        self.reserve.setObjectName("expertReserve")
        self.reserve.setChecked(bool(draft and draft.is_reserve))

        self.ties = QListWidget()
        self.ties.setObjectName("expertTies")
        for tie in draft.ties if draft else ():
            self._add_tie_item(tie)
        self.tie_applicant = QComboBox()
        for applicant_id, name in self._names.items():
            self.tie_applicant.addItem(name, applicant_id)
        self.tie_relation = QComboBox()
        for relation in TieRelation:
            self.tie_relation.addItem(label(relation), relation)
        self.tie_note = QLineEdit()
        self.tie_note.setPlaceholderText(self.tr("details, e.g. since when"))
        add_tie = QPushButton(self.tr("Add Tie"))
        add_tie.clicked.connect(self.on_add_tie_clicked)
        add_tie.setEnabled(bool(self._names))
        remove_tie = QPushButton(self.tr("Remove Tie"))
        remove_tie.clicked.connect(self.on_remove_tie_clicked)
        tie_row = QHBoxLayout()
        tie_row.addWidget(self.tie_applicant, 2)
        tie_row.addWidget(self.tie_relation, 2)
        tie_row.addWidget(self.tie_note, 3)
        tie_row.addWidget(add_tie)
        ties_box = QVBoxLayout()
        ties_box.addWidget(self.ties)
        ties_box.addLayout(tie_row)
        ties_box.addWidget(remove_tie, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.code.textChanged.connect(self._validate)
        self.name.textChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(self.tr("Number:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Affiliation:"), self.affiliation)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Expertise:"), self.expertise)
        form.addRow("", self.leader)
        form.addRow("", self.reserve)
        form.addRow(self.tr("Ties to applicants:"), ties_box)
        form.addRow(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.code.text().strip()) and bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _add_tie_item(self, tie: TieDraft) -> None:
        text = f"{self._names.get(tie.applicant_id, '?')} — {label(tie.relation)}"
        item = QListWidgetItem(text + (f"（{tie.note}）" if tie.note else ""))
        item.setData(TIE_ROLE, tie)
        self.ties.addItem(item)

    def on_add_tie_clicked(self) -> None:
        # Qt hands enum data back as plain strings: make them enums again.
        relation = TieRelation(self.tie_relation.currentData())
        tie = TieDraft(int(self.tie_applicant.currentData()), relation, self.tie_note.text())
        self._add_tie_item(tie)
        self.tie_note.clear()

    def on_remove_tie_clicked(self) -> None:
        for item in self.ties.selectedItems():
            self.ties.takeItem(self.ties.row(item))

    def expert(self) -> ExpertDraft:
        return ExpertDraft(
            self._id,
            self.code.text(),
            self.name.text(),
            self.affiliation.text(),
            self.title.text(),
            self.expertise.text(),
            self.leader.isChecked(),
            tuple(self.ties.item(i).data(TIE_ROLE) for i in range(self.ties.count())),
            self.reserve.isChecked(),
        )
