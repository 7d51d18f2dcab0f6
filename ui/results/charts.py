"""Charts of the merged results, for what people would rather see than read:
the spread of each application's totals, its conditions, and each expert against the
panel."""

from __future__ import annotations

import math

import numpy as np

from reviewer.labels import label
from reviewer.results.merge import ApplicationResult, PanelResults
from reviewer.vocabulary import TrackKind
from ui.widgets.qt import (
    QColor,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPainter,
    Qt,
    QVBoxLayout,
    QWidget,
)
from ui.widgets.qt_charts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QChartView,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)

# The agreement line is drawn in dark grey, dashed: no expert's colour is near it.
AGREEMENT = QColor("#3c3c3c")
# One colour per expert that colour-blind readers tell apart: Okabe and Ito's palette
# without its black, then Tableau 10; beyond those, hues spread round the colour wheel.
PALETTE = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#f0e442",
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
    "#ff9da7", "#9c755f", "#bab0ac",
)  # fmt: skip
# Shapes as well as colours, for a reader who cannot tell two colours apart at all.
MARKERS = (
    QScatterSeries.MarkerShape.MarkerShapeCircle,
    QScatterSeries.MarkerShape.MarkerShapeRectangle,
    QScatterSeries.MarkerShape.MarkerShapeTriangle,
    QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
    QScatterSeries.MarkerShape.MarkerShapeStar,
    QScatterSeries.MarkerShape.MarkerShapePentagon,
)


def series_colour(index: int) -> QColor:
    """The `index`th series' colour (an expert, a condition): distinct from every other
    series' and from the agreement line's."""
    if index < len(PALETTE):
        return QColor(PALETTE[index])
    hue = (index - len(PALETTE)) * 137.508 % 360  # the golden angle keeps hues apart
    return QColor.fromHsvF(hue / 360, 0.65, 0.85)


def nice_range(values: list[float], top: float) -> tuple[float, float]:
    """An axis fitted to `values` with a margin, on round bounds (multiples of 5, or of
    10 for a wide spread), kept within 0 and the rubric's maximum `top`."""
    if not values:
        return 0.0, top
    low, high = min(values), max(values)
    span = high - low
    margin = max(1.0, span * 0.05)
    step = 5.0 if span <= 50 else 10.0
    bottom = max(0.0, math.floor((low - margin) / step) * step)
    ceiling = min(top, math.ceil((high + margin) / step) * step)
    return bottom, max(ceiling, high)


def _top(rows: list[ApplicationResult]) -> float:
    """The axis's top: the rubric's maximum total (100 for the shipped rubrics)."""
    return max((float(r.max_total) for r in rows), default=100.0)


