"""What the secretariat does with the expert panel: add and edit experts, import the
expert list (and save its template), assign the panel to the applications, check it
against the panel rule (87号令 §47) and add the reserves proposed.

The actions reach the window through the `Shell`. Their strings keep the "MainWindow"
translation context they had when they were the window's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.errors import ReviewerError
from reviewer.i18n import counted
from reviewer.intake.applicants import list_applicants
from reviewer.panel.expert_rows import ExpertRow
from reviewer.panel.experts import expert_draft, save_expert
from ui.panel.commitment_actions import CommitmentActions
from ui.panel.expert_dialog import ExpertDialog
from ui.panel.experts_view import ExpertsView
from ui.widgets.qt import QCoreApplication, QMessageBox, QObject
from ui.widgets.shell import Shell, choose_workbook, save_workbook

if TYPE_CHECKING:  # the dialogs and the rules are imported when first used
    from reviewer.panel.rules import PanelBreach, PanelRules
    from ui.panel.breaches_dialog import PanelBreachesDialog

translate = QCoreApplication.translate


class PanelActions(QObject):
    """Carries out the Experts tab's requests (but issuing a kit, which is scoring's)."""

    def __init__(self, shell: Shell, view: ExpertsView) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self.view = view
        view.add_requested.connect(self.on_experts_add_requested)
        view.edit_requested.connect(self.on_experts_edit_requested)
        view.import_requested.connect(self.on_experts_import_requested)
        view.template_requested.connect(self.on_experts_template_requested)
        view.assign_requested.connect(self.on_experts_assign_requested)
        view.rules_requested.connect(self.on_experts_rules_requested)
        self.breaches_dialog: PanelBreachesDialog | None = None
        self.commitment = CommitmentActions(shell, view)

    def on_experts_add_requested(self) -> None:
        self._edit_expert(None)

    def on_experts_edit_requested(self, row: ExpertRow) -> None:
        self._edit_expert(row.id)

    def _edit_expert(self, expert_id: int | None) -> None:
        store = self.shell.store
        if store is None or store.read_only:
            return
        draft = expert_draft(store, expert_id) if expert_id is not None else None
        dialog = ExpertDialog(draft, list_applicants(store), self.shell.window())
        while dialog.exec() == ExpertDialog.DialogCode.Accepted:
            try:
                save_expert(store, dialog.expert())
            except ReviewerError as error:
                self.shell.show_error(translate("MainWindow", "Cannot save the expert"), error)
                continue
            self.shell.refresh()
            return

    def on_experts_import_requested(self) -> None:
        store = self.shell.store
        if store is None or store.read_only:
            return
        chosen = choose_workbook(self.shell, translate("MainWindow", "Import the expert list"))
        if chosen is None:
            return
        from reviewer.inputs.files import Inputs, open_input
        from reviewer.panel.expert_list import MAX_PANEL_BYTES, import_panel

        try:
            with open_input(chosen, limit=MAX_PANEL_BYTES, what=Inputs.EXPERT_LIST) as stream:
                report = import_panel(store, stream, chosen.name)
        except (OSError, ReviewerError) as error:
            self.shell.show_error(translate("MainWindow", "Cannot import the expert list"), error)
            return
        if not report.ok:
            problems = "\n".join(f"· {p.message()}" for p in report.problems[:12])
            more = len(report.problems) - 12
            if more > 0:
                problems += "\n" + translate("MainWindow", "… and {n} more").format(n=more)
            QMessageBox.warning(
                self.shell.window(),
                translate("MainWindow", "The expert list was not imported"),
                translate(
                    "MainWindow",
                    "Correct these and import the list again; nothing was changed:\n\n",
                )
                + problems,
            )
            return
        self.shell.refresh()
        said = translate(
            "MainWindow", "Experts added: {added}, updated: {updated}, unchanged: {same}"
        ).format(added=len(report.added), updated=len(report.updated), same=len(report.unchanged))
        if report.pending:
            said += translate(
                "MainWindow",
                "; ties kept pending until their applicant is registered: {n}",
            ).format(n=len(report.pending))
        self.shell.show_message(said, 10000)

    def on_experts_assign_requested(self) -> None:
        store = self.shell.store
        if store is None or store.read_only:
            return
        from reviewer.panel.rules import panel_rules, set_panel_rules
        from ui.panel.assign_dialog import AssignDialog

        dialog = AssignDialog(self.view.model.rowCount(), panel_rules(store), self.shell.window())
        if dialog.exec() != AssignDialog.DialogCode.Accepted:
            return
        from reviewer.panel.assignments import assign_panel

        try:
            rules = dialog.rules()
            set_panel_rules(store, rules.minimum, rules.odd)
            summary = assign_panel(store, dialog.per_application())
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot assign the panel"), error)
            return
        self.shell.refresh()
        self.shell.show_message(
            counted(
                translate(
                    "MainWindow",
                    "{assignments} {assignments:assignment|assignments} over {applications} "
                    "{applications:application|applications}; {conflicts} "
                    "{conflicts:conflict|conflicts} of interest excluded.",
                ),
                assignments=summary.assignments,
                applications=summary.applications,
                conflicts=summary.conflicts,
            ),
            10000,
        )
        if summary.breaches:
            self._show_breaches(rules, list(summary.breaches))

    def on_experts_rules_requested(self) -> None:
        store = self.shell.store
        if store is None:
            return
        from reviewer.panel.rules import panel_rule_breaches, panel_rules

        self._show_breaches(panel_rules(store), panel_rule_breaches(store))

    def _show_breaches(self, rules: PanelRules, breaches: list[PanelBreach]) -> None:
        """The warning per application, shown without blocking (window-modal)."""
        from ui.panel.breaches_dialog import PanelBreachesDialog

        dialog = PanelBreachesDialog(rules, breaches, self.shell.window())
        store = self.shell.store
        dialog.add_button.setEnabled(
            dialog.add_button.isEnabled() and store is not None and not store.read_only
        )
        dialog.accepted.connect(self.on_breaches_accepted)
        self.breaches_dialog = dialog
        dialog.open()

    def on_breaches_accepted(self) -> None:
        store, dialog = self.shell.store, self.breaches_dialog
        if store is None or dialog is None:
            return
        from reviewer.panel.rules import add_to_panel

        added = 0
        try:
            for code, application_id in dialog.chosen():
                add_to_panel(store, code, str(application_id))
                added += 1
        except ReviewerError as error:
            self.shell.show_error(translate("MainWindow", "Cannot add the reserve"), error)
        self.shell.refresh()
        self.shell.show_message(
            counted(
                translate("MainWindow", "Reserve experts added to {n} {n:panel|panels}."), n=added
            ),
            10000,
        )

    def on_experts_template_requested(self) -> None:
        from reviewer.panel.expert_list import panel_template

        suggested = self.shell.default_folder() / translate("MainWindow", "expert-list.xlsx")
        save_workbook(
            self.shell,
            translate("MainWindow", "Save the expert list template"),
            suggested,
            panel_template,
            translate("MainWindow", "Cannot save the template"),
            translate("MainWindow", "Saved the template to {path}"),
        )
