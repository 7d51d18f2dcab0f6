"""What the main window does with files dropped on it: a campaign file opens, folders and
zip files are imported as packages, .json files as returned score files.

A module of its own so that the window's (ui/main_window.py) stays a shell of menus and
tabs within its size limit.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from ui.widgets.dropped import dropped_campaign, dropped_packages, dropped_score_files

if TYPE_CHECKING:  # annotations only: Qt names are made on first use (ui.widgets.qt)
    from reviewer.store.storage import CampaignStore
    from ui.intake.actions import IntakeActions
    from ui.scoring.actions import ScoringActions
    from ui.widgets.qt import QDragEnterEvent, QDropEvent


class _Window(Protocol):
    built: bool
    store: CampaignStore | None
    intake_actions: IntakeActions
    scoring_actions: ScoringActions

    def in_expert_mode(self) -> bool: ...

    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool: ...


def _writable(window: _Window) -> bool:
    """Whether packages and score files may be dropped: a campaign open to write, built."""
    return window.built and window.store is not None and not window.store.read_only


class DropTarget:
    """The main window's drag-and-drop handlers (a base before QMainWindow)."""

    def dragEnterEvent(self: _Window, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        writable = _writable(self) and not self.in_expert_mode()
        if (self.built and dropped_campaign(mime) is not None) or (
            writable and (dropped_packages(mime) or dropped_score_files(mime))
        ):
            event.acceptProposedAction()

    def dropEvent(self: _Window, event: QDropEvent) -> None:
        mime = event.mimeData()
        path = dropped_campaign(mime) if self.built else None
        if path is not None:
            event.acceptProposedAction()
            self.open_path(path)
        elif _writable(self) and (packages := dropped_packages(mime)):
            event.acceptProposedAction()
            self.intake_actions.import_paths(packages)
        elif _writable(self) and (score_files := dropped_score_files(mime)):
            event.acceptProposedAction()
            self.scoring_actions.import_score_paths(score_files)
