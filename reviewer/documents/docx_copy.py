"""The editable copy of a letter-like document: the same story as the PDF, as a Word file.

Officials finish a notice or a letter in Word or WPS (a registry number filled in, a
sentence reworded), so each letter-like document is also written as .docx. The text is
not written twice: the document modules build one story of flowables (`layout.GridText`,
`RedHeader`, `Blank`, `official.Signature`, tables, page breaks) and this module walks it,
turning each kind of flowable into its Word counterpart (`_RENDERERS`; a kind without one
is an error, never silently dropped), so the copy has the PDF's text in the PDF's order.

The page is GB/T 9704's (A4, the 156 x 225 mm text block 37 mm from the top and 28 mm
from the binding edge, 5.2) with the document grid Word and WPS show as 22 lines of 28
characters (5.2.3); paragraphs carry styles named for their role with the office faces as
their East Asian fonts (方正小标宋简体 titles, 仿宋_GB2312 body, 黑体 first-level
headings, 楷体_GB2312 second-level, 5.2.2 and 7.3.3); page numbers "— 1 —" at the outside
corners (different odd and even footers, 7.5); the footer's last line the trace line of
the PDF. The bytes depend only on the content (fixed dates, `reviewer.reproducible`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor, Twips
from docx.table import Table as WordTable
from docx.text.paragraph import Paragraph
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from reviewer.documents import fonts, layout
from reviewer.documents.imprint import Imprint
from reviewer.documents.layout import (
    BLOCK_HEIGHT,
    BLOCK_WIDTH,
    BODY_SIZE,
    CHAR_PITCH,
    PAGE_NUMBER_SIZE,
    PITCH,
    TITLE_SIZE,
    Blank,
    GridText,
    RedHeader,
    Style,
    Title,
    Trace,
)
from reviewer.documents.official import Signature, chinese_date
from reviewer.reproducible import reproducible_xlsx

# The faces GB/T 9704 names (5.2.2, 7.2.4, 7.3.1, 7.3.3): Word and WPS show these names and
# use the installed face of that name, as every government office's machine has.
XIAOBIAOSONG, FANGSONG, HEITI, KAITI = "方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312"
# Paragraph styles by role: (name, East Asian face, size in points, colour).
ROLES: dict[str, tuple[str, str, float, str | None]] = {
    "mark": ("发文机关标志", XIAOBIAOSONG, 42.0, "E60012"),
    "number": ("发文字号", FANGSONG, BODY_SIZE, None),
    "title": ("标题", XIAOBIAOSONG, TITLE_SIZE, None),
    # Body text is Word's own Normal style, which Chinese Word and WPS call 正文: what a
    # new paragraph gets as the official types.
    "body": ("Normal", FANGSONG, BODY_SIZE, None),
    "heading": ("一级标题", HEITI, BODY_SIZE, None),
    "subheading": ("二级标题", KAITI, BODY_SIZE, None),
    "record": ("版记", FANGSONG, 14.0, None),
    "table": ("表格", FANGSONG, 12.0, None),
    "table_header": ("表头", HEITI, 12.0, None),
    "footer": ("页码", "宋体", PAGE_NUMBER_SIZE, None),
    "trace": ("追溯信息", "宋体", 7.0, "595959"),
}
RED = "E60012"
# 225 mm / 22 lines, rounded down to whole twips so that 22 lines fit the block.
LINE_PITCH = int(PITCH * 20)
# w:charSpace: how far the character pitch is from the 3号 default, in 1/4096 pt, so
# that Word's page setup shows 28 characters to a line (156 mm / 28 = 15.79 pt).
CHAR_SPACE = int((CHAR_PITCH - BODY_SIZE) * 4096) - 1
FIXED_DAY = "2014-07-01T00:00:00Z"
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "centre": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
_CELL_ALIGN = {
    "LEFT": WD_ALIGN_PARAGRAPH.LEFT,
    "CENTER": WD_ALIGN_PARAGRAPH.CENTER,
    "CENTRE": WD_ALIGN_PARAGRAPH.CENTER,
    "RIGHT": WD_ALIGN_PARAGRAPH.RIGHT,
}


# Where WordprocessingML puts an element among its siblings (ECMA-376 17.3.1.26,
# 17.3.2.28, 17.4.70): Word refuses a file whose elements are out of order.
_P_PR = (
    "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap",
    "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi",
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
_AFTER = {
    "w:framePr": ("w:widowControl", "w:numPr", "w:suppressLineNumbers", *_P_PR),
    "w:pBdr": _P_PR[1:],
    "w:snapToGrid": _P_PR[_P_PR.index("w:snapToGrid") + 1 :],
    "w:spacing": ("w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
                  "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
                  "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath"),
    "w:shd": ("w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign",
              "w:hideMark", "w:headers", "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange"),
}  # fmt: skip


def _put(parent: Any, tag: str, **attributes: str) -> Any:
    """`parent`'s `tag` child with `attributes`, made in its schema place if need be."""
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.insert_element_before(element, *_AFTER[tag])
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def _tracking(size: float) -> str:
    """Character spacing (w:spacing, twentieths of a point) that fits 28 characters of
    3号 to a line (5.2.3), scaled for other sizes; a touch tighter than the PDF's pitch
    because Word rounds to twentieths and would otherwise put 27 on a line."""
    return str(int((CHAR_PITCH * size / BODY_SIZE - size) * 20) - 1)


