"""验收意见 (中期评估意见): the panel's opinion on one pilot of a later review, from the
locked results, laid out as the review's findings are (`opinions`: a title, the facts
in a ruled table, numbered sections, the panel's signature lines).

It states the panel's conclusion (the outcome under the campaign's bands, the final
score, the star grade if the secretariat set the grades), the opinion per condition
(`feedback_points`: the panel's figure and the experts' comments, unattributed), and
for a pilot sent to rectify the points to rectify and the deadline. It names no expert:
the panel signs it as a panel (专家组).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from models.enums import AcceptanceOutcome
from reviewer.documents.layout import BLOCK_WIDTH, Render, body, build, cell, hei, line, title
from reviewer.documents.official import chinese_date, grid_table, method_text, trace
from reviewer.documents.review_facts import GRADE_WORDS, ReviewedPilot, ReviewSource, to_rectify
from reviewer.scoring.score_sheet_pdf import chinese_numeral

SIZE = 10.5
TEXT = {"size": 14.0, "pitch": 24.0}
_WIDTHS = (100.0, BLOCK_WIDTH - 100.0)
SIGNATURES = (
    "专家组组长（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日",
    "专家组成员（签字）：",
)


def letter_text(pilot: ReviewedPilot) -> str:
    """The approval letter (批复) the pilot is held to: its number and date."""
    if pilot.pilot is None:
        return "—"
    number = pilot.pilot.approval_number or "文号未登记"
    return f"{number}（{chinese_date(pilot.pilot.approval_date)}）"


def period_line(pilot: ReviewedPilot) -> str:
    if pilot.pilot is None:
        return "—"
    return f"{chinese_date(pilot.pilot.period_start)}至{chinese_date(pilot.pilot.period_end)}"


def _facts(review: ReviewSource, pilot: ReviewedPilot) -> list[list[str]]:
    word, width = review.words.review, _WIDTHS[1]
    plan = pilot.pilot.plan_title if pilot.pilot else pilot.facts.title
    rows = [
        ["项目", "内容"],
        ["试点单位", cell(pilot.facts.applicant, width, SIZE)],
        ["批复的实施方案", cell(plan, width, SIZE)],
        ["试点类别", review.source.track_name(pilot.facts.track)],
        ["批复文号", cell(letter_text(pilot), width, SIZE)],
        ["试点期", cell(period_line(pilot), width, SIZE)],
        ["计分方法", cell(method_text(review.source.method), width, SIZE)],
        [f"{word}得分", pilot.final],
        [f"{word}结论", pilot.verdict],
    ]
    if pilot.outcome.grade:
        rows.append(["星级评定", GRADE_WORDS[pilot.outcome.grade - 1]])
    if pilot.outcome.outcome is AcceptanceOutcome.RECTIFY:
        rows.append(["整改期限", f"{review.deadline(pilot)}前"])
    return rows


def conclusion(review: ReviewSource, pilot: ReviewedPilot) -> str:
    """经专家组评议，…得分…分，验收结论为：通过（二星）。 and what follows from it."""
    word = review.words.review
    how = "经复验，专家组评议" if pilot.reaccepted else "经专家组评议"
    said = (
        f"{how}，{pilot.facts.applicant}{word}得分{pilot.final}分，{word}结论为：{pilot.verdict}。"
    )
    follows = {
        AcceptanceOutcome.PASS: f"专家组同意该试点通过{word}。",
        AcceptanceOutcome.RECTIFY: (
            f"请该试点按下列问题认真整改，于{review.deadline(pilot)}前完成整改后申请复验。"
        ),
        AcceptanceOutcome.FAIL: f"专家组认为该试点未达到{word}要求，不同意通过{word}。",
    }
    assert pilot.outcome.outcome is not None
    return said + follows[pilot.outcome.outcome]


def opinion_story(review: ReviewSource, pilot: ReviewedPilot) -> list[Flowable]:
    """The opinion's flowables, which the PDF and the Word copy are both made from."""
    word = review.words.review
    points = review.points(pilot)
    story: list[Flowable] = [
        title(review.words.opinion),
        line(review.subject(), size=12, pitch=22, align="centre"),
        Spacer(1, 6),
        grid_table(
            _facts(review, pilot), _WIDTHS, size=SIZE, extra=[("ALIGN", (1, 1), (1, -1), "LEFT")]
        ),
        hei(f"一、各项{word}条件的意见", size=12, pitch=30),
        *(body(f"（{chinese_numeral(n)}）{p.line}", **TEXT) for n, p in enumerate(points, 1)),
        hei(f"二、{word}结论", size=12, pitch=30),
        body(conclusion(review, pilot), **TEXT),
    ]
    if pilot.outcome.outcome is AcceptanceOutcome.RECTIFY:
        story.append(hei("三、需整改的问题", size=12, pitch=30))
        story += [
            body(f"（{chinese_numeral(n)}）{p.line}", **TEXT)
            for n, p in enumerate(to_rectify(points), 1)
        ] or [body("见上述各项意见。", **TEXT)]
    # The last paragraph goes with the signatures: never a page with the signatures alone.
    signed = [Spacer(1, 24), *(line(text, size=12, pitch=30) for text in SIGNATURES)]
    story.append(KeepTogether([story.pop(), *signed]))
    return story


def review_opinion(review: ReviewSource, pilot: ReviewedPilot, render: Render = build) -> bytes:
    return render(
        opinion_story(review, pilot),
        name=f"{review.words.opinion} {pilot.facts.applicant}",
        trace=trace(review.source),
        author=review.source.campaign.authority,
    )
