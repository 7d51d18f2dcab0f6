"""What the secretariat does with rubrics: edit, export, import, start from the library.

Kept apart from the main window so it stays about windows and views; both ways of
changing a rubric (the editor and an Excel workbook) end in `save_rubric`, which asks
what happens to existing scores before anything is written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reviewer.errors import ReviewerError, error_message
from reviewer.i18n import counted
from reviewer.rubrics.catalog import RubricView, definition_of
from ui.rubrics.view import RubricPanel
from ui.widgets.qt import QApplication, QMessageBox, QObject, QWidget
from ui.widgets.shell import Shell, choose_workbook, save_workbook

if TYPE_CHECKING:  # the editor and the versions are imported when first used
    from reviewer.rubrics.versions import ExistingScores, RubricChange


class RubricActions(QObject):
    """The rubric view's requests, carried out against the window's open campaign."""

    def __init__(self, shell: Shell, view: RubricPanel) -> None:
        super().__init__(shell.window())
        self.shell = shell
        view.edit_requested.connect(self.on_edit_requested)
        view.export_requested.connect(self.on_export_requested)
        view.import_requested.connect(self.on_import_requested)
        view.library_requested.connect(self.on_library_requested)

    def _front(self) -> QWidget:
        """The editor when it is open (so questions come up over it), else the window."""
        return QApplication.activeModalWidget() or self.shell.window()

    def ask_existing_scores(self, change: RubricChange) -> ExistingScores | None:
        """The secretariat's answer to what the scores on the locked version mean for the next
        one, or None to cancel the change."""
        box = QMessageBox(self._front())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Scores already given"))
        box.setText(
            counted(
                self.tr(
                    "Version {version} of this rubric already holds {scores} "
                    "{scores:score|scores} from {experts} {experts:expert|experts}. It stays as "
                    "it is, with its scores; your change becomes version {next}."
                ),
                version=change.current_version,
                scores=change.scores,
                experts=change.experts,
                next=change.next_version,
            )
        )
        box.setInformativeText(
            self.tr(
                "What should those scores count for on version {next}? Kits already sent to "
                "experts are for version {version}: send new kits after the change."
            ).format(version=change.current_version, next=change.next_version)
        )
        carry = box.addButton(
            counted(
                self.tr(
                    "Carry over {carried} {carried:score|scores} on the {unchanged} unchanged "
                    "{unchanged:criterion|criteria}"
                ),
                carried=change.carried_scores,
                unchanged=change.unchanged_criteria,
            ),
            QMessageBox.ButtonRole.AcceptRole,
        )
        again = box.addButton(
            self.tr("Experts score everything again"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(carry)
        box.exec()
        clicked = box.clickedButton()
        from reviewer.rubrics.versions import ExistingScores

        if clicked is carry:
            return ExistingScores.CARRY_OVER
        if clicked is again:
            return ExistingScores.SCORE_AGAIN
        return None

    def save_rubric(self, definition: dict[str, Any]) -> bool:
        """Make `definition` its track's rubric after asking about existing scores; says
        whether it was saved."""
        store = self.shell.store
        if store is None or store.read_only:
            return False
        from reviewer.rubrics.versions import plan_rubric_change, replace_rubric

        try:
            change = plan_rubric_change(store, definition)
            existing = None
            if change.needs_decision:
                existing = self.ask_existing_scores(change)
                if existing is None:
                    return False
            version = replace_rubric(store, definition, existing)
        except (OSError, ReviewerError) as error:
            text = error_message(error)
            QMessageBox.warning(self._front(), self.tr("Cannot save the rubric"), text)
            return False
        self.shell.refresh()
        self.shell.show_message(
            self.tr("The rubric is now version {version}.").format(version=version), 10000
        )
        return True

    def on_edit_requested(self, view: RubricView) -> None:
        heading = self.tr("{track}: version {version}").format(
            track=view.track_name, version=view.version
        )
        if view.locked:
            heading += self.tr(" (scored: saving makes a new version)")
        from ui.rubrics.editor import RubricEditor  # with its forms: not at start-up

        editor = RubricEditor(definition_of(view), heading, self.save_rubric, self.shell.window())
        editor.exec()
        editor.deleteLater()

    def on_export_requested(self, view: RubricView) -> None:
        from reviewer.rubrics.workbook import rubric_workbook

        suggested = self.shell.default_folder() / f"{view.title}-v{view.version}.xlsx"
        save_workbook(
            self.shell,
            self.tr("Export the rubric"),
            suggested,
            lambda: rubric_workbook(definition_of(view)),
            self.tr("Cannot save the rubric"),
            self.tr("Saved the rubric to {path}"),
        )

    def on_import_requested(self) -> None:
        chosen = choose_workbook(self.shell, self.tr("Import a rubric"))
        if chosen is None:
            return
        from reviewer.inputs.files import Inputs, open_input
        from reviewer.rubrics.workbook import MAX_RUBRIC_BYTES, read_rubric_workbook

        try:
            with open_input(chosen, limit=MAX_RUBRIC_BYTES, what=Inputs.RUBRIC_WORKBOOK) as stream:
                reading = read_rubric_workbook(stream, chosen.name)
        except (OSError, ReviewerError) as error:
            self.shell.show_error(self.tr("Cannot import the rubric"), error)
            return
        if reading.definition is None:
            problems = "\n".join(f"· {p.message()}" for p in reading.problems[:12])
            QMessageBox.warning(
                self.shell.window(), self.tr("The rubric was not imported"), problems
            )
            return
        self.save_rubric(reading.definition)

    def on_library_requested(self, track: object = None) -> None:
        """The rubric library, with the secretariat's folder (Preferences) beside it; a
        template used goes through `save_rubric` like any other change of rubric."""
        from reviewer.rubrics.library import LibraryFolderUnreadable, list_templates
        from ui.rubrics.library_dialog import RubricLibraryDialog
        from ui.settings import Settings

        folder = Settings().library_folder
        note = ""
        try:
            templates = list_templates(folder)
            if folder is not None:
                note = self.tr("Your own templates are read from {folder}.").format(folder=folder)
        except LibraryFolderUnreadable as unreadable:
            templates, note = list_templates(None), unreadable.message()
        store = self.shell.store
        can_use = store is not None and not store.read_only
        dialog = RubricLibraryDialog(
            templates, self.save_rubric if can_use else None, note, self.shell.window()
        )
        if track is not None:
            dialog.track.setCurrentIndex(dialog.track.findData(track))
        dialog.exec()
        dialog.deleteLater()
