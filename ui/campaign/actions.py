"""What the secretariat does with campaign files: new, open, open a database, the recent
list, save a copy, restore from a backup, the audit log, the demo.

The window keeps the open campaign; these actions open one and hand it to the window
through `CampaignShell`. Their strings keep the "MainWindow" translation context they had when
they were the window's own.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from reviewer.errors import CampaignLocked, ReviewerError
from reviewer.scoring.kit_role import is_kit
from reviewer.store.location import is_database_url
from reviewer.store.storage import SUFFIX, CampaignStore, open_campaign, save_copy
from ui.campaign.archive_actions import ArchiveActions
from ui.settings import Settings, demo_acceptance_paths, demo_path
from ui.widgets.qt import (
    QCoreApplication,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QObject,
)
from ui.widgets.shell import Shell, save_workbook

if TYPE_CHECKING:
    from reviewer.store.backups import Backup

translate = QCoreApplication.translate


class CampaignShell(Shell, Protocol):
    """The window as the campaign's own actions see it: they give it the campaign to show."""

    @property
    def settings(self) -> Settings:
        """Recent files and the database last opened."""

    def set_store(self, store: CampaignStore | None) -> None:
        """Show `store` (or none), closing the campaign open before."""

    def in_expert_mode(self) -> bool:
        """Whether an expert's scoring kit is open, hiding the secretariat's work."""


