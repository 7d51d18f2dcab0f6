"""评分汇总表: the score summary of each track, signed by the panel.

One row per application in ranking order: each expert's total (a total the method
dropped in brackets), the final score and the rank; the notes, with the experts' written
explanations of deviating scores and the panel leader's leave to lock over those left
open (87号令 §45); then a signature line for the panel leader and each member. On a
landscape page (the standard's text block turned) so a panel of nine still fits beside
long applicant names.

Built from plain data (`SummaryTrack`), not the database, and with plain string cells,
so a campaign of ten thousand applications prints in about the time reportlab needs for
a bare table of the same rows (`python -m bench report`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, LongTable, PageBreak, Spacer, TableStyle

from reviewer.decisions.ranking import RankedLine
from reviewer.documents.fonts import HEADING1, TABLE
from reviewer.documents.layout import BLOCK_HEIGHT, Trace, build, cell, face, line, title
from reviewer.documents.official import HEADER_GREY, chinese_date
from reviewer.documents.record_lines import explanation_lines, override_line
from reviewer.documents.source import ExpertFacts, ReportSource

NAME = "评分汇总表"
WIDTH = BLOCK_HEIGHT  # the page is turned: the block is 225 mm wide
NOTE = (
    "注：括号内的分数为按计分方法去掉的分数，不计入最终得分；“—”为该专家未评该申报单位"
    "（回避或未分配）；一票否决的申报单位不参加排序。"
)
SIGN_LINE = "　" * 8


@dataclass(frozen=True)
class SummaryTrack:
    """One track's table: its experts (the columns) and its ranked lines (the rows)."""

    name: str
    experts: tuple[ExpertFacts, ...]
    lines: tuple[RankedLine, ...]
    leader: ExpertFacts | None
    notes: tuple[str, ...] = ()  # after the general note: explanations, overrides


def summary_tracks(source: ReportSource) -> list[SummaryTrack]:
    tracks = []
    leader = next((e for e in source.experts.values() if e.is_leader), None)
    for kind in source.tracks():
        lines = source.ranking[kind]
        codes = {figure.code for ranked in lines for figure in ranked.experts}
        # Every code in the results gets a column, even one no longer on the panel list.
        experts = tuple(
            source.experts.get(code) or ExpertFacts(code, code, "", "", False)
            for code in sorted(codes)
        )
        notes = tuple(note for ranked in lines for note in _record_notes(source, ranked))
        tracks.append(SummaryTrack(source.track_name(kind), experts, lines, leader, notes))
    return tracks


def _record_notes(source: ReportSource, ranked: RankedLine) -> list[str]:
    """The application's explanations and the leader's leave, each after its name."""
    override = override_line(source, ranked.application_id)
    lines = explanation_lines(source, ranked.application_id) + ([override] if override else [])
    return [f"{ranked.applicant}：{text}" for text in lines]


def _points(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _widths(experts: int) -> tuple[list[float], float]:
    """Column widths and the font size: expert columns shrink (and the type with them)
    as the panel grows, the applicant column keeps at least 120 pt."""
    fixed = 30.0 + 54.0 + 34.0
    expert = min(50.0, (WIDTH - fixed - 120.0) / max(experts, 1))
    size = min(10.5, expert / 4.6)
    applicant = WIDTH - fixed - expert * experts
    return [30.0, applicant, *([expert] * experts), 54.0, 34.0], size


def _table(track: SummaryTrack) -> LongTable:
    widths, size = _widths(len(track.experts))
    count = len(track.experts)
    # One header row, no spans: reportlab recomputes every span of the remaining rows at
    # each page break, which doubled the time of a long table.
    head = ["序号", "申报单位", *(f"{e.code}\n{e.name}" for e in track.experts), "最终得分", "排序"]
    rows: list[list[str]] = [head]
    columns = {e.code: index for index, e in enumerate(track.experts)}
    for number, ranked in enumerate(track.lines, start=1):
        totals = ["—"] * count
        for figure in ranked.experts:
            text = _points(figure.total)
            totals[columns[figure.code]] = text if figure.kept else f"({text})"
        final = _points(ranked.final) + ("\n一票否决" if ranked.ineligible else "")
        rank = "—" if ranked.rank is None else str(ranked.rank)
        rows.append([str(number), cell(ranked.applicant, widths[1], size), *totals, final, rank])
    song, hei = face(TABLE), face(HEADING1)
    last = 2 + count
    style = [
        ("FONTNAME", (0, 0), (-1, -1), song),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.25),
        ("FONTNAME", (0, 0), (-1, 0), hei),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_GREY),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("FONTNAME", (last, 1), (last, -1), hei),
    ]
    return LongTable(rows, colWidths=widths, repeatRows=1, style=TableStyle(style))


def _signatures(track: SummaryTrack) -> LongTable:
    """A line to sign for the leader, then for each member (name, signature, date), two
    to a row so the block stays on the page of the table's last rows."""
    people: list[tuple[str, ExpertFacts]] = []
    if track.leader is not None:
        people.append(("评审组长签字：", track.leader))
    people += [("评审专家签字：", e) for e in track.experts if e != track.leader]
    cells = [[label, e.name, "", "日期：", ""] for label, e in people]
    if len(cells) % 2:
        cells.append([""] * 5)  # an odd panel: the last row's second half stays empty
    rows = [cells[i] + cells[i + 1] for i in range(0, len(cells), 2)]
    song = face(TABLE)
    style: list[tuple[object, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), song),
        ("FONTSIZE", (0, 0), (-1, -1), 11),
        ("ALIGN", (0, 0), (-1, -1), "LEFT"),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, -1), 8),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]
    for index in range(len(people)):
        row, offset = divmod(index, 2)
        for column in (2, 4):
            at = (column + 5 * offset, row)
            style.append(("LINEBELOW", at, at, 0.5, colors.black))
    widths = [80.0, 48.0, 110.0, 34.0, 46.0] * 2
    return LongTable(rows, colWidths=widths, style=TableStyle(style), hAlign="LEFT")


def _track(track: SummaryTrack, trace: Trace, issued: str) -> list[Flowable]:
    return [
        title(NAME),
        line(f"{trace.campaign}　{track.name}", size=12, pitch=20, align="centre"),
        line(
            f"计分方法：{trace.method}　结果校验码：{trace.fingerprint}　{issued}",
            size=10.5,
            pitch=18,
            align="centre",
        ),
        Spacer(1, 6),
        _table(track),
        line(NOTE, size=9, pitch=14),
        *(
            line(f"{number}. {note}", size=9, pitch=14)
            for number, note in enumerate(track.notes, 1)
        ),
        KeepTogether([Spacer(1, 10), _signatures(track)]),
    ]


def score_summary(
    tracks: Sequence[SummaryTrack], trace: Trace, authority: str, issued: str
) -> bytes:
    story: list[Flowable] = []
    for number, track in enumerate(tracks):
        if number:
            story.append(PageBreak())
        story += _track(track, trace, issued)
    return build(story, name=NAME, trace=trace, author=authority, rotated=True)


def score_summary_of(source: ReportSource, trace: Trace) -> bytes:
    issued = f"锁定日期：{chinese_date(source.locked_on)}"
    return score_summary(summary_tracks(source), trace, source.campaign.authority, issued)
