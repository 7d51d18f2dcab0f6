"""Showing a file to be read: a PDF in Reviewer's own viewer, anything else in the
system's (Word documents, spreadsheets).

The viewer (and QtPdf with it) is imported only when a PDF is first shown.
"""

from __future__ import annotations

from pathlib import Path

from ui.widgets.qt import QDesktopServices, QMainWindow, QUrl, QWidget


def show_file(path: Path, parent: QWidget, viewers: list[QMainWindow]) -> None:
    """A PDF in Reviewer's viewer (preview, print), anything else in the system's; each
    viewer is in `viewers` while it is open."""
    with path.open("rb") as head:
        is_pdf = b"%PDF-" in head.read(1024)
    if is_pdf:
        from ui.widgets.pdf_viewer import PdfViewer

        viewer = PdfViewer(path, path.name, parent)
        if viewer.loaded:
            viewers.append(viewer)
            viewer.destroyed.connect(lambda: viewers.remove(viewer))
            viewer.show()
            return
        viewer.deleteLater()
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
