"""Application forms handed in: whatever the workbook holds, the reader lists problems by
cell and never raises, and the quick look the intake takes first never raises either."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.intake.application_form import is_application_form, read_form
from tests.fuzz.conftest import Corpus
from tests.fuzz.mutations import repack, workbooks, zip_members


@given(data=st.data())
def test_a_damaged_form_is_read_or_refused_by_name(corpus: Corpus, data: st.DataObject) -> None:
    seed = data.draw(st.sampled_from([corpus.form, corpus.form_template]), label="seed")
    raw = data.draw(workbooks(seed), label="form")
    stream = io.BytesIO(raw)
    assert isinstance(is_application_form(stream), bool)
    assert stream.tell() == 0
    reading = read_form(stream, "申报书.xlsx")
    assert reading.answers is not None or reading.problems
    for problem in reading.problems:
        assert "申报书.xlsx" in problem.message()


@pytest.mark.parametrize(
    "damage",
    [
        lambda xml: xml[: len(xml) // 2],  # ParseError: no element found
        lambda xml: xml.replace(b"</c>", b"</v>", 1),  # ParseError: mismatched tag
    ],
)
def test_a_form_whose_sheet_is_damaged_is_refused_as_unreadable(
    corpus: Corpus, damage: Callable[[bytes], bytes]
) -> None:
    """Found by the fuzzer: the read-only reader parses a sheet only while walking it,
    after the load, where the XML parser's errors escaped."""
    members = [
        (info.filename, damage(content) if info.filename == "xl/worksheets/sheet2.xml" else content)
        for info, content in zip_members(corpus.form)
    ]
    reading = read_form(io.BytesIO(repack(members)), "申报书.xlsx")
    assert reading.answers is None
    (problem,) = reading.problems
    assert problem.message().startswith("申报书.xlsx cannot be read as an Excel workbook (")
