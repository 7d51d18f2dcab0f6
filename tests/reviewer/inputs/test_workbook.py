"""The workbook reader the four .xlsx readers share: a workbook opened only within its
limits, cells read with their addresses, formulas refused by cell, and every problem
placed by file, sheet, cell and field."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from reviewer.inputs import workbook as shared
from reviewer.inputs.cell_problems import CellProblem
from reviewer.inputs.files import Inputs
from reviewer.inputs.workbook import (
    BadCell,
    EmptyCell,
    SheetCells,
    WorkbookNotRead,
    as_text,
    cells_at,
    damage_caught,
    find_header,
    is_formula,
    open_workbook,
    squeeze,
    table_rows,
)
from reviewer.inputs.workbook_limits import WorkbookLimits

_MESSAGES = {
    "refused": "{detail}",
    "unreadable": "{file} cannot be read as an Excel workbook ({detail}).",
    "formula": "{file}, sheet {sheet}, cell {cell} ({field}): the cell holds a formula.",
    "too_long": "{file}, sheet {sheet}, cell {cell} ({field}): {length} > {limit}.",
    "wrong": "{file} is not the form.",
}


class Problem(CellProblem):
    """A reader's problems, as each reader defines its own (not marked for translation)."""

    CONTEXT = "Tests"
    MESSAGES = _MESSAGES


LIMITS = WorkbookLimits(Inputs.EXPERT_LIST, rows=50, size=1 << 20)


