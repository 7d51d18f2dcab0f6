"""A rubric (评分细则) as an .xlsx workbook, and the reader for the copies edited in Excel.

The secretariat drafts and revises rubrics in Excel, passes them round for comment and
reuses last year's for the next campaign or for the acceptance review (验收). So a rubric
leaves Reviewer as a workbook a person can edit, and comes back through a reader that finds
its parts by their Chinese labels rather than by fixed cells (columns may be moved, headers
typed with full-width characters), lists every mistake by cell at once, and only then lets
`reviewer.rubrics.catalog.check_definition` judge the whole, so one rule guards every way in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.inputs.cell_problems import CellProblem
from reviewer.inputs.files import Inputs
from reviewer.inputs.workbook import (
    BadCell,
    SheetCells,
    WorkbookNotRead,
    as_text,
    find_header,
    open_workbook,
    squeeze,
    table_rows,
)
from reviewer.inputs.workbook_limits import WorkbookLimits
from reviewer.labels import TRACK_NAMES
from reviewer.reproducible import saved_workbook
from reviewer.rubrics.checks import BAND_ORDER, DEFAULT_STEP, RubricInvalid, check_definition
from reviewer.vocabulary import BandLevel, TrackKind

RUBRIC_SHEET = "评分细则"
GATES_SHEET = "资格条件"
GUIDE_SHEET = "填写说明"
YES, NO = "是", "否"
BAND_NAMES = {
    BandLevel.EXCELLENT: "优",
    BandLevel.GOOD: "良",
    BandLevel.FAIR: "中",
    BandLevel.POOR: "差",
}
# A rubric workbook is some tens of KB; anything far larger is not one, and is not read whole.
MAX_RUBRIC_BYTES = 20 << 20
# A rubric has at most MAX_CRITERIA criteria, a row each, under a few rows of title and
# header; a sheet reaching further is not a rubric, and is refused before it is loaded.
MAX_RUBRIC_ROWS = 1_000
_LIMITS = WorkbookLimits(Inputs.RUBRIC_WORKBOOK, rows=MAX_RUBRIC_ROWS, size=MAX_RUBRIC_BYTES)
# Rows above the table: title, track, total, a note; the table's header follows.
_TITLE_ROW, _TRACK_ROW, _TOTAL_ROW, _NOTE_ROW, _HEADER_ROW = 1, 2, 3, 4, 5
# Rows below the last criterion still prepared with the checks and styles, for additions.
_SPARE_ROWS = 200
# How far down labels and the header row are looked for, past rows the secretariat adds.
_SEARCH_ROWS = 20

_MESSAGES = {
    "unreadable": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file} cannot be read as an Excel workbook ({detail}). Save the rubric as an .xlsx "
        "file made from the workbook Reviewer exports and import it again.",
    ),
    "refused": QT_TRANSLATE_NOOP("Rubric", "{detail}"),
    "missing_sheet": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file} has no sheet named “{sheet}”. Keep the sheets of the workbook Reviewer "
        "exports, under their names, and import the rubric again.",
    ),
    "missing_label": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}: no cell above the table reads “{field}”. Put the label back "
        "in column A with its value in the cell to its right, and import the rubric again.",
    ),
    "missing_column": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}: no column is headed “{field}” in the header row (row {row}). "
        "Add that column as in the exported workbook and import the rubric again.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}: the rubric lists no criteria. Fill in one criterion per row "
        "below the header and import the rubric again.",
    ),
    "formula": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the "
        "value itself and import the rubric again.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. "
        "Fill it in and import the rubric again.",
    ),
    "not_a_number": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a number of points. "
        "Type a number of 0 or more in digits, such as 7 or 3.5, and import the rubric again.",
    ),
    "bad_range": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a range of points. "
        "Write the lowest and the highest points joined by a dash, lowest first, such as 6-7 "
        "or 0-3.5, and import the rubric again.",
    ),
    "not_in_list": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not one of the choices "
        "({choices}). Choose one from the cell's drop-down list and import the rubric again.",
    ),
    "unknown_track": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a track Reviewer "
        "knows ({choices}). Choose the track from the cell's drop-down list and import the "
        "rubric again.",
    ),
    "duplicate": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): the code “{value}” is also given in "
        "cell {other}. Give each one a code of its own and import the rubric again.",
    ),
    "inconsistent": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” differs from what cell "
        "{other} gives for condition {condition}. Write the condition's name and "
        "description on its first row only, or the same on every row, and import the "
        "rubric again.",
    ),
    "invalid": QT_TRANSLATE_NOOP(
        "Rubric",
        "{file}, sheet {sheet}: {detail} Correct the rubric and import it again.",
    ),
}


class RubricProblem(CellProblem):
    """One thing wrong in a rubric workbook, placed precisely enough to be fixed in Excel."""

    CONTEXT = "Rubric"
    MESSAGES = _MESSAGES


@dataclass(frozen=True)
class RubricReading:
    """A rubric definition read from a workbook, or everything that keeps it from being one."""

    definition: dict[str, Any] | None  # None when there are problems
    problems: tuple[RubricProblem, ...]

    @property
    def ok(self) -> bool:
        return self.definition is not None


@dataclass(frozen=True)
class _Column:
    key: str
    header: str  # as the workbook writes it; also the field named in problems
    width: float
    required: bool = False
    aliases: tuple[str, ...] = ()


def _band_columns() -> list[_Column]:
    columns = []
    for level, name in BAND_NAMES.items():
        columns += [
            _Column(f"{level.value}:range", f"{name}·分值范围", 10, aliases=(f"{name}档分值范围",)),
            _Column(f"{level.value}:descriptor", f"{name}·描述", 30, aliases=(f"{name}档描述",)),
        ]
    return columns


_TABLE = (
    _Column("cond_code", "条件编号", 9, True),
    _Column("cond_name", "评审条件", 14, True, ("条件名称",)),
    _Column("cond_description", "条件说明", 36),
    _Column("code", "评分项编号", 10, True),
    _Column("name", "评分项", 18, True, ("评分项名称",)),
    _Column("description", "评分项说明", 36),
    _Column("max_points", "分值", 8, True, ("满分",)),
    _Column("step", "步长", 8, aliases=("评分步长",)),
    _Column("veto", "一票否决（是/否）", 10, aliases=("一票否决",)),
    *_band_columns(),
)
_GATES = (
    _Column("code", "编号", 10, True),
    _Column("name", "名称", 30, True),
    _Column("description", "说明", 80),
)
_LABELS = {"title": "细则名称", "track": "适用类别", "total_points": "总分"}


# ---------------------------------------------------------------- writing the workbook

_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY = Font(name="宋体", size=11)
_HEAD = Font(name="黑体", size=11, bold=True)
_WRAP = Alignment(wrap_text=True, vertical="center")


def _points_text(value: Any) -> str:
    """Points as the definition keeps them: "7", not "7.0" or "7E+0", so equal means equal."""
    number = Decimal(str(value))
    return "0" if number == 0 else format(number.normalize(), "f")


def _points_cell(value: Any) -> int | float:
    """Points as an Excel number; points are whole or halves, which a float holds exactly."""
    number = Decimal(str(value))
    return int(number) if number == number.to_integral_value() else float(number)


def _guide_lines() -> list[str]:
    tracks = "或".join(f"“{name}”" for name in TRACK_NAMES.values())
    return [
        "一、本工作簿是Reviewer导出的评分细则，可在Excel中修改后再导入Reviewer。请勿重命名"
        f"“{RUBRIC_SHEET}”“{GATES_SHEET}”工作表，请勿修改表头文字；列的先后次序可以调整。",
        f"二、“{RUBRIC_SHEET}”工作表上方依次填写细则名称、适用类别（从下拉列表选择{tracks}）"
        "和总分。",
        "三、表格每行填写一个评分项。同一评审条件下的各评分项填写相同的条件编号；评审条件和"
        "条件说明只需在该条件的第一行填写，各行重复填写亦可，但须一致。",
        "四、评分项编号不得重复。分值为该评分项的满分；步长为打分的最小单位，不填视为0.5；"
        "分值须为步长的整数倍。各评分项分值之和须等于总分。",
        f"五、一票否决：从下拉列表选择“{YES}”或“{NO}”，不填视为“{NO}”。",
        "六、每个评分项可设优、良、中、差四档，分值范围写作“最低分-最高分”，如“6-7”“0-3.5”。"
        "四档须从优到差依次相接，不重叠、不留空档：优档最高分等于该项分值，差档最低分为0，"
        "各档端点均为步长的整数倍。不设档次的评分项，四档全部留空。",
        f"七、“{GATES_SHEET}”工作表每行填写一项资格条件（评分前逐项审查是否符合），编号不得"
        "重复；没有资格条件时保留表头即可。",
        "八、请直接输入数值和文字，不要使用公式。",
    ]


def _write_guide(sheet: Worksheet) -> None:
    sheet["A1"] = GUIDE_SHEET
    sheet["A1"].font = Font(name="黑体", size=16, bold=True)
    sheet.row_dimensions[1].height = 30
    for row, line in enumerate(_guide_lines(), start=3):
        cell = sheet.cell(row=row, column=1, value=line)
        cell.font, cell.alignment = _BODY, _WRAP
        sheet.row_dimensions[row].height = 20.0 * (len(line) // 38 + 1)
    sheet.column_dimensions["A"].width = 80  # about 40 Chinese characters a line


def _row_height(texts: Iterable[tuple[str, float]]) -> float:
    """A row tall enough for its longest wrapped text; openpyxl cannot autofit rows."""
    lines = max((math.ceil(len(text) * 2.1 / width) for text, width in texts if text), default=1)
    return min(409.0, 15.0 * max(lines, 1) + 4)


def _style_header(cell: Cell) -> None:
    cell.font, cell.fill, cell.border = _HEAD, _HEADER_FILL, _BOX
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _prepare_columns(sheet: Worksheet, columns: tuple[_Column, ...], header_row: int) -> None:
    """Header, widths and column styles, so rows added in Excel look like the rest."""
    for number, column in enumerate(columns, start=1):
        cell = sheet.cell(row=header_row, column=number, value=column.header)
        _style_header(cell)
        dimension = sheet.column_dimensions[cell.column_letter]
        dimension.width = column.width
        dimension.font, dimension.alignment = _BODY, _WRAP
        if not column.key.endswith(("max_points", "step")):
            # Text, so codes such as 1.10 keep their zero and 6-7 is not turned into a date.
            dimension.number_format = "@"
    sheet.row_dimensions[header_row].height = 32


def _rule(kind: str, letter: str, first: int, last: int) -> DataValidation:
    """Excel's own check for one column, so most mistakes are caught while typing."""
    if kind == "max_points":
        rule = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0")
        rule.error = "分值须为不小于0的数字，如7或3.5。"
    elif kind == "step":
        rule = DataValidation(type="decimal", operator="greaterThan", formula1="0")
        rule.error = "步长须为大于0的数字，如0.5；不填视为0.5。"
    elif kind == "veto":
        rule = DataValidation(type="list", formula1=f'"{YES},{NO}"')
        rule.error = f"请从下拉列表选择“{YES}”或“{NO}”。"
    else:  # band ranges: no check Excel can make, only the format as a hint
        rule = DataValidation()
        rule.promptTitle, rule.prompt = "分值范围", "写作“最低分-最高分”，如6-7或0-3.5。"
        rule.showInputMessage = True
    rule.allow_blank = True
    rule.showErrorMessage = rule.type is not None
    rule.errorTitle = "输入有误"
    rule.add(f"{letter}{first}:{letter}{last}")
    return rule


