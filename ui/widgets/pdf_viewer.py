"""Reading a PDF inside Reviewer: an applicant's plan, or a document Reviewer wrote,
with print preview and printing."""

from __future__ import annotations

from pathlib import Path

from ui.widgets.pdf_printing import print_pdf
from ui.widgets.qt import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QLabel,
    QMainWindow,
    QPageSize,
    QSpinBox,
    Qt,
    QToolBar,
    QUrl,
    QWidget,
)
from ui.widgets.qt_pdf import QPdfDocument, QPdfView
from ui.widgets.qt_print import QPrintDialog, QPrinter, QPrintPreviewDialog


class PdfViewer(QMainWindow):
    """A window showing one PDF: pages scrolled continuously, zoom, go to page, print
    preview and printing, and a way out to the system's viewer for searching."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.resize(900, 680)  # fits a 1366×768 laptop; ui.widgets.window_geometry fits the rest
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setCentralWidget(self.view)

        toolbar = QToolBar(self.tr("PDF"))
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        self.page = QSpinBox()
        self.page.setMinimum(1)
        self.page.valueChanged.connect(self.on_page_value_changed)
        self.pages = QLabel()
        zoom_in = QAction(self.tr("Zoom In"), self)
        zoom_in.setShortcut(QKeySequence.StandardKey.ZoomIn)
        zoom_in.triggered.connect(lambda: self._zoom(1.25))
        zoom_out = QAction(self.tr("Zoom Out"), self)
        zoom_out.setShortcut(QKeySequence.StandardKey.ZoomOut)
        zoom_out.triggered.connect(lambda: self._zoom(0.8))
        fit = QAction(self.tr("Fit Width"), self)
        fit.triggered.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        external = QAction(self.tr("Open in System Viewer"), self)
        external.triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))
        )
        print_action = QAction(self.tr("Print…"), self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_document)
        preview = QAction(self.tr("Print Preview…"), self)
        preview.triggered.connect(self.preview_document)
        toolbar.addWidget(QLabel(self.tr("Page")))
        toolbar.addWidget(self.page)
        toolbar.addWidget(self.pages)
        toolbar.addSeparator()
        for act in (zoom_out, zoom_in, fit):
            toolbar.addAction(act)
        toolbar.addSeparator()
        for act in (preview, print_action, external):
            toolbar.addAction(act)
        self.view.pageNavigator().currentPageChanged.connect(self.on_navigator_page_changed)
        self.document.load(str(path))
        count = self.document.pageCount()
        self.page.setMaximum(max(count, 1))
        self.pages.setText(self.tr(" of {count}").format(count=count))

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

    def printer(self) -> QPrinter:
        """A full-page printer on the document's paper (A4 for Reviewer's documents)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        if self.document.pageCount():
            paper = self.document.pagePointSize(0).toSize()
            printer.setPageSize(QPageSize(paper, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, max(self.document.pageCount(), 1))
        return printer

    def print_document(self) -> None:
        printer = self.printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.document.pageCount(), 1))
        if dialog.exec():
            print_pdf(self.document, printer)

    def preview_document(self) -> None:
        dialog = QPrintPreviewDialog(self.printer(), self)
        dialog.paintRequested.connect(lambda printer: print_pdf(self.document, printer))
        dialog.exec()
        dialog.deleteLater()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(self.view.zoomFactor() * factor, 0.25), 5.0))

    def on_page_value_changed(self, page: int) -> None:
        navigator = self.view.pageNavigator()
        if navigator.currentPage() != page - 1:
            navigator.jump(page - 1, navigator.currentLocation(), navigator.currentZoom())

    def on_navigator_page_changed(self, page: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(page + 1)
        self.page.blockSignals(False)
