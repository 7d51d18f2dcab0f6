"""Charts of the merged results, for what people would rather see than read:
the spread of each application's totals, its conditions, and each expert against the
panel."""

from __future__ import annotations

import numpy as np

from reviewer.labels import label
from reviewer.results.merge import ApplicationResult, PanelResults
from ui.widgets.qt import QComboBox, QHBoxLayout, QLabel, QPainter, Qt, QVBoxLayout, QWidget
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


def _top(rows: list[ApplicationResult]) -> float:
    """The axis's top: the rubric's maximum total (100 for the shipped rubrics)."""
    return max((float(r.max_total) for r in rows), default=100.0)


class ResultsCharts(QWidget):
    DISTRIBUTION, CONDITIONS, EXPERTS = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._results: PanelResults | None = None
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

    def set_results(self, results: PanelResults) -> None:
        self._results = results
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
        for code in codes:
            bars = QBarSet(code)
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
        totals = [float(t.total) for r in rows for t in r.totals]
        low = max(0.0, (min(totals, default=0.0) // 10) * 10)
        high = _top(rows)
        x = self._value_axis(chart, low, high, self.tr("Panel mean"))
        chart.removeAxis(x)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        y = self._value_axis(chart, low, high, self.tr("Expert's total"))
        diagonal = QLineSeries()
        diagonal.setName(self.tr("agreement"))
        diagonal.append(low, low)
        diagonal.append(high, high)
        chart.addSeries(diagonal)
        diagonal.attachAxis(x)
        diagonal.attachAxis(y)
        experts = sorted({t.expert_code for r in rows for t in r.totals})
        for code in experts:
            dots = QScatterSeries()
            dots.setName(code)
            dots.setMarkerSize(9)
            for result in rows:
                mean = float(np.mean([float(t.total) for t in result.totals]))
                for total in result.totals:
                    if total.expert_code == code:
                        dots.append(mean, float(total.total))
            chart.addSeries(dots)
            dots.attachAxis(x)
            dots.attachAxis(y)
