"""Scoring: issuing an expert's kit; in expert mode, the conflicts check, declaring a
conflict and submitting the scores; back at the secretariat, importing the returned
score files.

The actions reach the window through the `Shell`; the window shows the kit's view that
`open_kit` makes. Their strings keep the "MainWindow" translation context they had when
they were the window's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.errors import ReviewerError
from reviewer.i18n import counted
from reviewer.panel.expert_rows import ExpertRow
from reviewer.store.storage import SUFFIX, CampaignStore
from ui.widgets.qt import (
    QCoreApplication,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QObject,
    QTimer,
    QToolBar,
)
from ui.widgets.shell import Shell

if TYPE_CHECKING:  # and the output and backup code imported on use: not on the way to a start
    from reviewer.progress import Job
    from reviewer.scoring.returns.importing import ReturnSummary, ScoreImportReport
    from reviewer.scoring.submission import Submission
    from ui.scoring.expert_view import ExpertView

translate = QCoreApplication.translate

# Refusals (and expert codes) listed in the score import's message itself; every file is
# in its details.
MESSAGE_LINES = 12


class ScoringActions(QObject):
    """Owns expert mode's view (`expert_view`, while a kit is open) and carries out the
    scoring commands."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.expert_view: ExpertView | None = None  # shown when a kit is open
        self.last_submission: Submission | None = None
        self.last_score_report: QMessageBox | None = None

    # -- expert mode ---------------------------------------------------------------------
    def open_kit(self, store: CampaignStore) -> ExpertView:
        """The view of an expert's kit, for the window to show instead of the
        secretariat's views; the conflicts check comes up once it is on screen."""
        from ui.scoring.expert_view import ExpertView

        view = ExpertView(store)
        view.submit_requested.connect(self.on_expert_submit_requested)
        view.conflict_requested.connect(self.on_expert_conflict_requested)
        self.expert_view = view
        self._show_secretariat_toolbar(False)  # an expert has no use for New, Import…
        view.commitment_requested.connect(self.check_commitment)
        if view.state is not None and not view.state.conflicts_confirmed:
            # The check comes before any scoring, once the window is on screen.
            QTimer.singleShot(0, self.check_conflicts)
        elif view.state is not None and not view.state.commitment_accepted:
            QTimer.singleShot(0, self.check_commitment)
        return view

    def close_kit(self) -> None:
        """Close the kit's view, which the window has taken off its pages."""
        if self.expert_view is not None:
            self.expert_view.close_kit()
            self.expert_view.deleteLater()
            self.expert_view = None
            self._show_secretariat_toolbar(True)

    def _show_secretariat_toolbar(self, shown: bool) -> None:
        toolbar = self.shell.window().findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            toolbar.setVisible(shown)

    def check_conflicts(self) -> None:
        """Ask the expert for their conflicts until they have gone through the list."""
        store, view = self.shell.store, self.expert_view
        if store is None or view is None or view.state is None or store.read_only:
            return
        if view.state.conflicts_confirmed:
            return
        from reviewer.scoring.expert_scoring import confirm_conflicts
        from ui.scoring.conflict_check_dialog import ConflictCheckDialog

        dialog = ConflictCheckDialog(view.state, self.shell.window())
        if dialog.exec() != ConflictCheckDialog.DialogCode.Accepted:
            return
        try:
            confirm_conflicts(store, dialog.declarations())
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot record the conflicts"), error)
            return
        view.refresh()
        self.check_commitment()  # the commitment comes next, with the recusals just made

    def check_commitment(self) -> None:
        """Ask the expert to read and accept the review commitment (评审承诺) before the
        first score; the acceptance is saved before the view shows it as accepted."""
        store, view = self.shell.store, self.expert_view
        if store is None or view is None or view.state is None or store.read_only:
            return
        if view.state.commitment_accepted:
            return
        from reviewer.scoring.expert_scoring import accept_commitment
        from ui.scoring.commitment_dialog import CommitmentDialog

        dialog = CommitmentDialog(view.state, self.shell.window())
        if dialog.exec() != CommitmentDialog.DialogCode.Accepted:
            return
        try:
            accept_commitment(store)
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot record the commitment"), error)
            return
        view.refresh()

    def on_expert_conflict_requested(self, application_id: int) -> None:
        store, view = self.shell.store, self.expert_view
        if store is None or view is None or view.state is None or store.read_only:
            return
        reason, ok = QInputDialog.getText(
            self.shell.window(),
            translate("MainWindow", "Declare a conflict of interest"),
            translate(
                "MainWindow",
                "Why may you not score this application? (worked for the applicant in the last "
                "three years, sat on its board, family ties, or any other tie)",
            ),
        )
        if not ok:
            return
        from reviewer.panel.assignments import declare_conflict

        try:
            declare_conflict(store, view.state.expert_id, application_id, reason)
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot record the conflict"), error)
            return
        view.refresh()

    def on_expert_submit_requested(self) -> None:
        store, view = self.shell.store, self.expert_view
        if store is None or view is None or store.read_only:
            return
        if view.state is not None and not view.state.conflicts_confirmed:
            self.check_conflicts()  # the check comes first; Submit then goes on
        elif view.state is not None and not view.state.commitment_accepted:
            self.check_commitment()
        folder = QFileDialog.getExistingDirectory(
            self.shell.window(),
            translate(
                "MainWindow", "Submit: choose where to save the score file and the score sheet"
            ),
            str(self.shell.default_folder()),
        )
        if not folder:
            return
        from reviewer.scoring.submission import submit

        try:
            submission = submit(store, Path(folder))
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot submit the scores"), error)
            return
        self.last_submission = submission
        view.refresh()
        QMessageBox.information(
            self.shell.window(),
            translate("MainWindow", "Scores submitted"),
            translate(
                "MainWindow",
                "Hand the score file to the secretariat, and print, sign and hand in the "
                "score sheet:\n\n{file}\n{sheet}\n\nFingerprint: {fingerprint}",
            ).format(
                file=submission.score_file,
                sheet=submission.score_sheet,
                fingerprint=submission.fingerprint,
            ),
        )

    def on_experts_kit_requested(self, row: ExpertRow) -> None:
        store = self.shell.store
        if store is None or store.read_only:
            return
        from reviewer.store.outputs import safe_file_name

        name = translate("MainWindow", "kit-{code}-{name}").format(code=row.code, name=row.name)
        suggested = self.shell.default_folder() / safe_file_name(name, SUFFIX)
        chosen, _filter = QFileDialog.getSaveFileName(
            self.shell.window(),
            translate("MainWindow", "Issue a scoring kit"),
            str(suggested),
            translate("MainWindow", "Reviewer campaigns (*{suffix})").format(suffix=SUFFIX),
        )
        if not chosen:
            return
        from reviewer.scoring.kits import KitSummary, issuing_kit

        def issued(summary: KitSummary) -> None:
            self.shell.refresh()
            self.shell.show_message(
                counted(
                    translate(
                        "MainWindow",
                        "Issued the kit of {name} with {n} {n:application|applications} to {path}",
                    ),
                    name=row.name,
                    n=summary.applications,
                    path=summary.path,
                ),
                10000,
            )

        self.shell.start_job(
            translate("MainWindow", "Issuing the kit of {name}").format(name=row.name),
            # The dialog asked before replacing a file: that is the user's --force.
            lambda: issuing_kit(store, row.code, Path(chosen), force=True),
            on_success=issued,
            on_failure=lambda error: self.shell.show_error(
                translate("MainWindow", "Cannot issue the kit"), error
            ),
        )

    def on_scores_triggered(self) -> None:
        store = self.shell.store
        if store is None or store.read_only or self.expert_view is not None:
            return
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.shell.window(),
            translate("MainWindow", "Import the experts' score files"),
            str(self.shell.default_folder()),
            translate("MainWindow", "Score files (*.json);;All files (*)"),
        )
        if chosen:
            self.import_score_paths([Path(name) for name in chosen])

    def import_score_paths(self, paths: list[Path]) -> None:
        """Import returned score files (chosen or dropped) on a worker, then say how each
        went."""
        store = self.shell.store
        if store is None or store.read_only or self.expert_view is not None:
            return
        from reviewer.scoring.returns.importing import importing_score_files, return_summary

        def imported() -> Job:
            # Who has returned counts the round's every score (0.6 s at 10^6): on the
            # worker too, not the UI thread.
            reports = yield from importing_score_files(store, paths)
            return reports, return_summary(store)

        self.shell.start_job(
            translate("MainWindow", "Importing score files"),
            imported,
            on_success=self._on_scores_imported,
            on_failure=lambda error: self.shell.show_error(
                translate("MainWindow", "Cannot import"), error
            ),
        )

    def _on_scores_imported(self, outcome: tuple[list[ScoreImportReport], ReturnSummary]) -> None:
        """The batch's outcome: counts and every refusal up front, each file in the
        details, and who has still not returned."""
        from reviewer.scoring.returns.importing import ScoreOutcome

        reports, summary = outcome
        self.shell.refresh()
        if self.shell.store is None:  # closed meanwhile
            return
        count = {o: sum(r.outcome is o for r in reports) for o in ScoreOutcome}
        lines = [
            translate(
                "MainWindow", "Imported: {imported}. Unchanged: {unchanged}. Refused: {refused}."
            ).format(
                imported=count[ScoreOutcome.IMPORTED],
                unchanged=count[ScoreOutcome.UNCHANGED],
                refused=count[ScoreOutcome.REJECTED],
            )
        ]
        refused = [r.message for r in reports if r.outcome is ScoreOutcome.REJECTED]
        lines += refused[:MESSAGE_LINES]
        if len(refused) > MESSAGE_LINES:
            lines.append(
                translate("MainWindow", "… and {more} more (see the details).").format(
                    more=len(refused) - MESSAGE_LINES
                )
            )
        lines.append(
            translate("MainWindow", "Returned: {returned}. Missing: {missing}.").format(
                returned=self._some_experts(summary.returned),
                missing=self._some_experts(summary.missing),
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
            translate("MainWindow", "Score files"),
            "\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self.shell.window(),
        )
        box.setDetailedText("\n".join(r.message or self._imported_line(r) for r in reports))
        self.last_score_report = box
        box.open()

    def _some_experts(self, codes: Sequence[str]) -> str:
        """Expert codes for a message: all of a small panel's, the first few of a large
        one's with how many more."""
        if not codes:
            return "-"
        if len(codes) <= MESSAGE_LINES:
            return ", ".join(codes)
        return translate("MainWindow", "{codes} and {more} more").format(
            codes=", ".join(codes[:MESSAGE_LINES]), more=len(codes) - MESSAGE_LINES
        )

    def _imported_line(self, report: ScoreImportReport) -> str:
        return translate(
            "MainWindow", "{file}: {scores} scores of {expert} taken in (file number {sequence})."
        ).format(
            file=report.file, scores=report.scores, expert=report.expert, sequence=report.sequence
        )