def _write_top(sheet: Worksheet, definition: dict[str, Any]) -> None:
    track = definition.get("track")
    values: dict[str, Any] = {
        "title": definition.get("title", ""),
        "track": TRACK_NAMES[TrackKind(track)] if track else "",
        "total_points": _points_cell(definition["total_points"]),
    }
    for row, (key, label) in zip(
        (_TITLE_ROW, _TRACK_ROW, _TOTAL_ROW), _LABELS.items(), strict=True
    ):
        head = sheet.cell(row=row, column=1, value=label)
        _style_header(head)
        sheet.merge_cells(start_row=row, end_row=row, start_column=2, end_column=6)
        cell = sheet.cell(row=row, column=2, value=values[key])
        cell.font, cell.border = Font(name="黑体", size=12, bold=True), _BOX
        cell.alignment = Alignment(horizontal="left", vertical="center")
        sheet.row_dimensions[row].height = 22
    tracks = DataValidation(type="list", formula1='"' + ",".join(TRACK_NAMES.values()) + '"')
    total = DataValidation(type="decimal", operator="greaterThan", formula1="0")
    for rule, row in ((tracks, _TRACK_ROW), (total, _TOTAL_ROW)):
        rule.allow_blank, rule.showErrorMessage, rule.errorTitle = True, True, "输入有误"
        rule.add(f"B{row}")
        sheet.add_data_validation(rule)
    tracks.error, total.error = "请从下拉列表选择适用类别。", "总分须为大于0的数字。"
    note = sheet.cell(
        row=_NOTE_ROW,
        column=1,
        value="每行一个评分项；同一评审条件的评分项条件编号相同。各评分项分值之和须等于总分。"
        f"详见“{GUIDE_SHEET}”。",
    )
    note.font = Font(name="宋体", size=10, color="595959")


