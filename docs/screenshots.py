"""The README's screenshots, taken anew from today's window on the demo campaign.

Run `python3 dev.py screenshots` (offscreen, no display needed). The window is 1366×768,
the most common office laptop screen, in Chinese as the panel sees it; each picture is
the main window's own grab, so what it shows is what a user gets at that size.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DOCS = Path(__file__).resolve().parent
SIZE = (1366, 768)


def _settle(app: object, until: Callable[[], bool] = lambda: False, seconds: float = 30) -> None:
    """Let the event loop run (workers finish, views fill) until `until` or the time runs out."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if until():
            break
        time.sleep(0.02)
    for _ in range(20):
        app.processEvents()  # type: ignore[attr-defined]


def _answer(app: object) -> None:
    from ui.widgets.qt import QDialog

    dialog = app.activeModalWidget()  # type: ignore[attr-defined]
    if isinstance(dialog, QDialog):
        print("answered", type(dialog).__name__)
        dialog.accept()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="reviewer-shots-"))
    os.environ["REVIEWER_DATA_DIR"] = str(folder / "data")
    os.environ["REVIEWER_SETTINGS"] = str(folder / "settings.ini")
    sys.path.insert(0, str(DOCS.parent))

    from reviewer.demo.campaign import write_demo
    from reviewer.scoring.kits import export_kit
    from reviewer.store.storage import open_campaign
    from ui.app import create_application
    from ui.i18n import install_language
    from ui.main_window import MainWindow
    from ui.settings import Settings
    from ui.widgets.qt import QTimer

    demo = folder / "demo.review"
    for _ in write_demo(demo):
        pass
    kit = folder / "E07.kit"
    with open_campaign(demo) as store:
        export_kit(store, "E07", kit)

    app = create_application()
    settings = Settings()
    settings.language = "zh_CN"
    install_language("zh_CN")
    window = MainWindow(settings)
    window.resize(*SIZE)
    window.show()
    assert window.open_path(demo)
    _settle(app, seconds=1)

    def shot(name: str) -> None:
        _settle(app, seconds=0.5)
        window.grab().save(str(DOCS / f"{name}.png"))
        print("wrote", DOCS / f"{name}.png")

    window.tabs.setCurrentWidget(window.overview)
    shot("overview")
    window.tabs.setCurrentWidget(window.applications)
    table = window.applications.table
    table.selectRow(3)
    shot("main-window")
    results = window.results_actions
    window.tabs.setCurrentWidget(results.page)
    _settle(app, lambda: results.last_results is not None, seconds=60)
    shot("results")
    # The expert's first steps are modal: the conflict-of-interest declaration (nothing to
    # declare) and the commitment. Answer each as an expert with no conflict would.
    answering = QTimer()
    answering.timeout.connect(lambda: _answer(app))
    answering.start(200)
    assert window.open_path(kit)
    _settle(app, seconds=3)
    answering.stop()
    shot("expert-mode")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
