"""The QtPdf names the UI uses. Apart from `ui/widgets/qt.py` because QtPdf, from the add-ons, is
imported only when a plan is first shown, not at start-up."""

from PySide6.QtPdf import QPdfDocument, QPdfPageNavigator
from PySide6.QtPdfWidgets import QPdfView

__all__ = ["QPdfDocument", "QPdfPageNavigator", "QPdfView"]
