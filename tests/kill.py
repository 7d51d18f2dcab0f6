"""Killing a use case at a random point: the harness of the tests/reviewer/test_kill_* tests.

A child process runs a use case over and over and prints a line, flushed, after each
commit: what the user would have been shown as saved. The parent kills it with SIGKILL
(a power cut, as far as the file is concerned) at a random time after it has started
working, and the test then checks the campaign: it opens, passes `PRAGMA
integrity_check`, holds every change the child reported, and shows no half-done unit of
work. How many runs each test makes comes from REVIEWER_KILL_RUNS (3 by default, so CI
stays quick; the issue's bar is 100 of 100 locally).
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from reviewer.store.storage import CampaignStore

RUNS = int(os.environ.get("REVIEWER_KILL_RUNS", "3"))
READY = "ready"

needs_sigkill = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


@dataclass(frozen=True)
class Killed:
    """What the child reported as committed before it died, and when it was killed."""

    lines: list[str]
    delay: float
    seed: int

    def __str__(self) -> str:
        return f"seed {self.seed}, killed {self.delay:.3f} s in, after {len(self.lines)} lines"


def kill_at_random(script: str, *, run: int, window: float) -> Killed:
    """Run `script` (Python source; it prints READY when its work begins) and SIGKILL it
    at a uniformly random moment within `window` seconds of READY."""
    seed = random.SystemRandom().randrange(2**32) + run
    delay = random.Random(seed).uniform(0.0, window)
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert child.stdout is not None
    first = child.stdout.readline().strip()
    if first != READY:
        child.kill()
        _out, err = child.communicate(timeout=60)
        raise AssertionError(f"the child did not start: {first!r}\n{err}")
    lines: list[str] = []

    def read() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            # A line cut off by the kill was never shown whole: it reports nothing.
            if line.endswith("\n"):
                lines.append(line[:-1])

    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(delay)
    alive = child.poll() is None
    os.kill(child.pid, signal.SIGKILL)
    reader.join(timeout=60)
    _out, err = child.communicate(timeout=60)
    if not alive:
        raise AssertionError(f"the child ended before it was killed:\n{err}")
    assert child.returncode == -signal.SIGKILL
    return Killed(lines, delay, seed)


def integrity(store: CampaignStore) -> str:
    """SQLite's own check of the whole file, through the reopened campaign."""
    with store.reading() as session:
        return str(session.connection().exec_driver_sql("PRAGMA integrity_check").scalar())


def file_integrity(path: Path) -> str:
    """The same check on a file that is not open as a campaign (a backup)."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