class CampaignActions(QObject):
    """Opening campaigns, the File menu's campaign commands, the audit log and the demo."""

    def __init__(self, shell: CampaignShell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.archive = ArchiveActions(shell)

    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Open `path` (a file, or a database's URL), replacing the current campaign only
        if it opens cleanly."""
        if self.shell.store is not None and _same_campaign(self.shell.store, path):
            self.shell.refresh()  # already open here: opening it again would lock us out
            return True
        try:
            store = open_campaign(path, read_only=read_only)
        except CampaignLocked as locked:
            answer = QMessageBox.question(
                self.shell.window(),
                translate("MainWindow", "Campaign in use"),
                locked.message() + "\n\n" + translate("MainWindow", "Open it read-only?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
            return self.open_path(path, read_only=True)
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot open the campaign"), error)
            if isinstance(path, Path) and not path.exists():
                self.shell.settings.remove_recent_file(path)
            return False
        self.shell.set_store(store)
        self.remember_opened(store)
        return True

    def remember_opened(self, store: CampaignStore) -> None:
        """After a campaign is shown: the recent list, and why it is read-only if it is."""
        if store.path is not None:
            self.shell.settings.add_recent_file(store.path)
        if store.read_only and store.read_only_reason == "permissions":
            self.shell.show_message(
                translate("MainWindow", "You may not write to this file, so it is open read-only."),
                10000,
            )

    def on_new_triggered(self) -> None:
        # Imported here: setting a campaign up is not needed to show one (a start 25 ms).
        from ui.campaign.new_campaign_dialog import NewCampaignDialog

        dialog = NewCampaignDialog(self.shell.default_folder(), self.shell.window())
        if dialog.exec() != NewCampaignDialog.DialogCode.Accepted:
            return
        path = dialog.campaign_path()
        overwrite = False
        if path.exists():
            answer = QMessageBox.question(
                self.shell.window(),
                translate("MainWindow", "Replace file?"),
                translate(
                    "MainWindow", "{path} already exists. Replace it with a new, empty campaign?"
                ).format(path=path),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            overwrite = True
        from reviewer.store.outputs import check_destination

        try:
            # Another campaign may be replaced after the question; never the open one
            # nor a backup.
            check_destination(
                path,
                force=overwrite,
                campaign=self.shell.store.path if self.shell.store is not None else None,
                replaces_campaign=True,
            )
            from reviewer.campaign.setup import new_campaign

            store = new_campaign(path, dialog.settings(), overwrite=overwrite)
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot create the campaign"), error)
            return
        self.shell.set_store(store)
        if store.path is not None:
            self.shell.settings.add_recent_file(store.path)

    def on_new_later_review_triggered(self) -> None:
        """File ▸ New Acceptance Review…: the later review of a selection's pilots, never
        over an existing file (as `reviewer new --acceptance-of`)."""
        from ui.campaign.later_review_dialog import LaterReviewDialog

        dialog = LaterReviewDialog(self.shell.default_folder(), self.shell.window())
        if dialog.exec() != LaterReviewDialog.DialogCode.Accepted:
            return
        from reviewer.decisions.later_reviews import new_later_review
        from reviewer.store.outputs import check_destination

        path = dialog.campaign_path()
        try:
            check_destination(
                path,
                force=False,
                campaign=self.shell.store.path if self.shell.store is not None else None,
                replaces_campaign=True,
            )
            with open_campaign(dialog.selection_path(), read_only=True) as selection:
                store = new_later_review(
                    path,
                    selection,
                    dialog.review_kind(),
                    dialog.review_title(),
                    dialog.submission_deadline(),
                )
        except ReviewerError as error:
            self.shell.show_error(
                translate("MainWindow", "Cannot create the acceptance review"), error
            )
            return
        self.shell.set_store(store)
        if store.path is not None:
            self.shell.settings.add_recent_file(store.path)

    def on_open_triggered(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self.shell.window(),
            translate("MainWindow", "Open campaign"),
            str(self.shell.default_folder()),
            translate("MainWindow", "Reviewer campaigns (*{suffix});;All files (*)").format(
                suffix=SUFFIX
            ),
        )
        if chosen:
            self.open_path(Path(chosen))

    def on_open_database_triggered(self) -> None:
        """Open a campaign on a PostgreSQL server, by the URL last used or a new one."""
        url, ok = QInputDialog.getText(
            self.shell.window(),
            translate("MainWindow", "Open a campaign database"),
            translate(
                "MainWindow",
                "The campaign's database on the server, as postgresql://user@server/database "
                "(the password is best kept in the server's password file, ~/.pgpass):",
            ),
            text=self.shell.settings.database_url or "postgresql://",
        )
        url = url.strip()
        if ok and url and self.open_path(url):
            self.shell.settings.database_url = url

    def fill_recent_menu(self, menu: QMenu) -> None:
        """The recent campaigns, numbered, as the menu is about to show."""
        menu.clear()
        recent = self.shell.settings.recent_files
        for number, path in enumerate(recent, start=1):
            act = menu.addAction(f"&{number} {path.name} — {path.parent}")
            act.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        if not recent:
            empty = menu.addAction(translate("MainWindow", "No recent campaigns"))
            empty.setEnabled(False)
            return
        menu.addSeparator()
        clear = menu.addAction(translate("MainWindow", "Clear the List"))
        clear.triggered.connect(self.shell.settings.clear_recent_files)

    def on_save_copy_triggered(self) -> None:
        if self.shell.store is None:
            return
        source = self.shell.store.path or self.shell.default_folder() / translate(
            "MainWindow", "campaign"
        )
        suggested = source.with_name(source.stem + translate("MainWindow", "-copy") + SUFFIX)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.shell.window(),
            translate("MainWindow", "Save a copy of the campaign"),
            str(suggested),
            translate("MainWindow", "Reviewer campaigns (*{suffix})").format(suffix=SUFFIX),
        )
        if not chosen:
            return
        from reviewer.store.outputs import check_destination

        try:
            check_destination(
                Path(chosen), force=True, campaign=self.shell.store.path, replaces_campaign=True
            )
            save_copy(self.shell.store, Path(chosen))
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot save the copy"), error)
            return
        self.shell.show_message(
            translate("MainWindow", "Saved a copy to {path}").format(path=chosen), 8000
        )

    def on_restore_triggered(self) -> None:
        store = self.shell.store
        if store is None or store.path is None or store.read_only or self.shell.in_expert_mode():
            return
        from reviewer.store.backups import list_backups
        from ui.campaign.backups_dialog import BackupsDialog

        dialog = BackupsDialog(store.path, list_backups(store.path), self.shell.window())
        dialog.restore_requested.connect(self.restore_backup)
        dialog.exec()
        dialog.deleteLater()

    def restore_backup(self, backup: Backup) -> None:
        """Put `backup` in place of the open campaign and open it again."""
        store = self.shell.store
        if store is None or store.path is None:
            return
        from reviewer.store.backups import restore_backup

        path = store.path
        try:
            before = restore_backup(store, backup)
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot restore the backup"), error)
            before = None
        self.shell.set_store(None)  # closed by the restore, or to be opened afresh after a failure
        if not self.open_path(path) or before is None:
            return
        kept = before.backup.name if before.backup is not None else before.note
        self.shell.show_message(
            translate(
                "MainWindow", "Restored the backup of {when}. The campaign as it was: {kept}"
            ).format(when=backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), kept=kept),
            15000,
        )

    def show_audit_log(self) -> None:
        """The campaign's audit log, read-only, with a search and an export."""
        store = self.shell.store
        if store is None or is_kit(store):
            return
        from reviewer.store.audit_export import audit_rows
        from reviewer.store.audit_words import audit_names
        from ui.campaign.audit_log_dialog import AuditLogDialog

        dialog = AuditLogDialog(
            audit_rows(store), self.export_audit_log, self.shell.window(), audit_names(store)
        )
        dialog.exec()
        dialog.deleteLater()

    def export_audit_log(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.store.audit_export import audit_workbook

        save_workbook(
            self.shell,
            translate("MainWindow", "Export the audit log"),
            self.shell.default_folder() / translate("MainWindow", "audit-log.xlsx"),
            lambda: audit_workbook(store),
            translate("MainWindow", "Cannot save the audit log"),
            translate("MainWindow", "Saved the audit log to {path}"),
        )

    def open_demo(self) -> None:
        """Open the demo campaign, writing it first (with progress) if it does not exist."""
        path = demo_path()
        if path.exists():
            self.open_path(path)
            return
        from reviewer.demo.campaign import write_demo  # reportlab and openpyxl: only when needed

        self.shell.start_job(
            translate("MainWindow", "Preparing the demo campaign"),
            lambda: write_demo(path),
            # The window may have been closed while the demo was written.
            on_success=lambda _result: self.shell.window().isVisible() and self.open_path(path),
            on_failure=lambda error: self.shell.show_error(
                translate("MainWindow", "Cannot write the demo campaign"), error
            ),
        )

    def open_demo_acceptance(self) -> None:
        """Open the demo acceptance review, writing it first (with progress) if it does not
        exist, with the decided demo selection beside it; the selection's 后续评审 then
        names the acceptance review, so the pilots' history shows at once."""
        path, selection = demo_acceptance_paths()
        if path.exists():
            self.open_path(path)
            return
        from reviewer.demo.acceptance import write_acceptance_demo

        def done() -> None:
            from reviewer.decisions.pilot_history import selection_uid

            with open_campaign(selection, read_only=True) as store:
                Settings().set_later_reviews(selection_uid(store), [path])
            if self.shell.window().isVisible():
                self.open_path(path)

        self.shell.start_job(
            translate("MainWindow", "Preparing the demo acceptance review"),
            lambda: write_acceptance_demo(path, overwrite=True, selection=selection),
            on_success=lambda _result: done(),
            on_failure=lambda error: self.shell.show_error(
                translate("MainWindow", "Cannot write the demo campaign"), error
            ),
        )


def _same_campaign(store: CampaignStore, location: Path | str) -> bool:
    """Whether `location` names the campaign `store` has open."""
    if is_database_url(location):
        return store.url == location
    return store.path is not None and store.path.resolve() == Path(location).resolve()
