"""The parts every official document of a report shares: the issuing details (number,
date, addressees) with their defaults, the signature with room for the seal, the
attachment note, the trace line, and the tables.

Defaults come from the campaign and the lock, never from the clock, so the same locked
results print the same documents; each can be overridden (`DocumentOptions`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from models.enums import TrackKind
from reviewer.documents.fonts import HEADING1, TABLE
from reviewer.documents.layout import (
    BODY_SIZE,
    CHAR_PITCH,
    PITCH,
    Blank,
    GridText,
    Style,
    Trace,
    draw_line,
    face,
    fonts,
    line_width,
)
from reviewer.documents.source import ReportSource

HEADER_GREY = colors.Color(0.88, 0.88, 0.88)
_NUMBER = re.compile(r"^(?P<prefix>.*?)〔(?P<year>\d{4})〕(?P<serial>\d*)号$")
# Who the call was sent to (the 2014 call's own addressees), by the tracks reviewed.
ADDRESSEES = {
    TrackKind.DEPARTMENT: "省级有关部门",
    TrackKind.CITY: "各设区市、杨凌示范区、韩城市信息化主管部门",
}
# Said without brackets of their own: the documents print the method inside brackets
# （计分方法：…）, and brackets in brackets read badly.
_METHODS = {
    "trimmed_mean": "{n}名及以上专家评分时去掉一个最高分和一个最低分后取平均",
    "mean": "算术平均",
    "median": "中位数",
}


@dataclass(frozen=True)
class DocumentOptions:
    """What the secretariat may set for the printed documents; None takes the default."""

    number: str | None = None  # 发文字号 of the pilot-list notice
    issued_on: date | None = None  # 成文日期; default: the day the results were locked
    addressees: str | None = None  # 主送机关 of the notice
    copy_to: str | None = None  # 抄送机关 of the notice's 版记 (GB/T 9704-2012 7.4.2)
    # A later review's rectification deadline (整改期限), printed on its 整改通知 and
    # results notice; default: the re-acceptance round's, else blank to fill in by hand.
    rectify_by: date | None = None


@dataclass(frozen=True)
class Issue:
    """The resolved issuing details of a report's official documents."""

    number: str
    issued_on: date
    addressees: str
    copy_to: str | None = None


def chinese_date(day: date) -> str:
    """2014年7月1日: full year, no zero padding (GB/T 9704)."""
    return f"{day.year}年{day.month}月{day.day}日"


def document_number(reference: str, year: int, serial: str = "") -> str:
    """A number in the campaign's series: 陕工信发〔2014〕123号. Without a serial the number
    is left blank (two full-width spaces) for the registry to fill in by hand."""
    match = _NUMBER.match(reference.strip())
    prefix = match.group("prefix") if match else reference.strip()
    return f"{prefix}〔{year}〕{serial or '　　'}号"


def resolve(source: ReportSource, options: DocumentOptions) -> Issue:
    issued_on = options.issued_on or source.locked_on
    number = options.number or document_number(source.campaign.call_reference, issued_on.year)
    addressees = options.addressees or "，".join(
        ADDRESSEES[kind] for kind in reversed(source.tracks())
    )
    return Issue(number, issued_on, addressees, options.copy_to or None)


def method_text(method: dict[str, Any]) -> str:
    template = _METHODS.get(str(method.get("method")), str(method.get("method")))
    return template.format(n=method.get("trim_min_panel", ""))


def trace(source: ReportSource) -> Trace:
    return Trace(source.campaign.title, method_text(source.method), source.lock.short_fingerprint)


def subject(source: ReportSource) -> str:
    """What was reviewed, as titles name it: 2014年陕西省智慧城市试点."""
    title = source.campaign.title
    for suffix in ("评审批次", "评审"):
        title = title.removesuffix(suffix)
    return title


def printer(authority: str) -> str:
    """印发机关: the issuing authority's general office, which prints and sends its
    documents (GB/T 9704-2012 7.4.3)."""
    return f"{authority}办公室"


def known_names(source: ReportSource, *applicants: str) -> tuple[str, ...]:
    """The names a title never breaks inside (GB/T 9704-2012 7.3.1, 词意完整): the
    authority, the call's title, the tracks, and the `applicants` the title names (only
    those: a campaign of thousands of applicants sets thousands of titles)."""
    return (
        source.campaign.authority,
        source.campaign.call_title,
        *(source.track_name(kind) for kind in source.tracks()),
        *applicants,
    )


def period_text(months: int) -> str:
    """一年, 两年, 十八个月: the pilot period as the call words it."""
    if months % 12 == 0 and 1 <= months // 12 <= 3:
        return "一两三"[months // 12 - 1] + "年"
    return f"{months}个月"


class Signature(Flowable):
    """The issuing authority and the date, with room above for the seal (GB/T 9704 7.3.5.1):
    the date four characters in from the right, the authority's name centred over it, the
    seal pressed over both, its top within a line of the text above."""

    def __init__(self, authority: str, day: date) -> None:
        super().__init__()
        self.authority, self.day = authority, day

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, 4 * PITCH
        return self.width, self.height

    def draw(self) -> None:
        song, _hei = fonts()
        style = Style(first_indent=0)
        date_line = [(c, song) for c in chinese_date(self.day)]
        name_line = [(c, song) for c in self.authority]
        date_width = line_width(date_line, style) - style.char_space
        name_width = line_width(name_line, style) - style.char_space
        centre = self.width - 4 * CHAR_PITCH - date_width / 2
        drop = (PITCH - BODY_SIZE) / 2 + BODY_SIZE * 0.88
        name_x = min(centre - name_width / 2, self.width - name_width)
        draw_line(self.canv, name_line, name_x, 2 * PITCH - drop, style)
        draw_line(self.canv, date_line, centre - date_width / 2, PITCH - drop, style)


def attachment_note(names: Sequence[str]) -> list[Flowable]:
    """附件：1. … under the body, two characters in; a long name wraps under its first
    character, and there is no final punctuation."""
    song, _hei = fonts()
    if len(names) == 1:
        return [GridText(f"附件：{names[0]}", Style(indent=5))]
    flowables: list[Flowable] = []
    for number, name in enumerate(names, start=1):
        mark = f"{number}．"
        mark_chars = line_width([(c, song) for c in mark], Style()) / CHAR_PITCH
        first = 2.0 if number == 1 else 5.0
        lead = "附件：" if number == 1 else ""
        flowables.append(
            GridText(f"{lead}{mark}{name}", Style(first_indent=first, indent=5 + mark_chars))
        )
    return flowables


def closing(last: Sequence[Flowable], authority: str, day: date) -> Flowable:
    """The last lines of the body with the signature: never a page with the seal alone."""
    return KeepTogether([*last, Blank(1), Signature(authority, day)])


def grid_table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    size: float = 10.5,
    extra: Sequence[tuple[Any, ...]] = (),
    repeat: int = 1,
) -> Table:
    """A ruled table in the body face, its first `repeat` rows a grey header repeated on
    every page. Cells may be plain strings (fast, for long tables) or flowables."""
    song, hei = face(TABLE), face(HEADING1)
    style = [
        # The table's own font too: reportlab otherwise sets Helvetica, never embedded.
        ("FONTNAME", (0, 0), (-1, -1), song),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.3),
        ("FONTNAME", (0, 0), (-1, repeat - 1), hei),
        ("BACKGROUND", (0, 0), (-1, repeat - 1), HEADER_GREY),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        *extra,
    ]
    return Table(rows, colWidths=list(widths), repeatRows=repeat, style=TableStyle(style))
