"""The expert panel list (专家名单): the .xlsx template the secretariat fills in, and its import.

The secretariat keeps its expert pool in Excel long before a campaign exists, so the list is
read by its column headers, not by fixed cells: columns may be reordered, headers may lose
their ★ or be typed with full-width characters. Like the application form, the import lists
every problem at once and writes nothing unless the whole list is right, so a half-imported
panel never reaches the assignment step.

Ties (关联单位及关系) are stored as `ExpertTie` rows only; turning them into conflict
declarations for applications is the assignment step's job. A tie to an applicant not
registered yet is no mistake (the expert pool is often listed before the applicants):
it is kept as a `PendingTie` by the applicant's name, and becomes a tie when an applicant
of that name is registered (`reviewer.intake.applicants.resolve_pending_ties`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Applicant, Expert, ExpertTie, PendingTie
from models.enums import TieRelation
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
from reviewer.reproducible import saved_workbook
from reviewer.store import audit
from reviewer.store.storage import CampaignStore

PANEL_SHEET = "专家名单"
GUIDE_SHEET = "填写说明"
YES, NO = "是", "否"
RELATIONS = {
    "任职": TieRelation.EMPLOYMENT,
    "董事": TieRelation.BOARD,
    "控股": TieRelation.CONTROL,
    "亲属": TieRelation.FAMILY,
    "其他": TieRelation.OTHER,
}
# A panel list is a few KB; anything far larger is not one, and is not read whole.
MAX_PANEL_BYTES = 20 << 20
# A province's whole pool of experts is some hundreds (the merge benchmark's panel has 500);
# a longer list is not an expert list, and is refused before it is loaded (the cost of
# loading, workbook_limits.MAX_ITEMS, allows some 2,500 rows as Excel saves them).
MAX_PANEL_ROWS = 2_000
_LIMITS = WorkbookLimits(Inputs.EXPERT_LIST, rows=MAX_PANEL_ROWS, size=MAX_PANEL_BYTES)
# Rows of the template prepared with drop-down lists and length checks.
_TEMPLATE_ROWS = 500
# How far down the header row is looked for, past any title rows the secretariat adds.
_HEADER_SEARCH_ROWS = 10

_MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP(
        "Panel",
        "{file} cannot be read as an Excel workbook ({detail}). Save the expert list as an "
        ".xlsx file made from Reviewer's template and import it again.",
    ),
    "refused": QT_TRANSLATE_NOOP("Panel", "{detail}"),
    "missing_column": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}: no column is headed “{field}” in the header row (row {row}). "
        "Add that column as in the template and import the list again.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}: the list holds no experts. Fill in one expert per row below "
        "the header and import the list again.",
    ),
    "formula": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the "
        "value itself and import the list again.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. "
        "Fill it in and import the list again.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): the text has {length} characters, "
        "more than the {limit} allowed. Shorten it and import the list again.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): the expert code “{value}” is also "
        "given in cell {other}. Give each expert a code of their own and import the list "
        "again.",
    ),
    "two_leaders": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): a second panel leader is marked; "
        "cell {other} already marks one. Mark only one expert as leader and import the "
        "list again.",
    ),
    "not_in_list": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not one of the choices "
        "({choices}). Choose one from the cell's drop-down list and import the list again.",
    ),
    "bad_tie": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not written as "
        "“applicant name:relation”. Write each tie that way, separate ties with “;”, and "
        "import the list again.",
    ),
    "unknown_relation": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): the relation “{relation}” given for "
        "“{name}” is not one of {choices}. Use one of these words and import the list again.",
    ),
    # No longer raised (such a tie is kept pending); kept for the translations of reports
    # written before.
    "unknown_applicant": QT_TRANSLATE_NOOP(
        "Panel",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{name}” is not an applicant "
        "registered in this campaign. Register the applicant first, or correct the name to "
        "the registered one, and import the list again.",
    ),
}


class PanelProblem(CellProblem):
    """One thing wrong in an expert list, placed precisely enough to be fixed in Excel."""

    CONTEXT = "Panel"
    MESSAGES = _MESSAGES


@dataclass(frozen=True)
class PanelImportReport:
    """What an import did, expert by expert, or why it did nothing."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    problems: tuple[PanelProblem, ...] = ()
    # Ties to applicants not registered yet, kept until they are: (code, name, relation).
    pending: tuple[tuple[str, str, TieRelation], ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "updated": list(self.updated),
            "unchanged": list(self.unchanged),
            "problems": [problem.message() for problem in self.problems],
            "pending_ties": [
                {"expert": code, "applicant": name, "relation": relation.value}
                for code, name, relation in self.pending
            ],
        }


