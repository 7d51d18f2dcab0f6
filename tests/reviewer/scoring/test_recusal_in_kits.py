"""Recusal and commitment in writing (政府采购法实施条例 §9): what a kit carries, the gate
before the first score, the signed score file, its import, and the printed sheets."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from models import Kit
from reviewer.panel.commitment import DEFAULT_COMMITMENT, set_commitment
from reviewer.scoring.expert_scoring import (
    CommitmentNotAccepted,
    accept_commitment,
    confirm_conflicts,
    kit_state,
    save_score,
    scoring_form,
)
from reviewer.scoring.kits import export_kit
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file
from reviewer.scoring.score_file_format import sign
from reviewer.scoring.score_files import ScoringIncomplete, write_score_file
from reviewer.scoring.score_workbook import score_workbook
from reviewer.scoring.submission import submit
from reviewer.store.storage import open_campaign
from tests.reviewer.scoring.returns.test_importing import _scored_kit


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _issue(demo_file: Path, tmp_path: Path, code: str = "E06") -> Path:
    kit_path = tmp_path / f"{code}.review"
    with open_campaign(demo_file) as store:
        export_kit(store, code, kit_path)
    return kit_path


def test_a_kit_carries_every_recusal_of_its_expert_and_the_commitment(
    demo_file: Path, tmp_path: Path
) -> None:
    with open_campaign(demo_file) as store:
        set_commitment(store, "本人承诺独立、保密、回避。")
    kit_path = _issue(demo_file, tmp_path)
    with open_campaign(kit_path) as kit:
        state = kit_state(kit)
    # 宝鸡市 was never assigned to E06 (the demo's tie made it a conflict); the kit says so.
    assert [r.applicant for r in state.recusals] == ["宝鸡市"]
    assert state.recusals[0].reason
    assert all(a.applicant != "宝鸡市" for a in state.assignments)
    assert state.commitment == "本人承诺独立、保密、回避。"
    assert not state.commitment_accepted


def test_the_default_commitment_names_independence_confidentiality_and_recusal(
    demo_file: Path, tmp_path: Path
) -> None:
    with open_campaign(_issue(demo_file, tmp_path, "E01")) as kit:
        state = kit_state(kit)
    assert state.commitment == DEFAULT_COMMITMENT
    for word in ("独立", "保密", "回避", "第九条"):
        assert word in state.commitment
    assert state.recusals == ()


def test_no_score_is_saved_before_the_commitment_is_accepted(
    demo_file: Path, tmp_path: Path
) -> None:
    with open_campaign(_issue(demo_file, tmp_path)) as kit:
        confirm_conflicts(kit, {})
        application = kit_state(kit).assignments[0].application_id
        criterion = scoring_form(kit, application).entries[0].criterion
        with pytest.raises(CommitmentNotAccepted):
            save_score(kit, application, criterion.id, criterion.step)
        with pytest.raises(ScoringIncomplete) as incomplete:
            write_score_file(kit)
        assert "review commitment" in incomplete.value.message()
        accepted = accept_commitment(kit)
        assert accept_commitment(kit) == accepted  # the first time stays
        save_score(kit, application, criterion.id, criterion.step)
        assert kit_state(kit).commitment_accepted_at == accepted


def test_the_score_file_carries_the_acceptance_and_recusals_and_the_import_records_them(
    demo_file: Path, tmp_path: Path
) -> None:
    kit_path = _scored_kit(demo_file, tmp_path, "E06")
    with open_campaign(kit_path) as kit:
        accepted = kit_state(kit).commitment_accepted_at
        data = write_score_file(kit).data
    signed = json.loads(data)
    assert signed["commitment"]["accepted_at"] == accepted.isoformat(timespec="seconds")
    assert [r["applicant"] for r in signed["recusals"]] == ["宝鸡市"]
    path = tmp_path / "E06.json"
    path.write_bytes(data)
    with open_campaign(demo_file) as store:
        report = import_score_file(store, path)
        assert report.outcome is ScoreOutcome.IMPORTED
        assert report.as_json()["commitment_accepted_at"] == signed["commitment"]["accepted_at"]
        assert report.message == ""
        with store.reading() as session:
            kit = session.query(Kit).filter(Kit.uid == signed["kit"]).one()
            assert kit.commitment_accepted_at == accepted.replace(microsecond=0)


def test_a_score_file_from_an_older_kit_still_imports_and_says_it_records_no_commitment(
    demo_file: Path, tmp_path: Path
) -> None:
    kit_path = _scored_kit(demo_file, tmp_path, "E06")
    with open_campaign(kit_path) as kit:
        signed = json.loads(write_score_file(kit).data)
        with kit.reading() as session:
            secret = session.query(Kit).one().secret
    for key in ("commitment", "recusals", "signature"):  # as a kit before 0012 wrote it
        signed.pop(key)
    signed["signature"] = sign(secret, signed)
    path = tmp_path / "E06-old.json"
    path.write_text(json.dumps(signed, ensure_ascii=False))
    with open_campaign(demo_file) as store:
        report = import_score_file(store, path)
    assert report.outcome is ScoreOutcome.IMPORTED and report.scores > 0
    assert "no review commitment" in report.message
    assert report.commitment_accepted_at is None


def test_the_experts_score_sheet_prints_the_commitment_its_acceptance_and_the_recusal(
    demo_file: Path, tmp_path: Path
) -> None:
    kit_path = _scored_kit(demo_file, tmp_path, "E06")
    folder = tmp_path / "out"
    folder.mkdir()
    with open_campaign(kit_path) as kit:
        submission = submit(kit, folder, today=date(2014, 9, 10))
    text = "".join(_pdf_text(submission.score_sheet).split())
    assert "评审承诺与回避" in text
    assert "在评审软件中确认上述评审承诺" in text
    assert "回避事项：宝鸡市" in text
    assert "独立" in text and "保密" in text


def test_the_excel_score_sheet_prints_the_commitment_and_every_recusal(
    demo_file: Path,
) -> None:
    with open_campaign(demo_file) as store:
        data = score_workbook(store, "E06")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert "评审承诺与回避" in texts
    assert DEFAULT_COMMITMENT in texts
    assert any(t.startswith("未在评审软件中确认评审承诺") for t in texts)
    assert any(t.startswith("回避事项：宝鸡市") for t in texts)


def test_a_kit_issued_before_commitments_asks_for_none(demo_file: Path, tmp_path: Path) -> None:
    """A kit from before migration 0012 carries no commitment text: it opens and scores
    as it did, and its score file records no acceptance."""
    kit_path = _issue(demo_file, tmp_path)
    with open_campaign(kit_path) as kit:
        with kit.writing() as session:  # as 0012 leaves an older kit's row
            row = session.query(Kit).one()
            row.commitment, row.recusals = "", "[]"
        confirm_conflicts(kit, {})
        state = kit_state(kit)
        assert state.commitment_accepted and state.commitment_accepted_at is None
        application = state.assignments[0].application_id
        criterion = scoring_form(kit, application).entries[0].criterion
        save_score(kit, application, criterion.id, criterion.step)
