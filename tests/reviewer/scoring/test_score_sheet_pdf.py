"""The expert score sheet: a reproducible A4 PDF, all fonts embedded, every score on it."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from reviewer.scoring.score_sheet_pdf import (
    NO_LINE_START,
    ScoreSheet,
    SheetApplication,
    SheetCriterion,
    chinese_numeral,
    expert_score_sheet,
    format_points,
    wrap_lines,
)

CITIES = (
    "西安市",
    "宝鸡市",
    "咸阳市",
    "铜川市",
    "渭南市",
    "延安市",
    "榆林市",
    "汉中市",
    "安康市",
    "商洛市",
    "杨凌示范区",
    "韩城市",
    "神木县",
)
CONFLICT = "宝鸡市"
LONG_COMMENT = (
    "实施方案目标明确、任务分解到部门，但数据共享交换平台的建设路径不够清晰，"
    "信息安全保障措施仅有原则性表述，建议补充等级保护测评安排、资金筹措的年度计划，"
    "并说明与已建成的政务云平台如何衔接，避免重复建设。"
) * 3


def _criteria(index: int) -> tuple[SheetCriterion, ...]:
    """Two conditions, two criteria each; the scores vary with the application."""
    half = Decimal("0.5") * (index % 3)
    return (
        SheetCriterion("C1 组织保障有力", "C1.1", "市委市政府重视程度", Decimal(10),
                       Decimal(7) + half, "领导小组已成立"),
        SheetCriterion("C1 组织保障有力", "C1.2", "资金保障", Decimal("5"),
                       Decimal("4.00"), ""),
        SheetCriterion("C2 建设基础较好", "C2.1", "信息基础设施", Decimal(15),
                       Decimal(12) - half, LONG_COMMENT if index == 0 else "光纤到户率较高"),
        SheetCriterion("C2 建设基础较好", "C2.2", "公共服务平台", Decimal("10.0"),
                       None if index == 2 else Decimal("6.5"), ""),
    )  # fmt: skip


def _sheet() -> ScoreSheet:
    applications = tuple(
        SheetApplication(
            applicant=city,
            title=f"{city}智慧城市区域试点实施方案",
            track="市级智慧城市区域试点",
            criteria=() if city == CONFLICT else _criteria(index),
            conflict="近三年曾在该市工业和信息化局任职" if city == CONFLICT else None,
        )
        for index, city in enumerate(CITIES)
    )
    return ScoreSheet(
        campaign="2014年陕西省智慧城市试点评审",
        authority="陕西省工业和信息化厅",
        expert_name="王建国",
        expert_code="E06",
        affiliation="西安交通大学电子与信息工程学院",
        round_number=1,
        kit_uid="3f9c2a71-8d4e-4b6a-9e0f-1c2d3e4f5a6b",
        fingerprint="a1b2c3d4e5f60718",
        applications=applications,
        generated_on=date(2014, 7, 1),
    )


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def sheet_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sheet") / "sheet.pdf"
    path.write_bytes(expert_score_sheet(_sheet()))
    return path


def test_chinese_numerals_go_past_ten() -> None:
    expected = {
        **{1: "一", 9: "九", 10: "十", 11: "十一", 12: "十二", 20: "二十", 21: "二十一"},
        **{99: "九十九", 100: "一百", 105: "一百零五", 110: "一百一十", 1001: "一千零一"},
    }
    assert {n: chinese_numeral(n) for n in expected} == expected
    with pytest.raises(ValueError):
        chinese_numeral(0)


def test_points_show_decimals_only_when_needed() -> None:
    assert format_points(Decimal("7.00")) == "7"
    assert format_points(Decimal("6.50")) == "6.5"
    assert format_points(Decimal("70")) == "70"
    assert format_points(Decimal("7E+1")) == "70"
    assert format_points(Decimal("0.25")) == "0.25"
    assert format_points(None) == "—"
    nothing_scored = SheetApplication("西安市", "方案", "市级", _criteria(2)[3:])
    assert (nothing_scored.total_value, nothing_scored.total_max) == (None, Decimal(10))


def test_the_sheet_is_a_reproducible_pdf(sheet_pdf: Path) -> None:
    data = sheet_pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert expert_score_sheet(_sheet()) == data
    assert expert_score_sheet(replace(_sheet(), fingerprint="ffff")) != data


def test_the_text_holds_every_application_and_total(sheet_pdf: Path) -> None:
    text = _run(_tool("pdftotext"), "-layout", str(sheet_pdf), "-")
    flat = re.sub(r"\s+", "", text)
    assert "专家评分表" in flat
    assert "王建国（E06）" in flat
    assert "第1轮" in flat
    assert "3f9c2a71" in flat and "3f9c2a71-" not in flat
    assert "a1b2c3d4e5f60718" in flat
    positions = [flat.index(f"{chinese_numeral(n)}、{city}—") for n, city in enumerate(CITIES, 1)]
    assert positions == sorted(positions)
    assert "十三、神木县—" in flat
    assert "二、宝鸡市—宝鸡市智慧城市区域试点实施方案（市级智慧城市区域试点）" in flat
    conflicted = flat[flat.index("二、宝鸡市") : flat.index("三、咸阳市")]
    assert "回避：近三年曾在该市工业和信息化局任职" in conflicted
    assert "合计" not in conflicted and "评分项" not in conflicted
    sheet = _sheet()
    for application in sheet.applications:
        if application.conflict:
            continue
        scored = [c.value for c in application.criteria if c.value is not None]
        total_max = sum((c.max_points for c in application.criteria), Decimal(0))
        total = format_points(sum(scored, Decimal(0)))
        assert f"合计{format_points(total_max)}{total}" in flat, application.applicant
    # By hand: 西安市 7 + 4 + 12 + 6.5; 咸阳市 8 + 4 + 11 and C2.2 unscored.
    assert "合计4029.5" in flat
    assert "C2.2公共服务平台10—" in flat and "合计4023另有1项未评分" in flat
    assert "4.00" not in flat and "10.0" not in flat
    assert "本人承诺：以上评分系本人独立、客观、公正作出。" in flat
    assert "评审专家签字：____________日期：____年__月__日" in flat
    assert "—2—" in flat
    pages = text.count("\f")
    assert f"2014年陕西省智慧城市试点评审评分文件指纹a1b2c3d4e5f60718共{pages}页" in flat
    assert f"—{pages}—" in flat and f"—{pages + 1}—" not in flat


def test_a_comment_longer_than_a_page_still_prints(tmp_path: Path) -> None:
    """One huge comment goes on in （续） rows across pages rather than failing the build."""
    comment = LONG_COMMENT * 12 + "完"
    sheet = _sheet()
    criteria = list(sheet.applications[0].criteria)
    criteria[0] = replace(criteria[0], comment=comment)
    first = replace(sheet.applications[0], criteria=tuple(criteria))
    path = tmp_path / "long.pdf"
    path.write_bytes(expert_score_sheet(replace(sheet, applications=(first,))))
    # -raw keeps the drawing order: each cell's lines together, row after row.
    flat = re.sub(r"\s+", "", _run(_tool("pdftotext"), "-raw", str(path), "-"))
    assert flat.count("评审条件评分项满分得分评分意见") >= 4  # header repeated on each page
    assert flat.count("C1.1市委市政府重视程度（续）") >= 8
    assert "合计4029.5" in flat
    # Between the first line and 完, only the continuation rows' labels and the page
    # furniture interrupt the comment: every character of it is printed, in order.
    body = flat[flat.index("实施方案目标明确") : flat.index("完") + 1]
    furniture = (
        r"—\d+—2014年陕西省智慧城市试点评审评分文件指纹a1b2c3d4e5f60718共\d+页"
        r"|评审条件评分项满分得分评分意见|C1组织保障有力C1\.1市委市政府重视程度（续）"
    )
    assert re.sub(furniture, "", body) == re.sub(r"\s+", "", comment)


def test_no_line_starts_with_a_comma_or_stop() -> None:
    from reviewer.pdf_fonts import register_fonts

    song, _hei = register_fonts()
    lines = wrap_lines(LONG_COMMENT + "\n第二段", song, 10, 150)
    assert len(lines) > 5 and lines[-1] == "第二段"
    assert "".join(lines) == LONG_COMMENT + "第二段"
    assert not [line for line in lines if line[:1] in NO_LINE_START]


def test_every_font_is_embedded(sheet_pdf: Path) -> None:
    lines = _run(_tool("pdffonts"), str(sheet_pdf)).splitlines()[2:]
    assert lines
    for line in lines:
        assert "Helvetica" not in line
        columns = line.split()
        # name type [type] encoding emb sub uni object id: emb is fifth from the end.
        assert columns[-5] == "yes", line


def test_the_page_is_a4(sheet_pdf: Path) -> None:
    info = _run(_tool("pdfinfo"), str(sheet_pdf))
    assert re.search(r"Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)", info), info
    pages = re.search(r"Pages:\s+(\d+)", info)
    assert pages and int(pages.group(1)) >= 3  # 13 applications span pages


def test_page_one_renders_as_a_portrait_a4_image(sheet_pdf: Path, tmp_path: Path) -> None:
    _run(_tool("pdftoppm"), "-r", "60", "-png", "-f", "1", "-l", "1", str(sheet_pdf),
         str(tmp_path / "page"))  # fmt: skip
    (png,) = tmp_path.glob("page*.png")
    width, height = struct.unpack(">II", png.read_bytes()[16:24])  # the IHDR chunk
    # 595.28 x 841.89 pt at 60 dpi is 496.1 x 701.6 px; pdftoppm rounds either way.
    assert abs(width - 496.1) < 1 and abs(height - 701.6) < 1
