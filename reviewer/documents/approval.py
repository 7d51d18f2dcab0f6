"""批复: the approval letter of each approved applicant's implementation plan.

The call ends the review with "确定试点名单，批复试点方案" (三(三)3): every pilot gets a
letter approving its plan, an official document of its own (GB/T 9704), saying how it
was reviewed (method, final score, rank in its track) so the letter matches the tables.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from models.enums import TrackKind
from reviewer.decisions.ranking import RankedLine
from reviewer.documents.fonts import BODY, HEADING1
from reviewer.documents.layout import (
    Blank,
    GridText,
    RedHeader,
    Render,
    Style,
    body,
    build,
    line,
    title,
)
from reviewer.documents.official import (
    Issue,
    closing,
    document_number,
    known_names,
    method_text,
    period_text,
    subject,
    trace,
)
from reviewer.documents.source import ApplicationFacts, ReportSource

NAME = "批复"


def addressee(facts: ApplicationFacts) -> str:
    """Whom the letter goes to: a city's government, a zone's administrative committee, a
    provincial department by its name."""
    if facts.track is TrackKind.DEPARTMENT:
        return facts.applicant
    if facts.applicant.endswith("示范区"):
        return f"{facts.applicant}管委会"
    return f"{facts.applicant}人民政府"


def you(facts: ApplicationFacts) -> str:
    """你市, 你区, 你厅, 你委: how a letter addresses its recipient."""
    name = facts.applicant
    if name.endswith("委员会"):
        return "你委"
    return f"你{name[-1]}"


def plan_name(facts: ApplicationFacts) -> str:
    if facts.title.startswith(facts.applicant):
        return facts.title
    return f"{facts.applicant}{facts.title}"


def item(ordinal: str, text: str) -> GridText:
    """A numbered point of the letter: its ordinal 一、 in 黑体, the first level's face
    (GB/T 9704-2012 7.3.3: 第一层用黑体字), the point itself in the body face."""
    return GridText([(ordinal, HEADING1), (text, BODY)], Style())


def approval_letter(
    source: ReportSource, issue: Issue, ranked: RankedLine, render: Render = build
) -> bytes:
    """The letter approving `ranked`'s plan (an approved line of the ranking)."""
    applicant = source.applications[ranked.application_id].applicant
    return render(
        approval_story(source, issue, ranked),
        name=f"{NAME} {applicant}",
        trace=trace(source),
        author=source.campaign.authority,
    )


def approval_story(source: ReportSource, issue: Issue, ranked: RankedLine) -> list[Flowable]:
    """The letter's flowables, which the PDF and the Word copy are both made from."""
    facts = source.applications[ranked.application_id]
    authority = source.campaign.authority
    track = source.track_name(facts.track)
    score = "—" if ranked.final is None else f"{ranked.final:.2f}"
    domains = "、".join(facts.pilot_domains)
    focus = f"重点推进{domains}等应用，" if domains else ""
    story: list[Flowable] = [
        RedHeader(
            f"{authority}文件",
            document_number(source.campaign.call_reference, issue.issued_on.year),
        ),
        Blank(2),
        title(f"{authority}关于{plan_name(facts)}的批复", known_names(source, facts.applicant)),
        Blank(1),
        line(f"{addressee(facts)}："),
        body(
            f"{you(facts)}报来的《{plan_name(facts)}》收悉。经我厅组织专家评审"
            f"（计分方法：{method_text(source.method)}），该方案评审得分{score}分，"
            f"在{track}中排第{ranked.rank}名。经研究，现批复如下："
        ),
        item(
            "一、", f"同意{facts.applicant}为{subject(source)}（{track}），原则同意所报实施方案。"
        ),
        item(
            "二、",
            f"试点期为{period_text(source.campaign.pilot_period_months)}，"
            "自本批复印发之日起计算。"
            f"请按照实施方案加强组织领导，落实资金、人才等保障措施，{focus}"
            "按期完成试点任务。",
        ),
    ]
    last = item(
        "三、",
        "请于试点期满前向我厅报送试点工作总结。试点期满后，我厅将组织验收，并组织向全省推广。",
    )
    story.append(closing([last], authority, issue.issued_on))
    return story


def approved_lines(source: ReportSource) -> list[RankedLine]:
    """The approved applications, track by track in rank order: one letter each."""
    return [ranked for kind in source.tracks() for ranked in source.approved(kind)]


def approval_letters(source: ReportSource, issue: Issue) -> list[tuple[RankedLine, bytes]]:
    """A letter per approved applicant, track by track in rank order."""
    return [(ranked, approval_letter(source, issue, ranked)) for ranked in approved_lines(source)]
