"""The experts table: a model over `ExpertRow`s."""

from __future__ import annotations

from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP, counted, joined
from reviewer.panel.expert_rows import ExpertRow
from ui.widgets.qt import QCoreApplication, Qt
from ui.widgets.row_table_model import ROW_ROLE, RowTableModel

__all__ = ["ROW_ROLE", "ExpertsTableModel"]


class ExpertsTableModel(RowTableModel[ExpertRow]):
    """One row per expert; `ROW_ROLE` gives the row object."""

    CODE, NAME, AFFILIATION, TITLE, EXPERTISE, ROLE, TIES, PROGRESS = range(8)
    CONTEXT = "ExpertsTableModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("ExpertsTableModel", "No."),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Name"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Affiliation"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Title"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Expertise"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Role"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Ties and recusals"),
        QT_TRANSLATE_NOOP("ExpertsTableModel", "Done / assigned"),
    )

    def cell(self, row: ExpertRow, column: int) -> str:
        if column == self.ROLE:
            roles = []
            if row.is_leader:
                roles.append(QCoreApplication.translate("ExpertsTableModel", "Panel leader"))
            if row.is_reserve:
                roles.append(QCoreApplication.translate("ExpertsTableModel", "Reserve"))
            return joined(roles)
        if column == self.TIES:
            parts = [*row.ties, *row.pending_ties]
            if row.conflicts:
                parts.append(
                    counted(
                        QCoreApplication.translate("ExpertsTableModel", "{n} {n:recusal|recusals}"),
                        n=row.conflicts,
                    )
                )
            return joined(parts)
        if column == self.PROGRESS:
            return f"{row.done} / {row.assigned}"
        plain = (row.code, row.name, row.affiliation, row.title, row.expertise)
        return plain[column] if column < len(plain) else ""

    def other_role(self, row: ExpertRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TIES:
            return "\n".join([*row.ties, *row.pending_ties]) or None
        return None
