"""Outputs never overwrite what they should not (issue 13, item 4).

Each case was a way to lose a campaign or a user's file, or to leave a record of a file
that was never written: a workbook exported onto the campaign, an export replacing an
unrelated file without `--force`, names from user data breaking `report`, a sheet
recorded in the campaign before its file existed.
"""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.scoring.score_workbook import write_score_sheet
from reviewer.store.outputs import MAX_NAME_BYTES, PARTIAL
from reviewer.store.storage import CampaignStore, open_campaign
from tests.reviewer.documents.test_documents import _decide, _text

LONG = "长" * 120  # 360 bytes in UTF-8


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _opens(campaign: Path) -> None:
    """The campaign is still a campaign: it opens and its figures read."""
    assert main(["info", str(campaign), "--json"]) == EXIT_OK


def _count(campaign: Path, table: str, where: str = "1") -> int:
    with sqlite3.connect(f"{campaign.as_uri()}?mode=ro", uri=True) as db:
        return int(db.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def _records(campaign: Path) -> tuple[int, int]:
    """The kits issued and the kit.issue audit events."""
    return _count(campaign, "kit"), _count(campaign, "audit_event", "action = 'kit.issue'")


# ------------------------------------------------------------------ the campaign itself


@pytest.mark.parametrize(
    "verb",
    [
        ["rubric", "{campaign}", "--export", "{target}"],
        ["rubric", "{campaign}", "--export", "{target}", "--force"],
        ["audit", "{campaign}", "--out", "{target}"],
        ["audit", "{campaign}", "--out", "{target}", "--force"],
    ],
    ids=["rubric", "rubric-force", "audit", "audit-force"],
)
def test_an_export_onto_the_campaign_is_refused_and_the_campaign_opens(
    demo_file: Path, verb: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(demo_file)
    argv = [part.format(campaign=demo_file, target=demo_file) for part in verb]
    assert main(argv) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert str(demo_file) in err and "never writes over" in err
    assert _digest(demo_file) == before
    _opens(demo_file)


@pytest.mark.parametrize(
    "spelling", ["-wal", "-shm", "-journal", "-lock", "link", "hard link", "other spelling"]
)
def test_the_campaigns_working_files_and_other_spellings_are_refused(
    demo_file: Path, tmp_path: Path, spelling: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if spelling.startswith("-"):
        target = demo_file.with_name(demo_file.name + spelling)
    elif spelling == "link":
        target = tmp_path / "audit.xlsx"
        target.symlink_to(demo_file)
    elif spelling == "hard link":
        target = tmp_path / "audit.xlsx"
        os.link(demo_file, target)
    else:
        (tmp_path / "sub").mkdir()
        target = tmp_path / "sub" / ".." / demo_file.name
    before = _digest(demo_file)
    assert main(["audit", str(demo_file), "--out", str(target), "--force"]) == EXIT_REJECTED
    assert "never writes over" in capsys.readouterr().err
    assert _digest(demo_file) == before
    _opens(demo_file)


def test_another_campaign_is_refused_as_an_export_even_with_force(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "panel-b.xlsx"  # a campaign, whatever its name says
    shutil.copyfile(demo_file, other)
    for argv in (
        ["rubric", str(demo_file), "--export", str(other), "--force"],
        ["audit", str(demo_file), "--out", str(other), "--force"],
        ["template", str(other), "--force"],
        ["sheet", str(demo_file), "--expert", "E03", "--out", str(other), "--force"],
    ):
        assert main(argv) == EXIT_REJECTED, argv
        assert "Reviewer campaign file" in capsys.readouterr().err
    _opens(other)


def test_nothing_is_written_into_the_campaigns_backups(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reconcile", str(demo_file)]) == EXIT_OK  # takes the first backup
    backups = demo_file.with_name(demo_file.stem + ".backups")
    (backup,) = backups.glob("*.review")
    before = _digest(backup)
    for argv in (
        ["audit", str(demo_file), "--out", str(backups / "audit.xlsx")],
        ["rubric", str(demo_file), "--export", str(backup), "--force"],
        ["copy", str(demo_file), str(backup), "--force"],
        ["demo", str(backup), "--force"],
    ):
        assert main(argv) == EXIT_REJECTED, argv
        assert "backups are kept" in capsys.readouterr().err
    assert _digest(backup) == before
    assert sorted(p.name for p in backups.iterdir() if not p.name.startswith(".")) == [backup.name]


def test_copy_replaces_another_campaign_with_force_but_never_its_source(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.review"
    shutil.copyfile(demo_file, other)
    assert main(["copy", str(demo_file), str(other)]) == EXIT_REJECTED
    assert main(["copy", str(demo_file), str(other), "--force"]) == EXIT_OK
    capsys.readouterr()
    for target in (demo_file, demo_file.with_name(demo_file.name + "-wal")):
        assert main(["copy", str(demo_file), str(target), "--force"]) == EXIT_REJECTED
        assert "itself" in capsys.readouterr().err
    _opens(demo_file)
    _opens(other)


def test_report_into_the_campaign_file_is_refused(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_OK
    )
    before = _digest(demo_file)
    assert main(["report", str(demo_file), "--out", str(demo_file), "--force"]) == EXIT_REJECTED
    assert "never writes over" in capsys.readouterr().err
    assert _digest(demo_file) == before
    _opens(demo_file)


# ------------------------------------------------------------------ unrelated files


@pytest.mark.parametrize(
    "verb",
    [
        ["rubric", "{campaign}", "--export", "{target}"],
        ["audit", "{campaign}", "--out", "{target}"],
        ["template", "{target}"],
        ["template", "{target}", "--panel"],
        ["sheet", "{campaign}", "--expert", "E03", "--out", "{target}"],
    ],
    ids=["rubric", "audit", "template", "panel-template", "sheet"],
)
def test_an_unrelated_file_is_replaced_only_with_force(
    demo_file: Path, tmp_path: Path, verb: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.xlsx"
    target.write_text("the user's own notes")
    argv = [part.format(campaign=demo_file, target=target) for part in verb]
    assert main(argv) == EXIT_REJECTED
    err = capsys.readouterr().err
    assert str(target) in err and "--force" in err
    assert target.read_text() == "the user's own notes"
    assert main([*argv, "--force"]) == EXIT_OK
    assert target.read_bytes().startswith(b"PK")  # the workbook, now
    assert not list(tmp_path.glob(f"{PARTIAL}*"))


def test_a_folder_as_the_export_is_refused(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert main(["audit", str(demo_file), "--out", str(folder), "--force"]) == EXIT_REJECTED
    assert "is a folder" in capsys.readouterr().err


# ------------------------------------------------------------------ names from user data


@pytest.fixture
def hostile_names(demo_file: Path) -> Path:
    """The demo, decided, where an expert is named "甲/乙", another has a 360-byte name,
    and applicants carry path separators and a long name."""
    with sqlite3.connect(demo_file) as db:
        db.execute("UPDATE expert SET name = '甲/乙' WHERE code = 'E01'")
        db.execute("UPDATE expert SET name = ? WHERE code = 'E02'", (LONG,))
        db.execute("UPDATE applicant SET name = replace(name, '市', '/市') WHERE name != '咸阳市'")
        db.execute("UPDATE applicant SET name = ? WHERE name = '西安/市'", ("西安" + LONG,))
    _decide(demo_file)
    return demo_file


def test_report_writes_hostile_names_then_replaces_its_report_only_with_force(
    hostile_names: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "documents"
    assert main(["report", str(hostile_names), "--out", str(out)]) == EXIT_OK
    names = sorted(p.name for p in out.iterdir())
    assert all(len(name.encode("utf-8")) <= MAX_NAME_BYTES for name in names)
    assert "专家评分表-E01-甲／乙.pdf" in names
    (long_sheet,) = [n for n in names if n.startswith("专家评分表-E02-")]
    assert long_sheet.endswith("….pdf")
    approvals = [n for n in names if n.startswith("批复-")]
    assert approvals and all("/" not in n for n in approvals)
    assert any("／市" in n for n in approvals)
    # Inside, the documents carry the names as they are, not the file names' look-alikes.
    assert "甲/乙" in _text(out / "专家评分表-E01-甲／乙.pdf")
    assert len(list(out.iterdir())) == len(capsys.readouterr().out.splitlines())
    # The report just written is the earlier report: it is replaced only with --force (one
    # test rather than two, so that the whole report is written twice, not three times).
    summary = out / "评分汇总表.pdf"
    summary.write_bytes(b"annotated by hand")
    capsys.readouterr()
    assert main(["report", str(hostile_names), "--out", str(out)]) == EXIT_REJECTED
    assert "--force" in capsys.readouterr().err
    assert summary.read_bytes() == b"annotated by hand"  # checked before anything is written
    assert main(["report", str(hostile_names), "--out", str(out), "--force"]) == EXIT_OK
    assert summary.read_bytes().startswith(b"%PDF")


# ------------------------------------------------------------------ recorded once in place


def test_a_sheet_whose_name_is_too_long_is_not_recorded(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _records(demo_file)
    out = tmp_path / ("评分表" * 30 + ".xlsx")  # 275 bytes
    argv = ["sheet", str(demo_file), "--expert", "E03", "--out", str(out)]
    assert main(argv) == EXIT_REJECTED
    assert "too long" in capsys.readouterr().err
    assert _records(demo_file) == before
    assert not list(tmp_path.glob("*.xlsx"))


def test_a_sheet_whose_write_fails_is_not_recorded(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _records(demo_file)

    def disk_full(_fd: int) -> None:  # the disk fills up as the sheet is flushed to it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    out = tmp_path / "E03.xlsx"
    assert main(["sheet", str(demo_file), "--expert", "E03", "--out", str(out)]) == EXIT_REJECTED
    monkeypatch.undo()
    assert _records(demo_file) == before
    assert not out.exists() and not list(tmp_path.glob(f"{PARTIAL}*"))
    assert main(["sheet", str(demo_file), "--expert", "E03", "--out", str(out)]) == EXIT_OK
    assert _records(demo_file) == (before[0] + 1, before[1] + 1)
    assert out.exists()


@pytest.fixture
def refused_commit(demo_file: Path) -> Iterator[CampaignStore]:
    """The demo, open, whose next commit is refused (as a disk gone away would)."""
    store = open_campaign(demo_file)

    def refuse(_session: object) -> None:
        raise OSError(errno.EIO, "the disk went away")

    event.listen(store.session_factory, "before_commit", refuse)
    try:
        yield store
    finally:
        store.close()


def test_a_sheet_whose_kit_is_not_committed_is_taken_away(
    refused_commit: CampaignStore, demo_file: Path, tmp_path: Path
) -> None:
    before = _records(demo_file)
    out = tmp_path / "E03.xlsx"
    with pytest.raises(OSError, match="went away"):
        write_score_sheet(refused_commit, "E03", out)
    assert not out.exists()
    assert _records(demo_file) == before


def test_a_kit_whose_name_is_too_long_is_refused_before_it_is_issued(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _records(demo_file)
    out = tmp_path / ("k" * 300 + ".review")
    argv = ["kit", str(demo_file), "--expert", "E03", "--out", str(out)]
    assert main(argv) == EXIT_REJECTED
    assert "too long" in capsys.readouterr().err
    assert _records(demo_file) == before
