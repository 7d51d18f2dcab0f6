"""The page of a Chinese official document (GB/T 9704-2012), shared by every document.

The standard fixes the page to the millimetre (methods.md): A4, the text block 156 x 225 mm
at 37 mm from the top and 28 mm from the binding edge, body text 3号 (16 pt) on a grid of
22 lines of 28 characters, page numbers "— 1 —" in 4号 at the outside corners. reportlab's
Paragraph knows neither a character grid nor the Chinese line-breaking rules, so body text
is set here line by line (`GridText`): every line on the grid pitch, every character on the
character pitch (16 pt glyphs with a small negative character spacing, as word processors
do to fit 28 characters into 156 mm).

Each element is drawn in its role's face (`face`: titles 小标宋, body 仿宋, 一、 headings
黑体, （一） headings 楷体, tables, page numbers), the installed faces the report job found
(`reviewer.documents.fonts`), embedded as subsets. Where the title fell back to the shipped
song face, it is drawn with a thin outline stroke to stand in for the heavier 小标宋.

Every page carries, below the page number, a small line naming the campaign, the
aggregation method and the short fingerprint of the locked results, so a printed page can
be traced to its data. Builds are reproducible: reportlab's invariant mode and no clock.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from reviewer.documents.fonts import (
    BODY,
    HEADING1,
    HEADING2,
    PAGE_NUMBER,
    TABLE,
    TITLE,
    faces_in_use,
)
from reviewer.documents.title_lines import title_lines
from reviewer.pdf_fonts import SONG

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, LEFT = 37 * mm, 28 * mm
BLOCK_WIDTH, BLOCK_HEIGHT = 156 * mm, 225 * mm
BOTTOM = PAGE_HEIGHT - TOP - BLOCK_HEIGHT  # 35 mm
RIGHT = PAGE_WIDTH - LEFT - BLOCK_WIDTH  # 26 mm
BODY_SIZE = 16.0  # 3号
TITLE_SIZE = 22.0  # 2号
PAGE_NUMBER_SIZE = 14.0  # 4号
LINES, CHARS = 22, 28
PITCH = BLOCK_HEIGHT / LINES  # 28.99 pt between baselines
CHAR_PITCH = BLOCK_WIDTH / CHARS  # 15.79 pt a character
RED = colors.Color(0.9, 0.0, 0.07)
TRACE_GREY = colors.Color(0.35, 0.35, 0.35)
# Punctuation that may not begin a line (避头) and that may not end one (避尾).
NO_LINE_START = frozenset("，。、；：？！）》」』】〉’”…%,.;:?!)]}—")
NO_LINE_END = frozenset("（《「『【〈‘“([{")
# Characters that stay together on a line: numbers such as 90.50 and Latin words.
_WORD = frozenset("0123456789.ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_/")
# Units that stay with the number before them: 2014年, 3个, 87.00分, 第1名.
_UNITS = frozenset("年月日号个名分项%")


def face(role: str) -> str:
    """The registered font that draws `role` (`reviewer.documents.fonts.ROLES`)."""
    return faces_in_use().font(role)


def fonts() -> tuple[str, str]:
    """(body, heading): the faces of body text (仿宋) and first-level headings (黑体)."""
    return face(BODY), face(HEADING1)


Run = tuple[str, str]  # (text, role): the role's face draws it (`fonts.ROLES`)


def _ascent(font: str) -> float:
    return float(getFont(font).face.ascent) / 1000


def _units(runs: Sequence[Run]) -> list[list[tuple[str, str]]]:
    """The text cut into units a line may break between: a CJK character each, a number
    or Latin word whole."""
    units: list[list[tuple[str, str]]] = []
    for text, font in runs:
        for char in text:
            after = units[-1][-1][0] if units else ""
            joins = after in _WORD and (char in _WORD or (char in _UNITS and after.isdigit()))
            if joins and units[-1][-1][1] == font:
                units[-1].append((char, font))
            else:
                units.append([(char, font)])
    return units


@dataclass(frozen=True)
class Style:
    """How a block of `GridText` is set: sizes in points, indents in characters."""

    size: float = BODY_SIZE
    pitch: float = PITCH
    align: str = "left"  # left | centre | right | justify
    first_indent: float = 2.0
    indent: float = 0.0  # every line's left indent (a hanging indent after the first)
    right_indent: float = 0.0
    colour: colors.Color = colors.black
    heavy: bool = False  # drawn with an outline stroke: the 小标宋 of titles
    grid: bool = True  # on the character grid; False: the face's own widths (tables)

    @property
    def char_space(self) -> float:
        """Spacing that puts a full-width character on the grid's character pitch."""
        return CHAR_PITCH * self.size / BODY_SIZE - self.size if self.grid else 0.0


