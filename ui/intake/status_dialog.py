"""Setting an application's status by hand, always with a written reason."""

from __future__ import annotations

from reviewer.labels import label
from reviewer.vocabulary import ApplicationStatus
from ui.widgets.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)


class StatusDialog(QDialog):
    """OK is enabled only once a reason is written: the audit log records it."""

    def __init__(
        self, applicant: str, status: ApplicationStatus, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set status"))
        self.setMinimumWidth(460)
        self.status = QComboBox()
        for choice in ApplicationStatus:
            if choice is not ApplicationStatus.RECEIVED:
                self.status.addItem(label(choice), choice)
        self.status.setCurrentIndex(max(self.status.findData(status), 0))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("statusReason")
        self.reason.setPlaceholderText(self.tr("Why, for the record (required)"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(QLabel(applicant))
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.reason.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def chosen_status(self) -> ApplicationStatus:
        return ApplicationStatus(self.status.currentData())  # Qt returns enum data as str

    def chosen_reason(self) -> str:
        return self.reason.toPlainText().strip()
