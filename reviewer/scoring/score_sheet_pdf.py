"""The printable expert score sheet (专家评分表) an expert signs by hand after scoring.

The signed score file is what Reviewer merges, but review rules want a paper record the
expert signs (methods.md: experts review independently and sign). The sheet prints the
score file's fingerprint on every page, so a signed paper and a file can be matched, and the
page count, so a missing page shows.

The caller fills plain dataclasses; nothing here touches the database, so the sheet can be
printed from a campaign, from a kit, or from a score file alone. The PDF is reproducible
(reportlab's invariant mode, no clock): the same sheet always gives the same bytes.
"""

from __future__ import annotations

import functools
import io
import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from reviewer.pdf_fonts import register_fonts
from reviewer.rubrics.checks import points_text

# GB/T 9704 margins, as in demo_materials: the text block is 156 x 225 mm.
TOP, BOTTOM, LEFT, RIGHT = 37 * mm, 35 * mm, 28 * mm, 26 * mm
TEXT_WIDTH = A4[0] - LEFT - RIGHT
TEXT_HEIGHT = A4[1] - TOP - BOTTOM
# What a paragraph of the story gets: the frame keeps reportlab's 6 pt padding a side.
FRAME_WIDTH = TEXT_WIDTH - 12
# 评审条件 | 评分项 | 满分 | 得分 | 评分意见: wide enough for "C1 组织保障有力", "C1.1
# 市委市政府重视程度" and "99.25" on one line at 10 pt; the comment takes what is left.
_FIXED = (84.0, 124.0, 36.0, 36.0)
COLUMN_WIDTHS = (*_FIXED, TEXT_WIDTH - sum(_FIXED))
PADDING = 4.0
LABEL_WIDTH = 84.0
# A comment of up to 30 lines (411 pt at 10 pt type) stays in one row; a longer one goes on
# in rows of at most 20 lines, evenly filled, so no row is taller than the text block and
# two continuation rows fit a page.
ONE_ROW_LINES = 30
CONTINUATION_LINES = 20
# A condition's cell spans its criteria up to this height; taller groups repeat it instead,
# so that the table can break inside the group (reportlab never breaks inside a span).
SPAN_LIMIT = TEXT_HEIGHT / 3
# Punctuation that must not begin a line (避头); reportlab's CJK wrap knows the ASCII and
# Japanese sets but not the full-width Chinese comma, semicolon, colon and marks.
NO_LINE_START = "，。、；：？！）》」』】〉’”…%,.;:?!)]}"
HEADER_GREY = colors.Color(0.85, 0.85, 0.85)
DECLARATION = "本人承诺：以上评分系本人独立、客观、公正作出。"
SIGNATURE = "评审专家签字：____________    日期：____年__月__日"
UNSCORED = "—"


@dataclass(frozen=True)
class SheetCriterion:
    """One scored line: the criterion, its weight (max points) and the expert's score."""

    condition: str
    code: str
    name: str
    max_points: Decimal
    value: Decimal | None  # None: not scored
    comment: str


@dataclass(frozen=True)
class SheetApplication:
    """One application the expert was assigned; `conflict` is the declared reason to abstain."""

    applicant: str
    title: str
    track: str
    criteria: tuple[SheetCriterion, ...]
    conflict: str | None = None

    @property
    def total_max(self) -> Decimal:
        return sum((c.max_points for c in self.criteria), Decimal(0))

    @property
    def total_value(self) -> Decimal | None:
        """The sum of the scored criteria; None when nothing is scored yet."""
        values = [c.value for c in self.criteria if c.value is not None]
        return sum(values, Decimal(0)) if values else None

    @property
    def unscored(self) -> int:
        return sum(1 for c in self.criteria if c.value is None)


@dataclass(frozen=True)
class ScoreSheet:
    """Everything printed on one expert's sheet for one round."""

    campaign: str
    authority: str
    expert_name: str
    expert_code: str
    affiliation: str
    round_number: int
    kit_uid: str
    fingerprint: str  # short hex fingerprint of the signed score file
    applications: tuple[SheetApplication, ...]
    generated_on: date
    # The 评审承诺 as the kit carried it ("" from an older kit), how it was accepted
    # (reviewer.panel.commitment.acceptance_line) and the expert's every recusal, one a
    # line (政府采购法实施条例 §9).
    commitment: str = ""
    acceptance: str = ""
    recusals: str = ""


