"""The QtPrintSupport names the UI uses, imported only when something is first printed."""

from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

__all__ = ["QPrintDialog", "QPrintPreviewDialog", "QPrinter"]
