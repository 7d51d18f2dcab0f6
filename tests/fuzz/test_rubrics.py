"""Rubric workbooks imported: whatever the workbook holds, the reader lists problems by
cell and never raises; what it accepts, the campaign takes as a new rubric version or
refuses by name, and a refusal changes nothing."""

from __future__ import annotations

import io

from hypothesis import given
from hypothesis import strategies as st

from reviewer.errors import ReviewerError
from reviewer.rubrics.versions import ExistingScores, replace_rubric
from reviewer.rubrics.workbook import read_rubric_workbook
from tests.fuzz.conftest import Corpus, Working
from tests.fuzz.mutations import workbooks


@given(data=st.data())
def test_a_damaged_rubric_is_read_or_refused_by_name(
    corpus: Corpus, working: Working, data: st.DataObject
) -> None:
    reading = read_rubric_workbook(
        io.BytesIO(data.draw(workbooks(corpus.rubric), label="rubric")), "细则.xlsx"
    )
    if reading.definition is None:
        assert reading.problems
        assert all("细则.xlsx" in problem.message() for problem in reading.problems)
        return
    before = working.commits()
    try:
        replace_rubric(working.store, reading.definition, ExistingScores.SCORE_AGAIN)
    except ReviewerError:
        assert working.commits() == before
    else:
        working.reset()
