"""Starting the desktop app: Qt application, fonts, language, main window, campaign."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from reviewer.cli.arguments import campaign_location
from reviewer.resources import APP_ICON, UI_FONT, resource_path
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings, demo_path
from ui.widgets.qt import QApplication, QFontDatabase, QIcon, QTimer
from ui.widgets.window_geometry import install_window_geometry


def register_fonts(app: QApplication) -> None:
    """Make the shipped CJK font the fallback of the UI font, so Chinese renders on
    machines without a Chinese font (a bare Linux box, an offscreen test run)."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(UI_FONT)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        font = app.font()
        font.setFamilies([font.family(), *families])
        app.setFont(font)


def create_application(argv: Sequence[str] = ()) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("Reviewer")
    app.setOrganizationName("Reviewer")
    app.setWindowIcon(QIcon(str(resource_path(APP_ICON))))
    register_fonts(app)
    return app


def open_initial_campaign(window: MainWindow, campaign: Path | str | None) -> None:
    """The campaign named on the command line (a file or a database's URL), else the last
    one, else the demo."""
    if campaign is not None:
        window.open_path(campaign)
        return
    recent = window.settings.recent_files
    if recent and recent[0].exists() and window.open_path(recent[0]):
        return
    window.campaign_actions.open_demo()


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reviewer")
    parser.add_argument("campaign", nargs="?", type=campaign_location)
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window on the campaign (the demo by default), then exit 0",
    )
    return parser.parse_known_args(list(argv))[0]


def run(argv: Sequence[str]) -> int:
    args = _parse(argv)
    app = create_application()
    settings = Settings()
    install_window_geometry(app, settings)
    install_language(settings.language)
    window = MainWindow(settings)
    window.show()
    if args.smoke:
        path = args.campaign or demo_path()
        if isinstance(path, Path) and not path.exists():
            from reviewer.demo.campaign import write_demo

            for _progress in write_demo(path):
                pass
        ok = window.open_path(path)
        QTimer.singleShot(0, window.close)
        app.exec()
        return 0 if ok else 1
    open_initial_campaign(window, args.campaign)
    return app.exec()
