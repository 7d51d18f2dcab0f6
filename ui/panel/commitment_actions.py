"""The secretariat's commitment actions on the Experts tab: the commitment's text, the
sign-in sheet and the commitments printed for signature, and a paper signature recorded
by hand (政府采购法实施条例 §9)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reviewer.errors import ReviewerError
from reviewer.panel.commitment import (
    campaign_commitment,
    record_paper_signature,
    set_commitment,
)
from reviewer.panel.expert_rows import list_experts
from ui.panel.commitment_dialogs import CommitmentTextDialog, PaperSignatureDialog
from ui.panel.experts_view import ExpertsView
from ui.widgets.qt import QCoreApplication, QFileDialog, QObject
from ui.widgets.shell import Shell

translate = QCoreApplication.translate


class CommitmentActions(QObject):
    """Carries out the Experts tab's commitment menu."""

    def __init__(self, shell: Shell, view: ExpertsView) -> None:
        super().__init__(shell.window())
        self.shell = shell
        view.commitment_text_action.triggered.connect(self.on_commitment_text_triggered)
        view.sign_in_action.triggered.connect(self.on_sign_in_triggered)
        view.paper_signature_action.triggered.connect(self.on_paper_signature_triggered)
        self.last_papers: tuple[Path, Path] | None = None

    def on_commitment_text_triggered(self) -> None:
        store = self.shell.store
        if store is None or store.read_only:
            return
        dialog = CommitmentTextDialog(campaign_commitment(store), self.shell.window())
        if dialog.exec() != CommitmentTextDialog.DialogCode.Accepted:
            return
        try:
            set_commitment(store, dialog.text())
        except ReviewerError as error:
            self.shell.show_error(translate("Commitment", "Cannot save the commitment"), error)
            return
        self.shell.show_message(translate("Commitment", "The review commitment is saved."), 5000)

    def on_sign_in_triggered(self) -> None:
        store = self.shell.store
        if store is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.shell.window(),
            translate("Commitment", "Print the sign-in sheet and commitments: choose a folder"),
            str(self.shell.default_folder()),
        )
        if not folder:
            return
        from reviewer.documents.sign_in import write_sign_in_papers

        try:  # the folder was chosen knowingly: files of an earlier print are replaced
            self.last_papers = write_sign_in_papers(store, Path(folder), force=True)
        except ReviewerError as error:
            self.shell.show_error(translate("Commitment", "Cannot write the sign-in sheet"), error)
            return
        self.shell.show_file(self.last_papers[0])

    def on_paper_signature_triggered(self) -> None:
        store = self.shell.store
        if store is None or store.read_only:
            return
        dialog = PaperSignatureDialog(list_experts(store), date.today(), self.shell.window())
        if dialog.exec() != PaperSignatureDialog.DialogCode.Accepted:
            return
        try:
            signature = record_paper_signature(store, dialog.expert_code(), dialog.signed_on())
        except ReviewerError as error:
            self.shell.show_error(translate("Commitment", "Cannot record the signature"), error)
            return
        self.shell.show_message(
            translate("Commitment", "Recorded: {name} signed the commitment on {day}.").format(
                name=signature.expert_name, day=signature.signed_on.isoformat()
            ),
            10000,
        )