@dataclass(frozen=True)
class _Column:
    key: str
    label: str  # the header without ★ or hint, also the field named in problems
    header: str  # as the template writes it
    required: bool = False
    limit: int = 0
    width: float = 14
    aliases: tuple[str, ...] = ()


_COLUMNS = (
    _Column("code", "编号", "编号★", True, 20, 10),
    _Column("name", "姓名", "姓名★", True, 100, 12),
    _Column("affiliation", "工作单位", "工作单位★", True, 200, 30),
    _Column("title", "职称", "职称", False, 100, 14),
    _Column("expertise", "专业领域", "专业领域", False, 300, 24),
    _Column("leader", "专家组组长", "专家组组长（是/否）", width=14, aliases=("组长",)),
    _Column("ties", "关联单位及关系", "关联单位及关系", width=40, aliases=("关联单位",)),
    # Optional and last, so lists written before it still import as they did.
    _Column("reserve", "备选专家", "备选专家（是/否）", width=14, aliases=("备选",)),
)
_BY_KEY = {column.key: column for column in _COLUMNS}


# ---------------------------------------------------------------- writing the template

_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY = Font(name="宋体", size=11)
_WRAP = Alignment(wrap_text=True, vertical="center")


def _guide_lines() -> list[str]:
    relations = "、".join(RELATIONS)
    return [
        "一、请在“专家名单”工作表中每行填写一名专家，第一行为表头，请勿修改表头文字。"
        "带★的列为必填项。",
        "二、编号：专家在本次评审中的编号，如 E01，不超过20字，不得重复。导入时按编号识别"
        "专家：已有编号的专家按本表更新，新编号的专家予以新增，本表未列出的专家保持不变。",
        "三、姓名不超过100字；工作单位不超过200字；职称不超过100字；专业领域不超过300字。",
        "四、专家组组长：从下拉列表选择“是”或“否”，不填视为“否”。全表至多一名组长；"
        "导入后原组长自动取消。",
        "五、关联单位及关系：填写与该专家有关联的申报单位，格式为“单位名称：关系”，多个之间用"
        "“；”分隔，例如：西安市：任职；宝鸡市：亲属。单位名称须与本次评审已登记的申报单位名称"
        f"一致；尚未登记的单位，其关联关系先予保留，待该单位登记后自动生效。关系只能填写：{relations}。",
        "六、回避规定（依据《政府采购法实施条例》第九条）：专家与申报单位有下列关系之一的，"
        "不得评审该单位的申报材料——近三年内在该单位任职（任职），担任其董事、监事（董事），"
        "是其控股股东或实际控制人（控股）；与其法定代表人或负责人为配偶、直系血亲、三代以内"
        "旁系血亲或近姻亲关系（亲属）；其他可能影响公正评审的关系（其他）。",
        "七、如实填写关联关系；评审中发现未申报的关联关系，专家应主动申请回避。",
        "八、请直接输入数值，不要使用公式；请勿删除或重命名“专家名单”工作表。",
        "九、备选专家：从下拉列表选择“是”或“否”，不填视为“否”。备选专家不参加默认分配；"
        "因专家回避或未交回评分致使某项申报的评审专家少于规定人数或为偶数时，从备选专家中"
        "补入（依据《政府采购货物和服务招标投标管理办法》第四十七条）。",
    ]


def _write_guide(sheet: Worksheet) -> None:
    sheet["A1"] = "填写说明"
    sheet["A1"].font = Font(name="黑体", size=16, bold=True)
    sheet.row_dimensions[1].height = 30
    for row, line in enumerate(_guide_lines(), start=3):
        cell = sheet.cell(row=row, column=1, value=line)
        cell.font, cell.alignment = _BODY, _WRAP
        sheet.row_dimensions[row].height = 20.0 * (len(line) // 36 + 1)
    sheet.column_dimensions["A"].width = 80  # about 40 Chinese characters a line


def _validation(column: _Column) -> DataValidation:
    """Excel's own check for a column, so most mistakes are caught while typing."""
    if column.key in ("leader", "reserve"):
        rule = DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True)
        rule.error = f"请从下拉列表选择“{YES}”或“{NO}”。"
    elif column.limit:
        rule = DataValidation(
            type="textLength", operator="lessThanOrEqual", formula1=str(column.limit)
        )
        rule.error = f"{column.label}不超过{column.limit}字。"
    else:
        # No check, only the format as a hint: ties are checked against the campaign on import.
        rule = DataValidation()
        rule.prompt = "格式：单位名称：关系，多个用“；”分隔。关系为" + "、".join(RELATIONS) + "。"
        rule.promptTitle, rule.showInputMessage = column.label, True
    rule.allow_blank = True
    rule.showErrorMessage = rule.type is not None
    rule.errorTitle = "输入有误"
    return rule


