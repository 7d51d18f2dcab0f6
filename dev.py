#!/usr/bin/env python3
"""Set up a development environment and run Reviewer, its tests or its benchmarks.

    python3 dev.py run [CAMPAIGN]   set up, then launch the app (the demo campaign by default)
    python3 dev.py test [ARGS]      set up, then run the whole test suite on every core
                                    (ARGS go to pytest; `-n 0` runs it in one process)
    python3 dev.py bench [NAME]     set up, then run the benchmarks in bench/
    python3 dev.py build            set up with the build extra, then make the PyInstaller
                                    one-folder build dist/reviewer-<version>/ (build.spec)
    python3 dev.py lupdate          refresh resources/translations/*.ts from the source
    python3 dev.py punctuate        in the zh_CN translations, make ASCII : ; , ( ) ? !
                                    next to a Chinese character full-width (re-runnable)
    python3 dev.py screenshots      set up, then take the README's screenshots (docs/*.png)
                                    anew from today's window at 1366x768, offscreen
    python3 dev.py library          write the rubric library's built-in workbooks
                                    (resources/rubrics/library/*.xlsx) anew from their
                                    definitions, after a definition or the format changed
    python3 dev.py schema           write models/migrations/head_schema.json anew, after a
                                    migration changed the schema (what campaign files are
                                    checked against when opened)
    python3 dev.py setup            only set up

Setting up creates `.venv` with the Python running this script, installs the project
with its test extras (again only when pyproject.toml changed) and compiles the
translations (.ts -> .qm), which are build products and never committed.
With REVIEWER_BUILD=1 in the environment (as CI sets it) the build extra (PyInstaller)
is installed too, and the test suite also builds the app and runs the build.
Standard library only: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import subprocess
import sys
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".reviewer-installed"
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ["reviewer", "ui"]


# The suite on every core (pytest-xdist), a test module per worker at a time: a module's
# shared fixtures (a written report, a locked demo, the PyInstaller build) are made once,
# on one worker. The slowest tests are listed at the end, so that CI's log shows where the
# time goes. `python3 dev.py test -n 0 ...` runs in one process (the last -n wins).
PARALLEL = ["-n", "auto", "--dist", "loadfile", "--durations=15"]


def tool(name: str) -> str:
    return str(BIN / (f"{name}.exe" if os.name == "nt" else name))


def run(*args: str) -> None:
    subprocess.run(args, check=True, cwd=ROOT)


def setup(build: bool = False) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - runs under whatever python3 the user has
        sys.exit("Reviewer needs Python 3.11 or newer.")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.create(VENV, with_pip=True)
    build = build or os.environ.get("REVIEWER_BUILD") == "1"
    extras = "test,build" if build else "test"
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest() + " " + extras
    installed = STAMP.read_text() if STAMP.exists() else ""
    # A set-up with the build extra serves a set-up without it.
    if installed not in {wanted, wanted.replace(" test", " test,build")}:
        print(f"Installing Reviewer with its {extras} extras into .venv ...", flush=True)
        run(str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(str(PYTHON), "-m", "pip", "install", "--quiet", "-e", f".[{extras}]")
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


# Chinese text takes full-width punctuation (GB/T 15834); these stay ASCII: a mnemonic
# "(&C)", a file dialog's filter "(*.zip)" and its ";;" (Qt parses them), an HTML entity
# "&nbsp;", a placeholder "{n}", a notation's brackets "ICC(A,1)". Between ASCII
# characters (12:30, E03, C1.2) nothing changes.
CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
KEEP = re.compile(
    r"\(&\w\)|[A-Za-z]\([^()\u4e00-\u9fff]*\)|\([^()]*\*[^()]*\)|;;|&#?\w+;|\{[^{}]*\}"
)
FULL_WIDTH = {":": "：", ";": "；", ",": "，", "?": "？", "!": "！", "(": "（", ")": "）"}
ASCII_NEXT_TO_CJK = re.compile(rf"(?<=[{CJK}]) ?([:;,?!]) ?|(?<![{CJK}])([:;,?!]) ?(?=[{CJK}])")
PARENS_BY_CJK = re.compile(
    rf"(?:(?<=[{CJK}]) ?\(([^()]*)\)|\(([^()]*[{CJK}][^()]*)\)|\(([^()]*)\) ?(?=[{CJK}]))"
)


def full_width(text: str) -> str:
    """`text` (Chinese) with its ASCII punctuation beside Chinese characters full-width."""
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    text = KEEP.sub(keep, text)
    text = PARENS_BY_CJK.sub(lambda m: "（" + "".join(g or "" for g in m.groups()) + "）", text)
    text = ASCII_NEXT_TO_CJK.sub(lambda m: FULL_WIDTH[m.group(1) or m.group(2)], text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text)


def punctuate(ts: Path = TRANSLATIONS / "reviewer_zh_CN.ts") -> int:
    """Rewrite the translations of `ts` with `full_width`; how many changed."""
    translation = re.compile(r"(<(?:translation|numerusform)[^>]*>)([^<]+)(<)")
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        before = html.unescape(match.group(2))
        after = full_width(before)
        if after == before:
            return match.group(0)
        changed += 1
        return match.group(1) + html.escape(after, quote=False) + match.group(3)

    ts.write_text(translation.sub(fix, ts.read_text(encoding="utf-8")), encoding="utf-8")
    return changed


def build(args: list[str]) -> int:
    """PyInstaller with build.spec; says how long it took and how big the folder is."""
    start = time.perf_counter()
    command = [str(PYTHON), "-m", "PyInstaller", "build.spec", "--noconfirm", *args]
    code = subprocess.call(command, cwd=ROOT)
    if code == 0:
        version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
        folder = ROOT / "dist" / f"reviewer-{version}"
        size = (
            sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
            / 1e6
        )
        print(f"Built {folder} in {time.perf_counter() - start:.0f} s: {size:.0f} MB.")
    return code


def main(argv: list[str]) -> int:
    verb, args = (argv[0], argv[1:]) if argv else ("run", [])
    if verb == "punctuate":  # standard library only: no set-up needed
        print(f"{punctuate()} translations made full-width.")
        return 0
    verbs = {"run", "test", "bench", "build", "lupdate", "schema", "setup", "screenshots"}
    if verb not in verbs | {"library"}:
        print(__doc__)
        return 2
    setup(build=verb == "build")
    if verb == "run":
        return subprocess.call([tool("reviewer"), *args], cwd=ROOT)
    if verb == "test":
        return subprocess.call([str(PYTHON), "-m", "pytest", *PARALLEL, *args], cwd=ROOT)
    if verb == "screenshots":
        return subprocess.call([str(PYTHON), str(ROOT / "docs" / "screenshots.py")], cwd=ROOT)
    if verb == "bench":
        return subprocess.call([str(PYTHON), "-m", "bench", *args], cwd=ROOT)
    if verb == "build":
        return build(args)
    if verb == "lupdate":
        lupdate()
    if verb == "library":
        return subprocess.call([str(PYTHON), "-m", "reviewer.rubrics.library"], cwd=ROOT)
    if verb == "schema":
        return subprocess.call([str(PYTHON), "-m", "reviewer.store.schema_check"], cwd=ROOT)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