def _criterion_row(condition: dict[str, Any], criterion: dict[str, Any], first: bool) -> list[Any]:
    bands = {band["level"]: band for band in criterion.get("bands", [])}
    row: list[Any] = [
        condition["code"],
        condition["name"] if first else None,
        condition.get("description", "") if first else None,
        criterion["code"],
        criterion["name"],
        criterion.get("description", ""),
        _points_cell(criterion["max_points"]),
        _points_cell(criterion.get("step", DEFAULT_STEP)),
        YES if criterion.get("veto", False) else NO,
    ]
    for level in BAND_ORDER:
        band = bands.get(level.value)
        if band is None:
            row += [None, None]
        else:
            span = f"{_points_text(band['min'])}-{_points_text(band['max'])}"
            row += [span, band.get("descriptor", "")]
    return row


def _write_table(
    sheet: Worksheet, columns: tuple[_Column, ...], header_row: int, rows: list[list[Any]]
) -> None:
    _prepare_columns(sheet, columns, header_row)
    for offset, values in enumerate(rows, start=1):
        row = header_row + offset
        for number, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=number, value=None if value == "" else value)
            cell.font, cell.alignment, cell.border = _BODY, _WRAP, _BOX
            cell.number_format = sheet.column_dimensions[cell.column_letter].number_format
        texts = [
            (str(value), column.width)
            for value, column in zip(values, columns, strict=True)
            if isinstance(value, str)
        ]
        sheet.row_dimensions[row].height = _row_height(texts)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1).coordinate
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def rubric_workbook(definition: dict[str, Any]) -> bytes:
    """The rubric as a workbook to edit in Excel, the same bytes for the same rubric.

    `definition` is in the form of `reviewer.rubrics.catalog` (as `default_definition` returns).
    It is written as it is, even if not yet valid, so a draft can go out for comment;
    `read_rubric_workbook` judges it on the way back. Raises ValueError for a track
    Reviewer does not know, which only a programming error can produce.
    """
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = RUBRIC_SHEET
    _write_top(sheet, definition)
    rows = [
        _criterion_row(condition, criterion, first=index == 0)
        for condition in definition.get("conditions", [])
        for index, criterion in enumerate(condition.get("criteria", []))
    ]
    _write_table(sheet, _TABLE, _HEADER_ROW, rows)
    first, last = _HEADER_ROW + 1, _HEADER_ROW + len(rows) + _SPARE_ROWS
    for number, column in enumerate(_TABLE, start=1):
        kind = column.key.split(":")[-1]
        if kind in ("max_points", "step", "veto", "range"):
            letter = sheet.cell(row=first, column=number).column_letter
            sheet.add_data_validation(_rule(kind, letter, first, last))
    gates = workbook.create_sheet(GATES_SHEET)
    gate_rows = [
        [gate["code"], gate["name"], gate.get("description", "")]
        for gate in definition.get("gates", [])
    ]
    _write_table(gates, _GATES, 1, gate_rows)
    _write_guide(workbook.create_sheet(GUIDE_SHEET))
    return saved_workbook(workbook, str(definition.get("title", RUBRIC_SHEET)))


