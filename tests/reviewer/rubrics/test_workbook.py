"""A rubric goes out as a workbook and comes back as the same definition; an edited
workbook comes back as the edited rubric, or with every mistake named by cell."""

from __future__ import annotations

import copy
import io
import time
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from reviewer.labels import TRACK_NAMES
from reviewer.rubrics.catalog import check_definition, default_definition
from reviewer.rubrics.workbook import (
    RubricProblem,
    RubricReading,
    read_rubric_workbook,
    rubric_workbook,
)
from reviewer.vocabulary import TrackKind

RUBRIC, GATES, GUIDE = "评分细则", "资格条件", "填写说明"
HEADER = [
    "条件编号",
    "评审条件",
    "条件说明",
    "评分项编号",
    "评分项",
    "评分项说明",
    "分值",
    "步长",
    "一票否决（是/否）",
    "优·分值范围",
    "优·描述",
    "良·分值范围",
    "良·描述",
    "中·分值范围",
    "中·描述",
    "差·分值范围",
    "差·描述",
]
Edit = Callable[[Workbook], None]


def _points(value: Any) -> str:
    number = Decimal(str(value))
    return "0" if number == 0 else format(number.normalize(), "f")


def _normalised(definition: dict[str, Any]) -> dict[str, Any]:
    """The definition with points written one way ("7", not "7.0") and defaults filled in."""
    return {
        "track": definition["track"],
        "title": definition["title"],
        "total_points": _points(definition["total_points"]),
        "gates": [
            {"code": g["code"], "name": g["name"], "description": g.get("description", "")}
            for g in definition.get("gates", [])
        ],
        "conditions": [
            {
                "code": c["code"],
                "name": c["name"],
                "description": c.get("description", ""),
                "criteria": [
                    {
                        "code": k["code"],
                        "name": k["name"],
                        "description": k.get("description", ""),
                        "max_points": _points(k["max_points"]),
                        "step": _points(k.get("step", "0.5")),
                        "veto": bool(k.get("veto", False)),
                        "bands": [
                            {
                                "level": b["level"],
                                "min": _points(b["min"]),
                                "max": _points(b["max"]),
                                "descriptor": b.get("descriptor", ""),
                            }
                            for b in k.get("bands", [])
                        ],
                    }
                    for k in c["criteria"]
                ],
            }
            for c in definition["conditions"]
        ],
    }


def _read(path: Path) -> RubricReading:
    with path.open("rb") as stream:
        return read_rubric_workbook(stream, path.name)


def _edited(tmp_path: Path, edit: Edit, definition: dict[str, Any] | None = None) -> RubricReading:
    """The exported city rubric, changed by `edit` in openpyxl as in Excel, read back."""
    exported = rubric_workbook(definition or default_definition(TrackKind.CITY))
    workbook = load_workbook(io.BytesIO(exported))
    edit(workbook)
    path = tmp_path / "评分细则.xlsx"
    workbook.save(path)
    return _read(path)


def _set(sheet: str = RUBRIC, /, **cells: Any) -> Edit:
    def edit(workbook: Workbook) -> None:
        for address, value in cells.items():
            workbook[sheet][address] = value

    return edit


def _found(reading: RubricReading) -> set[tuple[str, str, str]]:
    return {(p.code, p.sheet, p.cell) for p in reading.problems}


# ---------------------------------------------------------------- writing and round trip


@pytest.mark.parametrize("track", list(TrackKind))
def test_the_default_rubric_comes_back_as_it_went_out(tmp_path: Path, track: TrackKind) -> None:
    definition = default_definition(track)
    path = tmp_path / "rubric.xlsx"
    path.write_bytes(rubric_workbook(definition))
    reading = _read(path)
    assert reading.problems == ()
    assert reading.definition == _normalised(definition)
    assert reading.definition["track"] == track.value


def test_points_written_differently_come_back_in_one_form(tmp_path: Path) -> None:
    definition = copy.deepcopy(default_definition(TrackKind.CITY))
    definition["total_points"] = "100.00"
    criterion = definition["conditions"][0]["criteria"][0]
    criterion["max_points"], criterion["step"] = "7.0", "0.50"
    criterion["bands"][0]["min"] = "6.0"
    path = tmp_path / "rubric.xlsx"
    path.write_bytes(rubric_workbook(definition))
    reading = _read(path)
    assert reading.definition is not None
    assert reading.definition == _normalised(definition)
    assert reading.definition["total_points"] == "100"
    first = reading.definition["conditions"][0]["criteria"][0]
    assert (first["max_points"], first["step"], first["bands"][0]["min"]) == ("7", "0.5", "6")


