"""The Excel score sheet (评分表), for experts who will not install Reviewer.

Issuing a sheet issues a kit like `reviewer.scoring.kits.export_kit` does: the campaign records
a new kit (uid, round, secret), and the workbook carries, in a very hidden sheet, the
kit's uid, what each input cell scores, and a binding (an HMAC made with the kit's
secret) so that a copied sheet cannot be passed off as another expert's. Only the
得分 and 评分意见 cells are unlocked.

A sheet handed back is read cell by cell (every problem named by sheet and cell), then
turned into the very payload a kit's score file would hold, signed with the kit's secret
and passed to `reviewer.scoring.returns.checks.verify_score_file`, so one set of campaign-side
checks (kit, expert, assignment, conflicts, rubric) guards both ways in.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Application, Campaign, ConflictDeclaration, Expert, Kit
from models.base import utc_now
from reviewer.campaign.rounds import asked_of, current_round
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.inputs.cell_problems import CellProblem
from reviewer.inputs.files import Inputs
from reviewer.inputs.workbook import ADDRESS, SheetCells, WorkbookNotRead, open_workbook
from reviewer.inputs.workbook_limits import WorkbookLimits
from reviewer.panel.commitment import NOT_ACCEPTED, Recusal, parse_recusals, recusals_text
from reviewer.reproducible import saved_workbook
from reviewer.rubrics.catalog import ConditionView, CriterionView, RubricView, current_rubrics
from reviewer.rubrics.workbook import BAND_NAMES
from reviewer.scoring.comments import COMMENT_LIMIT, clean_comment
from reviewer.scoring.expert_scoring import ScoreInvalid, check_points
from reviewer.scoring.kits import NothingAssigned, UnknownExpert, issue_kit
from reviewer.scoring.returns.checks import (
    ScoreFileChecks,
    ScoreFileRejected,
    VerifiedScores,
    verify_score_file,
)
from reviewer.scoring.score_file_format import FORMAT, VERSION, sign
from reviewer.store.audit_export import neutralised
from reviewer.store.outputs import check_destination, write_file
from reviewer.store.storage import CampaignStore

SHEET_FORMAT = "reviewer.score-sheet"
SHEET_VERSION = 1
SCORE_SHEET = "评分表"
GUIDE_SHEET = "填写说明"
META_SHEET = "_reviewer"
# A score sheet is some tens of KB; anything far larger is not one, and is not read whole.
MAX_SHEET_BYTES = 20 << 20
# The score sheet has a row per criterion of each application, and the hidden sheet two
# per score: 3,500 rows for the 2,000 scores of the merge benchmark's experts. A sheet
# reaching further is refused before it is loaded.
MAX_SHEET_ROWS = 10_000
# Its cost to load (see workbook_limits.MAX_ITEMS): about 100 items a score, 200,000 for
# 2,000 scores.
MAX_SHEET_ITEMS = 300_000
_LIMITS = WorkbookLimits(
    Inputs.SCORE_SHEET, rows=MAX_SHEET_ROWS, items=MAX_SHEET_ITEMS, size=MAX_SHEET_BYTES
)
# How many cell problems the refusal message spells out.
_SHOWN_PROBLEMS = 5

_POINTS, _COMMENT = "points", "comment"
_LAST_COLUMN, _LAST_ROW = 16384, 1048576
_META_KEYS = ("format", "version", "campaign", "kit", "expert", "round", "binding")
_HEADERS = ("评审条件", "评分项", "满分", "得分", "评分意见", "评分标准")
_WIDTHS = (22, 26, 8, 10, 36, 60)

_BODY = Font(name="宋体", size=11)
_BOLD = Font(name="宋体", size=11, bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")
_HEAD_FILL = PatternFill("solid", fgColor="DDE7F2")
_THIN = Side(style="thin", color="999999")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

_MESSAGES = {
    "refused": QT_TRANSLATE_NOOP("Sheet", "{detail}"),
    "unreadable": QT_TRANSLATE_NOOP(
        "Sheet",
        "it cannot be read as an Excel workbook ({detail}). Ask the expert for the .xlsx "
        "score sheet Reviewer issued, filled in and saved again as .xlsx.",
    ),
    "not_a_sheet": QT_TRANSLATE_NOOP(
        "Sheet",
        "it is not a Reviewer score sheet, or its hidden sheet data was changed. Issue the "
        "expert a score sheet from Reviewer.",
    ),
    "newer_version": QT_TRANSLATE_NOOP(
        "Sheet",
        "it was made by a newer version of Reviewer (score sheet version {version}). Install "
        "the newer version to read it.",
    ),
    "another_campaign": QT_TRANSLATE_NOOP("Sheet", "it comes from another campaign."),
    "unknown_kit": QT_TRANSLATE_NOOP(
        "Sheet", "it comes from a score sheet this campaign did not issue."
    ),
    "not_bound": QT_TRANSLATE_NOOP(
        "Sheet",
        "it is not bound to this expert/kit: its hidden data was changed or copied from "
        "another expert's sheet. Issue the expert a new score sheet.",
    ),
    "rubric_changed": QT_TRANSLATE_NOOP(
        "Sheet",
        "the rubric was changed after the sheet was issued, so its criteria are no longer "
        "the current ones. Issue the expert a new score sheet.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "Sheet",
        "sheet {sheet}, cell {cell} ({field}): the score is empty. Type a number from 0 to {max}.",
    ),
    "formula": QT_TRANSLATE_NOOP(
        "Sheet",
        "sheet {sheet}, cell {cell} ({field}): the cell holds a formula. Type the value itself.",
    ),
    "not_a_number": QT_TRANSLATE_NOOP(
        "Sheet",
        "sheet {sheet}, cell {cell} ({field}): “{value}” is not a number. Type a number from "
        "0 to {max} in steps of {step}.",
    ),
    "not_allowed": QT_TRANSLATE_NOOP(
        "Sheet",
        "sheet {sheet}, cell {cell} ({field}): {value} is not a score the rubric allows. Type "
        "a number from 0 to {max} in steps of {step}.",
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "Sheet",
        "sheet {sheet}, cell {cell} ({field}): the comment has {length} characters, more "
        "than the {limit} allowed. Shorten it.",
    ),
    "comment_needed": QT_TRANSLATE_NOOP(
        "Sheet",
        "sheet {sheet}, cell {cell} ({field}): a score of {value} needs a comment giving the "
        "reason. Write it in this cell.",
    ),
    "more": QT_TRANSLATE_NOOP("Sheet", "and {count} more problems."),
}


class SheetProblem(CellProblem):
    """One thing wrong in a handed-back score sheet."""

    CONTEXT = "Sheet"
    MESSAGES = _MESSAGES


class ScoreSheetRejected(ScoreFileRejected):
    """A refused score sheet; `problems` lists every problem found in it."""

    def __init__(self, file_name: str, problems: list[SheetProblem]) -> None:
        shown = [p.message() for p in problems[:_SHOWN_PROBLEMS]]
        if len(problems) > _SHOWN_PROBLEMS:
            more = SheetProblem(
                "more", file_name, params={"count": str(len(problems) - _SHOWN_PROBLEMS)}
            )
            shown.append(more.message())
        super().__init__(file=file_name, problem=" ".join(shown))
        self.problems = tuple(problems)


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def binding(secret: str, campaign_uid: str, kit_uid: str, expert_code: str, round_: int) -> str:
    """The HMAC that ties a sheet to its kit, made with the kit's secret."""
    message = "|".join((campaign_uid, kit_uid, expert_code, str(round_))).encode()
    return hmac.new(bytes.fromhex(secret), message, hashlib.sha256).hexdigest()


