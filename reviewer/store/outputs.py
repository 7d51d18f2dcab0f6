"""Where and how Reviewer writes files for the user: documents, workbooks, sheets, exports.

Three rules hold for every file Reviewer writes outside a campaign:

- **Names from user data are made safe** (`safe_file_name`): an expert called "甲/乙", an
  applicant with a 300-byte name or a package file called "CON" becomes one ordinary
  file name in the folder it was meant for, readable and at most 255 bytes.
- **A destination is checked before any work is done** (`check_destination`): Reviewer
  never writes onto the open campaign, its working files (-wal, -shm, -journal, -lock),
  anything in a campaign's backups folder, or any other campaign file, whatever the user
  asked; an existing other file is replaced only when the user said so (`--force`, or the
  file dialog's overwrite confirmation).
- **A file appears whole or not at all** (`write_file`): it is written under a short
  temporary name in the same folder, flushed to the disk and renamed into place, so a
  full disk, a power cut or a name the disk refuses never leaves a cut-off file under
  the real name, nor harms the file it was to replace.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO, cast

from reviewer.errors import CampaignFileExists, CampaignNotWritable, FolderMissing, ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.store.backups import backups_folder
from reviewer.store.storage import SUFFIX, is_campaign_header, read_header
from reviewer.store.writer_lock import lock_path_for

MAX_NAME_BYTES = 255
# The temporary name a file is written under: short, so that a destination name of 255
# bytes still has a temporary name the disk accepts; what a killed process left under it
# is recognised by the prefix (reviewer.documents.report clears them).
PARTIAL = ".partial-"
PARTIAL_TOKEN_BYTES = 4


def is_partial_file(name: str) -> bool:
    """Whether `name` is one of `write_file`'s temporary names (prefix and 8 hex digits),
    not merely a file someone else called ".partial-...": only those are cleared."""
    token = name.removeprefix(PARTIAL)
    return (
        token != name
        and len(token) == 2 * PARTIAL_TOKEN_BYTES
        and all(c in "0123456789abcdef" for c in token)
    )


ELLIPSIS = "…"
FALLBACK = "未命名"
# What SQLite and the writer lock keep beside a campaign file while it is open.
WORKING_FILES = ("-wal", "-shm", "-journal", lock_path_for(Path("x")).name.removeprefix("x"))
_BACKUPS = backups_folder(Path("x" + SUFFIX)).name.removeprefix("x")  # ".backups"

# Characters Windows refuses in a name, as their full-width look-alikes: "甲/乙" stays
# readable as "甲／乙" instead of becoming a folder or a gap.
_LOOKALIKES = str.maketrans(
    {
        "/": "／",
        "\\": "＼",
        ":": "：",
        "*": "＊",
        "?": "？",
        '"': "＂",
        "<": "＜",
        ">": "＞",
        "|": "｜",
    }
)
# Control characters (C0, DEL, C1), the bidirectional overrides that make a name read
# as another ("exe.pdf" shown as "fdp.exe"), and lone surrogates (bytes of a name that
# was not UTF-8): none belongs in a file name.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
_NUMBERED = {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
WINDOWS_RESERVED = frozenset(_DEVICES | _NUMBERED)

Writer = Callable[[BinaryIO], None]


class OutputExists(CampaignFileExists):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The file {path} already exists. Choose another name, or have Reviewer replace it "
        "(--force on the command line).",
    )


class OutputIsCampaign(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a Reviewer campaign file, or one of the files SQLite keeps beside a "
        "campaign. Reviewer never writes over a campaign, even when asked to replace the "
        "file; choose another name.",
    )


class OutputIsOpenCampaign(OutputIsCampaign):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is the campaign {campaign} itself, or one of the files SQLite keeps beside "
        "it. Reviewer never writes over the campaign it is working on; choose another name.",
    )


class OutputInBackups(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is in {folder}, where a campaign's automatic backups are kept. Reviewer "
        "writes nothing there; choose another folder.",
    )


class OutputIsFolder(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a folder. Give the name of a file to write, in that folder or elsewhere.",
    )


class OutputNotAFolder(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a file, not a folder. Choose a folder to write into, or a name that "
        "does not exist yet.",
    )


class OutputNotAFile(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is not an ordinary file (a device, a pipe or a socket). Reviewer does not "
        "write there; choose another name.",
    )


class FileNameTooLong(CampaignNotWritable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {path}: the file name is too long for the disk (at most 255 bytes, "
        "about 85 Chinese characters). Choose a shorter name.",
    )


class DiskFull(CampaignNotWritable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {path}: the disk is full. Free some space and do it again; nothing "
        "was written and no earlier file was changed.",
    )


class WriteDenied(CampaignNotWritable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot write {path}: you may not write there, or the disk is read-only. Choose a "
        "folder you may write to.",
    )


# ------------------------------------------------------------------ names


def safe_file_name(text: str, suffix: str = "", *, fallback: str = FALLBACK) -> str:
    """A file name made from user data (`text`) and Reviewer's own `suffix` (".pdf").

    Path separators and the other characters Windows refuses become full-width
    look-alikes, control characters "_"; a leading dot (a hidden file, "..") becomes a
    full-width dot; trailing dots and spaces, which Windows drops, are removed; Windows'
    device names (CON, NUL, COM1, also "con.txt") get a "_" in front; an empty name
    becomes `fallback`. A name longer than 255 bytes in UTF-8 is cut, visibly, with "…"
    before the suffix.
    """
    stem = _UNSAFE.sub("_", text.translate(_LOOKALIKES)).strip()
    suffix = _UNSAFE.sub("_", suffix.translate(_LOOKALIKES))
    if not suffix or suffix[-1] in " .":
        stem, suffix = (stem + suffix).rstrip(" ."), ""
    if not stem.strip(" ."):
        stem = fallback
    if stem.startswith("."):
        stem = "．" + stem[1:]
    if _reserved(stem + suffix):
        stem = "_" + stem
    return _fitted(stem, suffix)


def _reserved(name: str) -> bool:
    """Whether Windows takes `name` for a device: the part before the first dot, without
    trailing spaces, in any case ("con", "Nul.txt", "COM1 .pdf")."""
    return name.split(".", 1)[0].rstrip(" ").upper() in WINDOWS_RESERVED


def _fitted(stem: str, suffix: str) -> str:
    """`stem + suffix` within MAX_NAME_BYTES, the stem cut with an ellipsis if need be."""
    if _size(stem + suffix) <= MAX_NAME_BYTES:
        return stem + suffix
    if _size(suffix) > MAX_NAME_BYTES // 4:  # not a real suffix: cut the whole name
        stem, suffix = stem + suffix, ""
    budget = MAX_NAME_BYTES - _size(suffix) - _size(ELLIPSIS)
    kept, size = [], 0
    for char in stem:
        size += _size(char)
        if size > budget:
            break
        kept.append(char)
    if len(kept) < len(stem) and unicodedata.combining(stem[len(kept)]):
        # The letter whose mark did not fit goes too, with its other marks: a letter
        # without its accent is another letter.
        while kept and unicodedata.combining(kept[-1]):
            kept.pop()
        if kept:
            kept.pop()
    return "".join(kept) + ELLIPSIS + suffix


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def name_too_long(name: str) -> bool:
    """Whether the disk refuses `name` for its length: 255 bytes on Linux and macOS,
    255 UTF-16 units on Windows."""
    if sys.platform == "win32":
        return len(name.encode("utf-16-le")) // 2 > MAX_NAME_BYTES
    return len(os.fsencode(name)) > MAX_NAME_BYTES


# ------------------------------------------------------------------ destinations


def check_destination(
    path: Path,
    *,
    force: bool,
    campaign: Path | None = None,
    replaces_campaign: bool = False,
) -> None:
    """Refuse, before any work is done, to write a file at `path` that must not be
    written: the open `campaign` (however spelled: another path, a link, a hard link),
    its working files, anything in a campaign's backups folder, any other campaign file,
    a folder or a device. An existing other file is replaced only with `force`.

    `replaces_campaign`: the output is itself a campaign (`reviewer copy`, `demo`), so
    another campaign may be replaced with `force`; never the open one or its backups.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise FolderMissing(folder=path.parent)
    _refuse_protected(path, campaign)
    if name_too_long(path.name):
        raise FileNameTooLong(path=path)
    try:
        found = path.stat()
    except FileNotFoundError:
        if os.path.lexists(path) and not force:  # a link to nothing: still a file there
            raise OutputExists(path=path) from None
        return
    except OSError as exc:
        raise _write_error(path, exc) from exc
    if stat.S_ISDIR(found.st_mode):
        raise OutputIsFolder(path=path)
    if not stat.S_ISREG(found.st_mode):
        raise OutputNotAFile(path=path)
    if not replaces_campaign and is_campaign_file(path):
        raise OutputIsCampaign(path=path)
    if not force:
        if replaces_campaign:
            raise CampaignFileExists(path=path)
        raise OutputExists(path=path)


