"""The command-line contract holds at the edges (issue 13, item 5).

Empty paths, names carrying terminal escape sequences and file names that are not UTF-8
end in a clear exit 1 (or work), never in a traceback; what the verbs print shows control
characters escaped; refusals go to stderr and results to stdout, and `--json` stays
valid JSON on stdout.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, VERBS, main
from tests.reviewer.intake.test_importing import package

ESC = "\x1b[31m"
NOT_UTF8 = "\udcff\udcfe"  # the bytes FF FE of a file name, as Python decodes them

# Every verb, with its required arguments, the campaign as {c}, a file or folder as {p}.
EVERY_VERB = {
    "demo": ["demo", "{p}"],
    "new": [
        "new",
        "{p}",
        "--title",
        "试点评审",
        "--authority",
        "省工信厅",
        "--deadline",
        "2014-07-31",
    ],
    "applicants": ["applicants", "{c}", "--import", "{p}"],
    "status": [
        "status",
        "{c}",
        "--application",
        "咸阳市",
        "--set",
        "incomplete",
        "--reason",
        "复核",
    ],
    "conflicts": [
        "conflicts",
        "{c}",
        "--expert",
        "E03",
        "--applicant",
        "咸阳市",
        "--reason",
        "曾任职",
    ],
    "rules": ["rules", "{c}", "--track", "city", "--quota", "8"],
    "gates": ["gates", "{c}"],
    "info": ["info", "{c}"],
    "template": ["template", "{p}"],
    "import": ["import", "{c}", "{p}"],
    "experts": ["experts", "{c}", "{p}"],
    "assign": ["assign", "{c}"],
    "panel-rules": ["panel-rules", "{c}"],
    "panel-add": ["panel-add", "{c}", "--expert", "E08", "--application", "宝鸡市"],
    "commitment": ["commitment", "{c}", "--file", "{p}"],
    "sign-in-sheet": ["sign-in-sheet", "{c}", "--out", "{p}"],
    "commitment-signed": ["commitment-signed", "{c}", "--expert", "E03", "--on", "2014-09-10"],
    "rubric": ["rubric", "{c}", "--export", "{p}"],
    "kit": ["kit", "{c}", "--expert", "E03", "--out", "{p}"],
    "sheet": ["sheet", "{c}", "--expert", "E03", "--out", "{p}"],
    "scores": ["scores", "{c}", "{p}"],
    "copy": ["copy", "{c}", "{p}"],
    "reconcile": ["reconcile", "{c}"],
    "rescore": ["rescore", "{c}", "--reason", "复核"],
    "lock": ["lock", "{c}", "--reason", "审定", "--override-reason", "组长同意"],
    "unlock": ["unlock", "{c}", "--reason", "复核", "--ground", "abnormal"],
    "deviations": ["deviations", "{c}"],
    "explain": [
        "explain",
        "{c}",
        "--application",
        "咸阳市",
        "--expert",
        "E03",
        "--text",
        "见书面说明",
        "--written-on",
        "2014-08-05",
    ],
    "audit": ["audit", "{c}", "--out", "{p}"],
    "rank": ["rank", "{c}"],
    "decide": ["decide", "{c}", "--commit"],
    "outcomes": ["outcomes", "{c}"],
    "pilots": ["pilots", "{c}"],
    "reaccept": ["reaccept", "{c}", "--by", "2015-12-31", "--reason", "整改后复验"],
    "feedback": ["feedback", "{c}", "--out", "{p}"],
    "report": ["report", "{c}", "--out", "{p}"],
    "notice": ["notice", "{c}", "--start", "2014-09-29"],
    "objection": ["objection", "list", "{c}"],
    "report-signatures": ["report-signatures", "{c}"],
    "report-signature": ["report-signature", "{c}", "--expert", "E03", "--answer", "signed"],
    "backups": ["backups", "{c}"],
    "archive": ["archive", "{c}", "--out", "{p}"],
    "verify": ["verify", "{c}"],  # the archive stands where a campaign would
}


def test_every_verb_is_in_the_table() -> None:
    assert set(EVERY_VERB) == set(VERBS)


def _argv(verb: str, campaign: str, path: str) -> list[str]:
    return [part.format(c=campaign, p=path) for part in EVERY_VERB[verb]]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run a verb in this process: anything but a handled refusal would surface here as
    the exception itself, which is the traceback a user would have seen."""
    code = main(argv)
    printed = capsys.readouterr()
    return code, printed.out, printed.err


