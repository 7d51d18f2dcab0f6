"""The expert list template is laid out as published, and importing a filled-in list adds
and updates experts and their ties, or names every mistake by cell and writes nothing."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models import Applicant, AuditEvent, Expert, PendingTie
from models.enums import TieRelation, TrackKind
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.panel.expert_list import PanelImportReport, import_panel, panel_template
from reviewer.store.storage import CampaignStore

PANEL, GUIDE = "专家名单", "填写说明"
HEADER = [
    "编号★",
    "姓名★",
    "工作单位★",
    "职称",
    "专业领域",
    "专家组组长（是/否）",
    "关联单位及关系",
    "备选专家（是/否）",
]
Row = list[Any]

PANEL_ROWS: list[Row] = [
    ["E01", "张明", "西北大学", "教授", "智慧城市规划", "是", "西安市:任职；宝鸡市：亲属"],
    ["E02", "李红", "陕西省信息化研究院", "研究员", "信息安全", "否", None],
    ["E03", "王强", "西安交通大学", "副教授", "大数据", None, "铜川市:董事;西安市:其他"],
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CampaignStore]:
    """A real campaign with three cities registered as applicants."""
    store = new_campaign(tmp_path / "c.review", CampaignSettings("t"))
    with store.writing() as session:
        for code, name in (("xian", "西安市"), ("baoji", "宝鸡市"), ("tongchuan", "铜川市")):
            session.add(Applicant(code=code, kind=TrackKind.CITY, name=name))
    yield store
    store.close()


def _filled_template(tmp_path: Path, rows: list[Row], name: str = "panel.xlsx") -> Path:
    """The published template with `rows` typed below its header, saved to a file."""
    workbook = load_workbook(io.BytesIO(panel_template()))
    sheet = workbook[PANEL]
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def _plain_workbook(
    tmp_path: Path, header: Row, rows: list[Row], title: str = PANEL, name: str = "list.xlsx"
) -> Path:
    """A list the secretariat made in Excel by hand, not from the template."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    workbook.save(path)
    return path


def _import(store: CampaignStore, path: Path) -> PanelImportReport:
    with path.open("rb") as stream:
        return import_panel(store, stream, path.name)


def _experts(store: CampaignStore) -> dict[str, dict[str, Any]]:
    """Every expert as stored, with ties by applicant name, and tie row ids."""
    with store.reading() as session:
        names = dict(session.execute(select(Applicant.id, Applicant.name)).all())
        experts = session.scalars(select(Expert).options(selectinload(Expert.ties)))
        return {
            e.code: {
                "id": e.id,
                "name": e.name,
                "affiliation": e.affiliation,
                "title": e.title,
                "expertise": e.expertise,
                "is_leader": e.is_leader,
                "ties": sorted((names[t.applicant_id], t.relation) for t in e.ties),
                "tie_ids": sorted(t.id for t in e.ties),
            }
            for e in experts
        }


def _audit(store: CampaignStore, action: str | None = None) -> list[AuditEvent]:
    with store.reading() as session:
        query = select(AuditEvent).order_by(AuditEvent.id)
        if action is not None:
            query = query.where(AuditEvent.action == action)
        return list(session.scalars(query))


def _audit_count(store: CampaignStore) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


# ---------------------------------------------------------------- the template


def test_the_template_is_the_same_bytes_every_time() -> None:
    assert panel_template() == panel_template()


def test_the_template_has_a_styled_frozen_header_and_a_leader_drop_down() -> None:
    workbook = load_workbook(io.BytesIO(panel_template()))
    assert workbook.sheetnames == [PANEL, GUIDE]
    sheet = workbook[PANEL]
    assert [cell.value for cell in sheet[1]] == HEADER
    assert sheet.max_row == 1, "no example rows that would be imported as experts"
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    assert not sheet.protection.sheet, "the secretariat edits the list freely"
    yes_no = [v for v in sheet.data_validations.dataValidation if v.type == "list"]
    assert len(yes_no) == 2  # the leader and the reserve
    assert all(v.formula1 == '"是,否"' for v in yes_no)
    assert "F2" in yes_no[0].sqref and "H2" in yes_no[1].sqref


