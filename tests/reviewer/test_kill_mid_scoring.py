"""A power cut in the middle of scoring loses nothing that was shown as saved."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Score
from reviewer.kits import export_kit
from reviewer.scoring import kit_state, scoring_form
from reviewer.storage import open_campaign


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_mid_scoring_keeps_every_saved_value(demo_file: Path, tmp_path: Path) -> None:
    kit_path = tmp_path / "E07.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E07", kit_path)
    scorer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            from pathlib import Path
            from reviewer.scoring import kit_state, save_score, scoring_form
            from reviewer.storage import open_campaign
            kit = open_campaign(Path({str(kit_path)!r}))
            saved = 0
            for assignment in kit_state(kit).assignments:
                for entry in scoring_form(kit, assignment.application_id).entries:
                    save_score(kit, assignment.application_id, entry.criterion.id,
                               entry.criterion.step, "")
                    saved += 1
                    print(saved, flush=True)  # shown as saved only after the commit
            input()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert scorer.stdout is not None
    last = 0
    for line in scorer.stdout:
        last = int(line)
        if last >= 40:
            break
    os.kill(scorer.pid, signal.SIGKILL)
    scorer.communicate(timeout=30)
    assert scorer.returncode == -signal.SIGKILL
    with open_campaign(kit_path, read_only=False) as kit:  # reopens after the crash
        with kit.reading() as session:
            stored = session.scalar(select(func.count(Score.id))) or 0
            integrity = session.connection().exec_driver_sql("PRAGMA integrity_check").scalar()
        first = kit_state(kit).assignments[0]
        assert all(e.value is not None for e in scoring_form(kit, first.application_id).entries)
    assert integrity == "ok"
    assert stored >= last >= 40