def _east_asian(element: Any, face: str) -> None:
    """Every script of a run or style in `face`: East Asian text, and the digits and
    Latin letters beside it, as office documents set them."""
    fonts = element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(script), face)


def _styles(document: WordDocument) -> None:
    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_SIZE)
    _east_asian(normal.element, FANGSONG)
    # Text is set on the character pitch by its spacing rather than by snapping to the
    # grid: LibreOffice gives a 3号 character snapped to a 15.79 pt cell two cells.
    _put(normal.element.get_or_add_pPr(), "w:snapToGrid", val="0")
    for role, (name, face, size, colour) in ROLES.items():
        if name == normal.name:
            style = normal
        else:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        _east_asian(style.element, face)
        if role not in {"table", "table_header", "footer", "trace"}:
            _put(style.element.get_or_add_rPr(), "w:spacing", val=_tracking(size))
        if colour:
            style.font.color.rgb = RGBColor.from_string(colour)
        spacing = style.paragraph_format
        spacing.space_before = spacing.space_after = Pt(0)


def _page(document: WordDocument, rotated: bool) -> None:
    """GB/T 9704 5.2: A4, the text block 156 x 225 mm at 37 mm from the top and 28 mm
    from the binding edge; the grid of 22 lines of 28 characters (5.2.3)."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.header_distance, section.footer_distance = Mm(15), Mm(7)
    if rotated:  # the portrait page turned, the binding edge at the bottom
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(26), Mm(28)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(LINE_PITCH))
    grid.set(qn("w:charSpace"), str(CHAR_SPACE))


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A field Word computes as it lays out the page (PAGE: the page's number)."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None)):
        run = paragraph.add_run()
        if kind:
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)
        else:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {text} "
            run._r.append(code)
    paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _footers(section: Any, trace_text: str, numbered: bool = True) -> None:
    """ "— N —" in 4号 one character in from the outside edge: odd pages on the right,
    even pages on the left (GB/T 9704 7.5), and the trace line below it; the trace line
    alone on a page that holds the imprint alone (7.5: no number there)."""
    styles = section.part.document.styles
    for footer, align in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        number = footer.paragraphs[0]
        number.style = styles[ROLES["footer"][0]]
        number.alignment = align
        indent = Pt(PAGE_NUMBER_SIZE)
        number.paragraph_format.left_indent = indent if align == WD_ALIGN_PARAGRAPH.LEFT else 0
        number.paragraph_format.right_indent = indent if align == WD_ALIGN_PARAGRAPH.RIGHT else 0
        number.paragraph_format.space_after = Mm(10)
        if numbered:
            number.add_run("— ")
            _field(number, "PAGE")
            number.add_run(" —")
        trace = footer.add_paragraph(trace_text, ROLES["trace"][0])
        trace.alignment = WD_ALIGN_PARAGRAPH.CENTER


# The Word paragraph style of a layout role, and the office face of a run set in it.
_PARAGRAPH_ROLE = {fonts.TITLE: "title", fonts.HEADING1: "heading", fonts.HEADING2: "subheading"}
_OFFICE_FACE = {
    fonts.TITLE: XIAOBIAOSONG,
    fonts.BODY: FANGSONG,
    fonts.HEADING1: HEITI,
    fonts.HEADING2: KAITI,
    fonts.TABLE: FANGSONG,
    fonts.PAGE_NUMBER: "宋体",
}


def _role(flowable: GridText) -> str:
    """A paragraph's style: the role all its runs share (a heading in 黑体 or 楷体, the
    title), body text otherwise; taken from the layout, whichever face served the role."""
    roles = flowable.roles()
    if flowable.style.heavy:
        return "title"
    return _PARAGRAPH_ROLE.get(roles.pop(), "body") if len(roles) == 1 else "body"


def _face(run_role: str, role: str) -> str | None:
    """The office face of a run set in another role than its paragraph (the 一、 of an
    approval letter's point in 黑体)."""
    face = _OFFICE_FACE[run_role]
    return face if face != ROLES[role][1] else None


def _spacing(paragraph: Paragraph, pitch: float, before: float = 0) -> None:
    """Exactly `pitch` points a line (固定值), as the PDF sets it on the grid."""
    spacing = paragraph.paragraph_format
    spacing.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    spacing.line_spacing = Twips(max(int(pitch * 20), 20))
    spacing.space_before = Twips(int(before * 20))
    spacing.space_after = Pt(0)


def _indents(paragraph: Paragraph, style: Style) -> None:
    """Indents in characters (Word's 字符 unit) and in twips for other programs."""
    unit = CHAR_PITCH * style.size / BODY_SIZE
    ind = paragraph._p.get_or_add_pPr().get_or_add_ind()
    ind.set(qn("w:left"), str(int(style.indent * unit * 20)))
    ind.set(qn("w:leftChars"), str(int(style.indent * 100)))
    ind.set(qn("w:right"), str(int(style.right_indent * unit * 20)))
    ind.set(qn("w:rightChars"), str(int(style.right_indent * 100)))
    first = style.first_indent - style.indent
    kind = "firstLine" if first >= 0 else "hanging"
    ind.set(qn(f"w:{kind}"), str(int(abs(first) * unit * 20)))
    ind.set(qn(f"w:{kind}Chars"), str(int(abs(first) * 100)))


class _Writer:
    """Walks a story into a Word document; `keep` holds paragraphs with the next one (a
    KeepTogether), `page_break` starts the next paragraph on a new page."""

    def __init__(self, document: WordDocument, trace_text: str) -> None:
        self.document = document
        self.trace_text = trace_text
        self.keep = False
        self.keep_table_end = False  # a kept table's last row kept with what follows too
        self.page_break = False

    def paragraph(self, role: str, text: str = "") -> Paragraph:
        paragraph = self.document.add_paragraph(text, ROLES[role][0])
        if self.page_break:
            paragraph.paragraph_format.page_break_before = True
            self.page_break = False
        if self.keep:
            paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def write(self, story: Sequence[Flowable]) -> None:
        for flowable in story:
            render = _RENDERERS.get(type(flowable))
            if render is None:
                raise TypeError(f"no Word counterpart for a {type(flowable).__name__}")
            render(self, flowable)


def _grid_text(writer: _Writer, flowable: GridText) -> None:
    role, style = _role(flowable), flowable.style
    paragraph = writer.paragraph(role)
    paragraph.alignment = _ALIGN[style.align]
    _spacing(paragraph, style.pitch)
    _indents(paragraph, style)
    for text, run_role in flowable.runs:
        run = paragraph.add_run(text)
        face = _face(run_role, role)
        if face:
            _east_asian(run._r, face)
        if style.size != ROLES[role][2]:
            run.font.size = Pt(style.size)
            spacing = _tracking(style.size) if style.grid else "0"
            _put(run._r.get_or_add_rPr(), "w:spacing", val=spacing)
        if style.colour != layout.colors.black:
            red, green, blue = (round(c * 255) for c in style.colour.rgb())
            run.font.color.rgb = RGBColor(red, green, blue)


def _title(writer: _Writer, flowable: Title) -> None:
    """A title breaks where the PDF's does, between words and never inside a name, in a
    梯形 or 菱形 (GB/T 9704-2012 7.3.1): Word would wrap it anywhere, so the lines are
    given as line breaks within the one paragraph."""
    rows = flowable.rows(BLOCK_WIDTH)
    _grid_text(writer, GridText([("\n".join(rows), flowable.runs[0][1])], flowable.style))


def _blank(writer: _Writer, flowable: Flowable) -> None:
    """Blank lines (空一行) and spacers: an empty paragraph as tall as they are."""
    _spacing(writer.paragraph("body"), flowable.height)


def _red_header(writer: _Writer, header: RedHeader) -> None:
    """The mark 35 mm below the top of the block in red 小标宋, the number two lines
    below it, the red rule 4 mm under the number across the block (GB/T 9704 7.2)."""
    mark = writer.paragraph("mark", header.mark)
    mark.alignment = WD_ALIGN_PARAGRAPH.CENTER
    mark.runs[0].font.size = Pt(header.mark_size)
    _put(mark.runs[0]._r.get_or_add_rPr(), "w:spacing", val=_tracking(header.mark_size))
    _spacing(mark, header.mark_size * 1.15, before=35 * 72 / 25.4)
    number = writer.paragraph("number", header.number)
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _spacing(number, PITCH, before=2 * PITCH - header.mark_size * 0.15)
    border = _put(number._p.get_or_add_pPr(), "w:pBdr")
    rule = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "12"), ("space", "11"), ("color", RED)):
        rule.set(qn(f"w:{key}"), value)
    border.append(rule)


