"""What a stage's actions may ask of the window that shows them: the `Shell`.

Each stage's actions (importing packages, issuing kits, locking results...) live beside
that stage's screens. They reach the main window only through this protocol, never by
importing it: the window imports the stages, so a stage importing the window back would
tie every stage to every other through it (Anki's `aqt/operations/` take a parent widget
for the same reason).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from reviewer.errors import ReviewerError
from ui.widgets.qt import QCoreApplication, QFileDialog, QWidget

if TYPE_CHECKING:
    from reviewer.progress import Job
    from reviewer.store.storage import CampaignStore
    from ui.widgets.qt import SignalInstance


class Shell(Protocol):
    """The main window as the stages see it."""

    @property
    def store(self) -> CampaignStore | None:
        """The open campaign, or None."""

    @property
    def campaign_changed(self) -> SignalInstance:
        """Emitted after a campaign is opened, closed or refreshed."""

    def window(self) -> QWidget:
        """The parent of the stage's dialogs and messages."""

    def refresh(self) -> None:
        """Tell that the campaign changed: every view reads it again."""

    def show_error(self, title: str, error: BaseException) -> None:
        """Tell the user what went wrong, in a message box."""

    def show_message(self, text: str, timeout: int) -> None:
        """Say in the status bar what was done, for `timeout` milliseconds."""

    def start_job(
        self,
        title: str,
        make_job: Callable[[], Job],
        on_success: Callable[[Any], object],
        on_failure: Callable[[Exception], object],
    ) -> None:
        """Run a long job with a progress dialog; the window waits for it before closing."""

    def default_folder(self) -> Path:
        """Where file dialogs start: beside the latest campaign."""

    def show_file(self, path: Path) -> None:
        """A PDF in Reviewer's viewer, anything else in the system's."""

    def is_showing(self, page: QWidget) -> bool:
        """Whether `page` is the tab on show."""


def choose_workbook(shell: Shell, title: str) -> Path | None:
    """An .xlsx the user picks to import, or None."""
    chosen, _filter = QFileDialog.getOpenFileName(
        shell.window(),
        title,
        str(shell.default_folder()),
        QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"),
    )
    return Path(chosen) if chosen else None


def save_workbook(
    shell: Shell,
    title: str,
    suggested: Path,
    make: Callable[[], bytes],
    failure: str,
    saved: str,
) -> None:
    """Ask where to save a workbook Reviewer makes, write it, say where it went."""
    chosen, _filter = QFileDialog.getSaveFileName(
        shell.window(),
        title,
        str(suggested),
        QCoreApplication.translate("MainWindow", "Excel workbooks (*.xlsx)"),
    )
    if not chosen:
        return
    from reviewer.store.outputs import check_destination, write_file

    path = Path(chosen)
    store = shell.store
    try:
        # The dialog asked before replacing a file (force); never the campaign.
        check_destination(path, force=True, campaign=store.path if store is not None else None)
        write_file(path, make())
    except ReviewerError as error:
        shell.show_error(failure, error)
        return
    shell.show_message(saved.format(path=chosen), 8000)
