"""An acceptance review's outcomes on the Decisions tab: the 验收结论 and 星级 columns,
the bands dialog and the re-acceptance round; a selection's tab as it was."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from reviewer.decisions.acceptance_outcomes import pilot_outcomes
from reviewer.decisions.outcome_bands import outcome_settings
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign
from tests.reviewer.decisions.test_acceptance_outcomes import make_acceptance
from tests.ui.driving import when_modal
from ui.decisions.outcome_dialogs import BandsDialog, ReacceptDialog
from ui.decisions.view import DecisionsView
from ui.main_window import MainWindow
from ui.widgets.qt import Qt


def _page(qtbot: Any, window: MainWindow, path: Path) -> DecisionsView:
    assert window.open_path(path)
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.decisions_actions.view
    assert view is not None
    return view


def _headers(view: DecisionsView) -> list[str]:
    model = view.model
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


def _cells(view: DecisionsView, applicant: str) -> tuple[str, str]:
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 1).data() == applicant
    )
    return (
        str(view.proxy.index(row, view.model.OUTCOME).data()),
        str(view.proxy.index(row, view.model.GRADE).data()),
    )


def _lock(path: Path) -> None:
    with open_campaign(path) as store:
        lock_results(store, "专家组审定", override_reason="组长同意")


def test_a_selections_decisions_tab_has_no_outcomes(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    _lock(demo_file)
    view = _page(qtbot, window, demo_file)
    assert not view.model.has_outcomes and view.bands_button.isHidden()
    selection_tools = (view.notice_button, view.rules_button, view.commit_button)
    assert not any(button.isHidden() for button in selection_tools)
    assert _headers(view)[:4] == ["Rank", "Applicant", "Final", "C1"]


def test_bands_dialog_outcome_columns_and_re_acceptance(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    with open_campaign(demo_file) as store:
        make_acceptance(store)
    window.resize(1366, 768)
    view = _page(qtbot, window, demo_file)
    assert not view.bands_button.isHidden()
    assert view.bands_button.isEnabled()
    assert all(b.isHidden() for b in (view.notice_button, view.rules_button, view.commit_button))
    assert not view.reaccept_button.isEnabled()  # nothing locked yet

    def set_bands(dialog: BandsDialog) -> None:
        dialog.pass_from.setText("85")
        dialog.star_box.setChecked(True)
        dialog.stars[0].setText("79.99")  # below the pass band: refused in the dialog
        dialog.buttons.accepted.emit()
        assert "pass band" in dialog.problem.text()
        for field, text in zip(dialog.stars, ("86", "90", "95"), strict=True):
            field.setText(text)
        dialog.buttons.accepted.emit()

    when_modal(BandsDialog, set_bands)
    view.bands_button.click()
    store = window.store
    assert store is not None
    saved = outcome_settings(store)
    assert saved.bands[-1].low == Decimal("85.00")
    assert saved.grades == (Decimal("86"), Decimal("90"), Decimal("95"))

    lock_results(store, "专家组审定", override_reason="组长同意")
    window.refresh()
    view = _page(qtbot, window, demo_file)
    assert _headers(view)[3:5] == ["Acceptance outcome", "Star grade"]
    assert _cells(view, "西安市") == ("Pass", "Two stars")  # 90.50
    assert _cells(view, "榆林市") == ("Pass", "One star")  # 86.50
    assert _cells(view, "宝鸡市") == ("Rectify, then re-accept", "")  # 84.00 < 85
    assert view.bands_button.isEnabled() is False and view.reaccept_button.isEnabled()

    def reaccept(dialog: ReacceptDialog) -> None:
        dialog.deadline.setDate(dialog.deadline.date().addDays(10))
        dialog.reason.setText("整改期满复验")
        dialog.buttons.accepted.emit()

    when_modal(ReacceptDialog, reaccept)
    view.reaccept_button.click()
    outcomes = pilot_outcomes(store, date.today())
    assert not outcomes.locked
    waiting = {p.applicant for p in outcomes.pilots if p.rectify_by is not None}
    assert "宝鸡市" in waiting and "西安市" not in waiting
    view = _page(qtbot, window, demo_file)
    assert "Re-acceptance open" in view.summary.text()
