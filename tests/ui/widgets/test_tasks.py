"""Long jobs run off the GUI thread and end in exactly one of success, failure, cancel."""

from __future__ import annotations

import threading
from typing import Any

from reviewer.progress import Job, Progress
from ui.widgets.qt import QThreadPool
from ui.widgets.tasks import JobRunner


def _wait_for_worker() -> None:
    """The worker emits its last signal just before it returns; let it return."""
    assert QThreadPool.globalInstance().waitForDone(10_000)


def _job(steps: int, gate: threading.Event | None = None, fail: bool = False) -> Job:
    for step in range(steps):
        if gate is not None:
            gate.wait(10)
        yield Progress(step, steps, f"step {step}")
    if fail:
        raise ValueError("bad input")


def test_a_job_reports_progress_then_its_result_from_a_worker_thread(qtbot: Any) -> None:
    def counted() -> Job:
        yield from _job(3)
        return "three steps"

    runner = JobRunner(counted)
    seen: list[tuple[int, int, str]] = []
    runner.progressed.connect(lambda *args: seen.append(args))
    with qtbot.waitSignal(runner.succeeded, timeout=10_000) as blocker:
        runner.start()
    _wait_for_worker()
    assert seen == [(0, 3, "step 0"), (1, 3, "step 1"), (2, 3, "step 2")]
    assert blocker.args == ["three steps"]


def test_a_failing_job_hands_its_error_to_the_gui_thread(qtbot: Any) -> None:
    runner = JobRunner(lambda: _job(1, fail=True))
    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start()
    _wait_for_worker()
    assert isinstance(blocker.args[0], ValueError)


def test_a_cancelled_job_stops_and_closes_its_generator(qtbot: Any) -> None:
    gate = threading.Event()
    closed = threading.Event()

    def job() -> Job:
        try:
            yield from _job(100, gate)
        finally:
            closed.set()

    runner = JobRunner(job)
    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.start()
        runner.cancel()
        gate.set()
    _wait_for_worker()
    assert closed.is_set()
