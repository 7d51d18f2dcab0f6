"""reviewer.store.outputs: names made safe, destinations checked, files written whole."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest

from reviewer.errors import CampaignFileExists, FolderMissing
from reviewer.store.outputs import (
    MAX_NAME_BYTES,
    PARTIAL,
    DiskFull,
    FileNameTooLong,
    OutputExists,
    OutputInBackups,
    OutputIsCampaign,
    OutputIsFolder,
    OutputIsOpenCampaign,
    OutputNotAFile,
    OutputNotAFolder,
    check_destination,
    check_folder,
    is_campaign_file,
    safe_file_name,
    write_file,
)

# ------------------------------------------------------------------ safe_file_name


def test_path_separators_become_full_width_look_alikes() -> None:
    assert safe_file_name("甲/乙", ".pdf") == "甲／乙.pdf"
    assert safe_file_name("甲\\乙") == "甲＼乙"
    assert safe_file_name("../../etc/passwd") == "．.／..／etc／passwd"


def test_characters_windows_refuses_become_look_alikes() -> None:
    assert safe_file_name('a:b*c?d"e<f>g|h') == "a：b＊c？d＂e＜f＞g｜h"


@pytest.mark.parametrize(
    "text", ["a\x00b", "a\x1b[31mb", "a\nb", "a\rb", "a\x7fb", "a\x9bb", "a\u202eb", "a\udcffb"]
)
def test_control_characters_and_undecodable_bytes_become_underscores(text: str) -> None:
    name = safe_file_name(text)
    assert name.startswith("a_") and name.endswith("b")
    name.encode("utf-8")  # no lone surrogate left


@pytest.mark.parametrize(
    ("text", "suffix", "expected"),
    [
        ("CON", "", "_CON"),
        ("con", ".pdf", "_con.pdf"),
        ("Nul.txt", "", "_Nul.txt"),
        ("COM1", ".xlsx", "_COM1.xlsx"),
        ("lpt9", "", "_lpt9"),
        ("AUX ", ".pdf", "_AUX.pdf"),
        ("COM10", "", "COM10"),
        ("CONSOLE", "", "CONSOLE"),
        ("西安CON", "", "西安CON"),
    ],
)
def test_windows_device_names_get_a_prefix(text: str, suffix: str, expected: str) -> None:
    assert safe_file_name(text, suffix) == expected


def test_trailing_dots_and_spaces_are_removed() -> None:
    assert safe_file_name("报告. . ") == "报告"
    assert safe_file_name("报告.", ".pdf") == "报告..pdf"  # ends in the suffix: kept


def test_a_leading_dot_does_not_hide_the_file() -> None:
    assert safe_file_name(".bashrc") == "．bashrc"


@pytest.mark.parametrize("text", ["", "   ", ".", "..", "...", " . "])
def test_an_empty_name_gets_the_fallback(text: str) -> None:
    assert safe_file_name(text, ".pdf") == "未命名.pdf"
    assert safe_file_name(text, fallback="file") == "file"


@pytest.mark.parametrize("text", ["x" * 300, "中" * 300, "𠀀" * 100, "e\u0301" * 200])
def test_a_long_name_is_cut_visibly_within_255_bytes(text: str) -> None:
    name = safe_file_name(text, ".pdf")
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert name.endswith("….pdf")
    assert text.startswith(name.removesuffix("….pdf"))
    assert len(name.encode("utf-8")) > MAX_NAME_BYTES - 8  # not cut shorter than need be


def test_a_name_within_255_bytes_is_kept_whole() -> None:
    text = "中" * 83  # 249 bytes, and ".pdf" makes 253
    assert safe_file_name(text, ".pdf") == text + ".pdf"


def test_a_combining_mark_is_not_left_on_the_ellipsis() -> None:
    name = safe_file_name("e\u0301" * 200)
    assert not name.removesuffix("…").endswith("e")  # each letter kept with its mark


def test_safe_names_are_files_the_disk_takes(tmp_path: Path) -> None:
    for text in ("甲/乙", "CON", "a\x1b[31mb", "中" * 300, "..", "a\udcffb"):
        (tmp_path / safe_file_name(text, ".pdf")).write_bytes(b"%PDF")
    assert len(list(tmp_path.iterdir())) == 6


# ------------------------------------------------------------------ check_destination


@pytest.fixture
def campaign(demo_file: Path) -> Path:
    return demo_file


def test_a_new_file_in_an_existing_folder_is_fine(tmp_path: Path, campaign: Path) -> None:
    check_destination(tmp_path / "out.xlsx", force=False, campaign=campaign)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(FolderMissing):
        check_destination(tmp_path / "nowhere" / "out.xlsx", force=True)


def test_an_existing_file_is_replaced_only_with_force(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("mine")
    with pytest.raises(OutputExists) as refused:
        check_destination(other, force=False)
    assert "--force" in refused.value.message() and str(other) in refused.value.message()
    assert isinstance(refused.value, CampaignFileExists)  # what callers caught before
    check_destination(other, force=True)


@pytest.mark.parametrize("force", [False, True])
def test_the_open_campaign_is_refused_however_spelled(
    tmp_path: Path, campaign: Path, force: bool
) -> None:
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.xlsx"
    link.symlink_to(campaign)
    hard = tmp_path / "sub" / "hard.xlsx"
    os.link(campaign, hard)
    for spelling in (
        campaign,
        tmp_path / "sub" / ".." / campaign.name,
        link,
        hard,
        campaign.with_name(campaign.name + "-wal"),
        campaign.with_name(campaign.name + "-shm"),
        campaign.with_name(campaign.name + "-journal"),
        campaign.with_name(campaign.name + "-lock"),
    ):
        with pytest.raises(OutputIsCampaign) as refused:
            check_destination(spelling, force=force, campaign=campaign)
        assert str(spelling) in refused.value.message()
    with pytest.raises(OutputIsOpenCampaign):
        check_destination(campaign, force=True, campaign=campaign, replaces_campaign=True)


def test_any_campaign_file_is_refused_even_with_force(tmp_path: Path, campaign: Path) -> None:
    other = tmp_path / "other-panel.xlsx"  # a campaign whatever its name says
    shutil.copyfile(campaign, other)
    with pytest.raises(OutputIsCampaign):
        check_destination(other, force=True)
    with pytest.raises(OutputIsCampaign):  # and what SQLite keeps beside it
        check_destination(other.with_name(other.name + "-wal"), force=True)
    assert is_campaign_file(other) and not is_campaign_file(tmp_path)


def test_another_campaign_may_be_replaced_by_a_campaign_with_force(
    tmp_path: Path, campaign: Path
) -> None:
    other = tmp_path / "other.review"
    shutil.copyfile(campaign, other)
    with pytest.raises(CampaignFileExists):
        check_destination(other, force=False, campaign=campaign, replaces_campaign=True)
    check_destination(other, force=True, campaign=campaign, replaces_campaign=True)


def test_nothing_is_written_into_a_campaigns_backups(tmp_path: Path, campaign: Path) -> None:
    backups = campaign.with_name(campaign.stem + ".backups")
    (backups / "deeper").mkdir(parents=True)
    for inside in (backups / "x.xlsx", backups / "deeper" / "x.pdf"):
        with pytest.raises(OutputInBackups):
            check_destination(inside, force=True, campaign=campaign)
        with pytest.raises(OutputInBackups):  # any campaign's, not only the open one's
            check_destination(inside, force=True)
    with pytest.raises(OutputInBackups):
        check_folder(backups / "documents", campaign=campaign)


def test_a_folder_a_device_and_a_pipe_are_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputIsFolder):
        check_destination(tmp_path, force=True)
    with pytest.raises(OutputNotAFile):
        check_destination(Path(os.devnull), force=True)
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.xlsx"
        os.mkfifo(fifo)
        with pytest.raises(OutputNotAFile):  # refused without being opened: no hang
            check_destination(fifo, force=True)


def test_a_link_to_nothing_is_an_existing_file(tmp_path: Path) -> None:
    dangling = tmp_path / "gone.xlsx"
    dangling.symlink_to(tmp_path / "nowhere")
    with pytest.raises(OutputExists):
        check_destination(dangling, force=False)
    check_destination(dangling, force=True)


def test_a_name_too_long_for_the_disk_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(FileNameTooLong) as refused:
        check_destination(tmp_path / ("评" * 100 + ".xlsx"), force=True)
    assert "255" in refused.value.message()


def test_a_folder_to_write_into_is_not_a_file(tmp_path: Path, campaign: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    with pytest.raises(OutputNotAFolder):
        check_folder(notes)
    with pytest.raises(OutputIsCampaign):
        check_folder(campaign)
    check_folder(tmp_path / "new", campaign=campaign)


# ------------------------------------------------------------------ write_file


def test_a_file_is_written_whole_with_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "out.bin"
    write_file(out, b"data")
    assert out.read_bytes() == b"data"
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
    write_file(out, lambda stream: stream.write(b"streamed"))
    assert out.read_bytes() == b"streamed"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_255_byte_name_is_written(tmp_path: Path) -> None:
    name = safe_file_name("中" * 300, ".pdf")
    write_file(tmp_path / name, b"%PDF")
    assert (tmp_path / name).read_bytes() == b"%PDF"


def test_a_failed_write_leaves_the_earlier_file_and_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.bin"
    out.write_bytes(b"earlier")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DiskFull) as refused:
        write_file(out, b"new")
    assert str(out) in refused.value.message()
    assert out.read_bytes() == b"earlier"
    assert not list(tmp_path.glob(f"{PARTIAL}*"))


def test_a_writer_that_fails_leaves_nothing(tmp_path: Path) -> None:
    def broken(stream: object) -> None:
        raise RuntimeError("a bug")

    with pytest.raises(RuntimeError):
        write_file(tmp_path / "out.bin", broken)
    assert not list(tmp_path.iterdir())


def test_a_name_the_disk_refuses_becomes_a_message(tmp_path: Path) -> None:
    out = tmp_path / ("x" * 300)
    with pytest.raises(FileNameTooLong):
        write_file(out, b"data")
    assert not list(tmp_path.iterdir())