def _no_raw_controls(text: str) -> None:
    assert "\x1b" not in text and "\udcff" not in text and "Traceback" not in text


# ------------------------------------------------------------------ empty paths


EMPTY_CASES = [
    (verb, where)
    for verb in sorted(EVERY_VERB)
    for where in ("campaign", "path")
    if where == "campaign" or "{p}" in EVERY_VERB[verb]
]


@pytest.mark.parametrize(("verb", "where"), EMPTY_CASES)
def test_an_empty_path_is_exit_1_with_a_message(
    verb: str, where: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign, path = ("", str(tmp_path / "x.out")) if where == "campaign" else (str(demo_file), "")
    if verb in {"demo", "template", "new"}:
        campaign, path = "", ""
    code, out, err = _run(_argv(verb, campaign, path), capsys)
    assert code == EXIT_REJECTED
    assert "is empty" in err and out == ""
    _no_raw_controls(err)


def test_empty_paths_named_in_the_issue(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ["demo", ""],
        ["demo", "", "--force"],
        ["demo", str(tmp_path / "d.review"), "--packages", ""],
        ["copy", str(demo_file), ""],
        ["copy", str(demo_file), "", "--force"],
        ["audit", str(demo_file), "--out", ""],
        ["rubric", str(demo_file), "--import", ""],
        ["scores", str(demo_file), str(tmp_path / "a.json"), ""],
    ):
        code, _out, err = _run(argv, capsys)
        assert code == EXIT_REJECTED, argv
        assert "is empty" in err, argv
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.review"]


# ------------------------------------------------------------------ hostile names


@pytest.mark.parametrize("verb", sorted(EVERY_VERB))
@pytest.mark.parametrize("name", [ESC, NOT_UTF8], ids=["escape", "not-utf8"])
def test_every_verb_shows_a_hostile_campaign_name_escaped(
    verb: str, name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = str(tmp_path / f"x{name}.review")  # does not exist
    code, out, err = _run(_argv(verb, campaign, str(tmp_path / f"y{name}.out")), capsys)
    if verb in {"demo", "template", "new"}:  # they write the path: a hostile name works
        assert code == EXIT_OK
        assert ("\\x1b[31m" if name == ESC else "\\xff\\xfe") in out
    else:
        assert code == EXIT_REJECTED
        assert ("\\x1b[31m" if name == ESC else "\\xff\\xfe") in err
    _no_raw_controls(out + err)


@pytest.mark.parametrize("verb", sorted(EVERY_VERB))
def test_every_verb_on_a_campaign_named_in_bytes_that_are_not_utf8(
    verb: str, demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    campaign = demo_file.rename(tmp_path / f"panel{NOT_UTF8}{ESC}.review")
    target = tmp_path / f"out{NOT_UTF8}{ESC}"
    if verb in {"import", "experts", "scores", "applicants"}:
        target.write_bytes(b"not what it should be")
    code, out, err = _run(_argv(verb, str(campaign), str(target)), capsys)
    assert code in (EXIT_OK, EXIT_REJECTED)
    _no_raw_controls(out + err)


def test_a_written_file_named_with_an_escape_sequence_is_shown_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"申报书{ESC}\x07.xlsx"
    code, out, _err = _run(["template", str(target)], capsys)
    assert code == EXIT_OK and target.exists()
    assert "申报书\\x1b[31m\\x07.xlsx" in out
    _no_raw_controls(out)


def test_a_newline_in_a_file_name_does_not_make_a_second_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "a\nOK: forged.xlsx"
    code, out, _err = _run(["template", str(target)], capsys)
    assert code == EXIT_OK
    assert len(out.splitlines()) == 1 and "a\\x0aOK" in out


def test_names_in_the_campaign_are_printed_escaped(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite3.connect(demo_file) as db:
        db.execute("UPDATE applicant SET name = ? WHERE name = '西安市'", (f"西安市{ESC}\x9b2J",))
    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_OK
    )
    code, out, _err = _run(["rank", str(demo_file)], capsys)
    assert code == EXIT_OK
    assert "西安市\\x1b[31m\\x9b2J" in out
    _no_raw_controls(out)
    code, out, _err = _run(["rank", str(demo_file), "--json"], capsys)
    assert code == EXIT_OK and "\x9b" not in out
    applicants = [line["applicant"] for line in json.loads(out)["tracks"]["city"]]
    assert f"西安市{ESC}\x9b2J" in applicants  # JSON escapes them, and gives them back


def test_json_stays_valid_with_a_file_name_that_is_not_utf8(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = package(tmp_path / f"无名{NOT_UTF8}{ESC}", None)
    code, out, err = _run(["import", str(demo_file), str(folder), "--json"], capsys)
    assert code == EXIT_REJECTED
    (report,) = json.loads(out)
    assert report["source"] == str(folder)  # the bytes come back as they were
    assert "\\xff\\xfe" in err  # the refusal, also on stderr, escaped
    _no_raw_controls(out + err)


@pytest.mark.skipif(sys.platform == "win32", reason="file names are bytes on POSIX only")
def test_a_non_utf8_name_on_a_strict_terminal_is_no_unicode_error(tmp_path: Path) -> None:
    """A terminal whose encoding refuses undecodable bytes (stdout with errors=strict):
    the name is printed escaped instead of ending in UnicodeEncodeError."""
    target = bytes(tmp_path) + b"/\xff\xfe.xlsx"
    run = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from reviewer.cli.main import main; sys.exit(main(sys.argv[1:]))",
            "template",
            target,
        ],
        capture_output=True,
        env={"PYTHONIOENCODING": "utf-8:strict", "PATH": "", "LC_ALL": "C.UTF-8"},
        check=False,
        timeout=120,
    )
    assert run.returncode == EXIT_OK, run.stderr.decode("utf-8", "replace")
    assert b"\\xff\\xfe.xlsx" in run.stdout and b"Traceback" not in run.stderr
    assert Path(target.decode("utf-8", "surrogateescape")).exists()


# ------------------------------------------------------------------ refusals on stderr


def test_scores_refusals_on_stderr_results_on_stdout(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    code, out, err = _run(["scores", str(demo_file), str(bad)], capsys)
    assert code == EXIT_REJECTED
    assert "bad.json" in err and "Missing:" in out and "bad.json" not in out
    code, out, err = _run(["scores", str(demo_file), str(bad), "--json"], capsys)
    assert code == EXIT_REJECTED
    assert json.loads(out)["files"][0]["outcome"] == "rejected"  # the JSON whole
    assert "bad.json" in err


def test_import_refusals_on_stderr_results_on_stdout(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = package(tmp_path / "无名", None)
    code, out, err = _run(["import", str(demo_file), str(bad)], capsys)
    assert code == EXIT_REJECTED
    assert "无名" in err and "无名" not in out


def test_experts_refusals_on_stderr(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "experts.xlsx"
    assert main(["template", str(template), "--panel"]) == EXIT_OK
    workbook = openpyxl.load_workbook(template)
    workbook.active.append(["E09", "", "", "", "", "也许", ""])  # type: ignore[union-attr]
    workbook.save(template)
    capsys.readouterr()
    code, out, err = _run(["experts", str(demo_file), str(template)], capsys)
    assert code == EXIT_REJECTED
    assert "required field is empty" in err and "required field" not in out
    code, out, err = _run(["experts", str(demo_file), str(template), "--json"], capsys)
    assert code == EXIT_REJECTED
    assert json.loads(out)["problems"] and "required field is empty" in err
