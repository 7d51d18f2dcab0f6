"""The Qt names the UI uses, from one place.

Every module in `ui/` imports Qt from here, so a change of binding detail (an enum
moved, a module split into an add-on) is made once.

Each name is looked up in its PySide6 module on first use (the module's `__getattr__`),
not all at import: making a hundred of PySide6's classes at once costs about a third of
what a bare window takes to show, and the window shows before most are needed
(bench/startup.py). For type checkers the names are imported as usual.
"""

from __future__ import annotations

import builtins
import contextlib
import importlib
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

# Python's own import statement, as it is before PySide is imported (this module imports
# PySide on first use of a name): PySide then puts a hook of its own in its place, for
# `from __feature__ import snake_case` and the like, which Reviewer does not use.
_PYTHON_IMPORT = builtins.__import__

if TYPE_CHECKING:
    from PySide6.QtCore import (
        QAbstractItemModel,
        QAbstractTableModel,
        QByteArray,
        QCollator,
        QCoreApplication,
        QDate,
        QEvent,
        QItemSelection,
        QItemSelectionModel,
        QLibraryInfo,
        QLocale,
        QMargins,
        QMimeData,
        QModelIndex,
        QObject,
        QPersistentModelIndex,
        QPoint,
        QRect,
        QRectF,
        QRunnable,
        QSettings,
        QSize,
        QSortFilterProxyModel,
        QStandardPaths,
        Qt,
        QThreadPool,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
        SignalInstance,
        Slot,
        qVersion,
    )
    from PySide6.QtGui import (
        QAction,
        QActionGroup,
        QBrush,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QDragEnterEvent,
        QDropEvent,
        QFont,
        QFontDatabase,
        QGuiApplication,
        QIcon,
        QKeyEvent,
        QKeySequence,
        QPageSize,
        QPainter,
        QPalette,
        QPixmap,
        QResizeEvent,
        QShortcut,
        QStandardItem,
        QStandardItemModel,
        QUndoCommand,
        QUndoStack,
    )
    from PySide6.QtWidgets import (
        QAbstractItemDelegate,
        QAbstractItemView,
        QApplication,
        QButtonGroup,
        QCheckBox,
        QComboBox,
        QDateEdit,
        QDialog,
        QDialogButtonBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QInputDialog,
        QLabel,
        QLineEdit,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMenu,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QProgressDialog,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QSizePolicy,
        QSpinBox,
        QSplitter,
        QStackedWidget,
        QStyle,
        QStyledItemDelegate,
        QTableView,
        QTabWidget,
        QTextBrowser,
        QToolBar,
        QTreeView,
        QVBoxLayout,
        QWidget,
    )