# ------------------------------------------------------------------ writing the sheet


@dataclass(frozen=True)
class _Block:
    application_id: int
    applicant: str
    title: str
    rubric: RubricView


def _bands_text(criterion: CriterionView) -> str:
    return "\n".join(
        f"{BAND_NAMES[b.level]}（{_plain(b.min_points)}–{_plain(b.max_points)}）：{b.descriptor}"
        for b in criterion.bands
    )


def _points_rule(criterion: CriterionView) -> DataValidation:
    rule = DataValidation(
        type="decimal",
        operator="between",
        formula1="0",
        formula2=_plain(criterion.max_points),
    )
    bands = "，".join(
        f"{BAND_NAMES[b.level]} {_plain(b.min_points)}–{_plain(b.max_points)}"
        for b in criterion.bands
    )
    rule.allow_blank = True
    rule.showErrorMessage = rule.showInputMessage = True
    limits = f"0–{_plain(criterion.max_points)}，步长 {_plain(criterion.step)}"
    rule.errorTitle, rule.error = "得分有误", f"请填写 {limits} 的分值。"
    rule.promptTitle = f"{criterion.code} 得分"[:32]
    rule.prompt = f"{limits}。{bands}"[:255]
    return rule


def _comment_rule() -> DataValidation:
    rule = DataValidation(
        type="textLength", operator="lessThanOrEqual", formula1=str(COMMENT_LIMIT)
    )
    rule.allow_blank = True
    rule.showErrorMessage = rule.showInputMessage = True
    rule.errorTitle, rule.error = "评分意见过长", f"评分意见不超过 {COMMENT_LIMIT} 字。"
    rule.promptTitle = "评分意见"
    rule.prompt = f"不超过 {COMMENT_LIMIT} 字；打 0 分或满分时必须填写理由。"
    return rule


