"""The decisions table: one track's ranked lines with proposal and decision, and the
proxy that sorts them by number and filters them by where they stand."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from reviewer.decisions.acceptance_outcomes import PilotOutcome
from reviewer.decisions.outcomes import DecisionLine
from reviewer.decisions.pilot_history import PilotHistory, latest_review, review_text
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.labels import grade_label, label
from ui.widgets.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QCoreApplication,
    QFont,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTableView,
)
from ui.widgets.row_table_model import ROW_ROLE, ModelIndex, RowTableModel
from ui.widgets.score_matrix_model import flag_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# Not named `translate`, so lupdate takes only the QT_TRANSLATE_NOOP marks as sources.
_translate = QCoreApplication.translate
AGAINST = QColor("#ffe1cc")
OUTSIDE = QColor("#7a7a7a")
OVERDUE = QColor("#b00020")

STANDING_WORDS = {
    "within": QT_TRANSLATE_NOOP("DecisionModel", "Within the cut"),
    "below_cut": QT_TRANSLATE_NOOP("DecisionModel", "Below the minimum score"),
    "over_quota": QT_TRANSLATE_NOOP("DecisionModel", "Over the quota"),
    "ineligible": QT_TRANSLATE_NOOP("DecisionModel", "Ineligible (veto)"),
    "unscored": QT_TRANSLATE_NOOP("DecisionModel", "Not scored"),
}
TIPS = {
    "staged": QT_TRANSLATE_NOOP("DecisionModel", "Staged, not yet committed"),
    "committed": QT_TRANSLATE_NOOP("DecisionModel", "Committed"),
    "proposal": QT_TRANSLATE_NOOP("DecisionModel", "The ranking's proposal, not yet committed"),
}


def standing(line: DecisionLine) -> str:
    """Where the line stands against the rules, as one of STANDING_WORDS' keys."""
    ranked = line.line
    if ranked.ineligible:
        return "ineligible"
    if ranked.unscored:
        return "unscored"
    if ranked.below_cut:
        return "below_cut"
    if ranked.over_quota:
        return "over_quota"
    return "within"


def standing_text(line: DecisionLine) -> str:
    return _translate("DecisionModel", STANDING_WORDS[standing(line)])


def outcome_text(pilot: PilotOutcome | None) -> str:
    """通过, or 整改后复验 with its deadline (and 逾期 once passed), or — while unscored."""
    if pilot is None or pilot.outcome is None:
        return "—"
    if pilot.rectify_by is None:
        return label(pilot.outcome)
    due = (
        QT_TRANSLATE_NOOP("DecisionModel", "{outcome} (overdue: rectify by {date})")
        if pilot.overdue
        else QT_TRANSLATE_NOOP("DecisionModel", "{outcome} (rectify by {date})")
    )
    return _translate("DecisionModel", due).format(
        outcome=label(pilot.outcome), date=pilot.rectify_by.isoformat()
    )


STEP_WORDS = (
    QT_TRANSLATE_NOOP("DecisionModel", "Round {round} (acceptance): {final} {outcome}"),
    QT_TRANSLATE_NOOP("DecisionModel", "Round {round} (re-acceptance): {final} {outcome}"),
)


def history_text(pilot: PilotOutcome | None) -> str:
    """The pilot's rounds, one a line: 第1轮（验收）76.13 整改后复验 / 第2轮（复验）100.00 通过."""
    if pilot is None:
        return ""
    return "\n".join(
        _translate("DecisionModel", STEP_WORDS[step.reaccepted]).format(
            round=step.round_number, final=f"{step.final:.2f}", outcome=label(step.outcome)
        )
        for step in pilot.history
    )