def workbook_file(
    path: Path, rows: dict[str, Any], title: str = "名单", texts: tuple[str, ...] = ()
) -> Path:
    """A real .xlsx at `path` with `rows` (address -> value) in its one sheet `title`;
    the cells at `texts` are stored as text even if they begin with “=”, as Excel stores
    a formula typed into a cell formatted as text."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for address, value in rows.items():
        sheet[address] = value
        if address in texts:
            sheet[address].data_type = "s"
    book.save(path)
    return path


def forbid(monkeypatch: pytest.MonkeyPatch, *names: str) -> None:
    """Make the shared reader's `names` fail whoever calls them: what must not run yet.
    (The failure is caught as damage, so the tests then see an unexpected detail.)"""

    def never(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("called before the limits were checked")

    for name in names:
        monkeypatch.setattr(shared, name, never)


def opened(path: Path, limits: WorkbookLimits = LIMITS, read_only: bool = False) -> Any:
    with path.open("rb") as stream:
        return open_workbook(stream, path.name, limits, read_only=read_only)


def test_a_formula_is_refused_by_its_cell_and_named(tmp_path: Path) -> None:
    path = workbook_file(
        tmp_path / "专家名单.xlsx", {"B2": "=1+1", "B3": "=A1", "B4": "张三"}, texts=("B3",)
    )
    sheet = opened(path)["名单"]
    assert (sheet["B2"].data_type, sheet["B3"].data_type) == ("f", "s")
    reader = SheetCells(Problem, path.name, sheet.title)

    assert reader.refuses_formula(sheet["B2"], "姓名")
    assert reader.refuses_formula(sheet["B3"], "姓名")
    assert not reader.refuses_formula(sheet["B4"], "姓名")
    # Free text (a comment) may begin with "=": only a real formula is refused there.
    assert not reader.refuses_formula(sheet["B3"], "评分意见", text_formulas=False)
    assert reader.refuses_formula(sheet["B2"], "评分意见", text_formulas=False)

    assert [(p.code, p.file, p.sheet, p.cell, p.field) for p in reader.problems] == [
        ("formula", "专家名单.xlsx", "名单", "B2", "姓名"),
        ("formula", "专家名单.xlsx", "名单", "B3", "姓名"),
        ("formula", "专家名单.xlsx", "名单", "B2", "评分意见"),
    ]
    assert reader.problems[0].message() == (
        "专家名单.xlsx, sheet 名单, cell B2 (姓名): the cell holds a formula."
    )


def test_a_formula_is_seen_in_a_read_only_workbook_too(tmp_path: Path) -> None:
    path = workbook_file(tmp_path / "申报书.xlsx", {"C3": "=SUM(A1:A2)", "C4": 7})
    book = opened(path, read_only=True)
    try:
        found = cells_at(book["名单"], ["C3", "C4"])
    finally:
        book.close()
    assert is_formula(found["C3"]) and not is_formula(found["C4"])
    assert found["C3"].value == "=SUM(A1:A2)"  # the formula itself, not a cached result


def test_cells_are_read_with_their_addresses(tmp_path: Path) -> None:
    path = workbook_file(tmp_path / "申报书.xlsx", {"B2": "西安市", "D5": 3200, "Z40": "beyond"})
    book = opened(path, read_only=True)
    try:
        found = cells_at(book["名单"], ["D5", "B2", "C3", "B2"])
    finally:
        book.close()
    assert sorted(found) == ["B2", "C3", "D5"]
    assert {address: cell.coordinate for address, cell in found.items()} == {
        "B2": "B2",
        "C3": "C3",
        "D5": "D5",
    }
    assert (found["B2"].value, found["D5"].value) == ("西安市", 3200)
    # A cell the sheet never wrote is an empty one, at its address.
    assert found["C3"] == EmptyCell("C3")
    assert found["C3"].value is None and not is_formula(found["C3"])
    assert cells_at(book["名单"], []) == {}


def test_a_problem_names_the_file_sheet_cell_and_field(tmp_path: Path) -> None:
    problems: list[Problem] = []
    first = SheetCells(Problem, "评分细则.xlsx", "评分细则", problems)
    second = SheetCells(Problem, "评分细则.xlsx", "资格条件", problems)
    first.complain("too_long", "E7", "评分项说明", length="600", limit="500")
    second.complain("formula", "A3", "编号")
    assert problems == [
        Problem(
            "too_long",
            "评分细则.xlsx",
            "评分细则",
            "E7",
            "评分项说明",
            {
                "length": "600",
                "limit": "500",
            },
        ),
        Problem("formula", "评分细则.xlsx", "资格条件", "A3", "编号", {}),
    ]
    assert (
        problems[0].message() == "评分细则.xlsx, sheet 评分细则, cell E7 (评分项说明): 600 > 500."
    )
    assert first.problems is second.problems is problems


def test_the_size_is_checked_before_anything_is_read_as_a_workbook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forbid(monkeypatch, "check_workbook", "load_workbook")
    path = tmp_path / "专家名单.xlsx"
    path.write_bytes(b"PK" + bytes(LIMITS.size - 1))
    with pytest.raises(WorkbookNotRead) as caught:
        opened(path)
    assert (caught.value.code, caught.value.params) == (
        "unreadable",
        {"detail": "larger than 1 MB"},
    )


def test_the_workbook_limits_are_checked_before_anything_is_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forbid(monkeypatch, "load_workbook")
    path = workbook_file(tmp_path / "专家名单.xlsx", {"A1": "编号", "A51": "E50"})
    with pytest.raises(WorkbookNotRead) as caught:
        opened(path)
    assert caught.value.code == "refused"
    problem = caught.value.problem(Problem, path.name)
    assert (problem.code, problem.file, problem.sheet, problem.cell) == (
        "refused",
        "专家名单.xlsx",
        "",
        "",
    )
    assert problem.message().startswith(
        "专家名单.xlsx, sheet “名单”: it reaches row 51, beyond the 50 rows any expert list"
    )


def test_a_workbook_within_its_limits_is_loaded_with_its_formulas(tmp_path: Path) -> None:
    path = workbook_file(tmp_path / "专家名单.xlsx", {"A1": "编号", "A50": "=A1"})
    book = opened(path)
    assert book["名单"]["A1"].value == "编号"
    assert book["名单"]["A50"].data_type == "f"


def test_a_damaged_workbook_is_unreadable_with_what_went_wrong(tmp_path: Path) -> None:
    path = tmp_path / "专家名单.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(WorkbookNotRead) as caught:
        opened(path)
    assert caught.value.code == "unreadable"
    assert caught.value.params["detail"]
    assert isinstance(caught.value.__cause__, Exception)
    problem = caught.value.problem(Problem, path.name)
    assert problem.message() == (
        f"专家名单.xlsx cannot be read as an Excel workbook ({caught.value.params['detail']})."
    )


def test_damage_caught_turns_errors_into_unreadable_and_passes_its_own() -> None:
    with pytest.raises(WorkbookNotRead) as caught, damage_caught():
        raise KeyError("xl/workbook.xml")
    assert (caught.value.code, caught.value.params) == (
        "unreadable",
        {"detail": "'xl/workbook.xml'"},
    )
    with pytest.raises(WorkbookNotRead) as caught, damage_caught():
        raise WorkbookNotRead("wrong", version="2")
    assert (caught.value.code, caught.value.params) == ("wrong", {"version": "2"})
    assert caught.value.problem(Problem, "f.xlsx") == Problem(
        "wrong", "f.xlsx", params={"version": "2"}
    )


def test_a_bad_cell_carries_its_code_and_values() -> None:
    bad = BadCell("not_a_number", value="三千")
    assert (bad.code, bad.params) == ("not_a_number", {"value": "三千"})


def test_cell_values_read_as_the_text_typed() -> None:
    assert as_text(13800000000.0) == "13800000000"
    assert as_text(3.5) == "3.5"
    assert as_text(datetime(2014, 7, 18, 9, 30)) == "2014-07-18"
    assert as_text(date(2014, 7, 18)) == "2014-07-18"
    assert as_text(None) == ""
    assert as_text("  西安市 \n") == "西安市"
    assert squeeze("编 号★\u3000（是／否）") == "编号★(是/否)"


def test_cells_are_read_in_one_pass_that_stops_at_the_last_address() -> None:
    class Sheet:
        """Records how far it is walked (a read-only sheet is parsed as it is walked)."""

        walks: list[tuple[int, int]] = []  # noqa: RUF012 (one sheet, one test)

        def iter_rows(self, max_row: int, max_col: int) -> list[list[Any]]:
            self.walks.append((max_row, max_col))
            return []

    found = cells_at(Sheet(), ["B7", "AA2", "C3"])
    assert Sheet.walks == [(7, 27)]
    assert found == {address: EmptyCell(address) for address in ("AA2", "B7", "C3")}


def test_a_table_is_found_by_its_headers_below_any_title_rows(tmp_path: Path) -> None:
    rows = {"A1": "专家名单", "A2": "编号", "A3": "编号", "C3": "姓名★", "D3": "编 号", "B4": "E01"}
    sheet = opened(workbook_file(tmp_path / "专家名单.xlsx", rows))["名单"]
    keys = {"编号": "code", "姓名": "name"}

    def header_key(raw: object) -> str:
        return squeeze(as_text(raw)).strip("★")

    # Row 3 names most columns; the first cell naming a key wins.
    assert find_header(sheet, keys, header_key, 10) == (3, {"code": 1, "name": 3})
    assert find_header(sheet, keys, header_key, 2) == (2, {"code": 1})
    assert find_header(sheet, {"职称": "title"}, header_key, 10) == (0, {})


def test_the_rows_of_a_table_are_its_non_blank_rows_as_wide_as_the_columns_read(
    tmp_path: Path,
) -> None:
    rows = {"A1": "编号", "C1": "姓名", "A2": "E01", "C2": "张三", "C4": "=B1", "E5": "far right"}
    sheet = opened(workbook_file(tmp_path / "专家名单.xlsx", rows))["名单"]
    found = table_rows(sheet, 1, {"code": 1, "name": 3})
    assert [{key: cell.coordinate for key, cell in cells.items()} for cells in found] == [
        {"code": "A2", "name": "C2"},
        {"code": "A4", "name": "C4"},  # a formula is not blank: it is there to be refused
    ]
    assert table_rows(sheet, 1, {}) == []
