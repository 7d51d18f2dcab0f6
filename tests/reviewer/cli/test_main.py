"""The `reviewer` verbs and their exit codes: 0 done, 1 input rejected, 2 usage."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer import __version__
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"reviewer {__version__}"


@pytest.mark.parametrize("argv", [["info"], ["demo"], ["info", "a", "b"], ["bogus"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_USAGE
    assert "usage:" in capsys.readouterr().err


def test_info_json_has_the_contracted_keys(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(demo_file), "--json"]) == EXIT_OK
    info = json.loads(capsys.readouterr().out)
    for key in ("applications", "experts", "scores"):
        assert isinstance(info[key], int)
    assert (info["applications"], info["experts"]) == (17, 7)
    assert info["scores"] > 0
    assert sum(info["by_status"].values()) == 17
    assert {name: track["applications"] for name, track in info["tracks"].items()} == {
        "city": 12,
        "department": 5,
    }


def test_info_in_words(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(demo_file)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Applications: 17" in out and "Experts: 7" in out


@pytest.mark.parametrize("kind", ["missing", "not-a-campaign", "no-folder"])
def test_info_rejects_bad_files_with_exit_1(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = {
        "missing": tmp_path / "missing.review",
        "not-a-campaign": tmp_path / "notes.review",
        "no-folder": tmp_path / "nowhere" / "c.review",
    }[kind]
    if kind == "not-a-campaign":
        path.write_text("not a campaign")
    assert main(["info", str(path)]) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert str(path if kind != "no-folder" else path.parent) in err


def test_demo_writes_a_campaign_and_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.review"
    assert main(["demo", str(path)]) == EXIT_OK
    assert main(["demo", str(path)]) == EXIT_REJECTED
    assert "already exists" in capsys.readouterr().err
    assert main(["demo", str(path), "--force"]) == EXIT_OK
    assert main(["info", str(path), "--json"]) == EXIT_OK


def _reviewer(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("reviewer")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "ui.launcher"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_the_installed_program_speaks_chinese_by_default(tmp_path: Path) -> None:
    """Through the real entry point, with the default language: messages in zh_CN."""
    missing = tmp_path / "missing.review"
    result = _reviewer("info", str(missing))
    assert result.returncode == EXIT_REJECTED
    assert "不存在" in result.stderr and str(missing) in result.stderr
    assert _reviewer("--version").stdout.strip() == f"reviewer {__version__}"
    assert _reviewer("info").returncode == EXIT_USAGE


def test_the_installed_program_speaks_english_when_chosen(
    tmp_path: Path, isolated_settings: Path
) -> None:
    isolated_settings.write_text("[General]\nlanguage=en\n")
    result = _reviewer("info", str(tmp_path / "missing.review"))
    assert result.returncode == EXIT_REJECTED
    assert "does not exist" in result.stderr


def test_the_demo_packages_import_into_a_new_campaign_through_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from datetime import date

    from reviewer.campaign.setup import CampaignSettings, new_campaign

    folder = tmp_path / "packages"
    assert main(["demo", str(tmp_path / "demo.review"), "--packages", str(folder)]) == EXIT_OK
    assert len(list(folder.iterdir())) == 17
    campaign = tmp_path / "new.review"
    settings = CampaignSettings("试导入", submission_deadline=date(2014, 7, 20))
    new_campaign(campaign, settings).close()
    capsys.readouterr()
    code = main(["import", str(campaign), str(folder), "--register-applicants", "--json"])
    assert code == EXIT_OK
    reports = json.loads(capsys.readouterr().out)
    assert len(reports) == 17 and {r["outcome"] for r in reports} == {"imported"}
    statuses = sorted(r["status"] for r in reports)
    assert statuses.count("complete") == 15 and "late" in statuses and "incomplete" in statuses


def test_experts_verb_imports_a_panel_list_and_refuses_a_bad_one(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    template = tmp_path / "panel.xlsx"
    assert main(["template", str(template), "--panel"]) == EXIT_OK
    workbook = load_workbook(template)
    sheet = workbook["专家名单"]
    sheet.append(["E18", "郑新", "西北大学", "教授", "数据共享", "否", "西安市:其他"])
    workbook.save(template)
    capsys.readouterr()
    assert main(["experts", str(demo_file), str(template), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["added"] == ["E18"]
    sheet.append(["E19", "", "", "", "", "也许", ""])
    workbook.save(template)
    assert main(["experts", str(demo_file), str(template)]) == EXIT_REJECTED
    refused = capsys.readouterr()  # the list's problems are refusals: on stderr
    assert "this required field is empty" in refused.err
    assert "this required field is empty" not in refused.out
    assert main(["experts", str(demo_file), str(tmp_path / "nope.xlsx")]) == EXIT_REJECTED
    assert "does not exist" in capsys.readouterr().err


def test_assign_verb(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assign", str(demo_file), "--json"]) == EXIT_OK
    summary = json.loads(capsys.readouterr().out)
    assert (summary["applications"], summary["assignments"], summary["conflicts"]) == (15, 104, 1)
    assert main(["assign", str(demo_file), "--per-application", "0"]) == EXIT_USAGE
    assert main(["assign", str(demo_file), "--per-application", "9"]) == EXIT_REJECTED
    assert "fewer than the 9 asked for" in capsys.readouterr().err


def test_rubric_verb_exports_and_imports(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    exported = tmp_path / "city.xlsx"
    assert main(["rubric", str(demo_file), "--export", str(exported)]) == EXIT_OK
    assert main(["rubric", str(demo_file), "--import", str(exported)]) == EXIT_REJECTED
    assert "--existing-scores carry-over" in capsys.readouterr().err  # the demo has scores
    carry = ["--existing-scores", "carry-over"]
    assert main(["rubric", str(demo_file), "--import", str(exported), *carry]) == EXIT_OK
    assert "version 2" in capsys.readouterr().out
    workbook = load_workbook(exported)
    sheet = workbook["评分细则"]
    header = next(r for r in sheet.iter_rows() if any(c.value == "分值" for c in r))
    points = next(c for c in header if c.value == "分值")
    sheet.cell(row=points.row + 1, column=points.column, value="七分")
    workbook.save(exported)
    assert main(["rubric", str(demo_file), "--import", str(exported)]) == EXIT_REJECTED
    assert "七分" in capsys.readouterr().err
    assert main(["info", str(demo_file), "--json"]) == EXIT_OK


def test_kit_verb(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "E02.review"
    assert main(["kit", str(demo_file), "--expert", "E02", "--out", str(out), "--json"]) == EXIT_OK
    summary = json.loads(capsys.readouterr().out)
    assert (summary["expert"], summary["round"], summary["applications"]) == ("E02", 1, 15)
    assert main(["info", str(out), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["experts"] == 1
    assert main(["kit", str(demo_file), "--expert", "E42", "--out", str(tmp_path / "x")]) == 1
    assert "E42" in capsys.readouterr().err


def test_sheet_verb_and_importing_the_filled_sheet(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reviewer.store.storage import open_campaign
    from tests.reviewer.scoring.test_score_workbook import _filled

    sheet = tmp_path / "E07.xlsx"
    assert main(["sheet", str(demo_file), "--expert", "E07", "--out", str(sheet)]) == EXIT_OK
    assert main(["sheet", str(demo_file), "--expert", "E07", "--out", str(sheet)]) == 1
    with open_campaign(demo_file, read_only=True) as store:
        filled = _filled(sheet.read_bytes(), store)
    returned = tmp_path / "E07-filled.xlsx"
    returned.write_bytes(filled)
    capsys.readouterr()
    assert main(["scores", str(demo_file), str(returned), "--json"]) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert result["files"][0]["outcome"] == "imported" and "E07" in result["returned"]
    assert main(["scores", str(demo_file), str(returned)]) == EXIT_OK  # unchanged
    assert "imported before" in capsys.readouterr().out


def test_reconcile_lock_and_unlock_verbs(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reconcile", str(demo_file), "--json"]) == EXIT_OK
    results = json.loads(capsys.readouterr().out)
    assert results["method"] == {"method": "trimmed_mean", "trim_min_panel": 5}
    assert results["locked"] is None
    xianyang = next(a for a in results["applications"] if a["applicant"] == "咸阳市")
    assert isinstance(xianyang["final"], str) and len(xianyang["final"].split(".")[1]) == 2
    assert "E03" in xianyang["dropped"] and "E03" not in xianyang["kept"]
    assert {"kind": "deviation", "expert": "E03", "criterion": ""} in xianyang["flags"]
    assert set(xianyang["conditions"]) == {"C1", "C2", "C3", "C4"}
    assert set(results["reliability"]["city"]) >= {"icc_a1", "icc_ak", "kendalls_w"}
    assert main(["reconcile", str(demo_file)]) == EXIT_OK
    assert "deviation:E03" in capsys.readouterr().out
    assert main(["lock", str(demo_file)]) == EXIT_USAGE  # --reason is required
    capsys.readouterr()
    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_OK
    )
    assert "fingerprint" in capsys.readouterr().out
    assert (
        main(["lock", str(demo_file), "--reason", "again", "--override-reason", "组长同意"])
        == EXIT_REJECTED
    )
    assert main(["reconcile", str(demo_file), "--json"]) == EXIT_OK
    assert len(json.loads(capsys.readouterr().out)["locked"]) == 64
    assert main(["unlock", str(demo_file), "--reason", "复评", "--ground", "abnormal"]) == EXIT_OK


def test_a_reader_that_stops_early_is_no_error(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`reviewer reconcile … | head`: the pipe closes and the verb still exits 0."""

    class ClosedPipe(io.StringIO):
        def __init__(self, target: Path) -> None:
            super().__init__()
            self.target = target.open("w")

        def write(self, _text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return self.target.fileno()

    pipe = ClosedPipe(tmp_path / "out.txt")
    monkeypatch.setattr(sys, "stdout", pipe)
    assert main(["reconcile", str(demo_file)]) == EXIT_OK
    pipe.target.close()


def test_every_verb_starts_the_command_line_not_the_app() -> None:
    """A verb missing from VERBS would open the desktop app instead (on a server, abort)."""
    import argparse

    from reviewer.cli.main import VERBS, build_parser, is_command

    verbs = next(
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    assert set(verbs.choices) == set(VERBS)
    assert all(is_command([verb]) for verb in verbs.choices)
