"""The main window's menus and status bar in both languages: every menu's mnemonics are
unique (Alt+letter reaches one command), and switching language leaves one path shown."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.preferences_dialog import PreferencesDialog
from ui.settings import Settings
from ui.widgets.qt import QLabel, QMenu

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), upper-cased."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def clashes(menu_texts: list[str]) -> dict[str, list[str]]:
    letters = [(mnemonic(text), text) for text in menu_texts]
    counts = Counter(letter for letter, _text in letters if letter)
    return {
        letter: [text for other, text in letters if other == letter]
        for letter, n in counts.items()
        if n > 1
    }


def menus_and_clashes(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    """Every menu of the window (the bar itself, each menu and its submenus), with the
    mnemonics it uses more than once."""
    found: dict[str, dict[str, list[str]]] = {}
    pending: list[tuple[str, list[Any]]] = [("menu bar", window.menuBar().actions())]
    while pending:
        name, actions = pending.pop()
        texts = [a.text() for a in actions if not a.isSeparator()]
        found[name] = clashes(texts)
        for act in actions:
            menu = act.menu()
            if isinstance(menu, QMenu):
                menu.aboutToShow.emit()  # the recent files are filled as it opens
                pending.append((act.text(), menu.actions()))
    return found


def _switch_language(window: MainWindow, language: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def choose(dialog: PreferencesDialog) -> int:
        dialog.language_box.setCurrentIndex(dialog.language_box.findData(language))
        return PreferencesDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.on_preferences_triggered()


def test_no_menu_uses_a_mnemonic_twice_in_either_language(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(demo_file)  # a recent file in File ▸ Open Recent
    try:
        for language in ("en", "zh_CN"):
            _switch_language(window, language, monkeypatch)
            found = menus_and_clashes(window)
            assert len(found) >= 6, found.keys()  # the bar, File, Edit, View, Help, Recent
            assert {name: c for name, c in found.items() if c} == {}, language
    finally:
        install_language("en")


def test_the_path_shows_once_after_switching_language_twice(
    window: MainWindow, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.open_path(demo_file)
    try:
        for language in ("zh_CN", "en"):
            _switch_language(window, language, monkeypatch)
            shown = [
                label
                for label in window.statusBar().findChildren(QLabel)
                if str(demo_file) in label.text()
            ]
            assert len(shown) == 1, language
        assert Settings().language == "en"
    finally:
        install_language("en")
