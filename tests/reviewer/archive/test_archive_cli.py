"""`reviewer archive` and `reviewer verify`: exit codes and the --json contracts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from tests.reviewer.archive.conftest import Reviewed


def test_archive_then_verify_on_the_reviewed_demo(
    reviewed: Reviewed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "归档.zip"
    assert main(["archive", str(reviewed.campaign), "--out", str(out), "--json"]) == EXIT_OK
    made = json.loads(capsys.readouterr().out)
    assert set(made) == {"path", "fingerprint", "archived_at", "retain_until", "files", "missing"}
    assert len(made["fingerprint"]) == 64 and made["missing"] == []
    assert {"path", "sha256", "size", "kind", "source"} == set(made["files"][0])
    assert main(["archive", str(reviewed.campaign), "--out", str(out)]) == EXIT_REJECTED  # exists
    capsys.readouterr()

    assert main(["verify", str(out)]) == EXIT_OK
    assert "match" in capsys.readouterr().out
    assert main(["verify", str(out), "--json"]) == EXIT_OK
    checked = json.loads(capsys.readouterr().out)
    assert checked["ok"] is True and checked["problems"] == []
    assert checked["fingerprint"] == made["fingerprint"]
    assert set(checked) == {"path", "ok", "checked", "fingerprint", "retain_until", "problems"}


def test_verify_exits_1_naming_the_document_changed(
    reviewed: Reviewed, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "a.zip"
    assert main(["archive", str(reviewed.campaign), "--out", str(out)]) == EXIT_OK
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as old, zipfile.ZipFile(tampered, "w") as new:
        for info in old.infolist():
            content = old.read(info)
            if info.filename == "documents/评分汇总表.pdf":
                content = content[:-10] + bytes([content[-10] ^ 1]) + content[-9:]
            new.writestr(info, content)
    capsys.readouterr()
    assert main(["verify", str(tampered)]) == EXIT_REJECTED
    assert "documents/评分汇总表.pdf" in capsys.readouterr().out
    assert main(["verify", str(tampered), "--json"]) == EXIT_REJECTED
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert problems == [{"path": "documents/评分汇总表.pdf", "problem": "changed"}]


def test_verify_exits_1_for_a_file_that_is_no_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    assert main(["verify", str(junk)]) == EXIT_REJECTED
    assert "junk.zip" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "none.zip")]) == EXIT_REJECTED


def test_reviewer_report_records_its_documents_for_the_archive_unless_held_elsewhere(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reviewer.store.output_records import recorded_outputs
    from reviewer.store.storage import open_campaign

    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_OK
    )
    with open_campaign(demo_file):  # a window holds the campaign: written, not recorded
        args = ["report", str(demo_file), "--out", str(tmp_path / "held"), "--format", "pdf"]
        assert main(args) == EXIT_OK
    assert "not recorded" in capsys.readouterr().err
    docs = tmp_path / "docs"
    assert main(["report", str(demo_file), "--out", str(docs), "--format", "pdf"]) == EXIT_OK
    with open_campaign(demo_file, read_only=True) as store:
        paths = sorted(r.path for r in recorded_outputs(store))
    assert paths == sorted(p.absolute() for p in docs.iterdir())
    out = tmp_path / "a.zip"
    capsys.readouterr()
    assert main(["archive", str(demo_file), "--out", str(out), "--json"]) == EXIT_OK
    made = json.loads(capsys.readouterr().out)
    assert len([f for f in made["files"] if f["kind"] == "document"]) == len(paths)