# ---------------------------------------------------------------- reading an edited workbook


def _header_key(raw: object) -> str:
    """A header as compared: also without marks such as ★, brackets, dots and colons."""
    return re.sub(r"[★☆*()（）·・:：/、_\-]", "", squeeze(as_text(raw)))


# Bounds no rubric comes near; they keep `check_definition`'s remainders within Decimal's
# precision, so an absurd number is reported here instead of raising there.
_MOST_POINTS = Decimal(100_000)
_FINEST_STEP = Decimal("0.0001")
_DIGITS = r"\d+(?:\.\d+)?"


def _bounded(number: Decimal) -> bool:
    return number.is_finite() and 0 <= number <= _MOST_POINTS and number % _FINEST_STEP == 0


def _number(raw: object) -> Decimal:
    """Points from a number cell or from text such as "７" or "3.5分"; digits only, no "1e3"."""
    if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        number = Decimal(str(raw))
    else:
        text = squeeze(as_text(raw)).removesuffix("分")
        number = Decimal(text) if re.fullmatch(_DIGITS, text) else Decimal("NaN")
    if not _bounded(number):
        raise BadCell("not_a_number", value=as_text(raw))
    return number


_RANGE = re.compile(rf"({_DIGITS})分?(?:[-~–—－〜]+|至|到)({_DIGITS})分?")


