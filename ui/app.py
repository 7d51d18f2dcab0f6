"""Starting the desktop app: Qt application, fonts, language, main window, campaign.

The window shows before the campaign (and the ORM, and the stages' screens) are loaded:
see ui/campaign_loading.py. Nothing heavy is imported here at the top for that reason.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from reviewer.resources import APP_ICON, UI_FONT, resource_path
from ui.campaign_loading import CampaignLoading, first_campaign
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings import Settings, demo_path
from ui.widgets.qt import QApplication, QFontDatabase, QIcon, QTimer
from ui.widgets.window_geometry import WindowGeometry, install_window_geometry


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
    one, else the demo; at once, on a window already built."""
    path = first_campaign(window.settings, campaign)
    if path is not None and window.open_path(path):
        return
    if campaign is None:
        window.campaign_actions.open_demo()


def start_loading(
    window: MainWindow, campaign: Path | str | None, geometry: WindowGeometry | None = None
) -> CampaignLoading:
    """Load what `open_initial_campaign` opens on a worker, into a window still loading;
    `geometry`'s filter is installed once the campaign shows: a Python filter on every
    event of the application slows the window's build by a tenth (bench/startup.py)."""
    path = first_campaign(window.settings, campaign)
    loading = CampaignLoading(
        window, path, None if campaign is not None else lambda: window.campaign_actions.open_demo()
    )
    window.loading = loading
    if geometry is not None:
        loading.finished.connect(geometry.install)
    loading.start()
    return loading


# What `--smoke` prints when the window shows and when the campaign fills it, each with
# the time (seconds since the epoch): bench/startup.py reads them.
SMOKE_MARK = "reviewer-smoke"


def smoke_mark(name: str) -> None:
    print(f"{SMOKE_MARK} {name} {time.time():.6f}", flush=True)


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="reviewer")
    # Read as a path or a database's URL once the window shows (that check needs the ORM).
    parser.add_argument("campaign", nargs="?")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the main window on the campaign (the demo by default), then exit 0; "
        f"prints '{SMOKE_MARK} shown TIME' and '{SMOKE_MARK} filled TIME'",
    )
    return parser.parse_known_args(list(argv))[0]


def _smoke(window: MainWindow, campaign: str | None, geometry: WindowGeometry) -> CampaignLoading:
    """Mark the window shown, then load the campaign (writing the demo if missing) and
    close the window once it is filled."""
    smoke_mark("shown")
    from reviewer.store.location import campaign_location

    path = campaign_location(campaign) if campaign else demo_path()
    if isinstance(path, Path) and not path.exists():
        from reviewer.demo.campaign import write_demo

        for _progress in write_demo(path):
            pass
    loading = start_loading(window, path)

    def filled() -> None:
        smoke_mark("filled")
        window.close()

    loading.finished.connect(filled)
    loading.finished.connect(geometry.install)  # as start_loading does, after the mark
    return loading


def run(argv: Sequence[str]) -> int:
    args = _parse(argv)
    app = create_application()
    settings = Settings()
    install_language(settings.language)
    window = MainWindow(settings, loading=True)
    geometry = install_window_geometry(app, settings, first=window)
    window.show()
    if args.smoke:
        loadings: list[CampaignLoading] = []
        QTimer.singleShot(0, lambda: loadings.append(_smoke(window, args.campaign, geometry)))
        app.exec()
        return 0 if loadings and loadings[0].ok else 1
    QTimer.singleShot(0, lambda: start_loading(window, args.campaign, geometry))  # once shown
    return app.exec()
