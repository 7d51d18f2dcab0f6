"""What the secretariat does to take applications in: import packages (from a folder,
zip files or a drop), save the application form template, read a package's files,
override a status, keep the applicants.

The actions reach the window through the `Shell`. Their strings keep the "MainWindow"
translation context they had when they were the window's own.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.errors import ReviewerError
from ui.widgets.qt import QCoreApplication, QFileDialog, QInputDialog, QMessageBox, QObject
from ui.widgets.shell import Shell, save_workbook

if TYPE_CHECKING:  # what is needed only once used is imported then, not at start-up
    from reviewer.intake.applicants import ApplicantRow
    from reviewer.intake.applications import ApplicationRow
    from reviewer.intake.importing import PackageReport
    from ui.intake.applications_view import ApplicationsView
    from ui.intake.import_report_dialog import ImportReportDialog

translate = QCoreApplication.translate


class IntakeActions(QObject):
    """The intake's commands and the requests of the applications and applicants tabs."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.last_import_report: ImportReportDialog | None = None
        self._viewing: tempfile.TemporaryDirectory[str] | None = None  # files being read

    def attach(self, view: ApplicationsView) -> None:
        """Answer the applications tab's requests: a file, a status, the gates."""
        view.material_requested.connect(self.open_material)
        view.status_requested.connect(self.on_applications_status_requested)
        view.gates_requested.connect(self.on_gates_requested)

    def on_gates_requested(self) -> None:
        """The campaign's eligibility conditions; OK judges every package again by them."""
        if not self._writable():
            return
        from reviewer.intake.gates import gate_settings, set_gates
        from ui.intake.gates_dialog import GatesDialog

        assert self.shell.store is not None
        dialog = GatesDialog(gate_settings(self.shell.store), self.shell.window())
        if dialog.exec() != GatesDialog.DialogCode.Accepted:
            return
        try:
            changes = set_gates(self.shell.store, dialog.chosen_gates())
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot change the conditions"), error)
            return
        self.shell.refresh()
        self.shell.show_message(
            translate(
                "MainWindow", "Eligibility conditions saved; statuses changed: {count}"
            ).format(count=len(changes)),
            5000,
        )

    def clean_up(self) -> None:
        """Delete the files taken out of the campaign to be read, as the window closes."""
        if self._viewing is not None:
            self._viewing.cleanup()
            self._viewing = None

    def on_import_folder_triggered(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.shell.window(),
            translate(
                "MainWindow", "Import packages: choose a package folder or a folder of packages"
            ),
            str(self.shell.default_folder()),
        )
        if folder:
            self.import_paths([Path(folder)])

    def on_import_zip_triggered(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileNames(
            self.shell.window(),
            translate("MainWindow", "Import packages from zip files"),
            str(self.shell.default_folder()),
            translate("MainWindow", "Zip files (*.zip);;All files (*)"),
        )
        if chosen:
            self.import_paths([Path(name) for name in chosen])

    def import_paths(
        self, paths: list[Path], *, replace: bool = False, register: bool = False
    ) -> None:
        """Import packages on a worker, then show the report and offer replacements."""
        store = self.shell.store
        if store is None or store.read_only:
            return
        from reviewer.intake.importing import import_packages

        self.shell.start_job(
            translate("MainWindow", "Importing packages"),
            lambda: import_packages(store, paths, replace=replace, register_applicants=register),
            on_success=self._on_import_finished,
            on_failure=lambda error: self.shell.show_error(
                translate("MainWindow", "Cannot import"), error
            ),
        )

    def _on_import_finished(self, reports: list[PackageReport]) -> None:
        from reviewer.intake.importing import Outcome
        from ui.intake.import_report_dialog import ImportReportDialog

        self.shell.refresh()
        self.last_import_report = ImportReportDialog(reports, self.shell.window())
        self.last_import_report.open()
        unknown = [r for r in reports if r.unknown_applicant]
        if unknown:
            names = "\n".join(f"· {r.unknown_applicant}（{r.label}）" for r in unknown)
            if self._agreed(
                translate("MainWindow", "Register new applicants?"),
                translate(
                    "MainWindow",
                    "These packages name applicants the campaign does not know yet:\n{names}"
                    "\n\nRegister them as the forms name them and import these packages?",
                ).format(names=names),
            ):
                self.import_paths([Path(r.source) for r in unknown], register=True)
                return
        held = [r for r in reports if r.outcome is Outcome.NEEDS_CONFIRMATION]
        if not held:
            return
        names = "\n".join(f"· {r.applicant}（{r.label}）" for r in held)
        if self._agreed(
            translate("MainWindow", "Replace earlier packages?"),
            translate(
                "MainWindow",
                "These applications were taken in before from other files:\n{names}\n\n"
                "Replace them with the new packages? The earlier files stay in the history.",
            ).format(names=names),
        ):
            self.import_paths([Path(r.source) for r in held], replace=True)

    def _agreed(self, title: str, question: str) -> bool:
        """Whether the user says yes to importing again, asked over the import report."""
        answer = QMessageBox.question(self.last_import_report, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def on_template_triggered(self) -> None:
        """The form of the open campaign's review (the selection's application form, an
        acceptance or mid-term form); without a campaign, the application form."""
        from reviewer.decisions.later_reviews import kind_of
        from reviewer.intake.application_form import form_template
        from reviewer.labels import label
        from reviewer.vocabulary import CampaignKind, TrackKind

        store = self.shell.store
        review = kind_of(store) if store is not None else CampaignKind.SELECTION

        tracks = [label(kind) for kind in TrackKind]
        choice, ok = QInputDialog.getItem(
            self.shell.window(),
            translate("MainWindow", "Application form template"),
            translate("MainWindow", "Track:"),
            tracks,
            0,
            False,
        )
        if not ok:
            return
        track = list(TrackKind)[tracks.index(choice)]
        name = translate("MainWindow", "application-form-{track}.xlsx")
        if review is not CampaignKind.SELECTION:
            name = translate("MainWindow", "{review}-form-{track}.xlsx").replace(
                "{review}", review.value
            )
        suggested = self.shell.default_folder() / name.format(track=track.value)
        save_workbook(
            self.shell,
            translate("MainWindow", "Save the application form template"),
            suggested,
            lambda: form_template(track, review),
            translate("MainWindow", "Cannot save the template"),
            translate("MainWindow", "Saved the template to {path}"),
        )

    def open_material(self, material_id: int) -> None:
        """Show a package's file: a PDF inside Reviewer, anything else in the system's
        viewer (Word documents, spreadsheets)."""
        if self.shell.store is None:
            return
        from reviewer.intake.materials import export_material

        try:
            path = export_material(self.shell.store, material_id, self._viewing_folder())
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot open the file"), error)
            return
        self.shell.show_file(path)

    def _viewing_folder(self) -> Path:
        if self._viewing is None:
            self._viewing = tempfile.TemporaryDirectory(prefix="reviewer-view-")
        return Path(self._viewing.name)

    def on_applications_status_requested(self, row: ApplicationRow) -> None:
        if not self._writable():
            return
        from ui.intake.status_dialog import StatusDialog

        dialog = StatusDialog(row.applicant, row.status, self.shell.window())
        if dialog.exec() != StatusDialog.DialogCode.Accepted:
            return
        from reviewer.intake.importing import override_status

        assert self.shell.store is not None
        try:
            override_status(
                self.shell.store, row.id, dialog.chosen_status(), dialog.chosen_reason()
            )
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot set the status"), error)
            return
        self.shell.refresh()

    def on_applicants_add_requested(self) -> None:
        self._edit_applicant(None)

    def on_applicants_edit_requested(self, row: ApplicantRow) -> None:
        self._edit_applicant(row)

    def _edit_applicant(self, row: ApplicantRow | None) -> None:
        from reviewer.intake.applicants import save_applicant
        from ui.intake.applicants_view import ApplicantDialog

        if not self._writable():
            return
        dialog = ApplicantDialog(row, self.shell.window())
        while dialog.exec() == ApplicantDialog.DialogCode.Accepted:
            assert self.shell.store is not None
            try:
                save_applicant(self.shell.store, dialog.applicant())
            except ReviewerError as error:  # e.g. the name is taken: let the user correct it
                self.shell.show_error(translate("MainWindow", "Cannot save the applicant"), error)
                continue
            self.shell.refresh()
            return

    def _writable(self) -> bool:
        return self.shell.store is not None and not self.shell.store.read_only
