"""评审意见: the panel's findings on each application, a page or more per application.

What officials read before signing: the final score and rank, the figures per condition,
the divergences the merge flagged and how they were resolved (the experts' written
explanations, or the panel leader's leave to lock over them, 87号令 §45), the panel's
discussion notes, any expert's written dissent (methods.md: a dissenting expert writes
the reasons, otherwise they agree), the decision taken, and each change after
compilation with its ground (87号令 §64), all from the locked results.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from models.enums import DecisionOutcome
from reviewer.decisions.ranking import ExpertFigure, RankedLine
from reviewer.documents.layout import (
    BLOCK_WIDTH,
    Render,
    Trace,
    body,
    build,
    cell,
    hei,
    line,
    title,
)
from reviewer.documents.official import grid_table, method_text
from reviewer.documents.record_lines import change_lines, explanation_lines, override_line
from reviewer.documents.source import ReportSource

NAME = "评审意见"
SIZE = 10.5
TEXT = {"size": 14.0, "pitch": 24.0}
_FACT_WIDTHS = (90.0, BLOCK_WIDTH - 90.0)
_CONDITION_WIDTHS = (BLOCK_WIDTH - 210.0, 70.0, 70.0, 70.0)
DECISIONS = {
    DecisionOutcome.APPROVE: "同意列为试点",
    DecisionOutcome.REJECT: "不列为试点",
    DecisionOutcome.DEFER: "暂缓决定",
}
SIGNATURE = "评审组长签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日"


def _percent(part: Decimal, whole: Decimal) -> str:
    return "—" if not whole else f"{part / whole * 100:.1f}%"


def divergence_texts(
    ranked: RankedLine, thresholds: dict[str, Any], names: dict[str, str]
) -> list[str]:
    """What the merge's flags on `ranked` say, a sentence each; empty without flags."""
    spread = f"{Decimal(thresholds['spread']) * 100:.0f}%"
    deviation = f"{Decimal(thresholds['deviation']) * 100:.0f}%"
    texts: list[str] = []
    criteria = 0
    for flag in ranked.flags:
        if flag.kind == "spread":
            texts.append(f"专家评分的极差超过满分的{spread}。")
        elif flag.kind == "deviation":
            who = f"{names.get(flag.expert, flag.expert)}（{flag.expert}）"
            texts.append(f"{who}的评分偏离其他专家平均分{deviation}以上。")
        elif flag.kind == "veto":
            texts.append("多数专家在一票否决项上评为零分，该申报不具备入选资格。")
        elif flag.kind.startswith("criterion"):
            criteria += 1
    if criteria:
        texts.append(f"单项评分分歧共{criteria}处，见专家评分表。")
    return texts


def _resolutions(source: ReportSource, application_id: int) -> list[str]:
    """How the deviations were resolved (87号令 §45): the experts' written explanations,
    and the panel leader's leave to lock over those left open."""
    override = override_line(source, application_id)
    return explanation_lines(source, application_id) + ([override] if override else [])


def panel_text(ranked: RankedLine, names: dict[str, str]) -> str:
    """Who was dropped and who was kept, said plainly: 去掉最高分：…；去掉最低分：…；
    其余专家评分计入：…. Of the two totals the trimmed mean drops, the higher is the highest
    (between equal totals the later expert, as `results.aggregation` drops them)."""

    def who(figures: list[ExpertFigure]) -> str:
        return "、".join(f"{names.get(f.code, f.code)}（{f.code}）" for f in figures)

    kept = [f for f in ranked.experts if f.kept]
    # A stable sort: between equal totals the later expert is the higher one.
    dropped = sorted((f for f in ranked.experts if not f.kept), key=lambda f: f.total)
    if not dropped:
        return f"各位专家评分均计入：{who(kept)}"
    parts = [f"去掉最高分：{who(dropped[-1:])}"]
    if len(dropped) > 1:
        parts.append(f"去掉最低分：{who(dropped[:1])}")
    return "；".join([*parts, f"其余专家评分计入：{who(kept)}"])


def makeup_text(source: ReportSource, ranked: RankedLine) -> str:
    """The panel's size and make-up (87号令 §47): 评审专家5名（…），其中备选专家1名；
    回避1名（…）. The panel is who scored in the locked results."""
    panel = [source.experts[f.code] for f in ranked.experts if f.code in source.experts]
    text = f"评审专家{len(panel)}名（{'、'.join(e.name for e in panel)}）"
    reserves = sum(e.is_reserve for e in panel)
    if reserves:
        text += f"，其中备选专家{reserves}名"
    recused = [
        source.experts[code].name
        for code in source.recused.get(ranked.application_id, ())
        if code in source.experts
    ]
    if recused:
        text += f"；回避{len(recused)}名（{'、'.join(recused)}）"
    return text


