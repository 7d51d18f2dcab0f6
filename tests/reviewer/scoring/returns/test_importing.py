"""Returned score files go into the campaign once; newer supersedes older; bad ones don't."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Expert, Score
from reviewer.campaign import overview
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.scoring.expert_scoring import (
    accept_commitment,
    confirm_conflicts,
    kit_state,
    save_score,
    scoring_form,
)
from reviewer.scoring.kits import export_kit
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file, return_summary
from reviewer.scoring.score_files import write_score_file
from reviewer.store.storage import open_campaign


def _scored_kit(campaign: Path | str, folder: Path, code: str) -> Path:
    kit_path = folder / f"{code}.review"
    with open_campaign(campaign) as store:
        export_kit(store, code, kit_path)
    with open_campaign(kit_path) as kit:
        confirm_conflicts(kit, {})
        accept_commitment(kit)
        for assignment in kit_state(kit).assignments:
            for entry in scoring_form(kit, assignment.application_id).entries:
                value = (
                    entry.criterion.max_points if entry.criterion.is_veto else entry.criterion.step
                )
                save_score(kit, assignment.application_id, entry.criterion.id, value, "理由")
    return kit_path


def _file(kit_path: Path, folder: Path, name: str) -> Path:
    with open_campaign(kit_path) as kit:
        data = write_score_file(kit).data
    path = folder / name
    path.write_bytes(data)
    return path


def _scores_of(campaign: Path | str, code: str) -> int:
    with open_campaign(campaign, read_only=True) as store, store.reading() as session:
        expert = session.scalars(select(Expert).where(Expert.code == code)).one()
        return session.scalar(select(func.count(Score.id)).where(Score.expert_id == expert.id)) or 0


def test_a_returned_file_replaces_the_experts_scores_and_the_progress_shows_it(
    demo_campaign: Path | str, tmp_path: Path
) -> None:
    kit = _scored_kit(demo_campaign, tmp_path, "E07")
    first = _file(kit, tmp_path, "E07-1.json")
    with open_campaign(demo_campaign) as store:
        before = return_summary(store)
        report = import_score_file(store, first)
        after = return_summary(store)
        progress = overview.overview(store).progress
    assert "E07" in before.missing and "E07" in after.returned
    # The demo's experts whose every score the secretariat entered count as returned.
    assert before.returned == ("E01", "E02", "E03", "E04")
    assert before.missing == ("E05", "E06", "E07")
    assert report.outcome is ScoreOutcome.IMPORTED and report.sequence == 1
    assert _scores_of(demo_campaign, "E07") == report.scores == 10 * 17 + 5 * 15
    assert progress.experts_done == 5  # E01-E04 and now E07


def test_the_same_file_twice_changes_nothing_and_an_older_one_is_refused(
    demo_campaign: Path | str, tmp_path: Path
) -> None:
    kit = _scored_kit(demo_campaign, tmp_path, "E07")
    first = _file(kit, tmp_path, "E07-1.json")
    with open_campaign(kit) as opened:  # the expert revises one value and submits again
        state = kit_state(opened)
        entry = scoring_form(opened, state.assignments[0].application_id).entries[0]
        save_score(
            opened,
            state.assignments[0].application_id,
            entry.criterion.id,
            entry.criterion.step * 2,
            "修改",
        )
    second = _file(kit, tmp_path, "E07-2.json")
    with open_campaign(demo_campaign) as store:
        assert import_score_file(store, first).outcome is ScoreOutcome.IMPORTED
        assert import_score_file(store, first).outcome is ScoreOutcome.UNCHANGED
        assert import_score_file(store, second).outcome is ScoreOutcome.IMPORTED
        late = import_score_file(store, first)
    assert late.outcome is ScoreOutcome.UNCHANGED  # it was imported once: never re-applied
    older = tmp_path / "E07-1-copy.json"
    older.write_bytes(first.read_bytes() + b"\n")  # same content, other bytes: a replay
    with open_campaign(demo_campaign) as store:
        replay = import_score_file(store, older)
    assert replay.outcome is ScoreOutcome.REJECTED and "older than" in replay.message


def test_cli_scores_reports_who_returned_and_exits_1_on_a_bad_file(
    demo_campaign: Path | str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kit = _scored_kit(demo_campaign, tmp_path, "E07")
    good = _file(kit, tmp_path, "E07.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    assert main(["scores", str(demo_campaign), str(good), "--json"]) == EXIT_OK
    result = json.loads(capsys.readouterr().out)
    assert result["files"][0]["outcome"] == "imported" and "E07" in result["returned"]
    assert "E05" in result["missing"]
    assert main(["scores", str(demo_campaign), str(bad)]) == EXIT_REJECTED
    refused = capsys.readouterr()  # a refused file is named on stderr, the summary on stdout
    assert "not a Reviewer score file" in refused.err
    assert "Missing:" in refused.out
