"""Cold start: process start to the main window shown, and to its overview filled from
the demo campaign.

The app (`reviewer --smoke`) prints two marks with the time: "shown" once the window is
up (before the ORM, the models and the stages' screens are imported: ui/campaign_loading.py)
and "filled" once a worker has opened and read the campaign and the window shows it.

Baselines, started the same way and interleaved with the app in the same run: a bare
PySide6 window, marked once shown; and the same bare window after importing
SQLAlchemy's ORM, the floor of any start that reads a campaign through it.
Targets (issue 17): window shown within 1.5x of the bare window; overview filled
within 1.5x of the bare window with the ORM.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.memory import _mb, run_child

MARK = "reviewer-smoke"  # as ui.app.SMOKE_MARK, not imported: the bench imports no Qt here
BARE_WINDOW = f"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
def shown():
    print("{MARK} shown", f"{{time.time():.6f}}", flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""
WITH_ORM = "import sqlalchemy.orm\n" + BARE_WINDOW


def marks(command: Sequence[str], env: dict[str, str]) -> tuple[dict[str, float], float | None]:
    """Seconds from the child's start to each mark it prints, and its peak MB (`os.wait4`
    gives that child's alone, as in bench.memory.run_child)."""
    start = time.time()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert child.stdout is not None
    with child.stdout:
        output = child.stdout.read()  # until the child closes it
    peak = None
    if hasattr(os, "wait4"):
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode, peak = os.waitstatus_to_exitcode(status), _mb(usage.ru_maxrss)
    else:
        child.wait()
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command, output)
    found = {}
    for line in output.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == MARK:
            found[parts[1]] = float(parts[2]) - start
    return found, peak


def run(repeats: int = 11) -> dict[str, Any]:
    """Medians of `repeats` interleaved runs of each. Eleven, not fewer: a bare window
    shows in 0.12 to 0.20 s from one run to the next on the same idle machine, and the
    app's start is measured against that."""
    with tempfile.TemporaryDirectory() as folder:
        env = {
            # Modules compiled once, by the warm-up runs, as an installed app has them (pip
            # and PyInstaller compile them): not compiled again at every start because the
            # shell running the bench asks Python not to write bytecode.
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "QT_QPA_PLATFORM": "offscreen",
            "REVIEWER_SETTINGS": str(Path(folder) / "settings.ini"),
            "REVIEWER_DATA_DIR": folder,
        }
        demo = Path(folder) / "demo.review"
        reviewer = [sys.executable, "-m", "ui.launcher"]
        subprocess.run([*reviewer, "demo", str(demo)], check=True, env=env, capture_output=True)
        bare = [sys.executable, "-c", BARE_WINDOW]
        orm = [sys.executable, "-c", WITH_ORM]
        app = [*reviewer, "--smoke", str(demo)]
        for command in (bare, orm, app):  # warm the disk cache for all alike
            run_child(command, env)
        times: dict[str, list[float]] = {"bare": [], "orm": [], "shown": [], "filled": []}
        peaks: list[float | None] = []
        for _ in range(repeats):  # interleaved, so drift in machine load hits all
            times["bare"].append(marks(bare, env)[0]["shown"])
            times["orm"].append(marks(orm, env)[0]["shown"])
            found, peak = marks(app, env)
            times["shown"].append(found["shown"])
            times["filled"].append(found["filled"])
            peaks.append(peak)
    median = {name: statistics.median(values) for name, values in times.items()}
    return {
        **{f"{name}_s": value for name, value in median.items()},
        "shown_ratio": median["shown"] / median["bare"],
        "filled_ratio": median["filled"] / median["orm"],
        "peak_mb": None if None in peaks else max(p for p in peaks if p is not None),
    }
