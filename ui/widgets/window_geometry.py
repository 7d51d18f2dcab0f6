"""Every window and dialog fits the screen it opens on, at the size the user last gave it.

One application-wide event filter rather than code in each dialog: a dialog written
tomorrow fits a 1366×768 laptop (the most common office screen) without knowing it. On
a window's first show it takes the size remembered for its kind, then is kept inside
the screen's available geometry, the part the taskbar leaves free, title bar included;
when it is hidden its size is remembered for the next time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from ui.widgets import qt
from ui.widgets.qt import (
    QApplication,
    QDialog,
    QEvent,
    QGuiApplication,
    QMainWindow,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSize,
    QWidget,
)

# A window's frame before the window manager has drawn it (Windows 10/11 at 100 %:
# a 31 px title bar, 8 px borders); once drawn, the real frame is used.
FRAME_GUESS = QMargins(8, 31, 8, 8)
_FITTED = "reviewerWindowFitted"
# Set (True or False) by a window that says itself whether it was placed before its first
# show, as the main window does: Qt's own attribute takes the first look-up of Qt's
# namespace, which makes its hundred enums (40 ms, a sixth of a bare window's start).
PLACED = "reviewerWindowPlaced"


class SizeMemory(Protocol):
    """Where sizes are kept between runs (ui.settings.Settings)."""

    def window_size(self, kind: str) -> QSize | None: ...

    def set_window_size(self, kind: str, size: QSize) -> None: ...


def fit_to_screen(
    wanted: QRect, available: QRect, frame: QMargins = FRAME_GUESS, minimum: QSize | None = None
) -> QRect:
    """The window's geometry (its inside, without the frame) nearest `wanted` whose frame
    lies inside `available`: smaller if need be (never below `minimum`), then moved in."""
    room = QSize(
        available.width() - frame.left() - frame.right(),
        available.height() - frame.top() - frame.bottom(),
    )
    size = wanted.size().boundedTo(room)
    if minimum is not None:
        size = size.expandedTo(minimum)
    left_most = available.left() + frame.left()
    top_most = available.top() + frame.top()
    right_most = available.right() + 1 - frame.right() - size.width()
    bottom_most = available.bottom() + 1 - frame.bottom() - size.height()
    x = max(left_most, min(wanted.x(), right_most))
    y = max(top_most, min(wanted.y(), bottom_most))
    return QRect(QPoint(x, y), size)


def window_kind(window: QWidget) -> str:
    """The key a window's size is remembered under: one size per kind of window."""
    return type(window).__name__


def _remembers(window: QWidget) -> bool:
    """Reviewer's own windows and dialogs; not message boxes, file or progress dialogs,
    which size themselves, nor the main window, which keeps its whole geometry itself."""
    return type(window).__module__.startswith("ui.") and window.objectName() != "mainWindow"


def screen_room(window: QWidget) -> QRect:
    """The available geometry of the screen the window opens on (its parent's, else the
    primary one)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


class WindowGeometry(QObject):
    """The event filter: fits each top-level dialog and main window on its first show and
    remembers its size when it hides. `available` says where a window may lie (tests give
    a 1366×768 laptop's)."""

    def __init__(
        self,
        memory: SizeMemory,
        available: Callable[[QWidget], QRect] = screen_room,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.memory = memory
        self.available = available

    def install(self) -> None:
        """Watch every window of the application (its parent)."""
        app = self.parent()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide):
            return False
        if not isinstance(watched, (QDialog, QMainWindow)) or not watched.isWindow():
            return False
        if kind == QEvent.Type.Show and not watched.property(_FITTED):
            watched.setProperty(_FITTED, True)
            self.fit(watched)
        elif kind == QEvent.Type.Hide and watched.property(_FITTED) and _remembers(watched):
            maximized = watched.windowState() & qt.Qt.WindowState.WindowMaximized
            size = watched.normalGeometry().size() if maximized else watched.size()
            if size.isValid():
                self.memory.set_window_size(window_kind(watched), size)
        return False

    def fit(self, window: QWidget) -> None:
        """The remembered size, then inside the screen; a window nobody placed yet is
        centred on its parent (else the screen), as a dialog is."""
        room = self.available(window)
        size = self.memory.window_size(window_kind(window)) if _remembers(window) else None
        size = (size or window.size()).expandedTo(window.minimumSize())
        placed = isinstance(window, QDialog) or _placed(window)
        parent = window.parentWidget()
        if placed:
            centre = window.geometry().center()
        elif parent is not None:
            centre = parent.window().geometry().center()
        else:
            centre = room.center()
        wanted = QRect(QPoint(0, 0), size)
        wanted.moveCenter(centre)
        frame = _frame(window)
        fitted = fit_to_screen(wanted, room, frame, window.minimumSize())
        window.setGeometry(fitted)


def _frame(window: QWidget) -> QMargins:
    """The window's frame as drawn, or the usual one before it is."""
    outer, inner = window.frameGeometry(), window.geometry()
    margins = QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
    return margins if margins.top() > 0 else FRAME_GUESS


def install_window_geometry(
    app: QApplication, memory: SizeMemory, first: QWidget | None = None
) -> WindowGeometry:
    """Fit every window the application opens from now on (ui.app calls this once).

    `first`, the window about to show at start, is fitted at once, and the filter is
    installed by the caller (`WindowGeometry.install`) once that window shows: a Python
    filter on the whole application makes PySide look up the class of every object Qt
    sends an event to, and for Qt's private objects (its layouts' animator) that makes
    every class of Qt with its enums, 50 ms before a window could show
    (bench/startup.py)."""
    keeper = WindowGeometry(memory, parent=app)
    if first is None:
        keeper.install()
    else:
        first.setProperty(_FITTED, True)
        keeper.fit(first)
    return keeper


def _placed(window: QWidget) -> bool:
    """Whether the window was moved (or its geometry restored) before its first show."""
    said = window.property(PLACED)
    if said is not None:
        return bool(said)
    return window.testAttribute(qt.Qt.WidgetAttribute.WA_Moved)