def line_width(line: Sequence[tuple[str, str]], style: Style) -> float:
    return sum(stringWidth(char, font, style.size) + style.char_space for char, font in line)


def wrap_runs(runs: Sequence[Run], style: Style, width: float) -> list[list[tuple[str, str]]]:
    """Lines no wider than `width`, never starting with a closing mark nor ending with an
    opening one; a mark that would start a line takes the unit before it along (推入)."""
    lines: list[list[tuple[str, str]]] = []
    line: list[list[tuple[str, str]]] = []
    used = 0.0
    first = True
    for unit in _units(runs):
        unit_width = CHAR_PITCH * style.size / BODY_SIZE
        indent = (style.first_indent if first else style.indent) * unit_width
        room = width - indent - style.right_indent * unit_width + 0.01
        size = line_width(unit, style)
        if line and used + size > room:
            carried: list[list[tuple[str, str]]] = []
            # Two closing marks in a row (）、) go down with the unit before them both.
            while (
                len(line) > 1
                and unit[0][0] in NO_LINE_START
                and (not carried or carried[0][0][0] in NO_LINE_START)
            ):
                carried.insert(0, line.pop())
            while len(line) > 1 and line[-1][-1][0] in NO_LINE_END:
                carried.insert(0, line.pop())
            lines.append([c for u in line for c in u])
            line, first = carried, False
            used = sum(line_width(u, style) for u in line)
        line.append(unit)
        used += size
    lines.append([c for u in line for c in u])
    return lines


