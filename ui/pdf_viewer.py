"""Reading an implementation plan inside Reviewer, beside the campaign."""

from __future__ import annotations

from pathlib import Path

from ui.qt import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QLabel,
    QMainWindow,
    QSpinBox,
    Qt,
    QToolBar,
    QUrl,
    QWidget,
)
from ui.qt_pdf import QPdfDocument, QPdfView


class PdfViewer(QMainWindow):
    """A window showing one PDF: pages scrolled continuously, zoom, go to page, and a
    way out to the system's viewer for printing or searching."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(title)
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setCentralWidget(self.view)

        toolbar = QToolBar(self.tr("Plan"))
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
        toolbar.addWidget(QLabel(self.tr("Page")))
        toolbar.addWidget(self.page)
        toolbar.addWidget(self.pages)
        toolbar.addSeparator()
        for act in (zoom_out, zoom_in, fit, external):
            toolbar.addAction(act)
        self.view.pageNavigator().currentPageChanged.connect(self.on_navigator_page_changed)
        self.document.load(str(path))
        count = self.document.pageCount()
        self.page.setMaximum(max(count, 1))
        self.pages.setText(self.tr(" of {count}").format(count=count))

    @property
    def loaded(self) -> bool:
        return self.document.status() == QPdfDocument.Status.Ready

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
