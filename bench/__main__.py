"""Run the benchmarks and print a table: each line a figure against its target.

    python3 dev.py bench                 every benchmark (python -m bench, python -m bench all)
    python -m bench startup              one benchmark by name: startup, intake
    python -m bench intake --quick       intake with 20 packages instead of 200
    python -m bench merge [--quick]      500 score files, 10^6 scores (--quick: 50, 10^5)
    python -m bench report [--quick]     the score summary of 10,000 applications (--quick: 1,000)
    python -m bench table [--quick]      sort and filter 10,000 applications (--quick: 1,000)
    python -m bench hostile              hostile inputs, each refused within 2 s and 300 MB

Most figures are ratios to a baseline measured in the same run, so they hold on any
machine; some are plain figures (peak MB). The last column is the peak memory (resident
set) of the measured side: the app's process for startup, `reviewer import` for intake,
the merge's process, and the benchmark's own process for report and table. With more
than one benchmark, each runs in a process of its own, so none inherits another's peak,
imports or caches. Exits 1 if any target is missed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

from bench import hostile, intake, merge, report, startup, table
from bench.memory import process_peak_mb


@dataclass(frozen=True)
class Line:
    """One row of the table. A target is a maximum unless `higher_is_better`: ratios of
    time are better low, ratios of throughput better high."""

    name: str
    baseline: str
    measured: str
    value: float | None  # None: the platform cannot measure it; shown, never a failure
    unit: str  # "x" for a ratio, " MB" for memory
    target: float
    higher_is_better: bool = False
    peak_mb: float | None = None  # of the measured side; None: not measured here

    @property
    def ok(self) -> bool:
        if self.value is None:
            return True
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def row(self) -> str:
        if self.value is None:
            value, relation = "n/a", ">=" if self.higher_is_better else "<="
        else:
            places = 2 if self.unit in ("x", " s") else 0
            value = f"{self.value:.{places}f}{self.unit}"
            met = {True: (">=", "<"), False: ("<=", ">")}[self.higher_is_better]
            relation = met[0] if self.ok else met[1]
        target = f"{self.target:g}{self.unit}"
        verdict = "ok" if self.ok else "MISSED"
        peak = "" if self.peak_mb is None else f"{self.peak_mb:.0f} MB"
        return (
            f"{self.name:<68} {self.baseline:>11} {self.measured:>11} {value:>8} "
            f"{relation + target:>9}  {verdict:<6} {peak:>7}"
        )


HEADER = (
    f"{'benchmark':<68} {'baseline':>11} {'measured':>11} {'value':>8} {'target':>9}  "
    f"{'result':<6} {'peak':>7}"
)


def _startup(options: argparse.Namespace) -> Iterator[Line]:
    r = startup.run()
    yield Line(
        "startup: window shown / bare PySide6 window shown",
        f"{r['bare_s']:.3f}s",
        f"{r['shown_s']:.3f}s",
        r["shown_ratio"],
        "x",
        1.5,
        peak_mb=r["peak_mb"],
    )
    yield Line(
        "startup: demo overview filled / bare window + ORM import shown",
        f"{r['orm_s']:.3f}s",
        f"{r['filled_s']:.3f}s",
        r["filled_ratio"],
        "x",
        1.5,
        peak_mb=r["peak_mb"],
    )


def _intake(options: argparse.Namespace) -> Iterator[Line]:
    sizes = {"packages": 200, "plan_mb": 20, "small_plan_mb": 5}
    if options.quick:
        sizes.update(intake.QUICK)
    for key in sizes:
        if getattr(options, key) is not None:
            sizes[key] = getattr(options, key)
    r = intake.run(**sizes)
    n, big, small = r["packages"], r["plan_mb"], r["small_plan_mb"]

    def mb(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.0f} MB"

    yield Line(
        f"intake: import / copyfile throughput ({n} x {big} MB plans)",
        f"{r['copy_mb_s']:.0f} MB/s",
        f"{r['import_mb_s']:.0f} MB/s",
        r["throughput_ratio"],
        "x",
        0.5,
        higher_is_better=True,
        peak_mb=r["peak_mb"],
    )
    yield Line(
        "intake: the same / copyfile + fsync of each copy",
        f"{r['durable_copy_mb_s']:.0f} MB/s",
        f"{r['import_mb_s']:.0f} MB/s",
        r["durable_ratio"],
        "x",
        0.5,
        higher_is_better=True,
        peak_mb=r["peak_mb"],
    )
    yield Line(
        f"intake: import peak memory ({n} x {big} MB plans)", "", "", r["peak_mb"], " MB", 300
    )
    yield Line(
        f"intake: import peak memory ({n} x {small} MB plans)",
        "",
        "",
        r["small_peak_mb"],
        " MB",
        300,
    )
    # Flat: a plan held whole once would add (big - small) MB, 15 MB on a ~100 MB process.
    yield Line(
        f"intake: peak with {big} MB plans / with {small} MB plans",
        mb(r["small_peak_mb"]),
        mb(r["peak_mb"]),
        r["peak_growth"],
        "x",
        1.1,
    )


def _merge(options: argparse.Namespace) -> Iterator[Line]:
    sizes = merge.QUICK if options.quick else {}
    r = merge.run(**sizes)
    yield Line(
        f"merge: {r['files']} score files in + reconcile / executemany ({r['scores']:,})",
        f"{r['baseline_s']:.2f}s",
        f"{r['measured_s']:.2f}s",
        r["ratio"],
        "x",
        3,
        peak_mb=r["peak_mb"],
    )
    yield Line("merge: peak memory", "", "", r["peak_mb"], " MB", 500)


def _report(options: argparse.Namespace) -> Iterator[Line]:
    sizes = report.QUICK if options.quick else {}
    r = {**report.run(**sizes), "peak_mb": process_peak_mb()}
    yield Line(
        f"report: score summary of {r['applications']:,} applications / bare reportlab table",
        f"{r['baseline_s']:.2f}s",
        f"{r['measured_s']:.2f}s",
        r["ratio"],
        "x",
        1.5,
        peak_mb=r["peak_mb"],
    )


def _table(options: argparse.Namespace) -> Iterator[Line]:
    sizes = table.QUICK if options.quick else {}
    r = table.run(**sizes)
    yield Line(
        f"table: sort {r['rows']:,} applications by 3 columns / bare Qt proxy",
        f"{r['sort_baseline_s']:.3f}s",
        f"{r['sort_s']:.3f}s",
        r["sort_ratio"],
        "x",
        table.SORT_TARGET,
        peak_mb=r["peak_mb"],
    )
    yield Line(
        f"table: search typed and cleared ({r['shown']:,} shown) / bare Qt proxy",
        f"{r['filter_baseline_s']:.3f}s",
        f"{r['filter_s']:.3f}s",
        r["filter_ratio"],
        "x",
        table.SEARCH_TARGET,
        peak_mb=r["peak_mb"],
    )


def _hostile(options: argparse.Namespace) -> Iterator[Line]:
    """Each hostile input refused by `reviewer` in a process of its own: the refusal's
    time from the command's call (in the baseline column, the whole command's, with the
    interpreter's start and the imports every command pays)."""
    refusals = hostile.run()
    for refusal in refusals:
        yield Line(
            f"hostile: {refusal.name}",
            f"{refusal.command_s:.2f}s",
            f"{refusal.seconds:.2f}s",
            refusal.seconds,
            " s",
            hostile.SECONDS,
            peak_mb=refusal.peak_mb,
        )
    peaks = [r.peak_mb for r in refusals if r.peak_mb is not None]
    peak = max(peaks) if peaks else None
    yield Line(
        f"hostile: largest peak of the {len(refusals)} refusals",
        "",
        "",
        peak,
        " MB",
        hostile.PEAK_MB,
    )


