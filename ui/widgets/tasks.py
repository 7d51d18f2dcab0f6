"""Running long jobs off the UI thread, with a progress dialog that can cancel them.

A job is a generator from `reviewer/` yielding `Progress`; it runs on Qt's global thread
pool and talks to the GUI thread only through queued signals, so widgets are touched on
the GUI thread alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from reviewer.progress import Job
from ui.widgets.qt import (
    QCoreApplication,
    QObject,
    QProgressDialog,
    QRunnable,
    Qt,
    QThreadPool,
    QWidget,
    Signal,
)

# Only jobs that last longer than this show a dialog (milliseconds).
SHOW_AFTER_MS = 500


class JobRunner(QObject):
    """Runs one job. Signals: progressed(done, total, message), succeeded(result),
    failed(exception), cancelled(); exactly one of the last three ends every run."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, make_job: Callable[[], Job], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_job = make_job
        self._cancel = threading.Event()

    def start(self) -> None:
        QThreadPool.globalInstance().start(_JobRunnable(self))

    def cancel(self) -> None:
        self._cancel.set()

    def _run(self) -> None:  # on the worker thread
        job = self._make_job()
        try:
            while True:
                try:
                    progress = next(job)
                except StopIteration as finished:
                    result = finished.value
                    break
                if self._cancel.is_set():
                    job.close()
                    self.cancelled.emit()
                    return
                self.progressed.emit(progress.done, progress.total, progress.message)
        except Exception as error:  # any failure is shown to the user on the GUI thread
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


class _JobRunnable(QRunnable):
    def __init__(self, runner: JobRunner) -> None:
        super().__init__()
        self._runner = runner

    def run(self) -> None:
        self._runner._run()


def run_with_progress(
    parent: QWidget,
    title: str,
    make_job: Callable[[], Job],
    on_success: Callable[[Any], object],
    on_failure: Callable[[Exception], object],
) -> JobRunner:
    """Start `make_job()` on a worker; a modal, cancellable dialog shows its progress."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    runner = JobRunner(make_job, parent)

    def on_progressed(done: int, total: int, message: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        if message:
            dialog.setLabelText(message)

    def finish() -> None:
        dialog.reset()
        dialog.deleteLater()
        runner.deleteLater()

    runner.progressed.connect(on_progressed)

    def on_succeeded(result: Any) -> None:
        finish()
        on_success(result)

    def on_failed(error: Exception) -> None:
        finish()
        on_failure(error)

    runner.succeeded.connect(on_succeeded)
    runner.failed.connect(on_failed)
    runner.cancelled.connect(finish)
    dialog.canceled.connect(runner.cancel)
    runner.start()
    return runner
