"""Reading a batch's score files in a worker process, a few files ahead of the writer.

Parsing a file and checking its signature is as much work as writing its scores; on two
cores the two overlap. The worker only reads, parses and authenticates
(`score_file_format.read_signed`); every check against the campaign, and every refusal,
stays in the process that writes.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Generator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import repeat
from multiprocessing import get_context
from pathlib import Path

from reviewer.scoring.score_file_format import SignedRead, read_signed, remember_secrets

# Below this many files a worker's start (a fresh interpreter) costs more than it saves.
POOL_FROM = 32
# Files read ahead of the writer: enough to keep the worker busy, few enough that the
# read files waiting (a quarter of a megabyte each) stay small.
AHEAD = 4
# Seconds to wait for one file from the worker (its start included) before reading the
# rest of the batch in the caller: a file takes milliseconds, a start well under one.
PATIENCE = 30.0

_log = logging.getLogger(__name__)


def start_reader(paths: Sequence[Path]) -> ProcessPoolExecutor | None:
    """A worker process for a batch large enough to gain from one (None otherwise),
    started at once: a fresh interpreter takes a few hundred milliseconds, spent while
    the caller backs the campaign up and reads what the files are checked against."""
    if len(paths) < POOL_FROM or (os.cpu_count() or 1) < 2:
        return None
    # "spawn", not "fork": a fork of the window's process would copy its threads' locks.
    pool = ProcessPoolExecutor(1, mp_context=get_context("spawn"))
    pool.submit(remember_secrets, {})  # the first task starts the process
    return pool


def signed_reads(
    reader: ProcessPoolExecutor | None, paths: Sequence[Path], secrets: dict[str, str]
) -> Generator[SignedRead | None, None, None]:
    """Each path's `SignedRead`, read by `reader` (see `start_reader`), in order; None
    where the caller must read the file itself (no reader, or a worker that failed).
    Shuts the reader down when done or stopped."""
    if reader is None:
        yield from repeat(None, len(paths))
        return
    reader.submit(remember_secrets, secrets)  # one worker: it runs before the reads
    queued = iter(paths)
    ahead: deque[Future[SignedRead]] = deque()

    def read_next() -> None:
        path = next(queued, None)
        if path is not None:
            ahead.append(reader.submit(read_signed, str(path)))

    finished = False
    try:
        for _ in range(AHEAD):
            read_next()
        while ahead:
            future = ahead.popleft()
            read_next()
            try:
                yield future.result(timeout=PATIENCE)
            except (BrokenProcessPool, OSError, MemoryError):
                yield None
            except TimeoutError:  # a worker that never started or hangs: do without it
                _log.warning("The score files' reader did not answer; reading them here.")
                _stop(reader)
                yield None
                yield from repeat(None, len(ahead) + sum(1 for _ in queued))
                return
        finished = True
    finally:
        # Stopped early (the job cancelled): the files still queued are not wanted.
        reader.shutdown(wait=finished, cancel_futures=True)


def _stop(reader: ProcessPoolExecutor) -> None:
    """End a worker that does not answer, so that neither the batch nor the program's
    exit (which joins the pool) waits for it. The pool offers no public way before
    Python 3.14 (terminate_workers)."""
    processes = dict(getattr(reader, "_processes", None) or {})
    reader.shutdown(wait=False, cancel_futures=True)
    for process in processes.values():
        process.terminate()
