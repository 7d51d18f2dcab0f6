"""File ▸ Restore from Backup…: the open campaign's automatic backups, and restoring one.

The dialog only lists and asks; the window restores (it must close and reopen the
campaign), so the dialog emits `restore_requested` after the user confirms.
"""

from __future__ import annotations

from pathlib import Path

from reviewer.store.backups import KEEP, Backup, backups_folder
from ui.campaign.backups_model import BackupsModel
from ui.widgets.qt import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QItemSelection,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.widgets.row_table_model import ROW_ROLE


class BackupsDialog(QDialog):
    """Signals: `restore_requested(Backup)`, once the user has confirmed the restore."""

    restore_requested = Signal(object)

    def __init__(self, campaign: Path, backups: list[Backup], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(760, 420)
        self.model = BackupsModel(self)
        self.model.set_rows(backups)
        intro = QLabel(
            self.tr(
                "Reviewer backs the campaign up by itself before merging, locking, writing "
                "the documents and importing score files, and keeps the last {keep} of each "
                "kind in {folder}. Restoring puts the chosen backup in place of the campaign; "
                "the campaign as it is now is backed up first, so a restore can be undone."
            ).format(keep=KEEP, folder=backups_folder(campaign))
        )
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No backups yet: the first is taken before the first merge."))
        self.empty.setVisible(not backups)
        self.table = QTableView()
        self.table.setObjectName("backupsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BackupsModel.FILE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.on_restore_clicked())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        if backups:
            self.table.selectRow(0)

    def selected(self) -> Backup | None:
        indexes = self.table.selectionModel().selectedRows()
        row = indexes[0].data(ROW_ROLE) if indexes else None
        return row if isinstance(row, Backup) else None

    def on_table_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def confirm(self, backup: Backup) -> bool:
        """Ask before replacing the campaign; a separate method so tests can answer."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore from Backup"),
            self.tr(
                "Put the backup taken {when} ({why}) in place of the campaign? Changes made "
                "since then are set aside in a new backup, from which they can be restored."
            ).format(
                when=backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                why=backup.reason_text(),
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def on_restore_clicked(self) -> None:
        backup = self.selected()
        if backup is None or not self.confirm(backup):
            return
        self.accept()
        self.restore_requested.emit(backup)
