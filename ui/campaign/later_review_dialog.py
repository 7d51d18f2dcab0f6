"""Setting up a later review of approved pilots: the acceptance review (验收) or the
mid-term evaluation (中期评估), made from the selection campaign that approved them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reviewer.labels import label
from reviewer.store.storage import SUFFIX
from reviewer.vocabulary import CampaignKind
from ui.campaign.new_campaign_dialog import campaign_path_in, choose_new_file
from ui.widgets.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

KINDS = (CampaignKind.ACCEPTANCE, CampaignKind.MIDTERM)


class LaterReviewDialog(QDialog):
    """Asks which selection campaign, which review, its title, deadline and file; OK only
    when all are given. Whether the selection may be continued (locked, decided) is
    checked when the campaign is made, and said in words then."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New acceptance review"))
        self.setMinimumWidth(620)
        self.folder = folder
        self.selection = QLineEdit()
        self.selection.setObjectName("selectionPath")
        self.selection.setPlaceholderText(self.tr("The selection campaign whose pilots to review"))
        choose_selection = QPushButton(self.tr("Choose…"))
        choose_selection.clicked.connect(self.on_choose_selection_clicked)
        self.kind = QComboBox()
        self.kind.setObjectName("reviewKind")
        for kind in KINDS:
            self.kind.addItem(label(kind), kind.value)
        self.title = QLineEdit(self._default_title(CampaignKind.ACCEPTANCE))
        self.title.setObjectName("reviewTitle")
        self.deadline = QDateEdit(QDate(date.today().year, 7, 20))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.path = QLineEdit(str(folder / (self.tr("acceptance") + SUFFIX)))
        self.path.setObjectName("reviewPath")
        choose_path = QPushButton(self.tr("Choose…"))
        choose_path.clicked.connect(self.on_choose_path_clicked)
        note = QLabel(
            self.tr(
                "The new campaign holds exactly the pilots the selection approved, with their "
                "approved plans, and its experts. The selection's results must be locked and "
                "its decisions committed."
            )
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.selection, self.title, self.path):
            edit.textChanged.connect(self._validate)
        self.kind.currentIndexChanged.connect(self.on_kind_currentIndexChanged)
        form = QFormLayout(self)
        form.addRow(self.tr("Selection campaign:"), _row(self.selection, choose_selection))
        form.addRow(self.tr("Review:"), self.kind)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Submission deadline:"), self.deadline)
        form.addRow(self.tr("Campaign file:"), _row(self.path, choose_path))
        form.addRow(note)
        form.addRow(self.buttons)
        self._validate()

    def _default_title(self, kind: CampaignKind) -> str:
        if kind is CampaignKind.MIDTERM:
            return self.tr("Smart-city pilot mid-term evaluation")
        return self.tr("Smart-city pilot acceptance review")

    def _validate(self) -> None:
        ok = all(e.text().strip() for e in (self.selection, self.title, self.path))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def on_kind_currentIndexChanged(self, _index: int) -> None:
        """A title still the default follows the review chosen."""
        defaults = {self._default_title(kind) for kind in KINDS}
        if self.title.text() in defaults:
            self.title.setText(self._default_title(self.review_kind()))

    def on_choose_selection_clicked(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Selection campaign"),
            self.selection.text() or str(self.folder),
            self.tr("Reviewer campaigns (*{suffix})").format(suffix=SUFFIX),
        )
        if chosen:
            self.selection.setText(chosen)

    def on_choose_path_clicked(self) -> None:
        choose_new_file(self, self.path)

    def review_kind(self) -> CampaignKind:
        return CampaignKind(self.kind.currentData())

    def selection_path(self) -> Path:
        return Path(self.selection.text().strip()).expanduser()

    def review_title(self) -> str:
        return self.title.text().strip()

    def submission_deadline(self) -> date:
        day = self.deadline.date()
        return date(day.year(), day.month(), day.day())

    def campaign_path(self) -> Path:
        return campaign_path_in(self.path)


def _row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row
