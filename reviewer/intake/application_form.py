"""The 《陕西省智慧城市试点申报书》 application form: the .xlsx template Reviewer publishes,
and the reader for the copies applicants hand back filled in.

The template carries a very hidden sheet mapping each field to its cell, so the reader
finds fields by key, not by hard-coded addresses, and a later layout can move cells without
breaking the reading of older forms. The reader never stops at the first mistake: the
department asks an applicant to correct a form once, so it must list every problem at once.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils.cell import coordinate_to_tuple
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.inputs.cell_problems import CellProblem
from reviewer.inputs.files import Inputs
from reviewer.inputs.workbook import (
    ADDRESS,
    BadCell,
    SheetCells,
    WorkbookNotRead,
    as_text,
    cells_at,
    damage_caught,
    open_workbook,
)
from reviewer.inputs.workbook_limits import MAX_COLUMNS, MAX_PART_BYTES, MAX_PARTS, WorkbookLimits
from reviewer.inputs.zip_directory import declared_entries
from reviewer.labels import TRACK_NAMES
from reviewer.reproducible import saved_workbook
from reviewer.rubrics.catalog import default_definition
from reviewer.vocabulary import CampaignKind, TrackKind

FORM_TEMPLATE_ID = "reviewer.application-form"
FORM_VERSION = 1

PILOT_DOMAINS = {
    TrackKind.CITY: ("智慧城管", "城市一卡通", "市级智慧门户", "智慧社区", "城市应急"),
    TrackKind.DEPARTMENT: ("智慧医疗", "智慧教育", "智慧环保", "智慧食品药品监管", "智慧信用"),
}
DECLARATION = "已阅读并承诺所填内容真实有效"
YES, NO = "是", "否"

# The fields a check of the call reads itself (reviewer.intake.checklist), by their label:
# a problem in one is that check's to say (the two districts of 二(二), the open-data plan
# of 二(一)/二(二)), not the form's, so it is said once.
DISTRICT_LABELS = ("试点区县一", "试点区县二")
OPEN_DATA_LABEL = "开放数据工作计划"
OPEN_DATA_DELIVERED_LABEL = "开放数据交付情况"
CHECKED_FIELDS = {
    **dict.fromkeys(DISTRICT_LABELS, "districts"),
    OPEN_DATA_LABEL: "open_data",
    OPEN_DATA_DELIVERED_LABEL: "open_data",
}
# The form of each review: the selection's 申报书, and a later review's form (acceptance
# 验收, mid-term evaluation 中期评估), which the same reader reads by its hidden sheet.
FORM_TITLES = {
    CampaignKind.SELECTION: "陕西省智慧城市试点申报书",
    CampaignKind.ACCEPTANCE: "陕西省智慧城市试点验收申请表",
    CampaignKind.MIDTERM: "陕西省智慧城市试点中期评估申请表",
}

_FORM_SHEET = "申报书"
_GUIDE_SHEET = "填写说明"
_META_SHEET = "_reviewer"
_FIRST_DAY, _LAST_DAY = date(2000, 1, 1), date(2099, 12, 31)

# A filled-in form is a few dozen KB; anything far larger is not one, and is not read whole.
MAX_FORM_BYTES = 20 << 20
# The form's sheet has some 30 rows; one reaching further is not the form, and is refused
# before it is loaded.
MAX_FORM_ROWS = 1_000
_LIMITS = WorkbookLimits(Inputs.APPLICATION_FORM, rows=MAX_FORM_ROWS, size=MAX_FORM_BYTES)

_MESSAGES = {
    "formula": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the "
        "value itself and hand the form in again.",
    ),
    "external_links": QT_TRANSLATE_NOOP(
        "Intake",
        "{file} links to other workbooks. Save the form without external links (type the "
        "values themselves) and hand it in again.",
    ),
    "missing": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): this required field is empty. "
        "Fill it in and hand the form in again.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): the text has {length} characters, "
        "more than the {limit} allowed. Shorten it and hand the form in again.",
    ),
    "not_a_number": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a number. "
        "Type the number in digits, without units, and hand the form in again.",
    ),
    "not_positive": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): {value} is not more than 0. "
        "Type the amount in 10,000 yuan and hand the form in again.",
    ),
    "not_a_percentage": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): {value} is not a whole number from "
        "0 to 100. Type the percentage as a whole number and hand the form in again.",
    ),
    "not_a_date": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not a date. "
        "Type the date as 2014-07-18 and hand the form in again.",
    ),
    "not_in_list": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is not one of the choices "
        "({choices}). Choose one from the cell's drop-down list and hand the form in again.",
    ),
    "repeated": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): “{value}” is already given in cell "
        "{other}. Choose a different one and hand the form in again.",
    ),
    "not_declared": QT_TRANSLATE_NOOP(
        "Intake",
        "{file}, sheet {sheet}, cell {cell} ({field}): the applicant has not given the "
        "declaration. Choose “{statement}” in the cell's drop-down list and hand the form "
        "in again.",
    ),
    "wrong_template": QT_TRANSLATE_NOOP(
        "Intake",
        "{file} is not the application form Reviewer produced, or its hidden form data was "
        "changed. Ask the applicant to fill in the official template and hand it in again.",
    ),
    "newer_version": QT_TRANSLATE_NOOP(
        "Intake",
        "{file} was made from a newer version of the application form (version {version}). "
        "Install the newer version of Reviewer to read it.",
    ),
    "refused": QT_TRANSLATE_NOOP("Intake", "{detail}"),
    "unreadable": QT_TRANSLATE_NOOP(
        "Intake",
        "{file} cannot be read as an Excel workbook ({detail}). Ask the applicant for the "
        "filled-in form as the .xlsx file made from the official template.",
    ),
}


@dataclass(frozen=True)
class FormAnswers:
    applicant: str
    track: TrackKind
    contact: str
    phone: str
    email: str
    pilot_domains: tuple[str, ...]
    districts: tuple[str, ...]
    self_assessment: dict[str, str]
    budget_wan: Decimal | None
    fiscal_share_percent: int | None
    funding: str
    open_data_plan: str
    secure_controllable: bool | None
    secure_statement: str
    leading_group_ref: str
    declared: bool
    submitted_on: date | None
    # A later review's form: which review, what was built (mid-term: the progress) and
    # the investment made; `open_data_plan` then holds the open data delivered.
    review: CampaignKind = CampaignKind.SELECTION
    built: str = ""
    invested_wan: Decimal | None = None


class FormProblem(CellProblem):
    """One thing wrong in a handed-in form, placed precisely enough to be fixed."""

    CONTEXT = "Intake"
    MESSAGES = _MESSAGES


@dataclass(frozen=True)
class FormReading:
    answers: FormAnswers | None
    problems: tuple[FormProblem, ...]

    @property
    def valid(self) -> bool:
        return self.answers is not None and not self.problems


@dataclass(frozen=True)
class _Field:
    key: str
    label: str
    kind: str  # "text", "choice", "decimal", "percent" or "date"
    hint: str
    required: bool = False
    limit: int = 0
    choices: tuple[str, ...] = ()


def _text(key: str, label: str, limit: int, required: bool = False, hint: str = "") -> _Field:
    return _Field(key, label, "text", hint or f"不超过{limit}字", required, limit)


def _choice(key: str, label: str, choices: tuple[str, ...], required: bool = False) -> _Field:
    return _Field(key, label, "choice", "请从下拉列表中选择", required, choices=choices)


def _later_sections(track: TrackKind, review: CampaignKind) -> list[tuple[str, list[_Field]]]:
    """An acceptance or mid-term form's sections: what the checklist of a later review
    reads (reviewer.intake.checklist `_later_items`); the self-evaluation report itself
    is a document of the package."""
    midterm = review is CampaignKind.MIDTERM
    built = [
        _text(
            "built",
            "建设进展情况" if midterm else "建设内容完成情况",
            1000,
            True,
            "对照批复的实施方案逐项说明，不超过1000字",
        )
    ]
    if track is TrackKind.CITY:
        built += [
            _text("district1", DISTRICT_LABELS[0], 20, True, "应用已落地的第一个区县，不超过20字"),
            _text("district2", DISTRICT_LABELS[1], 20, True, "应用已落地的第二个区县，不超过20字"),
        ]
    money = [
        _Field(
            "invested_wan",
            "已完成投资（万元）" if midterm else "实际完成投资（万元）",
            "decimal",
            "填写数字，单位万元，须大于0",
            True,
        ),
        _text("funding", "资金到位说明", 200),
    ]
    security = [
        _text("open_data_plan", OPEN_DATA_DELIVERED_LABEL, 500, True),
        _choice("secure_controllable", "核心技术和基础软硬件自主可控", (YES, NO), required=True),
        _text("secure_statement", "自主可控说明", 300),
    ]
    pledge = [
        _choice("declaration", "申请单位承诺", (DECLARATION,), required=True),
        _Field("submitted_on", "报送日期", "date", "格式：2015-07-18", True),
    ]
    return [
        ("一、基本信息", _basic_fields("试点单位")),
        ("二、建设进展" if midterm else "二、建设完成情况", built),
        ("三、投资完成情况", money),
        ("四、开放数据与安全", security),
        ("五、承诺", pledge),
    ]


def _basic_fields(who: str) -> list[_Field]:
    return [
        _text("applicant", who, 50, True),
        _text("contact", "联系人", 20, True),
        _text("phone", "联系电话", 30, True),
        _text("email", "电子邮箱", 60),
    ]


def _sections(
    track: TrackKind, review: CampaignKind = CampaignKind.SELECTION
) -> list[tuple[str, list[_Field]]]:
    """The form's sections and fields for `track`, in the order they appear."""
    if review is not CampaignKind.SELECTION:
        return _later_sections(track, review)
    domains = PILOT_DOMAINS[track]
    content = [
        _choice("domain1", "试点领域一", domains, required=True),
        _choice("domain2", "试点领域二", domains),
        _choice("domain3", "试点领域三", domains),
    ]
    if track is TrackKind.CITY:
        content += [
            _text("district1", DISTRICT_LABELS[0], 20, True, "开展应用的第一个区县，不超过20字"),
            _text("district2", DISTRICT_LABELS[1], 20, True, "开展应用的第二个区县，不超过20字"),
        ]
    conditions = default_definition(track)["conditions"]
    self_check = [
        _text(
            f"self:{c['code']}",
            f"{c['code']} {c['name']}",
            500,
            True,
            "对照该条件简述，不超过500字",
        )
        for c in conditions
    ]
    money = [
        _Field("budget_wan", "总投资（万元）", "decimal", "填写数字，单位万元，须大于0", True),
        _Field("fiscal_share", "财政资金占比（%）", "percent", "0至100的整数"),
        _text("funding", "资金来源说明", 200),
    ]
    security = [
        _text("open_data_plan", OPEN_DATA_LABEL, 500, True),
        _choice("secure_controllable", "核心技术和基础软硬件自主可控", (YES, NO), required=True),
        _text("secure_statement", "自主可控说明", 300),
    ]
    pledge = [_choice("declaration", "申报单位承诺", (DECLARATION,), required=True)]
    if track is TrackKind.CITY:
        pledge.insert(0, _text("leading_group_ref", "领导小组成立文件文号", 50, True))
    pledge.append(_Field("submitted_on", "申报日期", "date", "格式：2014-07-18", True))
    return [
        ("一、基本信息", _basic_fields("申报单位")),
        ("二、试点内容", content),
        ("三、自评（按申报条件）", self_check),
        ("四、投资与资金", money),
        ("五、开放数据与安全", security),
        ("六、承诺", pledge),
    ]


