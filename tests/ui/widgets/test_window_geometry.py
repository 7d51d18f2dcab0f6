"""Windows and dialogs fit the screen they open on (a 1366×768 laptop with its taskbar)
and reopen at the size the user gave them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen.canvas import Canvas

from reviewer.rubrics.catalog import default_definition
from reviewer.vocabulary import TrackKind
from ui.app import create_application
from ui.i18n import install_language
from ui.rubrics.editor import RubricEditor
from ui.settings import Settings
from ui.widgets.pdf_viewer import PdfViewer
from ui.widgets.qt import QMargins, QPoint, QRect, QSize, QWidget
from ui.widgets.window_geometry import FRAME_GUESS, WindowGeometry, fit_to_screen

# A 1366×768 laptop less a 40 px taskbar at the bottom.
LAPTOP = QRect(0, 0, 1366, 728)


def test_a_tall_window_is_shortened_and_moved_above_the_taskbar() -> None:
    fitted = fit_to_screen(QRect(200, 100, 900, 1000), LAPTOP)
    assert fitted.height() == 728 - FRAME_GUESS.top() - FRAME_GUESS.bottom()
    assert fitted.top() - FRAME_GUESS.top() >= 0
    assert fitted.bottom() + FRAME_GUESS.bottom() < LAPTOP.bottom() + 1
    assert fitted.width() == 900 and fitted.left() == 200  # what fits stays as it was


def test_a_window_off_the_right_edge_comes_back_and_keeps_its_minimum() -> None:
    fitted = fit_to_screen(QRect(1200, 0, 600, 400), LAPTOP, QMargins(0, 0, 0, 0))
    assert fitted == QRect(1366 - 600, 0, 600, 400)
    assert fit_to_screen(QRect(0, 0, 2000, 900), LAPTOP, minimum=QSize(1500, 100)).width() == 1500


@pytest.fixture
def keeper(qtbot: Any) -> Iterator[WindowGeometry]:
    app = create_application()
    install_language("en")
    keeper = WindowGeometry(Settings(), available=lambda _window: LAPTOP)
    app.installEventFilter(keeper)
    yield keeper
    app.removeEventFilter(keeper)


def _inside_laptop(window: QWidget, part: QWidget | None = None) -> None:
    outer = window.frameGeometry()  # the offscreen platform draws a 2 px frame
    assert LAPTOP.contains(outer), (outer, LAPTOP)
    if part is not None:
        where = QRect(part.mapToGlobal(QPoint(0, 0)), part.size())
        assert window.geometry().contains(where), (where, window.geometry())


def _editor() -> RubricEditor:
    return RubricEditor(default_definition(TrackKind.CITY), "市级", lambda _definition: True)


def test_the_viewer_and_the_rubric_editor_fit_a_laptop_with_their_buttons(
    qtbot: Any, keeper: WindowGeometry, tmp_path: Path
) -> None:
    canvas = Canvas(str(tmp_path / "plan.pdf"))
    canvas.drawString(100, 700, "plan")
    canvas.save()
    viewer = PdfViewer(tmp_path / "plan.pdf", "plan")
    qtbot.addWidget(viewer)
    viewer.resize(900, 1000)  # as it opened before
    viewer.show()
    _inside_laptop(viewer, viewer.view)
    editor = _editor()
    qtbot.addWidget(editor)
    editor.resize(1100, 900)
    editor.show()
    _inside_laptop(editor, editor.buttons)
    editor.close()


def test_a_resized_dialog_reopens_at_its_size(qtbot: Any, keeper: WindowGeometry) -> None:
    first = _editor()
    qtbot.addWidget(first)
    first.show()
    first.resize(1200, 680)
    first.close()
    assert Settings().window_size("RubricEditor") == QSize(1200, 680)
    second = _editor()
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(1200, 680)
    _inside_laptop(second, second.buttons)
    second.close()


def test_the_first_window_is_fitted_before_it_shows_and_the_filter_installed_later(
    qtbot: Any,
) -> None:
    """At start the main window is fitted at once and the filter waits for it to show
    (ui.app): a Python filter on the application slows the first show by 50 ms."""
    from ui.main_window import MainWindow
    from ui.widgets.window_geometry import install_window_geometry, screen_room

    app = create_application()
    install_language("en")
    window = MainWindow(Settings(), loading=True)
    qtbot.addWidget(window)
    window.resize(3000, 2000)  # larger than any screen
    keeper = install_window_geometry(app, Settings(), first=window)
    room = screen_room(window)
    assert window.width() <= room.width() and window.height() <= room.height()
    window.show()
    assert window.width() <= room.width()  # kept as fitted: not fitted again
    keeper.install()
    app.removeEventFilter(keeper)
