"""The QtCharts names the UI uses. Apart from `ui/widgets/qt.py` because QtCharts, from the
add-ons, is imported only when the results are first shown, not at start-up."""

from PySide6.QtCharts import (
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

__all__ = [
    "QBarCategoryAxis",
    "QBarSeries",
    "QBarSet",
    "QBoxPlotSeries",
    "QBoxSet",
    "QChart",
    "QChartView",
    "QLineSeries",
    "QScatterSeries",
    "QValueAxis",
]
