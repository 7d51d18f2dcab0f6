"""Workbooks built to exhaust openpyxl, as expert lists, rubrics, score sheets and forms.

Before, openpyxl loaded whatever it was given: a sheet that inflates to gigabytes, a
million rows, a merged range or hyperlink over the whole sheet (a cell object for each of
its 17 billion cells), entities expanding a billion times. Each is now refused by name,
before openpyxl loads it, within the bounds `bounded` checks, and changes nothing.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from bench.hostile import (
    _SHEET_HEAD,
    billion_laughs,
    inflating,
    large_rubric,
    long_list,
    merged_sheet,
    workbook,
)
from reviewer.panel.expert_list import import_panel
from reviewer.rubrics.catalog import default_definition
from reviewer.rubrics.checks import MAX_CRITERIA, RubricTooManyCriteria
from reviewer.rubrics.versions import replace_rubric
from reviewer.rubrics.workbook import read_rubric_workbook
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_files
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import TrackKind
from tests.hostile.test_inputs import bounded, store, unchanged
from tests.reviewer.intake.test_importing import answers, package, run

__all__ = ["store"]  # the fixture, shared with test_inputs


def refused_list(campaign: Path, content: bytes, name: str = "名单.xlsx") -> str:
    """Import `content` as an expert list; check it was refused and changed nothing."""
    with unchanged(campaign), open_campaign(campaign) as opened, bounded():
        report = import_panel(opened, io.BytesIO(content), name)
    (problem,) = report.problems
    assert problem.code == "refused", problem
    return problem.message()


def test_an_expert_list_inflating_to_gigabytes_is_refused_before_it_is_read(
    demo_file: Path,
) -> None:
    content = inflating()  # 2.4 GB of sheet in a file of 2.5 MB
    assert len(content) < 3 << 20
    assert refused_list(demo_file, content, "大.xlsx") == (
        "大.xlsx unpacks to 2.4 GB (xl/worksheets/sheet1.xml), more than any expert list "
        "(16 MB at most); it may be damaged or built to exhaust the computer's memory, so "
        "it was not opened. Check that you chose the right file, or ask for it again."
    )


def test_an_expert_list_of_1048576_rows_is_refused_saying_the_limit(demo_file: Path) -> None:
    assert refused_list(demo_file, long_list(), "长.xlsx") == (
        "长.xlsx, sheet “专家名单”: it reaches row 1,048,576, beyond the 2,000 rows any "
        "expert list may have, so it was not opened. Keep only the table in the sheet "
        "(delete what lies below it, even empty formatted rows) and try again."
    )


def test_rows_are_counted_as_read_when_the_sheet_states_no_extent(demo_file: Path) -> None:
    """No `<dimension>`, rows without numbers: counted as openpyxl would place them."""
    content = workbook(
        _SHEET_HEAD
        + b"<sheetData>"
        + b"<row><c><v>1</v></c></row>" * 3_000
        + b"</sheetData></worksheet>"
    )
    assert "it reaches row 2,001, beyond the 2,000 rows" in refused_list(demo_file, content)


def test_a_cell_far_to_the_right_is_refused_saying_the_column(demo_file: Path) -> None:
    content = workbook(
        _SHEET_HEAD
        + b'<sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>'
    )
    assert "it reaches column XFD, beyond the 64 columns" in refused_list(demo_file, content)


def test_entities_expanding_a_billion_times_are_refused(demo_file: Path) -> None:
    assert refused_list(demo_file, billion_laughs(), "笑.xlsx").startswith(
        "笑.xlsx holds a document type declaration (xl/worksheets/sheet1.xml), which Excel "
        "never writes"
    )


def test_a_merged_range_over_the_whole_sheet_is_refused(demo_file: Path) -> None:
    """openpyxl makes a cell object for every cell a merged range covers."""
    message = refused_list(demo_file, merged_sheet())
    assert "it reaches row 1,048,576, beyond the 2,000 rows" in message


def test_a_hyperlink_over_a_large_range_is_refused(demo_file: Path) -> None:
    """Within the rows and columns allowed, but 128,000 cells to make."""
    content = workbook(
        _SHEET_HEAD
        + b'<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>'
        + b'<hyperlinks><hyperlink ref="A1:BL2000" location="A1"/></hyperlinks></worksheet>'
    )
    assert refused_list(demo_file, content).startswith(
        "名单.xlsx holds far more cells, styles, rules and other entries than any expert list"
    )


def test_a_workbook_of_too_many_parts_is_refused_before_zipfile_reads_them(
    demo_file: Path,
) -> None:
    import zipfile

    from reviewer.inputs.workbook_limits import MAX_PARTS

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(MAX_PARTS + 1):
            archive.writestr(f"xl/media/{number}.png", b"")
    assert "holds far more cells, styles" in refused_list(demo_file, buffer.getvalue())


# ------------------------------------------------------------------ rubrics


def test_a_rubric_workbook_of_10000_criteria_is_refused_before_it_is_loaded() -> None:
    content = large_rubric(10_000)
    with bounded():
        reading = read_rubric_workbook(io.BytesIO(content), "细则.xlsx")
    assert reading.definition is None
    (problem,) = reading.problems
    assert problem.message().startswith(
        "细则.xlsx, sheet “评分细则”: it reaches row 10,005, beyond the 1,000 rows any rubric "
        "workbook may have"
    )


def test_a_rubric_workbook_over_the_criteria_limit_is_refused_saying_it() -> None:
    reading = read_rubric_workbook(io.BytesIO(large_rubric(MAX_CRITERIA + 4)), "细则.xlsx")
    (problem,) = reading.problems
    assert (
        "The rubric has 204 criteria, more than the 200 a rubric may have: every expert "
        "scores each of them for every application. Merge or remove criteria."
    ) in problem.message()
    accepted = read_rubric_workbook(io.BytesIO(large_rubric(MAX_CRITERIA)), "细则.xlsx")
    assert accepted.definition is not None, accepted.problems


def test_a_rubric_over_the_criteria_limit_is_not_stored(demo_file: Path) -> None:
    """What the in-app editor saves through refuses it as well."""
    definition = default_definition(TrackKind.CITY)
    definition["total_points"] = str(MAX_CRITERIA + 1)
    definition["conditions"] = definition["conditions"][:1]
    definition["conditions"][0]["criteria"] = [
        {"code": f"C1.{k}", "name": f"指标{k}", "max_points": "1", "step": "1"}
        for k in range(MAX_CRITERIA + 1)
    ]
    refused = pytest.raises(RubricTooManyCriteria, match="The rubric has 201 criteria, more")
    with unchanged(demo_file), open_campaign(demo_file) as opened, refused:
        replace_rubric(opened, definition, None)


@pytest.mark.gui
def test_the_rubric_editor_refuses_a_criterion_past_the_limit(qtbot: Any) -> None:
    from tests.ui.driving import save_button, select_path
    from ui.app import create_application
    from ui.i18n import install_language
    from ui.rubrics.editor import RubricEditor

    create_application()
    install_language("en")
    definition = default_definition(TrackKind.CITY)
    definition["total_points"] = str(MAX_CRITERIA)
    for c_index, condition in enumerate(definition["conditions"]):
        condition["criteria"] = [
            {"code": f"C{c_index}.{k}", "name": f"指标{k}", "max_points": "1", "step": "1"}
            for k in range(MAX_CRITERIA // 4)
        ]
    dialog = RubricEditor(definition, "市级", lambda _definition: True)
    qtbot.addWidget(dialog)
    dialog.show()
    try:
        assert "The rubric is valid: 4 conditions, 200 criteria" in dialog.check.text()
        select_path(dialog, ("criterion", 0, 0))
        dialog.add_criterion.click()
        assert "The rubric has 201 criteria, more than the 200 a rubric may have" in (
            dialog.check.text()
        )
        assert not save_button(dialog).isEnabled()
    finally:
        dialog.undo_stack.setClean()  # closing must not ask to discard


# ------------------------------------------------------------------ score sheets and forms


def test_a_score_sheet_inflating_to_gigabytes_is_refused(demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "评分表.xlsx"
    path.write_bytes(inflating(sheet_name="评分表"))
    with unchanged(demo_file), open_campaign(demo_file) as opened, bounded():
        (report,) = import_score_files(opened, [path])
    assert report.outcome is ScoreOutcome.REJECTED
    assert report.message.startswith(
        "评分表.xlsx is refused: 评分表.xlsx unpacks to 2.4 GB (xl/worksheets/sheet1.xml), "
        "more than any score sheet (16 MB at most)"
    )


def test_a_form_inflating_to_gigabytes_in_a_package_is_named(store: Any, tmp_path: Path) -> None:
    folder = package(tmp_path / "西安市", None)
    (folder / "申报书.xlsx").write_bytes(inflating(sheet_name="_reviewer"))
    with bounded():
        (report,) = run(store, folder)
    named = (
        "申报书.xlsx unpacks to 2.4 GB (xl/worksheets/sheet1.xml), more than any application form"
    )
    assert any(named in note for note in [*report.notes, *report.problems]), report


def test_the_workbooks_reviewer_writes_pass_the_checks(demo_file: Path) -> None:
    """Every workbook Reviewer hands out comes back within the limits."""
    from reviewer.inputs.workbook_limits import check_workbook
    from reviewer.intake.application_form import _LIMITS as FORM
    from reviewer.intake.application_form import filled_form, form_template
    from reviewer.panel.expert_list import _LIMITS as PANEL
    from reviewer.panel.expert_list import panel_template
    from reviewer.rubrics.workbook import _LIMITS as RUBRIC
    from reviewer.rubrics.workbook import rubric_workbook
    from reviewer.scoring.score_workbook import _LIMITS as SHEET
    from reviewer.scoring.score_workbook import score_workbook

    check_workbook(panel_template(), "p.xlsx", PANEL)
    check_workbook(rubric_workbook(default_definition(TrackKind.CITY)), "r.xlsx", RUBRIC)
    check_workbook(form_template(TrackKind.CITY), "f.xlsx", FORM)
    check_workbook(filled_form(answers("西安市")), "f.xlsx", FORM)
    with open_campaign(demo_file) as opened:
        check_workbook(score_workbook(opened, "E06"), "s.xlsx", SHEET)
