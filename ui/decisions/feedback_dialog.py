"""反馈意见: the feedback letters to applicants, read and edited before they are written.

On the left every applicant of the locked results, approved or not, marked when its
letter was saved or edited; on the right the letter's text, which the app composed from
the panel's condition figures and the experts' comments (no expert named, no expert's
points). The secretariat edits it, saves it (kept with the campaign, audited) and prints
it as PDF. Composing the draft again over an edit, or leaving an unsaved edit for
another applicant, asks first.

The dialog shows what it is given and asks for changes through signals; the actions
(`ui.decisions.feedback_actions`) write them. A campaign opened read-only shows the
letters and prints them, and saves nothing.

Signals: save_requested(int application id, str text), print_requested(int application
id, str text).
"""

from __future__ import annotations

from reviewer.documents.feedback import Feedback
from ui.widgets.qt import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)

APPLICATION_ROLE = Qt.ItemDataRole.UserRole


class FeedbackDialog(QDialog):
    save_requested = Signal(int, str)
    print_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feedback letters to applicants"))
        self.setMinimumSize(900, 560)
        self._letters: dict[int, Feedback] = {}
        self._shown: int | None = None
        self._editable = False
        self.applicants = QListWidget()
        self.applicants.setObjectName("feedbackApplicants")
        self.applicants.currentItemChanged.connect(self.on_applicants_current_item_changed)
        self.text = QPlainTextEdit()
        self.text.setObjectName("feedbackText")
        self.text.textChanged.connect(self._update_buttons)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.redraft_button = QPushButton(self.tr("Compose the draft again"))
        self.redraft_button.clicked.connect(self.on_redraft_button_clicked)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("feedbackSave")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.print_button = QPushButton(self.tr("Print PDF…"))
        self.print_button.setObjectName("feedbackPrint")
        self.print_button.clicked.connect(self.on_print_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self._build_split(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        for button in (self.redraft_button, self.save_button, self.print_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)

    def _build_split(self) -> QSplitter:
        note = QLabel(
            self.tr(
                "Drafted from the panel's condition figures and the experts' comments: no "
                "expert is named and no expert's own points are given. Read and edit the "
                "text before it is sent."
            )
        )
        note.setWordWrap(True)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(note)
        column.addWidget(self.text, 1)
        column.addWidget(self.state)
        split = QSplitter()
        split.addWidget(self.applicants)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 680])
        return split

    # What the dialog is given -------------------------------------------------------------

    def set_letters(
        self, letters: list[Feedback], *, editable: bool, keep_edit: bool = True
    ) -> None:
        """Show `letters`, keeping the applicant shown and, with `keep_edit`, an edit not
        yet saved."""
        self._letters = {letter.application_id: letter for letter in letters}
        self._editable = editable
        self.text.setReadOnly(not editable)
        shown, unsaved = self._shown, keep_edit and self.unsaved()
        kept_text = self.text.toPlainText()
        self.applicants.blockSignals(True)
        self.applicants.clear()
        for letter in letters:
            item = QListWidgetItem(self._label(letter))
            item.setData(APPLICATION_ROLE, letter.application_id)
            self.applicants.addItem(item)
            if letter.application_id == shown:
                self.applicants.setCurrentItem(item)
        self.applicants.blockSignals(False)
        if shown not in self._letters and letters:
            self.applicants.setCurrentRow(0)
            self._show(letters[0].application_id, letters[0].text)
        elif shown is not None:
            self._show(shown, kept_text if unsaved else self._letters[shown].text)

    def _label(self, letter: Feedback) -> str:
        mark = self.tr("approved") if letter.approved else self.tr("not approved")
        if letter.stale:
            state = self.tr("saved on earlier results")
        elif letter.edited:
            state = self.tr("edited")
        elif letter.saved:
            state = self.tr("saved")
        else:
            state = self.tr("draft")
        return f"{letter.applicant}\n{mark} · {state}"

    def current(self) -> Feedback | None:
        return None if self._shown is None else self._letters.get(self._shown)

    def unsaved(self) -> bool:
        """Whether the text shown differs from what is kept (or drafted, if none is)."""
        letter = self.current()
        return letter is not None and self.text.toPlainText() != letter.text

    def _show(self, application_id: int, text: str) -> None:
        self._shown = application_id
        self.text.blockSignals(True)
        self.text.setPlainText(text)
        self.text.blockSignals(False)
        self._update_buttons()

    def _update_buttons(self) -> None:
        letter = self.current()
        self.save_button.setEnabled(
            self._editable and letter is not None and (self.unsaved() or not letter.saved)
        )
        self.redraft_button.setEnabled(self._editable and letter is not None)
        self.print_button.setEnabled(letter is not None)
        if letter is None:
            self.state.clear()
        elif self.unsaved():
            self.state.setText(self.tr("Changed, not saved yet."))
        elif letter.stale:
            self.state.setText(
                self.tr("Saved on results locked before the current lock: check it again.")
            )
        elif letter.saved:
            self.state.setText(self.tr("Saved."))
        else:
            self.state.setText(self.tr("The app's draft, not saved yet."))

    # What the user does -------------------------------------------------------------------

    def _discard_confirmed(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard the edit?"),
            question,
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def on_applicants_current_item_changed(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        if current is None:
            return
        if self.unsaved() and not self._discard_confirmed(
            self.tr("The letter shown has changes not saved. Discard them?")
        ):
            if previous is not None:
                self.applicants.blockSignals(True)
                self.applicants.setCurrentItem(previous)
                self.applicants.blockSignals(False)
            return
        letter = self._letters[int(current.data(APPLICATION_ROLE))]
        self._show(letter.application_id, letter.text)

    def on_redraft_button_clicked(self) -> None:
        letter = self.current()
        if letter is None:
            return
        edited = self.unsaved() or letter.edited
        if (
            edited
            and self.text.toPlainText() != letter.draft
            and not self._discard_confirmed(
                self.tr(
                    "The letter was edited. Compose the draft again and discard the edit? "
                    "What was saved stays saved until you save again."
                )
            )
        ):
            return
        self.text.setPlainText(letter.draft)

    def on_save_button_clicked(self) -> None:
        if self._shown is not None:
            self.save_requested.emit(self._shown, self.text.toPlainText())

    def on_print_button_clicked(self) -> None:
        if self._shown is not None:
            self.print_requested.emit(self._shown, self.text.toPlainText())
