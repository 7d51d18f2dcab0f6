"""Preferences: the interface language."""

from __future__ import annotations

from ui.settings import LANGUAGES
from ui.widgets.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

# Each language named in itself, so a user can find theirs whatever is shown now.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class PreferencesDialog(QDialog):
    """Choose the language; `language()` tells the choice after `exec()`."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language_box = QComboBox()
        self.language_box.setObjectName("languageBox")
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        self.language_box.setCurrentIndex(LANGUAGES.index(language))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_box)
        note = QLabel(self.tr("The window is rebuilt in the new language at once."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addStretch()
        layout.addWidget(buttons)

    def language(self) -> str:
        return str(self.language_box.currentData())
