"""Run the benchmarks and print a table: each line a figure against its target.

    python3 dev.py bench                 every benchmark (python -m bench)
    python -m bench startup              one benchmark by name: startup, intake
    python -m bench intake --quick       intake with 20 packages instead of 200
    python -m bench merge [--quick]      500 score files, 10^6 scores (--quick: 50, 10^5)
    python -m bench report [--quick]     the score summary of 10,000 applications (--quick: 1,000)

Most figures are ratios to a baseline measured in the same run, so they hold on any
machine; some are plain figures (peak MB). Exits 1 if any target is missed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bench import intake, merge, report, startup


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

    @property
    def ok(self) -> bool:
        if self.value is None:
            return True
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def row(self) -> str:
        if self.value is None:
            value, relation = "n/a", ">=" if self.higher_is_better else "<="
        else:
            value = f"{self.value:.2f}x" if self.unit == "x" else f"{self.value:.0f}{self.unit}"
            met = {True: (">=", "<"), False: ("<=", ">")}[self.higher_is_better]
            relation = met[0] if self.ok else met[1]
        target = f"{self.target:g}{self.unit}"
        verdict = "ok" if self.ok else "MISSED"
        return (
            f"{self.name:<58} {self.baseline:>11} {self.measured:>11} {value:>8} "
            f"{relation + target:>9}  {verdict}"
        )


HEADER = f"{'benchmark':<58} {'baseline':>11} {'measured':>11} {'value':>8} {'target':>9}  result"


def _startup(options: argparse.Namespace) -> Iterator[Line]:
    lines: list[tuple[str, Callable[[], dict[str, float]]]] = [
        ("startup: demo campaign shown / bare PySide6 window", startup.run),
        ("startup: demo campaign shown / bare window + ORM import", startup.run_against_orm_floor),
    ]
    for name, run in lines:
        result = run()
        yield Line(
            name,
            f"{result['baseline_s']:.3f}s",
            f"{result['measured_s']:.3f}s",
            result["ratio"],
            "x",
            1.5,
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
    )
    yield Line(
        "intake: the same / copyfile + fsync of each copy",
        f"{r['durable_copy_mb_s']:.0f} MB/s",
        f"{r['import_mb_s']:.0f} MB/s",
        r["durable_ratio"],
        "x",
        0.5,
        higher_is_better=True,
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
    )
    yield Line("merge: peak memory", "", "", r["peak_mb"], " MB", 500)


def _report(options: argparse.Namespace) -> Iterator[Line]:
    sizes = report.QUICK if options.quick else {}
    r = report.run(**sizes)
    yield Line(
        f"report: score summary of {r['applications']:,} applications / bare reportlab table",
        f"{r['baseline_s']:.2f}s",
        f"{r['measured_s']:.2f}s",
        r["ratio"],
        "x",
        1.5,
    )


BENCHMARKS: dict[str, Callable[[argparse.Namespace], Iterator[Line]]] = {
    "startup": _startup,
    "intake": _intake,
    "merge": _merge,
    "report": _report,
}


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument(
        "--quick",
        action="store_true",
        help="intake: 20 packages, not 200; merge and report: a tenth",
    )
    parser.add_argument("--packages", type=int, help="intake: how many packages")
    parser.add_argument("--plan-mb", type=int, help="intake: plan size (default 20)")
    parser.add_argument("--small-plan-mb", type=int, help="intake: smaller plan size (default 5)")
    options = parser.parse_args(argv)
    unknown = [name for name in options.names if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    return options


def main(argv: list[str] | None = None) -> int:
    options = _parse(sys.argv[1:] if argv is None else argv)
    names = options.names or list(BENCHMARKS)
    print(HEADER, flush=True)
    failed = False
    start = time.perf_counter()
    for name in names:
        for line in BENCHMARKS[name](options):
            failed |= not line.ok
            print(line.row(), flush=True)
    print(f"({time.perf_counter() - start:.0f}s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
