"""Where the panel rule is broken (87号令 §47), and the reserves proposed to mend it.

Shown after assigning and from the Experts tab's "Panel Rule…" button. Each application
whose panel is too small or even is listed with why (recusals, missing returns); the
ones for which a reserve can be proposed are ticked, and Add Proposed Reserves puts
those reserves on those panels.
"""

from __future__ import annotations

from reviewer.panel.rules import PanelBreach, PanelRules
from ui.widgets.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
    QWidget,
)

BREACH_ROLE = Qt.ItemDataRole.UserRole


class PanelBreachesDialog(QDialog):
    """`chosen()` gives the (expert code, application id) pairs to add on accept."""

    def __init__(
        self, rules: PanelRules, breaches: list[PanelBreach], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panel Rule"))
        self.setMinimumSize(640, 320)
        rule = (
            self.tr("Each application needs a panel of at least {n} experts, an odd number.")
            if rules.odd
            else self.tr("Each application needs a panel of at least {n} experts.")
        )
        heading = QLabel(rule.format(n=rules.minimum) + " " + self.tr("(87号令 §47)"))
        heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("panelBreaches")
        self.list.setWordWrap(True)
        for breach in breaches:
            item = QListWidgetItem(breach.message())
            item.setData(BREACH_ROLE, breach)
            if breach.proposed:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        if not breaches:
            self.list.addItem(self.tr("Every application's panel keeps the rule."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = self.buttons.addButton(
            self.tr("Add Proposed Reserves"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setEnabled(any(b.proposed for b in breaches))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[tuple[str, int]]:
        pairs = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            breach = item.data(BREACH_ROLE)
            if isinstance(breach, PanelBreach) and item.checkState() == Qt.CheckState.Checked:
                pairs += [(m.code, breach.panel.application_id) for m in breach.proposed]
        return pairs