def _write_list(sheet: Worksheet) -> None:
    last = _TEMPLATE_ROWS + 1
    for number, column in enumerate(_COLUMNS, start=1):
        cell = sheet.cell(row=1, column=number, value=column.header)
        cell.font = Font(name="黑体", size=11, bold=True)
        cell.fill, cell.border = _HEADER_FILL, _BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        letter = cell.column_letter
        dimension = sheet.column_dimensions[letter]
        dimension.width = column.width
        # A column style, not per-cell styles: new cells take it, and no empty cells are
        # written (the reader would otherwise walk hundreds of blank rows).
        dimension.font, dimension.alignment = _BODY, _WRAP
        if column.key == "code":
            dimension.number_format = "@"  # codes such as 01 keep their leading zero
        rule = _validation(column)
        rule.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(rule)
    sheet.row_dimensions[1].height = 30
    sheet.freeze_panes = "A2"


def panel_template() -> bytes:
    """The blank expert list, the same bytes every time so it can be published and hashed."""
    workbook = Workbook()
    panel = workbook.active
    assert panel is not None
    panel.title = PANEL_SHEET
    _write_list(panel)
    _write_guide(workbook.create_sheet(GUIDE_SHEET))
    return saved_workbook(workbook, "专家名单")


# ---------------------------------------------------------------- reading a filled-in list


def _header_key(raw: object) -> str:
    key = squeeze(as_text(raw)).strip("★☆*")
    return re.sub(r"\(.*\)$", "", key).strip("★☆*")


_HEADERS = {
    squeeze(name): column.key for column in _COLUMNS for name in (column.label, *column.aliases)
}


# Stands for a formula cell's value: already reported, and checked no further.
_FORMULA = "="


@dataclass
class _Row:
    number: int
    values: dict[str, str]
    cells: dict[str, str]


@dataclass
class _Sheet:
    columns: dict[str, int]  # column key -> 1-based column number
    rows: list[_Row]


def _read_sheet(sheet: Worksheet, reader: SheetCells[PanelProblem]) -> _Sheet:
    header_row, columns = find_header(sheet, _HEADERS, _header_key, _HEADER_SEARCH_ROWS)
    header_row = header_row or 1
    for column in _COLUMNS:
        if column.required and column.key not in columns:
            reader.complain("missing_column", field=column.label, row=str(header_row))
    rows: list[_Row] = []
    for cells in table_rows(sheet, header_row, columns):
        values: dict[str, str] = {}
        for key, cell in cells.items():
            if reader.refuses_formula(cell, _BY_KEY[key].label):
                values[key] = _FORMULA  # reported already, and checked no further
            else:
                values[key] = as_text(cell.value)
        places = {key: cell.coordinate for key, cell in cells.items()}
        rows.append(_Row(next(iter(cells.values())).row, values, places))
    return _Sheet(columns, rows)


@dataclass(frozen=True)
class _Entry:
    """One expert as the list states them; None where the list has no such column."""

    code: str
    name: str
    affiliation: str
    title: str | None
    expertise: str | None
    is_leader: bool | None
    ties: tuple[tuple[int, TieRelation], ...] | None
    is_reserve: bool | None = None
    pending: tuple[tuple[str, TieRelation], ...] = ()


def _applicant_key(name: str) -> str:
    return squeeze(name)


_Ties = tuple[tuple[int, TieRelation], ...]
_Pending = tuple[tuple[str, TieRelation], ...]


def _parse_ties(
    text: str, applicants: dict[str, int]
) -> tuple[_Ties, _Pending, list[tuple[str, dict[str, str]]]]:
    """The ties one cell states to registered applicants, those to applicants not
    registered yet (by name), and what is wrong with it as (code, params) pairs."""
    ties: list[tuple[int, TieRelation]] = []
    pending: list[tuple[str, TieRelation]] = []
    wrong: list[tuple[str, dict[str, str]]] = []
    for piece in (part.strip() for part in re.split(r"[;；\n]", text)):
        if not piece:
            continue
        match = re.fullmatch(r"(.*)[:：](.*)", piece, re.DOTALL)
        name = match.group(1).strip() if match else ""
        word = squeeze(match.group(2)) if match else ""
        if not name or not word:
            wrong.append(("bad_tie", {"value": piece}))
            continue
        relation = RELATIONS.get(word)
        if relation is None:
            choices = "、".join(RELATIONS)
            wrong.append(("unknown_relation", {"relation": word, "name": name, "choices": choices}))
        applicant_id = applicants.get(_applicant_key(name))
        if relation is None:
            continue
        if applicant_id is None:
            if (name, relation) not in pending:
                pending.append((name, relation))
        elif (applicant_id, relation) not in ties:
            ties.append((applicant_id, relation))
    return tuple(ties), tuple(pending), wrong


