"""Opening what people hand in: ordinary files within the caller's limit, nothing else."""

from __future__ import annotations

import os
import socket
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from reviewer.errors import FileMissing
from reviewer.inputs import files as input_files
from reviewer.inputs.files import (
    InputMissing,
    Inputs,
    InputTooLarge,
    NotAFile,
    open_input,
    read_input,
    size_text,
)
from reviewer.inputs.zip_directory import declared_entries

posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def read(path: Path, limit: int = 10, follow_links: bool = True) -> bytes:
    return read_input(path, limit=limit, what=Inputs.SCORE_FILE, follow_links=follow_links)


def test_a_file_within_the_limit_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "E01.json"
    path.write_bytes(b"0123456789")
    assert read(path) == b"0123456789"
    with open_input(path, limit=10, what=Inputs.SCORE_FILE) as stream:
        assert stream.read(4) == b"0123"  # a blocking stream, as any file's


def test_a_file_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "E01.json"
    path.write_bytes(b"0" * 11)
    with pytest.raises(InputTooLarge) as refused:
        read(path)
    assert refused.value.message() == (
        f"{path} is 11 B, larger than any score file (10 B at most), so it was not read. "
        "Check that you chose the right file."
    )


def test_a_missing_file_is_named_as_missing(tmp_path: Path) -> None:
    with pytest.raises(InputMissing) as missing:
        read(tmp_path / "E01.json")
    assert isinstance(missing.value, FileMissing)
    assert missing.value.message().startswith(f"The file {tmp_path / 'E01.json'} does not exist.")


def test_a_folder_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(NotAFile, match="is a folder, not an ordinary file"):
        read(tmp_path)


@posix_only
def test_a_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    path = tmp_path / "E01.json"
    os.mkfifo(path)
    with pytest.raises(NotAFile, match=r"is a named pipe \(FIFO\), not an ordinary file"):
        read(path)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no Unix sockets on this system")
def test_a_socket_is_refused_by_name(tmp_path: Path) -> None:
    path = tmp_path / "s"
    with socket.socket(socket.AF_UNIX) as listening:
        try:
            listening.bind(str(path))
        except OSError:  # the path is too long for a socket's address
            pytest.skip("cannot bind a socket here")
        with pytest.raises(NotAFile, match="is a socket, not an ordinary file"):
            read(path)


@posix_only
def test_a_link_is_followed_only_where_the_caller_allows(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(b"{}")
    link = tmp_path / "E01.json"
    link.symlink_to(real)
    assert read(link) == b"{}"
    with pytest.raises(NotAFile, match="is a link, not an ordinary file"):
        read(link, follow_links=False)


def test_without_non_blocking_opens_the_path_is_checked_before_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on Windows: no O_NONBLOCK, so the name is checked before it is opened."""
    monkeypatch.setattr(input_files, "_NONBLOCK", 0)
    monkeypatch.setattr(input_files, "_NOFOLLOW", 0)
    with pytest.raises(NotAFile, match="is a folder"):
        read(tmp_path)
    big = tmp_path / "E01.json"
    big.write_bytes(b"0" * 11)
    with pytest.raises(InputTooLarge):
        read(big)
    assert read(big, limit=11) == b"0" * 11


def test_sizes_read_as_people_write_them() -> None:
    assert [size_text(n) for n in (0, 1500, 8 << 20, (17 << 19), int(2.4 * (1 << 30)))] == [
        "0 B",
        "2 KB",
        "8 MB",
        "8.5 MB",
        "2.4 GB",
    ]


def test_a_zip_s_entries_are_counted_from_its_end_record() -> None:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.comment = b"x" * 1000
        for number in range(70_000):  # more than the end record's 16 bits: zip64
            archive.writestr(str(number), b"")
    buffer.seek(7)
    assert declared_entries(buffer) == 70_000
    assert buffer.tell() == 7
    assert declared_entries(BytesIO(b"not a zip")) is None


@posix_only
@pytest.mark.parametrize("special", ["fifo", "device"])
def test_a_special_file_is_refused_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, special: str
) -> None:
    """Opening some devices acts on them (a tape rewinds, a modem answers): what the
    name is decides first."""
    if special == "fifo":
        path = tmp_path / "pipe.json"
        os.mkfifo(path)
    else:
        path = Path("/dev/null")
    opened: list[str] = []
    real_open = os.open

    def recording(name: object, *args: object, **kwargs: object) -> int:
        opened.append(str(name))
        return real_open(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(input_files.os, "open", recording)
    with pytest.raises(NotAFile):
        read(path)
    assert str(path) not in opened
