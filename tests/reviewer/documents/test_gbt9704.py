"""GB/T 9704-2012 rules held on real PDFs: the document number in black 3号, the 版记 with
its rules at the foot of the last even page, and the pages left without a number (7.5).
Each test is named in docs/gbt9704.md beside its rule."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from reviewer.documents.imprint import THICK, THIN, Imprint
from reviewer.documents.layout import (
    BLOCK_HEIGHT,
    BLOCK_WIDTH,
    PITCH,
    TOP,
    RedHeader,
    Trace,
    body,
    build,
)

TRACE = Trace("测试评审", "算术平均", "000000000000")


def _text(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return out.split("\f")[:-1]


def _numbered(page: str) -> bool:
    return re.search(r"—\s*\d+\s*—", page) is not None


def _document(tmp_path: Path, lines: int, copy_to: str | None = None) -> list[str]:
    """`lines` grid lines of body text, then the 版记."""
    story: list[Any] = [body("一" * 26) for _ in range(lines)]
    story.append(Imprint("陕西省工业和信息化厅办公室", date(2014, 7, 1), copy_to))
    pdf = tmp_path / "imprint.pdf"
    pdf.write_bytes(build(story, name="测试", trace=TRACE, author="测试"))
    return _text(pdf)


def test_the_imprint_goes_to_the_foot_of_the_even_page_after_an_odd_last_page(
    tmp_path: Path,
) -> None:
    pages = _document(tmp_path, 3, copy_to="各设区市人民政府，省级有关部门")
    assert len(pages) == 2
    assert _numbered(pages[0]) and not _numbered(pages[1])  # the imprint alone: no number
    flat = re.sub(r"\s+", "", pages[1])
    assert "抄送：各设区市人民政府，省级有关部门。" in flat
    assert "陕西省工业和信息化厅办公室2014年7月1日印发" in flat


def test_an_even_last_page_with_room_takes_the_imprint_and_keeps_its_number(
    tmp_path: Path,
) -> None:
    pages = _document(tmp_path, 22 + 10)
    assert len(pages) == 2 and _numbered(pages[1])
    assert "印发" in pages[1] and "抄送" not in pages[1]


def test_a_full_even_page_sends_the_imprint_on_after_a_blank_page(tmp_path: Path) -> None:
    pages = _document(tmp_path, 44)
    assert len(pages) == 4
    assert "印发" not in pages[1] and "印发" in pages[3]
    assert re.sub(r"\s+", "", pages[2]).startswith("测试测试评审")  # blank but the trace
    assert [_numbered(p) for p in pages] == [True, True, False, False]


class _Rules(Canvas):
    """A canvas that keeps the rules drawn: (y, weight, length)."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.rules: list[tuple[float, float, float]] = []

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.rules.append((y1, self._lineWidth, x2 - x1))
        super().line(x1, y1, x2, y2)


@pytest.mark.parametrize("copy_to", [None, "省发展改革委"])
def test_the_imprint_rules_are_thick_outside_thin_between_and_as_wide_as_the_block(
    tmp_path: Path, copy_to: str | None
) -> None:
    canvas = _Rules(str(tmp_path / "rules.pdf"))
    imprint = Imprint("陕西省工业和信息化厅办公室", date(2014, 7, 1), copy_to)
    imprint.canv = canvas
    imprint.wrap(BLOCK_WIDTH, BLOCK_HEIGHT)
    imprint.drawOn(canvas, 0, 0)
    weights = [weight for _y, weight, _length in sorted(canvas.rules)]
    assert weights == ([THICK, THIN, THICK] if copy_to else [THICK, THICK])
    assert all(length == pytest.approx(BLOCK_WIDTH) for _y, _w, length in canvas.rules)
    lowest = min(y for y, _w, _l in canvas.rules)
    assert lowest == pytest.approx(THICK / 2)  # on the text block's bottom edge
    # one grid line for 印发, one for each line of 抄送
    assert max(y for y, _w, _l in canvas.rules) == pytest.approx(PITCH * (2 if copy_to else 1))


def _pixels(pdf: Path, tmp_path: Path) -> tuple[int, int, bytes]:
    """Page 1 at 72 dpi as RGB bytes: one pixel a point."""
    prefix = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "72", "-f", "1", "-l", "1", str(pdf), str(prefix)], check=True
    )
    data = next(tmp_path.glob("page*.ppm")).read_bytes()
    match = re.match(rb"P6\s+(\d+)\s+(\d+)\s+255\s", data)
    assert match
    return int(match[1]), int(match[2]), data[match.end() :]


def test_the_document_number_is_black_and_regular_centred_two_lines_under_the_mark(
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "header.pdf"
    story: list[Any] = [RedHeader("陕西省工业和信息化厅文件", "陕工信发〔2014〕123号")]
    pdf.write_bytes(build(story, name="测试", trace=TRACE, author="测试"))
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    boxes = {
        word: tuple(map(float, box))
        for *box, word in re.findall(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', html
        )
    }
    x0, y0, x1, y1 = boxes["陕工信发〔2014〕123号"]
    assert (x0 + x1) / 2 == pytest.approx(TOP * 28 / 37 + BLOCK_WIDTH / 2, abs=1.5)  # centred
    assert y1 - y0 == pytest.approx(16, abs=2.5)  # 3号
    mark = boxes["陕西省工业和信息化厅文件"]
    # 空二行: two grid lines between the mark's foot and the number's line
    assert y0 - mark[3] == pytest.approx(2 * PITCH + (PITCH - 16) / 2, abs=4)
    width, _height, rgb = _pixels(pdf, tmp_path)
    inked = [
        rgb[3 * (y * width + x) : 3 * (y * width + x) + 3]
        for y in range(int(y0), int(y1) + 1)
        for x in range(int(x0), int(x1) + 1)
        if sum(rgb[3 * (y * width + x) : 3 * (y * width + x) + 3]) < 300
    ]
    assert inked
    assert all(abs(r - g) < 40 and abs(r - b) < 40 for r, g, b in inked)  # black, not red
