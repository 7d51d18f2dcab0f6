"""`reviewer lock` refused over open deviations (exit 3), `--override-reason`, `reviewer
unlock --ground`, `reviewer deviations` and `reviewer explain`, on the demo campaign."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from reviewer.cli.exits import EXIT_LOCK_REFUSED
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from reviewer.panel.rules import add_to_panel
from reviewer.results.reconcile import current_lock, result_changes
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import ChangeGround


@pytest.fixture(autouse=True)
def _panels_complete(demo_file: Path) -> None:
    """宝鸡市's panel is 6 after 周敏's recusal (87号令 §47): the proposed reserve completes
    it, so the deviations are all that stands in the lock's way here."""
    with open_campaign(demo_file) as store:
        add_to_panel(store, "E08", "宝鸡市")


def _json(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = EXIT_OK) -> object:
    capsys.readouterr()
    assert main(argv) == code
    return json.loads(capsys.readouterr().out)


def test_lock_is_refused_with_exit_3_listing_each_open_deviation(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lock", str(demo_file), "--reason", "审定"]) == EXIT_LOCK_REFUSED
    err = capsys.readouterr().err
    assert "38" in err and "咸阳市: E03 赵建华's total of 26.00 deviates" in err
    refused = _json(
        capsys, ["lock", str(demo_file), "--reason", "审定", "--json"], EXIT_LOCK_REFUSED
    )
    assert isinstance(refused, dict) and refused["locked"] is None
    total = next(o for o in refused["obstacles"] if o["item"] == "total")
    assert {k: total[k] for k in ("applicant", "expert", "score", "panel")} == {
        "applicant": "咸阳市",
        "expert": "E03",
        "score": "26.00",
        "panel": "76.90",
    }
    with open_campaign(demo_file, read_only=True) as store:
        assert current_lock(store) is None


def test_the_panel_leader_may_override_and_it_is_printed(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意", "--json"]
    locked = _json(capsys, argv)
    assert isinstance(locked, dict) and len(locked["locked"]) == 64
    assert locked["override"] == {"by": "E01 张维民", "reason": "组长同意"}
    assert len(locked["obstacles"]) == 38


def test_explained_through_the_cli_the_lock_goes_through(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = _json(capsys, ["deviations", str(demo_file), "--json"])
    assert isinstance(listed, list) and len(listed) == 38
    assert not any(d["explained"] or d["rechecked"] for d in listed)
    papers: dict[tuple[str, str], list[str]] = defaultdict(list)
    for d in listed:
        papers[(d["applicant"], d["expert"])].append(d["item"])
    argv = ["explain", str(demo_file), "--application", "咸阳市", "--expert", "E03"]
    argv += ["--text", "见书面说明", "--written-on", "2014-08-05", "--item", "total", "--json"]
    explained = _json(capsys, argv)
    assert explained == {
        "application_id": 1,
        "expert": "E03",
        "items": ["total"],
        "text": "见书面说明",
        "written_on": "2014-08-05",
        "entered_by": explained["entered_by"],  # type: ignore[index]
    }
    for (applicant, expert), items in papers.items():
        if (applicant, expert) == ("咸阳市", "E03"):
            items = [i for i in items if i != "total"]
        argv = ["explain", str(demo_file), "--application", applicant, "--expert", expert]
        argv += ["--text", "见书面说明", "--written-on", "2014-08-05"]
        for item in items:
            argv += ["--item", item]
        assert main(argv) == EXIT_OK
    listed = _json(capsys, ["deviations", str(demo_file), "--json"])
    assert all(d["explained"] for d in listed)  # type: ignore[union-attr]
    assert main(["lock", str(demo_file), "--reason", "审定"]) == EXIT_OK
    argv = ["explain", str(demo_file), "--application", "咸阳市", "--expert", "E05"]
    argv += ["--text", "x", "--written-on", "2014-08-05"]
    assert main(argv) == EXIT_REJECTED  # nothing of E05's is flagged there


def test_unlock_without_a_ground_in_a_script_is_refused_naming_the_choices(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
    capsys.readouterr()
    assert main(["unlock", str(demo_file), "--reason", "复核"]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert "--ground sum-error|out-of-range|objective-inconsistent|abnormal|other" in err
    argv = ["unlock", str(demo_file), "--reason", "复核", "--ground", "other"]
    assert main(argv) == EXIT_REJECTED  # other, without saying what
    assert main([*argv, "--ground-text", "材料补正"]) == EXIT_OK
    assert "Unlocked the results." in capsys.readouterr().out
    with open_campaign(demo_file, read_only=True) as store:
        (change,) = result_changes(store)
    assert (change.ground, change.ground_text, change.reason) == (
        ChangeGround.OTHER,
        "材料补正",
        "复核",
    )
    assert main(["unlock", str(demo_file), "--reason", "x", "--ground", "wrong"]) == EXIT_USAGE


def test_unlock_at_a_terminal_asks_for_the_ground(
    demo_file: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["5", "申报材料补正"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    capsys.readouterr()
    assert main(["unlock", str(demo_file), "--reason", "复核"]) == EXIT_OK
    listed = capsys.readouterr().out
    assert "1. sum-error: Adding-up error" in listed and "5. other: Other" in listed
    with open_campaign(demo_file, read_only=True) as store:
        (change,) = result_changes(store)
    assert (change.ground, change.ground_text) == (ChangeGround.OTHER, "申报材料补正")
