"""Starting on a campaign: the main window shows first, saying it is loading, while a
worker imports the stages' screens and the ORM, opens the campaign and reads what the
views show; the window then builds its menus and views and fills them on the GUI thread.

Why: SQLAlchemy's ORM, the models and every stage's screens take about a second to
import, six times what a bare Qt window takes to show (bench/startup.py). Nothing of
that is needed to show a window, so none of it is imported before it shows: this
module imports only Qt at its top, and the window's own module the same.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ui.widgets import qt
from ui.widgets.qt import QObject, QRunnable, Signal

if TYPE_CHECKING:
    from reviewer.campaign.overview import CampaignOverview
    from reviewer.intake.applicants import ApplicantRow
    from reviewer.intake.applications import ApplicationRow
    from reviewer.panel.expert_rows import ExpertRow
    from reviewer.rubrics.catalog import RubricView
    from reviewer.store.storage import CampaignStore
    from ui.campaign.actions import CampaignActions
    from ui.campaign.overview_view import OverviewView
    from ui.intake.applicants_view import ApplicantsView
    from ui.intake.applications_view import ApplicationsView
    from ui.panel.experts_view import ExpertsView
    from ui.rubrics.view import RubricPanel
    from ui.settings import Settings
    from ui.widgets.qt import QMainWindow


class LoadingWindow(Protocol):
    """The main window as the loading sees it (the window imports this module)."""

    settings: Settings
    store: CampaignStore | None
    campaign_actions: CampaignActions
    loading: CampaignLoading | None
    built: bool

    def build(self, *, rest_later: bool = False) -> None:
        """Make the menus, toolbar and views (with `rest_later`, only the overview)."""

    def build_rest(self) -> None:
        """Make the views after the overview, unless made already."""

    def set_store(self, store: CampaignStore | None, reading: CampaignReading | None) -> None:
        """Show `store`, as `reading` when read already."""

    def open_path(self, path: Path | str) -> bool:
        """Open `path` on the GUI thread, with the usual questions and errors."""

    def refresh(self) -> None:
        """Read the campaign again and show it in every view."""


class FilledWindow(Protocol):
    """The views a reading fills."""

    overview: OverviewView
    applications: ApplicationsView
    rubric: RubricPanel
    experts: ExpertsView
    applicants: ApplicantsView


@dataclass(frozen=True)
class CampaignReading:
    """What the secretariat's views show of a campaign, read in one go: on the loading's
    worker at start, on the GUI thread on each refresh.

    At start the worker reads only what the overview shows (`read_overview`): the other
    views' lists are None, and are read and shown just after the overview shows
    (`CampaignLoading`), so the first screen is filled sooner."""

    standing: CampaignOverview
    experts: list[ExpertRow]
    applications: list[ApplicationRow] | None = None
    rubrics: list[RubricView] | None = None
    applicants: list[ApplicantRow] | None = None

    @property
    def whole(self) -> bool:
        return self.applications is not None

    def show_in(self, window: FilledWindow, *, editable: bool) -> None:
        """The overview; the other views too when whole (at start they are made and
        filled just after the overview shows)."""
        window.overview.show_overview(self.standing, self.experts)
        if self.applications is None or self.rubrics is None or self.applicants is None:
            return
        window.experts.set_rows(self.experts, editable=editable)
        window.applications.set_rows(self.applications)
        window.rubric.set_rubrics(self.rubrics)
        window.rubric.set_editable(editable)
        window.applicants.set_rows(self.applicants, editable=editable)


def read_overview(store: CampaignStore) -> CampaignReading:
    """What the overview shows (its figures and the panel); raises ReviewerError."""
    from reviewer.campaign import overview
    from reviewer.panel.expert_rows import list_experts

    return CampaignReading(overview.overview(store), list_experts(store))


def read_campaign(store: CampaignStore) -> CampaignReading:
    """Read the campaign for the views; raises ReviewerError as the readers do."""
    from reviewer.intake.applicants import list_applicants
    from reviewer.intake.applications import list_applications
    from reviewer.rubrics.catalog import current_rubrics

    first = read_overview(store)
    return CampaignReading(
        first.standing,
        first.experts,
        list_applications(store),
        current_rubrics(store),
        list_applicants(store),
    )


def import_the_stages() -> None:
    """Import what the window's build (its menus and the overview) and the campaign's
    opening need, so that the GUI thread finds them imported; the mapped classes and the
    other views' screens come after the overview shows (`import_the_rest`).
    Statements, not names in strings: the packaged app's build finds its modules by
    reading the imports."""
    import ui.campaign.actions
    import ui.campaign.overview_view
    import ui.intake.actions
    import ui.scoring.actions  # noqa: F401


def import_the_rest() -> None:
    """Map the ORM's classes and import the other views' screens and readers, on the
    worker once the overview shows, so that the window's next steps (the other views
    made and filled: `_read_the_rest`) find them ready instead of the GUI thread
    stopping for them a fifth of a second."""
    from reviewer.store.storage import map_orm_classes

    map_orm_classes()
    import reviewer.intake.applicants
    import reviewer.intake.applications
    import reviewer.rubrics.catalog  # noqa: F401
    import ui.decisions.actions
    import ui.intake.applicants_view
    import ui.intake.applications_view
    import ui.panel.actions
    import ui.panel.experts_view
    import ui.results.actions
    import ui.rubrics.actions
    import ui.rubrics.view  # noqa: F401


def show_loading(window: QMainWindow) -> None:
    """The window before its build: its menus' titles, greyed, and the campaign loading."""
    translate = qt.QCoreApplication.translate
    for title in ("&File", "&Edit", "&View", "&Help"):
        window.menuBar().addMenu(translate("MainWindow", title)).setEnabled(False)
    label = qt.QLabel(translate("CampaignLoading", "Loading…"))
    label.setObjectName("campaignLoading")
    # Centred by its style, not Qt.AlignmentFlag: the first use of Qt's namespace makes
    # all its hundred enums, 40 ms, a sixth of what a bare window takes to show.
    label.setStyleSheet("qproperty-alignment: AlignCenter;")
    window.setCentralWidget(label)


