"""The list of applicants (申报单位名单) as a workbook: the cities and departments of the
call, registered in one go before their packages arrive.

Read by its column headers as the expert list is (columns may move, headers lose their
★); every problem is listed at once, each naming the file, the sheet and the cell, and
nothing is registered unless the whole list is right, so a half-registered list never
reaches intake. Each applicant is registered through `applicants.save_applicant`'s rules
(names and codes unique) in one transaction, and the expert list's pending ties to it
become ties (`applicants.resolve_pending_ties`). An applicant already registered under
the same name is left as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, BinaryIO

from sqlalchemy import select

from models import Applicant
from models.enums import TrackKind
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.inputs.cell_problems import CellProblem
from reviewer.inputs.files import Inputs
from reviewer.inputs.workbook import (
    SheetCells,
    WorkbookNotRead,
    as_text,
    damage_caught,
    find_header,
    open_workbook,
    squeeze,
    table_rows,
)
from reviewer.inputs.workbook_limits import WorkbookLimits
from reviewer.intake.applicants import _key, add_applicant
from reviewer.store.storage import CampaignStore

APPLICANT_SHEET = "申报单位名单"
MAX_APPLICANT_LIST_BYTES = 20 << 20
# A province has some dozens of cities and departments; thousands are not a list of them.
_LIMITS = WorkbookLimits(Inputs.APPLICANT_LIST, rows=2_000, size=MAX_APPLICANT_LIST_BYTES)
_HEADER_SEARCH_ROWS = 10
# What the 类别 column may say for each track: the words of the call and the app's own.
TRACK_WORDS = {
    "城市": TrackKind.CITY,
    "市级": TrackKind.CITY,
    "city": TrackKind.CITY,
    "部门": TrackKind.DEPARTMENT,
    "省级部门": TrackKind.DEPARTMENT,
    "department": TrackKind.DEPARTMENT,
}

_MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file} cannot be read as an Excel workbook ({detail}). Save the applicant list as "
        "an .xlsx file and import it again.",
    ),
    "refused": QT_TRANSLATE_NOOP("Applicants", "{detail}"),
    "missing_column": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}: no column is headed “{field}” in the header row (row {row}). "
        "Add that column and import the list again.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}: the list holds no applicants. Fill in one applicant per row "
        "below the header and import the list again.",
    ),
    "formula": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the "
        "value itself and import the list again.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. "
        "Fill it in and import the list again.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}, cell {cell} ({field}): the text has {length} characters, "
        "more than the {limit} allowed. Shorten it and import the list again.",
    ),
    "bad_track": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a track. Write "
        "城市 or 部门 and import the list again.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is also given in cell "
        "{other}. List each applicant once and import the list again.",
    ),
    "code_taken": QT_TRANSLATE_NOOP(
        "Applicants",
        "{file}, sheet {sheet}, cell {cell} ({field}): the code “{value}” is already the "
        "registered applicant {other}'s. Give another code and import the list again.",
    ),
}


class ApplicantListProblem(CellProblem):
    """One thing wrong in an applicant list, placed precisely enough to be fixed in Excel."""

    CONTEXT = "Applicants"
    MESSAGES = _MESSAGES


@dataclass(frozen=True)
class _Column:
    key: str
    label: str
    limit: int
    required: bool = False
    aliases: tuple[str, ...] = ()


_COLUMNS = (
    _Column("name", "申报单位", 100, True, ("申报单位名称", "单位名称", "名称")),
    _Column("kind", "类别", 20, True, ("申报类别", "试点类别")),
    _Column("region", "所属地区", 100, False, ("地区", "市（区）")),
    _Column("contact", "联系人", 100),
    _Column("phone", "联系电话", 40, False, ("电话",)),
    _Column("code", "编号", 40, False, ("代码",)),
)
_BY_KEY = {column.key: column for column in _COLUMNS}
_HEADERS = {squeeze(n): c.key for c in _COLUMNS for n in (c.label, *c.aliases)}


def _header_key(raw: object) -> str:
    return squeeze(as_text(raw)).strip("★☆*")


@dataclass(frozen=True)
class ApplicantListReport:
    """What an import registered, or every problem that kept it from registering any."""

    added: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    ties_resolved: int = 0
    problems: tuple[ApplicantListProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "unchanged": list(self.unchanged),
            "ties_resolved": self.ties_resolved,
            "problems": [problem.message() for problem in self.problems],
        }


def _rows(stream: BinaryIO, file_name: str) -> tuple[list[dict[str, Any]], SheetCells[Any]]:
    workbook = open_workbook(stream, file_name, _LIMITS)
    with damage_caught():
        sheet = (
            workbook[APPLICANT_SHEET]
            if APPLICANT_SHEET in workbook.sheetnames
            else workbook.worksheets[0]
        )
    reader = SheetCells(ApplicantListProblem, file_name, sheet.title)
    header_row, columns = find_header(sheet, _HEADERS, _header_key, _HEADER_SEARCH_ROWS)
    for column in _COLUMNS:
        if column.required and column.key not in columns:
            reader.complain("missing_column", field=column.label, row=str(header_row or 1))
    rows = table_rows(sheet, header_row or 1, columns) if header_row else []
    if not rows and not reader.problems:
        reader.complain("empty")
    return rows, reader


def _entry(cells: dict[str, Any], reader: SheetCells[Any]) -> dict[str, Any] | None:
    """One row as the fields of an `Applicant`, or None (its problems told `reader`)."""
    before = len(reader.problems)
    values: dict[str, Any] = {}
    for key, cell in cells.items():
        column = _BY_KEY[key]
        if reader.refuses_formula(cell, column.label):
            continue
        text = as_text(cell.value).strip()
        if column.required and not text:
            reader.complain("missing", cell.coordinate, column.label)
        elif len(text) > column.limit:
            length, limit = str(len(text)), str(column.limit)
            reader.complain("too_long", cell.coordinate, column.label, length=length, limit=limit)
        values[key] = text
    kind = TRACK_WORDS.get(squeeze(values.get("kind", "")).lower())
    if values.get("kind") and kind is None:
        reader.complain("bad_track", cells["kind"].coordinate, "类别", value=values["kind"])
    values["kind"] = kind
    return values if len(reader.problems) == before else None


def import_applicant_list(
    store: CampaignStore, stream: BinaryIO, file_name: str
) -> ApplicantListReport:
    """Register the applicants a list names, all or none, in one transaction with each
    in the audit log; the expert list's pending ties to them become ties."""
    try:
        rows, reader = _rows(stream, file_name)
    except WorkbookNotRead as not_read:
        return ApplicantListReport(problems=(not_read.problem(ApplicantListProblem, file_name),))
    entries = [(cells, _entry(cells, reader)) for cells in rows]
    with store.writing() as session:
        known = {_key(a.name): a for a in session.scalars(select(Applicant))}
        codes = {a.code: a.name for a in known.values()}
        seen: dict[str, str] = {}
        for cells, entry in entries:
            if entry is None:
                continue
            place = cells["name"].coordinate
            if (first := seen.setdefault(_key(entry["name"]), place)) != place:
                reader.complain("duplicate", place, "申报单位", value=entry["name"], other=first)
            code = entry.get("code", "")
            if code and codes.get(code, entry["name"]) != entry["name"]:
                where = cells["code"].coordinate
                reader.complain("code_taken", where, "编号", value=code, other=codes[code])
        if reader.problems:
            return ApplicantListReport(problems=tuple(reader.problems))
        return _register(session, [e for _cells, e in entries if e is not None], known)


def _register(
    session: Any, entries: list[dict[str, Any]], known: dict[str, Applicant]
) -> ApplicantListReport:
    added: list[str] = []
    unchanged: list[str] = []
    resolved = 0
    for fields in entries:
        if _key(fields["name"]) in known:
            unchanged.append(known[_key(fields["name"])].name)
            continue
        applicant, ties = add_applicant(session, fields)
        resolved += ties
        added.append(applicant.name)
    return ApplicantListReport(tuple(added), tuple(unchanged), resolved)
