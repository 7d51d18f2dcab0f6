"""Excel score sheets handed back: whatever the workbook holds, the reader accepts it or
refuses it with the sheet and cell named. The hidden sheet's cell map is not covered by
the sheet's binding, so edits there are fuzzed too."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from reviewer.scoring.returns.checks import ScoreFileRejected
from reviewer.scoring.score_workbook import META_SHEET, SCORE_SHEET, read_score_workbook
from reviewer.store.storage import CampaignStore
from tests.fuzz.conftest import Corpus, share
from tests.fuzz.mutations import cell_values, saved, workbooks


@given(data=st.data())
def test_damaged_score_sheets_are_refused_cleanly(
    corpus: Corpus, reading: CampaignStore, data: st.DataObject
) -> None:
    raw = data.draw(workbooks(corpus.score_sheet), label="sheet")
    try:
        read_score_workbook(reading, io.BytesIO(raw), "E06.xlsx")
    except ScoreFileRejected as rejected:
        assert "E06.xlsx" in rejected.message()


_ADDRESSES = st.one_of(
    st.from_regex(r"[A-Z]{1,3}[1-9][0-9]{0,6}", fullmatch=True),
    st.sampled_from(["D6", "E6", "A1", "ZZZ1", "XFD1048576", "A1048577", "D9999999"]),
)


@st.composite
def _edited_cell_map(draw: st.DrawFn, seed: bytes) -> bytes:
    """The very hidden sheet's map of input cells edited: other addresses (far beyond
    the sheet's end too), other application and criterion ids, other kinds."""
    workbook = load_workbook(io.BytesIO(seed))
    meta = workbook[META_SHEET]
    rows = [row for row in meta.iter_rows() if row[3].value in ("points", "comment")]
    for _ in range(draw(st.integers(1, 4))):
        row = draw(st.sampled_from(rows))
        column = draw(st.integers(0, 3))
        kind = [_ADDRESSES, st.integers(-5, 10**20), st.integers(-5, 10**20), st.text()][column]
        with contextlib.suppress(IllegalCharacterError):  # openpyxl cannot write it
            row[column].value = draw(kind | cell_values)
    return saved(workbook, seed)


@given(data=st.data())
@share(0.4)
def test_an_edited_cell_map_is_refused_cleanly(
    corpus: Corpus, reading: CampaignStore, data: st.DataObject
) -> None:
    raw = data.draw(_edited_cell_map(corpus.score_sheet), label="sheet")
    try:
        read_score_workbook(reading, io.BytesIO(raw), "E06.xlsx")
    except ScoreFileRejected as rejected:
        assert "E06.xlsx" in rejected.message()


def _resaved(seed: bytes, edit: Callable[[Workbook], object]) -> bytes:
    workbook = load_workbook(io.BytesIO(seed))
    edit(workbook)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _refusal(store: CampaignStore, raw: bytes) -> str:
    with pytest.raises(ScoreFileRejected) as refused:
        read_score_workbook(store, io.BytesIO(raw), "E06.xlsx")
    return refused.value.message()


def test_a_cell_map_pointing_below_the_last_row_is_refused(
    corpus: Corpus, reading: CampaignStore
) -> None:
    """Found by the fuzzer: openpyxl raised ValueError for row 9999999."""

    def point_far_down(workbook: Workbook) -> None:
        meta = workbook[META_SHEET]
        first = next(row for row in meta.iter_rows() if row[3].value == "points")
        first[0].value = "D9999999"

    raw = _resaved(corpus.score_sheet, point_far_down)
    assert "not a Reviewer score sheet" in _refusal(reading, raw)


@pytest.mark.parametrize("name", [SCORE_SHEET, META_SHEET])
def test_a_chart_sheet_in_place_of_a_sheet_is_refused(
    corpus: Corpus, reading: CampaignStore, name: str
) -> None:
    """A chart sheet has no cells: reading the hidden one raised AttributeError."""

    def chart_instead(workbook: Workbook) -> None:
        index = workbook.sheetnames.index(name)
        workbook.remove(workbook[name])
        workbook.create_chartsheet(name, index)

    raw = _resaved(corpus.score_sheet, chart_instead)
    assert _refusal(reading, raw).startswith("E06.xlsx is refused: it ")