def test_the_guide_explains_ties_relations_and_recusal() -> None:
    guide = load_workbook(io.BytesIO(panel_template()))[GUIDE]
    text = "\n".join(str(cell.value) for row in guide.iter_rows() for cell in row if cell.value)
    for word in ("单位名称：关系", "任职", "董事", "控股", "亲属", "其他", "回避", "组长"):
        assert word in text


# ---------------------------------------------------------------- importing a good list


def test_a_filled_in_template_adds_the_experts_their_ties_and_the_leader(
    store: CampaignStore, tmp_path: Path
) -> None:
    report = _import(store, _filled_template(tmp_path, PANEL_ROWS))
    assert report.ok, report.as_json()
    assert report.added == ("E01", "E02", "E03")
    assert report.updated == report.unchanged == ()
    experts = _experts(store)
    assert experts["E01"]["affiliation"] == "西北大学"
    assert experts["E01"]["title"] == "教授"
    assert experts["E01"]["is_leader"] is True
    assert experts["E02"]["is_leader"] is experts["E03"]["is_leader"] is False
    assert experts["E01"]["ties"] == [
        ("宝鸡市", TieRelation.FAMILY),
        ("西安市", TieRelation.EMPLOYMENT),
    ]
    assert experts["E02"]["ties"] == []
    assert experts["E03"]["ties"] == [("西安市", TieRelation.OTHER), ("铜川市", TieRelation.BOARD)]
    added = _audit(store, "expert.add")
    assert [(e.entity, e.entity_id) for e in added] == [("expert", c) for c in report.added]
    assert added[0].old is None
    assert added[0].new["ties"] == ["宝鸡市:family", "西安市:employment"]
    assert report.as_json() == {
        "added": ["E01", "E02", "E03"],
        "updated": [],
        "unchanged": [],
        "problems": [],
        "pending_ties": [],
    }


def test_importing_the_same_list_again_changes_nothing(
    store: CampaignStore, tmp_path: Path
) -> None:
    path = _filled_template(tmp_path, PANEL_ROWS)
    assert _import(store, path).ok
    before, events = _experts(store), _audit_count(store)
    again = _import(store, path)
    assert again.ok
    assert again.added == again.updated == ()
    assert again.unchanged == ("E01", "E02", "E03")
    assert _experts(store) == before, "tie rows are kept, not deleted and re-added"
    assert _audit_count(store) == events


def test_a_changed_affiliation_and_ties_update_that_expert_only(
    store: CampaignStore, tmp_path: Path
) -> None:
    assert _import(store, _filled_template(tmp_path, PANEL_ROWS, "first.xlsx")).ok
    before, events = _experts(store), _audit_count(store)
    rows = [list(row) for row in PANEL_ROWS]
    rows[2][2], rows[2][6] = "西北工业大学", "铜川市:控股"
    report = _import(store, _filled_template(tmp_path, rows, "second.xlsx"))
    assert report.ok, report.as_json()
    assert report.updated == ("E03",)
    assert report.unchanged == ("E01", "E02")
    after = _experts(store)
    assert after["E03"]["affiliation"] == "西北工业大学"
    assert after["E03"]["ties"] == [("铜川市", TieRelation.CONTROL)]
    assert after["E03"]["id"] == before["E03"]["id"]
    assert {code: after[code] for code in ("E01", "E02")} == {
        code: before[code] for code in ("E01", "E02")
    }
    assert _audit_count(store) == events + 1
    (event,) = _audit(store, "expert.update")
    assert event.entity_id == "E03"
    assert event.old == {"affiliation": "西安交通大学", "ties": ["西安市:other", "铜川市:board"]}
    assert event.new == {"affiliation": "西北工业大学", "ties": ["铜川市:control"]}