def _range(raw: object) -> tuple[Decimal, Decimal]:
    """A band's points from "6-7", "6–7", "6~7", "6至7", or one number for a one-value band."""
    if isinstance(raw, datetime | date):
        # Excel turns a typed 6-7 into 7 June unless the cell is text; undo that.
        return Decimal(raw.month), Decimal(raw.day)
    text = squeeze(as_text(raw))
    match = _RANGE.fullmatch(text)
    if match is not None:
        low, high = Decimal(match.group(1)), Decimal(match.group(2))
    else:
        try:
            low = high = _number(raw)
        except BadCell:
            raise BadCell("bad_range", value=as_text(raw)) from None
    if low > high or not (_bounded(low) and _bounded(high)):
        raise BadCell("bad_range", value=as_text(raw))
    return low, high


_TRACKS = {
    **{squeeze(name): kind for kind, name in TRACK_NAMES.items()},
    **{kind.value: kind for kind in TrackKind},
}


def _track(raw: object) -> TrackKind:
    kind = _TRACKS.get(squeeze(as_text(raw)).lower())
    if kind is None:
        raise BadCell("unknown_track", value=as_text(raw), choices="、".join(TRACK_NAMES.values()))
    return kind


def _veto(raw: object) -> bool:
    answer = squeeze(as_text(raw))
    if answer not in (YES, NO, ""):
        raise BadCell("not_in_list", value=as_text(raw), choices=f"{YES}、{NO}")
    return answer == YES


# Stands for a formula cell's value: already reported, and checked no further.
_FORMULA = object()


