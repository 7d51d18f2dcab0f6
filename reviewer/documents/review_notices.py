"""The official notices of a later review, GB/T 9704 like the approval letters (批复) and
the pilot-list notice: the red header with the number line (发文字号), the title, the
addressees, the body with its numbered points (一、 in 黑体, 7.3.3), the authority and
the date with room for the seal (7.3.5.1), the 版记 (7.4).

- 验收结果通知 (中期评估结果通知): from the issuing authority to those the call went to,
  saying which pilots passed (with their star grade), which must rectify and be accepted
  again (复验) by the deadline, which failed; the list per pilot attached.
- 整改通知: to each pilot sent to rectify, the points to rectify (the panel's weak
  conditions with the experts' comments, `review_facts.to_rectify`), the deadline, and
  what to hand in for the re-acceptance: a report on the rectification and the
  acceptance package's own materials (自评价报告, evidence of what was built) brought up
  to date.

Neither names an expert or gives an expert's own points.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from models.enums import AcceptanceOutcome
from reviewer.documents.approval import addressee, item, plan_name, you
from reviewer.documents.imprint import Imprint
from reviewer.documents.layout import (
    BLOCK_WIDTH,
    Blank,
    RedHeader,
    Render,
    body,
    build,
    cell,
    hei,
    line,
    title,
)
from reviewer.documents.official import (
    Issue,
    attachment_note,
    closing,
    document_number,
    grid_table,
    known_names,
    printer,
    trace,
)
from reviewer.documents.review_facts import (
    GRADE_WORDS,
    OUTCOME_WORDS,
    ReviewedPilot,
    ReviewSource,
    to_rectify,
)
from reviewer.scoring.score_sheet_pdf import chinese_numeral

PASS, RECTIFY, FAIL = AcceptanceOutcome.PASS, AcceptanceOutcome.RECTIFY, AcceptanceOutcome.FAIL
TABLE_SIZE = 12.0
_WIDTHS = (42.0, 150.0, 110.0, 62.0, BLOCK_WIDTH - 364.0)


def _names(pilots: list[ReviewedPilot]) -> str:
    return "、".join(p.facts.applicant for p in pilots)


def _outcome_points(review: ReviewSource) -> list[str]:
    """A point per outcome with pilots: who passed (and their grades), who must rectify
    by when, who failed."""
    word, texts = review.words.review, []
    passed = review.with_outcome(PASS)
    if passed:
        graded = "，".join(
            f"{p.facts.applicant}评定为{GRADE_WORDS[p.outcome.grade - 1]}"
            for p in passed
            if p.outcome.grade
        )
        texts.append(
            f"{_names(passed)}共{len(passed)}个试点通过{word}。"
            + (f"其中，{graded}。" if graded else "")
        )
    rectify = review.with_outcome(RECTIFY)
    if rectify:
        texts.append(
            f"{_names(rectify)}共{len(rectify)}个试点需整改后复验。请有关试点单位按照整改通知的要求"
            f"认真整改，于{review.deadline()}前报送整改情况，我厅将组织专家复验。"
        )
    failed = review.with_outcome(FAIL)
    if failed:
        texts.append(f"{_names(failed)}共{len(failed)}个试点未通过{word}。")
    return texts


def _attachment(review: ReviewSource, name: str) -> list[Flowable]:
    word = review.words.review
    rows: list[list[str]] = [["序号", "试点单位", "试点类别", f"{word}得分", f"{word}结论"]]
    for n, pilot in enumerate(review.pilots, start=1):
        assert pilot.outcome.outcome is not None
        grade = pilot.outcome.grade
        verdict = OUTCOME_WORDS[pilot.outcome.outcome] + (
            f"（{GRADE_WORDS[grade - 1]}）" if grade else ""
        )
        rows.append(
            [
                str(n),
                cell(pilot.facts.applicant, _WIDTHS[1], TABLE_SIZE),
                cell(review.source.track_name(pilot.facts.track), _WIDTHS[2], TABLE_SIZE),
                pilot.final,
                cell(verdict, _WIDTHS[4], TABLE_SIZE),
            ]
        )
    table = grid_table(rows, _WIDTHS, size=TABLE_SIZE, extra=[("ALIGN", (1, 1), (1, -1), "LEFT")])
    return [
        PageBreak(),
        hei("附件"),
        Blank(1),
        title(name, known_names(review.source)),
        Blank(1),
        table,
    ]


def results_notice_story(review: ReviewSource, issue: Issue) -> list[Flowable]:
    """验收结果通知's flowables, which the PDF and the Word copy are both made from."""
    source, word = review.source, review.words.review
    authority = source.campaign.authority
    call = source.campaign.call_title
    reference = f"（{source.campaign.call_reference}）" if source.campaign.call_reference else ""
    attached = f"{review.subject()}结果"
    story: list[Flowable] = [
        RedHeader(f"{authority}文件", issue.number),
        Blank(2),
        title(f"{authority}关于{review.subject()}结果的通知", known_names(source)),
        Blank(1),
        line(f"{issue.addressees}："),
        body(
            f"根据《{call}》{reference}和试点工作安排，我厅组织专家对{len(review.pilots)}个试点"
            f"的实施情况进行了{word}。经试点单位自评、材料审查和专家评审，现将{word}结果通知如下"
            "（名单见附件）："
        ),
        *(
            item(f"{chinese_numeral(n)}、", text)
            for n, text in enumerate(_outcome_points(review), 1)
        ),
        Blank(1),
    ]
    story.append(closing(attachment_note([attached]), authority, issue.issued_on))
    story.extend(_attachment(review, attached))
    story.append(Imprint(printer(authority), issue.issued_on, issue.copy_to))
    return story


