"""Automatic backups before merge, lock, report and score imports, and restoring one."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from models import AuditEvent
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.documents.report import write_report
from reviewer.errors import CampaignReadOnly, NotACampaign
from reviewer.results.merge import merge_results
from reviewer.results.reconcile import add_note, current_lock, lock_results, notes
from reviewer.scoring.returns.importing import import_score_files
from reviewer.store import backups
from reviewer.store.backups import (
    Backup,
    back_up,
    backups_folder,
    find_backup,
    list_backups,
    restore_backup,
)
from reviewer.store.storage import CampaignStore, open_campaign


def _first_application(store: CampaignStore) -> int:
    return merge_results(store).applications[0].application_id


def _integrity(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])


def _reasons(campaign: Path) -> list[str]:
    return [b.reason for b in list_backups(campaign)]


def test_a_merge_backs_up_once_until_something_changes(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        application = _first_application(store)
        merge_results(store)  # nothing changed: no second copy
        assert _reasons(demo_file) == ["merge"]
        add_note(store, application, "讨论记录")
        merge_results(store)
        assert _reasons(demo_file) == ["merge", "merge"]
        unchanged = back_up(store, "lock")
        assert _reasons(demo_file) == ["merge", "merge"]
    # Nothing new taken, but the outcome names the backup holding the campaign as it is.
    assert not unchanged.taken and unchanged.backup == list_backups(demo_file)[0]
    assert unchanged.backup.name in unchanged.note
    newest, oldest = list_backups(demo_file)
    assert newest.taken_at > oldest.taken_at
    assert newest.path.parent == demo_file.with_name("demo.backups")
    assert newest.name.startswith("demo-") and newest.name.endswith("-merge.review")
    assert _integrity(newest.path) == "ok"
    with open_campaign(newest.path, read_only=True) as copy:
        assert [n.text for n in notes(copy)] == ["讨论记录"]
    with open_campaign(oldest.path, read_only=True) as copy:
        assert notes(copy) == []
    # A closed backup is one file: no journal or lock beside it.
    assert {p.name for p in backups_folder(demo_file).iterdir()} == {
        newest.name,
        oldest.name,
        ".latest.json",
    }


def test_lock_report_and_score_imports_back_up_with_their_reason(
    demo_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.review"
    shutil.copyfile(demo_file, other)
    with open_campaign(demo_file) as store:
        lock_results(store, "专家组会议审定", override_reason="组长同意")
        assert _reasons(demo_file) == ["lock"]
        write_report(store, tmp_path / "docs")
        assert _reasons(demo_file) == ["report", "lock"]
    lock_backup, report_backup = list_backups(demo_file)[1], list_backups(demo_file)[0]
    with open_campaign(lock_backup.path, read_only=True) as copy:
        assert current_lock(copy) is None  # taken before the lock
    with open_campaign(report_backup.path, read_only=True) as copy:
        assert current_lock(copy) is not None
    with open_campaign(other) as store:
        import_score_files(store, [tmp_path / "missing.json", tmp_path / "gone.json"])
    assert _reasons(other) == ["scores"]  # one for the batch


def test_the_last_backups_of_each_reason_are_kept(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        back_up(store, "lock")
        application = _first_application(store)
        for n in range(4):
            add_note(store, application, f"第{n}次")
            assert back_up(store, "merge", keep=2).taken
    kept = list_backups(demo_file)
    assert [b.reason for b in kept] == ["merge", "merge", "lock"]
    with open_campaign(kept[0].path, read_only=True) as copy:
        assert len(notes(copy)) == 4


def test_a_folder_that_cannot_be_written_skips_the_backup_with_a_note(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only_media(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "mkdir", read_only_media)
    with open_campaign(demo_file) as store:
        outcome = back_up(store, "merge")
        merge_results(store)  # the merge itself goes ahead
    assert outcome.backup is None and not outcome.taken
    assert "demo.backups" in outcome.note and "the disk is read-only" in outcome.note
    assert os.strerror(errno.EROFS) not in outcome.note  # the system's English, never
    assert not backups_folder(demo_file).exists()


def test_a_campaign_open_read_only_is_backed_up_beside_it(demo_file: Path) -> None:
    with open_campaign(demo_file, read_only=True) as store:
        merge_results(store)
    assert _reasons(demo_file) == ["merge"]


def test_partial_copies_of_a_killed_backup_are_not_listed_and_are_cleared(
    demo_file: Path,
) -> None:
    folder = backups_folder(demo_file)
    folder.mkdir()
    stale = folder / ".partial-dead.review"
    stale.write_bytes(b"SQLite format 3\x00 cut off")
    os.utime(stale, (0, 0))
    (folder / "notes.txt").write_text("not a backup")
    assert list_backups(demo_file) == []
    with open_campaign(demo_file) as store:
        back_up(store, "merge")
    assert not stale.exists()
    assert _reasons(demo_file) == ["merge"]


def test_restore_puts_the_backup_in_place_and_keeps_the_current_state(demo_file: Path) -> None:
    with open_campaign(demo_file) as store:
        application = _first_application(store)  # backs up: no notes
        add_note(store, application, "恢复前的记录")
        chosen = list_backups(demo_file)[0]
        before = restore_backup(store, chosen)
        assert store.lock is None  # closed
    with open_campaign(demo_file) as store:
        assert notes(store) == []
        with store.reading() as session:
            event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.action == "campaign.restore"
    assert event.new["backup"] == chosen.name and event.new["backup_reason"] == "merge"
    assert before.backup is not None and before.backup.reason == "restore"
    with open_campaign(before.backup.path, read_only=True) as kept:
        assert [n.text for n in notes(kept)] == ["恢复前的记录"]
    assert _integrity(demo_file) == "ok"
    leftovers = {p.name for p in demo_file.parent.iterdir()} - {"demo.review", "demo.backups"}
    assert leftovers == set()


def test_restoring_an_unchanged_campaign_names_the_backup_that_holds_it(
    demo_file: Path,
) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "审定", override_reason="组长同意")
        merge_results(store)  # backs up the locked campaign
        latest = list_backups(demo_file)[0]
        before = restore_backup(store, list_backups(demo_file)[1])  # before the lock
    assert not before.taken and before.backup == latest
    with open_campaign(demo_file, read_only=True) as store:
        assert current_lock(store) is None


def test_restore_refuses_what_is_not_a_campaign_and_a_read_only_campaign(
    demo_file: Path,
) -> None:
    folder = backups_folder(demo_file)
    folder.mkdir()
    fake = folder / "demo-20260101-000000-000-merge.review"
    fake.write_text("not a campaign")
    with open_campaign(demo_file) as store:
        with pytest.raises(NotACampaign):
            restore_backup(store, find_backup(demo_file, fake.name))
        assert store.lock is not None  # still open, untouched
    with open_campaign(demo_file, read_only=True) as store, pytest.raises(CampaignReadOnly):
        restore_backup(store, find_backup(demo_file, fake.name))


def test_cli_lists_and_restores_backups(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backups", str(demo_file)]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "No backups yet."
    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_OK
    )
    capsys.readouterr()
    assert main(["backups", str(demo_file), "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed] == ["lock"]
    assert set(listed[0]) == {"name", "path", "taken_at", "reason", "size"}
    assert main(["backups", str(demo_file), "--restore", listed[0]["name"]]) == EXIT_OK
    out = capsys.readouterr().out
    assert listed[0]["name"] in out and "-restore.review" in out
    with open_campaign(demo_file, read_only=True) as store:
        assert current_lock(store) is None
    assert main(["backups", str(demo_file), "--restore", "nothing.review"]) == EXIT_REJECTED
    assert "nothing.review" in capsys.readouterr().err


def test_on_read_only_media_writes_are_refused_with_a_clear_message(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Tests may run as root, for whom permission bits do not deny writing: say no as a
    # read-only medium does, for the file, its folder and a new backups folder.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )

    def read_only_media(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "mkdir", read_only_media)
    assert (
        main(["lock", str(demo_file), "--reason", "审定", "--override-reason", "组长同意"])
        == EXIT_REJECTED
    )
    assert "is open read-only, so it cannot be changed" in capsys.readouterr().err
    assert main(["reconcile", str(demo_file), "--json"]) == EXIT_OK  # reading still works
    assert not backups_folder(demo_file).exists()


def test_backup_names_parse_back(tmp_path: Path) -> None:
    folder = tmp_path / "x.backups"
    folder.mkdir()
    path = folder / "x-y-20261128-160512-123-report.review"
    path.write_bytes(b"")
    (found,) = list_backups(tmp_path / "x.review")
    assert isinstance(found, Backup) and found.reason == "report"
    assert found.taken_at.isoformat() == "2026-11-28T16:05:12.123000+00:00"
    assert found.reason_text() == backups.REASONS["report"]


def test_a_campaign_in_a_database_is_left_to_its_server(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from sqlalchemy import create_engine

    from reviewer.store.backups import BackupsNeedAFile

    in_database = CampaignStore(None, create_engine("sqlite://"), False)
    outcome = back_up(in_database, "merge")
    assert outcome.backup is None and "backed up by its server" in outcome.note
    with pytest.raises(BackupsNeedAFile):
        restore_backup(in_database, Backup(demo_file, datetime.now(UTC), "merge", 0))
    assert main(["backups", "postgresql://server/panel"]) == EXIT_REJECTED
    assert "backed up by its server" in capsys.readouterr().err