def test_a_new_leader_replaces_the_old_one_and_unlisted_experts_stay(
    store: CampaignStore, tmp_path: Path
) -> None:
    assert _import(store, _filled_template(tmp_path, PANEL_ROWS, "first.xlsx")).ok
    newcomers = [["E04", "赵敏", "长安大学", "教授", "交通", "是", None]]
    report = _import(store, _filled_template(tmp_path, newcomers, "second.xlsx"))
    assert report.ok, report.as_json()
    assert report.added == ("E04",)
    assert report.updated == ("E01",)
    experts = _experts(store)
    assert [code for code, e in experts.items() if e["is_leader"]] == ["E04"]
    assert set(experts) == {"E01", "E02", "E03", "E04"}
    assert experts["E01"]["ties"], "an unlisted expert keeps their ties"
    (event,) = _audit(store, "expert.update")
    assert (event.entity_id, event.old, event.new) == (
        "E01",
        {"is_leader": True},
        {"is_leader": False},
    )


def test_columns_in_another_order_with_full_width_headers_are_read(
    store: CampaignStore, tmp_path: Path
) -> None:
    header = [
        " 关联单位及关系 ",
        "ＳＴＡＲＴ",
        "姓名",
        "编号＊",
        "工作单位 ★",
        "专家组组长(是／否)",
    ]
    rows: list[Row] = [
        ["西安 市：任职", "ignored", "张明", 1, "西北大学", "是"],
        [None, None, "李红", 2.0, "陕西省信息化研究院", None],
        [None, None, "王强", "E03", "西安交通大学", "否"],
    ]
    path = _plain_workbook(tmp_path, header, rows, title="Sheet1")
    report = _import(store, path)
    assert report.ok, report.as_json()
    assert report.added == ("1", "2", "E03")
    experts = _experts(store)
    assert experts["1"]["ties"] == [("西安市", TieRelation.EMPLOYMENT)]
    assert experts["1"]["is_leader"] is True
    assert experts["2"]["affiliation"] == "陕西省信息化研究院"
    assert experts["E03"]["title"] == "", "a column the list lacks is left empty for new experts"


def test_codes_typed_as_numbers_keep_their_digits_without_a_decimal_point(
    store: CampaignStore, tmp_path: Path
) -> None:
    """Excel may store a code typed as 7 as the number 7.0; the code is "7", not "7.0"."""
    path = _plain_workbook(tmp_path, ["编号", "姓名", "工作单位"], [[7, "张明", "西北大学"]])
    fixed = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(fixed, "w") as target:
        for entry in source.infolist():
            content = source.read(entry)
            if entry.filename == "xl/worksheets/sheet1.xml":
                content, count = re.subn(rb"<v>7</v>", rb"<v>7.0</v>", content)
                assert count == 1
            target.writestr(entry, content)
    path.write_bytes(fixed.getvalue())
    assert load_workbook(path)[PANEL]["A2"].value == 7.0
    report = _import(store, path)
    assert report.added == ("7",), report.as_json()