class _SheetReader(SheetCells[RubricProblem]):
    """Reads one sheet's cells by the rubric's labels and headers, collecting each problem
    with its place."""

    def __init__(self, sheet: Worksheet, file_name: str, problems: list[RubricProblem]) -> None:
        super().__init__(RubricProblem, file_name, sheet.title, problems)
        self.sheet = sheet

    def raw(self, cell: Cell, label: str) -> object:
        """The cell's value; a formula is reported and stands as `_FORMULA`."""
        return _FORMULA if self.refuses_formula(cell, label) else cell.value

    def text(self, cell: Cell, label: str, required: bool = False) -> str | None:
        """The cell's text; None when missing (reported if required) or a formula."""
        raw = self.raw(cell, label)
        if raw is _FORMULA:
            return None
        text = as_text(raw)
        if not text and required:
            self.complain("missing", cell.coordinate, label)
        return text if text or not required else None

    def parsed(
        self, cell: Cell, label: str, parse: Callable[[object], Any], required: bool = False
    ) -> Any:
        """`parse` applied to the cell; None when blank, a formula or wrong (all reported)."""
        raw = self.raw(cell, label)
        if raw is _FORMULA:
            return None
        if as_text(raw) == "":
            if required:
                self.complain("missing", cell.coordinate, label)
            return None
        try:
            return parse(raw)
        except BadCell as bad:
            self.complain(bad.code, cell.coordinate, label, **bad.params)
            return None

    def columns(self, spec: tuple[_Column, ...]) -> tuple[int, dict[str, _Column], dict[str, int]]:
        """The header row and where each column is: the row naming most columns wins."""
        keys = {
            _header_key(name): column.key
            for column in spec
            for name in (column.header, *column.aliases)
        }
        best_row, best = find_header(self.sheet, keys, _header_key, _SEARCH_ROWS)
        for column in spec:
            if column.required and column.key not in best:
                self.complain("missing_column", field=column.header, row=str(best_row or 1))
        return best_row, {column.key: column for column in spec}, best

    def rows(self, header_row: int, where: dict[str, int]) -> list[dict[str, Cell]]:
        """The non-blank rows below the header, each as column key -> cell."""
        return table_rows(self.sheet, header_row, where)


@dataclass
class _Condition:
    code: str
    name_cell: str  # where a missing name is reported: the condition's first row
    stated: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (text, cell)
    criteria: list[dict[str, Any]] = field(default_factory=list)


def _read_top(reader: _SheetReader, header_row: int) -> dict[str, Any]:
    """Title, track and total from the labelled cells above the table."""
    labels = {_header_key(label): key for key, label in _LABELS.items()}
    where: dict[str, Cell] = {}
    last = header_row - 1 if header_row else _SEARCH_ROWS
    for row in reader.sheet.iter_rows(min_row=1, max_row=last):
        for cell in row:
            key = labels.get(_header_key(cell.value))
            if key is not None and key not in where:
                where[key] = reader.sheet.cell(row=cell.row, column=cell.column + 1)
    parsers: dict[str, Callable[[object], Any]] = {
        "title": as_text,
        "track": _track,
        "total_points": _number,
    }
    top: dict[str, Any] = {}
    for key, label in _LABELS.items():
        if key not in where:
            reader.complain("missing_label", field=label)
        else:
            top[key] = reader.parsed(where[key], label, parsers[key], required=True)
    top["cells"] = {key: cell.coordinate for key, cell in where.items()}
    return top


def _read_bands(
    reader: _SheetReader, cells: dict[str, Cell], labels: dict[str, str]
) -> list[dict[str, Any]]:
    """A criterion's bands, none if all four are blank; a band left out is reported."""
    keys = [f"{level.value}:{part}" for level in BAND_ORDER for part in ("range", "descriptor")]
    if not any(as_text(cells[key].value) for key in keys if key in cells):
        return []
    bands: list[dict[str, Any]] = []
    for level in BAND_ORDER:
        range_key, text_key = f"{level.value}:range", f"{level.value}:descriptor"
        if range_key not in cells:
            continue  # the missing column is reported once, not on every row
        span = reader.parsed(cells[range_key], labels[range_key], _range, required=True)
        text_cell = cells.get(text_key)
        descriptor = "" if text_cell is None else reader.text(text_cell, labels[text_key])
        if span is not None:
            low, high = span
            bands.append(
                {
                    "level": level.value,
                    "min": _points_text(low),
                    "max": _points_text(high),
                    "descriptor": descriptor or "",
                }
            )
    return bands