def _fields(track: TrackKind, review: CampaignKind = CampaignKind.SELECTION) -> list[_Field]:
    return [f for _title, fields in _sections(track, review) for f in fields]


# ---------------------------------------------------------------- writing the template

_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
_SECTION_FILL = PatternFill("solid", fgColor="D9E1F2")
_THIN = Side(style="thin", color="808080")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_BODY = Font(name="宋体", size=11)
_WRAP = Alignment(wrap_text=True, vertical="center")


def _guide_lines(track: TrackKind) -> list[str]:
    leading_group = "；市级试点还须附领导小组成立文件" if track is TrackKind.CITY else ""
    return [
        f"本表适用于：{TRACK_NAMES[track]}。",
        "一、本申报书由申报单位填写，请在“申报书”工作表中浅黄色单元格内填写，其他单元格已锁定。",
        "二、带★的为必填项。试点领域等项目请从单元格的下拉列表中选择；每个单元格的字数上限"
        "和格式见右侧提示。",
        "三、总投资以万元为单位，只填数字；申报日期按“2014-07-18”格式填写。",
        "四、请勿增删行列、重命名或删除工作表，否则无法读取申报书。",
        "五、随本申报书一并报送《陕西省智慧城市试点实施方案》电子版（PDF或DOCX）和纸质盖章文本"
        f"三份{leading_group}。",
        "六、每个申报单位报送一套申报材料。",
        "七、上报截止时间为7月20日，请按时报送。",
    ]


