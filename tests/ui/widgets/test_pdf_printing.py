"""Printing a PDF from the viewer: every page (or the range chosen) on its own paper size."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ui.widgets.pdf_printing import print_pdf
from ui.widgets.pdf_viewer import PdfViewer
from ui.widgets.qt_print import QPrinter


def _a4_pages(path: Path, pages: int) -> Path:
    canvas = Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        canvas.drawString(100, 700, f"page {number}")
        canvas.showPage()
    canvas.save()
    return path


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


@pytest.mark.parametrize(("chosen", "printed"), [(None, 3), ((2, 3), 2)])
def test_the_viewer_prints_every_page_on_a4(
    qtbot: Any, tmp_path: Path, chosen: tuple[int, int] | None, printed: int
) -> None:
    viewer = PdfViewer(_a4_pages(tmp_path / "doc.pdf", 3), "doc")
    qtbot.addWidget(viewer)
    assert viewer.loaded
    printer = viewer.printer()
    out = tmp_path / "printed.pdf"
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    if chosen is not None:
        printer.setFromTo(*chosen)
    assert print_pdf(viewer.document, printer) == printed
    info = _info(out)
    assert int(info["Pages"]) == printed
    assert "A4" in info["Page size"] or "595" in info["Page size"]
