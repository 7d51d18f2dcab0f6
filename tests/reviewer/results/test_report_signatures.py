"""The panel's answers to the review report: entered from the signed paper, kept per lock,
each in the audit log, and printed on each member's line of the report (政府采购法实施条例
§41: a member signs; one who disagrees signs with reasons; one who does neither agrees)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent
from models.enums import ChangeGround, ReportSignature
from reviewer.cli.main import main
from reviewer.documents.report import write_report
from reviewer.results.reconcile import lock_results, unlock_results
from reviewer.results.report_signatures import (
    DissentWithoutReasons,
    NotAPanelMember,
    NotLockedForSignatures,
    record_answer,
    report_signers,
)
from reviewer.store.storage import open_campaign


@pytest.fixture
def locked(demo_master: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.review"
    shutil.copyfile(demo_master, path)
    with open_campaign(path) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
    return path


def test_the_panel_is_every_expert_who_took_part_the_recused_one_too(locked: Path) -> None:
    with open_campaign(locked, read_only=True) as store:
        members = report_signers(store)
    assert [m.code for m in members] == ["E01", "E02", "E03", "E04", "E05", "E06", "E07"]
    assert [m.code for m in members if m.is_leader] == ["E01"]
    assert all(m.answer is None for m in members)


def test_answers_are_entered_checked_audited_and_kept_per_lock(locked: Path) -> None:
    with open_campaign(locked) as store:
        with pytest.raises(DissentWithoutReasons):
            record_answer(store, "E03", ReportSignature.DISSENT, "  ")
        with pytest.raises(NotAPanelMember):
            record_answer(store, "E99", ReportSignature.SIGNED)
        record_answer(store, "E03", ReportSignature.DISSENT, "咸阳市示范作用不足")
        record_answer(store, "E07", ReportSignature.NOT_SIGNED)
        record_answer(store, "E01", ReportSignature.SIGNED, "ignored for a plain signature")
        answers = {m.code: (m.answer, m.reasons) for m in report_signers(store)}
        assert answers["E03"] == (ReportSignature.DISSENT, "咸阳市示范作用不足")
        assert answers["E01"] == (ReportSignature.SIGNED, "")
        assert answers["E07"] == (ReportSignature.NOT_SIGNED, "")
        record_answer(store, "E07", None)  # entered by mistake: taken back
        assert next(m for m in report_signers(store) if m.code == "E07").answer is None
        with store.reading() as session:
            events = session.scalars(
                select(AuditEvent).where(AuditEvent.action == "review_report.answer")
            ).all()
        assert [(e.entity_id, e.old, e.new) for e in events][-1] == (
            "E07",
            {"answer": "not_signed", "reasons": ""},
            None,
        )
        assert len(events) == 4
        unlock_results(store, "分值汇总计算错误", ChangeGround.SUM_ERROR)
        with pytest.raises(NotLockedForSignatures):
            record_answer(store, "E01", ReportSignature.SIGNED)
        assert all(m.answer is None for m in report_signers(store))  # no report to sign


def test_the_report_prints_each_members_answer_and_the_recusal(
    locked: Path, tmp_path: Path
) -> None:
    with open_campaign(locked) as store:
        record_answer(store, "E03", ReportSignature.DISSENT, "咸阳市示范作用不足")
        record_answer(store, "E07", ReportSignature.NOT_SIGNED)
        written = write_report(store, tmp_path / "out", formats=("pdf", "docx"))
    kinds = {d.kind for d in written.documents}
    assert {"review_report", "review_report_docx"} <= kinds
    (pdf,) = [d.path for d in written.documents if d.kind == "review_report"]
    text = re.sub(
        r"\s+",
        "",
        subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout,
    )
    assert "2014年陕西省智慧城市试点评审报告" in text
    assert "评审专家组由7名专家组成，张维民任组长" in text
    assert "周敏（E06）与宝鸡市存在利害关系" in text and "已回避" in text
    assert "赵建华（E03）对评审报告签署不同意见：咸阳市示范作用不足。" in text
    assert "未签字，亦未书面说明理由，视为同意评审报告" in text
    assert text.index("一、评审组织") < text.index("六、评审专家签字")
    # How the deviations were resolved: the panel leader's leave over what was open.
    assert "咸阳市：以下偏离评分既未复核也未书面说明：赵建华（E03）总分" in text
    assert "经评审组长张维民（E01）同意锁定结果，理由：组长同意。" in text


def test_the_cli_enters_and_lists_answers(locked: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report-signature", str(locked), "--expert", "E03", "--answer", "dissent"]) == 1
    assert (
        main(
            [
                "report-signature",
                str(locked),
                "--expert",
                "E03",
                "--answer",
                "dissent",
                "--reasons",
                "不同意",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["report-signatures", str(locked), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed["lock"]) == 64
    e03 = next(m for m in listed["members"] if m["expert"] == "E03")
    assert (e03["answer"], e03["reasons"], e03["leader"]) == ("dissent", "不同意", False)
    assert set(e03) == {
        "expert",
        "name",
        "leader",
        "answer",
        "reasons",
        "recorded_by",
        "recorded_at",
    }