# Which of PySide6's modules each name comes from.
_MODULES = {
    **dict.fromkeys(
        (
            "QAbstractItemModel",
            "QAbstractTableModel",
            "QByteArray",
            "QCollator",
            "QCoreApplication",
            "QDate",
            "QEvent",
            "QItemSelection",
            "QItemSelectionModel",
            "QLibraryInfo",
            "QLocale",
            "QMargins",
            "QMimeData",
            "QModelIndex",
            "QObject",
            "QPersistentModelIndex",
            "QPoint",
            "QRect",
            "QRectF",
            "QRunnable",
            "QSettings",
            "QSize",
            "QSortFilterProxyModel",
            "QStandardPaths",
            "Qt",
            "QThreadPool",
            "QTimer",
            "QTranslator",
            "QUrl",
            "Signal",
            "SignalInstance",
            "Slot",
            "qVersion",
        ),
        "PySide6.QtCore",
    ),
    **dict.fromkeys(
        (
            "QAction",
            "QActionGroup",
            "QBrush",
            "QCloseEvent",
            "QColor",
            "QDesktopServices",
            "QDragEnterEvent",
            "QDropEvent",
            "QFont",
            "QFontDatabase",
            "QGuiApplication",
            "QIcon",
            "QKeyEvent",
            "QKeySequence",
            "QPageSize",
            "QPainter",
            "QPalette",
            "QPixmap",
            "QResizeEvent",
            "QShortcut",
            "QStandardItem",
            "QStandardItemModel",
            "QUndoCommand",
            "QUndoStack",
        ),
        "PySide6.QtGui",
    ),
    **dict.fromkeys(
        (
            "QAbstractItemDelegate",
            "QAbstractItemView",
            "QApplication",
            "QButtonGroup",
            "QCheckBox",
            "QComboBox",
            "QDateEdit",
            "QDialog",
            "QDialogButtonBox",
            "QFileDialog",
            "QFormLayout",
            "QFrame",
            "QGridLayout",
            "QGroupBox",
            "QHBoxLayout",
            "QHeaderView",
            "QInputDialog",
            "QLabel",
            "QLineEdit",
            "QListWidget",
            "QListWidgetItem",
            "QMainWindow",
            "QMenu",
            "QMessageBox",
            "QPlainTextEdit",
            "QProgressBar",
            "QProgressDialog",
            "QPushButton",
            "QRadioButton",
            "QScrollArea",
            "QSizePolicy",
            "QSpinBox",
            "QSplitter",
            "QStackedWidget",
            "QStyle",
            "QStyledItemDelegate",
            "QStyleOptionViewItem",
            "QStyleOptionViewItem",
            "QTableView",
            "QTabWidget",
            "QTextBrowser",
            "QToolBar",
            "QTreeView",
            "QVBoxLayout",
            "QWidget",
        ),
        "PySide6.QtWidgets",
    ),
}


@contextlib.contextmanager
def python_import() -> Iterator[None]:
    """Import statements by Python's own machinery for the block, not through PySide's
    hook: through it, importing SQLAlchemy, the models and the stages takes a third
    longer (100 ms of a start, bench/startup.py). For code that never asks for PySide's
    `__feature__`s, as none of Reviewer's does.

    The hook is the whole process's: blocks on two threads at once (the loading's worker
    and the window's build) share one swap, undone when the last of them ends."""
    global _python_imports, _hooked
    with _swap_lock:
        if _python_imports == 0:
            _hooked = builtins.__import__
            builtins.__import__ = _PYTHON_IMPORT
        _python_imports += 1
    try:
        yield
    finally:
        with _swap_lock:
            _python_imports -= 1
            if _python_imports == 0:
                builtins.__import__ = _hooked


_swap_lock = threading.Lock()
_python_imports = 0  # blocks in python_import() now
_hooked = builtins.__import__  # the hook to put back when the last block ends


def __getattr__(name: str) -> Any:
    """`name` from its PySide6 module, kept here for the next look-up."""
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "QAbstractItemDelegate",
    "QAbstractItemModel",
    "QAbstractItemView",
    "QAbstractTableModel",
    "QAction",
    "QActionGroup",
    "QApplication",
    "QBrush",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QCloseEvent",
    "QCollator",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QDragEnterEvent",
    "QDropEvent",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFontDatabase",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIcon",
    "QInputDialog",
    "QItemSelection",
    "QItemSelectionModel",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLibraryInfo",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMargins",
    "QMenu",
    "QMessageBox",
    "QMimeData",
    "QModelIndex",
    "QObject",
    "QPageSize",
    "QPainter",
    "QPalette",
    "QPersistentModelIndex",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QProgressBar",
    "QProgressDialog",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QRectF",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QSettings",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSortFilterProxyModel",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStandardItem",
    "QStandardItemModel",
    "QStandardPaths",
    "QStyle",
    "QStyledItemDelegate",
    "QTabWidget",
    "QTableView",
    "QTextBrowser",
    "QThreadPool",
    "QTimer",
    "QToolBar",
    "QTranslator",
    "QTreeView",
    "QUndoCommand",
    "QUndoStack",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "SignalInstance",
    "Slot",
    "qVersion",
]
