"""The main window's views after the overview: made just after the campaign's first
screen shows, or at once when asked for before that.

Why: their screens' modules and widgets (applications, rubrics, experts, applicants,
results, decisions) take a fifth of a second to import and build, and the first screen
(the overview) needs none of them (bench/startup.py). A module of its own so that the
window's (ui/main_window.py) stays a shell of menus and tabs within its size limit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from reviewer.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # annotations only: the stages are imported when the views are made
    from ui.campaign.actions import CampaignActions
    from ui.decisions.actions import DecisionsActions
    from ui.intake.actions import IntakeActions
    from ui.intake.applicants_view import ApplicantsView
    from ui.intake.applications_view import ApplicationsView
    from ui.panel.actions import PanelActions
    from ui.panel.experts_view import ExpertsView
    from ui.results.actions import ResultsActions
    from ui.rubrics.actions import RubricActions
    from ui.rubrics.view import RubricPanel
    from ui.scoring.actions import ScoringActions
    from ui.widgets.qt import QAction, QStyle, QTabWidget, QWidget
    from ui.widgets.shell import Shell

# The tabs' titles, marked for translation here and translated in the window's context.
TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "Applications"),
    QT_TRANSLATE_NOOP("MainWindow", "Rubrics"),
    QT_TRANSLATE_NOOP("MainWindow", "Experts"),
    QT_TRANSLATE_NOOP("MainWindow", "Applicants"),
    QT_TRANSLATE_NOOP("MainWindow", "Results"),
    QT_TRANSLATE_NOOP("MainWindow", "Decisions"),
)
# What build_rest makes: asked for before it runs, __getattr__ runs it.
_LATER = frozenset(
    {
        *("applications", "rubric", "rubric_actions", "experts", "panel_actions"),
        *("results_actions", "decisions_actions", "applicants"),
    }
)


class LaterViews:
    """The main window's views after the overview (a base before QMainWindow)."""

    # The window's, made before these views:
    tabs: QTabWidget
    view_actions: list[QAction]
    campaign_actions: CampaignActions
    intake_actions: IntakeActions
    scoring_actions: ScoringActions
    rest_built: bool
    later_icons: list[tuple[QAction, QStyle.StandardPixmap]]  # the toolbar's
    # Made by build_rest (no value here, so that __getattr__ sees them asked for early):
    applications: ApplicationsView
    rubric: RubricPanel
    rubric_actions: RubricActions
    experts: ExpertsView
    panel_actions: PanelActions
    results_actions: ResultsActions
    decisions_actions: DecisionsActions
    applicants: ApplicantsView

    def build_rest(self) -> None:
        """The views after the overview, and their tabs, unless made already."""
        if self.rest_built:
            return
        self.rest_built = True
        style = cast("QWidget", self).style()
        for act, icon in self.later_icons:
            act.setIcon(style.standardIcon(icon))
        self._build_views()
        titles = [act.text() for act in self.view_actions[1:]]
        for page, title in zip(self._later_pages(), titles, strict=True):
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(self.results_actions.on_tab_changed)
        self.tabs.currentChanged.connect(self.decisions_actions.on_tab_changed)

    def __getattr__(self, name: str) -> Any:
        """A view made after the overview, asked for before it was: made now."""
        if name in _LATER and self.__dict__.get("rest_built") is False:
            self.build_rest()
            return getattr(self, name)
        raise AttributeError(name)

    def _later_pages(self) -> list[QWidget]:
        return [
            self.applications,
            self.rubric,
            self.experts,
            self.applicants,
            self.results_actions.page,
            self.decisions_actions.page,
        ]

    def _build_views(self) -> None:
        """The secretariat's views after the overview, each wired to its stage's actions."""
        from ui.decisions.actions import DecisionsActions
        from ui.intake.applicants_view import ApplicantsView
        from ui.intake.applications_view import ApplicationsView
        from ui.panel.actions import PanelActions
        from ui.panel.experts_view import ExpertsView
        from ui.results.actions import ResultsActions
        from ui.rubrics.actions import RubricActions
        from ui.rubrics.view import RubricPanel

        shell = cast("Shell", self)
        self.applications = ApplicationsView()
        self.intake_actions.attach(self.applications)
        self.rubric = RubricPanel()
        self.rubric_actions = RubricActions(shell, self.rubric)
        self.experts = ExpertsView()
        self.panel_actions = PanelActions(shell, self.experts)
        self.experts.kit_requested.connect(self.scoring_actions.on_experts_kit_requested)
        self.results_actions = ResultsActions(shell)
        self.results_actions.audit_requested.connect(self.campaign_actions.show_audit_log)
        self.decisions_actions = DecisionsActions(shell)
        self.applicants = ApplicantsView()
        self.applicants.add_requested.connect(self.intake_actions.on_applicants_add_requested)
        self.applicants.edit_requested.connect(self.intake_actions.on_applicants_edit_requested)
