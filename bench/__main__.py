"""Run every benchmark and print a table of ratios to their in-run baselines.

python3 dev.py bench
"""

from __future__ import annotations

import sys

from bench import startup

BENCHMARKS = [
    ("startup: demo campaign shown / bare PySide6 window", startup.run, 1.5),
    ("startup: demo campaign shown / bare window + ORM import", startup.run_against_orm_floor, 1.5),
]


def main() -> int:
    print(f"{'benchmark':<58} {'baseline':>9} {'measured':>9} {'ratio':>6} {'target':>7}")
    failed = False
    for name, run, target in BENCHMARKS:
        result = run()
        ok = result["ratio"] <= target
        failed |= not ok
        print(
            f"{name:<58} {result['baseline_s']:>8.3f}s {result['measured_s']:>8.3f}s "
            f"{result['ratio']:>5.2f}x {'<=' if ok else '>'}{target:.1f}x"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
