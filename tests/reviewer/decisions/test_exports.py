"""The Excel copies of the ranking, the pilot list and the score summary: reopened, they
hold the same numbers as numbers, print on A4 with the headers repeated, and carry no
live formula from anybody's words."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from sqlalchemy import select

from models import Applicant
from models.enums import DecisionOutcome, TrackKind
from reviewer.decisions.exports import ranking_workbook, score_summary_workbook
from reviewer.decisions.outcomes import commit_decisions, decision_sheet, stage
from reviewer.decisions.ranking import ResultsNotLockedForRanking, TrackRules, save_rules
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign

EVIL = '=HYPERLINK("http://x","点击")'


@pytest.fixture
def decided(demo_file: Path) -> Path:
    """The demo, its city quota 3, an applicant renamed to a formula, decisions committed
    with a reason that is a formula too."""
    with open_campaign(demo_file) as store:
        with store.writing() as session:
            applicant = session.scalars(select(Applicant).where(Applicant.name == "韩城市")).one()
            applicant.name = "-韩城市"
        save_rules(store, TrackRules(TrackKind.CITY, Decimal("65.00"), 3, ("C3", "C1")))
        lock_results(store, "审定", override_reason="组长同意")
        sheet = decision_sheet(store)
        line = next(d for d in sheet.lines() if d.line.applicant == "延安市")
        stage(store, line.line.application_id, DecisionOutcome.APPROVE, EVIL)
        commit_decisions(store, sheet.ranking.fingerprint)
    return demo_file


def _book(data: bytes) -> Workbook:
    return load_workbook(io.BytesIO(data))


def _no_live_formula(book: Workbook) -> None:
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{sheet.title}!{cell.coordinate}: {cell.value}"
                if isinstance(cell.value, str):
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))


def _print_settings(book: Workbook) -> None:
    for sheet in book:
        assert sheet.freeze_panes == "A4"
        assert sheet.print_title_rows == "$1:$3"
        assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4  # 9: A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage


def test_the_exports_need_locked_results(demo_file: Path) -> None:
    with open_campaign(demo_file, read_only=True) as store:
        with pytest.raises(ResultsNotLockedForRanking):
            ranking_workbook(store)
        with pytest.raises(ResultsNotLockedForRanking):
            score_summary_workbook(store)


def test_the_ranking_and_pilot_list_reopen_with_the_same_numbers(decided: Path) -> None:
    with open_campaign(decided, read_only=True) as store:
        sheet = decision_sheet(store)
        book = _book(ranking_workbook(store))
    assert book.sheetnames == [
        "试点名单",
        "市级智慧城市区域试点排名",
        "省级部门智慧城市业务应用试点排名",
    ]
    _print_settings(book)
    _no_live_formula(book)

    city = book["市级智慧城市区域试点排名"]
    rows = list(city.iter_rows(min_row=4, values_only=True))
    expected = sheet.tracks[TrackKind.CITY]
    assert [r[1] for r in rows] == [
        ("'" + d.line.applicant if d.line.applicant.startswith("-") else d.line.applicant)
        for d in expected
    ]
    for row, line in zip(rows, expected, strict=True):
        assert row[0] == line.line.rank
        assert isinstance(row[2], (int, float)) and Decimal(str(row[2])) == line.line.final
        assert Decimal(str(row[3])) == line.line.conditions["C1"]
    assert city["C5"].number_format == "0.00"
    yanan = next(r for r in rows if r[1] == "延安市")
    assert yanan[-4:] == ("超出名额", "不予批准", "批准", "'" + EVIL)

    pilot = list(book["试点名单"].iter_rows(min_row=4, values_only=True))
    assert [(r[1], r[2]) for r in pilot[:4]] == [
        ("市级智慧城市区域试点", "西安市"),
        ("市级智慧城市区域试点", "榆林市"),
        ("市级智慧城市区域试点", "宝鸡市"),
        ("市级智慧城市区域试点", "延安市"),
    ]
    assert [r[0] for r in pilot] == list(range(1, len(pilot) + 1))
    assert pilot[0][3] == 90.5 and pilot[0][4] == 1


def test_the_score_summary_marks_the_dropped_totals(decided: Path) -> None:
    with open_campaign(decided, read_only=True) as store:
        sheet = decision_sheet(store)
        book = _book(score_summary_workbook(store))
    assert book.sheetnames == [
        "市级智慧城市区域试点评分汇总",
        "省级部门智慧城市业务应用试点评分汇总",
    ]
    _print_settings(book)
    _no_live_formula(book)
    summary = book["市级智慧城市区域试点评分汇总"]
    headers = [c.value for c in summary[3]]
    assert headers[:3] == ["序号", "申报单位", "E01 张维民"] and headers[-2:] == [
        "最终得分",
        "排名",
    ]
    xianyang = next(r for r in summary.iter_rows(min_row=4) if r[1].value == "咸阳市")
    line = next(d.line for d in sheet.tracks[TrackKind.CITY] if d.line.applicant == "咸阳市")
    e03 = headers.index("E03 赵建华")
    assert xianyang[e03].value == 26 and xianyang[e03].font.strike
    kept = next(f for f in line.experts if f.kept)
    kept_cell = xianyang[next(i for i, h in enumerate(headers) if str(h).startswith(kept.code))]
    assert not kept_cell.font.strike and Decimal(str(kept_cell.value)) == kept.total
    assert Decimal(str(xianyang[-2].value)) == line.final and xianyang[-1].value == line.rank
    texts = [r[0] for r in summary.iter_rows(values_only=True)]
    assert "评审专家签字：" in texts and "日期：" in texts