_DIGITS = "零一二三四五六七八九"


def chinese_numeral(number: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五; for 一、二、… headings.

    Official documents number their sections in Chinese numerals and a panel may well
    review more than ten applications, so ten is not the limit.
    """
    if not 1 <= number <= 9999:
        raise ValueError(f"no Chinese numeral for {number} here (1-9999)")
    parts: list[str] = []
    zero_pending = False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = number // unit_value % 10
        if digit == 0:
            zero_pending = bool(parts)
            continue
        if zero_pending:
            parts.append("零")
            zero_pending = False
        parts.append(_DIGITS[digit] + unit)
    text = "".join(parts)
    # 十二, not 一十二: the leading 一 is dropped only when 十 is the highest unit.
    return text[1:] if text.startswith("一十") else text


def format_points(value: Decimal | None) -> str:
    """Points as `points_text` writes them; None is the unscored dash."""
    return UNSCORED if value is None else points_text(value)


def _styles() -> dict[str, ParagraphStyle]:
    song, hei = register_fonts()

    def style(name: str, font: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw
        )

    return {
        "title": style("title", hei, 22, 30, alignment=TA_CENTER),
        "subtitle": style("subtitle", song, 12, 18, alignment=TA_CENTER),
        "heading": style("heading", hei, 13, 19, spaceBefore=10, spaceAfter=5),
        "label": style("label", hei, 10.5, 14),
        "cell": style("cell", song, 10, 13.5),
        "head": style("head", hei, 10, 13.5, alignment=TA_CENTER),
        "number": style("number", song, 10, 13.5, alignment=TA_CENTER),
        "total": style("total", hei, 10, 13.5, alignment=TA_CENTER),
        "body": style("body", song, 12, 20),
        "sign": style("sign", song, 12, 20),
    }


def wrap_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than `width`, never starting one with a comma or stop.

    When the character that overflows may not begin a line, the one before it moves down
    with it (推入), rather than hanging into the cell padding as reportlab would. Line
    breaks in the text (multi-line comments) are kept.
    """
    lines: list[str] = []
    for source in text.splitlines() or [""]:
        line = ""
        for char in source:
            if line and stringWidth(line + char, font, size) > width:
                if char in NO_LINE_START and len(line) > 1:
                    lines.append(line[:-1])
                    line = line[-1]
                else:
                    lines.append(line)
                    line = ""
            line += char
        lines.append(line)
    return lines


def _para(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A paragraph of user text, escaped and broken by `wrap_lines` for a box `width` wide.

    The lines are fixed here, so reportlab's own CJK wrap (still on, as a safety net) finds
    nothing left to break.
    """
    return _markup(_lines(text, style, width), style)


def _markup(lines: list[str], style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(line) for line in lines), style)


def _lines(text: str, style: ParagraphStyle, width: float) -> list[str]:
    return wrap_lines(text, style.fontName, style.fontSize, width - 0.5)


def _facts(sheet: ScoreSheet, styles: dict[str, ParagraphStyle]) -> Table:
    rows = [
        ("评审专家", f"{sheet.expert_name}（{sheet.expert_code}）"),
        ("工作单位", sheet.affiliation),
        ("评审轮次", f"第{sheet.round_number}轮"),
        ("评分包编号", sheet.kit_uid[:8]),
        ("评分文件指纹", sheet.fingerprint),
        ("生成日期", _chinese_date(sheet.generated_on)),
    ]
    value_width = TEXT_WIDTH - LABEL_WIDTH
    data = [
        [Paragraph(k, styles["label"]), _para(v, styles["cell"], value_width - 2 * PADDING)]
        for k, v in rows
    ]
    commands = [*_grid(), ("BACKGROUND", (0, 0), (0, -1), HEADER_GREY)]
    return Table(data, colWidths=(LABEL_WIDTH, value_width), style=TableStyle(commands))


def _grid() -> list[tuple[Any, ...]]:
    """Thin black lines, and the body face as the table's own font.

    A Table sets its cell font on the canvas before drawing the first cell, even when every
    cell is a Paragraph; left at reportlab's default, that drags in Helvetica, which is never
    embedded (methods.md: only embedded fonts print offline).
    """
    song, _hei = register_fonts()
    return [
        ("FONTNAME", (0, 0), (-1, -1), song),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]


def _criterion_rows(
    criterion: SheetCriterion, styles: dict[str, ParagraphStyle]
) -> list[list[list[str]]]:
    """The table rows of one criterion, each cell as its wrapped lines.

    A comment longer than ONE_ROW_LINES goes on in rows of its own, marked （续）, so
    the table can break between them and no row is taller than a page (reportlab's own
    in-row split leaves empty slivers and repeated headers when spans are about).
    """
    cell, number = styles["cell"], styles["number"]
    inner = [width - 2 * PADDING for width in COLUMN_WIDTHS]
    item = f"{criterion.code} {criterion.name}"
    comment = _lines(criterion.comment, cell, inner[4])
    count = 1 if len(comment) <= ONE_ROW_LINES else -(-len(comment) // CONTINUATION_LINES)
    size = -(-len(comment) // count)  # ceiling division: pieces of even length
    pieces = [comment[i : i + size] for i in range(0, len(comment), size)]
    rows = [
        [
            _lines(criterion.condition, cell, inner[0]),
            _lines(item, cell, inner[1]),
            _lines(format_points(criterion.max_points), number, inner[2]),
            _lines(format_points(criterion.value), number, inner[3]),
            pieces[0],
        ]
    ]
    rows.extend(
        [rows[0][0], _lines(f"{item}（续）", cell, inner[1]), [""], [""], piece]
        for piece in pieces[1:]
    )
    return rows


def _row_height(row: list[list[str]], leading: float) -> float:
    return max(len(lines) for lines in row) * leading + 6  # 3 pt padding above and below


def _criteria_table(application: SheetApplication, styles: dict[str, ParagraphStyle]) -> Table:
    """评审条件 | 评分项 | 满分 | 得分 | 评分意见, a row per criterion and the total.

    A condition's cell spans its criteria when they take at most a third of a page:
    reportlab never breaks a table inside a span, so a tall span leaves a gap at the foot of
    a page, and one taller than a page would fail the build. Taller groups repeat the
    condition on each row instead.
    """
    cell = styles["cell"]
    head = [
        Paragraph(h, styles["head"]) for h in ("评审条件", "评分项", "满分", "得分", "评分意见")
    ]
    data: list[list[Flowable]] = [head]
    commands = [*_grid(), ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY)]
    for _condition, group in itertools.groupby(application.criteria, lambda c: c.condition):
        rows = [row for criterion in group for row in _criterion_rows(criterion, styles)]
        first = len(data)
        span = len(rows) > 1 and sum(_row_height(r, cell.leading) for r in rows) <= SPAN_LIMIT
        if span:
            commands.append(("SPAN", (0, first), (0, first + len(rows) - 1)))
        for index, row in enumerate(rows):
            condition = [] if span and index else row[0]
            data.append(
                [
                    _markup(condition, cell),
                    _markup(row[1], cell),
                    _markup(row[2], styles["number"]),
                    _markup(row[3], styles["number"]),
                    _markup(row[4], cell),
                ]
            )
    # An incomplete sheet must not pass for a complete one: the total says what is missing.
    note = f"另有{application.unscored}项未评分" if application.unscored else ""
    data.append(
        [
            Paragraph("合计", styles["total"]),
            Paragraph("", cell),  # under the span
            Paragraph(format_points(application.total_max), styles["total"]),
            Paragraph(format_points(application.total_value), styles["total"]),
            Paragraph(note, cell),
        ]
    )
    commands.append(("SPAN", (0, -1), (1, -1)))
    # The total never stands alone at the top of a page: it goes with the last criterion.
    commands.append(("NOSPLIT", (0, -2), (-1, -1)))
    return Table(data, colWidths=COLUMN_WIDTHS, repeatRows=1, style=TableStyle(commands))


def _application(
    number: int, application: SheetApplication, styles: dict[str, ParagraphStyle]
) -> Flowable:
    heading = _para(
        f"{chinese_numeral(number)}、{application.applicant} — "
        f"{application.title}（{application.track}）",
        styles["heading"],
        TEXT_WIDTH,
    )
    if application.conflict is not None:
        body: Flowable = _para(f"回避：{application.conflict}", styles["body"], TEXT_WIDTH)
    else:
        body = _criteria_table(application, styles)
    return _KeepTogetherUnlessGap([heading, body], gap=TEXT_HEIGHT / 2)


class _KeepTogetherUnlessGap(KeepTogether):
    """Keeps a heading and its table on one page, unless that leaves half a page empty.

    Plain KeepTogether moves any table that would break to the next page, so one tall table
    (long comments) leaves most of a page blank. Here a table splits where it stands when
    more than `gap` points remain; its header row repeats on the next page (repeatRows).
    """

    def __init__(self, flowables: list[Flowable], gap: float) -> None:
        super().__init__(flowables)
        self._gap = gap

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)  # sets _H, the content's height (reportlab's)
        if self._H > avail_height > self._gap:
            # Split the table here, but only if the heading keeps some rows with it.
            heading, body = self._content
            height = heading.wrap(avail_width, avail_height)[1]
            height += heading.getSpaceBefore() + heading.getSpaceAfter()
            parts = body.split(avail_width, avail_height - height - 1)
            if parts:
                return [heading, *parts]
        return list(super().split(avail_width, avail_height))


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class _SheetCanvas(Canvas):
    """Draws page numbers and the footer after the last page, when the page count is known.

    Pages are kept as canvas states and finished in `save()`, the usual reportlab recipe
    for "page N of M"; the count tells a reader of the paper that no page is missing.
    """

    def __init__(self, *args: Any, footer: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._furniture(number, total)
            super().showPage()
        super().save()

    def _furniture(self, number: int, total: int) -> None:
        song, _hei = register_fonts()
        width = A4[0]
        self.saveState()
        # GB/T 9704 page numbers: 4号 (14 pt) with em dashes either side, below the block.
        self.setFont(song, 14)
        self.drawCentredString(width / 2, 20 * mm, f"— {number} —")
        self.setFont(song, 8)
        self.setFillGray(0.3)
        self.drawCentredString(width / 2, 12 * mm, f"{self._footer}　共{total}页")
        self.restoreState()


def _commitment(sheet: ScoreSheet, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The commitment, its acceptance and the recusals (实施条例 §9), after the scores."""
    if not (sheet.commitment or sheet.acceptance or sheet.recusals):
        return []
    parts: list[Flowable] = [_para("评审承诺与回避", styles["heading"], FRAME_WIDTH)]
    if sheet.commitment:
        parts.append(_para(sheet.commitment, styles["body"], FRAME_WIDTH))
    if sheet.acceptance:
        parts.append(_para(sheet.acceptance, styles["body"], FRAME_WIDTH))
    for number, recusal in enumerate((sheet.recusals or "无").split("\n")):
        parts.append(
            _para(("回避事项：" if number == 0 else "") + recusal, styles["body"], FRAME_WIDTH)
        )
    return [Spacer(1, 6 * mm), KeepTogether(parts)]


def expert_score_sheet(sheet: ScoreSheet) -> bytes:
    """The expert's score sheet as an A4 PDF, the same bytes for the same sheet."""
    styles = _styles()
    song, _hei = register_fonts()
    story: list[Flowable] = [
        Paragraph("专家评分表", styles["title"]),
        Spacer(1, 2 * mm),
        Paragraph(escape(sheet.campaign), styles["subtitle"]),
        Paragraph(escape(sheet.authority), styles["subtitle"]),
        Spacer(1, 5 * mm),
        _facts(sheet, styles),
    ]
    story.extend(
        _application(number, application, styles)
        for number, application in enumerate(sheet.applications, start=1)
    )
    story.extend(_commitment(sheet, styles))
    story.append(
        KeepTogether(
            [
                Spacer(1, 10 * mm),
                Paragraph(DECLARATION, styles["body"]),
                Spacer(1, 6 * mm),
                # Non-breaking spaces: Paragraph would fold the gap to one space.
                Paragraph(SIGNATURE.replace(" ", "&nbsp;"), styles["sign"]),
            ]
        )
    )
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=TOP,
        bottomMargin=BOTTOM,
        leftMargin=LEFT,
        rightMargin=RIGHT,
        title=f"专家评分表 {sheet.expert_name}（{sheet.expert_code}）",
        author=sheet.authority,
        subject=sheet.campaign,
        invariant=1,
        # reportlab starts every page in Helvetica, which is never embedded.
        initialFontName=song,
    )
    footer = f"{sheet.campaign}　评分文件指纹 {sheet.fingerprint}"
    doc.build(story, canvasmaker=functools.partial(_SheetCanvas, footer=footer))
    return buffer.getvalue()
