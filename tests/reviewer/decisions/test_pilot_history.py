"""The pilots' history: a selection's approved pilots with the later reviews that
followed them (rank --reviews), read-only from the files named, foreign files refused;
and the demo acceptance review (demo --acceptance) holding exactly the demo's approved
pilots."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from models.enums import AcceptanceOutcome, CampaignKind, DecisionOutcome
from reviewer.cli.main import EXIT_OK, EXIT_USAGE, main
from reviewer.decisions.later_reviews import kind_of, pilots_in
from reviewer.decisions.outcomes import decision_sheet
from reviewer.decisions.pilot_history import latest_review, pilot_history, review_text
from reviewer.store.storage import open_campaign
from tests.later_history import Reviews, history_files


@pytest.fixture(scope="module")
def files(
    demo_acceptance_master: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory
) -> Reviews:
    return history_files(demo_acceptance_master, tmp_path_factory.mktemp("history"))


def _approved(selection: Path) -> dict[int, str]:
    with open_campaign(selection, read_only=True) as store:
        sheet = decision_sheet(store)
    return {
        d.line.application_id: d.line.applicant
        for d in sheet.lines()
        if d.committed is not None and d.committed.outcome is DecisionOutcome.APPROVE
    }


def test_the_demo_acceptance_review_holds_exactly_the_approved_pilots(files: Reviews) -> None:
    approved = _approved(files.selection)
    with open_campaign(files.under_review, read_only=True) as store:
        assert kind_of(store) is CampaignKind.ACCEPTANCE
        pilots = pilots_in(store)
    assert sorted(p.applicant for p in pilots) == sorted(approved.values())
    assert all(p.application_id is not None for p in pilots)  # every package taken in


def test_the_history_from_a_locked_and_an_open_review_and_a_foreign_file_refused(
    files: Reviews,
) -> None:
    named = [files.under_review, files.locked, files.foreign, files.selection]
    before = {path: hashlib.sha256(path.read_bytes()).digest() for path in named}
    with open_campaign(files.selection, read_only=True) as store:
        history = pilot_history(store, [*named, files.selection.with_name("gone.review")])
    assert {path: hashlib.sha256(path.read_bytes()).digest() for path in named} == before
    refused = {r.path.name: r.reason for r in history.refused}
    assert set(refused) == {"other.review", "sel.review", "gone.review"}
    assert "not of this selection" in refused["other.review"]
    assert "not an acceptance review" in refused["sel.review"]
    assert "does not exist" in refused["gone.review"]
    approved = _approved(files.selection)
    assert set(history.reviews) == set(approved)
    outcomes = set()
    for application_id in approved:
        open_review, locked = history.of(application_id)
        assert not open_review.locked and open_review.outcome is None
        assert review_text(open_review).endswith("under review")
        assert locked.locked and locked.outcome is not None and locked.final is not None
        assert latest_review((open_review, locked)) is locked
        outcomes.add(locked.outcome)
    assert outcomes == set(AcceptanceOutcome)  # the demo's pilots fall in every band


def test_rank_reviews_json_keeps_every_key_and_adds_reviews(
    files: Reviews, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rank", str(files.selection), "--json"]) == EXIT_OK
    plain = json.loads(capsys.readouterr().out)
    argv = ["rank", str(files.selection), "--json", "--reviews"]
    assert main([*argv, str(files.locked), str(files.foreign)]) == EXIT_OK
    captured = capsys.readouterr()
    data = json.loads(captured.out)
    assert "not of this selection" in captured.err
    assert data["refused"][0]["path"] == str(files.foreign)
    lines = [line for lines in data["tracks"].values() for line in lines]
    plain_lines = [line for lines in plain["tracks"].values() for line in lines]
    for line, before in zip(lines, plain_lines, strict=True):
        assert {k: v for k, v in line.items() if k != "reviews"} == before
    xian = next(line for line in lines if line["applicant"] == "西安市")
    (review,) = xian["reviews"]
    assert set(review) == {
        "kind", "title", "path", "under_review", "final", "outcome", "grade", "rectify_by",
        "overdue",
    }  # fmt: skip
    assert review["kind"] == "acceptance" and review["outcome"] == "pass"
    assert review["path"] == str(files.locked) and not review["under_review"]
    assert all(line["reviews"] == [] for line in lines if line["pending"] != "approve")


def test_demo_acceptance_flags_in_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "a.review")
    assert main(["demo", target, "--selection", str(tmp_path / "s.review")]) == EXIT_USAGE
    assert main(["demo", target, "--acceptance", "--packages", str(tmp_path)]) == EXIT_USAGE
    assert "--selection needs --acceptance" in capsys.readouterr().err
    # The selection kept where the review goes: refused before anything is written.
    assert main(["demo", target, "--acceptance", "--selection", target]) == EXIT_USAGE
    assert "names the file the review goes to" in capsys.readouterr().err
    assert not Path(target).exists()