def test_title_rows_above_the_header_are_passed_over(store: CampaignStore, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = PANEL
    sheet.append(["2014年智慧城市试点评审专家名单"])
    sheet.append([])
    sheet.append(HEADER)
    sheet.append(PANEL_ROWS[1])
    path = tmp_path / "titled.xlsx"
    workbook.save(path)
    report = _import(store, path)
    assert report.added == ("E02",), report.as_json()


def test_a_list_without_ties_or_leader_columns_leaves_those_as_they_are(
    store: CampaignStore, tmp_path: Path
) -> None:
    assert _import(store, _filled_template(tmp_path, PANEL_ROWS)).ok
    path = _plain_workbook(tmp_path, ["编号", "姓名", "工作单位"], [["E01", "张明", "长安大学"]])
    report = _import(store, path)
    assert report.updated == ("E01",)
    expert = _experts(store)["E01"]
    assert expert["affiliation"] == "长安大学"
    assert expert["is_leader"] is True
    assert expert["title"] == "教授"
    assert len(expert["ties"]) == 2


def test_blank_rows_between_experts_are_skipped(store: CampaignStore, tmp_path: Path) -> None:
    rows = [PANEL_ROWS[0], [None] * 7, ["", "  ", None, None, None, None, None], PANEL_ROWS[1]]
    report = _import(store, _filled_template(tmp_path, rows))
    assert report.ok, report.as_json()
    assert report.added == ("E01", "E02")


# ---------------------------------------------------------------- mistakes


def _with(row: int, column: int, value: object) -> list[Row]:
    rows = [list(r) for r in PANEL_ROWS]
    rows[row][column] = value
    return rows


BAD_LISTS = {
    "missing name": (_with(1, 1, None), "missing", "B3", "姓名"),
    "missing code": (_with(0, 0, "  "), "missing", "A2", "编号"),
    "missing affiliation": (_with(2, 2, None), "missing", "C4", "工作单位"),
    "duplicate code": (_with(2, 0, "E01"), "duplicate", "A4", "编号"),
    "two leaders": (_with(2, 5, "是"), "two_leaders", "F4", "专家组组长"),
    "leader not yes or no": (_with(1, 5, "可能"), "not_in_list", "F3", "专家组组长"),
    "code too long": (_with(0, 0, "E" * 21), "too_long", "A2", "编号"),
    "name too long": (_with(0, 1, "名" * 101), "too_long", "B2", "姓名"),
    "affiliation too long": (_with(0, 2, "单" * 201), "too_long", "C2", "工作单位"),
    "title too long": (_with(0, 3, "职" * 101), "too_long", "D2", "职称"),
    "expertise too long": (_with(0, 4, "专" * 301), "too_long", "E2", "专业领域"),
    "unknown relation": (_with(1, 6, "西安市:同学"), "unknown_relation", "G3", "关联单位及关系"),
    "tie without relation": (_with(1, 6, "西安市"), "bad_tie", "G3", "关联单位及关系"),
    "formula": (_with(1, 5, '=IF(TRUE,"是","否")'), "formula", "F3", "专家组组长"),
}


@pytest.mark.parametrize("case", list(BAD_LISTS))
def test_each_mistake_is_named_by_its_cell_and_nothing_is_written(
    store: CampaignStore, tmp_path: Path, case: str
) -> None:
    assert _import(store, _filled_template(tmp_path, [["E09", "周正", "长安大学"]], "a.xlsx")).ok
    before, events = _experts(store), _audit_count(store)
    rows, code, cell, field = BAD_LISTS[case]
    report = _import(store, _filled_template(tmp_path, rows, "bad.xlsx"))
    assert not report.ok
    assert [(p.code, p.cell, p.field) for p in report.problems] == [(code, cell, field)]
    problem = report.problems[0]
    assert (problem.file, problem.sheet) == ("bad.xlsx", PANEL)
    message = problem.message()
    for part in ("bad.xlsx", PANEL, cell, field):
        assert part in message
    assert report.added == report.updated == report.unchanged == ()
    assert _experts(store) == before
    assert _audit_count(store) == events


def test_a_duplicate_code_names_both_cells(store: CampaignStore, tmp_path: Path) -> None:
    report = _import(store, _filled_template(tmp_path, _with(2, 0, "E01")))
    (problem,) = report.problems
    assert problem.params["other"] == "A2"
    assert "A4" in problem.message() and "A2" in problem.message()


def test_a_tie_to_an_applicant_not_registered_yet_is_kept_and_resolved_on_registration(
    store: CampaignStore, tmp_path: Path
) -> None:
    """The pool is often listed before the applicants: the list imports whole, the tie
    to 延安市 waits, and becomes a tie (a ground for recusal) once 延安市 registers."""
    from reviewer.intake.applicants import ApplicantRow, save_applicant
    from reviewer.panel.expert_rows import list_experts

    report = _import(store, _filled_template(tmp_path, _with(1, 6, "西安市:任职；延安 市:任职")))
    assert report.ok and report.added == ("E01", "E02", "E03")
    assert report.pending == (("E02", "延安 市", TieRelation.EMPLOYMENT),)
    assert report.as_json()["pending_ties"] == [
        {"expert": "E02", "applicant": "延安 市", "relation": "employment"}
    ]
    assert _experts(store)["E02"]["ties"] == [("西安市", TieRelation.EMPLOYMENT)]
    (listed,) = [row for row in list_experts(store) if row.code == "E02"]
    assert listed.pending_ties == (
        "延安 市: Works or worked for it (pending: 延安 市 is not registered yet)",
    )

    save_applicant(store, ApplicantRow(None, "", TrackKind.CITY, "延安市"))
    assert all(not row.pending_ties for row in list_experts(store))
    assert sorted(_experts(store)["E02"]["ties"]) == [
        ("延安市", TieRelation.EMPLOYMENT),
        ("西安市", TieRelation.EMPLOYMENT),
    ]
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(PendingTie)) == 0
        actions = session.scalars(select(AuditEvent.action)).all()
    assert "expert.tie_resolved" in actions


