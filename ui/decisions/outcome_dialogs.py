"""The two dialogs of an acceptance review's outcomes: the bands and star thresholds
(验收结论分档…), and opening the re-acceptance round (复验) with its deadline.

What they return is checked by the domain when saved (`outcome_bands`,
`acceptance_outcomes`); the bands dialog checks first only that each edge is a number,
and says in its problem line what the domain refused.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from reviewer.decisions.outcome_bands import (
    FAIL,
    HIGHEST,
    LOWEST,
    PASS,
    RECTIFY,
    Band,
    OutcomeSettings,
    band_problem,
    grade_problem,
)
from reviewer.i18n import joined, translate
from reviewer.labels import STAR_GRADES, label
from ui.decisions.objection_dialogs import date_edit, picked
from ui.widgets.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def _edge(field: QLineEdit) -> Decimal | None:
    try:
        value = Decimal(field.text().strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _hundredths(value: Decimal) -> str:
    return f"{value:.2f}"


class BandsDialog(QDialog):
    """Edits where the pass band and the rectify band start (the fail band below them),
    and the optional star thresholds; `settings()` is what was entered."""

    def __init__(self, settings: OutcomeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Acceptance outcome bands"))
        self.setMinimumWidth(560)
        starts = {band.outcome: band.low for band in settings.bands}
        intro = QLabel(
            self.tr(
                "A pilot's outcome follows its final score on the locked results. Each band "
                "starts at its edge (included) and runs to the next band's edge; the pass band "
                "runs to 100."
            )
        )
        intro.setWordWrap(True)
        self.pass_from = QLineEdit(_hundredths(starts.get(PASS, Decimal("80.00"))))
        self.pass_from.setObjectName("passFrom")
        self.rectify = QCheckBox(self.tr("Send pilots between the edges to rectify"))
        self.rectify.setChecked(RECTIFY in starts)
        self.rectify_from = QLineEdit(_hundredths(starts.get(RECTIFY, Decimal("60.00"))))
        self.rectify_from.setObjectName("rectifyFrom")
        self.rectify.toggled.connect(self.rectify_from.setEnabled)
        self.rectify_from.setEnabled(self.rectify.isChecked())
        form = QFormLayout()
        form.addRow(self.tr("{outcome} from:").format(outcome=label(PASS)), self.pass_from)
        form.addRow(self.rectify)
        form.addRow(self.tr("{outcome} from:").format(outcome=label(RECTIFY)), self.rectify_from)
        form.addRow(QLabel(self.tr("Below these: {outcome}.").format(outcome=label(FAIL))))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self._build_stars(settings))
        self.problem = QLabel()
        self.problem.setObjectName("bandsProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _build_stars(self, settings: OutcomeSettings) -> QGroupBox:
        box = QGroupBox(self.tr("Star grade of the pilots that pass"))
        box.setObjectName("starGrade")
        box.setCheckable(True)
        box.setChecked(settings.grades is not None)
        note = QLabel(
            self.tr(
                "The 2012 measures grade the pilots that pass with one, two or three stars, but "
                "no published rule maps a score to a star: these thresholds are the "
                "secretariat's own."
            )
        )
        note.setWordWrap(True)
        defaults = settings.grades or (Decimal("85.00"), Decimal("90.00"), Decimal("95.00"))
        self.stars = [QLineEdit(_hundredths(value)) for value in defaults]
        form = QFormLayout(box)
        form.addRow(note)
        for name, field in zip(STAR_GRADES, self.stars, strict=True):
            form.addRow(self.tr("{grade} from:").format(grade=translate("Labels", name)), field)
        self.star_box = box
        return box

    def settings(self) -> OutcomeSettings | None:
        """The bands and stars as entered, or None when an edge is not a number."""
        passed, rectify = _edge(self.pass_from), _edge(self.rectify_from)
        stars = [_edge(field) for field in self.stars]
        if passed is None or (self.rectify.isChecked() and rectify is None):
            return None
        if self.star_box.isChecked() and any(star is None for star in stars):
            return None
        lower = [Band(FAIL, LOWEST, passed)]
        if self.rectify.isChecked() and rectify is not None:
            lower = [Band(FAIL, LOWEST, rectify), Band(RECTIFY, rectify, passed)]
        grades = tuple(s for s in stars if s is not None) if self.star_box.isChecked() else None
        return OutcomeSettings((*lower, Band(PASS, passed, HIGHEST)), grades)

    def on_buttons_accepted(self) -> None:
        settings = self.settings()
        if settings is None:
            self.problem.setText(self.tr("Each edge must be a number, like 60 or 72.5."))
            return
        problem = band_problem(settings.bands) or (
            "" if settings.grades is None else grade_problem(settings.grades, settings.bands)
        )
        if problem:
            self.problem.setText(translate("Errors", problem))
            return
        self.accept()


class ReacceptDialog(QDialog):
    """Names the pilots to re-accept and asks for the deadline and the reason."""

    def __init__(self, pilots: list[str], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a re-acceptance round"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "These pilots were sent to rectify: {pilots}. Their experts will be asked to "
                "score them again, and the results are unlocked until the new scores are locked."
            ).format(pilots=joined(pilots, ", "))
        )
        intro.setWordWrap(True)
        self.deadline = date_edit(today + timedelta(days=90))
        self.deadline.setObjectName("rectifyBy")
        self.reason = QLineEdit()
        self.reason.setObjectName("reacceptReason")
        self.reason.setPlaceholderText(self.tr("For example: the rectification period is over"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Rectify by:"), self.deadline)
        form.addRow(self.tr("Reason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def rectify_by(self) -> date:
        return picked(self.deadline)
