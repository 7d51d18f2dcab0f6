"""The actions behind a dialog the Decisions tab leaves open beside the window (the
public notice, the feedback letters): one at a time, raised when asked for again, read
again when the campaign changes, closed when none is open any more."""

from __future__ import annotations

from ui.widgets.qt import QDialog, QObject, Qt
from ui.widgets.shell import Shell


class BesideDialogActions(QObject):
    """Keeps `dialog` while it is open; a subclass makes it (and names its class on
    `dialog`) and says how to `load` it."""

    def __init__(self, shell: Shell, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shell = shell
        self.dialog: QDialog | None = None
        shell.campaign_changed.connect(self.on_shell_campaign_changed)

    def on_shell_campaign_changed(self) -> None:
        """Show the campaign now open (or refreshed); with none open, close."""
        if self.dialog is not None and self.shell.store is None:
            self.dialog.close()
        else:
            self.load()

    def load(self) -> None:
        """Show the open campaign in the dialog, if both are there: each subclass reads
        its own part of the campaign."""

    def raised(self) -> bool:
        """Bring the dialog forward if it is open already; whether it was."""
        if self.dialog is None:
            return False
        self.dialog.raise_()
        self.dialog.activateWindow()
        return True

    def keep(self, dialog: QDialog) -> None:
        """Keep `dialog` as the one open, until it closes (it is deleted then)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self.on_dialog_destroyed)
        self.dialog = dialog

    def on_dialog_destroyed(self) -> None:
        self.dialog = None