def _signature(writer: _Writer, signature: Signature) -> None:
    """Room for the seal, the authority centred over the date, the date four characters
    in from the right (GB/T 9704 7.3.5.1), on one page."""
    room = writer.paragraph("body")
    _spacing(room, 2 * PITCH)
    day = chinese_date(signature.day)
    shift = (len(day) - len(signature.authority)) / 2
    authority = writer.paragraph("body", signature.authority)
    for paragraph, right in ((authority, max(4 + shift, 0)), (writer.paragraph("body", day), 4.0)):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _spacing(paragraph, PITCH)
        _indents(paragraph, Style(first_indent=0, right_indent=right))
    room.paragraph_format.keep_with_next = authority.paragraph_format.keep_with_next = True


def _rule(paragraph: Paragraph, side: str, eighths: int) -> None:
    """A black rule across the block above or below `paragraph` (`eighths` of a point)."""
    border = _put(paragraph._p.get_or_add_pPr(), "w:pBdr")
    rule = OxmlElement(f"w:{side}")
    for key, value in (
        ("val", "single"),
        ("sz", str(eighths)),
        ("space", "0"),
        ("color", "000000"),
    ):
        rule.set(qn(f"w:{key}"), value)
    border.append(rule)


def _frame(paragraph: Paragraph, top: float) -> None:
    """Pin `paragraph` in a frame across the text block, `top` points below the block's
    top edge. The imprint's frames are placed by offset rather than aligned to the
    block's foot, where LibreOffice sets a frame below the block."""
    frame = _put(paragraph._p.get_or_add_pPr(), "w:framePr")
    for key, value in (
        ("w", str(int(BLOCK_WIDTH * 20))),
        ("wrap", "notBeside"),
        ("hAnchor", "margin"),
        ("vAnchor", "margin"),
        ("xAlign", "center"),
        ("y", str(round(top * 20))),
    ):
        frame.set(qn(f"w:{key}"), value)


