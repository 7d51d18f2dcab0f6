"""A batch of returned score files is one unit of work: each file is checked against the
campaign as the files before it in the batch left it, a refused file leaves the others
in, and a batch stopped early leaves the campaign as it was."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from models import Blob, BlobChunk, Expert, Rubric, Score
from reviewer.progress import Progress
from reviewer.rubrics.catalog import current_rubrics
from reviewer.scoring.expert_scoring import kit_state, save_score, scoring_form
from reviewer.scoring.returns import read_ahead
from reviewer.scoring.returns.checks import ScoreFileChecks
from reviewer.scoring.returns.importing import (
    ScoreOutcome,
    import_score_files,
    importing_score_files,
)
from reviewer.scoring.score_file_format import SignedRead
from reviewer.store.blobs import iter_blob
from reviewer.store.storage import CampaignStore, open_campaign
from tests.reviewer.scoring.returns.test_importing import _file, _scored_kit, _scores_of


def _two_files(campaign: Path, folder: Path, code: str) -> tuple[Path, Path]:
    """Two successive score files of one expert, the second with one score changed."""
    kit = _scored_kit(campaign, folder, code)
    first = _file(kit, folder, f"{code}-1.json")
    with open_campaign(kit) as store:
        application = scoring_form(store, _first_application(store)).entries
        entry = next(e for e in application if not e.criterion.is_veto)
        save_score(store, _first_application(store), entry.criterion.id, Decimal(0), "无")
    return first, _file(kit, folder, f"{code}-2.json")


def _first_application(store: CampaignStore) -> int:
    return kit_state(store).assignments[0].application_id


def _total(campaign: Path, code: str) -> Decimal:
    with open_campaign(campaign, read_only=True) as store, store.reading() as session:
        expert = session.scalars(select(Expert.id).where(Expert.code == code)).one()
        values = session.scalars(select(Score.value).where(Score.expert_id == expert))
        return sum(values, Decimal(0))


def test_files_of_one_expert_in_a_batch_are_taken_in_order(demo_file: Path, tmp_path: Path) -> None:
    first, second = _two_files(demo_file, tmp_path, "E07")
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{not json", encoding="utf-8")
    with open_campaign(demo_file) as store:
        reports = import_score_files(store, [first, damaged, second, first])
    assert [r.outcome for r in reports] == [
        ScoreOutcome.IMPORTED,
        ScoreOutcome.REJECTED,
        ScoreOutcome.IMPORTED,
        ScoreOutcome.UNCHANGED,  # taken in earlier in the same batch
    ]
    assert "damaged.json" in reports[1].message
    # The newer file went in last: the scores are the second file's.
    assert _total(demo_file, "E07") == _total_in(second) != _total_in(first)


def _total_in(path: Path) -> Decimal:
    scores = json.loads(path.read_text(encoding="utf-8"))["scores"]
    return sum((Decimal(s["value"]) for s in scores), Decimal(0))


def test_the_older_file_after_the_newer_in_one_batch_is_refused(
    demo_file: Path, tmp_path: Path
) -> None:
    first, second = _two_files(demo_file, tmp_path, "E07")
    with open_campaign(demo_file) as store:
        reports = import_score_files(store, [second, first])
    assert [r.outcome for r in reports] == [ScoreOutcome.IMPORTED, ScoreOutcome.REJECTED]
    assert "older" in reports[1].message


def test_a_batch_stopped_early_changes_nothing(demo_file: Path, tmp_path: Path) -> None:
    files = [
        _file(_scored_kit(demo_file, tmp_path, code), tmp_path, f"{code}.json")
        for code in ("E05", "E06", "E07")
    ]
    before = {code: _scores_of(demo_file, code) for code in ("E05", "E06", "E07")}
    with open_campaign(demo_file) as store:
        job = importing_score_files(store, files)
        seen: list[Progress] = [next(job) for _ in range(3)]  # the third file is checked
        job.close()
    assert [p.done for p in seen] == [0, 1, 2] and all(p.total == 3 for p in seen)
    assert {code: _scores_of(demo_file, code) for code in before} == before


def test_foreign_keys_are_checked_again_after_a_batch(demo_file: Path, tmp_path: Path) -> None:
    """The batch lets SQLite skip the foreign-key checks of the rows it verified itself;
    the next unit of work on the same pooled connection checks them again."""
    path = _file(_scored_kit(demo_file, tmp_path, "E07"), tmp_path, "E07.json")
    with open_campaign(demo_file) as store:
        assert import_score_files(store, [path])[0].outcome is ScoreOutcome.IMPORTED
        with pytest.raises(IntegrityError), store.writing() as session:
            session.add(
                Score(
                    expert_id=999_999,
                    application_id=999_999,
                    criterion_id=999_999,
                    round_id=1,
                    value=1,
                )
            )


def test_a_worker_process_reading_ahead_changes_no_outcome(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same batch, with the files read by a worker process and without: the same
    reports, word for word, and the same scores."""
    first, second = _two_files(demo_file, tmp_path, "E07")
    altered = tmp_path / "altered.json"
    altered.write_text(first.read_text(encoding="utf-8").replace('"理由"', '"改过"', 1))
    other = _file(_scored_kit(demo_file, tmp_path, "E06"), tmp_path, "E06.json")
    batch = [altered, second, first, other, tmp_path / "missing.json", second]
    copies = {}
    for pooled in (False, True):
        copy = tmp_path / f"pooled-{pooled}.review"
        copy.write_bytes(demo_file.read_bytes())
        monkeypatch.setattr(read_ahead, "POOL_FROM", 2 if pooled else 10**9)
        with open_campaign(copy) as store:
            copies[pooled] = [r.as_json() for r in import_score_files(store, batch)]
        assert _total(copy, "E07") == _total_in(second)
    assert copies[True] == copies[False]
    assert [r["outcome"] for r in copies[True]] == [
        "rejected",  # altered after signing
        "imported",
        "rejected",  # older than the one just taken in
        "imported",
        "rejected",  # cannot be read
        "unchanged",
    ]