def _state_condition(
    reader: _SheetReader, condition: _Condition, cells: dict[str, Cell], labels: dict[str, str]
) -> None:
    """Take the condition's name and description from the first row giving them; report a
    later row that gives them differently (repeating them unchanged is fine)."""
    for key in ("cond_name", "cond_description"):
        cell = cells.get(key)
        value = None if cell is None else reader.text(cell, labels[key])
        if cell is None or not value:
            continue
        kept = condition.stated.setdefault(key, (value, cell.coordinate))
        if value != kept[0]:
            params = {"value": value, "other": kept[1], "condition": condition.code}
            reader.complain("inconsistent", cell.coordinate, labels[key], **params)


def _read_criterion(
    reader: _SheetReader,
    cells: dict[str, Cell],
    labels: dict[str, str],
    codes: dict[str, str],
) -> dict[str, Any]:
    """One row's criterion, with blanks where its cells are wrong (those are reported)."""

    def text(key: str, required: bool = False) -> str:
        cell = cells.get(key)
        return "" if cell is None else reader.text(cell, labels[key], required) or ""

    def parsed(key: str, parse: Callable[[object], Any], required: bool = False) -> Any:
        cell = cells.get(key)
        return None if cell is None else reader.parsed(cell, labels[key], parse, required)

    code = text("code", required=True)
    if code in codes:
        params = {"value": code, "other": codes[code]}
        reader.complain("duplicate", cells["code"].coordinate, labels["code"], **params)
    elif code:
        codes[code] = cells["code"].coordinate
    maximum = parsed("max_points", _number, required=True)
    step = parsed("step", _number)
    return {
        "code": code,
        "name": text("name", required=True),
        "description": text("description"),
        "max_points": "0" if maximum is None else _points_text(maximum),
        "step": DEFAULT_STEP if step is None else _points_text(step),
        "veto": bool(parsed("veto", _veto)),
        "bands": _read_bands(reader, cells, labels),
    }


def _places(condition: str, cells: dict[str, Cell]) -> dict[str, str]:
    """The cell for each place `check_definition` may name in this row's criterion."""
    place = f"{condition}/{as_text(cells['code'].value)}"
    points = cells["max_points"].coordinate
    places = {place: points, f"{place} max_points": points}
    if "step" in cells:
        places[f"{place} step"] = cells["step"].coordinate
    for level in BAND_ORDER:
        cell = cells.get(f"{level.value}:range")
        if cell is not None:
            for suffix in ("", " min", " max"):
                places[f"{place} {level.value}{suffix}"] = cell.coordinate
    return places


def _read_criteria(
    reader: _SheetReader, header_row: int, where: dict[str, int], columns: dict[str, _Column]
) -> tuple[list[_Condition], dict[str, str]]:
    """The conditions with their criteria, grouped by condition code in order of first
    appearance; a blank condition code continues the condition above. Also the cell of each
    place `check_definition` may name."""
    labels = {key: column.header for key, column in columns.items()}
    if any(key.endswith(":range") for key in where):
        for level in BAND_ORDER:
            if f"{level.value}:range" not in where:
                label = labels[f"{level.value}:range"]
                reader.complain("missing_column", field=label, row=str(header_row))
    conditions: dict[str, _Condition] = {}
    current: _Condition | None = None
    codes: dict[str, str] = {}  # criterion code -> the cell first giving it
    places: dict[str, str] = {}
    orphaned = False  # a row before any condition code
    rows = reader.rows(header_row, where)
    if not rows:
        reader.complain("empty")
    for cells in rows:
        cond_code = reader.text(cells["cond_code"], labels["cond_code"])
        if cond_code:
            new = _Condition(cond_code, cells["cond_name"].coordinate)
            current = conditions.setdefault(cond_code, new)
        elif cond_code == "" and current is None:
            reader.complain("missing", cells["cond_code"].coordinate, labels["cond_code"])
            orphaned = True
        condition = current if cond_code is not None else None  # None: a formula, reported
        if condition is not None:
            _state_condition(reader, condition, cells, labels)
        criterion = _read_criterion(reader, cells, labels, codes)
        if condition is not None:
            condition.criteria.append(criterion)
            places.update(_places(condition.code, cells))
    for condition in conditions.values():
        # Rows above a condition's first code may hold its name; report the code first.
        if "cond_name" not in condition.stated and not orphaned:
            reader.complain("missing", condition.name_cell, labels["cond_name"])
    return list(conditions.values()), places


