"""Shared fixtures: every test gets its own campaign file, settings and data folder."""

from __future__ import annotations

import os

# Before anything imports Qt: pytest-qt aborts without a display otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewer.i18n import install_translator

# Modules that run for a minute or more on one worker (the PyInstaller build, mypy over
# the whole source): collected first, so that under `dev.py test` (pytest-xdist, a module
# per worker) they start at once beside the rest instead of trailing at the end.
LONG_MODULES = ("tests/test_packaging.py", "tests/test_code_quality.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def later(item: pytest.Item) -> bool:
        return not item.path.as_posix().endswith(LONG_MODULES)

    items.sort(key=later)  # stable: the order within and among the other modules stays


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo campaign, written once per test session; tests use copies of it."""
    from reviewer.demo.campaign import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.review"
    for _progress in write_demo(path):
        pass
    return path


@pytest.fixture(scope="session")
def demo_acceptance_master(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The demo acceptance review and the decided demo selection it is made from, written
    once per test session (`demo --acceptance`); tests use copies of them."""
    from reviewer.demo.acceptance import write_acceptance_demo

    folder = tmp_path_factory.mktemp("demo-acceptance")
    acceptance, selection = folder / "acceptance.review", folder / "selection.review"
    for _progress in write_acceptance_demo(acceptance, selection=selection):
        pass
    return acceptance, selection


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo campaign."""
    path = tmp_path / "demo.review"
    shutil.copyfile(demo_master, path)
    return path


# A PostgreSQL URL for a role that may create databases (`.ci/run` sets it). The storage
# and merge tests then also run on a fresh database of the server per test.
POSTGRES = os.environ.get("REVIEWER_TEST_POSTGRES", "")
NO_POSTGRES = (
    "REVIEWER_TEST_POSTGRES is not set: no PostgreSQL server to run the campaign-on-a-server "
    "tests against (see README, Developing)"
)


def _postgres_admin() -> Iterator[Any]:
    from sqlalchemy import create_engine

    engine = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def _database_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(POSTGRES).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[Callable[[str | None], str]]:
    """Makes empty databases (or copies of a template database) on the test server and
    drops them all when the session ends."""
    if not POSTGRES:
        pytest.skip(NO_POSTGRES)
    made: list[str] = []
    admin_connections = _postgres_admin()
    admin = next(admin_connections)

    def make(template: str | None = None) -> str:
        name = f"reviewer_test_{os.getpid()}_{len(made)}"
        admin.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')
        copied = f' TEMPLATE "{template}"' if template else ""
        admin.exec_driver_sql(f'CREATE DATABASE "{name}"{copied}')
        made.append(name)
        return name

    yield make
    for name in reversed(made):
        admin.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin_connections.close()


@pytest.fixture(scope="session")
def postgres_demo(postgres_databases: Callable[[str | None], str], demo_master: Path) -> str:
    """The name of a database holding the demo campaign, the template of the tests'
    own copies (CREATE DATABASE ... TEMPLATE copies files: ~0.1 s, not a reload)."""
    from reviewer.store.storage import copy_campaign, open_campaign

    name = postgres_databases(None)
    with open_campaign(demo_master, read_only=True) as store:
        copy_campaign(store, _database_url(name))
    return name


@pytest.fixture
def empty_database(postgres_databases: Callable[[str | None], str]) -> str:
    """The URL of this test's own empty database on the test server."""
    return _database_url(postgres_databases(None))


@pytest.fixture(params=["sqlite", "postgresql"])
def demo_campaign(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """This test's own demo campaign: a file, then (with REVIEWER_TEST_POSTGRES) a
    database on the test server."""
    if request.param == "sqlite":
        path = tmp_path / "demo.review"
        shutil.copyfile(request.getfixturevalue("demo_master"), path)
        return path
    return str(request.getfixturevalue("server_demo"))


@pytest.fixture
def server_demo(postgres_databases: Callable[[str | None], str], postgres_demo: str) -> str:
    """The URL of this test's own demo campaign in a database on the test server."""
    return _database_url(postgres_databases(postgres_demo))


@pytest.fixture(scope="session", autouse=True)
def no_installed_fonts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An empty fonts folder for the whole session, set before any module's fixtures run:
    the documents are drawn in the shipped faces, whatever fonts the machine has, unless
    a test points the font finder (REVIEWER_FONT_DIRS) at a folder of its own."""
    folder = tmp_path_factory.mktemp("no-fonts")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("REVIEWER_FONT_DIRS", str(folder))
        yield folder


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
