"""The files in the demo campaign's packages: implementation plans, leading-group
documents and application forms, generated from `resources/demo/campaign.json`.

They are made reproducibly (fixed dates, reportlab's invariant mode) so the same demo
always holds the same bytes and hashes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
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


def application_form(applicant: dict[str, Any], application: dict[str, Any], track: str) -> bytes:
    """A filled-in 《陕西省智慧城市试点申报书》 spreadsheet."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "申报书"
    sheet["A1"] = "陕西省智慧城市试点申报书"
    sheet["A1"].font = Font(size=16, bold=True)
    sheet.merge_cells("A1:B1")
    rows = [
        ("申报单位", applicant["name"]),
        ("申报类别", "市级智慧城市区域试点" if track == "city" else "省级部门智慧城市业务应用试点"),
        ("联系人", applicant.get("contact", "")),
        ("联系电话", applicant.get("phone", "")),
        ("试点领域", "、".join(application["pilot_domains"])),
        ("试点区县", "、".join(application["districts"])),
        ("总投资（万元）", application.get("budget_wan")),
        ("资金来源", application.get("funding", "")),
        ("开放数据计划", "已编制，详见实施方案第四部分"),
        ("自主可控声明", "核心技术和基础软硬件采用经认证的自主可控产品"),
        ("申报日期", application["submitted_at"]),
    ]
    for offset, (key, value) in enumerate(rows, start=3):
        sheet.cell(row=offset, column=1, value=key).font = Font(bold=True)
        sheet.cell(row=offset, column=2, value=value).alignment = Alignment(wrap_text=True)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 60
    fixed = datetime(2014, 7, 1)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    workbook.properties.creator = applicant["name"]
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _with_fixed_zip_times(buffer.getvalue())


def _with_fixed_zip_times(xlsx: bytes) -> bytes:
    """The same workbook dated 2014-07-01 throughout, so equal content makes equal bytes.

    openpyxl stamps the zip entries and the "modified" property with the time of saving.
    """
    fixed = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(xlsx)) as source,
        zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for entry in source.infolist():
            stamped = zipfile.ZipInfo(entry.filename, date_time=(2014, 7, 1, 0, 0, 0))
            stamped.compress_type = zipfile.ZIP_DEFLATED
            content = source.read(entry)
            if entry.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2014-07-01T00:00:00Z", content
                )
            target.writestr(stamped, content)
    return fixed.getvalue()
