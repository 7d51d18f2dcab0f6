"""Choosing how the panel is assigned: everyone to everything, or K per application."""

from __future__ import annotations

from ui.widgets.qt import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class AssignDialog(QDialog):
    """`per_application()` is None for everyone-to-everything, else K."""

    def __init__(self, experts: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign the panel"))
        self.setMinimumWidth(480)
        self.everyone = QRadioButton(
            self.tr("Every expert scores every complete application (a review meeting)")
        )
        self.some = QRadioButton(self.tr("Experts per application:"))
        self.count = QSpinBox()
        self.count.setRange(1, max(experts, 1))
        self.count.setValue(min(5, max(experts, 1)))
        group = QButtonGroup(self)
        group.addButton(self.everyone)
        group.addButton(self.some)
        self.everyone.setChecked(True)
        self.count.setEnabled(False)
        self.some.toggled.connect(self.count.setEnabled)
        note = QLabel(
            self.tr(
                "Experts tied to an applicant are never assigned to it. Assignments that "
                "already have scores are kept."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        some_row = QHBoxLayout()
        some_row.addWidget(self.some)
        some_row.addWidget(self.count)
        some_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.everyone)
        layout.addLayout(some_row)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def per_application(self) -> int | None:
        return self.count.value() if self.some.isChecked() else None
