"""The campaign's gates: which of the call's checks make a package ineligible
(不符合资格条件) and which only incomplete (材料不全), the call's reading by default."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.widgets.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from reviewer.intake.gates import GateSetting


class GatesDialog(QDialog):
    """A box per check: ticked, failing it makes a package ineligible; not ticked,
    incomplete. "The call's reading" ticks the call's own conditions again."""

    def __init__(self, settings: list[GateSetting], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eligibility conditions"))
        self.settings = settings
        intro = QLabel(
            self.tr(
                "A package that fails a ticked check is ineligible, citing the call's "
                "clause; one that fails any other check, or leaves a required cell empty, "
                "is incomplete. Changing this judges every package again; a status set by "
                "hand with a reason stays."
            )
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for row, setting in enumerate(settings):
            box = QCheckBox(setting.name)
            box.setObjectName(f"gate_{setting.code}")
            box.setChecked(setting.gate)
            self.boxes[setting.code] = box
            clause = QLabel(setting.clause)
            clause.setWordWrap(True)
            grid.addWidget(box, row, 0)
            grid.addWidget(clause, row, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.defaults = QPushButton(self.tr("The Call's Reading"))
        self.buttons.addButton(self.defaults, QDialogButtonBox.ButtonRole.ResetRole)
        self.defaults.clicked.connect(self.on_defaults_clicked)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

    def on_defaults_clicked(self) -> None:
        for setting in self.settings:
            self.boxes[setting.code].setChecked(setting.default)

    def chosen_gates(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]
