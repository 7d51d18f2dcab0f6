"""The panel's papers for the review meeting: the sign-in sheet (专家签到表) and the
commitment (评审承诺书) for each expert to sign on paper, with their recusals.

政府采购法实施条例 §9 wants an expert with a tie to step aside; the signed commitment is the
written record that each one knew of their recusals and undertook independence,
confidentiality and recusal. These papers come before any score, so unlike the report's
documents they need no locked results: each page names the campaign and the document.
They are set on the GB/T 9704 page with the report's layout.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from reviewer.documents.layout import BLOCK_WIDTH, Trace, body, build, cell, hei, line, title
from reviewer.documents.official import grid_table
from reviewer.panel.commitment import PanelMember, panel_members, recusals_text
from reviewer.store.outputs import check_destination, check_folder, write_file
from reviewer.store.storage import CampaignStore

SIGN_IN = "专家签到表"
COMMITMENT = "评审承诺书"
SIZE = 10.5
# 序号 | 姓名 | 单位 | 职称/专业 | 签名 | 日期: room for a signature by hand.
WIDTHS = (28.0, 60.0, 130.0, 105.0, 70.0, BLOCK_WIDTH - 393.0)
SIGNATURE = "承诺人（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日"


@dataclass(frozen=True)
class PanelTrace(Trace):
    """The line under each page: the document and the campaign (no results exist yet)."""

    def text(self, document: str) -> str:
        return f"{document}　{self.campaign}"


def sign_in_sheet(campaign: str, authority: str, members: list[PanelMember]) -> bytes:
    """Every panel member on one ruled table, with blank cells to sign and date."""
    rows: list[list[str]] = [["序号", "姓名", "单位", "职称/专业", "签名", "日期"]]
    for number, member in enumerate(members, start=1):
        role = "／".join(part for part in (member.title, member.expertise) if part)
        rows.append(
            [
                str(number),
                cell(member.name, WIDTHS[1], SIZE) + ("\n（备选）" if member.is_reserve else ""),
                cell(member.affiliation, WIDTHS[2], SIZE),
                cell(role, WIDTHS[3], SIZE),
                "",
                "",
            ]
        )
    # A signature by hand needs more than a line of type: padding makes the rows taller.
    tall = [("TOPPADDING", (0, 1), (-1, -1), 11), ("BOTTOMPADDING", (0, 1), (-1, -1), 11)]
    table = grid_table(rows, WIDTHS, size=SIZE, extra=tall)
    story: list[Flowable] = [
        title(SIGN_IN),
        line(campaign, size=12, pitch=20, align="centre"),
        Spacer(1, 10),
        table,
    ]
    trace = PanelTrace(campaign, "", "")
    return build(story, name=SIGN_IN, trace=trace, author=authority)


def commitment_pages(
    campaign: str, authority: str, commitment: str, members: list[PanelMember]
) -> bytes:
    """One page per expert: the commitment, their recusals, a line to sign and date."""
    story: list[Flowable] = []
    for number, member in enumerate(members):
        if number:
            story.append(PageBreak())
        recusals = [
            f"{number}. {text}"
            for number, text in enumerate(recusals_text(member.recusals).split("\n"), start=1)
        ]
        story += [
            title(COMMITMENT),
            line(campaign, size=12, pitch=20, align="centre"),
            Spacer(1, 8),
            line(f"评审专家：{member.name}（{member.code}）　{member.affiliation}", size=14),
            Spacer(1, 6),
            body(commitment),
            Spacer(1, 6),
            KeepTogether(
                [
                    hei("回避事项（政府采购法实施条例第九条）", size=14),
                    *(line(text, size=14) for text in recusals if member.recusals),
                    *([] if member.recusals else [line("无", size=14)]),
                ]
            ),
            Spacer(1, 24),
            line(SIGNATURE, size=14),
        ]
    trace = PanelTrace(campaign, "", "")
    return build(story, name=COMMITMENT, trace=trace, author=authority)


def write_sign_in_papers(
    store: CampaignStore, folder: Path, *, force: bool = False
) -> tuple[Path, Path]:
    """Write the sign-in sheet and the commitments for signature into `folder`; an
    existing file is replaced only with `force`, and never the campaign or its backups."""
    folder = Path(folder)
    check_folder(folder, campaign=store.path)
    campaign, authority, commitment, members = panel_members(store)
    sheet = folder / f"{SIGN_IN}.pdf"
    pages = folder / f"{COMMITMENT}.pdf"
    folder.mkdir(parents=True, exist_ok=True)
    for path in (sheet, pages):
        check_destination(path, force=force, campaign=store.path)
    write_file(sheet, sign_in_sheet(campaign, authority, members))
    write_file(pages, commitment_pages(campaign, authority, commitment, members))
    return sheet, pages
