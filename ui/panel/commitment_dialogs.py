"""The secretariat's side of the commitment in writing (政府采购法实施条例 §9): the
campaign's commitment text, and a paper signature recorded by hand."""

from __future__ import annotations

from datetime import date

from reviewer.panel.commitment import DEFAULT_COMMITMENT
from reviewer.panel.expert_rows import ExpertRow
from ui.widgets.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class CommitmentTextDialog(QDialog):
    """The commitment experts accept before scoring; `text()` is the edited text. OK needs
    some text; Default puts back the built-in one."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review Commitment"))
        self.resize(600, 420)
        intro = QLabel(
            self.tr(
                "Experts read and accept this commitment in their kit before the first "
                "score, with their recusals; it is also printed for signature on paper. "
                "Kits already issued keep the text they carry."
            )
        )
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(text)
        self.editor.setObjectName("commitmentEditor")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        default = QPushButton(self.tr("Default Text"))
        self.buttons.addButton(default, QDialogButtonBox.ButtonRole.ResetRole)
        default.clicked.connect(lambda: self.editor.setPlainText(DEFAULT_COMMITMENT))
        self.editor.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text()))

    def text(self) -> str:
        return self.editor.toPlainText().strip()


class PaperSignatureDialog(QDialog):
    """Which expert signed the commitment on paper, and on which day."""

    def __init__(
        self, experts: list[ExpertRow], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a Signed Commitment"))
        self.expert = QComboBox()
        for row in experts:
            self.expert.addItem(f"{row.code} {row.name}", row.code)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(
            QLabel(self.tr("The signed page stays in the paper file; this records that it exists."))
        )
        form.addRow(self.tr("Expert"), self.expert)
        form.addRow(self.tr("Signed on"), self.day)
        form.addRow(buttons)

    def expert_code(self) -> str:
        return str(self.expert.currentData())

    def signed_on(self) -> date:
        chosen = self.day.date()
        return date(chosen.year(), chosen.month(), chosen.day())
