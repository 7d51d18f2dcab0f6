"""Setting up a new campaign: its title, issuing authority, deadline and file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reviewer.campaign.setup import CampaignSettings
from reviewer.store.storage import SUFFIX
from ui.widgets.qt import (
    QCoreApplication,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

translate = QCoreApplication.translate


class NewCampaignDialog(QDialog):
    """Asks what a campaign needs before its file is created; OK only when complete."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New campaign"))
        self.setMinimumWidth(560)
        self.title = QLineEdit(self.tr("Smart-city pilot review"))
        self.title.setObjectName("campaignTitle")
        self.authority = QLineEdit("陕西省工业和信息化厅")
        self.call_reference = QLineEdit()
        self.deadline = QDateEdit(QDate(date.today().year, 7, 20))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd")
        self.period = QSpinBox()
        self.period.setRange(1, 60)
        self.period.setValue(12)
        self.period.setSuffix(self.tr(" months"))
        self.path = QLineEdit(str(folder / (self.tr("campaign") + SUFFIX)))
        self.path.setObjectName("campaignPath")
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.on_browse_clicked)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.title.textChanged.connect(self._validate)
        self.path.textChanged.connect(self._validate)
        form = QFormLayout(self)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Issuing authority:"), self.authority)
        form.addRow(self.tr("Call reference:"), self.call_reference)
        form.addRow(self.tr("Submission deadline:"), self.deadline)
        form.addRow(self.tr("Pilot period:"), self.period)
        form.addRow(self.tr("Campaign file:"), path_row)
        form.addRow(self.buttons)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.title.text().strip()) and bool(self.path.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def on_browse_clicked(self) -> None:
        choose_new_file(self, self.path)

    def settings(self) -> CampaignSettings:
        deadline = self.deadline.date()
        return CampaignSettings(
            title=self.title.text().strip(),
            issuing_authority=self.authority.text().strip(),
            call_reference=self.call_reference.text().strip(),
            submission_deadline=date(deadline.year(), deadline.month(), deadline.day()),
            pilot_period_months=self.period.value(),
        )

    def campaign_path(self) -> Path:
        return campaign_path_in(self.path)


def choose_new_file(dialog: QDialog, path: QLineEdit) -> None:
    """Let the user choose where a new campaign file goes, into `path`."""
    chosen, _filter = QFileDialog.getSaveFileName(
        dialog,
        translate("NewCampaignDialog", "New campaign file"),
        path.text(),
        translate("NewCampaignDialog", "Reviewer campaigns (*{suffix})").format(suffix=SUFFIX),
    )
    if chosen:
        path.setText(chosen)


def campaign_path_in(path: QLineEdit) -> Path:
    """The campaign file `path` names, with the campaign suffix added if left out."""
    chosen = Path(path.text().strip()).expanduser()
    return chosen if chosen.suffix == SUFFIX else chosen.with_name(chosen.name + SUFFIX)
