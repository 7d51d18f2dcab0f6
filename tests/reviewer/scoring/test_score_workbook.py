"""The Excel score sheet: issued as a kit, protected, bound to its expert, read back by cell."""

from __future__ import annotations

import io
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from models import AuditEvent, Campaign, Kit
from reviewer.rubrics.catalog import CriterionView, current_rubrics
from reviewer.scoring.returns.checks import ScoreFileRejected, VerifiedScores
from reviewer.scoring.score_workbook import (
    GUIDE_SHEET,
    META_SHEET,
    SCORE_SHEET,
    ScoreSheetRejected,
    read_score_workbook,
    score_workbook,
)
from reviewer.store.storage import CampaignStore, open_campaign

Cells = list[tuple[str, int, int, str]]


def _meta(data: bytes) -> tuple[dict[str, object], Cells]:
    rows = list(load_workbook(io.BytesIO(data))[META_SHEET].iter_rows(values_only=True))
    values = {str(r[0]): r[1] for r in rows if r[2] is None}
    cells = [(str(r[0]), int(str(r[1])), int(str(r[2])), str(r[3])) for r in rows if r[2]]
    return values, cells


def _criteria(store: CampaignStore) -> dict[int, CriterionView]:
    return {k.id: k for view in current_rubrics(store) for k in view.criteria}


def _filled(data: bytes, store: CampaignStore, **overrides: object) -> bytes:
    """Every 得分 cell filled with its criterion's step; `overrides` by cell address."""
    criteria = _criteria(store)
    workbook = load_workbook(io.BytesIO(data))
    sheet = workbook[SCORE_SHEET]
    for address, _application, criterion_id, kind in _meta(data)[1]:
        if kind == "points":
            sheet[address] = float(criteria[criterion_id].step)
    for address, value in overrides.items():
        sheet[address] = value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _read(store: CampaignStore, data: bytes) -> VerifiedScores:
    return read_score_workbook(store, io.BytesIO(data), "E03.xlsx")


