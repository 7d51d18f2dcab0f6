"""The operating system's refusals (an `OSError`) said in the user's language.

`str(OSError)` and its `strerror` are the C library's English ("[Errno 36] File name too
long"), whatever language the user chose; a message that mixes them in reads as a crash.
So every refusal the user sees is said here by its errno, in words of our own that are
translated like every other message, and the path it concerns is named by the message
that carries these words. An errno without words of its own is named by its symbol
(ENOTSUP), which a technician can look up, never by the system's sentence.
"""

from __future__ import annotations

import errno
from pathlib import PurePath

from reviewer.i18n import QT_TRANSLATE_NOOP, translate

_NO_WRITE = QT_TRANSLATE_NOOP("SystemErrors", "no permission to write")
_NO_READ = QT_TRANSLATE_NOOP("SystemErrors", "no permission to read")
_IN_USE = QT_TRANSLATE_NOOP("SystemErrors", "the file is in use by another program")

_WORDS: dict[int, str] = {
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("SystemErrors", "the file name is too long"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("SystemErrors", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP(
        "SystemErrors", "no permission to write (the disk is read-only)"
    ),
    errno.ENOENT: QT_TRANSLATE_NOOP("SystemErrors", "the file does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("SystemErrors", "it is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("SystemErrors", "a part of the path is not a folder"),
    errno.EEXIST: QT_TRANSLATE_NOOP("SystemErrors", "the file already exists"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("SystemErrors", "the folder is not empty"),
    errno.EIO: QT_TRANSLATE_NOOP("SystemErrors", "the disk could not be read or written"),
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
    errno.EMFILE: QT_TRANSLATE_NOOP("SystemErrors", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("SystemErrors", "too many files are open"),
    errno.EXDEV: QT_TRANSLATE_NOOP("SystemErrors", "a file cannot be moved to another disk"),
    errno.ELOOP: QT_TRANSLATE_NOOP("SystemErrors", "the path has too many symbolic links"),
    errno.ENXIO: QT_TRANSLATE_NOOP("SystemErrors", "the disk or device is not connected"),
    errno.ENODEV: QT_TRANSLATE_NOOP("SystemErrors", "the disk or device is not connected"),
    errno.EFBIG: QT_TRANSLATE_NOOP("SystemErrors", "the file is too large for this disk"),
    errno.EINVAL: QT_TRANSLATE_NOOP("SystemErrors", "the name or path is not valid here"),
}
_WORDS[getattr(errno, "EDQUOT", errno.ENOSPC)] = _WORDS[errno.ENOSPC]
# Windows' own codes for what errno does not say (a file open in Excel is locked).
_WINDOWS_WORDS = {
    32: _IN_USE,
    33: _IN_USE,
    112: _WORDS[errno.ENOSPC],
    206: _WORDS[errno.ENAMETOOLONG],
}
_DENIED = {errno.EACCES, errno.EPERM}
_UNKNOWN = QT_TRANSLATE_NOOP("SystemErrors", "the system refused it (error {code})")
_REFUSED = QT_TRANSLATE_NOOP("SystemErrors", "{path}: {words}")


def system_words(error: OSError, *, reading: bool = False) -> str:
    """What went wrong, in the user's language: "the disk is full", never the system's
    English. `reading` says a refused permission was to read (else to write)."""
    winerror = getattr(error, "winerror", None)
    if winerror in _WINDOWS_WORDS:
        return translate("SystemErrors", _WINDOWS_WORDS[winerror])
    code = error.errno
    if code in _DENIED:
        return translate("SystemErrors", _NO_READ if reading else _NO_WRITE)
    if code in _WORDS:
        return translate("SystemErrors", _WORDS[code])
    name = errno.errorcode.get(code, str(code)) if code is not None else type(error).__name__
    return translate("SystemErrors", _UNKNOWN).format(code=name)


def system_message(
    error: OSError, path: str | PurePath | None = None, *, reading: bool = False
) -> str:
    """The refusal with the path it concerns named ("report.pdf: the disk is full"):
    `path`, else the one the error carries."""
    where = path if path is not None else error.filename
    words = system_words(error, reading=reading)
    if where is None:
        return words
    shown = where.decode(errors="replace") if isinstance(where, bytes) else str(where)
    return translate("SystemErrors", _REFUSED).format(path=shown, words=words)
