"""The Decisions tab's work: reading the ranking, staging and committing decisions,
editing the ranking rules.

The page is built on first use, like the Results page. Reading the ranking is cheap
(it parses the locked snapshot, nothing is merged), so it runs on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.errors import ReviewerError
from reviewer.scoring.kit_role import is_kit
from reviewer.vocabulary import DecisionOutcome
from ui.decisions.history_actions import HistoryActions
from ui.decisions.outcome_actions import OutcomeActions
from ui.decisions.writes import written
from ui.settings import Settings
from ui.widgets.lazy_tab import LazyTab
from ui.widgets.qt import (
    QDialog,
    QInputDialog,
    QKeySequence,
    QMessageBox,
    Qt,
    QTabWidget,
    QUndoCommand,
    QUndoStack,
    QWidget,
)
from ui.widgets.shell import Shell, save_workbook
from ui.widgets.tasks import run_with_progress

if TYPE_CHECKING:
    from reviewer.decisions.outcomes import Choice
    from reviewer.store.storage import CampaignStore
    from ui.decisions.documents_dialog import DocumentsDialog
    from ui.decisions.feedback_actions import FeedbackActions
    from ui.decisions.notice_actions import NoticeActions
    from ui.decisions.view import DecisionsView

Staged = tuple[DecisionOutcome, str] | None  # a staged outcome and reason, or none


class StageDecision(QUndoCommand):
    """Staging (or discarding) one line's decision; undo puts the earlier staged
    decision back. Committed decisions are not undone: a commit clears the stack."""

    def __init__(
        self, actions: DecisionsActions, application_id: int, old: Staged, new: Staged, text: str
    ) -> None:
        super().__init__(text)
        self._actions, self._id, self._old, self._new = actions, application_id, old, new

    def redo(self) -> None:
        # A decision the rules refused was never staged: leave no step behind.
        self.setObsolete(not self._actions.write_staged(self._id, self._new))

    def undo(self) -> None:
        self._actions.write_staged(self._id, self._old)


def _staged(choice: Choice | None) -> Staged:
    return None if choice is None else (choice.outcome, choice.reason)


class DecisionsActions(LazyTab):
    """Owns the Decisions tab (`page`) and carries out what it asks for."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell, "decisionsPage", self.load)
        self.view: DecisionsView | None = None
        self.undo = QUndoStack(self)
        self._undo_store: CampaignStore | None = None
        self.documents: DocumentsDialog | None = None
        self.notice: NoticeActions | None = None
        self.outcome_actions: OutcomeActions | None = None
        self.feedback: FeedbackActions | None = None

    def _ensure_view(self) -> DecisionsView:
        if self.view is None:
            from ui.decisions.view import DecisionsView

            self.view = DecisionsView()
            self.view.decide_requested.connect(self.on_decide_requested)
            self.view.reset_requested.connect(self.on_reset_requested)
            self.view.commit_requested.connect(self.on_commit_requested)
            self.view.rules_requested.connect(self.on_rules_requested)
            self.view.export_requested.connect(self.on_export_requested)
            self.view.documents_requested.connect(self.on_documents_requested)
            self.view.notice_requested.connect(self.on_notice_requested)
            self.view.feedback_requested.connect(self.on_feedback_requested)
            self.view.results_requested.connect(self.on_results_requested)
            self.outcome_actions = OutcomeActions(self.shell, self.load, self)
            self.view.bands_requested.connect(self.outcome_actions.on_bands_requested)
            self.view.reaccept_requested.connect(self.outcome_actions.on_reaccept_requested)
            self.history_actions = HistoryActions(self.shell, self)
            view = self.view
            view.later_reviews_requested.connect(lambda: self.history_actions.on_requested(view))
            undo = self.undo.createUndoAction(self.view, self.tr("Undo"))
            undo.setShortcut(QKeySequence.StandardKey.Undo)
            redo = self.undo.createRedoAction(self.view, self.tr("Redo"))
            redo.setShortcut(QKeySequence.StandardKey.Redo)
            for action in (undo, redo):
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                self.view.addAction(action)
            self._layout.addWidget(self.view)
        return self.view

    def on_results_requested(self) -> None:
        """Show the Results tab, where the results are locked: the tab beside ours."""
        holder = self.page.parentWidget()
        while holder is not None and not isinstance(holder, QTabWidget):
            holder = holder.parentWidget()
        results = None if holder is None else holder.findChild(QWidget, "resultsPage")
        if holder is not None and results is not None:
            holder.setCurrentWidget(results)

    def load(self) -> None:
        """Read the ranking and decisions on the locked results and show them."""
        store = self.shell.store
        if store is None or is_kit(store):
            return
        view = self._ensure_view()
        if store is not self._undo_store:  # another campaign: its steps mean nothing here
            self.undo.clear()
            self._undo_store = store
        from reviewer.decisions.outcomes import decision_sheet
        from reviewer.decisions.ranking import ResultsNotLockedForRanking
        from reviewer.results.reconcile import notes
        from reviewer.rubrics.catalog import current_rubrics

        names = {c.code: c.name for r in current_rubrics(store) for c in r.conditions}
        editable = not store.read_only
        try:
            sheet = decision_sheet(store)
        except ResultsNotLockedForRanking:
            view.set_sheet(None, [], names, editable=editable)
        except ReviewerError as error:
            self.shell.show_error(self.tr("Cannot read the ranking"), error)
            return
        else:
            view.set_sheet(sheet, notes(store), names, editable=editable)
        self._show_outcomes(view, store)
        self.history_actions.show(view, store)
        self.stale = False

    def _show_outcomes(self, view: DecisionsView, store: CampaignStore) -> None:
        """An acceptance or mid-term review's outcomes beside the ranking (none before
        its first lock)."""
        from reviewer.decisions.acceptance_outcomes import is_review, pilot_outcomes
        from reviewer.decisions.ranking import ResultsNotLockedForRanking

        review = is_review(store)
        outcomes = None
        if review:
            try:
                outcomes = pilot_outcomes(store, OutcomeActions.today())
            except ResultsNotLockedForRanking:
                outcomes = None
        view.set_outcomes(review, outcomes)

    def _write(self, title: str, action: Callable[[], object]) -> bool:
        return written(self.shell, title, action, self.load)

    def on_decide_requested(self, application_id: int, outcome_value: str) -> None:
        store = self.shell.store
        view = self.view
        if store is None or view is None or view.sheet is None:
            return
        from reviewer.decisions.outcomes import against_ranking

        outcome = DecisionOutcome(outcome_value)
        line = view.sheet.line(application_id)
        reason = ""
        if against_ranking(line.line, outcome) and line.line.rank is not None:
            from reviewer.labels import label

            text, accepted = QInputDialog.getMultiLineText(
                self.shell.window(),
                self.tr("Reason for going against the ranking"),
                self.tr(
                    "“{outcome}” on {applicant} goes against the ranking (proposal: "
                    "{proposal}). Write why; the reason is kept with the decision and in the "
                    "audit log."
                ).format(
                    outcome=label(outcome),
                    applicant=line.line.applicant,
                    proposal=label(line.line.proposal),
                ),
                line.pending_reason,
            )
            if not accepted:
                return
            reason = text
        self.undo.push(
            StageDecision(
                self,
                application_id,
                _staged(line.staged),
                (outcome, reason),
                self.tr("decide {applicant}").format(applicant=line.line.applicant),
            )
        )

    def on_reset_requested(self, application_id: int) -> None:
        view = self.view
        if self.shell.store is None or view is None or view.sheet is None:
            return
        line = view.sheet.line(application_id)
        if line.staged is None:
            return  # already the proposal or the committed decision
        self.undo.push(
            StageDecision(
                self,
                application_id,
                _staged(line.staged),
                None,
                self.tr("reset {applicant}").format(applicant=line.line.applicant),
            )
        )

    def write_staged(self, application_id: int, staged: Staged) -> bool:
        """Stage `staged` on the line (or discard its staged decision), show the result
        and keep the line selected; says whether it was written."""
        store = self.shell.store
        if store is None:
            return False
        from reviewer.decisions.outcomes import stage, unstage

        def write() -> None:
            if staged is None:
                unstage(store, [application_id])
            else:
                stage(store, application_id, *staged)

        written = self._write(self.tr("Cannot stage the decision"), write)
        if self.view is not None:
            self.view.select(application_id)
        return written

    def on_commit_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.decisions.outcomes import commit_decisions, decision_sheet
        from ui.decisions.dialogs import CommitDialog

        try:
            sheet = decision_sheet(store)
        except ReviewerError as error:
            self.shell.show_error(self.tr("Cannot commit the decisions"), error)
            return
        if not sheet.to_commit():
            QMessageBox.information(
                self.shell.window(),
                self.tr("Commit decisions"),
                self.tr("Every decision is committed already; nothing to commit."),
            )
            return
        dialog = CommitDialog(sheet, self.shell.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fingerprint = sheet.ranking.fingerprint
        self.undo.clear()  # the staged decisions become committed ones: nothing to undo
        if self._write(
            self.tr("Cannot commit the decisions"), lambda: commit_decisions(store, fingerprint)
        ):
            self.shell.show_message(
                self.tr("Committed {count} decisions.").format(count=len(sheet.to_commit())),
                5000,
            )

    def on_rules_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.decisions.ranking import load_rules, save_rules
        from reviewer.rubrics.catalog import current_rubrics
        from ui.decisions.dialogs import RulesDialog

        rules = load_rules(store)
        dialog = RulesDialog(rules, current_rubrics(store), self.shell.window())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = [new for new in dialog.rules() if new != rules[new.track]]
        if changed:
            self._write(
                self.tr("Cannot save the ranking rules"), lambda: save_rules(store, *changed)
            )

    def on_export_requested(self, kind: str) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.decisions.exports import ranking_workbook, score_summary_workbook

        if kind == "ranking":
            save_workbook(
                self.shell,
                self.tr("Export the ranking and the pilot list"),
                self.shell.default_folder() / self.tr("ranking.xlsx"),
                lambda: ranking_workbook(store),
                self.tr("Cannot save the ranking"),
                self.tr("Saved the ranking to {path}"),
            )
        else:
            save_workbook(
                self.shell,
                self.tr("Export the score summary"),
                self.shell.default_folder() / self.tr("score-summary.xlsx"),
                lambda: score_summary_workbook(store),
                self.tr("Cannot save the score summary"),
                self.tr("Saved the score summary to {path}"),
            )

    def on_documents_requested(self) -> None:
        """The documents dialog, left open beside the window so that what it wrote can
        be opened, previewed and printed while the tab stays usable."""
        store = self.shell.store
        if store is None:
            return
        from ui.decisions.documents_dialog import DocumentsDialog

        if self.documents is not None:
            self.documents.raise_()
            self.documents.activateWindow()
            return
        folder = self.shell.default_folder() / self.tr("review documents")
        dialog = DocumentsDialog(folder, self.shell.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.write_requested.connect(lambda: self.write_documents(dialog))
        dialog.open_requested.connect(self.shell.show_file)
        dialog.destroyed.connect(self.on_documents_destroyed)
        self.documents = dialog
        dialog.show()

    def on_notice_requested(self) -> None:
        """The public notice and objections dialog, left open beside the window."""
        if self.notice is None:
            from ui.decisions.notice_actions import NoticeActions

            self.notice = NoticeActions(self.shell, self)
        self.notice.open()

    def on_feedback_requested(self) -> None:
        """The feedback letters to applicants, left open beside the window."""
        if self.feedback is None:
            from ui.decisions.feedback_actions import FeedbackActions

            self.feedback = FeedbackActions(self.shell, self)
        self.feedback.open()

    def on_documents_destroyed(self) -> None:
        self.documents = None

    def write_documents(self, dialog: DocumentsDialog, *, force: bool = False) -> None:
        """Write the documents on a worker. When the folder holds documents of an earlier
        report, ask before replacing them, and write again if the user agrees."""
        store = self.shell.store
        if store is None:
            return
        from reviewer.documents.report import writing_report
        from reviewer.store.outputs import OutputExists

        folder, options, formats = dialog.chosen_folder(), dialog.options(), dialog.formats()
        fonts = Settings().font_files  # chosen in Preferences

        def on_failure(error: Exception) -> None:
            if isinstance(error, OutputExists) and not force:
                if self.replace_documents_confirmed(dialog, folder):
                    self.write_documents(dialog, force=True)
                return
            self.shell.show_error(self.tr("Cannot write the documents"), error)

        run_with_progress(
            dialog,
            self.tr("Writing the documents"),
            lambda: writing_report(
                store, folder, options, force=force, fonts=fonts, formats=formats
            ),
            dialog.show_report,
            on_failure,
        )

    def replace_documents_confirmed(self, dialog: DocumentsDialog, folder: Path) -> bool:
        answer = QMessageBox.question(
            dialog,
            self.tr("Replace the documents?"),
            self.tr(
                "The folder {folder} already holds documents written before. Replace them "
                "with the documents of the locked results?"
            ).format(folder=folder),
        )
        return answer == QMessageBox.StandardButton.Yes
