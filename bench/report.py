"""Printing a large campaign's score summary (评分汇总表): 10,000 applications scored by
a panel of 7, from the locked result snapshot to the PDF file.

Baseline, in the same run: a bare reportlab table of the same rows (the same cell text,
the same embedded font, page and grid) built into a PDF file. The measured part is what
`reviewer report` does for the table: rank the snapshot, lay out the summary (two-row
header, dropped totals marked, signature lines, trace line, page numbers) and write it.
Both run in this process, after the fonts are registered and reportlab is warmed up,
alternately, twice each; the best time of each is kept.
"""

from __future__ import annotations

import random
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import LongTable, SimpleDocTemplate, TableStyle

from models.enums import TrackKind
from reviewer.decisions.ranking import rank
from reviewer.documents.layout import Trace
from reviewer.documents.score_summary import SummaryTrack, score_summary
from reviewer.documents.source import ExpertFacts
from reviewer.pdf_fonts import register_fonts

APPLICATIONS, EXPERTS = 10_000, 7
QUICK = {"applications": 1_000}
ROUNDS = 2
NAMES = "西安铜川宝鸡咸阳渭南延安汉中榆林安康商洛杨凌韩城"


def _snapshot(applications: int, experts: int) -> dict[str, Any]:
    """A locked result snapshot as `PanelResults.as_json()` writes it."""
    rng = random.Random(2014)
    codes = [f"E{n + 1:02d}" for n in range(experts)]
    lines = []
    for n in range(applications):
        totals = [Decimal(rng.randint(100, 196)) / 2 for _ in codes]
        order = sorted(range(experts), key=lambda i: totals[i])
        dropped = {order[0], order[-1]}
        kept = [t for i, t in enumerate(totals) if i not in dropped]
        final = (sum(kept, Decimal(0)) / len(kept)).quantize(Decimal("0.01"))
        name = "".join(rng.choice(NAMES) for _ in range(rng.randint(2, 9))) + f"市{n}"
        lines.append(
            {
                "application_id": n + 1,
                "applicant": name,
                "track": "city",
                "final": f"{final:.2f}",
                "ineligible": False,
                "experts": {
                    code: {"total": f"{totals[i]:.2f}", "kept": i not in dropped}
                    for i, code in enumerate(codes)
                },
                "kept": [c for i, c in enumerate(codes) if i not in dropped],
                "dropped": [c for i, c in enumerate(codes) if i in dropped],
                "conditions": {"C1": f"{final / 4:.2f}", "C3": f"{final / 3:.2f}"},
                "flags": [],
            }
        )
    return {"method": {"method": "trimmed_mean", "trim_min_panel": 5}, "applications": lines}


def _baseline(snapshot: dict[str, Any], path: Path) -> None:
    """The same rows as plain text in a bare reportlab table with a header row."""
    song, _hei = register_fonts()
    codes = list(snapshot["applications"][0]["experts"])
    rows = [["序号", "申报单位", *codes, "最终得分", "排序"]]
    ordered = sorted(snapshot["applications"], key=lambda a: Decimal(a["final"]), reverse=True)
    for n, app in enumerate(ordered, start=1):
        totals = [f["total"] if f["kept"] else f"({f['total']})" for f in app["experts"].values()]
        rows.append([str(n), app["applicant"], *totals, app["final"], str(n)])
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), song),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ]
    )
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), invariant=1)
    doc.build([LongTable(rows, repeatRows=1, style=style)])


def _measured(snapshot: dict[str, Any], path: Path) -> None:
    codes = list(snapshot["applications"][0]["experts"])
    experts = tuple(ExpertFacts(c, f"专家{c[1:]}", "", "", c == "E01") for c in codes)
    ranked = rank(snapshot, {})
    track = SummaryTrack("市级智慧城市区域试点", experts, ranked[TrackKind.CITY], experts[0])
    trace = Trace("基准评审", "去掉一个最高分和一个最低分后取平均", "000000000000")
    path.write_bytes(score_summary([track], trace, "基准", "锁定日期：2014年7月1日"))


def run(applications: int = APPLICATIONS, experts: int = EXPERTS) -> dict[str, float]:
    snapshot = _snapshot(applications, experts)
    with tempfile.TemporaryDirectory() as folder:
        warm = _snapshot(50, experts)
        _baseline(warm, Path(folder) / "warm-a.pdf")
        _measured(warm, Path(folder) / "warm-b.pdf")
        # Alternated and the best of each kept: the machine is shared, and a busy moment
        # during one of the two would otherwise decide the ratio.
        baseline = measured = float("inf")
        for _round in range(ROUNDS):
            start = time.perf_counter()
            _baseline(snapshot, Path(folder) / "baseline.pdf")
            baseline = min(baseline, time.perf_counter() - start)
            start = time.perf_counter()
            _measured(snapshot, Path(folder) / "summary.pdf")
            measured = min(measured, time.perf_counter() - start)
    return {
        "applications": applications,
        "baseline_s": baseline,
        "measured_s": measured,
        "ratio": measured / baseline,
    }
