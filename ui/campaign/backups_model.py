"""A campaign's automatic backups as a table: when, why, how big, which file."""

from __future__ import annotations

from typing import Any

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.store.backups import Backup
from ui.widgets.qt import Qt
from ui.widgets.row_table_model import RowTableModel


def size_text(size: int) -> str:
    """Sizes as a person reads them: megabytes with one decimal, kilobytes below one."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{max(size, 1) / 1000:.0f} KB"


class BackupsModel(RowTableModel[Backup]):
    """Rows in the order given (newest first, as `list_backups` returns them)."""

    WHEN, WHY, SIZE, FILE = range(4)
    CONTEXT = "BackupsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupsModel", "Why"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "File"),
    )

    def cell(self, row: Backup, column: int) -> str:
        if column == self.WHEN:
            return row.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        if column == self.WHY:
            return row.reason_text()
        if column == self.SIZE:
            return size_text(row.size)
        return row.name

    def other_role(self, row: Backup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.FILE:
            return str(row.path)
        return None