def _read_gates(reader: _SheetReader) -> list[dict[str, str]]:
    header_row, columns, where = reader.columns(_GATES)
    gates: list[dict[str, str]] = []
    codes: dict[str, str] = {}
    if not all(column.key in where for column in _GATES if column.required):
        return gates
    for cells in reader.rows(header_row, where):
        values = {
            key: reader.text(cell, columns[key].header, columns[key].required)
            for key, cell in cells.items()
        }
        code = values["code"]
        if code and code in codes:
            cell = cells["code"]
            label = columns["code"].header
            reader.complain("duplicate", cell.coordinate, label, value=code, other=codes[code])
        elif code:
            codes[code] = cells["code"].coordinate
        gates.append(
            {
                "code": code or "",
                "name": values["name"] or "",
                "description": values.get("description") or "",
            }
        )
    return gates


def _sheet(workbook: Workbook, name: str) -> Worksheet | None:
    """The sheet called `name`, allowing spaces and full-width characters around it."""
    for sheet in workbook.worksheets:
        if squeeze(sheet.title) == name:
            return sheet
    return None


def read_rubric_workbook(stream: BinaryIO, file_name: str) -> RubricReading:
    """Read a rubric workbook, listing every problem; never raises on a bad file.

    Cell by cell problems come first, all of them; only a rubric without any is handed to
    `check_definition` (totals, steps, bands), since a rubric with a skipped cell would
    only add confusing follow-on complaints. Its verdict becomes one "invalid" problem,
    placed on the cell it concerns where that can be told.
    """
    try:
        workbook = open_workbook(stream, file_name, _LIMITS)
    except WorkbookNotRead as not_read:
        return RubricReading(None, (not_read.problem(RubricProblem, file_name),))
    problems: list[RubricProblem] = []
    main, gate_sheet = _sheet(workbook, RUBRIC_SHEET), _sheet(workbook, GATES_SHEET)
    for sheet, name in ((main, RUBRIC_SHEET), (gate_sheet, GATES_SHEET)):
        if sheet is None:
            problems.append(RubricProblem("missing_sheet", file_name, name))
    top: dict[str, Any] = {}
    conditions: list[_Condition] = []
    places: dict[str, str] = {}
    if main is not None:
        reader = _SheetReader(main, file_name, problems)
        header_row, columns, where = reader.columns(_TABLE)
        top = _read_top(reader, header_row)
        if all(column.key in where for column in _TABLE if column.required):
            conditions, places = _read_criteria(reader, header_row, where, columns)
    gates = [] if gate_sheet is None else _read_gates(_SheetReader(gate_sheet, file_name, problems))
    if problems or main is None:
        return RubricReading(None, tuple(problems))
    definition: dict[str, Any] = {
        "track": top["track"].value,
        "title": top["title"],
        "total_points": _points_text(top["total_points"]),
        "gates": gates,
        "conditions": [
            {
                "code": condition.code,
                "name": condition.stated["cond_name"][0],
                "description": condition.stated.get("cond_description", ("", ""))[0],
                "criteria": condition.criteria,
            }
            for condition in conditions
        ],
    }
    try:
        check_definition(definition)
    except RubricInvalid as invalid:
        places["total_points"] = top["cells"]["total_points"]
        cell = places.get(str(invalid.params.get("where", "")), "")
        problem = RubricProblem(
            "invalid", file_name, main.title, cell, params={"detail": invalid.message()}
        )
        return RubricReading(None, (problem,))
    return RubricReading(definition, ())
