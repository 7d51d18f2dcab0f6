"""Tables of the calibration page: each expert against the panel, and the calibrated
rankings beside the raw one (never in its place)."""

from __future__ import annotations

from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.labels import label
from reviewer.results.calibration import ExpertCalibration
from reviewer.results.merge import ApplicationResult
from ui.widgets.qt import QBrush, QColor, QObject, Qt
from ui.widgets.row_table_model import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
HARSH, LENIENT = QColor("#d6e4ff"), QColor("#ffe1cc")
# Figures line up on their last digit in both tables, read down a column like a ledger.
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CalibrationModel(RowTableModel[ExpertCalibration]):
    CODE, NAME, APPLICATIONS, MEAN, OFFSET, SD, BIAS = range(7)
    CONTEXT = "CalibrationModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("CalibrationModel", "No."),
        QT_TRANSLATE_NOOP("CalibrationModel", "Expert"),
        QT_TRANSLATE_NOOP("CalibrationModel", "Applications"),
        QT_TRANSLATE_NOOP("CalibrationModel", "Mean total"),
        QT_TRANSLATE_NOOP("CalibrationModel", "Offset from the panel"),
        QT_TRANSLATE_NOOP("CalibrationModel", "Spread (sd)"),
        QT_TRANSLATE_NOOP("CalibrationModel", "Bias (additive model)"),
    )

    def _values(self, row: ExpertCalibration) -> tuple[Any, ...]:
        return (
            row.expert_code,
            row.expert_name,
            row.applications,
            row.mean_total,
            row.offset,
            row.sd,
            row.bias,
        )

    def cell(self, row: ExpertCalibration, column: int) -> str:
        value = self._values(row)[column]
        if column in (self.OFFSET, self.BIAS):
            return f"{value:+.2f}"
        return f"{value:.2f}" if isinstance(value, float) else str(value)

    def other_role(self, row: ExpertCalibration, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self._values(row)[column]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OFFSET:
            if row.offset <= -3:
                return QBrush(HARSH)
            if row.offset >= 3:
                return QBrush(LENIENT)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.APPLICATIONS:
            return NUMBER
        return None


def _ranks(rows: list[ApplicationResult], key: Any) -> dict[int, int]:
    """Rank within each track, 1 the best; equal values share a rank."""
    ranks: dict[int, int] = {}
    for track in {r.track for r in rows}:
        ordered = sorted((r for r in rows if r.track == track and key(r) is not None), key=key)
        ordered.reverse()
        for position, result in enumerate(ordered, start=1):
            earlier = ordered[position - 2] if position > 1 else None
            if earlier is not None and key(earlier) == key(result):
                ranks[result.application_id] = ranks[earlier.application_id]
            else:
                ranks[result.application_id] = position
    return ranks


class RankingModel(RowTableModel[ApplicationResult]):
    APPLICANT, TRACK, FINAL, RANK, Z, Z_RANK, ADDITIVE, ADDITIVE_RANK = range(8)
    CONTEXT = "RankingModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("RankingModel", "Applicant"),
        QT_TRANSLATE_NOOP("RankingModel", "Track"),
        QT_TRANSLATE_NOOP("RankingModel", "Final (raw)"),
        QT_TRANSLATE_NOOP("RankingModel", "Rank"),
        QT_TRANSLATE_NOOP("RankingModel", "z-score calibrated"),
        QT_TRANSLATE_NOOP("RankingModel", "Rank"),
        QT_TRANSLATE_NOOP("RankingModel", "Additive model"),
        QT_TRANSLATE_NOOP("RankingModel", "Rank"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rank: dict[int, dict[int, int]] = {}

    def set_rows(self, rows: list[ApplicationResult]) -> None:
        self._rank = {
            self.RANK: _ranks(rows, lambda r: r.final),
            self.Z_RANK: _ranks(rows, lambda r: r.calibrated_z),
            self.ADDITIVE_RANK: _ranks(rows, lambda r: r.calibrated_additive),
        }
        super().set_rows(rows)

    def _value(self, row: ApplicationResult, column: int) -> Any:
        if column in self._rank:
            return self._rank[column].get(row.application_id)
        return {
            self.APPLICANT: row.applicant,
            self.TRACK: label(row.track),
            self.FINAL: None if row.final is None else float(row.final),
            self.Z: row.calibrated_z,
            self.ADDITIVE: row.calibrated_additive,
        }[column]

    def cell(self, row: ApplicationResult, column: int) -> str:
        value = self._value(row, column)
        if value is None:
            return "—"
        return f"{value:.2f}" if isinstance(value, float) else str(value)

    def other_role(self, row: ApplicationResult, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.FINAL:
            return NUMBER
        adjusted = column in (self.Z_RANK, self.ADDITIVE_RANK)
        if role == Qt.ItemDataRole.BackgroundRole and adjusted:
            moved = self._rank[column].get(row.application_id) != self._rank[self.RANK].get(
                row.application_id
            )
            return QBrush(QColor("#fff0c2")) if moved else None  # the adjustment moved it
        return None
