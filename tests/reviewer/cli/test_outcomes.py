"""`outcomes`, `reaccept` and the outcome keys of `rank --json` on an acceptance review;
a selection campaign's `rank --json` keeps exactly its keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign
from tests.reviewer.decisions.test_acceptance_outcomes import make_acceptance

SELECTION_LINE_KEYS = {
    "application_id",
    "applicant",
    "track",
    "rank",
    "final",
    "conditions",
    "ineligible",
    "below_cut",
    "over_quota",
    "within",
    "proposal",
    "staged",
    "committed",
    "pending",
    "against_ranking",
}


def _lock(path: Path) -> None:
    with open_campaign(path) as store:
        lock_results(store, "专家组审定", override_reason="组长同意")


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == EXIT_OK
    return json.loads(capsys.readouterr().out)


def test_a_selections_rank_json_keeps_its_keys_and_has_no_outcomes(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lock(demo_file)
    ranked = _json(capsys, "rank", str(demo_file), "--json")
    lines = [line for track in ranked["tracks"].values() for line in track]
    assert lines and all(set(line) == SELECTION_LINE_KEYS for line in lines)
    assert main(["outcomes", str(demo_file)]) == EXIT_REJECTED
    capsys.readouterr()


def test_outcomes_bands_stars_and_reaccept_on_the_command_line(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_campaign(demo_file) as store:
        make_acceptance(store)
    assert main(["outcomes", str(demo_file), "--bands", "pass:0-50"]) == EXIT_REJECTED
    assert main(["outcomes", str(demo_file), "--bands", "good:0-100"]) == EXIT_USAGE
    capsys.readouterr()
    # Settings change before the lock (and print alone); the outcomes need one.
    assert main(["outcomes", str(demo_file)]) == EXIT_REJECTED
    assert "lock" in capsys.readouterr().err.casefold()
    assert _json(capsys, "outcomes", str(demo_file), "--stars", "85,88,90", "--json")["grades"] == [
        "85.00",
        "88.00",
        "90.00",
    ]
    assert main(["outcomes", str(demo_file), "--no-stars"]) == EXIT_OK
    assert "80.00–100.00" in capsys.readouterr().out
    _lock(demo_file)
    assert main(["outcomes", str(demo_file), "--no-stars"]) == EXIT_REJECTED  # locked now
    capsys.readouterr()
    shown = _json(capsys, "outcomes", str(demo_file), "--json")
    assert shown["grades"] is None and shown["bands"][-1] == {
        "outcome": "pass",
        "from": "80.00",
        "to": "100.00",
    }
    by_name = {p["applicant"]: p for p in shown["pilots"]}
    assert (by_name["西安市"]["outcome"], by_name["咸阳市"]["outcome"]) == ("pass", "rectify")
    ranked = _json(capsys, "rank", str(demo_file), "--json")
    line = next(x for x in ranked["tracks"]["city"] if x["applicant"] == "咸阳市")
    assert set(line) == SELECTION_LINE_KEYS | {"outcome", "grade", "rectify_by"}
    assert (line["outcome"], line["grade"], line["rectify_by"]) == ("rectify", None, None)
    assert main(["reaccept", str(demo_file), "--by", "2027-03-31"]) == EXIT_USAGE
    capsys.readouterr()
    opened = _json(
        capsys, "reaccept", str(demo_file), "--by", "2027-03-31", "--reason", "整改期满", "--json"
    )
    assert opened["rectify_by"] == "2027-03-31" and opened["round"] == 2
    shown = _json(capsys, "outcomes", str(demo_file), "--json")
    assert not shown["is_locked"]
    assert {p["applicant"]: p["rectify_by"] for p in shown["pilots"]}["咸阳市"] == "2027-03-31"
    assert main(["outcomes", str(demo_file)]) == EXIT_OK
    assert "2027-03-31" in capsys.readouterr().out
