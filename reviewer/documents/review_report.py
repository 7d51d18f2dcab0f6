"""评审报告: the panel's report on the review, signed by every member.

What an objection or an audit asks first: who sat on the panel and who stepped aside
(政府采购法实施条例 §9), how the scores were counted, what came out per track, which
scores lay far from the panel's and what was done about them (87号令 §45), who dissented
and why, and a line per member to sign. A member who disagrees signs with the reasons,
and one who does neither is recorded as such and taken to agree (实施条例 §41): once the
secretariat enters the answers from the signed paper (`results.report_signatures`), the
report printed again says so on each member's line.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from reportlab.platypus import Flowable, KeepTogether

from models.enums import ReportSignature
from reviewer.decisions.ranking import RankedLine
from reviewer.documents.layout import BLOCK_WIDTH, Blank, Render, body, build, cell, hei, title
from reviewer.documents.official import chinese_date, grid_table, known_names, method_text, trace
from reviewer.documents.opinions import divergence_texts
from reviewer.documents.record_lines import change_lines, explanation_lines, override_line
from reviewer.documents.source import ReportSource
from reviewer.results.report_signatures import ReportSigner
from reviewer.scoring.score_sheet_pdf import chinese_numeral

NAME = "评审报告"
SIZE = 10.5
_RESULT_WIDTHS = (40.0, BLOCK_WIDTH - 40.0 - 80.0 - 80.0, 80.0, 80.0)
_MEMBER_WIDTHS = (30.0, 80.0, 120.0, 60.0, 70.0, BLOCK_WIDTH - 360.0)
# What each answer prints beside the member's signature.
ANSWERS = {
    ReportSignature.SIGNED: "已签字",
    ReportSignature.DISSENT: "签署不同意见：{reasons}",
    ReportSignature.NOT_SIGNED: "未签字，亦未书面说明理由，视为同意评审报告",
}


def _points(points: Decimal) -> str:
    """25 rather than 25.00: the rubric's points as a sentence states them."""
    return f"{points:f}".rstrip("0").rstrip(".") if "." in f"{points:f}" else f"{points:f}"


def _sentence(text: str) -> str:
    """`text` ending as a sentence does, as the member wrote it otherwise."""
    return text if text.endswith(("。", "！", "？", "；", ".", "…")) else f"{text}。"


def report_title(source: ReportSource) -> str:
    campaign = source.campaign.title
    return f"{campaign}报告" if campaign.endswith("评审") else f"{campaign}评审报告"


def _panel(source: ReportSource) -> list[Flowable]:
    members = source.members
    leader = next((m for m in members if m.is_leader), None)
    text = (
        f"本次评审由{source.campaign.authority}组织，评审专家组由{len(members)}名专家组成"
        + (f"，{leader.name}任组长" if leader else "")
        + "，名单见本报告所附签字表。"
    )
    story: list[Flowable] = [body(text)]
    names = {m.code: m.name for m in members}
    for recusal in source.recusals:
        applicant = source.applications[recusal.application_id].applicant
        why = f"（{recusal.reason}）" if recusal.reason else ""
        story.append(
            body(
                f"{names.get(recusal.expert, recusal.expert)}（{recusal.expert}）与{applicant}"
                f"存在利害关系{why}，已回避，未对其评分。"
            )
        )
    return story


def _method(source: ReportSource) -> list[Flowable]:
    story: list[Flowable] = []
    for kind in source.tracks():
        rubric = source.rubrics[kind]
        conditions = "、".join(f"{c.name}（{_points(c.max_points)}分）" for c in rubric.conditions)
        total = _points(rubric.total_points)
        story.append(body(f"{rubric.track_name}按{conditions}等评审条件评分，满分{total}分。"))
    story.append(body(f"计分方法：{method_text(source.method)}。"))
    return story


def _results(source: ReportSource) -> list[Flowable]:
    story: list[Flowable] = []
    for kind in source.tracks():
        rows = [["排序", "申报单位", "评审得分", "有效评分"]]
        for ranked in source.ranking[kind]:
            kept = sum(1 for figure in ranked.experts if figure.kept)
            rows.append(
                [
                    "—" if ranked.rank is None else str(ranked.rank),
                    cell(ranked.applicant, _RESULT_WIDTHS[1], SIZE),
                    "—" if ranked.final is None else f"{ranked.final:.2f}",
                    f"{kept}份",
                ]
            )
        heading = hei(f"（{chinese_numeral(len(story) + 1)}）{source.track_name(kind)}")
        # A track's table stays on one page when it can (KeepTogether splits a longer one).
        story.append(KeepTogether([heading, grid_table(rows, _RESULT_WIDTHS, size=SIZE)]))
    return story


