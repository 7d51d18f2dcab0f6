"""The selection's 后续评审 (later reviews): choosing the acceptance and mid-term review
campaign files of its pilots, remembered per selection campaign (its uid) in the user's
settings, and reading them (read-only, `reviewer.decisions.pilot_history`) into the
Decisions tab's column. A file that is not a later review of this selection is named
with the reason; the others are still shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ui.settings import Settings
from ui.widgets.qt import QFileDialog, QMessageBox, QObject
from ui.widgets.shell import Shell

if TYPE_CHECKING:
    from reviewer.store.storage import CampaignStore
    from ui.decisions.view import DecisionsView


class HistoryActions(QObject):
    """Chooses the later-review files and shows what they say of the pilots."""

    def __init__(self, shell: Shell, parent: QObject) -> None:
        super().__init__(parent)
        self.shell = shell

    def show(self, view: DecisionsView, store: CampaignStore, *, warn: bool = False) -> None:
        """Read the files remembered for this selection into the view (no column while
        none is named); with `warn`, say which files were refused and why."""
        from reviewer.decisions.acceptance_outcomes import is_review
        from reviewer.decisions.pilot_history import pilot_history, selection_uid

        if is_review(store):
            view.set_history(None)
            return
        files = Settings().later_reviews(selection_uid(store))
        if not files:
            view.set_history(None)
            return
        history = pilot_history(store, files)
        view.set_history(history)
        if warn and history.refused:
            QMessageBox.warning(
                self.shell.window(),
                self.tr("Some files are not later reviews of this selection"),
                "\n\n".join(refused.reason for refused in history.refused),
            )

    def on_requested(self, view: DecisionsView) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.decisions.pilot_history import selection_uid
        from reviewer.store.storage import SUFFIX

        uid = selection_uid(store)
        settings = Settings()
        chosen = settings.later_reviews(uid)
        start = str(chosen[0].parent) if chosen else ""
        names, _filter = QFileDialog.getOpenFileNames(
            self.shell.window(),
            self.tr("Acceptance and mid-term reviews of this selection's pilots"),
            start,
            self.tr("Reviewer campaigns (*{suffix});;All files (*)").format(suffix=SUFFIX),
        )
        if not names:
            return
        settings.set_later_reviews(uid, [Path(name) for name in names])
        self.show(view, store, warn=True)
