"""Opening the files people hand in: ordinary files only, and only within limits.

Score files, workbooks and packages come from USB sticks, mail and shared folders, and a
path may name something that is not a file at all: a FIFO, which blocks its reader until
someone writes to it; a device such as /dev/zero, which never ends; a socket; a folder;
or, inside a folder being walked, a link to a private file outside it. Every reader of
outside input opens through here. The path is opened without blocking (so a FIFO opens at
once instead of hanging), and without following a link where the caller walks a folder;
then the open descriptor, not the name (which could change in between), is checked to be
a regular file no larger than the caller's limit, before a byte is read.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO, cast

from reviewer.errors import FileMissing, ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.system_errors import system_words


class Inputs:
    """What each reader reads, for its messages ("larger than any {what}")."""

    SCORE_FILE = QT_TRANSLATE_NOOP("Inputs", "score file")
    EXPERT_LIST = QT_TRANSLATE_NOOP("Inputs", "expert list")
    APPLICANT_LIST = QT_TRANSLATE_NOOP("Inputs", "applicant list")
    RUBRIC_WORKBOOK = QT_TRANSLATE_NOOP("Inputs", "rubric workbook")
    APPLICATION_FORM = QT_TRANSLATE_NOOP("Inputs", "application form")
    SCORE_SHEET = QT_TRANSLATE_NOOP("Inputs", "score sheet")
    PACKAGE = QT_TRANSLATE_NOOP("Inputs", "application package (a folder or a zip file)")
    PACKAGE_FILE = QT_TRANSLATE_NOOP("Inputs", "file of an application package")
    CAMPAIGN = QT_TRANSLATE_NOOP("Inputs", "campaign file")
    COMMITMENT = QT_TRANSLATE_NOOP("Inputs", "commitment text file")
    FEEDBACK = QT_TRANSLATE_NOOP("Inputs", "feedback letter text file")


# POSIX only; Windows has neither FIFOs to block on nor this flag, and is checked by name.
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)

_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("Inputs", "a folder")),
    (stat.S_ISLNK, QT_TRANSLATE_NOOP("Inputs", "a link")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("Inputs", "a named pipe (FIFO)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("Inputs", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("Inputs", "a device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("Inputs", "a socket")),
)


class InputRefused(ReviewerError):
    """A file handed in that is not read at all; subclasses say why."""


class InputMissing(InputRefused, FileMissing):
    template = FileMissing.template


class NotAFile(InputRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is {kind}, not an ordinary file, so it was not read. Choose the {what} itself.",
    )


class InputTooLarge(InputRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is {size}, larger than any {what} ({limit} at most), so it was not read. "
        "Check that you chose the right file.",
    )


class InputUnreadable(InputRefused):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot read {path}: {detail}. Check that you may read it and that the disk or USB "
        "stick is connected.",
    )


def special_kind(mode: int) -> str | None:
    """What a file of this `st_mode` is, in the user's language, unless a regular file."""
    if stat.S_ISREG(mode):
        return None
    for test, kind in _KINDS:
        if test(mode):
            return translate("Inputs", kind)
    return translate("Inputs", "not an ordinary file")


def size_text(size: int) -> str:
    """A size as people read it: 2.4 GB, 8 MB, 8.5 MB, 12 KB, 300 B."""
    for unit, shift in (("GB", 30), ("MB", 20)):
        if size >= 1 << shift:
            return f"{size / (1 << shift):.1f}".removesuffix(".0") + f" {unit}"
    return f"{-(-size // 1024)} KB" if size >= 1024 else f"{size} B"


def open_input(path: Path, *, limit: int, what: str, follow_links: bool = True) -> BinaryIO:
    """`path` opened for reading, once it is known to be a regular file of at most `limit`
    bytes; raises `InputRefused` (a subclass naming the path) otherwise.

    Args:
        limit: the largest size the caller reads; a larger file is refused unread.
        what: what the caller reads (`SCORE_FILE`...), for the messages.
        follow_links: False where the caller walks a folder: a link in it is refused
            rather than followed, since it may point anywhere on the disk. A path the
            user chose may be a link to a regular file, and is followed.
    """
    path = Path(path)
    # What the name is, first: a FIFO, a device or a socket is refused without being
    # opened (opening some devices acts on them). The open descriptor is checked again
    # below, since the name may be given to something else in between.
    _check(path, _stat(path, follow_links), limit, what)
    flags = os.O_RDONLY | _BINARY | _NONBLOCK | (0 if follow_links else _NOFOLLOW)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        # ELOOP: a link refused by O_NOFOLLOW; ENXIO: a socket, which cannot be opened.
        if error.errno in (errno.ELOOP, errno.ENXIO):
            _check(path, _stat(path, follow_links=False), limit, what)
        raise _unreadable(path, error) from error
    try:
        _check(path, os.fstat(descriptor), limit, what)
        if _NONBLOCK:
            os.set_blocking(descriptor, True)
        return cast(BinaryIO, os.fdopen(descriptor, "rb"))
    except BaseException:
        os.close(descriptor)
        raise


def read_input(path: Path, *, limit: int, what: str, follow_links: bool = True) -> bytes:
    """The whole of `path`, read through `open_input`; a file that grew past `limit`
    since it was checked is refused all the same."""
    with open_input(path, limit=limit, what=what, follow_links=follow_links) as stream:
        try:
            # As much as the file holds and one byte more, to tell one that grew: asking
            # for `limit` bytes would allocate them all for every file.
            expected = os.fstat(stream.fileno()).st_size
            data = stream.read(expected + 1)
            if len(data) > expected:
                data += stream.read(limit - len(data) + 1)
        except OSError as error:
            raise _unreadable(Path(path), error) from error
    if len(data) > limit:
        raise InputTooLarge(
            path=str(path),
            size=size_text(len(data)),
            what=translate("Inputs", what),
            limit=size_text(limit),
        )
    return data


def _stat(path: Path, follow_links: bool) -> os.stat_result:
    try:
        return path.stat() if follow_links else path.lstat()
    except OSError as error:
        raise _unreadable(path, error) from error


def _check(path: Path, info: os.stat_result, limit: int, what: str) -> None:
    kind = special_kind(info.st_mode)
    if kind is not None:
        raise NotAFile(path=str(path), kind=kind, what=translate("Inputs", what))
    if info.st_size > limit:
        raise InputTooLarge(
            path=str(path),
            size=size_text(info.st_size),
            what=translate("Inputs", what),
            limit=size_text(limit),
        )


def _unreadable(path: Path, error: OSError) -> InputRefused:
    if isinstance(error, FileNotFoundError):
        return InputMissing(path=str(path))
    return InputUnreadable(path=str(path), detail=system_words(error, reading=True))
