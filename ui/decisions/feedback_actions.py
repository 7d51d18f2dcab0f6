"""Carrying out what the feedback letters dialog asks: saving a letter's text (one
transaction, audited by `reviewer.documents.feedback`) and printing it as PDF where the
user chooses. Opened from the Decisions tab and left open beside the window, like the
public notice dialog; refused, with the reason, while the results are not locked.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.errors import ReviewerError
from ui.decisions.beside_dialog import BesideDialogActions
from ui.decisions.writes import written
from ui.widgets.qt import QFileDialog

if TYPE_CHECKING:
    from ui.decisions.feedback_dialog import FeedbackDialog


class FeedbackActions(BesideDialogActions):
    """Opens the feedback letters dialog (`dialog`) and writes what it asks for."""

    dialog: FeedbackDialog | None

    def open(self) -> None:
        store = self.shell.store
        if store is None or self.raised():
            return
        from reviewer.documents.feedback import feedback_letters
        from ui.decisions.feedback_dialog import FeedbackDialog

        try:
            letters = feedback_letters(store)
        except ReviewerError as error:
            self.shell.show_error(self.tr("Cannot show the feedback letters"), error)
            return
        dialog = FeedbackDialog(self.shell.window())
        dialog.save_requested.connect(self.on_save_requested)
        dialog.print_requested.connect(self.on_print_requested)
        dialog.set_letters(letters, editable=not store.read_only)
        self.keep(dialog)
        dialog.show()

    def load(self, *, keep_edit: bool = True) -> None:
        """Show the letters as stored; an edit not saved stays unless `keep_edit` is off."""
        store, dialog = self.shell.store, self.dialog
        if store is None or dialog is None:
            return
        from reviewer.documents.feedback import feedback_letters

        try:
            letters = feedback_letters(store)
        except ReviewerError as error:  # unlocked meanwhile: nothing to show
            dialog.close()
            self.shell.show_error(self.tr("Cannot show the feedback letters"), error)
            return
        dialog.set_letters(letters, editable=not store.read_only, keep_edit=keep_edit)

    def on_save_requested(self, application_id: int, text: str) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.documents.feedback import save_feedback

        # A refused text stays in the editor to be corrected; a saved one is shown as kept.
        if written(
            self.shell,
            self.tr("Cannot save the feedback letter"),
            lambda: save_feedback(store, application_id, text),
            lambda: None,
        ):
            self.load(keep_edit=False)
            self.shell.show_message(self.tr("Saved the feedback letter."), 5000)

    def on_print_requested(self, application_id: int, text: str) -> None:
        store, dialog = self.shell.store, self.dialog
        if store is None or dialog is None:
            return
        from reviewer.documents.feedback import file_name, write_letter

        letter = dialog.current()
        if letter is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            dialog,
            self.tr("Print the feedback letter"),
            str(self.shell.default_folder() / file_name(letter)),
            self.tr("PDF documents (*.pdf)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        try:
            write_letter(store, application_id, text, path)
        except ReviewerError as error:
            self.shell.show_error(self.tr("Cannot print the feedback letter"), error)
            return
        self.shell.show_message(self.tr("Printed to {path}.").format(path=chosen), 8000)