def _yes_no(
    values: dict[str, str], key: str, found: list[tuple[str, str, dict[str, str]]]
) -> bool | None:
    """A 是/否 cell: None where the list has no such column (or a formula, reported
    elsewhere), blank for 否; anything else is a problem added to `found`."""
    if values.get(key, _FORMULA) == _FORMULA:
        return None
    answer = squeeze(values[key])
    if answer not in (YES, NO, ""):
        found.append((key, "not_in_list", {"value": values[key], "choices": f"{YES}、{NO}"}))
    return answer == YES


def _check_rows(
    sheet: _Sheet, reader: SheetCells[PanelProblem], applicants: dict[str, int]
) -> list[_Entry]:
    """The list's experts, reporting every problem found to `reader`."""
    entries: list[_Entry] = []
    codes: dict[str, str] = {}  # code -> the cell that first gives it
    leader_cell = ""
    for row in sheet.rows:
        found: list[tuple[str, str, dict[str, str]]] = []  # (column key, code, params)
        values = row.values
        for column in _COLUMNS:
            text = values.get(column.key)
            if text is None or text == _FORMULA:
                continue
            if column.required and not text:
                found.append((column.key, "missing", {}))
            elif column.limit and len(text) > column.limit:
                params = {"length": str(len(text)), "limit": str(column.limit)}
                found.append((column.key, "too_long", params))
        code = values.get("code", "")
        if code and code != _FORMULA:
            if code in codes:
                found.append(("code", "duplicate", {"value": code, "other": codes[code]}))
            else:
                codes[code] = row.cells["code"]
        is_leader = _yes_no(values, "leader", found)
        is_reserve = _yes_no(values, "reserve", found)
        if is_leader:
            if leader_cell:
                found.append(("leader", "two_leaders", {"other": leader_cell}))
            else:
                leader_cell = row.cells["leader"]
        ties: _Ties | None = None
        pending: _Pending = ()
        if values.get("ties", _FORMULA) != _FORMULA:
            ties, pending, wrong = _parse_ties(values["ties"], applicants)
            found += [("ties", tie_code, params) for tie_code, params in wrong]
        for key, problem, params in found:
            reader.complain(problem, row.cells[key], _BY_KEY[key].label, **params)
        entries.append(
            _Entry(
                code=code,
                name=values.get("name", ""),
                affiliation=values.get("affiliation", ""),
                title=values.get("title"),
                expertise=values.get("expertise"),
                is_leader=is_leader,
                ties=ties,
                is_reserve=is_reserve,
                pending=pending,
            )
        )
    if not sheet.rows and sheet.columns:
        reader.complain("empty")
    return entries


def _load(stream: BinaryIO, file_name: str) -> Worksheet:
    """The list's sheet: the one so named, or else the first (a list pasted into a new
    workbook); raises `WorkbookNotRead` if there is none to read."""
    workbook = open_workbook(stream, file_name, _LIMITS)
    if PANEL_SHEET in workbook.sheetnames:
        return workbook[PANEL_SHEET]
    with damage_caught():  # a workbook without any worksheet is as unreadable
        return workbook.worksheets[0]


# ---------------------------------------------------------------- writing to the campaign


def _snapshot(expert: Expert, names: dict[int, str]) -> dict[str, Any]:
    """What the audit trail keeps of an expert: small, and readable without the database."""
    return {
        "name": expert.name,
        "affiliation": expert.affiliation,
        "title": expert.title,
        "expertise": expert.expertise,
        "is_leader": expert.is_leader,
        "is_reserve": expert.is_reserve,
        "ties": sorted(f"{names[t.applicant_id]}:{t.relation.value}" for t in expert.ties),
        "pending_ties": sorted(
            f"{t.applicant_name}:{t.relation.value}" for t in expert.pending_ties
        ),
    }


def _set_ties(expert: Expert, wanted: tuple[tuple[int, TieRelation], ...]) -> None:
    """Make the expert's ties equal `wanted`, keeping rows (and their notes) that stay."""
    for tie in list(expert.ties):
        if (tie.applicant_id, tie.relation) not in wanted:
            expert.ties.remove(tie)
    have = {(tie.applicant_id, tie.relation) for tie in expert.ties}
    for applicant_id, relation in wanted:
        if (applicant_id, relation) not in have:
            expert.ties.append(ExpertTie(applicant_id=applicant_id, relation=relation))