def _imprint_page(writer: _Writer, pages: int) -> None:
    """The imprint alone `pages` pages on, as the PDF put it (the next even page, after a
    blank one where the text filled an even page): a section of its own whose footers are
    the trace line without a page number (7.5). The PDF's count is followed rather than
    Word's 'even page' section break, which LibreOffice takes for a plain page break."""
    section = writer.document.add_section(WD_SECTION.NEW_PAGE)
    _footers(section, writer.trace_text, numbered=False)
    # The text's last paragraph ends its section: a paragraph of its own could spill onto
    # a page of its own after a full page.
    ending = writer.document.element.body.xpath("./w:p[w:pPr/w:sectPr]")[-1]
    previous = ending.getprevious()
    if previous is not None and previous.tag == qn("w:p"):
        previous.get_or_add_pPr().append(ending.pPr.sectPr)  # sectPr ends a pPr
        ending.getparent().remove(ending)
    else:
        _spacing(Paragraph(ending, writer.document._body), 1)
    for _blank_page in range(pages - 1):
        _spacing(writer.paragraph("record"), PITCH)
        writer.page_break = True
    # An empty line the frames are anchored under: LibreOffice sets a frame that opens a
    # section at the top of the page.
    _spacing(writer.paragraph("record"), PITCH)


def _imprint(writer: _Writer, imprint: Imprint) -> None:
    """版记 (GB/T 9704 7.4): 抄送 when given, one character in and its second line under
    the first name (7.4.2), 印发机关 one character in from the left and the date one from
    the right (7.4.3), between a thick first and last rule (0.35 mm, 8 eighths of a
    point) with a thin one (0.25 mm, 6) between, the last rule on the block's bottom edge
    (7.4.1) of the page the PDF put it on (`Placement`: the text's last page, or the next
    even page alone). Each line is a frame of its own: LibreOffice drops the frame of
    ruled paragraphs framed together, and of two frames that follow each other."""
    if imprint.placed.pages_after_text:
        _imprint_page(writer, imprint.placed.pages_after_text)
    rules = [("top", 6 if imprint.copy_to else 8), ("bottom", 8)]
    top = BLOCK_HEIGHT - PITCH - sum(eighths for _side, eighths in rules) / 8
    if imprint.copy_to:
        copied = writer.paragraph("record", imprint.copy_line)
        _spacing(copied, PITCH)
        _indents(copied, Style(first_indent=1, indent=4, right_indent=1))
        _rule(copied, "top", 8)
        _frame(copied, top - imprint.copy_height(BLOCK_WIDTH) - 1)
        _spacing(writer.paragraph("record"), 1)  # the two frames kept apart
    issued = writer.paragraph("record", f"{imprint.printer}\t{chinese_date(imprint.day)}印发")
    issued.paragraph_format.tab_stops.add_tab_stop(Mm(156 - 5), alignment=WD_TAB_ALIGNMENT.RIGHT)
    _spacing(issued, PITCH)
    _indents(issued, Style(first_indent=1, indent=1, right_indent=1))
    for side, eighths in rules:
        _rule(issued, side, eighths)
    _frame(issued, top)