def _deviations(source: ReportSource) -> list[Flowable]:
    """Each application whose totals the merge flagged (a spread over the threshold, an
    expert far from the others), with what the flags say; divergences on single criteria
    are counted in one sentence, their detail being on the expert sheets."""
    names = {m.code: m.name for m in source.members}
    thresholds = source.lock.results["thresholds"]
    story: list[Flowable] = []
    criteria = applications = 0
    for kind in source.tracks():
        for ranked in source.ranking[kind]:
            on_totals = replace(
                ranked, flags=tuple(f for f in ranked.flags if not f.kind.startswith("criterion"))
            )
            texts = divergence_texts(on_totals, thresholds, names)
            if texts:
                story.append(body(f"{ranked.applicant}：{''.join(texts)}"))
            story += [body(line) for line in _resolved(source, ranked)]
            count = sum(1 for f in ranked.flags if f.kind.startswith("criterion"))
            criteria += count
            applications += bool(count)
    if criteria:
        story.append(
            body(f"另有{applications}个申报单位存在单项评分分歧，共{criteria}处，详见专家评分表。")
        )
    return story or [body("各申报单位的专家评分均未见明显偏离。")]


def _resolved(source: ReportSource, ranked: RankedLine) -> list[str]:
    """How the application's deviations were resolved (87号令 §45): the experts' written
    explanations, the panel leader's leave over those left open, and each change after
    compilation with its ground (§64)."""
    application = ranked.application_id
    override = override_line(source, application)
    lines = explanation_lines(source, application) + ([override] if override else [])
    lines += change_lines(source, application)
    return [f"{ranked.applicant}：{line}" for line in lines]


def _dissents(source: ReportSource) -> list[Flowable]:
    names = {m.code: m.name for m in source.members}
    story = [
        body(
            f"{names.get(n.expert_code, n.expert_code)}（{n.expert_code}）对"
            f"{source.applications[application].applicant}：{_sentence(n.text)}"
        )
        for application, notes in source.notes.items()
        if application in source.applications
        for n in notes
        if n.expert_code
    ]
    story += [
        body(f"{m.name}（{m.code}）对评审报告签署不同意见：{_sentence(m.reasons)}")
        for m in source.members
        if m.answer is ReportSignature.DISSENT
    ]
    return story or [body("无。")]


def _answer(member: ReportSigner) -> str:
    return "" if member.answer is None else ANSWERS[member.answer].format(reasons=member.reasons)


def _signatures(source: ReportSource) -> Flowable:
    rows = [["序号", "姓名", "工作单位", "职称", "签字", "备注"]]
    for number, member in enumerate(source.members, start=1):
        role = "（组长）" if member.is_leader else ""
        rows.append(
            [
                str(number),
                cell(f"{member.name}{role}", _MEMBER_WIDTHS[1], SIZE),
                cell(member.affiliation, _MEMBER_WIDTHS[2], SIZE),
                cell(member.title, _MEMBER_WIDTHS[3], SIZE),
                "",
                cell(_answer(member), _MEMBER_WIDTHS[5], SIZE),
            ]
        )
    # Room to sign by hand: a row as tall as two lines of body text.
    room = [("TOPPADDING", (0, 1), (-1, -1), 12), ("BOTTOMPADDING", (0, 1), (-1, -1), 12)]
    table = grid_table(rows, _MEMBER_WIDTHS, size=SIZE, extra=room)
    return KeepTogether([hei("六、评审专家签字"), table])


def review_report_story(source: ReportSource) -> list[Flowable]:
    """The report's flowables, which the PDF and the Word copy are both made from."""
    sections = (
        ("一、评审组织", _panel(source)),
        ("二、评审方法", _method(source)),
        ("三、评审结果", _results(source)),
        ("四、评分偏离及处理", _deviations(source)),
        ("五、专家异议", _dissents(source)),
    )
    story: list[Flowable] = [title(report_title(source), known_names(source)), Blank(1)]
    for heading, content in sections:  # a heading never ends a page
        story += [KeepTogether([hei(heading), content[0]]), *content[1:]]
    story += [Blank(1), _signatures(source)]
    story.append(body(f"评审日期：{chinese_date(source.locked_on)}"))
    return story


def review_report(source: ReportSource, render: Render = build) -> bytes:
    """The review report on the locked results, for every member to sign."""
    story = review_report_story(source)
    return render(story, name=NAME, trace=trace(source), author=source.campaign.authority)
