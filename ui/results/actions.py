"""The Results tab's work: merging off the UI thread, locking (refused over open
deviations unless the panel leader allows it), unlocking on a ground, the experts'
written explanations, notes and dissents.

The results page is built on first use, so numpy and the merge code are not imported
at start-up; until then the tab holds an empty placeholder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewer.errors import ReviewerError
from reviewer.i18n import counted
from reviewer.scoring.kit_role import is_kit
from ui.widgets.lazy_tab import LazyTab
from ui.widgets.qt import QInputDialog, QLineEdit, QMessageBox, Signal
from ui.widgets.tasks import run_with_progress

if TYPE_CHECKING:
    from reviewer.progress import Job
    from reviewer.results.merge import PanelResults
    from reviewer.results.rescore import RoundTotal
    from ui.results.view import ResultsView
    from ui.widgets.shell import Shell


class ResultsActions(LazyTab):
    """Owns the Results tab (`page`) and carries out what it asks for.

    Signals: audit_requested() when the page asks for the audit log, which is the
    campaign's to show."""

    audit_requested = Signal()

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell, "resultsPage", self.merge)
        self.view: ResultsView | None = None
        self.last_results: PanelResults | None = None
        self.charts: Any = None

    def _ensure_view(self) -> ResultsView:
        if self.view is None:
            from ui.results.charts import ResultsCharts
            from ui.results.view import ResultsView

            self.view = ResultsView()
            self.charts = ResultsCharts()
            self.view.add_charts(self.charts)
            self.view.merge_requested.connect(self.merge)
            self.view.lock_requested.connect(self.on_lock_requested)
            self.view.unlock_requested.connect(self.on_unlock_requested)
            self.view.note_requested.connect(self.on_note_requested)
            self.view.explain_requested.connect(self.on_explain_requested)
            self.view.audit_requested.connect(self.audit_requested)
            self.view.rescore_requested.connect(self.on_rescore_requested)
            self.view.signatures_requested.connect(self.on_signatures_requested)
            self._layout.addWidget(self.view)
        return self.view

    def merge(self) -> None:
        """Merge the campaign's scores on a worker and show them when done."""
        store = self.shell.store
        if store is None or is_kit(store):
            return
        view = self._ensure_view()
        from reviewer.results.merge import merging
        from reviewer.results.rescore import score_history
        from reviewer.rubrics.catalog import current_rubrics

        def merged() -> Job:
            # The rounds' history sums every score too: on the worker, not the UI thread.
            results = yield from merging(store)
            names = {
                r.track: {c.code: c.name for c in r.conditions} for r in current_rubrics(store)
            }
            return results, score_history(store), names

        def shown(merged: tuple[PanelResults, dict[int, tuple[RoundTotal, ...]], Any]) -> None:
            from reviewer.results.reconcile import current_lock, notes

            results, history, names = merged
            if self.shell.store is not store:
                return  # another campaign was opened meanwhile
            self.stale = False
            self.last_results = results
            view.set_results(results, notes(store), history)
            view.set_lock(current_lock(store), editable=not store.read_only)
            if self.charts is not None:
                self.charts.set_results(results, names)

        run_with_progress(
            self.shell.window(),
            self.tr("Merging the scores"),
            merged,
            shown,
            lambda error: self.shell.show_error(self.tr("Cannot merge the scores"), error),
        )

    def _reason(self, title: str, prompt: str) -> str | None:
        text, accepted = QInputDialog.getText(
            self.shell.window(), title, prompt, QLineEdit.EchoMode.Normal, ""
        )
        return text if accepted else None

    def _write(self, title: str, action: Any) -> bool:
        try:
            action()
        except ReviewerError as error:
            self.shell.show_error(title, error)
            return False
        self.shell.refresh()  # merges again through campaign_changed
        return True

    def on_lock_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        reason = self._reason(
            self.tr("Lock the results"),
            self.tr(
                "Locking keeps these results as they are for the documents; nothing may "
                "change them until they are unlocked. Why are they final (for example, the "
                "panel meeting that approved them)?"
            ),
        )
        if reason is None:
            return
        from reviewer.results.lock_checks import LockRefused
        from reviewer.results.reconcile import lock_results
        from ui.results.lock_dialogs import LockRefusedDialog

        title = self.tr("Cannot lock the results")
        try:
            lock_results(store, reason)
        except LockRefused as refused:
            dialog = LockRefusedDialog(refused.obstacles, self.shell.window())
            if dialog.exec():
                override = dialog.override_reason()
                self._write(title, lambda: lock_results(store, reason, override))
            return
        except ReviewerError as error:
            self.shell.show_error(title, error)
            return
        self.shell.refresh()

    def on_unlock_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.results.reconcile import decided_on_lock

        decided = decided_on_lock(store)
        if decided:
            answer = QMessageBox.question(
                self.shell.window(),
                self.tr("Unlock the results"),
                counted(
                    self.tr(
                        "{count} {count:decision was|decisions were} committed on these results. "
                        "Once they are unlocked, those decisions no longer hold: they must be "
                        "taken again on the results locked next, and until then no document "
                        "names an approved applicant.\n\nUnlock anyway?"
                    ),
                    count=decided,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        from reviewer.results.reconcile import unlock_results
        from ui.results.lock_dialogs import UnlockDialog

        dialog = UnlockDialog(self.shell.window())
        if not dialog.exec():
            return
        ground, text, reason = dialog.ground(), dialog.ground_text(), dialog.reason()
        self._write(
            self.tr("Cannot unlock the results"),
            lambda: unlock_results(store, reason, ground, text),
        )

    def on_explain_requested(self, application_id: int) -> None:
        store = self.shell.store
        results = self.last_results
        if store is None or results is None:
            return
        from reviewer.results.deviations import deviations, explain_deviation
        from ui.results.lock_dialogs import ExplanationDialog

        flagged = [d for d in deviations(store, results) if d.application_id == application_id]
        if not flagged:
            return
        dialog = ExplanationDialog(flagged[0].applicant, flagged, self.shell.window())
        if not dialog.exec():
            return
        expert, items = dialog.expert(), dialog.items()
        text, written_on = dialog.text(), dialog.written_on()
        self._write(
            self.tr("Cannot enter the explanation"),
            lambda: explain_deviation(
                store, results, application_id, expert, text, written_on, items
            ),
        )

    def on_signatures_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from ui.results.report_signatures_dialog import ReportSignaturesDialog

        ReportSignaturesDialog(store, self.shell.window()).exec()

    def on_rescore_requested(self) -> None:
        store = self.shell.store
        results = self.last_results
        if store is None or results is None or self.view is None:
            return
        from reviewer.results.rescore import open_rescore_round, proposed_requests
        from ui.results.rescore_dialog import RescoreDialog

        proposal = proposed_requests(results)
        selected = self.view.selected()
        if not proposal and selected is None:
            QMessageBox.information(
                self.shell.window(),
                self.tr("Open a re-score round"),
                self.tr(
                    "No application needs discussion. To have one scored again anyway, "
                    "select it in the score matrix first."
                ),
            )
            return
        dialog = RescoreDialog(results, proposal, selected, self.shell.window())
        if not dialog.exec():
            return
        opened: list[Any] = []
        title = self.tr("Cannot open the round")
        requests, reason = dialog.requests(), dialog.reason()
        if self._write(title, lambda: opened.append(open_rescore_round(store, requests, reason))):
            QMessageBox.information(
                self.shell.window(),
                self.tr("Open a re-score round"),
                self.tr(
                    "Round {round} is open. On the Experts tab, issue kits or score sheets to "
                    "{experts}: they hold only the applications to score again."
                ).format(round=opened[0].number, experts="、".join(opened[0].experts)),
            )

    def on_note_requested(self, application_id: int, dissent: bool) -> None:
        store = self.shell.store
        results = self.last_results
        if store is None or results is None:
            return
        result = next(r for r in results.applications if r.application_id == application_id)
        expert = ""
        if dissent:
            codes = [f"{t.expert_code} {t.expert_name}" for t in result.totals]
            if not codes:
                QMessageBox.information(
                    self.shell.window(),
                    self.tr("Record a dissent"),
                    self.tr("No expert has scored this application yet."),
                )
                return
            chosen, accepted = QInputDialog.getItem(
                self.shell.window(),
                self.tr("Record a dissent"),
                self.tr("Which expert dissents?"),
                codes,
                0,
                False,
            )
            if not accepted:
                return
            expert = chosen.split(" ")[0]
        text, accepted = QInputDialog.getMultiLineText(
            self.shell.window(),
            self.tr("Record a dissent") if dissent else self.tr("Add a discussion note"),
            (
                self.tr("The expert's written reasons for {applicant}:")
                if dissent
                else self.tr("What the panel said about {applicant}:")
            ).format(applicant=result.applicant),
        )
        if not accepted:
            return
        from reviewer.results.reconcile import add_note

        self._write(
            self.tr("Cannot save the note"),
            lambda: add_note(store, application_id, text, expert),
        )
