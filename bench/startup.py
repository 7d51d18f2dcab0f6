"""Cold start: process start to the main window shown on the demo campaign.

Baseline: a bare PySide6 window, started and shown the same way in the same run.
Target (issue 2): at most 1.5x. A second line measures the same bare window after
importing SQLAlchemy's ORM, the floor of any start that reads a campaign through it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.memory import run_child

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, window.close)
app.exec()
"""
WITH_ORM = "import sqlalchemy.orm\n" + BARE_WINDOW


def run(repeats: int = 7, baseline_script: str = BARE_WINDOW) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "REVIEWER_SETTINGS": str(Path(folder) / "settings.ini"),
            "REVIEWER_DATA_DIR": folder,
        }
        demo = Path(folder) / "demo.review"
        reviewer = [sys.executable, "-m", "ui.launcher"]
        subprocess.run([*reviewer, "demo", str(demo)], check=True, env=env, capture_output=True)
        bare = [sys.executable, "-c", baseline_script]
        app = [*reviewer, "--smoke", str(demo)]
        run_child(bare, env), run_child(app, env)  # warm the disk cache for both alike
        bare_times, app_times, app_peaks = [], [], []
        for _ in range(repeats):  # interleaved, so drift in machine load hits both
            bare_times.append(run_child(bare, env)[0])
            seconds, peak = run_child(app, env)
            app_times.append(seconds)
            app_peaks.append(peak)
    baseline = statistics.median(bare_times)
    measured = statistics.median(app_times)
    return {
        "baseline_s": baseline,
        "measured_s": measured,
        "ratio": measured / baseline,
        "peak_mb": None if None in app_peaks else max(p for p in app_peaks if p is not None),
    }


def run_against_orm_floor(repeats: int = 7) -> dict[str, Any]:
    return run(repeats, WITH_ORM)