class DecisionModel(RowTableModel[DecisionLine]):
    """Columns: rank, applicant, final, in a selection with later reviews named its 后续评审
    (after the final, to be seen at 1366 wide), in an acceptance or mid-term review its
    outcome and star grade, one per condition of the track, standing, proposal, decision, reason,
    flags. `ROW_ROLE` gives the `DecisionLine`, `SORT_ROLE` a number or text to sort by."""

    RANK, APPLICANT, FINAL = 0, 1, 2
    CONTEXT = "DecisionModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("DecisionModel", "Rank"),
        QT_TRANSLATE_NOOP("DecisionModel", "Applicant"),
        QT_TRANSLATE_NOOP("DecisionModel", "Final"),
    )
    OUTCOME, GRADE = 3, 4
    OUTCOME_HEADERS = (
        QT_TRANSLATE_NOOP("DecisionModel", "Acceptance outcome"),
        QT_TRANSLATE_NOOP("DecisionModel", "Star grade"),
    )
    TAIL = (
        QT_TRANSLATE_NOOP("DecisionModel", "Standing"),
        QT_TRANSLATE_NOOP("DecisionModel", "Proposal"),
        QT_TRANSLATE_NOOP("DecisionModel", "Decision"),
        QT_TRANSLATE_NOOP("DecisionModel", "Reason"),
        QT_TRANSLATE_NOOP("DecisionModel", "Flags"),
    )

    LATER_HEADER = QT_TRANSLATE_NOOP("DecisionModel", "Later reviews")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conditions: tuple[str, ...] = ()
        self._outcomes: Mapping[int, PilotOutcome] | None = None
        self._history: PilotHistory | None = None

    def set_history(self, history: PilotHistory | None) -> None:
        """A selection's later reviews of its pilots (None: none named): a last column,
        后续评审, with the latest review's outcome and every review in its tip."""
        self.beginResetModel()
        self._history = history
        self.endResetModel()

    @property
    def history(self) -> PilotHistory | None:
        return self._history

    @property
    def later_column(self) -> int:
        """The later reviews' column, after the final (a selection has no outcome
        columns); -1 when none are shown."""
        return len(self.HEADERS) if self._history is not None else -1

    def later_text(self, row: DecisionLine) -> str:
        if self._history is None:
            return ""
        latest = latest_review(self._history.of(row.line.application_id))
        return "" if latest is None else review_text(latest, short=True)

    def set_lines(
        self,
        lines: list[DecisionLine],
        conditions: tuple[str, ...],
        outcomes: Mapping[int, PilotOutcome] | None = None,
    ) -> None:
        """Show `lines`; `outcomes` (by application, an acceptance or mid-term review's)
        adds the outcome and star grade columns after the final."""
        self.beginResetModel()
        self._conditions = conditions
        self._outcomes = outcomes
        self._rows = list(lines)
        self.endResetModel()

    @property
    def has_outcomes(self) -> bool:
        return self._outcomes is not None

    @property
    def first_condition(self) -> int:
        outcomes = len(self.OUTCOME_HEADERS) if self.has_outcomes else 0
        return len(self.HEADERS) + outcomes + (self._history is not None)

    @property
    def standing_column(self) -> int:
        return self.first_condition + len(self._conditions)

    def outcome(self, row: DecisionLine) -> PilotOutcome | None:
        return None if self._outcomes is None else self._outcomes.get(row.line.application_id)

    @property
    def proposal_column(self) -> int:
        return self.standing_column + 1

    @property
    def decision_column(self) -> int:
        return self.standing_column + 2

    @property
    def reason_column(self) -> int:
        return self.standing_column + 3

    @property
    def flags_column(self) -> int:
        return self.standing_column + 4

    def row_of(self, application_id: int) -> int:
        return next(
            (i for i, line in enumerate(self._rows) if line.line.application_id == application_id),
            -1,
        )

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.flags_column + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < len(self.HEADERS):
            return _translate(self.CONTEXT, self.HEADERS[section])
        if section == self.later_column:
            return _translate(self.CONTEXT, self.LATER_HEADER)
        if section < self.first_condition:
            return _translate(self.CONTEXT, self.OUTCOME_HEADERS[section - len(self.HEADERS)])
        if section < self.standing_column:
            return self._conditions[section - self.first_condition]
        return _translate(self.CONTEXT, self.TAIL[section - self.standing_column])

    def cell(self, row: DecisionLine, column: int) -> str:
        ranked = row.line
        if column == self.RANK:
            return "—" if ranked.rank is None else str(ranked.rank)
        if column == self.APPLICANT:
            return ranked.applicant
        if column == self.FINAL:
            return "—" if ranked.final is None else f"{ranked.final:.2f}"
        if column == self.later_column:
            return self.later_text(row)
        if column < self.first_condition:
            pilot = self.outcome(row)
            if column == self.OUTCOME:
                return outcome_text(pilot)
            return grade_label(None if pilot is None else pilot.grade)
        if column < self.standing_column:
            value = ranked.conditions.get(self._conditions[column - self.first_condition])
            return "—" if value is None else f"{value:.2f}"
        if column == self.standing_column:
            return standing_text(row)
        if column == self.proposal_column:
            return label(ranked.proposal)
        if column == self.decision_column:
            mark = " ✎" if row.staged is not None else (" ✓" if row.committed_current else "")
            return label(row.pending) + mark
        if column == self.reason_column:
            return row.pending_reason
        return "；".join(flag_text(flag) for flag in ranked.flags if not flag.criterion)

    def _sort_key(self, row: DecisionLine, column: int) -> Any:
        ranked = row.line
        if column == self.RANK:
            return ranked.rank if ranked.rank is not None else 1_000_000
        if column == self.FINAL:
            return float(ranked.final if ranked.final is not None else Decimal(-1))
        if column == self.later_column:
            return self.later_text(row)
        if self.FINAL < column < self.first_condition:
            pilot = self.outcome(row)
            if pilot is None or pilot.outcome is None:
                return -1.0
            # The bands never give a higher final a worse outcome, nor fewer stars.
            return float(pilot.final or 0)
        if self.first_condition <= column < self.standing_column:
            value = ranked.conditions.get(self._conditions[column - self.first_condition])
            return float(value if value is not None else Decimal(-1))
        return self.cell(row, column)

    def other_role(self, row: DecisionLine, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if self.has_outcomes and column in (self.OUTCOME, self.GRADE):
            return self._outcome_role(row, role)
        if column == self.later_column and self._history is not None:
            return self._later_role(row, role)
        if role == Qt.ItemDataRole.BackgroundRole and row.against_ranking:
            return QBrush(AGAINST)
        if role == Qt.ItemDataRole.ForegroundRole and not row.line.within:
            return QBrush(OUTSIDE)
        if role == Qt.ItemDataRole.FontRole and column == self.decision_column:
            font = QFont()
            font.setBold(row.to_commit)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.decision_column:
            if row.staged is not None:
                return _translate(self.CONTEXT, TIPS["staged"])
            return _translate(
                self.CONTEXT, TIPS["committed" if row.committed_current else "proposal"]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            column in (self.RANK, self.FINAL)
            or self.first_condition <= column < self.standing_column
        ):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _later_role(self, row: DecisionLine, role: int) -> Any:
        """Every later review of the pilot as the tip; an overdue rectification in red."""
        assert self._history is not None
        reviews = self._history.of(row.line.application_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(review_text(review) for review in reviews) or None
        if role == Qt.ItemDataRole.ForegroundRole and any(r.overdue for r in reviews):
            return QBrush(OVERDUE)
        return None

    def _outcome_role(self, row: DecisionLine, role: int) -> Any:
        """The outcome's history as its tip; an overdue rectification in red."""
        pilot = self.outcome(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return history_text(pilot) or None
        if role == Qt.ItemDataRole.ForegroundRole and pilot is not None and pilot.overdue:
            return QBrush(OVERDUE)
        return None


class ModeFilter(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE` and shows the rows `accepts` lets through in the mode chosen,
    one of `MODES` (the first shows every row)."""

    MODES: ClassVar[tuple[str, ...]]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._mode = self.MODES[0]

    def set_mode(self, mode: str) -> None:
        self.beginFilterChange()
        self._mode = mode
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        return self.accepts(model.data(model.index(source_row, 0, source_parent), ROW_ROLE))

    def accepts(self, row: object) -> bool:
        """Whether `row` (the row object) shows in the current mode."""
        return True


def show_rows(table: QTableView, proxy: QSortFilterProxyModel) -> None:
    """Make `table` show `proxy`'s rows, sortable, read-only, one row selected at a time."""
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)


def select_row(table: QTableView, proxy: QSortFilterProxyModel, source: QModelIndex) -> bool:
    """Select the row of `source` (an index of the proxy's source model) when shown."""
    index = proxy.mapFromSource(source)
    if not index.isValid():
        return False
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    return True


class DecisionFilter(ModeFilter):
    """Shows every line, or only those within the cut, outside it, against the ranking,
    or waiting to be committed."""

    MODES = ("all", "within", "outside", "against", "to_commit")

    def accepts(self, row: object) -> bool:
        if not isinstance(row, DecisionLine):
            return False
        return {
            "all": True,
            "within": row.line.within,
            "outside": not row.line.within,
            "against": row.against_ranking,
            "to_commit": row.to_commit,
        }[self._mode]
