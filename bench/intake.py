"""Intake: importing a batch of packages with large plans, against copying the same files.

Baseline: shutil.copyfile of every file of the batch, timed in the same run, on the same
disk, so the ratio says what the import costs beyond moving the bytes once.
Targets (issue): throughput at least 0.5x the copy's, and peak memory under 300 MB that
stays flat as plans grow (checked by a second batch with smaller plans).

The import runs as `reviewer import` in a child process, as a user would run it, so its
peak memory is its own and not the benchmark's (which holds nothing of the batch anyway).
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

MB = 1 << 20
PDF_HEADER = b"%PDF-1.4\n"
SMALL_PDF = PDF_HEADER + b"1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n% leading group\n"

# Run by `sys.executable -c` with: import command as JSON, stdout file, stderr file.
# A fresh process whose only child is the import, so RUSAGE_CHILDREN's ru_maxrss after it
# is exactly the import's peak (ru_maxrss is a maximum over waited children, not a sum).
# Prints {"returncode", "seconds", "maxrss"}; maxrss is null where `resource` is missing.
WRAPPER = """
import json, subprocess, sys, time
command = json.loads(sys.argv[1])
with open(sys.argv[2], "wb") as out, open(sys.argv[3], "wb") as err:
    start = time.perf_counter()
    code = subprocess.run(command, stdout=out, stderr=err).returncode
    seconds = time.perf_counter() - start
try:
    import resource
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
except ImportError:
    maxrss = None
print(json.dumps({"returncode": code, "seconds": seconds, "maxrss": maxrss}))
"""


@dataclass(frozen=True)
class Batch:
    """A folder of packages on disk and what it weighs."""

    folder: Path
    packages: int
    files: int
    bytes: int


@dataclass(frozen=True)
class ImportRun:
    seconds: float
    peak_mb: float | None  # None where the platform cannot tell a child's peak (Windows)


def _log(message: str) -> None:
    """Progress on stderr: the full run takes minutes and the table goes to stdout."""
    print(f"  [intake] {message}", file=sys.stderr, flush=True)


def _sync() -> None:
    """Flush dirty pages between phases, untimed, so one phase's writeback is not billed
    to the next one's clock."""
    if hasattr(os, "sync"):
        os.sync()


def _answers(applicant: str) -> Any:
    """A complete city form, as tests/reviewer/intake/test_importing.py's `answers()` builds it."""
    from reviewer.intake.application_form import FormAnswers
    from reviewer.rubrics.catalog import default_definition
    from reviewer.vocabulary import TrackKind

    codes = [c["code"] for c in default_definition(TrackKind.CITY)["conditions"]]
    return FormAnswers(
        applicant=applicant,
        track=TrackKind.CITY,
        contact="王建国",
        phone="029-86781234",
        email="",
        pilot_domains=("智慧城管",),
        districts=("甲区", "乙县"),
        self_assessment={code: "已建立工作机制。" for code in codes},
        budget_wan=Decimal("3200"),
        fiscal_share_percent=40,
        funding="财政资金与社会资本",
        open_data_plan="开放交通、环境等政务数据集。",
        secure_controllable=True,
        secure_statement="采用国产软硬件。",
        leading_group_ref="市政办发〔2014〕38号",
        declared=True,
        submitted_on=date(2014, 7, 18),
    )


def build_batch(folder: Path, packages: int, plan_mb: int) -> Batch:
    """`packages` folders, one per invented applicant, each with a filled-in form, a plan
    of `plan_mb` MB and a small leading-group document.

    The plans are random bytes behind a PDF header: they neither compress nor repeat, so
    no layer (disk, page cache, the blob store's de-duplication) gets them for free.
    Written a MB at a time so building them never holds a plan in memory.
    """
    from reviewer.intake.application_form import filled_form

    folder.mkdir(parents=True)
    template = _answers("")
    files = total = 0
    for number in range(1, packages + 1):
        applicant = f"测试市{number:03d}"
        package = folder / applicant
        package.mkdir()
        form = filled_form(dataclasses.replace(template, applicant=applicant))
        (package / "申报书.xlsx").write_bytes(form)
        with (package / "实施方案.pdf").open("wb") as plan:
            plan.write(PDF_HEADER)
            for _ in range(plan_mb):
                plan.write(os.urandom(MB))
        (package / "领导小组成立文件.pdf").write_bytes(SMALL_PDF)
        files += 3
        total += len(form) + len(PDF_HEADER) + plan_mb * MB + len(SMALL_PDF)
    return Batch(folder, packages, files, total)


def copy_batch(batch: Batch, target: Path) -> tuple[float, float]:
    """Seconds to shutil.copyfile every file of the batch into `target` (the baseline:
    the plain copy a user would make in a file manager, left in the page cache), and
    then the seconds to fsync the copies, so a durable copy can be compared too: the
    import commits with synchronous=FULL and waits for the disk.
    """
    pairs: list[tuple[Path, Path]] = []
    for package in sorted(batch.folder.iterdir()):
        (target / package.name).mkdir(parents=True)
        pairs += [(file, target / package.name / file.name) for file in package.iterdir()]
    start = time.perf_counter()
    for source, copy in pairs:
        shutil.copyfile(source, copy)
    copied = time.perf_counter()
    for _source, copy in pairs:
        with copy.open("rb+") as handle:
            os.fsync(handle.fileno())
    return copied - start, time.perf_counter() - copied