def test_the_worker_authenticates_with_the_kits_secrets_only(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _second = _two_files(demo_file, tmp_path, "E07")
    altered = tmp_path / "altered.json"
    altered.write_text(first.read_text(encoding="utf-8").replace('"理由"', '"改过"', 1))
    with open_campaign(demo_file) as store, store.reading() as session:
        kits = ScoreFileChecks.read(session).kits
    secrets = {uid: kit.secret for uid, kit in kits.items()}
    monkeypatch.setattr(read_ahead, "POOL_FROM", 2)
    good, bad = _reads([first, altered], secrets)
    assert good is not None and good.header is not None and good.columns is not None
    assert good.data == first.read_bytes() and good.header["expert"] == "E07"
    assert bad is not None and bad.header is None and bad.data == altered.read_bytes()
    # Without the kit's secret the worker vouches for nothing: the caller checks it all.
    assert all(read is not None and read.header is None for read in _reads([first, first], {}))
    monkeypatch.setattr(read_ahead, "POOL_FROM", 3)
    assert list(_reads([first, first], secrets)) == [None, None]


def test_writing_scores_locks_their_rubric(demo_file: Path, tmp_path: Path) -> None:
    """The lock that keeps a scored rubric from changing in place is set by the writes of
    scores themselves: a score saved in a kit, a score file taken in."""
    with open_campaign(demo_file) as store, store.writing() as session:
        session.execute(update(Rubric).values(locked=False))
    kit = _scored_kit(demo_file, tmp_path, "E07")  # E07 scores both tracks in the demo
    with open_campaign(kit) as store:
        assert all(view.locked for view in current_rubrics(store))
    path = _file(kit, tmp_path, "E07.json")
    with open_campaign(demo_file) as store:
        assert not any(view.locked for view in current_rubrics(store))
        assert import_score_files(store, [path])[0].outcome is ScoreOutcome.IMPORTED
        assert all(view.locked for view in current_rubrics(store))


def test_a_score_file_is_kept_deflated_and_reads_back_whole(
    demo_file: Path, tmp_path: Path
) -> None:
    path = _file(_scored_kit(demo_file, tmp_path, "E07"), tmp_path, "E07.json")
    data = path.read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    with open_campaign(demo_file) as store:
        import_score_files(store, [path])
        with store.reading() as session:
            blob = session.get_one(Blob, sha256)
            stored = sum(
                len(chunk)
                for chunk in session.scalars(
                    select(BlobChunk.data).where(BlobChunk.sha256 == sha256)
                )
            )
            assert b"".join(iter_blob(session, sha256)) == data
            # The packages' files are kept as they came (PDFs are compressed already).
            assert set(session.scalars(select(Blob.encoding).where(Blob.sha256 != sha256))) == {""}
    assert blob.encoding == "zlib" and blob.size == len(data)
    assert stored < len(data) / 5


def _reads(paths: list[Path], secrets: dict[str, str]) -> list[SignedRead | None]:
    return list(read_ahead.signed_reads(read_ahead.start_reader(paths), paths, secrets))


def test_a_worker_that_does_not_answer_in_time_is_done_without(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No patience at all: the worker's first answer (its start included) comes too late,
    so the batch is read and checked in the caller, with the same outcome."""
    first, second = _two_files(demo_file, tmp_path, "E07")
    monkeypatch.setattr(read_ahead, "POOL_FROM", 2)
    monkeypatch.setattr(read_ahead, "PATIENCE", 0.0)
    reader = read_ahead.start_reader([first, second])
    assert reader is not None
    reads = list(read_ahead.signed_reads(reader, [first, second], {}))
    assert reads == [None, None]
    with open_campaign(demo_file) as store:
        reports = import_score_files(store, [first, second])
    assert [r.outcome for r in reports] == [ScoreOutcome.IMPORTED, ScoreOutcome.IMPORTED]
