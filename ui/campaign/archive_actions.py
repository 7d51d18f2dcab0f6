"""File ▸ Archive… and File ▸ Verify Archive…: the archive (归档, 政府采购法 §42) in the app.

Both run as jobs on a worker with a progress dialog that can cancel (`Shell.start_job`):
an archive of a large campaign copies hundreds of MB, and verifying hashes all of it.
A cancelled archive leaves no file (`reviewer.archive.making` writes under a temporary
name). The window only places the two commands in its File menu (`menu_actions`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.scoring.kit_role import is_kit
from ui.widgets.qt import QAction, QFileDialog, QMessageBox, QObject
from ui.widgets.shell import Shell

if TYPE_CHECKING:
    from reviewer.archive.making import Archive
    from reviewer.archive.verifying import Verification


class ArchiveActions(QObject):
    """Making and verifying archives of the open campaign."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.archive_action: QAction | None = None
        shell.campaign_changed.connect(self.on_shell_campaign_changed)

    def menu_actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """The two commands, made anew in the current language each time the menus are."""
        self.archive_action = QAction(self.tr("&Archive…"), parent)
        self.archive_action.triggered.connect(self.on_archive_triggered)
        verify = QAction(self.tr("&Verify Archive…"), parent)
        verify.triggered.connect(self.on_verify_triggered)
        self.on_shell_campaign_changed()
        return self.archive_action, verify

    def on_shell_campaign_changed(self) -> None:
        store = self.shell.store
        if self.archive_action is not None:
            self.archive_action.setEnabled(store is not None and not is_kit(store))

    def on_archive_triggered(self) -> None:
        store = self.shell.store
        if store is None or is_kit(store):
            return
        stem = store.path.stem if store.path is not None else self.tr("campaign")
        stamped = self.tr("{campaign}-archive-{date}")
        from reviewer.store.outputs import safe_file_name  # not needed at start-up

        name = safe_file_name(stamped.format(campaign=stem, date=date.today().isoformat()), ".zip")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.shell.window(),
            self.tr("Archive the campaign"),
            str(self.shell.default_folder() / name),
            self.tr("Zip archives (*.zip)"),
        )
        if chosen:
            self.archive_to(Path(chosen))

    def archive_to(self, path: Path) -> None:
        """Write the archive to `path` on a worker; the file dialog asked before replacing."""
        store = self.shell.store
        if store is None:
            return
        from reviewer.archive.making import archiving

        self.shell.start_job(
            self.tr("Archiving the campaign"),
            lambda: archiving(store, path, force=True),
            self._archived,
            lambda error: self.shell.show_error(self.tr("Cannot write the archive"), error),
        )

    def _archived(self, made: Archive) -> None:
        text = self.tr("Archived {count} files to {path}. Keep it until {until}.").format(
            count=len(made.entries), path=made.path, until=made.retain_until
        )
        if made.missing:
            lines = "\n".join(gone.text() for gone in made.missing)
            QMessageBox.warning(self.shell.window(), self.tr("Archive"), f"{text}\n\n{lines}")
        self.shell.show_message(text, 15000)

    def on_verify_triggered(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.shell.window(),
            self.tr("Verify an archive"),
            str(self.shell.default_folder()),
            self.tr("Zip archives (*.zip)"),
        )
        if chosen:
            self.verify(Path(chosen))

    def verify(self, path: Path) -> None:
        from reviewer.archive.verifying import verifying

        self.shell.start_job(
            self.tr("Verifying the archive"),
            lambda: verifying(path),
            self._verified,
            lambda error: self.shell.show_error(self.tr("Cannot verify the archive"), error),
        )

    def _verified(self, checked: Verification) -> Any:
        title = self.tr("Verify Archive")
        if checked.ok:
            text = self.tr("All {count} files of {path} match its manifest.")
            return QMessageBox.information(
                self.shell.window(), title, text.format(count=checked.checked, path=checked.path)
            )
        lines = "\n".join(problem.text() for problem in checked.problems)
        text = self.tr("{path} no longer matches its manifest:").format(path=checked.path)
        return QMessageBox.warning(self.shell.window(), title, f"{text}\n\n{lines}")
