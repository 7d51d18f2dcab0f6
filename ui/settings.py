"""The user's settings: language, window geometry, recent campaigns, document fonts.

`REVIEWER_SETTINGS` (an .ini path) and `REVIEWER_DATA_DIR` redirect settings and data,
so tests and portable installs never touch the user's real folders.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from ui.widgets.qt import QByteArray, QSettings, QSize, QStandardPaths

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
MAX_RECENT = 8
_FONT_FILES = "document_fonts"


class Settings:
    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            override = os.environ.get("REVIEWER_SETTINGS")
            if override:
                qsettings = QSettings(override, QSettings.Format.IniFormat)
            else:
                qsettings = QSettings("Reviewer", "Reviewer")
        self._q = qsettings

    @property
    def language(self) -> str:
        value = str(self._q.value("language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, value: str) -> None:
        self._q.setValue("language", value)

    @property
    def recent_files(self) -> list[Path]:
        value = self._q.value("recent_files", [])
        # QSettings hands back a single string for a one-element list in .ini files.
        items = (
            [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        )
        return [Path(item) for item in items if item]

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        items = [path, *(p for p in self.recent_files if p != path)][:MAX_RECENT]
        self._q.setValue("recent_files", [str(p) for p in items])

    def remove_recent_file(self, path: Path) -> None:
        items = [p for p in self.recent_files if p != path.resolve()]
        self._q.setValue("recent_files", [str(p) for p in items])

    def clear_recent_files(self) -> None:
        self._q.setValue("recent_files", [])

    @property
    def font_files(self) -> dict[str, Path]:
        """The font file the user chose per role of the documents (Preferences)."""
        self._q.beginGroup(_FONT_FILES)
        try:
            chosen = {role: str(self._q.value(role, "")) for role in self._q.childKeys()}
        finally:
            self._q.endGroup()
        return {role: Path(file) for role, file in chosen.items() if file}

    @font_files.setter
    def font_files(self, files: Mapping[str, Path]) -> None:
        self._q.remove(_FONT_FILES)
        for role, file in files.items():
            self._q.setValue(f"{_FONT_FILES}/{role}", str(file))

    @property
    def library_folder(self) -> Path | None:
        """The secretariat's own folder of rubric workbooks, listed beside the rubric
        library's templates (Preferences); None when not chosen."""
        value = str(self._q.value("rubric_library_folder", "") or "")
        return Path(value) if value else None

    @library_folder.setter
    def library_folder(self, folder: Path | None) -> None:
        self._q.setValue("rubric_library_folder", str(folder) if folder is not None else "")

    def later_reviews(self, campaign_uid: str) -> list[Path]:
        """The later-review campaign files (acceptance, mid-term) the user named beside the
        selection campaign `campaign_uid`, on its Decisions tab (后续评审…)."""
        value = self._q.value(f"later_reviews/{campaign_uid}", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(item) for item in items if item]

    def set_later_reviews(self, campaign_uid: str, files: list[Path]) -> None:
        self._q.setValue(f"later_reviews/{campaign_uid}", [str(file) for file in files])

    @property
    def database_url(self) -> str:
        """The campaign database last opened (File ▸ Open Database…), for the next time.

        Kept as typed: a password is better left to the server's password file
        (~/.pgpass), which the database driver reads by itself.
        """
        return str(self._q.value("database_url", ""))

    @database_url.setter
    def database_url(self, value: str) -> None:
        self._q.setValue("database_url", value)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._q.setValue("window/state", value)

    def window_size(self, kind: str) -> QSize | None:
        """The size the user last gave a kind of window or dialog (ui.widgets.window_geometry)."""
        value = self._q.value(f"window_sizes/{kind}")
        return value if isinstance(value, QSize) and value.isValid() else None

    def set_window_size(self, kind: str, size: QSize) -> None:
        self._q.setValue(f"window_sizes/{kind}", size)

    def sync(self) -> None:
        self._q.sync()


def data_dir() -> Path:
    """Where Reviewer keeps its own files (the demo campaign)."""
    override = os.environ.get("REVIEWER_DATA_DIR")
    if override:
        folder = Path(override)
    else:
        location = QStandardPaths.StandardLocation.AppDataLocation
        folder = Path(QStandardPaths.writableLocation(location))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def demo_path() -> Path:
    return data_dir() / "demo.review"


def demo_acceptance_paths() -> tuple[Path, Path]:
    """The demo acceptance review, and the decided demo selection it is made from."""
    return data_dir() / "demo_acceptance.review", data_dir() / "demo_selection.review"
