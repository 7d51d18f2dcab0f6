"""Excel copies of the decision tables: the ranking with the pilot list, and the score
summary (评分汇总表) per track, all from the locked results.

Officials re-sort and annotate these in Excel, so figures are written as numbers (with
two decimals shown), never as text; the header rows stay frozen and repeat on every
printed page; pages are A4, fitted to the width. Every text cell is neutralised with
`audit_export.neutralised`: an applicant's name or a reason typed by the secretariat
must never become a live formula in someone else's spreadsheet. Headings are Chinese
whatever the UI language: these are filed with the official documents.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from models import Campaign
from models.enums import DecisionOutcome, TrackKind
from reviewer.decisions.outcomes import DecisionLine, DecisionSheet, decision_sheet
from reviewer.labels import TRACK_NAMES
from reviewer.results.reconcile import current_lock
from reviewer.store.audit_export import neutralised
from reviewer.store.storage import CampaignStore

FIGURE = "0.00"
HEADER_ROW = 3  # title, provenance, then the column headings
OUTCOMES = {
    DecisionOutcome.APPROVE: "批准",
    DecisionOutcome.REJECT: "不予批准",
    DecisionOutcome.DEFER: "暂缓",
}
METHODS = {
    "trimmed_mean": "去掉一个最高分和一个最低分后取平均",
    "mean": "算术平均",
    "median": "中位数",
}
STRUCK = Font(strike=True, color="808080")


def _standing(line: DecisionLine) -> str:
    ranked = line.line
    if ranked.ineligible:
        return "不符合资格（一票否决）"
    if ranked.unscored:
        return "未评分"
    if ranked.below_cut:
        return "低于最低分"
    if ranked.over_quota:
        return "超出名额"
    return "入围"


def _cell_value(value: Any) -> Any:
    """Numbers stay numbers (exact decimals, written as written); text is neutralised
    against formula injection."""
    if isinstance(value, str):
        return neutralised(value)
    return value


def _sheet(
    workbook: Workbook,
    name: str,
    title: str,
    provenance: str,
    headers: Sequence[str],
    widths: Sequence[float],
    *,
    landscape: bool = False,
) -> Worksheet:
    sheet = workbook.create_sheet(neutralised(name)[:31])
    sheet.append([_cell_value(title)])
    sheet.append([_cell_value(provenance)])
    sheet.append([_cell_value(h) for h in headers])
    sheet["A1"].font = Font(bold=True, size=14)
    for cell in sheet[HEADER_ROW]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"  # sheet.cell() would create row 4
    sheet.print_title_rows = f"1:{HEADER_ROW}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    return sheet


def _append(sheet: Worksheet, values: Iterable[Any]) -> None:
    sheet.append([_cell_value(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, (int, float, Decimal)) and not isinstance(cell.value, bool):
            cell.number_format = "0" if isinstance(cell.value, int) else FIGURE


def _context(store: CampaignStore) -> tuple[str, str]:
    """The campaign's title, and the provenance line every sheet carries."""
    lock = current_lock(store)
    with store.reading() as session:
        title = session.scalars(select(Campaign.title)).one()
    method = "" if lock is None else str(lock.results.get("method", {}).get("method", ""))
    fingerprint = "" if lock is None else lock.short_fingerprint
    return title, f"汇总方法：{METHODS.get(method, method)}　锁定结果校验码：{fingerprint}"


def _save(workbook: Workbook) -> bytes:
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def _conditions(lines: Sequence[DecisionLine]) -> list[str]:
    return sorted({code for line in lines for code in line.line.conditions})


def _decided(line: DecisionLine) -> tuple[str, str]:
    """The committed decision on the current lock and its reason; blank when none."""
    if line.committed is None or not line.committed_current:
        return "", ""
    return OUTCOMES[line.committed.outcome], line.committed.reason


def ranking_workbook(store: CampaignStore, sheet: DecisionSheet | None = None) -> bytes:
    """The ranking per track (with proposal and committed decision) and the pilot list:
    the committed approvals in rank order. Refused while the results are not locked."""
    sheet = sheet or decision_sheet(store)
    title, provenance = _context(store)
    workbook = Workbook()
    pilot = workbook.active
    assert pilot is not None
    workbook.remove(pilot)
    pilot = _sheet(
        workbook,
        "试点名单",
        f"{title}　试点名单",
        provenance,
        ("序号", "试点类别", "申报单位", "最终得分", "排名"),
        (8, 34, 34, 12, 8),
    )
    number = 0
    for kind in TrackKind:
        lines = sheet.tracks.get(kind, ())
        for line in lines:
            if _decided(line)[0] == OUTCOMES[DecisionOutcome.APPROVE]:
                number += 1
                ranked = line.line
                _append(
                    pilot, (number, TRACK_NAMES[kind], ranked.applicant, ranked.final, ranked.rank)
                )
        codes = _conditions(lines)
        ranking = _sheet(
            workbook,
            f"{TRACK_NAMES[kind]}排名",
            f"{title}　{TRACK_NAMES[kind]}排名",
            provenance,
            ("排名", "申报单位", "最终得分", *codes, "入围情况", "建议", "决定", "理由"),
            (8, 30, 12, *(10 for _ in codes), 16, 10, 10, 40),
            landscape=True,
        )
        for line in lines:
            ranked = line.line
            _append(
                ranking,
                (
                    ranked.rank,
                    ranked.applicant,
                    ranked.final,
                    *(ranked.conditions.get(code) for code in codes),
                    _standing(line),
                    OUTCOMES[ranked.proposal],
                    *_decided(line),
                ),
            )
    if number == 0:
        pilot.append(["尚未提交决定"])
    return _save(workbook)


def score_summary_workbook(store: CampaignStore, sheet: DecisionSheet | None = None) -> bytes:
    """The score summary per track: each expert's total (the totals the method dropped
    struck through), the final score and the rank, in ranking order, with lines for
    the panel's signatures."""
    sheet = sheet or decision_sheet(store)
    title, provenance = _context(store)
    lock = current_lock(store)
    names = {
        str(expert["expert"]): str(expert["name"])
        for expert in ([] if lock is None else lock.results.get("experts", []))
    }
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for kind in TrackKind:
        lines = sheet.tracks.get(kind, ())
        experts = sorted({figure.code for line in lines for figure in line.line.experts})
        summary = _sheet(
            workbook,
            f"{TRACK_NAMES[kind]}评分汇总",
            f"{title}　{TRACK_NAMES[kind]}评分汇总表",
            provenance,
            (
                "序号",
                "申报单位",
                *(f"{code} {names.get(code, '')}".strip() for code in experts),
                "最终得分",
                "排名",
            ),
            (8, 30, *(12 for _ in experts), 12, 8),
            landscape=len(experts) > 5,
        )
        for number, line in enumerate(lines, start=1):
            ranked = line.line
            totals = {figure.code: figure for figure in ranked.experts}
            _append(
                summary,
                (
                    number,
                    ranked.applicant,
                    *(totals[code].total if code in totals else None for code in experts),
                    ranked.final,
                    ranked.rank,
                ),
            )
            for offset, code in enumerate(experts, start=3):
                if code in totals and not totals[code].kept:
                    summary.cell(summary.max_row, offset).font = STRUCK
        summary.append([])
        summary.append([_cell_value("注：带删除线的分数为按汇总方法去掉的分数。")])
        summary.append([_cell_value("评审专家签字：")])
        summary.append([_cell_value("专家组组长签字：")])
        summary.append([_cell_value("日期：")])
    return _save(workbook)
