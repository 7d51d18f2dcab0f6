"""The Results tab at 1366×768, the commonest office laptop screen: each control where
it applies, charts a colour-blind reader can follow, figures explained, the lock in words
(issue 17)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewer.results.merge import PanelResults, merge_results
from reviewer.results.reconcile import Lock, current_lock, lock_results
from reviewer.rubrics.catalog import current_rubrics
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import TrackKind
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.results.calibration_model import NUMBER
from ui.results.charts import AGREEMENT, ResultsCharts
from ui.results.reliability_panel import ReliabilityPanel
from ui.results.view import ResultsView
from ui.widgets.qt import QComboBox, QLabel, QPushButton, Qt, QWidget
from ui.widgets.qt_charts import QBarSeries, QLineSeries, QScatterSeries, QValueAxis

Names = dict[TrackKind, dict[str, str]]


@pytest.fixture(scope="module")
def locked(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """One locked copy of the demo per module, over its open deviations, with what the
    Results tab shows of it: the merged results, the lock and the conditions' names."""
    path = tmp_path_factory.mktemp("locked") / "demo.review"
    path.write_bytes(demo_master.read_bytes())
    with open_campaign(path) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意，偏离已当场说明")
        results = merge_results(store)
        lock = current_lock(store)
        names = {r.track: {c.code: c.name for c in r.conditions} for r in current_rubrics(store)}
    return path, (results, lock, names)


@pytest.fixture
def shown(qtbot: Any, locked: tuple[Path, Any]) -> Iterator[tuple[ResultsView, ResultsCharts]]:
    install_language("en")
    results, lock, names = locked[1]
    view = ResultsView()
    charts = ResultsCharts()
    view.add_charts(charts)
    qtbot.addWidget(view)
    view.set_results(results, [])
    view.set_lock(lock, editable=True)
    charts.set_results(results, names)
    view.resize(1366, 768 - 140)  # the main window's menu, toolbar, tabs and status bar
    view.show()
    yield view, charts


def _visible(view: QWidget, kind: type[QWidget]) -> list[Any]:
    return [w for w in view.findChildren(kind) if w.isVisible()]


def test_matrix_filters_and_legend_show_with_the_matrix_only(
    shown: tuple[ResultsView, ResultsCharts],
) -> None:
    view, charts = shown
    assert view.legend.isVisible() and view.only_flagged.isVisible()
    for page in (1, 2):
        view.pages.setCurrentIndex(page)
        assert not view.legend.isVisible() and not view.only_flagged.isVisible()
    assert view.pages.currentWidget() is charts
    track_labels = [w for w in _visible(view, QLabel) if w.text() == "Track:"]
    assert len(track_labels) == 1  # one track selector on the Charts tab
    assert set(_visible(view, QComboBox)) == {charts.kind, charts.track}


def test_each_expert_a_colour_of_their_own_never_the_agreement_line(
    shown: tuple[ResultsView, ResultsCharts],
) -> None:
    _view, charts = shown
    charts.kind.setCurrentIndex(ResultsCharts.EXPERTS)
    series = charts.view.chart().series()
    line = next(s for s in series if isinstance(s, QLineSeries) and s.name() == "agreement")
    dots = [s for s in series if isinstance(s, QScatterSeries)]
    assert len(dots) == 6
    colours = [s.color().name() for s in dots]
    assert len(set(colours)) == len(colours)
    assert line.pen().color().name() == AGREEMENT.name() not in colours
    assert len({s.markerShape() for s in dots}) > 1  # shapes too, for whoever sees no colour


def test_the_experts_chart_fits_its_axes_to_the_data(
    shown: tuple[ResultsView, ResultsCharts],
) -> None:
    _view, charts = shown
    charts.kind.setCurrentIndex(ResultsCharts.EXPERTS)
    chart = charts.view.chart()
    dots = [s for s in chart.series() if isinstance(s, QScatterSeries)]
    points = [p for s in dots for p in s.points()]
    for orientation, coordinate in (
        (Qt.Orientation.Horizontal, "x"),
        (Qt.Orientation.Vertical, "y"),
    ):
        axis = chart.axes(orientation)[0]
        assert isinstance(axis, QValueAxis)
        values = [getattr(p, coordinate)() for p in points]
        assert axis.min() <= min(values) and max(values) <= axis.max()
        assert min(values) - axis.min() <= 10 and axis.max() - max(values) <= 10
        assert axis.min() % 5 == 0 and axis.max() % 5 == 0  # round bounds
    # The panel means of the city track lie between 60 and 91: no axis from 20 to 100.
    x_axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert x_axis.min() >= 50 and x_axis.max() <= 100