def _environment(folder: Path) -> dict[str, str]:
    """The import's environment: headless Qt, and settings and data kept in the temp
    folder so a benchmark never touches the user's own."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REVIEWER_SETTINGS": str(folder / "settings.ini"),
        "REVIEWER_DATA_DIR": str(folder / "data"),
    }


def _peak_mb(maxrss: int | None) -> float | None:
    if maxrss is None:
        return None
    return maxrss / MB if sys.platform == "darwin" else maxrss / 1024  # bytes vs KB


def import_batch(batch: Batch, work: Path) -> ImportRun:
    """Create a campaign and import the batch into it with `reviewer import`.

    Fails loudly unless every package comes back imported: a benchmark that times a
    rejection would time the wrong thing.
    """
    from reviewer.campaign.setup import CampaignSettings, new_campaign

    campaign = work / "bench.review"
    settings = CampaignSettings(title="bench", submission_deadline=date(2014, 7, 20))
    new_campaign(campaign, settings).close()
    command = [
        sys.executable,
        *("-m", "ui.launcher", "import", str(campaign), str(batch.folder)),
        *("--register-applicants", "--json"),
    ]
    out, err = work / "import.json", work / "import.err"
    wrapper = subprocess.run(
        [sys.executable, "-c", WRAPPER, json.dumps(command), str(out), str(err)],
        check=True,
        capture_output=True,
        text=True,
        env=_environment(work),
    )
    figures = json.loads(wrapper.stdout)
    stderr = err.read_text(encoding="utf-8", errors="replace")[-2000:]
    try:
        reports = json.loads(out.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise RuntimeError(f"reviewer import printed no JSON ({error}):\n{stderr}") from error
    imported = [r for r in reports if r["outcome"] == "imported"]
    if figures["returncode"] != 0 or len(imported) != batch.packages:
        others = [(r["package"], r["outcome"], r["problems"]) for r in reports if r not in imported]
        raise RuntimeError(
            f"reviewer import exited {figures['returncode']} with {len(imported)} of "
            f"{batch.packages} packages imported; first others: {others[:3]}\n{stderr}"
        )
    return ImportRun(figures["seconds"], _peak_mb(figures["maxrss"]))


def _free_space_check(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise RuntimeError(
            f"{folder} has {free / 2**30:.1f} GB free; this run needs about "
            f"{needed / 2**30:.1f} GB (the batch, its copy and the campaign)."
        )


def measure(packages: int, plan_mb: int, *, with_baseline: bool) -> dict[str, Any]:
    """Build a batch, optionally copy it, import it; everything on disk is removed after,
    whatever happens (a full run leaves 8 GB and more behind otherwise)."""
    with tempfile.TemporaryDirectory(prefix="reviewer-bench-") as temp:
        root = Path(temp)
        approx = packages * (plan_mb * MB + 64 * 1024)
        _free_space_check(root, approx * 3)  # batch + campaign + slack; copies go first
        _log(f"building {packages} packages with {plan_mb} MB plans ...")
        batch = build_batch(root / "packages", packages, plan_mb)
        _sync()
        result: dict[str, Any] = {"bytes": batch.bytes, "files": batch.files}
        if with_baseline:
            _log(f"copying {batch.bytes / MB:.0f} MB with shutil.copyfile ...")
            copy_s, fsync_s = copy_batch(batch, root / "copies")
            _sync()
            shutil.rmtree(root / "copies")  # room for the campaign on a full disk
            result.update(copy_s=copy_s, fsync_s=fsync_s)
        _log(f"importing {batch.packages} packages ...")
        (root / "work").mkdir()
        run = import_batch(batch, root / "work")
        result.update(import_s=run.seconds, peak_mb=run.peak_mb)
        peak = "n/a" if run.peak_mb is None else f"{run.peak_mb:.0f} MB"
        _log(f"done: import {run.seconds:.1f}s, peak {peak}")
        return result


def run(packages: int = 200, plan_mb: int = 20, small_plan_mb: int = 5) -> dict[str, Any]:
    """The issue's figures: throughput against copyfile, and peak memory at two plan sizes.

    Throughput counts the same bytes for both (every file of the batch), so the ratio is
    import bytes/s over copy bytes/s: higher is better. The import's time includes its
    process start and its commits (synchronous=FULL), as a user would wait for them.
    """
    large = measure(packages, plan_mb, with_baseline=True)
    small = measure(packages, small_plan_mb, with_baseline=False)
    copy_rate = large["bytes"] / large["copy_s"]
    durable_rate = large["bytes"] / (large["copy_s"] + large["fsync_s"])
    import_rate = large["bytes"] / large["import_s"]
    peak, small_peak = large["peak_mb"], small["peak_mb"]
    return {
        "packages": packages,
        "plan_mb": plan_mb,
        "small_plan_mb": small_plan_mb,
        "bytes": large["bytes"],
        "copy_s": large["copy_s"],
        "import_s": large["import_s"],
        "copy_mb_s": copy_rate / MB,
        "import_mb_s": import_rate / MB,
        "throughput_ratio": import_rate / copy_rate,
        "durable_copy_mb_s": durable_rate / MB,
        "durable_ratio": import_rate / durable_rate,
        "peak_mb": peak,
        "small_peak_mb": small_peak,
        "peak_growth": peak / small_peak if peak is not None and small_peak else None,
    }


# `--quick`: the same sizes, a tenth of the packages, for a run in well under a minute.
QUICK: dict[str, int] = {"packages": 20}
