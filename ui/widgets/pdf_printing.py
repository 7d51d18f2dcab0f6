"""Printing a PDF Reviewer wrote (or an applicant sent) on the user's printer.

Each page is rendered by QtPdf at the printer's resolution and drawn onto its page,
scaled to fit and centred. The printer is set to full-page mode, so an A4 official
document prints at its own size on A4 and the standard's margins do not move.
"""

from __future__ import annotations

from ui.widgets.qt import QPainter, QRectF, QSize
from ui.widgets.qt_pdf import QPdfDocument
from ui.widgets.qt_print import QPrinter

RENDER_DPI = 300


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages (those the print dialog chose) onto `printer`; returns
    how many pages were printed."""
    count = document.pageCount()
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, last) if first and last else range(count)
    pages = range(max(pages.start, 0), min(pages.stop, count))
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        target = QRectF(0, 0, area.width(), area.height())
        for number, page in enumerate(pages):
            if number:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(target.width() / points.width(), target.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            # Rendered at no more than 300 dpi: sharp on paper, and an A4 page at a
            # printer's 1200 dpi would otherwise be a 550 MB image.
            sharp = min(scale, RENDER_DPI / 72)
            image = document.render(
                page, QSize(round(points.width() * sharp), round(points.height() * sharp))
            )
            left, top = (target.width() - width) / 2, (target.height() - height) / 2
            painter.drawImage(QRectF(left, top, width, height), image)
    finally:
        painter.end()
    return len(pages)