def test_the_sheet_is_protected_with_only_the_input_cells_open(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        data = score_workbook(store, "E03")
        with store.reading() as session:
            kit = session.scalars(select(Kit)).one()
            issued = session.scalars(
                select(AuditEvent.new).where(AuditEvent.action == "kit.issue")
            ).one()
            campaign_uid = session.scalars(select(Campaign.uid)).one()
    assert issued["kind"] == "sheet" and issued["kit"] == kit.uid
    workbook = load_workbook(io.BytesIO(data))
    assert workbook.sheetnames == [SCORE_SHEET, GUIDE_SHEET, META_SHEET]
    assert workbook[META_SHEET].sheet_state == "veryHidden"
    assert all(workbook[name].protection.sheet for name in workbook.sheetnames)
    assert not workbook[SCORE_SHEET].protection.password
    values, cells = _meta(data)
    assert values["format"] == "reviewer.score-sheet" and values["version"] == 1
    assert (values["campaign"], values["kit"], values["expert"], values["round"]) == (
        campaign_uid,
        kit.uid,
        "E03",
        kit.round_number,
    )
    assert isinstance(values["binding"], str) and len(values["binding"]) == 64
    sheet = workbook[SCORE_SHEET]
    unlocked = {
        cell.coordinate for row in sheet.iter_rows() for cell in row if not cell.protection.locked
    }
    assert unlocked == {address for address, *_rest in cells}
    kinds = {kind for *_rest, kind in cells}
    assert kinds == {"points", "comment"}
    points = [address for address, _a, _c, kind in cells if kind == "points"]
    assert all(address.startswith("D") for address in points)
    validated = {str(r) for dv in sheet.data_validations.dataValidation for r in dv.sqref.ranges}
    assert set(points) <= validated
    first = next(dv for dv in sheet.data_validations.dataValidation if points[0] in dv.sqref)
    assert first.type == "decimal" and first.formula1 == "0"
    assert "步长" in (first.prompt or "") and "优" in (first.prompt or "")
    assert "差" in (first.prompt or "")


def test_the_same_kit_gives_the_same_bytes_but_its_uid_and_binding(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        one, two = score_workbook(store, "E03"), score_workbook(store, "E03")
    archives = [zipfile.ZipFile(io.BytesIO(data)) for data in (one, two)]
    names = archives[0].namelist()
    assert names == archives[1].namelist()
    differing = [n for n in names if archives[0].read(n) != archives[1].read(n)]
    assert differing == ["xl/worksheets/sheet3.xml"]  # the hidden meta sheet
    texts = []
    for data, archive in zip((one, two), archives, strict=True):
        meta = _meta(data)[0]
        text = archive.read("xl/worksheets/sheet3.xml").decode()
        texts.append(text.replace(str(meta["kit"]), "K").replace(str(meta["binding"]), "B"))
    assert texts[0] == texts[1]


def test_a_conflicted_application_is_left_out_and_named(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        data = score_workbook(store, "E06")
    sheet = load_workbook(io.BytesIO(data))[SCORE_SHEET]
    texts = [str(cell.value) for cell in sheet["A"] if cell.value]
    assert "回避：宝鸡市" in texts
    assert not any(text.startswith("宝鸡市 — ") for text in texts)


def test_a_filled_sheet_reads_back_as_verified_scores(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        data = score_workbook(store, "E03")
        verified = _read(store, _filled(data, store))
        criteria = _criteria(store)
        with store.reading() as session:
            kit = session.scalars(select(Kit)).one()
    cells = _meta(data)[1]
    points = [c for c in cells if c[3] == "points"]
    columns = verified.columns
    assert len(columns) == len(points)
    assert verified.kit_id == kit.id and verified.sequence == 1
    for criterion_id, value in zip(columns.criteria, columns.values, strict=True):
        assert Decimal(value) == criteria[criterion_id].step


def test_empty_and_bad_cells_are_named_by_cell(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        data = score_workbook(store, "E03")
        criteria = _criteria(store)
        points = [(a, criteria[k]) for a, _app, k, kind in _meta(data)[1] if kind == "points"]
        (empty, _), (text, _), (off_step, crit), (too_high, top) = points[:4]
        bad = {
            empty: None,
            text: "很好",
            off_step: float(crit.step) / 2,
            too_high: float(top.max_points) + 1,
        }
        with pytest.raises(ScoreSheetRejected) as caught:
            _read(store, _filled(data, store, **bad))
    problems = {p.cell: p.code for p in caught.value.problems}
    assert problems == {
        empty: "empty",
        text: "not_a_number",
        off_step: "not_allowed",
        too_high: "not_allowed",
    }
    message = str(caught.value)
    assert "E03.xlsx" in message and f"cell {empty}" in message and SCORE_SHEET in message


def test_an_extreme_score_needs_a_comment(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        data = score_workbook(store, "E03")
        cells = _meta(data)[1]
        points, comment = cells[0][0], cells[1][0]
        with pytest.raises(ScoreSheetRejected) as caught:
            _read(store, _filled(data, store, **{points: 0}))
        assert [(p.cell, p.code) for p in caught.value.problems] == [(comment, "comment_needed")]
        verified = _read(store, _filled(data, store, **{points: 0, comment: "未见方案"}))
    assert "未见方案" in verified.columns.comments


def test_a_sheet_passed_off_as_another_experts_is_refused(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        data = _filled(score_workbook(store, "E03"), store)
        workbook = load_workbook(io.BytesIO(data))
        meta = workbook[META_SHEET]
        row = next(r for r in meta.iter_rows() if r[0].value == "expert")
        row[1].value = "E01"
        buffer = io.BytesIO()
        workbook.save(buffer)
        with pytest.raises(ScoreFileRejected, match="not bound to this expert/kit"):
            _read(store, buffer.getvalue())


def test_a_sheet_from_another_campaign_is_refused(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.review"
    shutil.copyfile(demo_file, other)
    with open_campaign(other) as store:
        with store.writing() as session:
            session.scalars(select(Campaign)).one().uid = "00000000-0000-0000-0000-000000000000"
        data = _filled(score_workbook(store, "E03"), store)
    with (
        open_campaign(demo_file) as store,
        pytest.raises(ScoreFileRejected, match="from another campaign"),
    ):
        _read(store, data)


def test_a_plain_workbook_is_not_a_score_sheet(demo_file: Path) -> None:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    with open_campaign(demo_file) as store:
        with pytest.raises(ScoreFileRejected, match="not a Reviewer score sheet"):
            _read(store, buffer.getvalue())
        with pytest.raises(ScoreFileRejected, match="cannot be read"):
            _read(store, b"not a workbook at all")


def test_a_flipped_byte_is_refused_cleanly(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        data = _filled(score_workbook(store, "E03"), store)
        archive = zipfile.ZipFile(io.BytesIO(data))
        entry = archive.getinfo("xl/worksheets/sheet1.xml")
        start = entry.header_offset + 30 + len(entry.filename) + len(entry.extra)
        damaged = bytearray(data)
        damaged[start + entry.compress_size // 2] ^= 0xFF
        with pytest.raises(ScoreFileRejected):
            _read(store, bytes(damaged))
