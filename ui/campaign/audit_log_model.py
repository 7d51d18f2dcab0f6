"""The audit log as a table: who did what, when, what it was before and after, and why."""

from __future__ import annotations

import json
from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.store.audit_export import AuditRow
from reviewer.store.audit_words import AuditNames, describe
from ui.widgets.qt import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from ui.widgets.row_table_model import ROW_ROLE, ModelIndex, RowTableModel

# What each recorded action is called on screen; an action not listed shows as recorded.
ACTIONS = {
    "campaign.create": QT_TRANSLATE_NOOP("AuditLogModel", "Campaign created"),
    "demo.create": QT_TRANSLATE_NOOP("AuditLogModel", "Demo campaign created"),
    "applicant.add": QT_TRANSLATE_NOOP("AuditLogModel", "Applicant added"),
    "applicant.update": QT_TRANSLATE_NOOP("AuditLogModel", "Applicant changed"),
    "application.import": QT_TRANSLATE_NOOP("AuditLogModel", "Package imported"),
    "application.replace": QT_TRANSLATE_NOOP("AuditLogModel", "Package replaced"),
    "application.status": QT_TRANSLATE_NOOP("AuditLogModel", "Application status changed"),
    "expert.add": QT_TRANSLATE_NOOP("AuditLogModel", "Expert added"),
    "expert.update": QT_TRANSLATE_NOOP("AuditLogModel", "Expert changed"),
    "conflict.declare": QT_TRANSLATE_NOOP("AuditLogModel", "Conflict declared"),
    "conflict.check": QT_TRANSLATE_NOOP("AuditLogModel", "Conflict check done"),
    "commitment.text": QT_TRANSLATE_NOOP("AuditLogModel", "Commitment text changed"),
    "commitment.accept": QT_TRANSLATE_NOOP("AuditLogModel", "Commitment accepted"),
    "commitment.signed": QT_TRANSLATE_NOOP("AuditLogModel", "Paper commitment recorded"),
    "panel.assign": QT_TRANSLATE_NOOP("AuditLogModel", "Panel assigned"),
    "rubric.replace": QT_TRANSLATE_NOOP("AuditLogModel", "Rubric changed"),
    "kit.issue": QT_TRANSLATE_NOOP("AuditLogModel", "Kit or sheet issued"),
    "scores.import": QT_TRANSLATE_NOOP("AuditLogModel", "Scores imported"),
    "round.open": QT_TRANSLATE_NOOP("AuditLogModel", "Re-score round opened"),
    "note.add": QT_TRANSLATE_NOOP("AuditLogModel", "Discussion note"),
    "note.dissent": QT_TRANSLATE_NOOP("AuditLogModel", "Dissent recorded"),
    "deviation.explain": QT_TRANSLATE_NOOP("AuditLogModel", "Deviation explained in writing"),
    "results.lock": QT_TRANSLATE_NOOP("AuditLogModel", "Results locked"),
    "results.unlock": QT_TRANSLATE_NOOP("AuditLogModel", "Results unlocked"),
    "campaign.restore": QT_TRANSLATE_NOOP("AuditLogModel", "Restored from a backup"),
}

# What each kind of object is called on screen.
ENTITIES = {
    "campaign": QT_TRANSLATE_NOOP("AuditLogModel", "Campaign"),
    "applicant": QT_TRANSLATE_NOOP("AuditLogModel", "Applicant"),
    "application": QT_TRANSLATE_NOOP("AuditLogModel", "Application"),
    "expert": QT_TRANSLATE_NOOP("AuditLogModel", "Expert"),
    "kit": QT_TRANSLATE_NOOP("AuditLogModel", "Kit"),
    "rubric": QT_TRANSLATE_NOOP("AuditLogModel", "Rubric"),
    "scoring_round": QT_TRANSLATE_NOOP("AuditLogModel", "Round"),
    "result_lock": QT_TRANSLATE_NOOP("AuditLogModel", "Lock"),
}

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGE_LIMIT = 120


def action_label(action: str) -> str:
    return (
        QCoreApplication.translate("AuditLogModel", ACTIONS[action])
        if action in ACTIONS
        else action
    )


def as_text(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def change_text(row: AuditRow, names: AuditNames | None = None) -> str:
    """The event in words on one line, cut short: the details pane shows all of it."""
    text = describe(row, names)
    return text if len(text) <= CHANGE_LIMIT else text[: CHANGE_LIMIT - 1] + "…"


class AuditLogModel(RowTableModel[AuditRow]):
    WHEN, WHO, WHAT, OBJECT, CHANGE, WHY = range(6)
    CONTEXT = "AuditLogModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditLogModel", "When"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Who"),
        QT_TRANSLATE_NOOP("AuditLogModel", "What"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Object"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Change"),
        QT_TRANSLATE_NOOP("AuditLogModel", "Why"),
    )

    names = AuditNames()  # who the events' ids stand for, set by the dialog

    def cell(self, row: AuditRow, column: int) -> str:
        if column == self.WHEN:
            return row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == self.WHO:
            return row.actor
        if column == self.WHAT:
            return action_label(row.action)
        if column == self.OBJECT:
            entity = ENTITIES.get(row.entity)
            kind = QCoreApplication.translate("AuditLogModel", entity) if entity else row.entity
            return f"{kind} {row.entity_id}".strip()
        if column == self.CHANGE:
            return change_text(row, self.names)
        return row.reason

    def other_role(self, row: AuditRow, column: int, role: int) -> Any:
        if role == SORT_ROLE:
            return row.number if column == self.WHEN else self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.CHANGE, self.WHY):
            return self.cell(row, column) or None
        return None


class AuditFilter(QSortFilterProxyModel):
    """Rows of one action (or all), containing a text in any column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._action: str | None = None
        self._text = ""

    def set_action(self, action: str | None) -> None:
        self.beginFilterChange()
        self._action = action
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        row = model.index(source_row, 0, source_parent).data(ROW_ROLE)
        if not isinstance(row, AuditRow):
            return False
        if self._action is not None and row.action != self._action:
            return False
        if not self._text:
            return True
        seen = " ".join(
            str(model.index(source_row, column, source_parent).data() or "")
            for column in range(model.columnCount())
        )
        return self._text in f"{seen} {as_text(row.old)} {as_text(row.new)}".casefold()