@pytest.mark.parametrize("track", list(TrackKind))
def test_the_workbook_is_laid_out_for_editing_in_excel(track: TrackKind) -> None:
    definition = default_definition(track)
    workbook = load_workbook(io.BytesIO(rubric_workbook(definition)))
    assert workbook.sheetnames == [RUBRIC, GATES, GUIDE]
    sheet = workbook[RUBRIC]
    assert [sheet[f"A{row}"].value for row in (1, 2, 3)] == ["细则名称", "适用类别", "总分"]
    assert sheet["B1"].value == definition["title"]
    assert sheet["B2"].value == TRACK_NAMES[track]
    assert sheet["B3"].value == 100
    assert [cell.value for cell in sheet[5]] == HEADER
    assert sheet.freeze_panes == "A6"
    criteria = [k for c in definition["conditions"] for k in c["criteria"]]
    assert sheet.max_row == 5 + len(criteria)
    assert sheet["D6"].value == criteria[0]["code"]
    assert sheet["F6"].alignment.wrap_text
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    assert not sheet.protection.sheet, "the secretariat edits the rubric freely"
    rules = {v.type: v for v in sheet.data_validations.dataValidation if "G6" in v.sqref}
    assert set(rules) == {"decimal"}, "points are checked as numbers while typing"
    assert any(
        "H6" in v.sqref and v.type == "decimal" for v in sheet.data_validations.dataValidation
    )
    assert sheet["J6"].number_format == "@", "6-7 stays text instead of becoming a date"
    gates = workbook[GATES]
    assert [cell.value for cell in gates[1]] == ["编号", "名称", "说明"]
    assert gates.freeze_panes == "A2"
    assert [row[0] for row in gates.iter_rows(min_row=2, values_only=True)] == [
        gate["code"] for gate in definition["gates"]
    ]
    assert "分值范围" in "".join(str(c.value) for c in workbook[GUIDE]["A"])


def test_the_same_rubric_gives_the_same_bytes_at_another_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    definition = default_definition(TrackKind.DEPARTMENT)
    first = rubric_workbook(definition)
    later = time.time() + 2 * 3600  # zip entries are stamped with the time of saving
    monkeypatch.setattr(time, "time", lambda: later)
    assert rubric_workbook(copy.deepcopy(definition)) == first
    changed = copy.deepcopy(definition)
    changed["title"] += "（修订）"
    assert rubric_workbook(changed) != first


# ---------------------------------------------------------------- reading edited workbooks


def test_edited_points_and_bands_come_back_as_the_new_rubric(tmp_path: Path) -> None:
    # C1.1 gains a point and C1.2 loses one, so the total stays 100.
    edit = _set(
        G6=8,
        J6="7-8",
        K6="新的优档描述",
        L6="5.5-6.5",
        N6="4-5",
        G7="7",
        J7="6-7",
        L7="5-5.5",
        N7="4-4.5",
        P7="0-3.5",
    )
    reading = _edited(tmp_path, edit)
    expected = copy.deepcopy(default_definition(TrackKind.CITY))
    first, second = expected["conditions"][0]["criteria"][:2]
    first["max_points"] = "8"
    first["bands"][0].update(min="7", max="8", descriptor="新的优档描述")
    first["bands"][1].update(min="5.5", max="6.5")
    first["bands"][2].update(min="4", max="5")
    second["max_points"] = "7"
    for band, (low, high) in zip(
        second["bands"], [("6", "7"), ("5", "5.5"), ("4", "4.5"), ("0", "3.5")], strict=True
    ):
        band.update(min=low, max=high)
    check_definition(expected)
    assert reading.problems == ()
    assert reading.definition == _normalised(expected)


