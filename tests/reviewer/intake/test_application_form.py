"""The application form template is laid out and protected as published, and the reader
gets every answer back and names every mistake by file, sheet, cell and field."""

from __future__ import annotations

import io
import time
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell

from reviewer.i18n import install_translator
from reviewer.intake.application_form import (
    FORM_TEMPLATE_ID,
    FORM_VERSION,
    FormAnswers,
    FormReading,
    filled_form,
    form_template,
    is_application_form,
    read_form,
)
from reviewer.rubrics.catalog import default_definition
from reviewer.vocabulary import TrackKind

FORM, GUIDE, META = "申报书", "填写说明", "_reviewer"


def _answers(track: TrackKind) -> FormAnswers:
    codes = [c["code"] for c in default_definition(track)["conditions"]]
    assessment = {code: f"{code}：已建立工作机制，明确责任分工。" for code in codes}
    if track is TrackKind.CITY:
        return FormAnswers(
            applicant="西安市人民政府",
            track=track,
            contact="王建国",
            phone="029-86781234",
            email="zhcs@xa.gov.cn",
            pilot_domains=("智慧城管", "智慧社区"),
            districts=("雁塔区", "高新区"),
            self_assessment=assessment,
            budget_wan=Decimal("3200.50"),
            fiscal_share_percent=35,
            funding="市级财政资金与社会资本合作",
            open_data_plan="2014年底前开放交通、环境等10类政务数据集。",
            secure_controllable=True,
            secure_statement="核心系统采用国产操作系统和数据库。",
            leading_group_ref="市政办发〔2014〕38号",
            declared=True,
            submitted_on=date(2014, 7, 18),
        )
    return FormAnswers(
        applicant="陕西省卫生和计划生育委员会",
        track=track,
        contact="李敏",
        phone="02989620000",
        email="",
        pilot_domains=("智慧医疗",),
        districts=(),
        self_assessment=assessment,
        budget_wan=Decimal("12800"),
        fiscal_share_percent=None,
        funding="",
        open_data_plan="开放全省医疗机构名录和服务数据。",
        secure_controllable=False,
        secure_statement="",
        leading_group_ref="",
        declared=True,
        submitted_on=date(2014, 7, 10),
    )


def _cell_map(workbook: Workbook) -> dict[str, str]:
    return {str(k): str(v) for k, v in workbook[META].iter_rows(max_col=2, values_only=True)}


def _saved(tmp_path: Path, content: bytes, name: str = "form.xlsx") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def _edited(tmp_path: Path, changes: dict[str, Any], track: TrackKind = TrackKind.CITY) -> Path:
    """A filled-in city form with some cells changed as an applicant might change them."""
    workbook = load_workbook(io.BytesIO(filled_form(_answers(track))))
    cells = _cell_map(workbook)
    for key, value in changes.items():
        workbook[FORM][cells[key]] = value
    path = tmp_path / "edited.xlsx"
    workbook.save(path)
    return path


def _read(path: Path) -> FormReading:
    with path.open("rb") as stream:
        return read_form(stream, path.name)


@pytest.mark.parametrize("track", list(TrackKind))
def test_the_template_has_the_guide_the_form_and_a_very_hidden_map(
    tmp_path: Path, track: TrackKind
) -> None:
    workbook = load_workbook(_saved(tmp_path, form_template(track)))
    assert workbook.sheetnames == [GUIDE, FORM, META]
    assert [workbook[name].sheet_state for name in (GUIDE, FORM, META)] == [
        "visible",
        "visible",
        "veryHidden",
    ]
    cells = _cell_map(workbook)
    assert (cells["template_id"], cells["version"]) == (FORM_TEMPLATE_ID, str(FORM_VERSION))
    assert (cells["track"], cells["sheet"]) == (track.value, FORM)
    form = workbook[FORM]
    assert form["A1"].value == "陕西省智慧城市试点申报书"
    assert (
        form["B2"].value
        == {
            TrackKind.CITY: "市级智慧城市区域试点",
            TrackKind.DEPARTMENT: "省级部门智慧城市业务应用试点",
        }[track]
    )
    assert form[cells["applicant"]].offset(column=-1).value == "申报单位★"
    assert form[cells["email"]].offset(column=-1).value == "电子邮箱"
    assert ("district1" in cells) == ("leading_group_ref" in cells) == (track is TrackKind.CITY)
    guide = "".join(str(c.value) for c in workbook[GUIDE]["A"] if c.value)
    assert "7月20日" in guide and "实施方案" in guide
    assert ("领导小组成立文件" in guide) == (track is TrackKind.CITY)


