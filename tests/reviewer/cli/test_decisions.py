"""`reviewer rank` and `reviewer decide`: the JSON contract and the exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, is_command, main


def _rank(path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["rank", str(path), "--json"]) == EXIT_OK
    return dict(json.loads(capsys.readouterr().out))


def test_rank_and_decide_are_refused_while_the_results_are_not_locked(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert is_command(["rank"]) and is_command(["decide"])
    assert main(["rank", str(demo_file)]) == EXIT_REJECTED
    assert "not locked" in capsys.readouterr().err
    argv = ["decide", str(demo_file), "--application", "西安市", "--outcome", "approve"]
    assert main(argv) == EXIT_REJECTED
    assert main(["decide", str(demo_file), "--commit"]) == EXIT_REJECTED


@pytest.mark.parametrize(
    "extra",
    [
        [],
        ["--application", "西安市"],
        ["--commit", "--application", "西安市"],
        ["--commit", "--outcome", "approve"],
        ["--application", "西安市", "--outcome", "accept"],
    ],
)
def test_decide_usage_errors_exit_2(demo_file: Path, extra: list[str]) -> None:
    assert main(["decide", str(demo_file), *extra]) == EXIT_USAGE


def test_rank_json_has_the_contracted_keys(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_OK
    )
    ranking = _rank(demo_file, capsys)
    assert isinstance(ranking["locked"], str) and len(ranking["locked"]) == 64
    assert ranking["rules"] == {
        "city": {"min_final": None, "quota": None, "tie_break": ["C3", "C1"]},
        "department": {"min_final": None, "quota": None, "tie_break": ["D3", "D2"]},
    }
    tracks = ranking["tracks"]
    assert isinstance(tracks, dict)
    first = tracks["city"][0]
    assert set(first) >= {
        "application_id", "applicant", "rank", "final", "conditions", "ineligible",
        "below_cut", "over_quota", "within", "proposal", "staged", "committed", "pending",
        "against_ranking",
    }  # fmt: skip
    assert (first["applicant"], first["rank"], first["final"]) == ("西安市", 1, "90.50")
    assert first["proposal"] == first["pending"] == "approve"
    assert [line["rank"] for line in tracks["department"]] == [1, 2, 3, 4, 5]


def test_decide_stages_needs_a_reason_against_the_ranking_and_commits(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_OK
    )
    reject = ["decide", str(demo_file), "--application", "西安市", "--outcome", "reject"]
    assert main(reject) == EXIT_REJECTED
    assert "西安市" in capsys.readouterr().err
    assert main([*reject, "--reason", "材料存疑"]) == EXIT_OK
    assert main(["decide", str(demo_file), "--application", "火星市", "--outcome", "defer"]) == (
        EXIT_REJECTED
    )
    staged = _rank(demo_file, capsys)["tracks"]["city"][0]  # type: ignore[index]
    assert staged["staged"]["outcome"] == "reject" and staged["committed"] is None
    assert staged["against_ranking"] is True

    assert main(["decide", str(demo_file), "--commit"]) == EXIT_OK
    assert "15" in capsys.readouterr().out
    committed = _rank(demo_file, capsys)["tracks"]["city"][0]  # type: ignore[index]
    assert committed["staged"] is None
    assert committed["committed"]["outcome"] == "reject"
    assert committed["committed"]["reason"] == "材料存疑"