def test_a_criterion_without_bands_and_a_veto_mark_come_back(tmp_path: Path) -> None:
    blank = dict.fromkeys(("J6", "K6", "L6", "M6", "N6", "O6", "P6", "Q6"))
    reading = _edited(tmp_path, _set(I6="是", **blank))
    expected = copy.deepcopy(default_definition(TrackKind.CITY))
    criterion = expected["conditions"][0]["criteria"][0]
    criterion["bands"], criterion["veto"] = [], True
    assert reading.problems == ()
    assert reading.definition == _normalised(expected)


def test_a_band_typed_without_text_format_comes_back_from_excels_date(tmp_path: Path) -> None:
    # Typing 6-7 into a General cell, Excel stores 7 June of the current year.
    reading = _edited(tmp_path, _set(J6=datetime(2014, 6, 7)))
    assert reading.problems == ()
    assert reading.definition == _normalised(default_definition(TrackKind.CITY))


def _full_width(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789."})


def test_a_hand_made_workbook_is_read_by_its_headers_and_loose_values(tmp_path: Path) -> None:
    """Columns reordered, headers with spaces and full-width marks, points as full-width text
    or floats, ranges with other dashes, condition columns repeated on every row."""
    definition = default_definition(TrackKind.DEPARTMENT)
    header = list(HEADER)
    header[6], header[8], header[9] = "\u3000分值 ", "一票否决（是／否）", "优 分值范围"
    order = [3, 4, 0, 1, 2, 6, 7, 8, 5, *range(9, 17)]  # criterion code first
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f" {RUBRIC} "
    sheet.append(["厅务会审定稿"])
    sheet.append(["细则名称：", definition["title"]])
    sheet.append([" 适用类别 ", f" {TRACK_NAMES[TrackKind.DEPARTMENT]} "])
    sheet.append(["总分", "１００．０"])
    sheet.append([])
    sheet.append([header[i] for i in order])
    separators = ["-", "–", "~", "至"]
    for condition in definition["conditions"]:
        for n, k in enumerate(condition["criteria"]):
            row: list[Any] = [
                condition["code"],
                condition["name"],
                condition["description"],
                k["code"],
                k["name"],
                k["description"],
                _full_width(k["max_points"]) if n % 2 else float(k["max_points"]),
                _full_width(k["step"]) if n % 2 else float(k["step"]),
                "是" if k["veto"] else None,
            ]
            for b, band in enumerate(k["bands"]):
                row += [f"{band['min']} {separators[b]} {band['max']}", band["descriptor"]]
            sheet.append([row[i] for i in order])
    gates = workbook.create_sheet(GATES)
    gates.append(["说明", "编号", "名称"])
    for gate in definition["gates"]:
        gates.append([gate["description"], gate["code"], gate["name"]])
    path = tmp_path / "hand.xlsx"
    workbook.save(path)
    reading = _read(path)
    assert reading.problems == ()
    assert reading.definition == _normalised(definition)


# ---------------------------------------------------------------- problems by cell

CASES = {
    "empty criterion name": (_set(E6=None), "missing", RUBRIC, "E6", "评分项"),
    "text in points": (_set(G6="七分"), "not_a_number", RUBRIC, "G6", "分值"),
    "negative points": (_set(H7=-0.5), "not_a_number", RUBRIC, "H7", "步长"),
    "absurd points": (_set(G6="1e999"), "not_a_number", RUBRIC, "G6", "分值"),
    "absurdly fine step": (_set(H6=0.00001), "not_a_number", RUBRIC, "H6", "步长"),
    "bad band range": (_set(J6="abc"), "bad_range", RUBRIC, "J6", "优·分值范围"),
    "reversed band range": (_set(L6="5.5-5"), "bad_range", RUBRIC, "L6", "良·分值范围"),
    "one band left out": (_set(N6=None), "missing", RUBRIC, "N6", "中·分值范围"),
    "veto not yes or no": (_set(I6="也许"), "not_in_list", RUBRIC, "I6", "一票否决（是/否）"),
    "duplicate criterion code": (_set(D7="C1.1"), "duplicate", RUBRIC, "D7", "评分项编号"),
    "duplicate gate code": (_set(GATES, A3="G1"), "duplicate", GATES, "A3", "编号"),
    "empty gate name": (_set(GATES, B2=None), "missing", GATES, "B2", "名称"),
    "unknown track": (_set(B2="县级智慧城市试点"), "unknown_track", RUBRIC, "B2", "适用类别"),
    "no title": (_set(B1=None), "missing", RUBRIC, "B1", "细则名称"),
    "formula in points": (_set(G6="=3+4"), "formula", RUBRIC, "G6", "分值"),
    "condition renamed on a later row": (
        _set(B7="另一个名称"),
        "inconsistent",
        RUBRIC,
        "B7",
        "评审条件",
    ),
    "no condition code on the first row": (_set(A6=None), "missing", RUBRIC, "A6", "条件编号"),
    "totals not adding up": (_set(B3=90), "invalid", RUBRIC, "B3", ""),
    "bands with a gap": (_set(P6="0-3"), "invalid", RUBRIC, "P6", ""),
    "points off the step": (_set(G6=7.25), "invalid", RUBRIC, "G6", ""),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_mistake_is_named_by_its_cell(tmp_path: Path, case: str) -> None:
    edit, code, sheet, cell, field = CASES[case]
    reading = _edited(tmp_path, edit)
    assert reading.definition is None
    assert len(reading.problems) == 1, [p.message() for p in reading.problems]
    problem = reading.problems[0]
    assert (problem.code, problem.sheet, problem.cell, problem.field) == (code, sheet, cell, field)
    message = problem.message()
    assert message.startswith(f"评分细则.xlsx, sheet {sheet}")
    if code != "invalid":
        assert f"cell {cell}" in message


def test_a_duplicate_names_the_cell_it_repeats(tmp_path: Path) -> None:
    (problem,) = _edited(tmp_path, _set(D7="C1.1")).problems
    assert problem.params == {"value": "C1.1", "other": "D6"}


def test_an_invalid_rubric_says_why(tmp_path: Path) -> None:
    (problem,) = _edited(tmp_path, _set(B3=90)).problems
    assert "criteria add up to 100 points, not the stated total of 90." in problem.message()


def test_several_mistakes_are_reported_at_once(tmp_path: Path) -> None:
    edit = _set(E6=None, G7="x", J8="abc", I9="也许", D10="C1.1", B2="县级")
    reading = _edited(tmp_path, edit)
    assert reading.definition is None
    assert _found(reading) == {
        ("missing", RUBRIC, "E6"),
        ("not_a_number", RUBRIC, "G7"),
        ("bad_range", RUBRIC, "J8"),
        ("not_in_list", RUBRIC, "I9"),
        ("duplicate", RUBRIC, "D10"),
        ("unknown_track", RUBRIC, "B2"),
    }


def test_a_missing_column_and_a_missing_sheet_are_named(tmp_path: Path) -> None:
    def edit(workbook: Workbook) -> None:
        workbook[RUBRIC].delete_cols(7)  # 分值
        del workbook[GATES]

    reading = _edited(tmp_path, edit)
    assert {(p.code, p.sheet, p.field) for p in reading.problems} == {
        ("missing_column", RUBRIC, "分值"),
        ("missing_sheet", GATES, ""),
    }
    assert all(p.message() for p in reading.problems)


def test_a_table_without_criteria_is_empty(tmp_path: Path) -> None:
    reading = _edited(tmp_path, lambda workbook: workbook[RUBRIC].delete_rows(6, 100))
    assert _found(reading) == {("empty", RUBRIC, "")}


@pytest.mark.parametrize(
    "content",
    [b"not a workbook at all", rubric_workbook(default_definition(TrackKind.CITY))[:2000]],
    ids=["text", "truncated"],
)
def test_a_file_that_is_no_workbook_is_one_unreadable_problem(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "细则.xlsx"
    path.write_bytes(content)
    reading = _read(path)
    assert reading.definition is None
    assert [p.code for p in reading.problems] == ["unreadable"]
    assert isinstance(reading.problems[0], RubricProblem)
    assert reading.problems[0].message().startswith("细则.xlsx cannot be read")


def test_labels_removed_above_the_table_are_each_named(tmp_path: Path) -> None:
    reading = _edited(tmp_path, _set(A1=None, A2="类别", A3=None))
    assert {(p.code, p.field) for p in reading.problems} == {
        ("missing_label", "细则名称"),
        ("missing_label", "适用类别"),
        ("missing_label", "总分"),
    }
    assert "“总分”" in reading.problems[-1].message()
