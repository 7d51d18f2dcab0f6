"""Score files: whatever bytes arrive, the reader accepts them or refuses them by name,
and the import writes nothing for a refused file.

An expert holds the kit, and with it the secret that signs the kit's score files, so a
hand-edited file re-signed with that secret is a real threat, not only a damaged copy:
the edits below are fuzzed both re-signed and with the original signature.
"""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.rubrics.catalog import current_rubrics
from reviewer.scoring.returns.checks import ScoreFileRejected, verify_score_file
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file
from reviewer.scoring.score_file_format import sign
from reviewer.store.storage import CampaignStore
from tests.fuzz.conftest import Corpus, Working
from tests.fuzz.mutations import damaged, mutated_json


def _verify(store: CampaignStore, data: bytes) -> None:
    with contextlib.suppress(ScoreFileRejected):
        verify_score_file(store, data, "E07.json")


def _edited(corpus: Corpus, data: st.DataObject) -> bytes:
    document = json.loads(corpus.score_file)
    signature = document.pop("signature")
    edited: Any = data.draw(mutated_json(document), label="edited")
    if isinstance(edited, dict):
        resign = data.draw(st.booleans(), label="re-signed")
        edited["signature"] = sign(corpus.kit_secret, edited) if resign else signature
    return json.dumps(edited, ensure_ascii=False).encode()


@given(data=st.data())
def test_damaged_score_files_are_refused_cleanly(
    corpus: Corpus, reading: CampaignStore, data: st.DataObject
) -> None:
    _verify(reading, data.draw(damaged(corpus.score_file, focus=400), label="file"))


@given(data=st.data())
def test_edited_score_files_are_refused_cleanly(
    corpus: Corpus, reading: CampaignStore, data: st.DataObject
) -> None:
    _verify(reading, _edited(corpus, data))


@given(data=st.data())
def test_a_refused_score_file_changes_nothing_in_the_campaign(
    corpus: Corpus, working: Working, scratch: Path, data: st.DataObject
) -> None:
    raw = _edited(corpus, data) if data.draw(st.booleans()) else corpus.score_file
    if data.draw(st.booleans(), label="damaged"):
        raw = data.draw(damaged(raw, focus=400), label="file")
    path = scratch / "E07.json"
    path.write_bytes(raw)
    before = working.commits()
    report = import_score_file(working.store, path)
    if report.outcome is ScoreOutcome.IMPORTED:
        working.reset()
    else:
        assert report.message
        assert working.commits() == before


def _resigned(corpus: Corpus, **changes: Any) -> bytes:
    document = json.loads(corpus.score_file)
    document.pop("signature")
    document.update(changes)
    document["signature"] = sign(corpus.kit_secret, document)
    return json.dumps(document, ensure_ascii=False).encode()


def _first_score(corpus: Corpus, **changes: Any) -> list[dict[str, Any]]:
    scores: list[dict[str, Any]] = json.loads(corpus.score_file)["scores"]
    scores[0].update(changes)
    return scores


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        # Found by the fuzzer: int(None), None.get(...) and the like.
        ({"sequence": None}, "its field “sequence” is missing"),
        ({"rubrics": None}, "its field “rubrics” is missing"),
        ({"conflicts": [None]}, "its field “conflicts” is missing"),
        ({"conflicts": {"a": 1}}, "its field “conflicts” is missing"),
        ({"kit": ["x"]}, "its field “kit” is missing"),
        # SQLite holds 64-bit integers only: the import raised OverflowError.
        ({"sequence": 1 << 70}, "its field “sequence” is missing"),
        # The import failed on these: no such round (NoResultFound), no such application
        # (IntegrityError).
        ({"round": 2}, "it is for scoring round 2, but its kit is for round 1."),
        ({"conflicts": [{"application_id": 9999, "reason": "x"}]}, "application 9999"),
    ],
)
def test_a_re_signed_file_of_the_wrong_shape_is_refused_by_name(
    corpus: Corpus, reading: CampaignStore, changes: dict[str, Any], problem: str
) -> None:
    with pytest.raises(ScoreFileRejected) as refused:
        verify_score_file(reading, _resigned(corpus, **changes), "E07.json")
    assert problem in refused.value.message()


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"application_id": "1"}, "its field “scores” is missing"),
        ({"criterion_id": None}, "its field “scores” is missing"),
        ({"value": True}, "its field “scores” is missing"),
        ({"comment": 5}, "its field “scores” is missing"),
    ],
)
def test_a_re_signed_score_of_the_wrong_shape_is_refused(
    corpus: Corpus, reading: CampaignStore, entry: dict[str, Any], problem: str
) -> None:
    raw = _resigned(corpus, scores=_first_score(corpus, **entry))
    with pytest.raises(ScoreFileRejected) as refused:
        verify_score_file(reading, raw, "E07.json")
    assert problem in refused.value.message()


def test_a_score_given_twice_is_refused(corpus: Corpus, reading: CampaignStore) -> None:
    """The import inserted both and failed on the unique constraint (IntegrityError)."""
    scores = _first_score(corpus)
    raw = _resigned(corpus, scores=[scores[0], *scores])
    with pytest.raises(ScoreFileRejected) as refused:
        verify_score_file(reading, raw, "E07.json")
    assert f"it scores {scores[0]['applicant']} {scores[0]['criterion']} twice" in str(
        refused.value
    )


def test_a_score_on_another_tracks_criterion_is_refused(
    corpus: Corpus, reading: CampaignStore
) -> None:
    """Every check passed a score on a criterion of the other track's rubric (a re-signed
    file, or a score sheet's unbound cell map), and the import stored it."""
    first = _first_score(corpus)[0]
    other = next(
        k
        for view in current_rubrics(reading)
        for k in view.criteria
        if first["criterion_id"] not in {c.id for c in view.criteria}
        and k.max_points >= Decimal(first["value"])
    )
    raw = _resigned(corpus, scores=_first_score(corpus, criterion_id=other.id))
    with pytest.raises(ScoreFileRejected) as refused:
        verify_score_file(reading, raw, "E07.json")
    assert "is not one the rubric allows" in refused.value.message()
