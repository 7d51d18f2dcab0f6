"""The documents in the demo campaign's packages: implementation plans and leading-group
documents, generated from `resources/demo/campaign.json`.

They are made reproducibly (fixed dates, reportlab's invariant mode) so the same demo
always holds the same bytes and hashes.
"""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from reviewer.pdf_fonts import register_fonts


def _styles() -> dict[str, ParagraphStyle]:
    song, hei = register_fonts()
    return {
        "title": ParagraphStyle(
            "title", fontName=hei, fontSize=22, leading=34, alignment=TA_CENTER, wordWrap="CJK"
        ),
        "subtitle": ParagraphStyle(
            "subtitle", fontName=song, fontSize=16, leading=28, alignment=TA_CENTER
        ),
        "heading": ParagraphStyle(
            "heading", fontName=hei, fontSize=16, leading=29, spaceBefore=8, wordWrap="CJK"
        ),
        "body": ParagraphStyle(
            "body", fontName=song, fontSize=14, leading=26, firstLineIndent=28, wordWrap="CJK"
        ),
    }


def _pdf(story: list[Any], title: str, author: str) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        topMargin=37 * mm,
        bottomMargin=35 * mm,
        leftMargin=28 * mm,
        rightMargin=26 * mm,
        title=title,
        author=author,
        invariant=1,
    )
    doc.build(story)
    return buffer.getvalue()


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def implementation_plan(applicant: dict[str, Any], application: dict[str, Any]) -> bytes:
    """《陕西省智慧城市试点实施方案》 of one applicant, as a PDF."""
    styles = _styles()
    submitted = date.fromisoformat(application["submitted_at"])
    story: list[Any] = [
        Spacer(1, 60 * mm),
        Paragraph(application["title"], styles["title"]),
        Spacer(1, 20 * mm),
        Paragraph(applicant["name"], styles["subtitle"]),
        Paragraph(_chinese_date(submitted), styles["subtitle"]),
        PageBreak(),
        Paragraph("摘要", styles["heading"]),
        Paragraph(application["plan"]["summary"], styles["body"]),
    ]
    for section in application["plan"]["sections"]:
        story.append(Paragraph(section["heading"], styles["heading"]))
        story.extend(Paragraph(text, styles["body"]) for text in section["paragraphs"])
    return _pdf(story, application["title"], applicant["name"])


def leading_group_document(applicant: dict[str, Any], application: dict[str, Any]) -> bytes:
    """The city's notice setting up its smart-city leading group (领导小组成立文件)."""
    styles = _styles()
    city = applicant["name"]
    title = f"关于成立{city}智慧城市建设领导小组的通知"
    body = [
        f"为加快推进{city}智慧城市建设，加强对试点工作的组织领导，经市政府研究，"
        f"决定成立{city}智慧城市建设领导小组。现将有关事项通知如下：",
        "一、领导小组组成。组长由市长担任，副组长由常务副市长和分管副市长担任，"
        "成员由市发展改革委、工业和信息化局、财政局、住房城乡建设局、公安局等部门主要负责同志组成。",
        "二、主要职责。统筹规划全市智慧城市建设，审定试点实施方案，协调解决试点工作中的重大问题，"
        "督促检查各项任务落实。",
        "三、办事机构。领导小组办公室设在市工业和信息化局，负责日常工作。",
    ]
    story: list[Any] = [Paragraph(title, styles["title"]), Spacer(1, 10 * mm)]
    story.extend(Paragraph(text, styles["body"]) for text in body)
    story.append(Spacer(1, 12 * mm))
    story.append(Paragraph(f"{city}人民政府办公室", styles["subtitle"]))
    story.append(Paragraph("2014年6月10日", styles["subtitle"]))
    return _pdf(story, title, city)
