"""Preferences: the interface language, the font of each role in the documents, and the
secretariat's own folder of rubric templates (listed in Rubrics ▸ Library…).

The documents ask for a face per role (title 小标宋, body 仿宋, headings 黑体 and 楷体,
tables, page numbers). Reviewer finds the faces installed on the machine itself; this
dialog shows what it found for each role and lets the user choose another font file,
kept in the settings and handed to the report job.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from reviewer.documents.fonts import ROLES, Faces, RoleFace, find_faces
from ui.settings import LANGUAGES
from ui.widgets.qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# Each language named in itself, so a user can find theirs whatever is shown now.
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}


class PreferencesDialog(QDialog):
    """Choose the language and the documents' fonts; `language()` and `font_files()` tell
    the choice after `exec()`."""

    def __init__(
        self,
        language: str,
        parent: QWidget | None = None,
        font_files: Mapping[str, Path] | None = None,
        library_folder: Path | None = None,
    ) -> None:
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
        self.setMinimumWidth(560)
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language_box)
        note = QLabel(self.tr("The window is rebuilt in the new language at once."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self._fonts_box(dict(font_files or {})))
        layout.addWidget(self._library_box(library_folder))
        layout.addStretch()
        layout.addWidget(buttons)

    def _fonts_box(self, chosen: dict[str, Path]) -> QGroupBox:
        """A row per role: the face found or chosen, and buttons to choose another file
        or go back to the face found."""
        self._chosen = chosen
        self._faces: Faces = find_faces(chosen)
        box = QGroupBox(self.tr("Fonts of the documents"))
        grid = QGridLayout(box)
        intro = QLabel(
            self.tr(
                "Reviewer uses the faces installed on this computer. A role without one is "
                "set in the face shipped with Reviewer."
            )
        )
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 4)
        self.face_labels: dict[str, QLabel] = {}
        for row, role in enumerate(ROLES, start=1):
            shown = QLabel()
            shown.setObjectName(f"fontFace_{role}")
            shown.setWordWrap(True)
            self.face_labels[role] = shown
            choose = QPushButton(self.tr("Choose…"))
            choose.setObjectName(f"chooseFont_{role}")
            choose.clicked.connect(lambda _checked=False, r=role: self.on_choose_clicked(r))
            found = QPushButton(self.tr("Default"))
            found.setObjectName(f"foundFont_{role}")
            found.clicked.connect(lambda _checked=False, r=role: self.on_found_clicked(r))
            grid.addWidget(QLabel(self._faces.roles[row - 1].label()), row, 0)
            grid.addWidget(shown, row, 1)
            grid.addWidget(choose, row, 2)
            grid.addWidget(found, row, 3)
            self._show_face(self._faces.roles[row - 1])
        grid.setColumnStretch(1, 1)
        return box

    def _library_box(self, folder: Path | None) -> QGroupBox:
        """The folder whose rubric workbooks are listed beside the built-in templates."""
        box = QGroupBox(self.tr("Rubric library"))
        grid = QGridLayout(box)
        self.library_label = QLabel()
        self.library_label.setObjectName("libraryFolder")
        self.library_label.setWordWrap(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseLibraryFolder")
        choose.clicked.connect(self.on_choose_library_clicked)
        clear = QPushButton(self.tr("None"))
        clear.setObjectName("clearLibraryFolder")
        clear.clicked.connect(lambda: self.choose_library_folder(None))
        grid.addWidget(QLabel(self.tr("Your own templates:")), 0, 0)
        grid.addWidget(self.library_label, 0, 1)
        grid.addWidget(choose, 0, 2)
        grid.addWidget(clear, 0, 3)
        grid.setColumnStretch(1, 1)
        self.choose_library_folder(folder)
        return box

    def choose_library_folder(self, folder: Path | None) -> None:
        self._library_folder = folder
        self.library_label.setText(str(folder) if folder else self.tr("(none)"))

    def on_choose_library_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder of rubric templates"))
        if folder:
            self.choose_library_folder(Path(folder))

    def library_folder(self) -> Path | None:
        """The folder of the secretariat's own rubric templates, None for none."""
        return self._library_folder

    def _show_face(self, face: RoleFace) -> None:
        label = self.face_labels[face.role]
        if face.fallback:
            text = self.tr("{face} (shipped: none installed)").format(face=face.face)
            label.setStyleSheet("color:#8a5a00")
        else:
            assert face.file is not None
            text = self.tr("{face} ({file})").format(face=face.face, file=face.file.name)
            label.setStyleSheet("")
        label.setText(text)
        label.setToolTip("\n".join([*([str(face.file)] if face.file else []), *face.refused]))

    def font_files(self) -> dict[str, Path]:
        """The file chosen per role; a role not in it takes the face found."""
        return dict(self._chosen)

    def choose_font(self, role: str, file: Path | None) -> None:
        """Use `file` for `role`, or the face found when None."""
        if file is None:
            self._chosen.pop(role, None)
        else:
            self._chosen[role] = file
        chosen = {role: file} if file is not None else {}
        # Only this role is looked up again: the folders are searched when it has no file.
        faces = find_faces(chosen, folders=None if file is None else [])
        self._show_face(faces.roles[ROLES.index(role)])

    def on_choose_clicked(self, role: str) -> None:
        file, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Font file"), "", self.tr("TrueType fonts (*.ttf *.ttc)")
        )
        if file:
            self.choose_font(role, Path(file))

    def on_found_clicked(self, role: str) -> None:
        self.choose_font(role, None)

    def language(self) -> str:
        return str(self.language_box.currentData())