def check_folder(folder: Path, *, campaign: Path | None = None) -> None:
    """Refuse a folder to write files into (or to create) that is a campaign's backups
    folder or inside one, or that is a file (the campaign itself, say)."""
    folder = Path(folder)
    _refuse_protected(folder, campaign)
    if folder.exists() and not folder.is_dir():
        if is_campaign_file(folder):
            raise OutputIsCampaign(path=folder)
        raise OutputNotAFolder(path=folder)


def _refuse_protected(path: Path, campaign: Path | None) -> None:
    """The open campaign, its working files and its backups, and every campaign's
    working files and backups, compared after resolving links and `..`."""
    target = path.resolve()
    if campaign is not None:
        own = campaign.resolve()
        for protected in (own, *(own.with_name(own.name + w) for w in WORKING_FILES)):
            if target == protected or _same_file(path, protected):
                raise OutputIsOpenCampaign(path=path, campaign=campaign)
        backups = backups_folder(own)
        if target == backups or target.is_relative_to(backups):
            raise OutputInBackups(path=path, folder=backups)
    for ending in WORKING_FILES:
        if target.name.endswith(ending) and is_campaign_file(
            target.with_name(target.name[: -len(ending)])
        ):
            raise OutputIsCampaign(path=path)
    for folder in (target, *target.parents):
        if folder.name.endswith(_BACKUPS) and is_campaign_file(
            folder.with_name(folder.name[: -len(_BACKUPS)] + SUFFIX)
        ):
            raise OutputInBackups(path=path, folder=folder)


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:  # either one does not exist (yet)
        return False


