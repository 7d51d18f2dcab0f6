"""The commitment in writing at the secretariat: its text per campaign, the sign-in sheet
and the commitments printed for signature, paper signatures recorded by hand (CLI too),
and the expert sheets of the locked results printing acceptance and recusals."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from models import AuditEvent
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, main
from reviewer.panel.commitment import (
    DEFAULT_COMMITMENT,
    CommitmentTextEmpty,
    campaign_commitment,
    paper_signatures,
    set_commitment,
)
from reviewer.store.storage import open_campaign


def _pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return "".join(text.split())


def test_the_commitment_text_is_set_per_campaign_and_audited(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        assert campaign_commitment(store) == DEFAULT_COMMITMENT
        with pytest.raises(CommitmentTextEmpty):
            set_commitment(store, "  ")
        set_commitment(store, "本人承诺独立评审。\n")
        assert campaign_commitment(store) == "本人承诺独立评审。"
        with store.reading() as session:
            event = session.query(AuditEvent).filter_by(action="commitment.text").one()
            assert event.new == "本人承诺独立评审。"


def test_commitment_verb_shows_and_sets_the_text(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["commitment", str(demo_file), "--json"]) == EXIT_OK
    shown = json.loads(capsys.readouterr().out)
    assert shown == {"commitment": DEFAULT_COMMITMENT, "changed": False}
    text = tmp_path / "承诺.txt"
    text.write_text("本人承诺保密。", encoding="utf-8")
    assert main(["commitment", str(demo_file), "--file", str(text), "--json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["changed"] is True
    assert main(["commitment", str(demo_file)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "本人承诺保密。"
    assert main(["commitment", str(demo_file), "--text", ""]) == EXIT_REJECTED
    text.write_bytes("本人承诺".encode("gbk"))  # not UTF-8: refused by name, nothing changed
    assert main(["commitment", str(demo_file), "--file", str(text)]) == EXIT_REJECTED
    assert "UTF-8" in capsys.readouterr().err
    assert main(["commitment", str(demo_file), "--text", "a", "--file", str(text)]) == EXIT_USAGE


def test_commitment_signed_verb_records_who_when_and_by_whom(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["commitment-signed", str(demo_file), "--expert", "E06", "--on", "2014-09-10",
                 "--json"]) == EXIT_OK  # fmt: skip
    recorded = json.loads(capsys.readouterr().out)
    assert recorded["expert"] == "E06" and recorded["signed_on"] == "2014-09-10"
    assert recorded["entered_by"] and recorded["entered_at"]
    assert main(["commitment-signed", str(demo_file), "--expert", "E99", "--on", "2014-09-10"]) == (
        EXIT_REJECTED
    )
    assert main(["commitment-signed", str(demo_file), "--expert", "E06", "--on", "9/10"]) == (
        EXIT_USAGE
    )
    with open_campaign(demo_file) as store:
        [signature] = paper_signatures(store)
        with store.reading() as session:
            assert session.query(AuditEvent).filter_by(action="commitment.signed").count() == 1
    assert signature.expert_name == "周敏"


def test_sign_in_sheet_verb_prints_every_expert_and_a_commitment_page_each(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "papers"
    assert main(["sign-in-sheet", str(demo_file), "--out", str(out), "--json"]) == EXIT_OK
    written = json.loads(capsys.readouterr().out)
    sheet = _pdf_text(Path(written["sign_in_sheet"]))
    for heading in ("专家签到表", "姓名", "单位", "职称/专业", "签名", "日期"):
        assert heading in sheet
    for name in ("张维民", "周敏", "孙宏伟"):
        assert name in sheet
    assert "（备选）" in sheet.replace(" ", "")  # the reserve, marked as such
    pages = Path(written["commitments"])
    info = subprocess.run(["pdfinfo", str(pages)], check=True, capture_output=True, text=True)
    pages_line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    # One page per expert of the demo's eight: the reserve E08 signs too, in case called.
    assert pages_line.split()[1] == "8"
    text = _pdf_text(pages)
    assert text.count("评审承诺书") >= 7
    assert "回避事项" in text and "宝鸡市" in text and "承诺人（签字）" in text
    # Printed again: refused without --force, since the files are there.
    assert main(["sign-in-sheet", str(demo_file), "--out", str(out)]) == EXIT_REJECTED
    assert main(["sign-in-sheet", str(demo_file), "--out", str(out), "--force"]) == EXIT_OK


def test_the_locked_results_expert_sheet_prints_acceptance_signature_and_recusal(
    demo_file: Path, tmp_path: Path
) -> None:
    from reviewer.documents.expert_sheets import expert_sheet
    from reviewer.documents.official import trace
    from reviewer.documents.source import read_source
    from tests.reviewer.documents.test_documents import _decide

    assert main(["commitment-signed", str(demo_file), "--expert", "E06", "--on", "2014-09-10"]) == (
        EXIT_OK
    )
    _decide(demo_file)
    with open_campaign(demo_file, read_only=True) as store:
        source = read_source(store)
    sheets = {code: tmp_path / f"{code}.pdf" for code in ("E01", "E06") if code in source.experts}
    for code, path in sheets.items():
        path.write_bytes(expert_sheet(source, source.experts[code], trace(source)))
    e06 = _pdf_text(sheets["E06"])
    assert "评审承诺与回避" in e06
    assert "未在评审软件中确认评审承诺。书面评审承诺已于2014年9月10日签署。" in e06
    assert "回避事项：宝鸡市" in e06
    e01 = _pdf_text(sheets["E01"])
    assert "未在评审软件中确认评审承诺。" in e01 and "回避事项：无" in e01