@pytest.mark.parametrize("track", list(TrackKind))
def test_only_the_input_cells_are_unlocked_and_each_has_a_validation(
    tmp_path: Path, track: TrackKind
) -> None:
    workbook = load_workbook(_saved(tmp_path, form_template(track)))
    form, cells = workbook[FORM], _cell_map(workbook)
    inputs = {v for k, v in cells.items() if k not in {"template_id", "version", "track", "sheet"}}
    assert len(inputs) == (22 if track is TrackKind.CITY else 19)
    assert form.protection.sheet and workbook[GUIDE].protection.sheet
    # Cells covered by a merge take the protection of the merge's first cell, as in Excel.
    unlocked = {
        c.coordinate
        for row in form.iter_rows()
        for c in row
        if not isinstance(c, MergedCell) and not c.protection.locked
    }
    assert unlocked == inputs
    rules = form.data_validations.dataValidation
    for address in inputs:
        assert [r for r in rules if address in r.sqref], address
    rule = {
        key: next(r for r in rules if address in r.sqref)
        for key, address in cells.items()
        if address in inputs
    }
    assert (rule["applicant"].type, rule["applicant"].formula1) == ("textLength", "50")
    assert (rule["domain1"].type, rule["secure_controllable"].formula1) == ("list", '"是,否"')
    assert rule["budget_wan"].type == "decimal"
    assert rule["fiscal_share"].type == "whole"
    assert rule["submitted_on"].type == "date"


@pytest.mark.parametrize("track", list(TrackKind))
def test_a_filled_form_reads_back_as_the_same_answers(tmp_path: Path, track: TrackKind) -> None:
    answers = _answers(track)
    reading = _read(_saved(tmp_path, filled_form(answers)))
    assert reading.problems == ()
    assert reading.valid
    assert reading.answers == answers