def _facts(source: ReportSource, ranked: RankedLine) -> list[list[str]]:
    facts = source.applications[ranked.application_id]
    names = {code: expert.name for code, expert in source.experts.items()}
    experts = panel_text(ranked, names)
    decision = source.decisions.get(ranked.application_id)
    width = _FACT_WIDTHS[1]
    return [
        ["项目", "内容"],
        ["申报单位", cell(facts.applicant, width, SIZE)],
        ["试点方案", cell(facts.title, width, SIZE)],
        ["试点类别", source.track_name(facts.track)],
        ["专家组", cell(makeup_text(source, ranked), width, SIZE)],
        ["评审专家", cell(experts, width, SIZE)],
        ["计分方法", cell(method_text(source.method), width, SIZE)],
        ["最终得分", "—" if ranked.final is None else f"{ranked.final:.2f}"],
        ["排序", "—（不参加排序）" if ranked.rank is None else f"第{ranked.rank}名"],
        ["审定结果", "尚未决定" if decision is None else DECISIONS[decision]],
    ]


def _conditions(source: ReportSource, ranked: RankedLine) -> list[list[str]]:
    rubric = source.rubrics[ranked.track]
    rows = [["评审条件", "满分", "得分", "得分率"]]
    for condition in rubric.conditions:
        value = ranked.conditions.get(condition.code)
        rows.append(
            [
                cell(f"{condition.code} {condition.name}", _CONDITION_WIDTHS[0], SIZE),
                f"{condition.max_points:.2f}",
                "—" if value is None else f"{value:.2f}",
                "—" if value is None else _percent(value, condition.max_points),
            ]
        )
    return rows


def _application(source: ReportSource, ranked: RankedLine) -> list[Flowable]:
    names = {code: expert.name for code, expert in source.experts.items()}
    notes = source.notes.get(ranked.application_id, ())
    panel = [n for n in notes if not n.expert_code]
    dissents = [n for n in notes if n.expert_code]
    left = [("ALIGN", (1, 1), (1, -1), "LEFT")]
    story: list[Flowable] = [
        title(NAME),
        line(source.campaign.title, size=12, pitch=22, align="centre"),
        Spacer(1, 6),
        grid_table(_facts(source, ranked), _FACT_WIDTHS, size=SIZE, extra=left),
        hei("一、各评审条件得分（保留的专家评分的平均）", size=12, pitch=30),
        grid_table(
            _conditions(source, ranked),
            _CONDITION_WIDTHS,
            size=SIZE,
            extra=[("ALIGN", (0, 1), (0, -1), "LEFT")],
        ),
        hei("二、评分分歧", size=12, pitch=30),
    ]
    thresholds = source.lock.results["thresholds"]
    texts = divergence_texts(ranked, thresholds, names) or ["各位专家的评分未见明显分歧。"]
    story += [body(text, **TEXT) for text in texts]
    story += [body(text, **TEXT) for text in _resolutions(source, ranked.application_id)]
    story.append(hei("三、专家组意见", size=12, pitch=30))
    story += [body(f"（{i}）{n.text}", **TEXT) for i, n in enumerate(panel, start=1)] or [
        body("专家组未另行记录讨论意见。", **TEXT)
    ]
    story.append(hei("四、专家异议", size=12, pitch=30))
    story += [
        body(f"{names.get(n.expert_code, n.expert_code)}（{n.expert_code}）：{n.text}", **TEXT)
        for n in dissents
    ] or [body("无。", **TEXT)]
    changes = change_lines(source, ranked.application_id)
    if changes:
        story.append(hei("五、汇总后的修改", size=12, pitch=30))
        story += [body(text, **TEXT) for text in changes]
    story.append(KeepTogether([Spacer(1, 24), line(SIGNATURE, size=12, pitch=24)]))
    return story


def opinions(source: ReportSource, trace: Trace, render: Render = build) -> bytes:
    """The findings on every application of the locked results, track by track in
    ranking order, each starting on a new page."""
    story = opinions_story(source)
    return render(story, name=NAME, trace=trace, author=source.campaign.authority)


def opinions_story(source: ReportSource) -> list[Flowable]:
    """The findings' flowables, which the PDF and the Word copy are both made from."""
    story: list[Flowable] = []
    for kind in source.tracks():
        for ranked in source.ranking[kind]:
            if story:
                story.append(PageBreak())
            story += _application(source, ranked)
    return story