class GridText(Flowable):
    """Text set on the document grid, split between pages at line boundaries."""

    def __init__(
        self,
        runs: Sequence[Run] | str,
        style: Style = Style(),
        lines: list[list[tuple[str, str]]] | None = None,
        continued: bool = False,
    ) -> None:
        super().__init__()
        self.runs: Sequence[Run] = [(runs, BODY)] if isinstance(runs, str) else runs
        self.style = style
        self._lines = lines
        self._continued = continued  # a split's tail: no first-line indent

    def plain_text(self) -> str:
        return "".join(text for text, _role in self.runs)

    def roles(self) -> set[str]:
        """The roles its runs are set in: the Word copy styles a paragraph by them."""
        return {role for _text, role in self.runs}

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None:
            faced = [(text, face(role)) for text, role in self.runs]
            self._lines = wrap_runs(faced, self.style, avail_width)
        self.width = avail_width
        self.height = len(self._lines) * self.style.pitch
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fit = int((avail_height + 0.01) // self.style.pitch)
        if fit <= 0:
            return []
        if fit >= len(self._lines):
            return [self]
        head = GridText(self.runs, self.style, self._lines[:fit], self._continued)
        tail = GridText(self.runs, self.style, self._lines[fit:], continued=True)
        return [head, tail]

    def draw(self) -> None:
        assert self._lines is not None
        style, canvas = self.style, self.canv
        # The glyphs sit centred in their line box.
        drop = (style.pitch - style.size) / 2 + style.size * 0.88
        unit = CHAR_PITCH * style.size / BODY_SIZE
        for number, line in enumerate(self._lines):
            first = number == 0 and not self._continued
            x = (style.first_indent if first else style.indent) * unit
            room = self.width - x - style.right_indent * unit
            used = line_width(line, style) - style.char_space
            if style.align == "centre":
                x += (room - used) / 2
            elif style.align == "right":
                x += room - used
            y = self.height - number * style.pitch - drop
            draw_line(canvas, line, x, y, style)


def draw_line(canvas: Canvas, line: list[tuple[str, str]], x: float, y: float, s: Style) -> None:
    text = canvas.beginText(x, y)
    text.setCharSpace(s.char_space)
    text.setFillColor(s.colour)
    if s.heavy and any(font == SONG for _char, font in line):
        text.setTextRenderMode(2)  # fill and stroke: a heavier face from the song outlines
        canvas.setStrokeColor(s.colour)
        canvas.setLineWidth(s.size * 0.025)
    font, chunk = "", ""
    for char, char_font in line:
        if char_font != font and chunk:
            text.textOut(chunk)
            chunk = ""
        if char_font != font:
            font = char_font
            text.setFont(font, s.size)
        chunk += char
    if chunk:
        text.textOut(chunk)
    if s.heavy:
        # The render mode outlives the text object in the PDF's graphics state: without
        # this the next line (the red header's document number) comes out stroked.
        text.setTextRenderMode(0)
    canvas.drawText(text)


def cell(text: str, width: float, size: float, font: str | None = None) -> str:
    """Text broken into lines for a table cell `width` wide (padding included), by the same
    rules as body text, as one string: plain string cells are what keeps a table of ten
    thousand rows fast."""
    style = Style(size=size, first_indent=0, grid=False)
    lines = wrap_runs([(text, font or face(TABLE))], style, width - 6)
    return "\n".join("".join(char for char, _font in line) for line in lines)


def body(text: str, **kw: Any) -> GridText:
    """A body paragraph: 3号 song, two characters indented, on the grid."""
    return GridText(text, Style(**kw))


def line(text: str, **kw: Any) -> GridText:
    """A line of body type without indent (addressee, attachment marks, signatures)."""
    return GridText(text, Style(**{"first_indent": 0, **kw}))


class Title(GridText):
    """A title's lines: broken between words and never inside a known name, in a 梯形 or
    菱形 (GB/T 9704-2012 7.3.1, `title_lines`), as many characters to a line as the
    width it is given holds."""

    def __init__(self, runs: Sequence[Run], style: Style, names: Iterable[str]) -> None:
        super().__init__(runs, style)
        self.names = tuple(names)

    def rows(self, width: float) -> list[str]:
        """The title's lines in `width`: the PDF sets them, the Word copy breaks there."""
        per_line = int((width + 0.01) // (CHAR_PITCH * self.style.size / BODY_SIZE))
        return title_lines(self.plain_text(), self.names, per_line)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None:
            font = face(self.runs[0][1])
            self._lines = [[(char, font) for char in row] for row in self.rows(avail_width)]
        return super().wrap(avail_width, avail_height)


def title(text: str, names: Iterable[str] = ()) -> GridText:
    """The document title: 2号, centred, heavy; lines 1.25 grid lines apart, broken only
    between words and never inside one of `names` (the campaign's names)."""
    return Title(
        [(text, TITLE)],
        Style(size=TITLE_SIZE, pitch=PITCH * 1.25, align="centre", first_indent=0, heavy=True),
        names,
    )


def hei(text: str, **kw: Any) -> GridText:
    """A line in 黑体: first-level headings, 附件1."""
    return GridText([(text, HEADING1)], Style(**{"first_indent": 0, **kw}))


def kai(text: str, **kw: Any) -> GridText:
    """A line in 楷体: second-level headings （一）."""
    return GridText([(text, HEADING2)], Style(**kw))


class Blank(Flowable):
    """`count` empty grid lines (空一行, 空二行); dropped at the top of a page."""

    def __init__(self, count: float = 1) -> None:
        super().__init__()
        self.height = count * PITCH

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, min(self.height, avail_height)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        pass


class RedHeader(Flowable):
    """The red header (版头): the issuing authority's mark 35 mm below the top of the text
    block, the document number two lines below it, and the red rule 4 mm under the number,
    as wide as the text block. The mark's size is chosen to fit the block's width."""

    def __init__(self, mark: str, number: str) -> None:
        super().__init__()
        self.mark, self.number = mark, number
        self.mark_size = min(42.0, BLOCK_WIDTH * 0.92 / max(len(mark), 1))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        # 35 mm, the mark, two blank lines, the number's line, 4 mm, the rule.
        self.height = 35 * mm + self.mark_size + 3 * PITCH + 4 * mm + 1
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        song, mark_face = face(BODY), face(TITLE)
        mark_top = self.height - 35 * mm
        heavy = Style(size=self.mark_size, align="centre", first_indent=0, colour=RED, heavy=True)
        line = [(c, mark_face) for c in self.mark]
        width = line_width(line, heavy) - heavy.char_space
        baseline = mark_top - self.mark_size * _ascent(mark_face)
        draw_line(canvas, line, (self.width - width) / 2, baseline, heavy)
        number_top = mark_top - self.mark_size - 2 * PITCH
        number = Style(align="centre", first_indent=0)
        chars = [(c, song) for c in self.number]
        width = line_width(chars, number) - number.char_space
        y = number_top - (PITCH - BODY_SIZE) / 2 - BODY_SIZE * 0.88
        draw_line(canvas, chars, (self.width - width) / 2, y, number)
        rule = number_top - PITCH - 4 * mm
        canvas.setStrokeColor(RED)
        canvas.setLineWidth(1.5)
        canvas.line(0, rule, self.width, rule)


@dataclass(frozen=True)
class Trace:
    """What every page says about its data: campaign, method, locked-results fingerprint."""

    campaign: str
    method: str
    fingerprint: str  # the short fingerprint

    def text(self, document: str) -> str:
        return (
            f"{document}　{self.campaign}　计分方法：{self.method}　结果校验码：{self.fingerprint}"
        )


_UNNUMBERED = "reviewer_unnumbered_pages"


def unnumbered(canvas: Canvas) -> None:
    """Leave the page being drawn without a page number: a blank page before the 版记 and
    the page of the 版记 alone (GB/T 9704-2012 7.5)."""
    setattr(canvas, _UNNUMBERED, {*getattr(canvas, _UNNUMBERED, ()), canvas.getPageNumber()})


def page_number(canvas: Canvas, number: int, block: tuple[float, float, float]) -> None:
    """ "— N —" in 4号, its top 7 mm below the text block (left, right, bottom), one
    character in from the outside edge: odd pages on the right, even pages on the left."""
    song = face(PAGE_NUMBER)
    left, right, bottom = block
    text = f"— {number} —"
    width = stringWidth(text, song, PAGE_NUMBER_SIZE)
    y = bottom - 7 * mm - PAGE_NUMBER_SIZE * _ascent(song)
    x = right - PAGE_NUMBER_SIZE - width if number % 2 else left + PAGE_NUMBER_SIZE
    canvas.setFont(song, PAGE_NUMBER_SIZE)
    canvas.drawString(x, y, text)


class _Document(BaseDocTemplate):
    def __init__(self, buffer: io.BytesIO, *, rotated: bool, trace: Trace, name: str, **kw: Any):
        size = landscape(A4) if rotated else A4
        # A landscape page is the portrait page turned: the binding edge goes to the bottom,
        # the text block keeps its 156 x 225 mm.
        left, bottom = (TOP, LEFT) if rotated else (LEFT, BOTTOM)
        width, height = (BLOCK_HEIGHT, BLOCK_WIDTH) if rotated else (BLOCK_WIDTH, BLOCK_HEIGHT)
        song = face(BODY)
        super().__init__(
            buffer,
            pagesize=size,
            leftMargin=left,
            bottomMargin=bottom,
            rightMargin=size[0] - left - width,
            topMargin=size[1] - bottom - height,
            invariant=1,
            initialFontName=song,  # reportlab starts each page in Helvetica, never embedded
            **kw,
        )
        frame = Frame(left, bottom, width, height, 0, 0, 0, 0, id="block")
        # At the end of the page, once its content has said whether it is numbered.
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._furniture)])
        self._trace_text = trace.text(name)
        self._block = (left, left + width, bottom)

    def _furniture(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        song = face(BODY)
        canvas.saveState()
        if canvas.getPageNumber() not in getattr(canvas, _UNNUMBERED, ()):
            page_number(canvas, canvas.getPageNumber(), self._block)
        canvas.setFont(song, 7)
        canvas.setFillColor(TRACE_GREY)
        canvas.drawCentredString(self.pagesize[0] / 2, 9 * mm, self._trace_text)
        canvas.restoreState()


class Render(Protocol):
    """What turns a document's story into a file: `build` (PDF) or
    `docx_copy.build_docx` (the editable Word copy), so both hold the same text."""

    def __call__(
        self, story: list[Flowable], *, name: str, trace: Trace, author: str, rotated: bool = ...
    ) -> bytes: ...


def build(
    story: list[Flowable], *, name: str, trace: Trace, author: str, rotated: bool = False
) -> bytes:
    """The story on GB/T 9704 pages as PDF bytes; the same story gives the same bytes.

    `rotated` turns the page to landscape for wide tables, keeping the text block's size.
    """
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        rotated=rotated,
        trace=trace,
        name=name,
        title=name,
        author=author,
        subject=trace.campaign,
        creator="Reviewer",
    )
    doc.build(story)
    return buffer.getvalue()
