"""The audit log as a workbook the secretariat can file: who, when, what, old, new, why.

Every text cell a person's words could reach is neutralised against formula injection:
a value that begins with =, +, -, @, a tab or a carriage return is written with a
leading apostrophe-free quote character (') so Excel shows it as text, never runs it.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from sqlalchemy import select

from models import AuditEvent
from reviewer.store.storage import CampaignStore

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
HEADERS = ("时间", "操作人", "操作", "对象", "编号", "原值", "新值", "理由")


def neutralised(text: str) -> str:
    """Text that a spreadsheet will show, not evaluate."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


@dataclass(frozen=True)
class AuditRow:
    number: int  # the order events were recorded in, which timestamps alone can tie
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    old: Any
    new: Any
    reason: str


def audit_rows(store: CampaignStore) -> list[AuditRow]:
    with store.reading() as session:
        return [
            AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.old, e.new, e.reason)
            for e in session.scalars(select(AuditEvent).order_by(AuditEvent.id))
        ]


def _json(value: Any) -> str:
    return "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def audit_workbook(store: CampaignStore) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "审计日志"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in audit_rows(store):
        texts = (row.actor, row.action, row.entity, row.entity_id, _json(row.old), _json(row.new))
        sheet.append(
            [row.at.replace(tzinfo=None), *(neutralised(t) for t in texts), neutralised(row.reason)]
        )
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (20, 14, 18, 14, 12, 40, 40, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.print_title_rows = "1:1"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()
