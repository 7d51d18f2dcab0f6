"""Peak memory (resident set) in MB, as the operating system counts it; None on Windows,
where the standard library cannot tell."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Sequence

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]


def _mb(maxrss: int) -> float:
    return maxrss / (1 << 20) if sys.platform == "darwin" else maxrss / 1024  # bytes vs KB


def process_peak_mb() -> float | None:
    """This process's peak so far."""
    if resource is None:
        return None
    return _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def run_child(command: Sequence[str], env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds and peak MB of one child process, which must exit 0. `os.wait4` gives the
    peak of that child alone (RUSAGE_CHILDREN is the largest of all children so far)."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    if not hasattr(os, "wait4"):
        _out, err = child.communicate(timeout=300)
        seconds, peak = time.perf_counter() - start, None
    else:
        assert child.stderr is not None
        err = child.stderr.read()  # until the child closes it, so it cannot block on a full pipe
        _pid, status, usage = os.wait4(child.pid, 0)
        seconds, peak = time.perf_counter() - start, _mb(usage.ru_maxrss)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise subprocess.CalledProcessError(child.returncode, command, stderr=err)
    return seconds, peak