def _later_guide_lines(track: TrackKind, review: CampaignKind) -> list[str]:
    what = "中期评估" if review is CampaignKind.MIDTERM else "验收"
    return [
        f"本表适用于：{TRACK_NAMES[track]}{what}。",
        "一、本表由试点单位填写，请在“申报书”工作表中浅黄色单元格内填写，其他单元格已锁定。",
        "二、带★的为必填项；每个单元格的字数上限和格式见右侧提示。",
        "三、投资以万元为单位，只填数字；报送日期按“2015-07-18”格式填写。",
        "四、请勿增删行列、重命名或删除工作表，否则无法读取本表。",
        "五、随本表一并报送试点工作自评价报告（PDF或DOCX），以及建设成果、投资完成、开放数据"
        "和自主可控产品清单等证明材料。",
        "六、每个试点单位报送一套材料。",
    ]


def _write_guide(
    sheet: Worksheet, track: TrackKind, review: CampaignKind = CampaignKind.SELECTION
) -> None:
    sheet["A1"] = "填写说明"
    sheet["A1"].font = Font(name="黑体", size=16, bold=True)
    sheet.row_dimensions[1].height = 30
    lines = (
        _guide_lines(track)
        if review is CampaignKind.SELECTION
        else _later_guide_lines(track, review)
    )
    for row, line in enumerate(lines, start=3):
        cell = sheet.cell(row=row, column=1, value=line)
        cell.font, cell.alignment = _BODY, _WRAP
        sheet.row_dimensions[row].height = 40
    sheet.column_dimensions["A"].width = 72  # about 36 Chinese characters a line
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.protection.sheet = True


