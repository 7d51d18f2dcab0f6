"""The PyInstaller build (build.spec) is a folder that works without the source tree:
the app opens the demo campaign offscreen and exits 0, the verbs run, documents are
rendered with the shipped fonts, an old campaign is upgraded by the shipped migrations.

A build takes a minute or more, so these run only when asked: REVIEWER_BUILD=1, which
CI sets (`python3 dev.py test` then also installs the build extra, PyInstaller).
"""

from __future__ import annotations

import importlib.util
import json
import os
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from reviewer.store import schema
from reviewer.store.storage import APPLICATION_ID

pytestmark = pytest.mark.skipif(
    os.environ.get("REVIEWER_BUILD") != "1",
    reason="builds the app with PyInstaller; set REVIEWER_BUILD=1 to run",
)

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
# On Windows the console twin of the windowed reviewer.exe, so that output reaches us.
PROGRAM = "reviewer-cli.exe" if sys.platform == "win32" else "reviewer"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """dist/reviewer-<version>, built once for this module, away from the source tree."""
    work = tmp_path_factory.mktemp("pyinstaller")
    start = time.perf_counter()
    places = ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", *places],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    built = work / "dist" / f"reviewer-{VERSION}"
    size = sum(f.stat().st_size for f in built.rglob("*") if f.is_file() and not f.is_symlink())
    capture = request.config.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled():  # shown in CI's log, pass or fail
        print(f"\nPyInstaller build: {time.perf_counter() - start:.0f} s, {size / 1e6:.0f} MB")
    return built


