"""Carrying out what the public notice dialog asks: saving the notice's start and terms,
recording, answering and closing objections. Each write is one transaction audited by
the domain (`reviewer.decisions.notice`, `reviewer.decisions.objections`); a refusal
(an empty reply, an objection closed meanwhile) is shown and the dialog re-read.

The dialog is left open beside the window, like the Documents dialog, so that the
ranking stays in view while an objection is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from ui.decisions.beside_dialog import BesideDialogActions
from ui.decisions.writes import written
from ui.widgets.qt import QDialog

if TYPE_CHECKING:
    from ui.decisions.notice_dialog import NoticeDialog
    from ui.decisions.objection_dialogs import CloseObjectionDialog, ReplyDialog

Step = TypeVar("Step", "ReplyDialog", "CloseObjectionDialog")


class NoticeActions(BesideDialogActions):
    """Opens the notice dialog (`dialog`) and writes what it asks for."""

    dialog: NoticeDialog | None

    @staticmethod
    def today() -> date:
        """The machine's date: the notice runs and replies fall due by it."""
        return date.today()

    def open(self) -> None:
        store = self.shell.store
        if store is None or self.raised():
            return
        from ui.decisions.notice_dialog import NoticeDialog

        dialog = NoticeDialog(self.shell.window())
        dialog.save_requested.connect(self.on_save_requested)
        dialog.add_requested.connect(self.on_add_requested)
        dialog.reply_requested.connect(self.on_reply_requested)
        dialog.close_requested.connect(self.on_close_requested)
        self.keep(dialog)
        self.load()
        dialog.show()

    def load(self) -> None:
        store, dialog = self.shell.store, self.dialog
        if store is None or dialog is None:
            return
        from reviewer.decisions.notice import notice_state

        dialog.set_state(notice_state(store), self.today(), editable=not store.read_only)

    def _write(self, title: str, action: Callable[[], object]) -> bool:
        return written(self.shell, title, action, self.load)

    def on_save_requested(self) -> None:
        store, dialog = self.shell.store, self.dialog
        if store is None or dialog is None:
            return
        from reviewer.decisions.notice import set_notice

        start, term, reply = (
            dialog.chosen_start(),
            dialog.term_days.value(),
            dialog.reply_days.value(),
        )
        if self._write(
            self.tr("Cannot save the public notice"),
            lambda: set_notice(store, start=start, term_days=term, reply_days=reply),
        ):
            self.shell.show_message(self.tr("Saved the public notice."), 5000)

    def on_add_requested(self) -> None:
        store, dialog = self.shell.store, self.dialog
        if store is None or dialog is None:
            return
        from reviewer.decisions.notice import notice_state
        from reviewer.decisions.objections import add_objection
        from reviewer.intake.applications import list_applications
        from reviewer.labels import label
        from ui.decisions.objection_dialogs import AddObjectionDialog, picked

        applications = [
            (row.id, f"{row.applicant} · {label(row.track)}") for row in list_applications(store)
        ]
        step = AddObjectionDialog(
            applications, self.today(), notice_state(store).reply_days, dialog
        )
        if step.exec() != QDialog.DialogCode.Accepted:
            return
        self._write(
            self.tr("Cannot record the objection"),
            lambda: add_objection(
                store,
                step.application_id(),
                picked(step.received_on),
                step.objector.text(),
                step.text.toPlainText(),
                unit=step.unit.text(),
                contact=step.contact.text(),
            ),
        )

    def _asked(self, step_kind: type[Step], objection_id: int) -> Step | None:
        """The step's dialog on the open objection, once the user pressed OK."""
        dialog = self.dialog
        if dialog is None or self.shell.store is None:
            return None
        row = dialog.model.row_of(objection_id)
        if row < 0:
            return None
        step = step_kind(dialog.model.row_at(row), self.today(), dialog)
        return step if step.exec() == QDialog.DialogCode.Accepted else None

    def on_reply_requested(self, objection_id: int) -> None:
        from reviewer.decisions.objections import reply_objection
        from ui.decisions.objection_dialogs import ReplyDialog, picked

        store, step = self.shell.store, self._asked(ReplyDialog, objection_id)
        if store is None or step is None:
            return
        self._write(
            self.tr("Cannot record the reply"),
            lambda: reply_objection(
                store, objection_id, step.reply.toPlainText(), picked(step.replied_on)
            ),
        )

    def on_close_requested(self, objection_id: int) -> None:
        from reviewer.decisions.objections import close_objection
        from ui.decisions.objection_dialogs import CloseObjectionDialog, picked

        store, step = self.shell.store, self._asked(CloseObjectionDialog, objection_id)
        if store is None or step is None:
            return
        self._write(
            self.tr("Cannot close the objection"),
            lambda: close_objection(
                store,
                objection_id,
                step.chosen_outcome(),
                step.reasons.toPlainText(),
                picked(step.closed_on),
            ),
        )
