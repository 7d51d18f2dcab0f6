"""The panel's reliability per track: ICC, Kendall's W and Krippendorff's α in a small
table, each figure explained in plain words on hover, for readers who never met them.

The bands follow the references in the domain notes: ICC after Koo and Li (2016),
Krippendorff's α after Krippendorff (2004), Kendall's W after Schmidt (1997)."""

from __future__ import annotations

import html

from reviewer.labels import label
from reviewer.results.merge import PanelResults
from reviewer.results.reliability import icc_band
from ui.results.calibration_model import NUMBER
from ui.widgets.qt import QGridLayout, QLabel, Qt, QWidget


def _figure(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


class ReliabilityPanel(QWidget):
    """One line per track; `headers` holds the column titles, each with its tooltip."""

    TRACK, ICC_SINGLE, ICC_AVERAGE, W, ALPHA, COMPLETE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reliability")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(18)
        self._grid.setColumnStretch(self.COMPLETE + 1, 1)
        self.headers: list[QLabel] = []
        for column, (title, tip) in enumerate(self._columns()):
            header = QLabel("<b>" + html.escape(title) + "</b>")
            header.setToolTip(tip)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft if column == self.TRACK else NUMBER)
            self._grid.addWidget(header, 0, column)
            self.headers.append(header)
        self._cells: list[QLabel] = []

    def _columns(self) -> list[tuple[str, str]]:
        icc = self.tr(
            "Intraclass correlation (ICC): how closely the experts' scores agree, at most 1. "
            "Below 0.5 poor, 0.5 to 0.75 moderate, 0.75 to 0.9 good, 0.9 and above excellent."
        )
        return [
            (self.tr("Track"), ""),
            (
                "ICC(A,1)",
                icc + "\n" + self.tr("ICC(A,1): how far one expert's scores can be relied on."),
            ),
            (
                "ICC(A,k)",
                icc
                + "\n"
                + self.tr("ICC(A,k): how far the panel's mean can be relied on; the band shown."),
            ),
            (
                "Kendall's W",
                self.tr(
                    "Kendall's coefficient of concordance (W): how far the experts put the "
                    "applications in the same order, from 0 (no agreement) to 1 (the same "
                    "order). 0.7 and above is strong agreement, below 0.3 weak."
                ),
            ),
            (
                "Krippendorff's α",
                self.tr(
                    "Krippendorff's alpha (α): how far the experts' scores agree beyond "
                    "chance, allowing for missing scores; 1 is full agreement, 0 no better "
                    "than chance. 0.8 and above is reliable, 0.667 to 0.8 enough for "
                    "tentative conclusions."
                ),
            ),
            (
                self.tr("Applications"),
                self.tr("The applications every expert scored: the figures are drawn from them."),
            ),
        ]

    def set_results(self, results: PanelResults) -> None:
        bands = {
            "poor": self.tr("poor"),
            "moderate": self.tr("moderate"),
            "good": self.tr("good"),
            "excellent": self.tr("excellent"),
        }
        for cell in self._cells:
            self._grid.removeWidget(cell)
            cell.deleteLater()
        self._cells = []
        for row, (track, stats) in enumerate(results.reliability.items(), start=1):
            band = bands.get(icc_band(stats.icc_average), "")
            average = _figure(stats.icc_average)
            if band:
                average = self.tr("{figure} ({band})").format(figure=average, band=band)
            texts = (
                label(track),
                _figure(stats.icc_single),
                average,
                _figure(stats.kendalls_w),
                _figure(stats.krippendorff_alpha),
                str(stats.complete_applications),
            )
            for column, text in enumerate(texts):
                cell = QLabel(text)
                cell.setToolTip(self.headers[column].toolTip())
                cell.setAlignment(self.headers[column].alignment())
                self._grid.addWidget(cell, row, column)
                self._cells.append(cell)

    def text(self) -> str:
        """Every figure shown, as one line per track (for tests and copying)."""
        titles = [h.text().removeprefix("<b>").removesuffix("</b>") for h in self.headers]
        lines = ["\t".join(html.unescape(t) for t in titles)]
        columns = len(self.headers)
        for start in range(0, len(self._cells), columns):
            lines.append("\t".join(c.text() for c in self._cells[start : start + columns]))
        return "\n".join(lines)