def _run(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The built program with its own settings and data folder, no display, run from a
    folder that is not the source tree and without a PYTHONPATH into it."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        REVIEWER_SETTINGS=str(home / "settings.ini"),
        REVIEWER_DATA_DIR=str(home / "data"),
    )
    return subprocess.run(
        [str(folder / PROGRAM), *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _source_modules() -> set[str]:
    modules = set()
    for package in ("reviewer", "ui", "models"):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules.add(".".join(parts))
    # The launcher is the frozen entry script; the migrations are data Alembic runs.
    return {m for m in modules if m != "ui.launcher" and "migrations.versions" not in m}


def test_the_build_holds_every_module_and_data_file(folder: Path) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    archive = CArchiveReader(str(folder / PROGRAM)).open_embedded_archive("PYZ.pyz")
    assert _source_modules() - set(archive.toc) == set()

    internal = folder / "_internal"
    for source in [
        *(ROOT / "resources" / "translations").glob("*.qm"),
        *(ROOT / "resources" / "fonts").glob("*.tt[cf]"),
        *(ROOT / "resources" / "rubrics").glob("*.json"),
        *(ROOT / "resources" / "demo").glob("*.json"),
        *(ROOT / "resources" / "icons").glob("*"),
        ROOT / "models" / "migrations" / "script.py.mako",
        ROOT / "models" / "migrations" / "head_schema.json",
    ]:
        shipped = internal / source.relative_to(ROOT)
        assert shipped.read_bytes() == source.read_bytes(), source
    spec = importlib.util.find_spec("jieba")
    jieba = Path(spec.origin if spec and spec.origin else "").parent
    assert (internal / "jieba" / "dict.txt").read_bytes() == (jieba / "dict.txt").read_bytes()
    migrations = "models/migrations/versions"
    assert {p.name for p in (internal / migrations).glob("[0-9]*.py")} == {
        p.name for p in (ROOT / migrations).glob("[0-9]*.py")
    }
    for module in ("QtCharts", "QtPdf", "QtPdfWidgets", "QtPrintSupport"):
        assert list((internal / "PySide6").glob(f"{module}.*")), module


def test_the_app_opens_the_demo_campaign_offscreen_and_exits_0(
    folder: Path, tmp_path: Path
) -> None:
    result = _run(folder, tmp_path, "--smoke")
    assert result.returncode == 0, result.stderr
    assert list((tmp_path / "data").rglob("*.review")), "the demo campaign was not written"
    version = _run(folder, tmp_path, "--version")
    assert version.stdout.split() == ["reviewer", VERSION]


def test_the_verbs_run_and_render_documents_with_the_shipped_fonts(
    folder: Path, tmp_path: Path
) -> None:
    campaign = tmp_path / "demo.review"
    assert _run(folder, tmp_path, "demo", str(campaign)).returncode == 0
    reconciled = _run(folder, tmp_path, "reconcile", str(campaign), "--json")
    assert reconciled.returncode == 0, reconciled.stderr
    assert json.loads(reconciled.stdout)["applications"]

    locked = _run(
        folder,
        tmp_path,
        "lock",
        str(campaign),
        "--reason",
        "packaging test",
        "--override-reason",
        "组长同意",
    )
    assert locked.returncode == 0, locked.stderr
    report = _run(
        folder, tmp_path, "report", str(campaign), "--out", str(tmp_path / "out"), "--json"
    )
    assert report.returncode == 0, report.stderr
    pdfs = [Path(d["path"]) for d in json.loads(report.stdout)["documents"]]
    pdfs = [p for p in pdfs if p.suffix == ".pdf"]
    assert pdfs
    for pdf in pdfs:
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF")
        # Both shipped faces, embedded (reportlab subsets TrueType into /FontFile2).
        assert b"/FontFile2" in data and b"BousungEG" in data and b"WenQuanYiMicroHei" in data


def test_a_large_batch_of_score_files_is_read_by_a_worker_of_the_built_program(
    folder: Path, tmp_path: Path
) -> None:
    """From 32 files a worker process reads ahead (reviewer.scoring.returns.read_ahead): in
    the built program that worker is the program itself, started again, which must run as the
    worker (multiprocessing.freeze_support) and not as the app."""
    from reviewer.scoring.returns.read_ahead import POOL_FROM
    from tests.reviewer.scoring.returns.test_importing import _file, _scored_kit

    campaign = tmp_path / "demo.review"
    assert _run(folder, tmp_path, "demo", str(campaign)).returncode == 0
    returned = _file(_scored_kit(campaign, tmp_path, "E07"), tmp_path, "E07.json")
    copies = [tmp_path / f"E07-copy-{n:02d}.json" for n in range(POOL_FROM)]
    for copy in copies:
        copy.write_bytes(returned.read_bytes())
    result = _run(
        folder, tmp_path, "scores", str(campaign), *map(str, [returned, *copies]), "--json"
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    outcomes = [r["outcome"] for r in json.loads(result.stdout)["files"]]
    assert outcomes == ["imported"] + ["unchanged"] * POOL_FROM


def test_the_app_upgrades_a_campaign_of_an_old_schema(folder: Path, tmp_path: Path) -> None:
    """Alembic runs the shipped migration scripts: 0002 to the head, in the build."""
    path = tmp_path / "old.review"
    with sqlite3.connect(path) as raw:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    raw.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        schema.upgrade(connection, "0002")
        connection.exec_driver_sql(
            "INSERT INTO campaign (uid, title, issuing_authority, call_title, call_reference,"
            " pilot_period_months, aggregation_method, trim_min_panel, spread_threshold,"
            " deviation_threshold, notes, created_at) VALUES ('u-1', '旧评审', '', '', '', 12,"
            " 'trimmed_mean', 5, 20, 30, '', '2014-07-01 00:00:00')"
        )
        connection.exec_driver_sql(
            "INSERT INTO scoring_round (number, purpose, opened_at)"
            " VALUES (1, 'initial', '2014-07-01 00:00:00')"
        )
    engine.dispose()

    result = _run(folder, tmp_path, "--smoke", str(path))

    assert result.returncode == 0, result.stderr
    with sqlite3.connect(path) as raw:
        (revision,) = raw.execute("SELECT version_num FROM alembic_version").fetchone()
    raw.close()
    assert revision == schema.head_revision()
