"""Carrying out what an acceptance review's Decisions tab asks about outcomes: saving the
bands and star thresholds, opening the re-acceptance round (复验). Each write is one
transaction audited by the domain (`reviewer.decisions.outcome_bands`,
`reviewer.decisions.acceptance_outcomes`); a refusal is shown and the tab re-read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from ui.decisions.writes import written
from ui.widgets.qt import QDialog, QObject
from ui.widgets.shell import Shell


class OutcomeActions(QObject):
    """Opens the bands and re-acceptance dialogs; `reload` shows the tab after a write."""

    def __init__(self, shell: Shell, reload: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.shell = shell
        self.reload = reload

    @staticmethod
    def today() -> date:
        """The machine's date: the deadline is proposed from it."""
        return date.today()

    def on_bands_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.decisions.outcome_bands import outcome_settings, save_outcome_settings
        from ui.decisions.outcome_dialogs import BandsDialog

        dialog = BandsDialog(outcome_settings(store), self.shell.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        settings = dialog.settings()
        if settings is not None:
            written(
                self.shell,
                self.tr("Cannot save the outcome bands"),
                lambda: save_outcome_settings(store, settings),
                self.reload,
            )

    def on_reaccept_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.decisions.acceptance_outcomes import open_reacceptance, pilot_outcomes
        from reviewer.vocabulary import AcceptanceOutcome
        from ui.decisions.outcome_dialogs import ReacceptDialog

        outcomes = pilot_outcomes(store, self.today())
        rectify = [p.applicant for p in outcomes.pilots if p.outcome is AcceptanceOutcome.RECTIFY]
        dialog = ReacceptDialog(rectify, self.today(), self.shell.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rectify_by, reason = dialog.rectify_by(), dialog.reason.text()
        if written(
            self.shell,
            self.tr("Cannot open the re-acceptance round"),
            lambda: open_reacceptance(store, rectify_by, reason),
            self.reload,
        ):
            self.shell.refresh()  # the results are unlocked and a round is open
