"""专家评分表: each expert's criterion scores and comments on every application they
scored, as merged into the locked results, with a line to sign.

The expert signed a sheet when scoring (`reviewer.scoring.score_sheet_pdf`); this one is printed for
the file after the results are locked, from the Score rows the locked results were merged
from, and carries the locked results' fingerprint like every document of the report.
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether, Spacer

from reviewer.documents.layout import BLOCK_WIDTH, Trace, build, cell, hei, line, title
from reviewer.documents.official import grid_table
from reviewer.documents.source import CriterionScore, ExpertFacts, ReportSource
from reviewer.panel.commitment import NOT_ACCEPTED
from reviewer.rubrics.checks import points_text
from reviewer.scoring.score_sheet_pdf import chinese_numeral

NAME = "专家评分表"
SIZE = 9.5
# 评审条件 | 评分项 | 满分 | 得分 | 评分意见: a criterion's name of 16 characters on one line,
# so the 22 criteria of the default city rubric fit a page with the sheet's heading.
WIDTHS = (72.0, 160.0, 30.0, 30.0, BLOCK_WIDTH - 292.0)
# A comment longer than this many lines continues in rows of its own, so no row is taller
# than a page (reportlab cannot split a row).
ROW_LINES = 24
DECLARATION = "本人承诺：以上评分系本人独立、客观、公正作出。"
SIGNATURE = "评审专家签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日"


def _rows(scores: tuple[CriterionScore, ...]) -> tuple[list[list[str]], list[tuple[object, ...]]]:
    rows: list[list[str]] = [["评审条件", "评分项", "满分", "得分", "评分意见"]]
    style: list[tuple[object, ...]] = [("ALIGN", (0, 1), (1, -1), "LEFT")]
    style.append(("ALIGN", (4, 1), (4, -1), "LEFT"))
    for condition, group in itertools.groupby(scores, key=lambda s: s.condition):
        first = len(rows)
        for score in group:
            comment = cell(score.comment, WIDTHS[4], SIZE).split("\n")
            pieces = [comment[i : i + ROW_LINES] for i in range(0, len(comment), ROW_LINES)]
            item = cell(f"{score.code} {score.name}", WIDTHS[1], SIZE)
            rows.append(
                [
                    "",
                    item,
                    points_text(score.max_points),
                    points_text(score.value),
                    "\n".join(pieces[0]),
                ]
            )
            rows.extend(["", f"{score.code}（续）", "", "", "\n".join(p)] for p in pieces[1:])
        rows[first][0] = cell(condition, WIDTHS[0], SIZE)
        if len(rows) - first > 1:
            style.append(("SPAN", (0, first), (0, len(rows) - 1)))
    total = sum((s.value for s in scores), Decimal(0))
    rows.append(
        [
            "合计",
            "",
            points_text(sum((s.max_points for s in scores), Decimal(0))),
            points_text(total),
            "",
        ]
    )
    style += [("SPAN", (0, -1), (1, -1)), ("NOSPLIT", (0, -2), (-1, -1))]
    return rows, style


def expert_sheet(source: ReportSource, expert: ExpertFacts, trace: Trace) -> bytes:
    """The sheet of one expert: a section per application they scored, in track order."""
    story: list[Flowable] = [
        title(NAME),
        line(f"{trace.campaign}", size=12, pitch=20, align="centre"),
        line(
            f"评审专家：{expert.name}（{expert.code}）　{expert.title}　{expert.affiliation}",
            size=12,
            pitch=20,
            align="centre",
        ),
        Spacer(1, 6),
    ]
    number = 0
    for kind in source.tracks():
        for ranked in source.ranking[kind]:
            scores = source.scores.get((expert.code, ranked.application_id))
            if not scores or expert.code not in {f.code for f in ranked.experts}:
                continue
            number += 1
            facts = source.applications[ranked.application_id]
            rows, style = _rows(scores)
            heading = hei(
                f"{chinese_numeral(number)}、{facts.applicant}　{facts.title}"
                f"（{source.track_name(kind)}）",
                size=12,
                pitch=24,
            )
            table = grid_table(rows, WIDTHS, size=SIZE, extra=style)
            story.append(KeepTogether([heading, table]))
    story += [
        *_commitment(expert),
        KeepTogether(
            [
                Spacer(1, 20),
                line(DECLARATION, size=12, pitch=24),
                Spacer(1, 10),
                line(SIGNATURE, size=12, pitch=24),
            ]
        ),
    ]
    return build(story, name=f"{NAME} {expert.name}", trace=trace, author=source.campaign.authority)


def _commitment(expert: ExpertFacts) -> list[Flowable]:
    """The commitment's acceptance and the expert's recusals (政府采购法实施条例 §9)."""
    recusals = (expert.recusals or "无").split("\n")
    lines = [
        hei("评审承诺与回避", size=12, pitch=24),
        line(expert.commitment or NOT_ACCEPTED, size=12, pitch=24),
        *(
            line(("回避事项：" if i == 0 else "　　　　　") + text, size=12, pitch=24)
            for i, text in enumerate(recusals)
        ),
    ]
    return [Spacer(1, 12), KeepTogether(lines)]


def sheet_experts(source: ReportSource) -> list[ExpertFacts]:
    """The experts who get a sheet: those with scores in the locked results, in code
    order."""
    scored = {code for code, _application in source.scores}
    in_results = {f.code for lines in source.ranking.values() for r in lines for f in r.experts}
    return [
        expert for code, expert in source.experts.items() if code in scored and code in in_results
    ]


def expert_sheets(source: ReportSource, trace: Trace) -> list[tuple[ExpertFacts, bytes]]:
    """A sheet per expert with scores in the locked results, in code order."""
    return [(expert, expert_sheet(source, expert, trace)) for expert in sheet_experts(source)]
