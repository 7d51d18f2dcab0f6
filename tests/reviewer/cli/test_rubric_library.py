"""`reviewer rubric --library` and `--from-library`: the library listed with its sources,
a template made a track's rubric, the refusals with exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.rubrics.catalog import current_rubrics
from reviewer.store.storage import open_campaign
from reviewer.vocabulary import TrackKind


def test_the_library_is_listed_with_sources(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rubric", str(demo_file), "--library"]) == EXIT_OK
    listed = capsys.readouterr().out
    assert "ndrc-2016" in listed and "Source: NDRC General Office" in listed
    (tmp_path / "bad.xlsx").write_text("no workbook", encoding="utf-8")
    folder = ["--library-folder", str(tmp_path)]
    assert main(["rubric", str(demo_file), "--library", "--json", *folder]) == EXIT_OK
    templates = json.loads(capsys.readouterr().out)["templates"]
    assert len([t for t in templates if t["builtin"] and t["source"]]) >= 4
    assert set(templates[0]) >= {"key", "title", "source", "date", "kinds", "tracks", "notes"}
    bad = templates[-1]
    assert bad["key"] == "bad.xlsx" and not bad["usable"] and "bad.xlsx" in bad["problems"][0]
    assert main(["rubric", str(demo_file), "--from-library", "bad.xlsx", *folder]) == EXIT_REJECTED
    assert "cannot be used as a rubric" in capsys.readouterr().err


def test_a_template_becomes_the_tracks_rubric(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    apply = ["rubric", str(demo_file), "--from-library", "acceptance-call"]
    assert main([*apply, "--track", "department"]) == EXIT_REJECTED  # scores: decide first
    assert "--existing-scores" in capsys.readouterr().err
    assert main([*apply, "--track", "department", "--existing-scores", "score-again"]) == EXIT_OK
    assert "version 2" in capsys.readouterr().out
    with open_campaign(demo_file, read_only=True) as store:
        department = next(v for v in current_rubrics(store) if v.track is TrackKind.DEPARTMENT)
    assert department.title.startswith("市级智慧城市区域试点验收评分细则")
    assert [g.code for g in department.gates] == ["G1", "G2", "G3", "G4"]
    assert main(["rubric", str(demo_file), "--from-library", "nope"]) == EXIT_REJECTED
    assert "no template “nope”" in capsys.readouterr().err


def test_the_library_is_refused_while_the_results_are_locked(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lock = ["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"]
    assert main(lock) == EXIT_OK
    apply = ["rubric", str(demo_file), "--from-library", "ndrc-2016"]
    assert main([*apply, "--existing-scores", "carry-over"]) == EXIT_REJECTED
    assert "locked" in capsys.readouterr().err