def test_every_mistake_in_the_list_is_reported_at_once(
    store: CampaignStore, tmp_path: Path
) -> None:
    rows = [
        ["E01", None, "西北大学", None, None, "是", "延安市:同学"],
        ["E01", "李红", None, None, None, "是", None],
    ]
    report = _import(store, _filled_template(tmp_path, rows))
    assert sorted((p.code, p.cell) for p in report.problems) == [
        ("duplicate", "A3"),
        ("missing", "B2"),
        ("missing", "C3"),
        ("two_leaders", "F3"),
        ("unknown_relation", "G2"),
    ]
    assert len(report.as_json()["problems"]) == 5
    assert _experts(store) == {}


def test_a_missing_required_column_is_named(store: CampaignStore, tmp_path: Path) -> None:
    path = _plain_workbook(tmp_path, ["编号", "姓名", "职称"], [["E01", "张明", "教授"]])
    report = _import(store, path)
    assert [(p.code, p.field, p.params) for p in report.problems] == [
        ("missing_column", "工作单位", {"row": "1"})
    ]
    assert _experts(store) == {}


def test_a_list_without_experts_is_refused(store: CampaignStore, tmp_path: Path) -> None:
    report = _import(store, _filled_template(tmp_path, []))
    assert [p.code for p in report.problems] == ["empty"]


@pytest.mark.parametrize(
    "content",
    [b"this is not a workbook", b"", b"PK\x03\x04 broken zip"],
    ids=["text", "empty", "broken zip"],
)
def test_a_file_that_is_not_xlsx_is_unreadable(
    store: CampaignStore, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "panel.xlsx"
    path.write_bytes(content)
    report = _import(store, path)
    assert [(p.code, p.file) for p in report.problems] == [("unreadable", "panel.xlsx")]
    assert "panel.xlsx" in report.problems[0].message()
    assert _experts(store) == {}


def test_the_list_marks_reserve_experts_and_a_list_without_the_column_leaves_them(
    store: CampaignStore, tmp_path: Path
) -> None:
    """备选专家 is optional: a list written before it imports as it did, and does not
    undo a reserve marked earlier."""
    rows = [[*PANEL_ROWS[0], None], [*PANEL_ROWS[1], "是"], [*PANEL_ROWS[2], "否"]]
    assert _import(store, _filled_template(tmp_path, rows)).ok
    with store.reading() as session:
        reserves = session.scalars(select(Expert.code).where(Expert.is_reserve)).all()
    assert reserves == ["E02"]
    old_list = _plain_workbook(tmp_path, HEADER[:-1], PANEL_ROWS, name="old.xlsx")
    report = _import(store, old_list)
    assert report.ok and report.updated == ()
    with store.reading() as session:
        assert session.scalars(select(Expert.code).where(Expert.is_reserve)).all() == ["E02"]
    bad = _plain_workbook(
        tmp_path, ["编号", "姓名", "工作单位", "备选"], [["E04", "赵", "西北大学", "也许"]]
    )
    report = _import(store, bad)
    assert not report.ok and "备选专家" in report.problems[0].message()