def _keep_together(writer: _Writer, group: KeepTogether) -> None:
    """Each paragraph of the group kept with the next, but its last one: a table at the
    end keeps its rows but its last (`_table`), so Word moves it whole as the PDF does."""
    kept = writer.keep
    writer.keep = True
    content: list[Flowable] = list(group._content)
    if isinstance(content[-1], Table):
        writer.write(content[:-1])
        writer.keep_table_end, ended = kept, writer.keep_table_end
        writer.write(content[-1:])
        writer.keep_table_end = ended
    else:
        writer.write(content[:-1])
        writer.keep = kept
        writer.write(content[-1:])
    writer.keep = kept


def _page_break(writer: _Writer, _flowable: PageBreak) -> None:
    writer.page_break = True


def _cell_text(value: Any) -> str:
    """A cell's text: strings come broken into lines for the PDF (`layout.cell`), and
    Word breaks them itself."""
    if isinstance(value, str):
        return value.replace("\n", "")
    if isinstance(value, GridText):
        return value.plain_text()
    raise TypeError(f"no Word counterpart for a table cell holding {type(value).__name__}")


def _table(writer: _Writer, table: Table) -> None:
    """A ruled Word table with the PDF's column widths, its header rows repeated on every
    page, grey and in 黑体."""
    if writer.page_break:  # a table cannot start a page by itself: an empty line does
        _spacing(writer.paragraph("table"), 1)
    rows: list[list[Any]] = table._cellvalues
    word: WordTable = writer.document.add_table(rows=len(rows), cols=len(table._colWidths))
    word.style = writer.document.styles["Table Grid"]
    word.alignment = WD_TABLE_ALIGNMENT.CENTER
    word.autofit = False
    for column, width in zip(word.columns, table._colWidths, strict=True):
        column.width = Pt(width)  # the table's grid, which LibreOffice lays out by
    for number, (values, row) in enumerate(zip(rows, word.rows, strict=True)):
        header = number < table.repeatRows
        if header:
            marker = OxmlElement("w:tblHeader")
            row._tr.get_or_add_trPr().append(marker)
        for column, (value, cell) in enumerate(zip(values, row.cells, strict=True)):
            cell.width = Pt(table._colWidths[column])
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            _cell(writer, cell, _cell_text(value), table, (number, column), header)
            last = number == len(rows) - 1
            if writer.keep and (not last or writer.keep_table_end):
                cell.paragraphs[0].paragraph_format.keep_with_next = True


