"""Preferences: each role of the documents' fonts with the face found, and a file of the
user's choice per role, kept in the settings."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from reviewer.documents.fonts import ROLES
from reviewer.resources import SONG_FONT, resource_path
from ui.main_window import MainWindow
from ui.preferences_dialog import PreferencesDialog
from ui.settings import Settings
from ui.widgets.qt import QFileDialog, QLabel, QPushButton


@pytest.fixture
def fonts_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "fonts"
    folder.mkdir()
    shutil.copyfile(resource_path(SONG_FONT), folder / "simhei.ttf")
    monkeypatch.setenv("REVIEWER_FONT_DIRS", str(folder))
    return folder


def _shown(dialog: PreferencesDialog, role: str) -> str:
    """The face shown for `role`, and the file's path in its tooltip."""
    label = dialog.findChild(QLabel, f"fontFace_{role}")
    assert label is not None
    return f"{label.text()}\n{label.toolTip()}"


def test_each_role_shows_the_face_found_or_the_shipped_one(qtbot: Any, fonts_folder: Path) -> None:
    dialog = PreferencesDialog("en")
    qtbot.addWidget(dialog)
    assert str(fonts_folder / "simhei.ttf") in _shown(dialog, "heading1")
    for role in ROLES:
        if role != "heading1":
            assert "(shipped: none installed)" in _shown(dialog, role), role
    assert dialog.font_files() == {}


def test_a_file_is_chosen_for_a_role_and_given_back(
    qtbot: Any, fonts_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "my-title.ttf"
    shutil.copyfile(resource_path(SONG_FONT), mine)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mine), ""))
    dialog = PreferencesDialog("en")
    qtbot.addWidget(dialog)
    dialog.findChild(QPushButton, "chooseFont_title").click()
    assert str(mine) in _shown(dialog, "title")
    assert dialog.font_files() == {"title": mine}
    dialog.findChild(QPushButton, "foundFont_title").click()
    assert "(shipped: none installed)" in _shown(dialog, "title")
    assert dialog.font_files() == {}


def test_the_choice_is_kept_in_the_settings(
    window: MainWindow, fonts_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = fonts_folder / "simhei.ttf"

    def choose(dialog: PreferencesDialog) -> int:
        dialog.choose_font("heading2", chosen)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.on_preferences_triggered()
    assert Settings().font_files == {"heading2": chosen}
    # Opened again with the choice, and accepted as it is: the choice stays.
    monkeypatch.setattr(PreferencesDialog, "exec", lambda _dialog: 1)
    window.on_preferences_triggered()
    assert Settings().font_files == {"heading2": chosen}


def test_the_rubric_library_folder_is_chosen_kept_and_cleared(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))

    def choose(dialog: PreferencesDialog) -> int:
        dialog.findChild(QPushButton, "chooseLibraryFolder").click()
        assert dialog.findChild(QLabel, "libraryFolder").text() == str(tmp_path)
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.on_preferences_triggered()
    assert Settings().library_folder == tmp_path

    def clear(dialog: PreferencesDialog) -> int:
        assert dialog.library_folder() == tmp_path  # opened again with the choice
        dialog.findChild(QPushButton, "clearLibraryFolder").click()
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", clear)
    window.on_preferences_triggered()
    assert Settings().library_folder is None
