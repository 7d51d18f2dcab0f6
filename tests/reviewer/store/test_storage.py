"""Opening, creating and copying campaign files; every refusal leaves the file as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models import Applicant, Campaign
from reviewer.campaign import overview
from reviewer.campaign.setup import CampaignSettings, new_campaign
from reviewer.errors import (
    CampaignCorrupt,
    CampaignFileExists,
    CampaignFileMissing,
    CampaignFromNewerVersion,
    CampaignLocked,
    CampaignReadOnly,
    FolderMissing,
    NotACampaign,
)
from reviewer.store.storage import create_campaign_file, open_campaign, save_copy
from reviewer.store.writer_lock import lock_path_for


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


@pytest.fixture(params=["sqlite", "postgresql"])
def new_location(request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    """Where a new campaign goes: a file, then an empty database on the test server."""
    if request.param == "sqlite":
        return tmp_path / "new.review"
    return str(request.getfixturevalue("empty_database"))


def test_a_new_campaign_reopens_with_what_was_written(new_location: Path | str) -> None:
    path = new_location
    settings = CampaignSettings(title="测试评审", issuing_authority="陕西省工业和信息化厅")
    with new_campaign(path, settings) as store:
        assert not store.read_only
    with open_campaign(path) as store, store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        assert (campaign.title, campaign.issuing_authority) == ("测试评审", "陕西省工业和信息化厅")


def test_a_closed_campaign_is_one_file_with_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "c.review"
    with new_campaign(path, CampaignSettings(title="t")) as store:
        with store.writing() as session:
            session.add(Applicant(code="a", kind="city", name="西安市"))
        assert lock_path_for(path).exists()
    assert _siblings(path) == {"c.review"}
    assert path.stat().st_mode & 0o644 == 0o644


def test_a_missing_file_and_a_missing_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CampaignFileMissing) as missing:
        open_campaign(tmp_path / "nope.review")
    assert "nope.review" in missing.value.message()
    with pytest.raises(FolderMissing):
        open_campaign(tmp_path / "no-folder" / "x.review")
    with pytest.raises(FolderMissing):
        new_campaign(tmp_path / "no-folder" / "x.review", CampaignSettings("t"))
    assert not (tmp_path / "no-folder").exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a text file\n" * 10, b"SQLite format 3\x00" + b"\x00" * 84],
    ids=["empty", "text", "bare-header"],
)
def test_files_that_are_not_campaigns_are_refused_and_left_alone(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "x.review"
    path.write_bytes(content)
    with pytest.raises(NotACampaign):
        open_campaign(path)
    assert path.read_bytes() == content
    assert _siblings(path) == {"x.review"}


def test_another_sqlite_database_is_not_a_campaign(tmp_path: Path) -> None:
    path = tmp_path / "other.review"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    before = _digest(path)
    with pytest.raises(NotACampaign):
        open_campaign(path)
    assert _digest(path) == before


def test_a_campaign_from_a_newer_version_is_refused_unchanged(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    before = _digest(demo_file)
    with pytest.raises(CampaignFromNewerVersion) as refused:
        open_campaign(demo_file)
    assert "9999_future" in refused.value.message()
    assert _digest(demo_file) == before
    assert _siblings(demo_file) == {demo_file.name}


def test_a_damaged_campaign_is_refused_unchanged(demo_file: Path) -> None:
    data = bytearray(demo_file.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size  # the header writes 65536 as 1
    data[100:page_size] = b"\xff" * (page_size - 100)  # the schema page
    demo_file.write_bytes(bytes(data))
    before = _digest(demo_file)
    with pytest.raises(CampaignCorrupt):
        open_campaign(demo_file)
    assert _digest(demo_file) == before


def test_a_second_writer_is_told_who_has_the_file_and_may_read(
    demo_campaign: Path | str,
) -> None:
    with open_campaign(demo_campaign) as first:
        with pytest.raises(CampaignLocked) as locked:
            open_campaign(demo_campaign)
        assert str(os.getpid()) in locked.value.message()
        with open_campaign(demo_campaign, read_only=True) as reader:
            assert reader.read_only
            with reader.reading() as session:
                assert session.scalar(select(func.count(Applicant.id))) == 17
        assert first.lock is not None
    with open_campaign(demo_campaign) as again:
        assert not again.read_only


def _writer_in_another_process(path: Path) -> subprocess.Popen[str]:
    """A process that opens `path` for writing and holds it until told (a line) or killed."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from reviewer.store.storage import open_campaign
            store = open_campaign({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
            store.close()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    return holder


def test_a_writer_in_another_process_locks_out_this_one(demo_file: Path) -> None:
    holder = _writer_in_another_process(demo_file)
    try:
        with pytest.raises(CampaignLocked) as locked:
            open_campaign(demo_file)
        assert str(holder.pid) in locked.value.message()
    finally:
        holder.communicate("\n", timeout=30)  # closes its pipes too
    assert holder.returncode == 0
    with open_campaign(demo_file) as store:
        assert not store.read_only


def test_the_lock_of_a_killed_writer_does_not_stick(demo_file: Path) -> None:
    holder = _writer_in_another_process(demo_file)
    holder.kill()
    holder.communicate(timeout=30)
    with open_campaign(demo_file) as store:
        assert not store.read_only


def test_read_only_campaigns_refuse_writes(demo_file: Path) -> None:
    with (
        open_campaign(demo_file, read_only=True) as store,
        pytest.raises(CampaignReadOnly),
        store.writing(),
    ):
        pass
    assert _siblings(demo_file) == {demo_file.name}


def test_a_file_without_write_permission_opens_read_only(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests may run as root, for whom permission bits do not deny writing; pretend
    # the operating system says no, as it does on read-only media.
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode)
    )
    before = _digest(demo_file)
    with open_campaign(demo_file) as store:
        assert store.read_only and store.read_only_reason == "permissions"
        assert store.lock is None
    assert _digest(demo_file) == before


def test_creating_over_an_existing_file_needs_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "c.review"
    path.write_text("precious")
    with pytest.raises(CampaignFileExists):
        new_campaign(path, CampaignSettings("t"))
    assert path.read_text() == "precious"
    new_campaign(path, CampaignSettings("t"), overwrite=True).close()
    with open_campaign(path):
        pass


def test_a_campaign_open_for_writing_is_never_overwritten(demo_file: Path) -> None:
    with open_campaign(demo_file):
        before = _digest(demo_file)
        with pytest.raises(CampaignLocked):
            new_campaign(demo_file, CampaignSettings("t"), overwrite=True)
        assert _digest(demo_file) == before


def test_a_failure_while_creating_leaves_nothing_behind(tmp_path: Path) -> None:
    def fill(session: object) -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        create_campaign_file(tmp_path / "c.review", fill)
    assert list(tmp_path.iterdir()) == []


def test_save_a_copy_writes_a_campaign_that_opens_with_the_same_data(
    demo_campaign: Path | str, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.review"
    with open_campaign(demo_campaign) as store:
        save_copy(store, copy)
        if isinstance(demo_campaign, Path):
            with pytest.raises(CampaignFileExists):
                save_copy(store, demo_campaign)
        original = overview.info(store)
    with open_campaign(copy) as store:
        copied = overview.info(store)
    assert copied["applications"] == 17
    assert {**copied, "path": ""} == {**original, "path": ""}
    assert _siblings(copy) >= {"copy.review"}
    assert not any(name.startswith(".copy") for name in _siblings(copy))


def test_stale_wal_files_beside_a_new_campaign_are_not_taken_for_its_own(
    demo_file: Path, tmp_path: Path
) -> None:
    """A campaign deleted by hand after a crash leaves -wal and -shm behind; a new
    campaign of the same name must not read them as its own."""
    with open_campaign(demo_file) as store, store.writing() as session:
        session.add(Applicant(code="x", kind="city", name="某市"))
    wal = demo_file.with_name(demo_file.name + "-wal")
    shm = demo_file.with_name(demo_file.name + "-shm")
    wal.write_bytes(b"\x37\x7f\x06\x82" + bytes(4096))  # what a crashed writer leaves
    shm.write_bytes(bytes(32768))
    demo_file.unlink()
    with new_campaign(demo_file, CampaignSettings("新评审")) as store:
        assert overview.info(store)["applications"] == 0
    assert not wal.exists() and not shm.exists()


def test_a_full_disk_while_scoring_loses_nothing_saved(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reviewer.errors import CampaignSaveFailed
    from reviewer.scoring import expert_scoring
    from reviewer.scoring.expert_scoring import (
        accept_commitment,
        confirm_conflicts,
        kit_state,
        save_score,
        scoring_form,
    )
    from reviewer.scoring.kits import export_kit
    from tests.disk import disk_full

    kit_path = tmp_path / "E06.review"
    with open_campaign(demo_file) as store:
        export_kit(store, "E06", kit_path)
    with open_campaign(kit_path) as kit:
        confirm_conflicts(kit, {})
        accept_commitment(kit)
        application = kit_state(kit).assignments[0].application_id
        first, second = scoring_form(kit, application).entries[:2]
        save_score(kit, application, first.criterion.id, first.criterion.step, "已保存")
        monkeypatch.setattr(expert_scoring, "COMMENT_LIMIT", 10**6)  # one comment, many pages
        with disk_full(kit):
            with pytest.raises(CampaignSaveFailed) as refused:
                # A long comment needs new pages, which the full disk cannot give.
                save_score(kit, application, second.criterion.id, Decimal(1), "长" * 300_000)
            assert "the disk is full" in str(refused.value)
            assert "everything saved before it is safe" in str(refused.value)
        entries = scoring_form(kit, application).entries
        assert (entries[0].value, entries[0].comment) == (first.criterion.step, "已保存")
        assert entries[1].value == second.value  # nothing half-written
        save_score(kit, application, second.criterion.id, Decimal(1), "磁盘空间已释放")
    with sqlite3.connect(kit_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    with open_campaign(kit_path) as kit:
        assert scoring_form(kit, application).entries[1].comment == "磁盘空间已释放"