def _cell(
    writer: _Writer, cell: Any, text: str, table: Table, at: tuple[int, int], header: bool
) -> None:
    row, column = at
    style = table._cellStyles[row][column]
    paragraph = cell.paragraphs[0]
    paragraph.style = writer.document.styles[ROLES["table_header" if header else "table"][0]]
    paragraph.alignment = _CELL_ALIGN.get(str(style.alignment).upper())
    # The PDF's cell: leading 1.3 times the size, 4 pt above and below the text.
    _spacing(paragraph, style.fontsize * 1.3, before=style.topPadding)
    paragraph.paragraph_format.space_after = Pt(style.bottomPadding)
    paragraph.add_run(text).font.size = Pt(style.fontsize)
    if header:
        _put(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill="E0E0E0")


_RENDERERS: dict[type, Callable[[_Writer, Any], None]] = {
    GridText: _grid_text,
    Title: _title,
    Imprint: _imprint,
    Blank: _blank,
    Spacer: _blank,
    RedHeader: _red_header,
    Signature: _signature,
    KeepTogether: _keep_together,
    PageBreak: _page_break,
    Table: _table,
}


def build_docx(
    story: list[Flowable], *, name: str, trace: Trace, author: str, rotated: bool = False
) -> bytes:
    """The story as an editable Word document on GB/T 9704 pages; `layout.build`'s
    counterpart, taking the same arguments, giving the same bytes for the same story."""
    if any(isinstance(flowable, Imprint) for flowable in story):
        # Lay the PDF out first: where it puts the imprint is where the copy puts it.
        layout.build(list(story), name=name, trace=trace, author=author, rotated=rotated)
    document = Document()
    _styles(document)
    _page(document, rotated)
    document.settings.odd_and_even_pages_header_footer = True
    _footers(document.sections[0], trace.text(name))
    body = document.element.body
    for empty in list(body.iterchildren(qn("w:p"))):  # the template's empty paragraph
        body.remove(empty)
    _Writer(document, trace.text(name)).write(story)
    properties = document.core_properties
    properties.title, properties.author, properties.subject = name, author, trace.campaign
    properties.last_modified_by, properties.comments = "Reviewer", ""
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return reproducible_xlsx(buffer.getvalue())


__all__ = ["ROLES", "build_docx"]
