"""The objections table (异议): one line per objection, in the order received, with the
overdue ones marked, and the proxy that sorts them by date and shows all, the open or
the closed ones."""

from __future__ import annotations

from datetime import date
from typing import Any

from reviewer.decisions.notice import ObjectionRecord, outcome_label
from reviewer.i18n import QT_TRANSLATE_NOOP
from ui.decisions.model import SORT_ROLE, ModeFilter
from ui.widgets.qt import (
    QBrush,
    QColor,
    QCoreApplication,
    QFont,
    QObject,
    Qt,
)
from ui.widgets.row_table_model import RowTableModel

# Not named `translate`, so lupdate takes only the QT_TRANSLATE_NOOP marks as sources.
_translate = QCoreApplication.translate
OVERDUE = QColor("#ffd6d6")
CLOSED = QColor("#7a7a7a")


def objector_text(record: ObjectionRecord) -> str:
    """Who objects, with their unit when given: “张三（某公司）”."""
    return f"{record.objector}（{record.unit}）" if record.unit else record.objector


class ObjectionModel(RowTableModel[ObjectionRecord]):
    """Columns: number, received on, from whom, application, reply due, replied on,
    outcome. `ROW_ROLE` gives the `ObjectionRecord`; an overdue line (not answered by
    its deadline on `today`) is red with a tool tip saying since when; an open one bold,
    a closed one grey."""

    NUMBER, RECEIVED, OBJECTOR, APPLICATION, DUE, REPLIED, OUTCOME = range(7)
    CONTEXT = "ObjectionModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ObjectionModel", "No."),
        QT_TRANSLATE_NOOP("ObjectionModel", "Received on"),
        QT_TRANSLATE_NOOP("ObjectionModel", "From"),
        QT_TRANSLATE_NOOP("ObjectionModel", "Application"),
        QT_TRANSLATE_NOOP("ObjectionModel", "Reply due"),
        QT_TRANSLATE_NOOP("ObjectionModel", "Replied on"),
        QT_TRANSLATE_NOOP("ObjectionModel", "Outcome"),
    )
    OVERDUE_TIP = QT_TRANSLATE_NOOP(
        "ObjectionModel", "Overdue: the reply was due on {due} and none is recorded."
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = date.today()

    def set_objections(self, records: tuple[ObjectionRecord, ...], today: date) -> None:
        self.today = today
        self.set_rows(list(records))

    def row_of(self, objection_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == objection_id), -1)

    def cell(self, row: ObjectionRecord, column: int) -> str:
        replied = "—" if row.replied_on is None else row.replied_on.isoformat()
        outcome = outcome_label(row.outcome)
        if row.closed_on is not None:
            outcome += f" ({row.closed_on.isoformat()})"
        return (
            f"#{row.id}",
            row.received_on.isoformat(),
            objector_text(row),
            row.applicant,
            row.reply_due.isoformat(),
            replied,
            outcome,
        )[column]

    def other_role(self, row: ObjectionRecord, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return row.id if column == self.NUMBER else self.cell(row, column)
        overdue = row.overdue(self.today)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ForegroundRole and not row.open:
            return QBrush(CLOSED)
        if role == Qt.ItemDataRole.FontRole and row.open:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return _translate(self.CONTEXT, self.OVERDUE_TIP).format(
                    due=row.reply_due.isoformat()
                )
            return row.text
        return None


class ObjectionFilter(ModeFilter):
    """Shows every objection, the open or the closed ones."""

    MODES = ("all", "open", "closed")

    def accepts(self, row: object) -> bool:
        if not isinstance(row, ObjectionRecord):
            return False
        return {"all": True, "open": row.open, "closed": not row.open}[self._mode]