def _write_criterion(
    sheet: Worksheet,
    row: int,
    condition: ConditionView,
    criterion: CriterionView,
    comments: DataValidation,
) -> tuple[str, str]:
    """Lay out one criterion's row; return the addresses of its 得分 and 评分意见 cells."""
    bands = _bands_text(criterion)
    values: tuple[Any, ...] = (
        f"{condition.code} {condition.name}",
        f"{criterion.code} {criterion.name}",
        criterion.max_points,
        None,
        None,
        bands,
    )
    for column, value in enumerate(values, start=1):
        # The rubric's names are the secretariat's words: shown, never evaluated.
        shown = neutralised(value) if isinstance(value, str) else value
        cell = sheet.cell(row=row, column=column, value=shown)
        cell.font, cell.alignment, cell.border = _BODY, _WRAP, _BOX
    points, comment = sheet.cell(row=row, column=4), sheet.cell(row=row, column=5)
    for cell in (points, comment):
        cell.fill, cell.protection = _INPUT_FILL, Protection(locked=False)
    points.number_format = "0.0#"
    comment.number_format = "@"
    rule = _points_rule(criterion)
    rule.add(points.coordinate)
    sheet.add_data_validation(rule)
    comments.add(comment.coordinate)
    lines = max(2, len(bands.splitlines()) + len(bands) // 40)
    sheet.row_dimensions[row].height = 15.0 * min(lines, 12)
    return points.coordinate, comment.coordinate


def _write_scores(
    sheet: Worksheet, heading: str, blocks: list[_Block], recused: list[str]
) -> list[tuple[str, int, int, str]]:
    """Lay out the score sheet; return (cell, application id, criterion id, kind) rows."""
    sheet["A1"] = heading
    sheet["A1"].font = Font(name="黑体", size=16, bold=True)
    sheet.merge_cells("A1:F1")
    sheet.row_dimensions[1].height = 30
    sheet["A2"] = "请在浅黄色单元格内填写得分和评分意见，其余单元格不可修改。"
    sheet["A2"].font = _BODY
    sheet.merge_cells("A2:F2")
    row = 3
    if recused:
        sheet.cell(row=row, column=1, value="回避：" + "、".join(recused)).font = _BODY
        sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=6)
        row += 1
    for column, (title, width) in enumerate(zip(_HEADERS, _WIDTHS, strict=True), start=1):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font, cell.fill, cell.border = _BOLD, _HEAD_FILL, _BOX
        sheet.column_dimensions[cell.column_letter].width = width
    header_row = row
    row += 1
    comments = _comment_rule()
    cells: list[tuple[str, int, int, str]] = []
    for block in blocks:
        title = f"{block.applicant} — {block.title} — {block.rubric.track_name}"
        sheet.cell(row=row, column=1, value=neutralised(title)).font = _BOLD
        sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=6)
        for column in range(1, 7):
            sheet.cell(row=row, column=column).fill = _HEAD_FILL
        sheet.row_dimensions[row].height = 22
        row += 1
        first = row
        for condition in block.rubric.conditions:
            for criterion in condition.criteria:
                points, comment = _write_criterion(sheet, row, condition, criterion, comments)
                cells.append((points, block.application_id, criterion.id, _POINTS))
                cells.append((comment, block.application_id, criterion.id, _COMMENT))
                row += 1
        sheet.cell(row=row, column=2, value="合计").font = _BOLD
        sheet.cell(row=row, column=3, value=block.rubric.total_points).font = _BOLD
        total = sheet.cell(row=row, column=4, value=f"=SUM(D{first}:D{row - 1})")
        total.font = _BOLD
        for column in range(1, 7):
            sheet.cell(row=row, column=column).border = _BOX
        row += 2
    if cells:
        sheet.add_data_validation(comments)
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.protection.sheet = True
    # Let experts resize rows and columns to read long descriptors; nothing else.
    sheet.protection.formatRows = sheet.protection.formatColumns = False
    return cells