def test_the_conditions_chart_names_each_condition(
    shown: tuple[ResultsView, ResultsCharts], locked: tuple[Path, Any]
) -> None:
    _view, charts = shown
    names: Names = locked[1][2]
    charts.kind.setCurrentIndex(ResultsCharts.CONDITIONS)
    bars = next(s for s in charts.view.chart().series() if isinstance(s, QBarSeries))
    track = charts.track.currentData()
    expected = [f"{code} {name}" for code, name in sorted(names[TrackKind(track)].items())]
    assert [b.label() for b in bars.barSets()] == expected
    assert expected[0].startswith("C1 ") and len(expected[0]) > 3


def test_numbers_right_aligned_with_two_decimals_in_both_calibration_tables(
    shown: tuple[ResultsView, ResultsCharts],
) -> None:
    view, _charts = shown
    view.pages.setCurrentIndex(1)
    for model, first_number in ((view.calibration, 2), (view.ranking, 2)):
        for column in range(first_number, model.columnCount()):
            cell = model.index(0, column)
            assert cell.data(Qt.ItemDataRole.TextAlignmentRole) == NUMBER, (model, column)
            text = cell.data()
            assert "." not in text or len(text.split(".")[1]) == 2


def test_reliability_figures_explained_in_chinese(qtbot: Any, locked: tuple[Path, Any]) -> None:
    results: PanelResults = locked[1][0]
    install_language("zh_CN")
    try:
        panel = ReliabilityPanel()
        qtbot.addWidget(panel)
        panel.set_results(results)
        tips = [h.toolTip() for h in panel.headers]
    finally:
        install_language("en")
    assert all(tips[ReliabilityPanel.ICC_SINGLE :])
    icc = tips[ReliabilityPanel.ICC_AVERAGE]
    assert "组内相关系数" in icc and "0.75" in icc
    assert "肯德尔和谐系数" in tips[ReliabilityPanel.W]
    assert "克里彭多夫" in tips[ReliabilityPanel.ALPHA]


def test_the_lock_label_says_it_in_words_with_its_reason(
    shown: tuple[ResultsView, ResultsCharts], locked: tuple[Path, Any]
) -> None:
    view, _charts = shown
    lock: Lock = locked[1][1]
    text = view.lock_state.text()
    assert text.startswith("Locked on") and lock.reason in text
    assert lock.override_reason in text and lock.override_by in text
    assert lock.short_fingerprint in text
    assert not any(unicodedata.category(c) == "So" for c in text)  # no 🔒 the fonts lack
    assert view.lock_state.wordWrap() and view.lock_state.isVisible()
    assert not view.lock_state.toolTip()


def test_decisions_name_the_results_tab_and_go_there(
    qtbot: Any, window: MainWindow, demo_file: Path
) -> None:
    window.resize(1366, 768)
    assert window.open_path(demo_file)  # not locked
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.decisions_actions.view
    assert view is not None and view.stack.currentWidget() is view.not_locked_page
    results_title = window.tabs.tabText(window.tabs.indexOf(window.results_actions.page))
    assert f"the {results_title} tab" in view.not_locked.text()
    assert view.results_button.text() == f"Go to {results_title}"
    view.results_button.click()
    assert window.tabs.currentWidget() is window.results_actions.page
    qtbot.waitUntil(lambda: window.results_actions.last_results is not None, timeout=20_000)
    results = window.results_actions.view
    assert results is not None
    buttons = [b for b in _visible(window, QPushButton) if b.window() is window]
    bottom = window.rect().bottom()
    assert all(b.mapTo(window, b.rect().bottomRight()).y() <= bottom for b in buttons)
