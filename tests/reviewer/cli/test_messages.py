"""Every message in the user's language: argparse's own words (usage errors, exit 2) and
the operating system's refusals, said by errno with the path named, never in the C
library's English."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.cli.main import EXIT_REJECTED, EXIT_USAGE
from reviewer.errors import CampaignNotWritable, SystemRefused
from reviewer.system_errors import system_message, system_words


@pytest.mark.parametrize(
    ("code", "reading", "words"),
    [
        (errno.ENAMETOOLONG, False, "the file name is too long"),
        (errno.EACCES, False, "no permission to write"),
        (errno.EPERM, True, "no permission to read"),
        (errno.EROFS, False, "no permission to write (the disk is read-only)"),
        (errno.ENOSPC, False, "the disk is full"),
        (errno.ENOENT, True, "the file does not exist"),
        (errno.EISDIR, False, "it is a folder"),
        (errno.ENOTSUP, False, "the system refused it (error ENOTSUP)"),
    ],
)
def test_an_os_error_is_said_by_its_errno_never_by_the_systems_sentence(
    code: int, reading: bool, words: str
) -> None:
    error = OSError(code, os.strerror(code), "/data/报告.pdf")
    assert system_words(error, reading=reading) == words
    assert system_message(error, reading=reading) == f"/data/报告.pdf: {words}"
    assert os.strerror(code) not in system_message(error)


def test_windows_sharing_violation_is_a_file_in_use() -> None:
    error = OSError(errno.EACCES, "The process cannot access the file")
    error.winerror = 32  # type: ignore[attr-defined]
    assert system_words(error) == "the file is in use by another program"


def test_an_os_error_given_as_a_detail_is_put_in_words() -> None:
    error = OSError(errno.ENOSPC, "No space left on device")
    message = CampaignNotWritable(path="c.review", detail=error).message()
    assert "the disk is full" in message and "No space left" not in message
    refused = SystemRefused(OSError(errno.ENAMETOOLONG, "File name too long", "x" * 300))
    assert refused.message() == "x" * 300 + ": the file name is too long. This was not done."


def _reviewer(*args: str) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("reviewer")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "ui.launcher"]
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=120)


def test_usage_errors_and_refusals_of_the_system_are_in_chinese(tmp_path: Path) -> None:
    """Through the real program in its default language, zh_CN."""
    usage = _reviewer("new", str(tmp_path / "c.review"), "--title", "t")
    assert usage.returncode == EXIT_USAGE
    assert usage.stderr.startswith("用法：reviewer new")
    assert "错误：缺少以下必需参数：--authority, --deadline" in usage.stderr
    long_name = tmp_path / ("评" * 200 + ".review")
    refused = _reviewer("new", str(long_name), "--title", "t", "--authority", "a",
                        "--deadline", "2026-07-20")  # fmt: skip
    assert refused.returncode == EXIT_REJECTED
    assert "文件名过长" in refused.stderr and "评" * 200 in refused.stderr
    assert "File name too long" not in refused.stderr


def test_the_window_says_an_os_error_in_words_too() -> None:
    from reviewer.errors import error_message

    error = PermissionError(errno.EACCES, "Permission denied", "/media/u/评审.review")
    assert error_message(error) == (
        "/media/u/评审.review: no permission to write. This was not done."
    )
    assert error_message(ValueError("x")) == "x"