_GUIDE = (
    "本评分表由 Reviewer 评审系统为您单独生成，仅供您本人在本轮评审中使用，请勿转给他人填写。",
    "请在“评分表”中每个申报项目的每个评分项填写“得分”（浅黄色单元格），所有得分均须填写。",
    "得分须在 0 至该项满分之间，并符合步长（选中得分单元格时显示步长和优、良、中、差各档分值）。",
    "“评分标准”列列出各档的评分依据，请对照申报材料评分。",
    "打 0 分或满分时，须在“评分意见”中写明理由；评分意见每项不超过 500 字。",
    "“回避”一行列出您已申明回避的单位，这些单位不在本表中，无须评分。",
    "请勿增删行列、改动工作表名称或复制他人的评分表；表内隐藏的校验信息与您本人绑定，"
    "改动后评分表将无法导入。",
    "填写完成后请保存为 .xlsx 格式，交回秘书处。",
)


def _write_commitment(sheet: Worksheet, commitment: str, recusals: tuple[Recusal, ...]) -> None:
    """Below the scores: the 评审承诺, that a sheet is not accepted in the app (so it is
    signed on paper), and the expert's every recusal with its reason (实施条例 §9)."""
    row = sheet.max_row + 2
    lines = [
        ("评审承诺与回避", _BOLD),
        (commitment, _BODY),
        (NOT_ACCEPTED + "请在本表打印件上签字确认。", _BODY),
        *(
            (("回避事项：" if i == 0 else "　　　　　") + text, _BODY)
            for i, text in enumerate(recusals_text(recusals).split("\n"))
        ),
        ("评审专家签字：                日期：    年  月  日", _BODY),
    ]
    for text, font in lines:
        cell = sheet.cell(row=row, column=1, value=text)
        cell.font, cell.alignment = font, _WRAP
        sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=6)
        if len(text) > 60:
            sheet.row_dimensions[row].height = 15 * (len(text) // 60 + 1)
        row += 1


def _write_guide(sheet: Worksheet) -> None:
    sheet["A1"] = GUIDE_SHEET
    sheet["A1"].font = Font(name="黑体", size=16, bold=True)
    sheet.row_dimensions[1].height = 30
    for row, line in enumerate(_GUIDE, start=3):
        cell = sheet.cell(row=row, column=1, value=f"{row - 2}. {line}")
        cell.font, cell.alignment = _BODY, _WRAP
        sheet.row_dimensions[row].height = 40
    sheet.column_dimensions["A"].width = 72
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.protection.sheet = True


def score_workbook(store: CampaignStore, expert_code: str) -> bytes:
    """Issue a score sheet (a kit) to the expert numbered `expert_code` for the current
    round and return it as .xlsx bytes. The issue is recorded like a kit's."""
    rubrics = {view.track_name: view for view in current_rubrics(store)}
    with store.writing() as session:
        return _issue_sheet(session, rubrics, expert_code)


def write_score_sheet(
    store: CampaignStore, expert_code: str, destination: Path, *, force: bool = False
) -> Path:
    """Issue a score sheet to the expert numbered `expert_code` and write it to
    `destination` (replacing an existing file only with `force`; never the campaign).

    The kit is recorded in the same unit of work that makes the sheet, committed only
    once the file is in place: a sheet that could not be written leaves no kit and no
    audit event behind, and a commit that fails takes the file away again."""
    destination = Path(destination)
    check_destination(destination, force=force, campaign=store.path)
    rubrics = {view.track_name: view for view in current_rubrics(store)}
    written = False
    try:
        with store.writing() as session:
            write_file(destination, _issue_sheet(session, rubrics, expert_code))
            written = True
    except BaseException:
        if written:  # the file is there, its kit is not: the file must go
            with contextlib.suppress(OSError):
                destination.unlink()
        raise
    return destination


def _issue_sheet(session: Session, rubrics: dict[str, RubricView], expert_code: str) -> bytes:
    """Record a sheet's kit in `session` and make the sheet."""
    campaign = session.scalars(select(Campaign)).one()
    expert = session.scalars(select(Expert).where(Expert.code == expert_code)).first()
    if expert is None:
        raise UnknownExpert(code=expert_code)
    conflicts = {
        c.application_id
        for c in session.scalars(
            select(ConflictDeclaration).where(ConflictDeclaration.expert_id == expert.id)
        )
    }
    asked = asked_of(session, expert.id, current_round(session).id)
    assigned = [session.get_one(Application, application_id) for application_id in asked]
    blocks = [
        _Block(a.id, a.applicant.name, a.title, rubrics[a.track.name])
        for a in assigned
        if a.id not in conflicts
    ]
    if not blocks:
        raise NothingAssigned(name=expert.name, code=expert.code)
    recused = [
        a.applicant.name
        for a in sorted((session.get_one(Application, i) for i in conflicts), key=lambda a: a.id)
    ]
    kit = issue_kit(session, expert, "sheet", len(blocks))
    meta_rows: list[tuple[Any, ...]] = [
        ("format", SHEET_FORMAT),
        ("version", SHEET_VERSION),
        ("campaign", campaign.uid),
        ("kit", kit.uid),
        ("expert", expert.code),
        ("round", kit.round_number),
        (
            "binding",
            binding(kit.secret, campaign.uid, kit.uid, expert.code, kit.round_number),
        ),
    ]
    heading = f"{campaign.title} 专家评分表"
    subtitle = f"专家：{expert.name}（{expert.code}）  第 {kit.round_number} 轮"
    workbook = Workbook()
    scores = workbook.active
    assert scores is not None
    scores.title = SCORE_SHEET
    cells = _write_scores(scores, heading, blocks, recused)
    _write_commitment(scores, kit.commitment, parse_recusals(kit.recusals))
    scores["A2"] = subtitle + "。" + str(scores["A2"].value)
    _write_guide(workbook.create_sheet(GUIDE_SHEET))
    meta = workbook.create_sheet(META_SHEET)
    meta.sheet_state = "veryHidden"
    for meta_row in (*meta_rows, *cells):
        meta.append(meta_row)
    meta.protection.sheet = True
    return saved_workbook(workbook, heading)


# ------------------------------------------------------------------ reading it back


@dataclass(frozen=True)
class _Meta:
    campaign: str
    kit: str
    expert: str
    round_number: int
    binding: str
    cells: tuple[tuple[str, int, int, str], ...]


def _in_a_sheet(address: str) -> bool:
    """Whether `address` is a cell Excel can have (column XFD, row 1048576 at most)."""
    letters, row = coordinate_from_string(address)
    return column_index_from_string(letters) <= _LAST_COLUMN and row <= _LAST_ROW


def _meta(workbook: Workbook) -> _Meta:
    # A chart sheet under either name has no cells to read.
    if not all(
        name in workbook.sheetnames and isinstance(workbook[name], Worksheet)
        for name in (META_SHEET, SCORE_SHEET)
    ):
        raise WorkbookNotRead("not_a_sheet")
    values: dict[str, Any] = {}
    cells: list[tuple[str, int, int, str]] = []
    try:
        for row in workbook[META_SHEET].iter_rows(max_col=4, values_only=True):
            key = row[0]
            if key in _META_KEYS:
                values[str(key)] = row[1]
            elif isinstance(key, str) and ADDRESS.fullmatch(key) and _in_a_sheet(key):
                kind = row[3]
                if kind not in (_POINTS, _COMMENT):
                    raise ValueError(kind)
                cells.append((key, int(str(row[1])), int(str(row[2])), str(kind)))
            elif key is not None:
                raise ValueError(key)
        version = values.get("version")
        if values.get("format") != SHEET_FORMAT or not isinstance(version, int) or version < 1:
            raise ValueError(version)
        if version > SHEET_VERSION:
            raise WorkbookNotRead("newer_version", version=str(version))
        texts = [values.get(key) for key in ("campaign", "kit", "expert", "binding")]
        if not all(isinstance(text, str) and text for text in texts) or not cells:
            raise ValueError(texts)
        round_number = values.get("round")
        if not isinstance(round_number, int):
            raise ValueError(round_number)
    except (ValueError, TypeError, IndexError) as exc:
        raise WorkbookNotRead("not_a_sheet") from exc
    campaign, kit, expert, bound = (str(text) for text in texts)
    return _Meta(campaign, kit, expert, round_number, bound, tuple(cells))


def _points(
    reader: SheetCells[SheetProblem], cell: Any, field: str, criterion: CriterionView
) -> Decimal | None:
    """The score in a 得分 cell, or None after complaining about it."""
    if reader.refuses_formula(cell, field):
        return None
    raw, where = cell.value, (cell.coordinate, field)
    limits = {"max": _plain(criterion.max_points), "step": _plain(criterion.step)}
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        reader.complain("empty", *where, **limits)
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float | Decimal | str):
        reader.complain("not_a_number", *where, value=str(raw), **limits)
        return None
    text = unicodedata.normalize("NFKC", str(raw)).strip().replace(",", ".")
    try:
        # A float typed in Excel is the shortest decimal that reads back as itself.
        value = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(text)
    except InvalidOperation:
        reader.complain("not_a_number", *where, value=str(raw), **limits)
        return None
    try:
        check_points(value, criterion)
    except ScoreInvalid:
        reader.complain("not_allowed", *where, value=str(raw), **limits)
        return None
    return value