@pytest.mark.parametrize("track", list(TrackKind))
def test_the_template_is_the_same_bytes_every_time(
    tmp_path: Path, track: TrackKind, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _saved(tmp_path, form_template(track), "first.xlsx")
    filled = filled_form(_answers(track))
    with monkeypatch.context() as later:  # a year on, as the zip entries' clock sees it
        now = time.time()
        later.setattr(time, "time", lambda: now + 366 * 86400)
        second = _saved(tmp_path, form_template(track), "second.xlsx")
        assert filled_form(_answers(track)) == filled
    assert first.read_bytes() == second.read_bytes()


def test_only_our_forms_are_recognised_and_the_stream_is_left_in_place(tmp_path: Path) -> None:
    plain = Workbook()
    plain.save(tmp_path / "plain.xlsx")
    _saved(tmp_path, form_template(TrackKind.CITY), "template.xlsx")
    _saved(tmp_path, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "plan.pdf")
    found = {}
    for name in ("plain.xlsx", "template.xlsx", "plan.pdf"):
        with (tmp_path / name).open("rb") as stream:
            found[name] = is_application_form(stream)
            assert stream.tell() == 0
    assert found == {"plain.xlsx": False, "template.xlsx": True, "plan.pdf": False}


BAD_INPUTS = [
    ("applicant", None, "missing", "申报单位", {}),
    ("applicant", "陕" * 51, "too_long", "申报单位", {"length": "51", "limit": "50"}),
    ("budget_wan", "三千二百万", "not_a_number", "总投资（万元）", {"value": "三千二百万"}),
    ("budget_wan", 0, "not_positive", "总投资（万元）", {"value": "0"}),
    ("fiscal_share", 150, "not_a_percentage", "财政资金占比（%）", {"value": "150"}),
    ("submitted_on", "2014-13-45", "not_a_date", "申报日期", {"value": "2014-13-45"}),
    ("domain1", "智慧农业", "not_in_list", "试点领域一", {"value": "智慧农业"}),
    ("secure_controllable", "不确定", "not_in_list", "核心技术和基础软硬件自主可控", {}),
    ("declaration", None, "not_declared", "申报单位承诺", {}),
    ("district2", "雁塔区", "repeated", "试点区县二", {"value": "雁塔区"}),
]


@pytest.mark.parametrize(("key", "value", "code", "label", "params"), BAD_INPUTS)
def test_each_bad_input_is_named_by_cell_and_field(
    tmp_path: Path, key: str, value: object, code: str, label: str, params: dict[str, str]
) -> None:
    path = _edited(tmp_path, {key: value})
    reading = _read(path)
    cells = _cell_map(load_workbook(path))
    assert len(reading.problems) == 1, reading.problems
    problem = reading.problems[0]
    assert (problem.code, problem.cell, problem.field) == (code, cells[key], label)
    assert (problem.file, problem.sheet) == ("edited.xlsx", FORM)
    assert params.items() <= problem.params.items()
    message = problem.message()
    assert all(part in message for part in ("edited.xlsx", FORM, cells[key], label)), message
    assert not reading.valid
    assert reading.answers is not None
    assert reading.answers.contact == "王建国"  # the rest of the form is still read


def test_a_bad_field_reads_as_empty_and_the_declaration_as_not_given(tmp_path: Path) -> None:
    reading = _read(
        _edited(tmp_path, {"applicant": "陕" * 51, "budget_wan": "很多", "declaration": None})
    )
    assert reading.answers is not None
    assert (reading.answers.applicant, reading.answers.budget_wan) == ("", None)
    assert reading.answers.declared is False
    assert reading.answers.submitted_on == date(2014, 7, 18)


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    changes = {"contact": "  ", "budget_wan": "abc", "submitted_on": "soon", "domain2": "智慧医疗"}
    path = _edited(tmp_path, changes)
    cells = _cell_map(load_workbook(path))
    reading = _read(path)
    assert [(p.code, p.cell) for p in reading.problems] == [
        ("missing", cells["contact"]),
        ("not_in_list", cells["domain2"]),
        ("not_a_number", cells["budget_wan"]),
        ("not_a_date", cells["submitted_on"]),
    ]


@pytest.mark.parametrize(
    ("key", "typed", "attribute", "expected"),
    [
        ("budget_wan", "３２００", "budget_wan", Decimal(3200)),
        ("budget_wan", " ３，２００．５ 万元", "budget_wan", Decimal("3200.5")),
        ("fiscal_share", "３０％", "fiscal_share_percent", 30),
        ("submitted_on", "2014年7月18日", "submitted_on", date(2014, 7, 18)),
        ("submitted_on", "２０１４/7/9", "submitted_on", date(2014, 7, 9)),
        ("applicant", "  西安市 人民政府 ", "applicant", "西安市 人民政府"),
    ],
)
def test_hand_typed_numbers_and_dates_are_understood(
    tmp_path: Path, key: str, typed: str, attribute: str, expected: object
) -> None:
    reading = _read(_edited(tmp_path, {key: typed}))
    assert reading.problems == ()
    assert reading.answers is not None
    assert getattr(reading.answers, attribute) == expected


def test_a_plain_workbook_is_not_our_form(tmp_path: Path) -> None:
    plain = Workbook()
    plain.active["A1"] = "申报单位"
    plain.save(tmp_path / "other.xlsx")
    reading = _read(tmp_path / "other.xlsx")
    assert reading.answers is None
    assert [p.code for p in reading.problems] == ["wrong_template"]
    assert "other.xlsx" in reading.problems[0].message()


def test_a_file_that_is_no_workbook_is_unreadable(tmp_path: Path) -> None:
    path = _saved(tmp_path, b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "form.xlsx")
    reading = _read(path)
    assert reading.answers is None
    assert [p.code for p in reading.problems] == ["unreadable"]
    assert "form.xlsx" in reading.problems[0].message()


def test_a_form_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    workbook = load_workbook(io.BytesIO(form_template(TrackKind.CITY)))
    meta = workbook[META]
    version_row = next(row for row in meta.iter_rows() if row[0].value == "version")
    version_row[1].value = FORM_VERSION + 1
    workbook.save(tmp_path / "future.xlsx")
    reading = _read(tmp_path / "future.xlsx")
    assert reading.answers is None
    assert [(p.code, p.params) for p in reading.problems] == [
        ("newer_version", {"version": str(FORM_VERSION + 1)})
    ]


def test_messages_go_through_the_intake_translation(tmp_path: Path) -> None:
    path = _edited(tmp_path, {"phone": None})
    problem = _read(path).problems[0]
    install_translator(lambda context, text: f"[{context}] " + text.replace("cell ", "单元格 "))
    cell = _cell_map(load_workbook(path))["phone"]
    assert problem.message().startswith(
        f"[Intake] edited.xlsx, sheet 申报书, 单元格 {cell} (联系电话)"
    )
