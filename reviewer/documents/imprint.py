"""版记: the imprint at the foot of a document's last page (GB/T 9704-2012 7.4, 7.5).

What the standard fixes: 抄送机关 when there are any, then 印发机关 and 印发日期, in 4号
仿宋, between rules as wide as the text block, the first and last thick (0.35 mm), the
one between thin (0.25 mm), the last rule on the bottom edge of the text block of the
last page (7.4.1). The imprint goes on the back of the last leaf (封四), an even page: when
the text ends on an odd page, or the even page has no room left, the imprint goes to the
foot of the next even page, after a blank page if need be; a blank page and a page holding
the imprint alone carry no page number (7.5).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from reviewer.documents.fonts import BODY
from reviewer.documents.layout import (
    BLOCK_HEIGHT,
    BODY_SIZE,
    CHAR_PITCH,
    PITCH,
    GridText,
    Style,
    draw_line,
    fonts,
    line_width,
    unnumbered,
)
from reviewer.documents.official import chinese_date

IMPRINT_SIZE = 14.0  # 4号
THICK, THIN = 0.35 * mm, 0.25 * mm  # 7.4.1: 推荐高度
# One character of 4号 on the grid's pitch: the 左右各空一字 of 7.4.2 and 7.4.3.
_ONE = CHAR_PITCH * IMPRINT_SIZE / BODY_SIZE


class _RestOfPage(Flowable):
    """The rest of a page left empty, so that the imprint goes to the next page."""

    def __init__(self, height: float) -> None:
        super().__init__()
        self.height = height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return avail_width, min(self.height, avail_height)

    def draw(self) -> None:
        if self.height >= BLOCK_HEIGHT - 1:  # a page left blank (7.5)
            unnumbered(self.canv)


@dataclass
class Placement:
    """Where the layout put an imprint: the page the text before it ended on and the page
    it went to. The Word copy follows it (`docx_copy`), as Word cannot tell an even page."""

    text_ends: int | None = None
    page: int | None = None

    @property
    def pages_after_text(self) -> int | None:
        """0: on the text's last page; 1 or 2: on the next even page, alone."""
        if self.text_ends is None or self.page is None:
            return None
        return self.page - self.text_ends


class Imprint(Flowable):
    """版记: 抄送 (when given), 印发机关 and 印发日期 between their rules, at the foot of the
    last even page."""

    def __init__(
        self, printer: str, day: date, copy_to: str | None = None, placed: Placement | None = None
    ) -> None:
        super().__init__()
        self.printer, self.day = printer, day
        self.copy_to = copy_to.strip().rstrip("。，,.") if copy_to else ""
        self.height = 0.0
        self.placed = placed or Placement()

    @property
    def copy_line(self) -> str:
        """抄送：A，B。 as the PDF and the Word copy both print it; empty without copies."""
        return f"抄送：{self.copy_to}。" if self.copy_to else ""

    def _copy_lines(self, width: float) -> GridText | None:
        """抄送：A，B。 one character in on both sides, a second line under the first
        name after the colon (7.4.2)."""
        if not self.copy_to:
            return None
        style = Style(size=IMPRINT_SIZE, first_indent=1, indent=4, right_indent=1)
        text = GridText([(self.copy_line, BODY)], style)
        text.wrap(width, BLOCK_HEIGHT)
        return text

    def copy_height(self, width: float) -> float:
        """How tall the 抄送 lines are in `width`: 0 without copies."""
        copy = self._copy_lines(width)
        return copy.height if copy else 0.0

    def _needed(self, width: float) -> float:
        return PITCH + self.copy_height(width) + THICK

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        canvas = getattr(self, "canv", None)
        if canvas is not None and self.placed.text_ends is None:
            # At the top of a fresh page, the text filled the page before.
            fresh = avail_height >= BLOCK_HEIGHT - 0.01
            self.placed.text_ends = canvas.getPageNumber() - fresh
        even = canvas is not None and canvas.getPageNumber() % 2 == 0
        fits = even and avail_height + 0.01 >= self._needed(avail_width)
        # Fill the rest of the page, so the last rule is on the block's bottom edge; a
        # height over what is available makes the layout call `split`.
        self.height = avail_height if fits else avail_height + 1
        return avail_width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_height < 1:  # nothing left of this page: go on to the next
            return []
        # A fresh imprint: reportlab refuses a flowable it has postponed twice.
        again = Imprint(self.printer, self.day, self.copy_to, self.placed)
        return [_RestOfPage(avail_height), again]

    def draw(self) -> None:
        canvas = self.canv
        self.placed.page = canvas.getPageNumber()
        if self.height >= BLOCK_HEIGHT - 1:  # the imprint alone on its page (7.5)
            unnumbered(canvas)
        song, _hei = fonts()
        style = Style(size=IMPRINT_SIZE, first_indent=0)
        drop = (PITCH - IMPRINT_SIZE) / 2 + IMPRINT_SIZE * 0.88
        # 7.4.3: 印发机关 one character in from the left, the date one from the right.
        draw_line(canvas, [(c, song) for c in self.printer], _ONE, PITCH - drop, style)
        issued = [(c, song) for c in f"{chinese_date(self.day)}印发"]
        date_x = self.width - _ONE - (line_width(issued, style) - style.char_space)
        draw_line(canvas, issued, date_x, PITCH - drop, style)
        rules = [(THICK / 2, THICK)]  # the last rule on the block's bottom edge
        top = PITCH
        copy = self._copy_lines(self.width)
        if copy is not None:
            rules.append((top, THIN))
            copy.drawOn(canvas, 0, top)
            top += copy.height
        rules.append((top, THICK))
        canvas.saveState()
        for y, weight in rules:
            canvas.setLineWidth(weight)
            canvas.line(0, y, self.width, y)
        canvas.restoreState()