def _comment(reader: SheetCells[SheetProblem], cell: Any, field: str) -> str:
    """The text of a 评分意见 cell, complaining if it is too long. A comment is free text:
    only a real formula is refused, not text that happens to begin with “=”."""
    text = "" if cell.value is None else clean_comment(str(cell.value))
    if reader.refuses_formula(cell, field, text_formulas=False):
        return text
    if len(text) > COMMENT_LIMIT:
        reader.complain(
            "too_long", cell.coordinate, field, length=str(len(text)), limit=str(COMMENT_LIMIT)
        )
    return text


def read_score_workbook(
    store: CampaignStore,
    stream: BinaryIO,
    file_name: str,
    checks: ScoreFileChecks | None = None,
) -> VerifiedScores:
    """Check a handed-back score sheet and return its scores as a verified score file.

    Raises only `ScoreFileRejected` (as `ScoreSheetRejected`, listing every problem).
    Nothing is written. Within a batch, `checks` are the batch's, so the sheet comes
    after any file of the same kit taken in earlier in the batch.
    """
    try:
        workbook = open_workbook(stream, file_name, _LIMITS)
        meta = _meta(workbook)
        payload = _payload(store, workbook, meta, file_name)
    except WorkbookNotRead as not_read:
        problem = not_read.problem(SheetProblem, file_name)
        raise ScoreSheetRejected(file_name, [problem]) from not_read.__cause__
    with store.reading() as session:
        kit = session.scalars(select(Kit).where(Kit.uid == meta.kit)).one()
        if checks is not None:
            payload["sequence"] = checks.last_sequence[kit.id] + 1
        signed = {**payload, "signature": sign(kit.secret, payload)}
    data = json.dumps(signed, ensure_ascii=False, indent=1).encode()
    if checks is None:
        return verify_score_file(store, data, file_name)
    return checks.verify(data, file_name)


