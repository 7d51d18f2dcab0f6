"""Shared fixtures: every test gets its own campaign file, settings and data folder."""

from __future__ import annotations

import os

# Before anything imports Qt: pytest-qt aborts without a display otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.i18n import install_translator


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo campaign, written once per test session; tests use copies of it."""
    from reviewer.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.review"
    for _progress in write_demo(path):
        pass
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo campaign."""
    path = tmp_path / "demo.review"
    shutil.copyfile(demo_master, path)
    return path


@pytest.fixture(autouse=True)
def isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Settings and data in a temporary folder, English messages: nothing touches the
    user's folders, and tmp_path stays the test's own."""
    home = tmp_path_factory.mktemp("home")
    settings = home / "reviewer.ini"
    monkeypatch.setenv("REVIEWER_SETTINGS", str(settings))
    monkeypatch.setenv("REVIEWER_DATA_DIR", str(home / "data"))
    install_translator(None)
    yield settings
    install_translator(None)


@pytest.fixture(autouse=True)
def no_leftover_threads() -> Iterator[None]:
    """Fail a test that leaves a worker thread or Qt runnable running."""
    before = set(threading.enumerate())
    yield
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        running = pool.activeThreadCount()
        pool.waitForDone(10_000)  # so the next test starts clean even if this one failed
        assert running == 0, f"{running} runnable(s) still running after the test"
    leftover = [t for t in set(threading.enumerate()) - before if t.is_alive() and not t.daemon]
    assert not leftover, f"threads left running: {leftover}"
