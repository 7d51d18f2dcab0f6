"""试点名单: the notice that publishes the pilot list, an official document (GB/T 9704).

Red header, number, title, addressees, body, the attachment note, the authority and the
date with room for the seal; then one attachment per track listing the approved
applicants in rank order (the committed decisions on the locked results).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from reviewer.documents import layout
from reviewer.documents.imprint import Imprint
from reviewer.documents.layout import BLOCK_WIDTH, Blank, body, build, cell, hei, line, title
from reviewer.documents.layout import RedHeader as Header
from reviewer.documents.official import (
    Issue,
    attachment_note,
    closing,
    grid_table,
    known_names,
    period_text,
    printer,
    subject,
    trace,
)
from reviewer.documents.source import ReportSource

NAME = "试点名单"
TABLE_SIZE = 12.0  # 小四: the attachment table holds long names
_WIDTHS = (42.0, 186.0, BLOCK_WIDTH - 42.0 - 186.0)  # a 15-character name on one line


def attachment_title(track_name: str) -> str:
    return f"{track_name}名单"


def _attachment(
    source: ReportSource, number: int, track_name: str, lines: list[int]
) -> list[Flowable]:
    rows: list[list[str]] = [["序号", "试点单位", "试点领域及区县"]]
    for position, application_id in enumerate(lines, start=1):
        facts = source.applications[application_id]
        scope = "、".join(facts.pilot_domains)
        if facts.districts:
            scope += f"（试点区县：{'、'.join(facts.districts)}）"
        rows.append(
            [
                str(position),
                cell(facts.applicant, _WIDTHS[1], TABLE_SIZE),
                cell(scope or facts.title, _WIDTHS[2], TABLE_SIZE),
            ]
        )
    table = grid_table(rows, _WIDTHS, size=TABLE_SIZE, extra=[("ALIGN", (1, 1), (-1, -1), "LEFT")])
    return [
        PageBreak(),
        hei(f"附件{number}"),
        Blank(1),
        title(attachment_title(track_name), known_names(source)),
        Blank(1),
        table,
    ]


def pilot_list(source: ReportSource, issue: Issue, render: layout.Render = build) -> bytes:
    """The notice publishing the pilot list, with the list per track attached."""
    story = pilot_list_story(source, issue)
    return render(story, name=NAME, trace=trace(source), author=source.campaign.authority)


def pilot_list_story(source: ReportSource, issue: Issue) -> list[Flowable]:
    """The notice's flowables, which the PDF and the Word copy are both made from."""
    authority = source.campaign.authority
    tracks = [kind for kind in source.tracks() if source.approved(kind)]
    counts = "，".join(
        f"{source.track_name(kind)}{len(source.approved(kind))}个" for kind in tracks
    )
    call = source.campaign.call_title
    reference = f"（{source.campaign.call_reference}）" if source.campaign.call_reference else ""
    story: list[Flowable] = [
        Header(f"{authority}文件", issue.number),
        Blank(2),
        title(f"{authority}关于公布{subject(source)}名单的通知", known_names(source)),
        Blank(1),
        line(f"{issue.addressees}："),
        body(
            f"根据《{call}》{reference}，经申报、形式审查、专家评审和审定，"
            f"确定{counts}为{subject(source)}，现予公布（名单见附件）。"
        ),
        body(
            f"试点期为{period_text(source.campaign.pilot_period_months)}，"
            "自本通知印发之日起计算。各试点单位要按照批复的实施方案，加强组织领导，"
            "落实保障措施，按期完成试点任务；试点期满后，我厅将组织验收，"
            "并组织向全省推广。"
        ),
        Blank(1),
    ]
    names = [attachment_title(source.track_name(kind)) for kind in tracks]
    note = attachment_note(names)
    story.extend(note[:-1])
    story.append(closing(note[-1:], authority, issue.issued_on))
    for number, kind in enumerate(tracks, start=1):
        ids = [line.application_id for line in source.approved(kind)]
        story.extend(_attachment(source, number, source.track_name(kind), ids))
    story.append(Imprint(printer(authority), issue.issued_on, issue.copy_to))
    return story