@dataclass(frozen=True)
class _Issued:
    """What the campaign knows of the sheet it issued: the current rubrics and their
    criteria by id, the applicants of the sheet's applications, the kit's next sequence."""

    rubrics: list[RubricView]
    criteria: dict[int, CriterionView]
    applicants: dict[int, str]
    sequence: int

    def field(self, application_id: int, criterion: CriterionView, kind: str) -> str:
        """The label of an input cell in problems: applicant, criterion and column."""
        column = "得分" if kind == _POINTS else "评分意见"
        return f"{self.applicants.get(application_id, application_id)} {criterion.code} {column}"


def _issued(store: CampaignStore, meta: _Meta) -> _Issued:
    """The campaign's side of the sheet; raises `WorkbookNotRead` if the sheet is not one
    this campaign issued, bound to its kit, for the current rubrics."""
    rubrics = current_rubrics(store)
    criteria = {k.id: k for view in rubrics for k in view.criteria}
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        if meta.campaign != campaign.uid:
            raise WorkbookNotRead("another_campaign")
        kit = session.scalars(select(Kit).where(Kit.uid == meta.kit)).first()
        if kit is None:
            raise WorkbookNotRead("unknown_kit")
        expected = binding(kit.secret, meta.campaign, meta.kit, meta.expert, meta.round_number)
        if not hmac.compare_digest(meta.binding, expected):
            raise WorkbookNotRead("not_bound")
        if any(criterion_id not in criteria for _c, _a, criterion_id, _k in meta.cells):
            raise WorkbookNotRead("rubric_changed")
        applicants = {
            a.id: a.applicant.name
            for a in session.scalars(
                select(Application).where(
                    Application.id.in_(
                        {application_id for _c, application_id, _i, _k in meta.cells}
                    )
                )
            )
        }
        return _Issued(rubrics, criteria, applicants, kit.last_sequence + 1)


