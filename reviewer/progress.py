"""Progress reports of long jobs.

A long job is a plain generator that yields `Progress` as it goes; whoever runs it (a
worker thread in the UI, a loop in the CLI, a test) shows the reports and may stop the
job by closing the generator. Jobs write their result in one transaction at the end, so
a job stopped early leaves nothing half-written.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    message: str = ""


# A job may return a result (an import's reports); it reaches whoever ran the job.
Job = Generator[Progress, None, Any]


def finish(job: Job) -> Any:
    """Run a job to its end without showing its progress; returns the job's result."""
    while True:
        try:
            next(job)
        except StopIteration as finished:
            return finished.value
