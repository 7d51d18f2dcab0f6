"""The main window: a shell of menus and tabs around one open campaign.

The window owns the open `CampaignStore` and shows it in each stage's views. What the
secretariat or an expert does lives with that stage's screens (`ui/<stage>/actions.py`),
which reach the window only through the `Shell` protocol (`ui/widgets/shell.py`): the
window imports the stages, never the other way round. Opening a file never loses the
campaign already open: the new one replaces it only once it has opened cleanly.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reviewer.errors import ReviewerError, error_message
from ui.campaign_loading import (
    CampaignLoading,
    CampaignReading,
    kind_mark,
    read_campaign,
    show_loading,
)
from ui.i18n import install_language
from ui.settings import Settings
from ui.widgets import qt
from ui.widgets.qt import QLabel, QMainWindow, QWidget, Signal
from ui.widgets.window_geometry import PLACED
from ui.window_drops import DropTarget
from ui.window_tabs import TAB_TITLES, LaterViews

if TYPE_CHECKING:  # the stages are imported after the window shows (ui.campaign_loading)
    from reviewer.progress import Job
    from reviewer.store.storage import CampaignStore
    from ui.scoring.expert_view import ExpertView
    from ui.welcome_view import WelcomeView
    from ui.widgets.qt import QAction, QCloseEvent, QKeySequence, QMenu, QStyle
    from ui.widgets.tasks import JobRunner


class MainWindow(DropTarget, LaterViews, QMainWindow):
    """The `Shell` of each stage's actions (`campaign_actions`, `intake_actions`...).

    Signals: campaign_changed() after a campaign is opened, closed or refreshed."""

    campaign_changed = Signal()

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, loading: bool = False
    ) -> None:
        """With `loading`, the window only says so until `build` (by `CampaignLoading`)."""
        super().__init__(parent)
        self.settings = settings
        self.store: CampaignStore | None = None
        self.viewers: list[QMainWindow] = []  # open plan windows
        self._jobs: set[JobRunner] = set()  # long jobs running on the thread pool
        self.loading: CampaignLoading | None = None
        self.built = False
        self.setObjectName("mainWindow")
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 520)
        self.path_label = QLabel()  # one for the window's life: _build_ui runs per language
        self.statusBar().addPermanentWidget(self.path_label)
        placed = settings.geometry is not None and self.restoreGeometry(settings.geometry)
        if not placed:
            self.resize(1280, 800)
        self.setProperty(PLACED, placed)  # for the fit on its first show
        if loading:
            show_loading(self)
        else:
            self.build()

    def build(self, *, rest_later: bool = False) -> None:
        """The menus, toolbar and views, and the campaign open (none at first); with
        `rest_later`, of the views only the overview until `build_rest`, and a campaign
        about to be shown (`set_store`): no welcome page meanwhile."""
        from ui.campaign.actions import CampaignActions
        from ui.intake.actions import IntakeActions
        from ui.scoring.actions import ScoringActions

        self.campaign_actions = CampaignActions(self)
        self.intake_actions = IntakeActions(self)
        self.scoring_actions = ScoringActions(self)
        self._build_ui(rest_later=rest_later)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        self.built = True
        if not rest_later:
            self._show_store()

    # -- building ----------------------------------------------------------------------
    def _build_ui(self, *, rest_later: bool = False) -> None:
        """Create actions, menus, toolbar and views in the current language."""
        self.menuBar().clear()
        for toolbar in self.findChildren(qt.QToolBar):
            self.removeToolBar(toolbar)
            toolbar.deleteLater()
        self.later_icons: list[tuple[QAction, QStyle.StandardPixmap]] = []
        self._make_file_actions()
        self._make_other_actions()
        self.recent_menu = qt.QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(
            partial(self.campaign_actions.fill_recent_menu, self.recent_menu)
        )
        self._add_menu(
            self.tr("&File"),
            *(self.new_action, self.new_later_action, self.open_action, self.recent_menu),
            self.open_database_action,
            *(None, self.import_folder_action, self.import_zip_action, self.template_action),
            *(self.scores_action, None, self.save_copy_action, self.restore_action),
            *(*self.campaign_actions.archive.menu_actions(self), self.close_action),
            *(None, self.quit_action),
        )
        self._add_menu(self.tr("&Edit"), self.find_action, None, self.preferences_action)
        from ui.campaign.overview_view import OverviewView

        self.overview = OverviewView()
        self._build_tabs()
        self._add_menu(
            self.tr("&Help"), self.demo_action, self.demo_acceptance_action, None, self.about_action
        )
        self._build_toolbar()
        self._build_pages()
        self.rest_built = False
        if not rest_later:
            self.build_rest()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        icon: QStyle.StandardPixmap | None = None,
    ) -> QAction:
        """A command of the menus, and of the toolbar when it has an icon."""
        act = qt.QAction(text, self)
        # Toolbar buttons show no mnemonic: "新建(&N)…" reads "新建" there.
        act.setIconText(re.sub(r"\(&\w\)|&|…", "", text))
        if shortcut is not None:
            # setShortcuts: setShortcut's overloads make Qt's namespace (25 ms of a start).
            act.setShortcuts([qt.QKeySequence(shortcut)])
        if icon is not None:  # set by build_rest: the style's icons take 10 ms of a start
            self.later_icons.append((act, icon))
        act.triggered.connect(slot)
        return act

    def _make_file_actions(self) -> None:
        """The File menu's commands: campaign files, intake and returned score files."""
        action, pixmap, key = self._action, qt.QStyle.StandardPixmap, qt.QKeySequence.StandardKey
        campaign, intake = self.campaign_actions, self.intake_actions
        self.new_action = action(
            self.tr("&New Campaign…"), campaign.on_new_triggered, key.New, pixmap.SP_FileIcon
        )
        self.new_later_action = action(
            self.tr("New Acc&eptance Review…"), campaign.on_new_later_review_triggered
        )
        self.open_action = action(
            self.tr("&Open…"), campaign.on_open_triggered, key.Open, pixmap.SP_DialogOpenButton
        )
        self.open_database_action = action(
            self.tr("Open &Database…"), campaign.on_open_database_triggered
        )
        self.save_copy_action = action(
            self.tr("Save a &Copy…"),
            campaign.on_save_copy_triggered,
            "Ctrl+Shift+S",
            pixmap.SP_DialogSaveButton,
        )
        self.close_action = action(self.tr("C&lose Campaign"), self.on_close_triggered, key.Close)
        self.restore_action = action(
            self.tr("Restore from &Backup…"), campaign.on_restore_triggered
        )
        self.import_folder_action = action(
            self.tr("&Import Packages from a Folder…"),
            intake.on_import_folder_triggered,
            "Ctrl+I",
            pixmap.SP_DirOpenIcon,
        )
        self.import_zip_action = action(
            self.tr("Import Packages from &Zip Files…"), intake.on_import_zip_triggered
        )
        self.template_action = action(
            self.tr("Save the Application Form &Template…"), intake.on_template_triggered
        )
        self.scores_action = action(
            self.tr("Import &Score Files…"),
            self.scoring_actions.on_scores_triggered,
            "Ctrl+Shift+I",
        )
        self.quit_action = action(self.tr("&Quit"), self.close, key.Quit)
        self.quit_action.setMenuRole(qt.QAction.MenuRole.QuitRole)
        # Off without a campaign (or on a read-only one), and in expert mode:
        self._importing = (self.import_folder_action, self.import_zip_action, self.scores_action)

    def _make_other_actions(self) -> None:
        """The Edit, View and Help menus' commands."""
        action, pixmap, key = self._action, qt.QStyle.StandardPixmap, qt.QKeySequence.StandardKey
        self.find_action = action(self.tr("&Find…"), self.on_find_triggered, key.Find)
        self.refresh_action = action(
            self.tr("&Refresh"), self.refresh, key.Refresh, pixmap.SP_BrowserReload
        )
        self.preferences_action = action(
            self.tr("&Preferences…"), self.on_preferences_triggered, key.Preferences
        )
        self.preferences_action.setMenuRole(qt.QAction.MenuRole.PreferencesRole)
        self.audit_action = action(
            self.tr("&Audit Log…"), self.campaign_actions.show_audit_log, "Ctrl+L"
        )
        self.demo_action = action(
            self.tr("Open the &Demo Campaign"), self.campaign_actions.open_demo
        )
        self.demo_acceptance_action = action(
            self.tr("Open the Demo Acceptance &Review"), self.campaign_actions.open_demo_acceptance
        )
        self.about_action = action(self.tr("&About Reviewer"), self.on_about_triggered)
        self.about_action.setMenuRole(qt.QAction.MenuRole.AboutRole)
        # On with a campaign, in expert mode too:
        self._with_campaign = (self.save_copy_action, self.close_action, self.refresh_action)

    def _add_menu(self, title: str, *entries: QAction | QMenu | None) -> QMenu:
        """A menu of the menu bar; None stands for a separator."""
        menu = self.menuBar().addMenu(title)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
            elif isinstance(entry, qt.QMenu):
                menu.addMenu(entry)
            else:
                menu.addAction(entry)
        return menu

    def _build_tabs(self) -> None:
        """The views as tabs, and the View menu that goes to each (Ctrl+1, Ctrl+2...)."""
        self.tabs = qt.QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.view_actions: list[QAction] = []
        titles = [self.tr(title) for title in TAB_TITLES]
        self.tabs.addTab(self.overview, titles[0])
        for number, title in enumerate(titles, start=1):
            act = self._action(title, partial(self.show_tab, number - 1), f"Ctrl+{number}")
            view_menu.addAction(act)
            self.view_actions.append(act)
        view_menu.addSeparator()
        view_menu.addAction(self.audit_action)
        view_menu.addAction(self.refresh_action)
        # On with a campaign, off in expert mode:
        self._browsing = (self.find_action, self.audit_action, *self.view_actions)

    def show_tab(self, index: int) -> None:
        """The View menu's tab `index` (0 the overview), made first if not yet."""
        if index > 0:
            self.build_rest()
        self.tabs.setCurrentIndex(index)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setProperty("toolButtonStyle", "ToolButtonTextBesideIcon")  # no Qt namespace
        toolbar.setMovable(False)
        for act in (
            self.new_action,
            self.open_action,
            self.save_copy_action,
            self.import_folder_action,
            self.refresh_action,
        ):
            toolbar.addAction(act)

    def _build_pages(self) -> None:
        """The welcome page without a campaign, the tabs with one."""
        self.pages = qt.QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.setCentralWidget(self.pages)
        self._welcome: WelcomeView | None = None

    @property
    def welcome(self) -> WelcomeView:
        """The page without a campaign, made when first shown: a start on a campaign
        shows none (and making it costs a fifth of the window's build)."""
        if self._welcome is None:
            from ui.welcome_view import WelcomeView

            self._welcome = welcome = WelcomeView()
            welcome.new_requested.connect(self.campaign_actions.on_new_triggered)
            welcome.open_requested.connect(self.campaign_actions.on_open_triggered)
            welcome.demo_requested.connect(self.campaign_actions.open_demo)
            welcome.recent_chosen.connect(self.open_path)
            self.pages.insertWidget(0, welcome)
        return self._welcome

    # -- the open campaign -------------------------------------------------------------
    def open_path(self, path: Path | str, *, read_only: bool = False) -> bool:
        """Open `path` (a file, or a database's URL), replacing the current campaign only
        if it opens cleanly."""
        return self.campaign_actions.open_path(path, read_only=read_only)

    def set_store(
        self, store: CampaignStore | None, reading: CampaignReading | None = None
    ) -> None:
        """Show `store`, as `reading` when read already, closing the campaign open before."""
        if self.expert_view is not None:
            self.expert_view.commit_open_edit()  # before the kit closes under the editor
        if self.store is not None:
            self.store.close()
        self.store = store
        self._show_store(reading)

    def _show_store(self, reading: CampaignReading | None = None) -> None:
        from reviewer.scoring.kit_role import is_kit

        has_store = self.store is not None
        if not has_store:
            self.welcome.set_recent(self.settings.recent_files)
        if self.expert_view is not None:
            self.pages.removeWidget(self.expert_view)
            self.scoring_actions.close_kit()
        if self.store is not None and is_kit(self.store):
            self._show_kit(self.store)
            return
        self.pages.setCurrentWidget(self.tabs if has_store else self.welcome)
        writable = self.store is not None and not self.store.read_only
        for act in self._importing:
            act.setEnabled(writable)
        # Backups are of campaign files; a database is backed up by its server.
        self.restore_action.setEnabled(
            writable and self.store is not None and bool(self.store.path)
        )
        for act in (*self._with_campaign, *self._browsing):
            act.setEnabled(has_store)
        self.show_campaign(reading)

    # -- expert mode ---------------------------------------------------------------------
    def _show_kit(self, store: CampaignStore) -> None:
        """An expert's kit opens in expert mode: the secretariat's views stay hidden."""
        view = self.scoring_actions.open_kit(store)
        self.pages.addWidget(view)
        self.pages.setCurrentWidget(view)
        for act in (*self._importing, *self._browsing):
            act.setEnabled(False)
        for act in self._with_campaign:
            act.setEnabled(True)
        title = view.state.campaign if view.state else ""
        kit = self.tr("scoring kit")
        self.setWindowTitle(f"{title} [{kit}] — Reviewer")
        self.path_label.setText(str(store.path))

    def refresh(self) -> None:
        """Read the campaign again and show it in every view."""
        self.show_campaign(None)

    def show_campaign(self, reading: CampaignReading | None) -> None:
        """Show the campaign in every view: `reading`, else read now."""
        if self.expert_view is not None:
            self.expert_view.refresh()
            return
        store = self.store
        if store is None:
            self.setWindowTitle("Reviewer")
            self.path_label.clear()
            self.campaign_changed.emit()
            return
        try:
            reading = reading or read_campaign(store)
            reading.show_in(self, editable=not store.read_only)
        except ReviewerError as error:
            self.show_error(self.tr("Cannot read the campaign"), error)
            return
        suffix = " [" + self.tr("read-only") + "]" if store.read_only else ""
        self.setWindowTitle(
            f"{reading.standing.title}{kind_mark(reading.standing)}{suffix} — Reviewer"
        )
        self.setWindowFilePath(str(store.path or ""))
        self.path_label.setText(store.location + suffix)
        self.campaign_changed.emit()

    # -- what the stages ask of the window (ui.widgets.shell.Shell) ---------------------
    def start_job(
        self,
        title: str,
        make_job: Callable[[], Job],
        on_success: Callable[[Any], object],
        on_failure: Callable[[Exception], object],
    ) -> None:
        """Run a long job with a progress dialog; the window waits for it before closing."""
        from ui.widgets.tasks import run_with_progress

        runner = run_with_progress(self, title, make_job, on_success, on_failure)
        self._jobs.add(runner)
        runner.destroyed.connect(lambda: self._jobs.discard(runner))

    def show_error(self, title: str, error: BaseException) -> None:
        text = error_message(error)
        qt.QMessageBox.warning(self, title, text)

    def show_message(self, text: str, timeout: int) -> None:
        self.statusBar().showMessage(text, timeout)

    @property
    def expert_view(self) -> ExpertView | None:
        """The kit's view while a kit is open (expert mode)."""
        return self.scoring_actions.expert_view

    def in_expert_mode(self) -> bool:
        return self.expert_view is not None

    def is_showing(self, page: QWidget) -> bool:
        tabs = getattr(self, "tabs", None)
        return tabs is not None and tabs.currentWidget() is page

    def default_folder(self) -> Path:
        recent = self.settings.recent_files
        return recent[0].parent if recent else Path.home()

    def show_file(self, path: Path) -> None:
        from ui.widgets.reading import show_file

        show_file(path, self, self.viewers)

    # -- the window's own commands -----------------------------------------------------

    def on_close_triggered(self) -> None:
        self.set_store(None)

    def on_find_triggered(self) -> None:
        if self.tabs.currentWidget() is self.experts:
            self.experts.focus_search()
            return
        self.tabs.setCurrentWidget(self.applications)
        self.applications.focus_search()

    def on_preferences_triggered(self) -> None:
        from ui.preferences_dialog import PreferencesDialog  # reportlab: only when asked

        settings = self.settings
        dialog = PreferencesDialog(
            settings.language, self, settings.font_files, settings.library_folder
        )
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        settings.font_files, settings.library_folder = dialog.font_files(), dialog.library_folder()
        language = dialog.language()
        if language == self.settings.language:
            return
        self.settings.language = language
        install_language(language)
        current = self.tabs.currentIndex()
        self._build_ui()
        self._show_store()
        self.tabs.setCurrentIndex(current)

    def on_about_triggered(self) -> None:
        from reviewer import __version__

        qt.QMessageBox.about(
            self,
            self.tr("About Reviewer"),
            self.tr(
                "<h3>Reviewer {version}</h3>"
                "<p>Offline expert review of smart-city pilot applications: intake, "
                "scoring, merging, decisions and official documents.</p>"
                "<p>Qt {qt}</p>"
            ).format(version=__version__, qt=qt.qVersion()),
        )

    # -- closing -------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        # A job still writing must end before the campaign closes under it: a cancelled
        # job stops between packages and leaves each one stored whole or not at all.
        for runner in list(self._jobs):
            runner.cancel()
        qt.QThreadPool.globalInstance().waitForDone()
        if self.loading is not None:
            self.loading.abandon()  # the campaign opened for this window is closed, not shown
        self.settings.geometry = self.saveGeometry()
        if self.built:
            self.settings.window_state = self.saveState()
            self.set_store(None)
            self.intake_actions.clean_up()
        self.settings.sync()
        super().closeEvent(event)
