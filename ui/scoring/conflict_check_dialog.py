"""The conflict-of-interest check an expert goes through before scoring (回避)."""

from __future__ import annotations

from reviewer.scoring.expert_scoring import KitState
from ui.widgets.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ConflictCheckDialog(QDialog):
    """One line per assigned applicant: tick it and say why if you may not score it.

    A declaration is answered, not acknowledged: Confirm (确认) records it and needs a
    reason for every ticked line; Cancel (取消) records nothing and the check comes back
    before scoring. `declarations()` maps application id to its reason."""

    def __init__(self, state: KitState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts of interest"))
        self.resize(640, 560)
        intro = QLabel(
            self.tr(
                "Before scoring, tick every applicant you may not score: you worked for it in "
                "the last three years, sat on its board or control it, are a spouse or close "
                "relative of its legal representative, or have any other tie that could affect "
                "a fair review. Give the reason for each. If none applies, press Confirm."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.rows: list[tuple[int, QCheckBox, QLineEdit]] = []
        for row, assignment in enumerate(a for a in state.assignments if a.conflict is None):
            tick = QCheckBox(assignment.applicant)
            reason = QLineEdit()
            reason.setPlaceholderText(self.tr("reason"))
            reason.setEnabled(False)
            tick.toggled.connect(reason.setEnabled)
            tick.toggled.connect(self._validate)
            reason.textChanged.connect(self._validate)
            grid.addWidget(tick, row, 0)
            grid.addWidget(reason, row, 1)
            self.rows.append((assignment.application_id, tick, reason))
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.confirm_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.confirm_button.setText(self.tr("Confirm"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    def _validate(self) -> None:
        ok = all(reason.text().strip() for _id, tick, reason in self.rows if tick.isChecked())
        self.confirm_button.setEnabled(ok)

    def declarations(self) -> dict[int, str]:
        return {
            application_id: reason.text().strip()
            for application_id, tick, reason in self.rows
            if tick.isChecked()
        }
