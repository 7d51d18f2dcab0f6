"""What was dropped on the window: a campaign to open, packages to import, or the score
files the experts returned."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: the names are made on first use (ui.widgets.qt)
    from ui.widgets.qt import QMimeData


def dropped_packages(mime: QMimeData) -> list[Path]:
    """Dropped folders and zip files: application packages to import."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_dir() or p.suffix.lower() == ".zip"]


def dropped_score_files(mime: QMimeData) -> list[Path]:
    """Dropped .json files: score files the experts returned."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.is_file() and p.suffix.lower() == ".json"]


def dropped_campaign(mime: QMimeData) -> Path | None:
    """The campaign file among dropped files, if one was dropped."""
    from reviewer.store.storage import SUFFIX  # the ORM: not before the window shows

    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None
