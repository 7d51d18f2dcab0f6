#!/usr/bin/env python3
"""Set up a development environment and run Reviewer, its tests or its benchmarks.

    python3 dev.py run [CAMPAIGN]   set up, then launch the app (the demo campaign by default)
    python3 dev.py test [ARGS]      set up, then run the whole test suite (ARGS go to pytest)
    python3 dev.py bench            set up, then run the benchmarks in bench/
    python3 dev.py lupdate          refresh resources/translations/*.ts from the source
    python3 dev.py setup            only set up

Setting up creates `.venv` with the Python running this script, installs the project
with its test extras (again only when pyproject.toml changed) and compiles the
translations (.ts -> .qm), which are build products and never committed.
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".reviewer-installed"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ["reviewer", "ui"]


def tool(name: str) -> str:
    return str(BIN / (f"{name}.exe" if os.name == "nt" else name))


def run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)


def setup() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs under whatever python3 the user has
        sys.exit("Reviewer needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text() != wanted:
        print("Installing Reviewer and its test tools into .venv ...", flush=True)
        run(str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(str(PYTHON), "-m", "pip", "install", "--quiet", "-e", ".[test]")
        STAMP.write_text(wanted)
    compile_translations()


def compile_translations() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            run(tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm))


def lupdate() -> None:
    files = [
        str(p.relative_to(ROOT)) for src in SOURCES for p in sorted((ROOT / src).rglob("*.py"))
    ]
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        run(tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete", *files, "-ts", str(ts))


def main(argv: list[str]) -> int:
    verb, args = (argv[0], argv[1:]) if argv else ("run", [])
    if verb not in {"run", "test", "bench", "lupdate", "setup"}:
        print(__doc__)
        return 2
    setup()
    if verb == "run":
        return subprocess.call([tool("reviewer"), *args], cwd=ROOT)
    if verb == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *args], cwd=ROOT)
    if verb == "bench":
        return subprocess.call([str(PYTHON), "-m", "bench", *args], cwd=ROOT)
    if verb == "lupdate":
        lupdate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