def _set_pending(expert: Expert, wanted: _Pending, source: str) -> None:
    """Make the expert's pending ties equal `wanted`, as `_set_ties` does the others."""
    for tie in list(expert.pending_ties):
        if (tie.applicant_name, tie.relation) not in wanted:
            expert.pending_ties.remove(tie)
    have = {(tie.applicant_name, tie.relation) for tie in expert.pending_ties}
    for name, relation in wanted:
        if (name, relation) not in have:
            tie = PendingTie(applicant_name=name, relation=relation, note="", source=source)
            expert.pending_ties.append(tie)


def _apply(
    session: Session, entries: list[_Entry], names: dict[int, str], source: str
) -> PanelImportReport:
    experts = {
        expert.code: expert
        for expert in session.scalars(
            select(Expert).options(selectinload(Expert.ties), selectinload(Expert.pending_ties))
        )
    }
    added: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    for entry in entries:
        expert = experts.get(entry.code)
        old = _snapshot(expert, names) if expert is not None else None
        if expert is None:
            expert = Expert(
                code=entry.code,
                title="",
                expertise="",
                is_leader=False,
                is_reserve=False,
                ties=[],
                pending_ties=[],
            )
            session.add(expert)
        expert.name, expert.affiliation = entry.name, entry.affiliation
        if entry.title is not None:
            expert.title = entry.title
        if entry.expertise is not None:
            expert.expertise = entry.expertise
        if entry.is_leader is not None:
            expert.is_leader = entry.is_leader
        if entry.is_reserve is not None:
            expert.is_reserve = entry.is_reserve
        if entry.ties is not None:
            _set_ties(expert, entry.ties)
            _set_pending(expert, entry.pending, source)
        new = _snapshot(expert, names)
        if old is None:
            audit.record(session, "expert.add", entity="expert", entity_id=entry.code, new=new)
            added.append(entry.code)
        elif old != new:
            changed = [key for key in new if old[key] != new[key]]
            audit.record(
                session,
                "expert.update",
                entity="expert",
                entity_id=entry.code,
                old={key: old[key] for key in changed},
                new={key: new[key] for key in changed},
            )
            updated.append(entry.code)
        else:
            unchanged.append(entry.code)
    if any(entry.is_leader for entry in entries):
        listed = {entry.code for entry in entries}
        for code in sorted(set(experts) - listed):
            if experts[code].is_leader:
                experts[code].is_leader = False
                audit.record(
                    session,
                    "expert.update",
                    entity="expert",
                    entity_id=code,
                    old={"is_leader": True},
                    new={"is_leader": False},
                )
                updated.append(code)
    pending = tuple(
        (entry.code, name, relation) for entry in entries for name, relation in entry.pending
    )
    return PanelImportReport(tuple(added), tuple(updated), tuple(unchanged), pending=pending)


def import_panel(store: CampaignStore, stream: BinaryIO, file_name: str) -> PanelImportReport:
    """Add and update the campaign's experts from a filled-in expert list.

    Experts are matched by code: new codes are added, known ones updated to what the list
    says, and experts the list does not mention are left as they are, so a list of newly
    drawn experts can be imported without repeating the whole pool. A column the list lacks
    altogether (职称, 专业领域, 组长, 关联单位及关系) leaves that detail as it is; a blank
    cell in a present column clears it. When the list names a leader, every other expert
    stops being leader, because a panel has one.

    A tie to an applicant not registered yet is kept pending, by name, and counted in the
    report's `pending`; registering the applicant makes it a tie.

    All in one transaction, written only if the list has no problem at all; every problem
    is reported, none raised. Raises `CampaignReadOnly` if the campaign may not be written.
    """
    try:
        sheet = _load(stream, file_name)
    except WorkbookNotRead as not_read:
        return PanelImportReport(problems=(not_read.problem(PanelProblem, file_name),))
    reader = SheetCells(PanelProblem, file_name, sheet.title)
    read = _read_sheet(sheet, reader)
    with store.writing() as session:
        names: dict[int, str] = dict(session.execute(select(Applicant.id, Applicant.name)).all())
        by_key: dict[str, int] = {}
        for applicant_id, name in sorted(names.items()):
            by_key.setdefault(_applicant_key(name), applicant_id)
        entries = _check_rows(read, reader, by_key)
        if reader.problems:
            return PanelImportReport(problems=tuple(reader.problems))
        return _apply(session, entries, names, file_name)