@dataclass(frozen=True)
class _Opened:
    store: CampaignStore
    reading: CampaignReading | None  # None for an expert's kit, shown by its own view


class CampaignLoading(QObject):
    """Opens the first campaign on a worker, then builds and fills the window.

    Signals: finished() once the window is built and shows the campaign (or the error
    the campaign gave, as opening it by hand shows it). Closing the window before then
    abandons the loading: the campaign opened for it is closed, never shown. The views
    after the overview are made and filled once the worker has mapped the ORM's classes
    and imported their screens (`import_the_rest`), or by then asked for."""

    finished = Signal()
    _done = Signal()  # from the worker: the campaign opened and its overview read
    _rest_ready = Signal()  # from the worker: what the other views need is imported

    def __init__(
        self,
        window: LoadingWindow,
        path: Path | str | None,
        fallback: Callable[[], object] | None = None,
    ) -> None:
        super().__init__()
        self._window = window
        self._path = path
        self._fallback = fallback  # when the campaign cannot be opened (or none is named)
        self._result: _Opened | BaseException | None = None
        self._shown: CampaignStore | None = None  # the campaign whose overview shows
        self._lock = threading.Lock()
        self.abandoned = False
        self.ok = False
        self._collecting = False  # the collection to turn on again when done
        # Queued, as a signal from the worker's thread to an object of the GUI thread is
        # (named, it would make Qt's namespace, 30 ms of the first screen).
        self._done.connect(self._finish)
        self._rest_ready.connect(self._show_the_rest)

    def start(self) -> None:
        # No cyclic garbage collection until the campaign shows: importing the ORM, the
        # models and the stages makes some 120,000 objects, and collecting as they come
        # scans them again and again, a fifth of the loading (bench/startup.py). Nothing
        # the loading makes is garbage in cycles to speak of.
        self._collecting = True  # on again when done, off already from the launcher
        gc.disable()
        qt.QThreadPool.globalInstance().start(_Worker(self._work))

    def _collect_again(self) -> None:
        if self._collecting:
            self._collecting = False
            gc.enable()

    def _work(self) -> None:  # on the worker thread
        try:
            with qt.python_import():
                result: _Opened | BaseException | None = self._open()
        except Exception as error:  # opened again on the GUI thread, which shows it
            result = error
        with self._lock:
            self._result = result
            self._close_if_abandoned()
        self._done.emit()
        if isinstance(result, _Opened) and result.reading is not None:
            try:
                with qt.python_import():
                    import_the_rest()
            finally:  # else the GUI thread imports what failed here, and says why
                self._rest_ready.emit()

    def _open(self) -> _Opened | None:  # on the worker thread
        import_the_stages()
        if isinstance(self._path, str):  # from the command line: a path or a URL
            from reviewer.store.location import campaign_location

            self._path = campaign_location(self._path)
        if self._path is None:
            return None
        from reviewer.scoring.kit_role import is_kit
        from reviewer.store.storage import open_campaign

        store = open_campaign(self._path)
        try:
            reading = None if is_kit(store) else read_overview(store)
        except BaseException:
            store.close()
            raise
        return _Opened(store, reading)

    def abandon(self) -> None:
        """The window closed before the campaign was shown: close it, if opened."""
        with self._lock:
            self.abandoned = True
            self._close_if_abandoned()
        self._collect_again()

    def _close_if_abandoned(self) -> None:
        if self.abandoned and isinstance(self._result, _Opened):
            self._result.store.close()
            self._result = None

    def _finish(self) -> None:
        if self.abandoned:
            self._collect_again()
            return
        with self._lock:
            window, result, self._result = self._window, self._result, None
        first_screen = isinstance(result, _Opened) and result.reading is not None
        with qt.python_import():  # the worker's imports are done: the build's statements
            window.build(rest_later=first_screen)
        if isinstance(result, _Opened):
            window.set_store(result.store, result.reading)
            window.campaign_actions.remember_opened(result.store)
            if first_screen:
                self._shown = result.store  # the rest once the worker has imported it
        else:  # opened again here: the same question or error as opening it by hand
            opened = self._path is not None and window.open_path(self._path)
            if not opened and self._fallback is not None:
                self._fallback()
        self.ok = window.store is not None
        self.finished.emit()
        if not first_screen:  # the first collection once the screen has been drawn
            qt.QTimer.singleShot(0, self._collect_again)

    def _show_the_rest(self) -> None:
        store, self._shown = self._shown, None
        if store is not None and not self.abandoned:
            _read_the_rest(self._window, store)
        self._collect_again()  # of all the loading made, the first screen long drawn


def _read_the_rest(window: LoadingWindow, store: CampaignStore) -> None:
    """The views the start's reading left out, once the overview shows: read with the
    rest, as on a refresh, unless the window has moved on from that campaign."""
    window.build_rest()
    if window.store is store and window.built:
        window.refresh()


class _Worker(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


def first_campaign(settings: Settings, named: Path | str | None) -> Path | str | None:
    """The campaign named on the command line (a file or a database's URL), else the
    last one if it is still there; None for the demo."""
    if named is not None:
        return named
    recent = settings.recent_files
    return recent[0] if recent and recent[0].exists() else None


def kind_mark(standing: CampaignOverview) -> str:
    """What the window's title adds after a later review's title, " [验收]" or
    " [中期评估]", so the review at hand is never mistaken for the selection; nothing
    for a selection."""
    from reviewer.labels import label
    from reviewer.vocabulary import CampaignKind

    if standing.kind is CampaignKind.SELECTION:
        return ""
    return f" [{label(standing.kind)}]"
