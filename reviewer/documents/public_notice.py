"""公示: the public notice of the proposed pilot list, published before the list is final.

A notice for the public rather than a document sent down the hierarchy, so it carries no
red header; it lists the approved applicants of each track in rank order with their final
scores, and tells anyone who objects how to say so.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from reviewer.decisions.notice import NoticeState
from reviewer.decisions.public_notice_term import DEFAULT_TERM_DAYS
from reviewer.documents.imprint import Imprint
from reviewer.documents.layout import BLOCK_WIDTH, Blank, Render, body, build, cell, hei, title
from reviewer.documents.official import (
    Issue,
    closing,
    grid_table,
    known_names,
    method_text,
    printer,
    subject,
    trace,
)
from reviewer.documents.source import ReportSource
from reviewer.scoring.score_sheet_pdf import chinese_numeral

NAME = "公示"
TABLE_SIZE = 12.0
_WIDTHS = (42.0, 230.0, 90.0, BLOCK_WIDTH - 42.0 - 230.0 - 90.0)
# Public notices of review outcomes commonly run five working days; a campaign sets its
# own term (reviewer.decisions.notice), which the notice prints with its dates.
NOTICE_DAYS = DEFAULT_TERM_DAYS


def public_notice(
    source: ReportSource,
    issue: Issue,
    render: Render = build,
    *,
    notice: NoticeState | None = None,
) -> bytes:
    """The public notice of the proposed list, per track in rank order."""
    story = public_notice_story(source, issue, notice)
    return render(story, name=NAME, trace=trace(source), author=source.campaign.authority)


def term_text(notice: NoticeState | None) -> str:
    """The notice's term as printed: its working days and, once started, its dates."""
    if notice is None:
        return f"公示期为{NOTICE_DAYS}个工作日"
    if notice.term is None:
        return f"公示期为{notice.term_days}个工作日"
    first, last = notice.term.days[0], notice.term.last
    return f"公示期为{notice.term_days}个工作日（{_chinese_date(first)}至{_chinese_date(last)}）"


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def public_notice_story(
    source: ReportSource, issue: Issue, notice: NoticeState | None = None
) -> list[Flowable]:
    """The notice's flowables, which the PDF and the Word copy are both made from."""
    authority = source.campaign.authority
    tracks = [kind for kind in source.tracks() if source.approved(kind)]
    story: list[Flowable] = [
        title(f"关于{subject(source)}拟入选名单的公示", known_names(source)),
        Blank(1),
        body(
            f"根据《{source.campaign.call_title}》，经申报、形式审查和专家评审"
            f"（计分方法：{method_text(source.method)}），"
            f"拟确定以下单位为{subject(source)}，现予以公示。"
        ),
        body(
            f"{term_text(notice)}。公示期间，对公示名单有异议的，"
            f"请以书面形式向{authority}反映，并写明理由、提供必要的证明材料；"
            "以单位名义反映的应加盖公章，以个人名义反映的应署真实姓名和联系方式。"
        ),
    ]
    lists: list[Flowable] = []
    for number, kind in enumerate(tracks, start=1):
        rows: list[list[str]] = [["序号", "申报单位", "评审得分", "排序"]]
        for position, ranked in enumerate(source.approved(kind), start=1):
            rows.append(
                [
                    str(position),
                    cell(ranked.applicant, _WIDTHS[1], TABLE_SIZE),
                    "—" if ranked.final is None else f"{ranked.final:.2f}",
                    str(ranked.rank),
                ]
            )
        heading = hei(f"{chinese_numeral(number)}、{source.track_name(kind)}", first_indent=2)
        # A track's list stays on one page when it can (KeepTogether splits a longer one).
        lists += [Blank(1), KeepTogether([heading, grid_table(rows, _WIDTHS, size=TABLE_SIZE)])]
    # The last list goes with the signature: a page never holds the seal and the date
    # alone (GB/T 9704-2012 7.3.5.5).
    story += lists[:-2]
    story.append(closing([*lists[-2:], Blank(1)], authority, issue.issued_on))
    story.append(Imprint(printer(authority), issue.issued_on, issue.copy_to))
    return story
