"""A re-score round asks only the chosen experts about the flagged applications, and its
scores replace the earlier ones for those items alone, every round kept."""

from __future__ import annotations

import io
from decimal import ROUND_DOWN, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from models import AuditEvent
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import lock_results
from reviewer.results.rescore import (
    NothingToRescore,
    NotOnPanel,
    RescoreReasonMissing,
    open_rescore_round,
    proposed_requests,
    rescore_rounds,
    score_history,
)
from reviewer.scoring.expert_scoring import (
    accept_commitment,
    confirm_conflicts,
    kit_state,
    save_score,
    scoring_form,
)
from reviewer.scoring.kits import NothingAssigned, export_kit
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file, return_summary
from reviewer.scoring.score_files import write_score_file
from reviewer.scoring.score_workbook import score_workbook
from reviewer.store.result_lock import ResultsLocked
from reviewer.store.storage import CampaignStore, open_campaign

XIANYANG = "咸阳市"


def _xianyang(demo_file: Path) -> int:
    with open_campaign(demo_file, read_only=True) as store:
        result = next(a for a in merge_results(store).applications if a.applicant == XIANYANG)
    return result.application_id


def _score_at(kit_path: Path, share: Decimal) -> None:
    """Score every criterion of the kit at `share` of its points, on its step."""
    with open_campaign(kit_path) as kit:
        confirm_conflicts(kit, {})
        accept_commitment(kit)
        for assignment in kit_state(kit).assignments:
            for entry in scoring_form(kit, assignment.application_id).entries:
                criterion = entry.criterion
                steps = (criterion.max_points * share / criterion.step).quantize(
                    Decimal(1), rounding=ROUND_DOWN
                )
                save_score(kit, assignment.application_id, criterion.id, steps * criterion.step)


def rescored_file(store: CampaignStore, expert: str, folder: Path, share: Decimal) -> Path:
    """The expert's kit of the round open now, scored at `share` and returned as a file."""
    kit_path = folder / f"{expert}-rescore.review"
    export_kit(store, expert, kit_path)
    _score_at(kit_path, share)
    returned = folder / f"{expert}-rescore.json"
    with open_campaign(kit_path) as kit:
        returned.write_bytes(write_score_file(kit).data)
    return returned


def test_the_proposal_asks_the_expert_who_deviates(demo_file: Path) -> None:
    with open_campaign(demo_file, read_only=True) as store:
        proposal = proposed_requests(merge_results(store))
    assert proposal == {_xianyang(demo_file): ("E03",)}


def test_a_rescore_round_replaces_the_flagged_scores_only(demo_file: Path, tmp_path: Path) -> None:
    xianyang = _xianyang(demo_file)
    with open_campaign(demo_file) as store:
        before = merge_results(store)
        opened = open_rescore_round(store, {xianyang: ["E03"]}, "咸阳市分差过大")
        assert opened.number == 2 and opened.experts == ("E03",)
        assert [r.number for r in rescore_rounds(store)] == [2]
        assert return_summary(store).missing == ("E03",)
        with pytest.raises(NothingAssigned):
            export_kit(store, "E01", tmp_path / "E01.review")
        kit_path = tmp_path / "E03-round2.review"
        summary = export_kit(store, "E03", kit_path)
        assert (summary.round_number, summary.applications) == (2, 1)
    with open_campaign(kit_path, read_only=True) as kit:
        state = kit_state(kit)
        assert [a.applicant for a in state.assignments] == [XIANYANG]
        assert state.round_number == 2
        form = scoring_form(kit, xianyang)
        # E03's round-1 values are shown beside the new ones, which start empty.
        assert all(e.value is None and e.earlier is not None for e in form.entries)
        assert {e.earlier[0] for e in form.entries if e.earlier} == {1}
        assert sum(e.earlier[1] for e in form.entries if e.earlier) < 30
    _score_at(kit_path, Decimal("0.78"))
    with open_campaign(kit_path) as kit:
        returned = tmp_path / "E03-round2.json"
        returned.write_bytes(write_score_file(kit).data)
    with open_campaign(demo_file) as store:
        assert import_score_file(store, returned).outcome is ScoreOutcome.IMPORTED
        assert return_summary(store).returned == ("E03",)
        after = merge_results(store)
        history = score_history(store)
    result = next(a for a in after.applications if a.application_id == xianyang)
    assert not result.flagged
    e03 = next(t for t in result.totals if t.expert_code == "E03")
    assert e03.total > 70
    # Everything E03 scored in round 1 on other applications still counts as it was.
    untouched = {
        a.application_id: a.final for a in before.applications if a.application_id != xianyang
    }
    assert untouched == {
        a.application_id: a.final for a in after.applications if a.application_id != xianyang
    }
    rounds = [(t.expert_code, t.round_number, t.current) for t in history[xianyang]]
    assert rounds == [("E03", 1, False), ("E03", 2, True)]
    assert history[xianyang][0].total < 30 and list(history) == [xianyang]


def test_a_rescore_sheet_holds_only_the_applications_asked(demo_file: Path) -> None:
    xianyang = _xianyang(demo_file)
    with open_campaign(demo_file) as store:
        open_rescore_round(store, {xianyang: ["E03"]}, "复评")
        workbook = load_workbook(io.BytesIO(score_workbook(store, "E03")))
    text = " ".join(
        str(cell.value) for row in workbook.worksheets[0].iter_rows() for cell in row if cell.value
    )
    assert XIANYANG in text and "西安市" not in text


def test_bad_requests_are_refused_and_nothing_opens(demo_file: Path) -> None:
    xianyang = _xianyang(demo_file)
    with open_campaign(demo_file) as store:
        with pytest.raises(RescoreReasonMissing):
            open_rescore_round(store, {xianyang: ["E03"]}, " ")
        with pytest.raises(NothingToRescore):
            open_rescore_round(store, {xianyang: []}, "复评")
        with pytest.raises(NotOnPanel) as outsider:
            open_rescore_round(store, {xianyang: ["E03", "E99"]}, "复评")
        assert "E99" in str(outsider.value) and XIANYANG in str(outsider.value)
        lock_results(store, "审定", override_reason="组长同意")
        with pytest.raises(ResultsLocked):
            open_rescore_round(store, {xianyang: ["E03"]}, "复评")
        assert rescore_rounds(store) == []
        with store.reading() as session:
            actions = session.scalars(select(AuditEvent.action)).all()
        assert "round.open" not in actions


def test_cli_rescore_opens_the_proposed_round(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rescore", str(demo_file)]) == EXIT_USAGE  # a reason is required
    capsys.readouterr()
    assert main(["rescore", str(demo_file), "--reason", "分差过大", "--json"]) == EXIT_OK
    out = capsys.readouterr().out
    assert '"round": 2' in out and '"expert": "E03"' in out and XIANYANG in out
    assert main(["rescore", str(demo_file), "--reason", "再评", "--only", "咸阳市=E01,E02"]) == 0
    assert "3" in capsys.readouterr().out
    with open_campaign(demo_file, read_only=True) as store:
        last = rescore_rounds(store)[-1]
    assert (last.number, last.experts) == (3, ("E01", "E02"))
    assert (
        main(["rescore", str(demo_file), "--reason", "x", "--only", "不存在=E01"]) == EXIT_REJECTED
    )