def results_notice(review: ReviewSource, issue: Issue, render: Render = build) -> bytes:
    return render(
        results_notice_story(review, issue),
        name=review.words.notice,
        trace=trace(review.source),
        author=review.source.campaign.authority,
    )


def rectification_story(review: ReviewSource, issue: Issue, pilot: ReviewedPilot) -> list[Flowable]:
    """整改通知's flowables for one pilot sent to rectify."""
    source, word, facts = review.source, review.words.review, pilot.facts
    authority = source.campaign.authority
    letter = ""
    if pilot.pilot is not None and pilot.pilot.approval_number:
        letter = f"（批复文号：{pilot.pilot.approval_number}）"
    points = to_rectify(review.points(pilot))
    story: list[Flowable] = [
        RedHeader(
            f"{authority}文件",
            document_number(source.campaign.call_reference, issue.issued_on.year),
        ),
        Blank(2),
        title(
            f"{authority}关于{facts.applicant}{review.subject()}整改的通知",
            known_names(source, facts.applicant),
        ),
        Blank(1),
        line(f"{addressee(facts)}："),
        body(
            f"根据{review.subject()}工作安排，我厅组织专家对{you(facts)}《{plan_name(facts)}》{letter}"
            f"的实施情况进行了{word}。经专家组评议，{you(facts)}试点{word}得分{pilot.final}分，"
            f"{word}结论为整改后复验。现将需要整改的问题和有关要求通知如下："
        ),
        item("一、", "需要整改的问题"),
        *(body(f"（{chinese_numeral(n)}）{p.line}") for n, p in enumerate(points, 1)),
        item("二、", f"整改期限：请于{review.deadline(pilot)}前完成整改。"),
        item(
            "三、",
            "复验材料：整改完成后，请向我厅报送以下材料，申请复验：（一）整改情况报告，逐项说明"
            "上述问题的整改措施和成效；（二）更新后的试点工作自评价报告；（三）建设成果、资金投入、"
            "数据开放等方面的证明材料。",
        ),
    ]
    last = body("我厅将组织专家对整改情况进行复验。特此通知。")
    story.append(closing([last], authority, issue.issued_on))
    return story


def rectification_notice(
    review: ReviewSource, issue: Issue, pilot: ReviewedPilot, render: Render = build
) -> bytes:
    return render(
        rectification_story(review, issue, pilot),
        name=f"{review.words.rectification} {pilot.facts.applicant}",
        trace=trace(review.source),
        author=review.source.campaign.authority,
    )