BENCHMARKS: dict[str, Callable[[argparse.Namespace], Iterator[Line]]] = {
    "startup": _startup,
    "intake": _intake,
    "merge": _merge,
    "report": _report,
    "table": _table,
    "hostile": _hostile,
}


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help=f"all (the default), {', '.join(BENCHMARKS)}"
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="intake: 20 packages, not 200; merge and report: a tenth",
    )
    parser.add_argument("--packages", type=int, help="intake: how many packages")
    parser.add_argument("--plan-mb", type=int, help="intake: plan size (default 20)")
    parser.add_argument("--small-plan-mb", type=int, help="intake: smaller plan size (default 5)")
    # How a benchmark run in a process of its own hands its lines back.
    parser.add_argument("--lines-json", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.names in ([], ["all"]):
        options.names = list(BENCHMARKS)
    unknown = [name for name in options.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    return options


def _in_own_process(name: str, argv: list[str]) -> Iterator[Line]:
    """The lines of one benchmark, run as `python -m bench NAME` in a fresh process."""
    flags = [a for a in argv if a not in BENCHMARKS and a != "all"]
    child = subprocess.run(
        [sys.executable, "-m", "bench", name, *flags, "--lines-json"],
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    for text in child.stdout.splitlines():
        yield Line(**json.loads(text))


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    options = _parse(args)
    if options.lines_json:
        for name in options.names:
            for line in BENCHMARKS[name](options):
                print(json.dumps(asdict(line)), flush=True)
        return 0
    print(HEADER, flush=True)
    failed = False
    start = time.perf_counter()
    for name in options.names:
        lines = _in_own_process(name, args) if len(options.names) > 1 else BENCHMARKS[name](options)
        for line in lines:
            failed |= not line.ok
            print(line.row(), flush=True)
    print(f"({time.perf_counter() - start:.0f}s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
