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
import time
from pathlib import Path

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


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True, timeout=300)
    return time.perf_counter() - start


def run(repeats: int = 7, baseline_script: str = BARE_WINDOW) -> dict[str, float]:
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
        _time(bare, env), _time(app, env)  # warm the disk cache for both alike
        bare_times, app_times = [], []
        for _ in range(repeats):  # interleaved, so drift in machine load hits both
            bare_times.append(_time(bare, env))
            app_times.append(_time(app, env))
    baseline = statistics.median(bare_times)
    measured = statistics.median(app_times)
    return {"baseline_s": baseline, "measured_s": measured, "ratio": measured / baseline}


def run_against_orm_floor(repeats: int = 7) -> dict[str, float]:
    return run(repeats, WITH_ORM)
