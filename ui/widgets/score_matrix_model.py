"""The score matrix: applications down, experts across, each cell an expert's total.

Cells are coloured by how far the total sits from the other experts' mean (the same
measure the deviation flag uses), and a total the trimmed mean dropped is struck through
and greyed, so the panel sees at a glance who disagrees and what counted.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.labels import label
from reviewer.results.merge import ApplicationResult, ExpertTotal, Flag, PanelResults
from reviewer.results.rescore import RoundTotal
from reviewer.rubrics.checks import points_text
from ui.widgets.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QFont,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

ModelIndex = QModelIndex | QPersistentModelIndex
RESULT_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Deviation from the others' mean -> background: calm below 10%, amber, orange, red.
DEVIATION_COLOURS = (
    (Decimal("0.30"), QColor("#f4b6b6")),
    (Decimal("0.20"), QColor("#ffd3a6")),
    (Decimal("0.10"), QColor("#fff0c2")),
)
# Not named `translate`, so lupdate does not take a variable for a source text.
_translate = QCoreApplication.translate

FLAG_WORDS = {
    "spread": QT_TRANSLATE_NOOP("ScoreMatrixModel", "wide spread"),
    "deviation": QT_TRANSLATE_NOOP("ScoreMatrixModel", "{expert} far from the others"),
    "veto": QT_TRANSLATE_NOOP("ScoreMatrixModel", "vetoed by the majority"),
    "unscored": QT_TRANSLATE_NOOP("ScoreMatrixModel", "no complete scores yet"),
    "criterion_spread": QT_TRANSLATE_NOOP("ScoreMatrixModel", "{criterion}: wide spread"),
    "criterion_deviation": QT_TRANSLATE_NOOP(
        "ScoreMatrixModel", "{criterion}: {expert} far from the others"
    ),
}


def flag_text(flag: Flag) -> str:
    return _translate("ScoreMatrixModel", FLAG_WORDS[flag.kind]).format(
        expert=flag.expert, criterion=flag.criterion
    )


def deviation_colour(deviation: Decimal | None) -> QColor | None:
    for threshold, colour in DEVIATION_COLOURS:
        if deviation is not None and deviation >= threshold:
            return colour
    return None


class ScoreMatrixModel(QAbstractTableModel):
    """Columns: applicant, track, one per expert, final score, what needs discussion.
    `RESULT_ROLE` gives the row's `ApplicationResult`; `SORT_ROLE` numbers to sort by."""

    APPLICANT, TRACK = 0, 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationResult] = []
        self._experts: list[tuple[str, str]] = []  # (code, name)
        self._cells: list[dict[str, ExpertTotal]] = []
        self._earlier: dict[tuple[int, str], list[RoundTotal]] = {}

    def set_results(
        self, results: PanelResults, history: dict[int, tuple[RoundTotal, ...]] | None = None
    ) -> None:
        """`history` lists every round of the re-scored items; a re-scored cell says so."""
        self.beginResetModel()
        self._rows = list(results.applications)
        self._earlier = {}
        for application_id, totals in (history or {}).items():
            for total in totals:
                if not total.current:
                    self._earlier.setdefault((application_id, total.expert_code), []).append(total)
        names = {t.expert_code: t.expert_name for r in self._rows for t in r.totals}
        self._experts = sorted(names.items())
        self._cells = [{t.expert_code: t for t in r.totals} for r in self._rows]
        self.endResetModel()

    @property
    def final_column(self) -> int:
        return 2 + len(self._experts)

    @property
    def flags_column(self) -> int:
        return 3 + len(self._experts)

    def expert_at(self, column: int) -> str | None:
        offset = column - 2
        return self._experts[offset][0] if 0 <= offset < len(self._experts) else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4 + len(self._experts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        expert = self.expert_at(section)
        if role == Qt.ItemDataRole.ToolTipRole and expert is not None:
            return dict(self._experts)[expert]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if expert is not None:
            return expert
        return {
            self.APPLICANT: QCoreApplication.translate("ScoreMatrixModel", "Applicant"),
            self.TRACK: QCoreApplication.translate("ScoreMatrixModel", "Track"),
            self.final_column: QCoreApplication.translate("ScoreMatrixModel", "Final"),
            self.flags_column: QCoreApplication.translate("ScoreMatrixModel", "To discuss"),
        }.get(section)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        result = self._rows[index.row()]
        if role == RESULT_ROLE:
            return result
        expert = self.expert_at(index.column())
        if expert is not None:
            earlier = self._earlier.get((result.application_id, expert), [])
            return self._expert_cell(result, self._cells[index.row()].get(expert), role, earlier)
        column = index.column()
        if column == self.final_column:
            return self._final_cell(result, role)
        if column == self.flags_column:
            return self._flags_cell(result, role)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return result.applicant if column == self.APPLICANT else label(result.track)
        return None

    def _expert_cell(
        self,
        result: ApplicationResult,
        total: ExpertTotal | None,
        role: int,
        earlier: list[RoundTotal],
    ) -> Any:
        if total is None:
            return -1.0 if role == SORT_ROLE else None
        if role == Qt.ItemDataRole.DisplayRole:
            return ("↻ " if earlier else "") + points_text(total.total)
        if role == SORT_ROLE:
            return float(total.total)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = deviation_colour(total.deviation)
            return None if colour is None else QBrush(colour)
        if role == Qt.ItemDataRole.ForegroundRole and not total.kept:
            return QBrush(QColor("#7a7a7a"))
        if role == Qt.ItemDataRole.FontRole and not total.kept:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            deviation = "" if total.deviation is None else f"{total.deviation * 100:.0f}%"
            text = QCoreApplication.translate(
                "ScoreMatrixModel", "{name}: {total} points, {deviation} from the others' mean"
            ).format(name=total.expert_name, total=points_text(total.total), deviation=deviation)
            if not total.kept:
                text += QCoreApplication.translate(
                    "ScoreMatrixModel", "; dropped by the trimmed mean"
                )
            if total.veto_vote:
                text += QCoreApplication.translate("ScoreMatrixModel", "; voted to veto")
            for before in earlier:
                text += QCoreApplication.translate(
                    "ScoreMatrixModel", "; re-scored, round {round} gave {total}"
                ).format(round=before.round_number, total=points_text(before.total))
            return text
        return None

    def _final_cell(self, result: ApplicationResult, role: int) -> Any:
        if role == SORT_ROLE:
            return -1.0 if result.final is None else float(result.final)
        if role == Qt.ItemDataRole.DisplayRole:
            if result.final is None:
                return "—"
            text = f"{result.final:.2f}"
            return (
                text + QCoreApplication.translate("ScoreMatrixModel", " (vetoed)")
                if result.ineligible
                else text
            )
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _flags_cell(self, result: ApplicationResult, role: int) -> Any:
        main = [f for f in result.flags if not f.kind.startswith("criterion")]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return "；".join(flag_text(f) for f in main)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(flag_text(f) for f in result.flags) or None
        if role == Qt.ItemDataRole.ForegroundRole and result.flagged:
            return QBrush(QColor("#b00020"))
        return None


class ResultsFilter(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE`; can show only what needs discussion, or one track."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._only_flagged = False
        self._track: object = None

    def set_only_flagged(self, only: bool) -> None:
        self.beginFilterChange()
        self._only_flagged = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_track(self, track: object) -> None:
        self.beginFilterChange()
        self._track = track
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        result = model.data(model.index(source_row, 0, source_parent), RESULT_ROLE)
        if not isinstance(result, ApplicationResult):
            return False
        if self._only_flagged and not result.flagged:
            return False
        return self._track is None or result.track == self._track