_Cells = dict[tuple[int, int], tuple[str, Any]]  # (application, criterion) -> (cell, value)


def _read_cells(
    reader: SheetCells[SheetProblem], sheet: Worksheet, meta: _Meta, issued: _Issued
) -> tuple[_Cells, _Cells]:
    """The points and the comments of the input cells the hidden sheet lists."""
    points: _Cells = {}
    comments: _Cells = {}
    for address, application_id, criterion_id, kind in meta.cells:
        criterion = issued.criteria[criterion_id]
        cell = sheet[address]
        field = issued.field(application_id, criterion, kind)
        if kind == _POINTS:
            value = _points(reader, cell, field, criterion)
            points[(application_id, criterion_id)] = (address, value)
        else:
            comments[(application_id, criterion_id)] = (address, _comment(reader, cell, field))
    return points, comments


def _scores(
    reader: SheetCells[SheetProblem], issued: _Issued, points: _Cells, comments: _Cells
) -> list[dict[str, Any]]:
    """The scores as a score file holds them; a 0 or full score without a comment is
    reported on its comment cell."""
    scores = []
    for (application_id, criterion_id), (_address, value) in points.items():
        if value is None:
            continue
        criterion = issued.criteria[criterion_id]
        comment_cell, comment = comments.get((application_id, criterion_id), ("", ""))
        extreme = value in (Decimal(0), criterion.max_points)
        if extreme and not comment and comment_cell:
            field = issued.field(application_id, criterion, _COMMENT)
            reader.complain("comment_needed", comment_cell, field, value=_plain(value))
        scores.append(
            {
                "application_id": application_id,
                "applicant": issued.applicants.get(application_id, str(application_id)),
                "criterion_id": criterion_id,
                "criterion": criterion.code,
                "value": _plain(value),
                "comment": comment,
            }
        )
    return sorted(scores, key=lambda s: (s["application_id"], s["criterion_id"]))


def _payload(
    store: CampaignStore, workbook: Workbook, meta: _Meta, file_name: str
) -> dict[str, Any]:
    """The payload `write_score_file` would make from the same scores, unsigned; raises
    `ScoreSheetRejected` listing every problem of the sheet's cells."""
    issued = _issued(store, meta)
    reader = SheetCells(SheetProblem, file_name, SCORE_SHEET)
    points, comments = _read_cells(reader, workbook[SCORE_SHEET], meta, issued)
    scores = _scores(reader, issued, points, comments)
    if reader.problems:
        raise ScoreSheetRejected(file_name, reader.problems)
    return {
        "format": FORMAT,
        "version": VERSION,
        "campaign": meta.campaign,
        "kit": meta.kit,
        "expert": meta.expert,
        "round": meta.round_number,
        "rubrics": {view.track.value: view.version for view in issued.rubrics},
        "sequence": issued.sequence,
        "created_at": utc_now().isoformat(timespec="seconds"),
        "conflicts": [],
        "scores": scores,
    }
