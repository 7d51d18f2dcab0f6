"""A main-window tab whose page is built and filled only when it is first shown.

The Results and Decisions tabs import numpy, QtCharts and the merge code; building them
at start-up would slow every launch for pages many sessions never open. Until shown the
tab holds an empty page; after a campaign change it refreshes when next shown, or at
once if it is showing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ui.widgets.qt import QObject, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from ui.widgets.shell import Shell


class LazyTab(QObject):
    """Owns a tab's `page`; `load` fills it from the open campaign."""

    def __init__(self, shell: Shell, name: str, load: Callable[[], None]) -> None:
        super().__init__(shell.window())
        self.shell = shell
        self._load = load
        self.page = QWidget()
        self.page.setObjectName(name)
        self._layout = QVBoxLayout(self.page)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.stale = True  # the campaign changed since the page was last filled
        shell.campaign_changed.connect(self.on_campaign_changed)

    def _showing(self) -> bool:
        return self.shell.is_showing(self.page)

    def on_campaign_changed(self) -> None:
        self.stale = True
        if self._showing():
            self._load()

    def on_tab_changed(self, _index: int) -> None:
        if self._showing() and self.stale:
            self._load()