def _validation(spec: _Field) -> DataValidation:
    """Excel's own check for one input cell, so most mistakes never leave the applicant."""
    if spec.kind == "choice":
        rule = DataValidation(type="list", formula1='"' + ",".join(spec.choices) + '"')
    elif spec.kind == "decimal":
        rule = DataValidation(type="decimal", operator="greaterThan", formula1="0")
    elif spec.kind == "percent":
        rule = DataValidation(type="whole", operator="between", formula1="0", formula2="100")
    elif spec.kind == "date":
        # Excel keeps dates as serial numbers; DATE() formulas are not read by every program.
        first, last = (str(int(to_excel(day))) for day in (_FIRST_DAY, _LAST_DAY))
        rule = DataValidation(type="date", operator="between", formula1=first, formula2=last)
    else:
        rule = DataValidation(
            type="textLength", operator="lessThanOrEqual", formula1=str(spec.limit)
        )
    rule.allow_blank = True
    rule.showErrorMessage = rule.showInputMessage = True
    rule.errorTitle, rule.error = "输入有误", f"{spec.label}：{spec.hint}。"
    rule.promptTitle, rule.prompt = spec.label[:32], spec.hint
    return rule


def _row_height(spec: _Field) -> float:
    """Rows tall enough to read long Chinese answers; openpyxl cannot autofit them."""
    lines = max(1, min(8, spec.limit // 60), len(spec.hint) // 16 + 1, len(spec.label) // 13 + 1)
    return 20.0 * lines


def _write_form(
    sheet: Worksheet,
    track: TrackKind,
    answers: FormAnswers | None,
    review: CampaignKind = CampaignKind.SELECTION,
) -> dict[str, str]:
    """Lay out the form; return each field's key with its input cell."""
    values = _answer_values(answers) if answers is not None else {}
    sheet.merge_cells("A1:E1")
    sheet["A1"] = FORM_TITLES[review]
    sheet["A1"].font = Font(name="黑体", size=18, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center", vertical="center")
    sheet.row_dimensions[1].height = 36
    sheet["A2"], sheet["B2"] = "申报类别", TRACK_NAMES[track]
    sheet.merge_cells("B2:D2")
    sheet["E2"] = "带★的为必填项，请在浅黄色单元格内填写"
    for cell in (sheet["A2"], sheet["B2"], sheet["E2"]):
        cell.font, cell.alignment = _BODY, _WRAP
    sheet.row_dimensions[2].height = 30
    cells: dict[str, str] = {}
    row = 3
    for title, fields in _sections(track, review):
        sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=5)
        sheet.cell(row=row, column=1, value=title).font = Font(name="黑体", size=12, bold=True)
        for column in range(1, 6):
            sheet.cell(row=row, column=column).fill = _SECTION_FILL
        sheet.row_dimensions[row].height = 24
        row += 1
        for spec in fields:
            label = sheet.cell(row=row, column=1, value=spec.label + ("★" if spec.required else ""))
            hint = sheet.cell(row=row, column=5, value=spec.hint)
            sheet.merge_cells(start_row=row, end_row=row, start_column=2, end_column=4)
            entry = sheet.cell(row=row, column=2, value=values.get(spec.key))
            for cell in (label, entry, hint):
                cell.font, cell.alignment = _BODY, _WRAP
            for column in range(1, 6):
                sheet.cell(row=row, column=column).border = _BOX
            entry.fill, entry.protection = _INPUT_FILL, Protection(locked=False)
            # Text cells keep typed digits as text: a phone number must keep its leading 0.
            entry.number_format = {"date": "yyyy-mm-dd", "decimal": "0.00##", "percent": "0"}.get(
                spec.kind, "@"
            )
            rule = _validation(spec)
            rule.add(entry.coordinate)
            sheet.add_data_validation(rule)
            sheet.row_dimensions[row].height = _row_height(spec)
            cells[spec.key] = entry.coordinate
            row += 1
    for letter, width in zip("ABCDE", (26, 18, 18, 18, 34), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.print_area = f"A1:E{row - 1}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.protection.sheet = True
    # Let applicants resize rows and columns to read long answers; nothing else.
    sheet.protection.formatRows = sheet.protection.formatColumns = False
    return cells


def _answer_values(answers: FormAnswers) -> dict[str, Any]:
    if len(answers.pilot_domains) > 3 or len(answers.districts) > 2:
        raise ValueError("a form holds at most three pilot domains and two districts")
    values: dict[str, Any] = {
        "applicant": answers.applicant,
        "contact": answers.contact,
        "phone": answers.phone,
        "email": answers.email,
        "budget_wan": answers.budget_wan,
        "fiscal_share": answers.fiscal_share_percent,
        "funding": answers.funding,
        "open_data_plan": answers.open_data_plan,
        "secure_controllable": {True: YES, False: NO, None: None}[answers.secure_controllable],
        "secure_statement": answers.secure_statement,
        "leading_group_ref": answers.leading_group_ref,
        "declaration": DECLARATION if answers.declared else None,
        "submitted_on": answers.submitted_on,
        "built": answers.built,
        "invested_wan": answers.invested_wan,
    }
    values.update({f"domain{n}": v for n, v in enumerate(answers.pilot_domains, start=1)})
    values.update({f"district{n}": v for n, v in enumerate(answers.districts, start=1)})
    values.update({f"self:{code}": text for code, text in answers.self_assessment.items()})
    return {key: value for key, value in values.items() if value not in ("", None)}


def _workbook_bytes(
    track: TrackKind, answers: FormAnswers | None, review: CampaignKind = CampaignKind.SELECTION
) -> bytes:
    workbook = Workbook()
    guide = workbook.active
    assert guide is not None
    guide.title = _GUIDE_SHEET
    _write_guide(guide, track, review)
    cells = _write_form(workbook.create_sheet(_FORM_SHEET), track, answers, review)
    meta = workbook.create_sheet(_META_SHEET)
    meta.sheet_state = "veryHidden"
    rows: list[tuple[str, Any]] = [
        ("template_id", FORM_TEMPLATE_ID),
        ("version", FORM_VERSION),
        ("track", track.value),
        ("sheet", _FORM_SHEET),
        *cells.items(),
    ]
    # A selection form has no "review" row (read as a selection), so its bytes, and the
    # forms handed in before, stay as they were.
    if review is not CampaignKind.SELECTION:
        rows.append(("review", review.value))
    for row in rows:
        meta.append(row)
    return saved_workbook(workbook, FORM_TITLES[review])


def form_template(track: TrackKind, review: CampaignKind = CampaignKind.SELECTION) -> bytes:
    """The blank form for `track` in a campaign of kind `review`, the same bytes every
    time so its hash can be published."""
    return _workbook_bytes(track, None, review)


def filled_form(answers: FormAnswers) -> bytes:
    """The form filled in with `answers`, as an applicant would hand it in."""
    return _workbook_bytes(answers.track, answers, answers.review)


# ---------------------------------------------------------------- reading a handed-in form


def _as_number(raw: object) -> Decimal:
    """A number from a number cell or from text such as "３，２００" or "3200万元"."""
    if isinstance(raw, int | float | Decimal) and not isinstance(raw, bool):
        number = Decimal(str(raw))
    else:
        text = unicodedata.normalize("NFKC", as_text(raw))
        text = text.replace(",", "").replace(" ", "").removesuffix("万元").removesuffix("%")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise BadCell("not_a_number", value=as_text(raw)) from None
    if not number.is_finite():
        raise BadCell("not_a_number", value=as_text(raw))
    return number


_DATE_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")


def _as_date(raw: object) -> date:
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    match = _DATE_TEXT.fullmatch(unicodedata.normalize("NFKC", as_text(raw)))
    try:
        if match is None:
            raise ValueError
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise BadCell("not_a_date", value=as_text(raw)) from None


def _parse(spec: _Field, raw: object) -> Any:
    """The value of one filled-in cell; raises `BadCell` naming what is wrong."""
    if spec.kind == "decimal":
        number = _as_number(raw)
        if number <= 0:
            raise BadCell("not_positive", value=str(number))
        return number
    if spec.kind == "percent":
        number = _as_number(raw)
        if number != number.to_integral_value() or not 0 <= number <= 100:
            raise BadCell("not_a_percentage", value=str(number))
        return int(number)
    if spec.kind == "date":
        return _as_date(raw)
    text = as_text(raw)
    if spec.kind == "choice" and text not in spec.choices:
        raise BadCell("not_in_list", value=text, choices="、".join(spec.choices))
    if spec.limit and len(text) > spec.limit:
        raise BadCell("too_long", length=str(len(text)), limit=str(spec.limit))
    return text


def _layout(workbook: Workbook) -> tuple[TrackKind, CampaignKind, Worksheet, dict[str, str]]:
    """The track, the review, the form sheet and the field-to-cell map the hidden sheet
    records."""
    if _META_SHEET not in workbook.sheetnames:
        raise WorkbookNotRead("wrong_template")
    meta: dict[str, Any] = {
        str(key): value
        for key, value in workbook[_META_SHEET].iter_rows(max_col=2, values_only=True)
        if key is not None
    }
    version = meta.get("version")
    if meta.get("template_id") != FORM_TEMPLATE_ID or not isinstance(version, int) or version < 1:
        raise WorkbookNotRead("wrong_template")
    if version > FORM_VERSION:
        raise WorkbookNotRead("newer_version", version=str(version))
    try:
        track = TrackKind(str(meta.get("track")))
        review = CampaignKind(str(meta.get("review") or CampaignKind.SELECTION.value))
    except ValueError:
        raise WorkbookNotRead("wrong_template") from None
    cells = {spec.key: meta.get(spec.key) for spec in _fields(track, review)}
    if meta.get("sheet") not in workbook.sheetnames or not all(
        isinstance(cell, str) and ADDRESS.fullmatch(cell) for cell in cells.values()
    ):
        raise WorkbookNotRead("wrong_template")
    return track, review, workbook[meta["sheet"]], {k: str(cell) for k, cell in cells.items()}


def is_application_form(stream: BinaryIO) -> bool:
    """Whether `stream` is an .xlsx holding the form's hidden sheet, without loading it all.

    Never raises; leaves the stream where it was, so the caller can read it afterwards.
    A zip of absurd size (too many entries, a workbook part of gigabytes) is not our form.
    """
    try:
        start = stream.tell()
        try:
            entries = declared_entries(stream)
            if entries is None or entries > MAX_PARTS:
                return False
            with zipfile.ZipFile(stream) as archive:
                info = archive.getinfo("xl/workbook.xml")
                if info.file_size > MAX_PART_BYTES:
                    return False
                workbook_xml = archive.read(info)
        finally:
            stream.seek(start)
    except Exception:  # any failure to read it means it is not our form
        return False
    return re.search(rb'<(?:\w+:)?sheet\b[^>]*\bname="_reviewer"', workbook_xml) is not None


def _answer_cells(
    workbook: Workbook,
) -> tuple[TrackKind, CampaignKind, str, dict[str, str], dict[str, Any]]:
    """The track, the review, the form sheet's title, each field's key with its cell's
    address, and the cells at those addresses; raises `WorkbookNotRead` if the form
    cannot be read."""
    with damage_caught():
        track, review, sheet, cells = _layout(workbook)
        # Read-only sheets are parsed only now, as they are walked: damaged sheet XML
        # raises here, from the XML parser or openpyxl, as it does from the load.
        corners = [coordinate_to_tuple(address) for address in set(cells.values())]
        if any(row > MAX_FORM_ROWS or col > MAX_COLUMNS for row, col in corners):
            raise WorkbookNotRead("wrong_template")
        return track, review, sheet.title, cells, cells_at(sheet, cells.values())


def _read_answers(
    reader: SheetCells[FormProblem],
    fields: list[_Field],
    found: dict[str, Any],
    cells: dict[str, str],
) -> dict[str, Any]:
    """Each field's value by key, from the cell `cells` gives it; a field whose cell is
    wrong is left out, and its problem reported to `reader`."""
    values: dict[str, Any] = {}
    seen: dict[str, str] = {}  # a pilot domain or district already given -> its cell
    for spec in fields:
        cell = found[cells[spec.key]]
        where = (cell.coordinate, spec.label)
        if reader.refuses_formula(cell, spec.label):
            continue
        if as_text(cell.value) == "":
            if spec.key == "declaration":
                reader.complain("not_declared", *where, statement=DECLARATION)
            elif spec.required:
                reader.complain("missing", *where)
            continue
        try:
            value = _parse(spec, cell.value)
        except BadCell as bad:
            reader.complain(bad.code, *where, **bad.params)
            continue
        if spec.key.startswith(("domain", "district")):
            kind_value = spec.key.rstrip("123") + ":" + value
            if kind_value in seen:
                reader.complain("repeated", *where, value=value, other=seen[kind_value])
                continue
            seen[kind_value] = cells[spec.key]
        values[spec.key] = value
    return values


def _answers(
    track: TrackKind, review: CampaignKind, cells: dict[str, str], values: dict[str, Any]
) -> FormAnswers:
    """The answers the form gives, blank where a field is empty or wrong."""
    return FormAnswers(
        applicant=values.get("applicant", ""),
        track=track,
        contact=values.get("contact", ""),
        phone=values.get("phone", ""),
        email=values.get("email", ""),
        pilot_domains=tuple(values[k] for k in ("domain1", "domain2", "domain3") if k in values),
        districts=tuple(values[k] for k in ("district1", "district2") if k in values),
        self_assessment={
            key.removeprefix("self:"): values.get(key, "")
            for key in cells
            if key.startswith("self:")
        },
        budget_wan=values.get("budget_wan"),
        fiscal_share_percent=values.get("fiscal_share"),
        funding=values.get("funding", ""),
        open_data_plan=values.get("open_data_plan", ""),
        secure_controllable={YES: True, NO: False}.get(values.get("secure_controllable", "")),
        secure_statement=values.get("secure_statement", ""),
        leading_group_ref=values.get("leading_group_ref", ""),
        declared=values.get("declaration") == DECLARATION,
        submitted_on=values.get("submitted_on"),
        review=review,
        built=values.get("built", ""),
        invested_wan=values.get("invested_wan"),
    )


def read_form(stream: BinaryIO, file_name: str) -> FormReading:
    """Read a handed-in form, listing every problem; never raises on a bad file."""
    try:
        # Read-only: the form's cells are read in one pass rather than one lookup each.
        workbook = open_workbook(stream, file_name, _LIMITS, read_only=True)
        try:
            track, review, sheet, cells, found = _answer_cells(workbook)
        finally:
            workbook.close()  # a read-only workbook keeps its archive open until closed
    except WorkbookNotRead as not_read:
        return FormReading(None, (not_read.problem(FormProblem, file_name),))
    reader = SheetCells(FormProblem, file_name, sheet)
    if getattr(workbook, "_external_links", None):
        reader.problems.append(FormProblem("external_links", file_name))  # of no one cell
    values = _read_answers(reader, _fields(track, review), found, cells)
    return FormReading(_answers(track, review, cells, values), tuple(reader.problems))