def is_campaign_file(path: Path) -> bool:
    """Whether `path` is a Reviewer campaign (a kit, a backup), known by its content.
    It is opened as every input is, so a pipe put there never hangs the check."""
    try:
        return is_campaign_header(read_header(path))
    except (ReviewerError, OSError):  # missing, not a file, unreadable: no campaign
        return False


# ------------------------------------------------------------------ writing


def write_file(path: Path, content: bytes | Writer) -> None:
    """Write `content` (bytes, or a function writing to a binary stream) to `path`
    whole: under a temporary name in the same folder, flushed to the disk, then renamed
    into place. On any failure the temporary file is removed and `path` is as it was;
    a disk's refusal becomes a message saying what to do. The caller has checked the
    destination (`check_destination`)."""
    with partial_file(path) as out:
        if isinstance(content, bytes):
            out.write(content)
        else:
            content(out)


@contextlib.contextmanager
def partial_file(path: Path) -> Iterator[BinaryIO]:
    """A stream to write `path` through, as `write_file` does, for a writer that yields
    progress between its writes (the archive): the file appears under its real name
    only when the block ends normally; an error or a job stopped early leaves nothing."""
    path = Path(path)
    handle, temp = _create_partial(path)
    try:
        with os.fdopen(handle, "wb") as out:
            yield cast(BinaryIO, out)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise _write_error(path, exc) from exc
        raise
    _sync_folder(path.parent)


def _create_partial(path: Path) -> tuple[int, Path]:
    """A new, empty temporary file beside `path`, with the permissions a new file gets
    (mkstemp's would be the owner's only)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        temp = path.with_name(PARTIAL + secrets.token_hex(PARTIAL_TOKEN_BYTES))
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
        except OSError as exc:
            raise _write_error(path, exc) from exc
    raise CampaignNotWritable(path=path, detail=PARTIAL)  # pragma: no cover


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a disk that cannot is no failure."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _write_error(path: Path, exc: OSError) -> ReviewerError:
    """The disk's refusal, as a message naming the file and saying what to do."""
    if exc.errno == errno.ENAMETOOLONG:
        return FileNameTooLong(path=path)
    if exc.errno in {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}:
        return DiskFull(path=path)
    if exc.errno in {errno.EACCES, errno.EPERM, errno.EROFS}:
        return WriteDenied(path=path)
    if exc.errno == errno.EISDIR:
        return OutputIsFolder(path=path)
    return CampaignNotWritable(path=path, detail=exc)
