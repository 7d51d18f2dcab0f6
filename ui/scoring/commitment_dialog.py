"""The review commitment (评审承诺) an expert reads and accepts before the first score,
with their recusals on it (政府采购法实施条例 §9)."""

from __future__ import annotations

from reviewer.panel.commitment import recusals_text
from reviewer.scoring.expert_scoring import KitState
from ui.widgets.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CommitmentDialog(QDialog):
    """The commitment's text and the expert's recusals, read-only; Accept is enabled only
    once the expert ticks that they have read it. Accepting records nothing itself: the
    caller saves the acceptance and only then shows it as accepted."""

    def __init__(self, state: KitState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentDialog")
        self.setWindowTitle(self.tr("Review commitment"))
        self.resize(620, 560)
        intro = QLabel(
            self.tr(
                "Before scoring, read the review commitment of {campaign} and the "
                "applications you step aside from. Scoring starts once you accept it; the "
                "acceptance and its time go into your signed score file."
            ).format(campaign=state.campaign)
        )
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(state.commitment)
        self.text.setReadOnly(True)
        self.text.setObjectName("commitmentText")
        self.recusals = QPlainTextEdit(recusals_text(state.recusals))
        self.recusals.setReadOnly(True)
        self.recusals.setObjectName("commitmentRecusals")
        self.recusals.setMaximumHeight(110)
        self.read = QCheckBox(
            self.tr("I, {name}, have read the commitment and accept it.").format(
                name=state.expert_name
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.accept_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.accept_button.setText(self.tr("Accept"))
        self.accept_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not Now"))
        self.read.toggled.connect(self.accept_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(QLabel(self.tr("Your recusals (政府采购法实施条例 §9):")))
        layout.addWidget(self.recusals)
        layout.addWidget(self.read)
        layout.addWidget(self.buttons)
