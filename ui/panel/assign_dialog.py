"""Choosing how the panel is assigned: everyone to everything, or K per application,
and the panel rule the assignment is checked against (87号令 §47)."""

from __future__ import annotations

from reviewer.panel.rules import MOST, PanelRules
from ui.widgets.qt import (
    QButtonGroup,
    QCheckBox,
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
    """`per_application()` is None for everyone-to-everything, else K; `rules()` the
    panel rule as set here."""

    def __init__(
        self, experts: int, rules: PanelRules | None = None, parent: QWidget | None = None
    ) -> None:
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
        rules = rules or PanelRules()
        self.minimum = QSpinBox()
        self.minimum.setObjectName("panelMinimum")
        self.minimum.setRange(1, MOST)
        self.minimum.setValue(rules.minimum)
        self.odd = QCheckBox(self.tr("an odd number"))
        self.odd.setObjectName("panelOdd")
        self.odd.setChecked(rules.odd)
        rule_row = QHBoxLayout()
        rule_row.addWidget(QLabel(self.tr("Panel rule: at least")))
        rule_row.addWidget(self.minimum)
        rule_row.addWidget(QLabel(self.tr("experts per application,")))
        rule_row.addWidget(self.odd)
        rule_row.addWidget(QLabel(self.tr("(87号令 §47)")))
        rule_row.addStretch()
        note = QLabel(
            self.tr(
                "Experts tied to an applicant are never assigned to it. Assignments that "
                "already have scores are kept."
            )
            + " "
            + self.tr(
                "Reserve experts are not assigned: one is proposed where a recusal or a "
                "missing return leaves a panel too small or even."
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
        layout.addLayout(rule_row)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def per_application(self) -> int | None:
        return self.count.value() if self.some.isChecked() else None

    def rules(self) -> PanelRules:
        return PanelRules(self.minimum.value(), self.odd.isChecked())
