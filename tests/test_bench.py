"""The merge benchmark still runs against the code it measures (its figures are for
`python -m bench`, not for the suite): a tenth of its panel, every file taken in."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bench import merge, startup


def test_the_merge_benchmark_takes_every_file_and_merges_every_application() -> None:
    figures = merge.run(**merge.QUICK)
    assert figures["files"] == merge.QUICK["experts"]
    assert figures["scores"] == merge.QUICK["applications"] * merge.PER_APPLICATION * merge.CRITERIA
    assert figures["measured_s"] > 0 and figures["peak_mb"] > 0


def test_the_startup_benchmark_reads_both_marks_from_one_smoke_run(
    demo_file: Path, tmp_path: Path
) -> None:
    """One run of the app as bench/startup.py starts it (not the whole benchmark)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REVIEWER_SETTINGS": str(tmp_path / "settings.ini"),
        "REVIEWER_DATA_DIR": str(tmp_path),
    }
    found, _peak = startup.marks(
        [sys.executable, "-m", "ui.launcher", "--smoke", str(demo_file)], env
    )
    assert set(found) == {"shown", "filled"}
    assert 0 < found["shown"] <= found["filled"]