class ResultsCharts(QWidget):
    DISTRIBUTION, CONDITIONS, EXPERTS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: PanelResults | None = None
        self._condition_names: dict[TrackKind, dict[str, str]] = {}
        self.kind = QComboBox()
        self.kind.setObjectName("chartKind")
        self.kind.addItems(
            [
                self.tr("Spread of the experts' totals per application"),
                self.tr("Conditions per applicant (% of each condition's points)"),
                self.tr("Each expert against the panel's mean"),
            ]
        )
        self.track = QComboBox()
        self.kind.currentIndexChanged.connect(self.redraw)
        self.track.currentIndexChanged.connect(self.redraw)
        self.view = QChartView()
        self.view.setObjectName("resultsChart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Chart:")))
        top.addWidget(self.kind, 1)
        top.addWidget(QLabel(self.tr("Track:")))
        top.addWidget(self.track)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def set_results(
        self,
        results: PanelResults,
        condition_names: dict[TrackKind, dict[str, str]] | None = None,
    ) -> None:
        """Show `results`; `condition_names` names each track's conditions (C1 组织保障)."""
        self._results = results
        self._condition_names = condition_names or {}
        current = self.track.currentData()
        self.track.blockSignals(True)
        self.track.clear()
        for track in sorted({r.track for r in results.applications}, key=lambda t: t.value):
            self.track.addItem(label(track), track)
        self.track.setCurrentIndex(max(self.track.findData(current), 0))
        self.track.blockSignals(False)
        self.redraw()

    def _rows(self) -> list[ApplicationResult]:
        if self._results is None:
            return []
        track = self.track.currentData()
        return [r for r in self._results.applications if r.totals and r.track == track]

    def redraw(self) -> None:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        rows = self._rows()
        kind = self.kind.currentIndex()
        if kind == self.DISTRIBUTION:
            self._distribution(chart, rows)
        elif kind == self.CONDITIONS:
            self._conditions(chart, rows)
        else:
            self._experts(chart, rows)
        old = self.view.chart()
        self.view.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _category_axis(self, chart: QChart, names: list[str]) -> QBarCategoryAxis:
        axis = QBarCategoryAxis()
        axis.append(names)
        axis.setLabelsAngle(-45)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        return axis

    def _value_axis(self, chart: QChart, low: float, high: float, title: str) -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(low, high)
        axis.setTitleText(title)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        return axis

    def _distribution(self, chart: QChart, rows: list[ApplicationResult]) -> None:
        chart.setTitle(self.tr("Experts' totals: box from the lower to the upper quartile"))
        series = QBoxPlotSeries()
        for result in rows:
            totals = np.array([float(t.total) for t in result.totals])
            low, q1, median, q3, high = np.percentile(totals, [0, 25, 50, 75, 100])
            series.append(QBoxSet(low, q1, median, q3, high, result.applicant))
        chart.addSeries(series)
        chart.legend().hide()
        x = self._category_axis(chart, [r.applicant for r in rows])
        y = self._value_axis(chart, 0, _top(rows), self.tr("Points"))
        series.attachAxis(x)
        series.attachAxis(y)

    def _conditions(self, chart: QChart, rows: list[ApplicationResult]) -> None:
        chart.setTitle(self.tr("Final figure of each condition, as % of its points"))
        series = QBarSeries()
        codes = sorted({code for r in rows for code in r.conditions})
        names = self._condition_names.get(self.track.currentData(), {})
        for index, code in enumerate(codes):
            bars = QBarSet(f"{code} {names[code]}" if names.get(code) else code)
            bars.setColor(series_colour(index))
            for result in rows:
                maximum = result.condition_max.get(code)
                figure = result.conditions.get(code)
                share = float(figure / maximum * 100) if figure is not None and maximum else 0.0
                bars.append(share)
            series.append(bars)
        chart.addSeries(series)
        x = self._category_axis(chart, [r.applicant for r in rows])
        y = self._value_axis(chart, 0, 100, "%")
        series.attachAxis(x)
        series.attachAxis(y)

    def _experts(self, chart: QChart, rows: list[ApplicationResult]) -> None:
        chart.setTitle(
            self.tr("Each dot an expert's total against the panel's mean (on the line: agreement)")
        )
        means = {r.application_id: float(np.mean([float(t.total) for t in r.totals])) for r in rows}
        top = _top(rows)
        x_low, x_high = nice_range(list(means.values()), top)
        y_low, y_high = nice_range([float(t.total) for r in rows for t in r.totals], top)
        x = self._value_axis(chart, x_low, x_high, self.tr("Panel mean"))
        chart.removeAxis(x)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        y = self._value_axis(chart, y_low, y_high, self.tr("Expert's total"))
        diagonal = QLineSeries()
        diagonal.setName(self.tr("agreement"))
        pen = diagonal.pen()
        pen.setColor(AGREEMENT)
        pen.setWidthF(2)
        pen.setStyle(Qt.PenStyle.DashLine)
        diagonal.setPen(pen)
        start, end = max(x_low, y_low), min(x_high, y_high)
        diagonal.append(start, start)
        diagonal.append(end, end)
        chart.addSeries(diagonal)
        diagonal.attachAxis(x)
        diagonal.attachAxis(y)
        experts = sorted({t.expert_code for r in rows for t in r.totals})
        for index, code in enumerate(experts):
            dots = QScatterSeries()
            dots.setName(code)
            dots.setMarkerSize(10)
            dots.setMarkerShape(MARKERS[index % len(MARKERS)])
            dots.setColor(series_colour(index))
            dots.setBorderColor(QColor("#ffffff"))
            for result in rows:
                for total in result.totals:
                    if total.expert_code == code:
                        dots.append(means[result.application_id], float(total.total))
            chart.addSeries(dots)
            dots.attachAxis(x)
            dots.attachAxis(y)
