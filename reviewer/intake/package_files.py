"""Finding the files of the application packages that cities hand in.

Packages arrive as folders copied from USB sticks and as zip files, many of them made on
Chinese Windows machines whose zip tools store file names in GBK without saying so. This
module turns whatever the user points at into `Package`s: the documents found, what each
one really is (judged by its content, since names lie), and what was passed over, so the
intake can report it. File contents are only ever streamed, never held whole in memory.
"""

from __future__ import annotations

import lzma
import os
import re
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO, cast

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.inputs.files import InputRefused, Inputs, open_input
from reviewer.inputs.zip_directory import declared_entries
from reviewer.system_errors import system_words

HEAD_SIZE = 4096
"""How much of a file is read to tell its kind; zip-based kinds also read the zip directory."""

_PDF = b"%PDF-"
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")
_ZIP = b"PK\x03\x04"
_EMPTY_ZIP = b"PK\x05\x06"
_RAR = b"Rar!\x1a\x07"
_SEVEN_ZIP = b"7z\xbc\xaf\x27\x1c"
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_SEEK_CHUNK = 1 << 16

# Word occasionally names its main part document2.xml; both are Word documents.
_DOCX_PART = re.compile(r"word/document\d*\.xml")
_XLSX_PART = "xl/workbook.xml"
_DRIVE = re.compile(r"[A-Za-z]:")

_SYSTEM_FILES = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini"})
_SYSTEM_FOLDERS = frozenset({"__macosx", "$recycle.bin", "system volume information"})
# Old Excel, PowerPoint, Outlook and Kingsoft WPS files share the OLE header with .doc;
# an .xls must not pass for the implementation plan.
_OTHER_OLE_SUFFIXES = frozenset({".xls", ".xlt", ".ppt", ".pps", ".pot", ".msg", ".et", ".dps"})


# Zip bomb limits: no real package expands beyond these. A plan of scanned pages can be
# hundreds of MB, but never gigabytes, and documents do not compress 200 to 1.
MAX_MEMBER_BYTES = 2 << 30
MAX_EXPANDED_BYTES = 4 << 30
MAX_RATIO = 200
RATIO_CHECK_BYTES = 10 << 20
# A package holds some tens of files; zipfile makes an object of every entry before
# anything can be checked, so a zip declaring more is refused unopened.
MAX_ENTRIES = 10_000


# What zipfile raises for a damaged archive besides BadZipFile: a broken deflate or LZMA
# stream, a member cut short, a name flagged as UTF-8 that is not.
ZIP_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, UnicodeDecodeError)


class FileKind(StrEnum):
    """What a file is, judged by its content rather than its name."""

    XLSX = "xlsx"
    PDF = "pdf"
    DOCX = "docx"
    DOC = "doc"
    OTHER = "other"


DOCUMENT_KINDS = frozenset({FileKind.XLSX, FileKind.PDF, FileKind.DOCX, FileKind.DOC})


@dataclass(frozen=True)
class PackageFile:
    """One file of a package; `open` gives a fresh stream each time, so nothing is cached."""

    name: str
    size: int
    kind: FileKind
    opener: Callable[[], BinaryIO] = field(compare=False, repr=False)

    def open(self) -> BinaryIO:
        return self.opener()


@dataclass(frozen=True)
class Package:
    """One city's package: a folder or a zip file, with the names passed over for the report."""

    source: Path
    label: str
    files: tuple[PackageFile, ...]
    skipped: tuple[str, ...] = ()
    # Set, with no files, for a package in a folder of packages that could not be read:
    # the others are still taken in, and the report says what is wrong with this one.
    problem: PackageUnreadable | None = field(default=None, compare=False)


class PackageUnreadable(ReviewerError):
    """A package that cannot be read at all; subclasses say why and what to do."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Cannot read {path}: {detail}. Check that you may read it and that the disk or USB "
        "stick is connected, then copy the files again.",
    )


class PackageMissing(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} does not exist. Check that the disk or USB stick is connected, then choose "
        "the folder or zip file again.",
    )


class NotAPackage(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is neither a folder nor a zip file of application packages. Choose the "
        "folder or the .zip file that a city handed in.",
    )


class ZipDamaged(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The zip file {path} is damaged and cannot be read ({detail}). Copy it again from "
        "the USB stick, or ask the city to re-create it.",
    )


class ZipEncrypted(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The zip file {path} is protected by a password ({member}). Re-create the zip "
        "without a password, or copy the files again as a plain folder.",
    )


class ZipUnsupported(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The zip file {path} uses a compression method Reviewer cannot read ({member}). "
        "Extract it and choose the folder, or re-create the zip with ordinary compression.",
    )


class PackageFileRefused(PackageUnreadable):
    """A path that is not an ordinary file within limits (see `input_files`)."""

    template = QT_TRANSLATE_NOOP("Errors", "{detail}")


class ZipTooManyEntries(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The zip file {path} holds {count} entries, far more than any package; it may be "
        "damaged or built to exhaust the computer's memory. Ask the applicant for the "
        "files again.",
    )


class ZipTooLarge(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The zip file {path} would expand to {size} ({member}), far more than any package; "
        "it may be damaged or built to fill the disk. Ask the applicant for the files again.",
    )


class ArchiveNotZip(PackageUnreadable):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a RAR or 7z archive, which Reviewer cannot open. Extract it and choose "
        "the folder, or re-create it as a .zip file.",
    )


def find_packages(paths: Sequence[Path]) -> list[Package]:
    """The packages at `paths`, each a package folder, a zip file or a folder of packages.

    A folder that directly holds a document (by content) is one package, its subfolders
    included; a folder that holds none is a folder of packages, whose subfolders and zip
    files are one package each, sorted by label. Raises `PackageUnreadable` (or a subclass)
    for a path that is missing, unreadable, damaged or password-protected.
    """
    packages: list[Package] = []
    for path in paths:
        packages.extend(_packages_at(Path(path)))
    return packages


def sniff(head: bytes, name: str) -> FileKind:
    """The kind of a file from its first bytes, falling back on the name for zip-based kinds.

    Word and Excel files are zips, told apart only by the zip's directory, which the head
    does not hold; `find_packages` reads that directory, so its kinds are exact.
    """
    suffix = PurePosixPath(name).suffix.lower()
    if _PDF in head[:1024]:  # readers accept a %PDF- header anywhere in the first KB
        return FileKind.PDF
    if head.startswith(_OLE):
        return FileKind.OTHER if suffix in _OTHER_OLE_SUFFIXES else FileKind.DOC
    if head.startswith(_ZIP):
        return {".docx": FileKind.DOCX, ".xlsx": FileKind.XLSX}.get(suffix, FileKind.OTHER)
    return FileKind.OTHER


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """The real name of a zip member, "/"-separated.

    Without the UTF-8 flag Python decodes a name as cp437, which garbles the GBK names of
    Chinese Windows zip tools and the UTF-8 names of tools that forget the flag. Encoding
    back to cp437 gives the raw bytes; UTF-8 is tried first because GBK text is almost
    never valid UTF-8, while the reverse is not true.
    """
    # orig_filename, not filename: on Windows Python turns "\" into "/" in the cp437 text,
    # and 0x5C is a valid second byte of a GBK character.
    name = info.orig_filename
    if not info.flag_bits & _UTF8_FLAG:
        name = _redecoded(name)
    return name.replace("\\", "/")  # Windows tools sometimes store "\" as separator


def _redecoded(name: str) -> str:
    try:
        raw = name.encode("cp437")
    except UnicodeEncodeError:  # a ZipInfo built in memory, never read from a file
        return name
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return name


def _packages_at(path: Path) -> list[Package]:
    """The packages at a path the user chose: it may be a link, which is followed, but
    nothing found inside a folder is."""
    with _reading(path):
        if not path.exists():
            raise PackageMissing(path=str(path))
        if path.is_dir():
            return _folder_packages(path)
        _open(path, True, Inputs.PACKAGE).close()  # a FIFO or a device is refused as a package
        if _file_kind(path, path.name, True) not in DOCUMENT_KINDS and _is_archive(path, True):
            return [_zip_package(path, True)]
    raise NotAPackage(path=str(path))


def _folder_packages(folder: Path) -> list[Package]:
    entries = [(entry, _mode(entry)) for entry in _entries(folder)]
    loose = [e for e, mode in entries if stat.S_ISREG(mode) and not _system_file(e.name)]
    if any(_file_kind(e, e.name, False) in DOCUMENT_KINDS for e in loose):
        return [_folder_package(folder)]
    packages: list[Package] = []
    for entry, mode in entries:
        if stat.S_ISDIR(mode):  # from lstat: a link to a folder is not followed
            if not _system_folder(entry.name):
                package = _folder_package(entry)
                if package.files:  # empty folders are no package
                    packages.append(package)
        elif entry in loose:
            try:
                if _is_archive(entry, False):
                    packages.append(_zip_package(entry, False))
            except PackageUnreadable as problem:
                packages.append(Package(entry, _display_name(entry.name), (), problem=problem))
        elif not _system_file(entry.name):  # a link, FIFO, device or socket: named, unopened
            refused = _refusal(entry)
            packages.append(Package(entry, _display_name(entry.name), (), problem=refused))
    return sorted(packages, key=lambda package: package.label)


def _folder_package(folder: Path) -> Package:
    files: list[PackageFile] = []
    skipped: list[str] = []
    _collect(folder, (), files, skipped)
    return Package(
        source=folder,
        label=_display_name(folder.name),
        files=tuple(sorted(files, key=lambda file: file.name)),
        skipped=tuple(skipped),
    )


def _collect(
    folder: Path, prefix: tuple[str, ...], files: list[PackageFile], skipped: list[str]
) -> None:
    """Add the files under `folder` to `files`, and name in `skipped` what is passed over.

    Judged by lstat, so nothing is reached through a link: a link could lead to a private
    file outside the package (which would then travel in the experts' kits) or loop.
    FIFOs, devices and sockets are never opened: a FIFO would block the intake for good.
    """
    for entry in _entries(folder):
        name = "/".join((*prefix, _display_name(entry.name)))
        with _reading(entry):
            info = entry.lstat()
        if stat.S_ISDIR(info.st_mode):
            if _system_folder(entry.name):
                skipped.append(name + "/")
            else:
                _collect(entry, (*prefix, _display_name(entry.name)), files, skipped)
        elif not stat.S_ISREG(info.st_mode) or _system_file(entry.name):
            skipped.append(name)
        else:
            kind = _file_kind(entry, name, False)
            files.append(PackageFile(name, info.st_size, kind, _file_opener(entry, False)))


def _entries(folder: Path) -> list[Path]:
    with _reading(folder):
        return sorted(folder.iterdir(), key=lambda entry: entry.name)


def _mode(path: Path) -> int:
    with _reading(path):
        return path.lstat().st_mode


def _refusal(path: Path) -> PackageUnreadable:
    """Why `path`, which is not a regular file, was not read (see `input_files`, which
    refuses it by what it is, unopened)."""
    try:
        _open(path, False, Inputs.PACKAGE).close()
    except PackageUnreadable as refused:
        return refused
    return NotAPackage(path=str(path))  # it became a regular file meanwhile


def _open(path: Path, follow_links: bool, what: str = Inputs.PACKAGE_FILE) -> BinaryIO:
    """`path` opened as an ordinary file (`input_files.open_input`); a link is followed
    only for a path the user chose, never for one found in a folder."""
    try:
        return open_input(path, limit=MAX_MEMBER_BYTES, what=what, follow_links=follow_links)
    except InputRefused as refused:
        raise PackageFileRefused(path=str(path), detail=refused.message()) from refused


def _file_opener(path: Path, follow_links: bool) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        return _open(path, follow_links)

    return opener


def _file_kind(path: Path, name: str, follow_links: bool) -> FileKind:
    with _reading(path), _open(path, follow_links) as stream:
        head = stream.read(HEAD_SIZE)
        if not head.startswith(_ZIP):
            return sniff(head, name)
        stream.seek(0)
        return _office_kind(stream)


def _is_archive(path: Path, follow_links: bool) -> bool:
    """Whether `path` is to be read as a zip: by content, or by name so that a damaged
    zip is reported rather than passed over. RAR and 7z are refused with advice."""
    with _reading(path), _open(path, follow_links) as stream:
        head = stream.read(len(_SEVEN_ZIP))
    if head.startswith((_RAR, _SEVEN_ZIP)) or path.suffix.lower() in {".rar", ".7z"}:
        raise ArchiveNotZip(path=str(path))
    return head.startswith((_ZIP, _EMPTY_ZIP)) or path.suffix.lower() == ".zip"


def _zip_package(path: Path, follow_links: bool) -> Package:
    try:
        with _reading(path), _open(path, follow_links) as stream:
            entries = declared_entries(stream)
            if entries is not None and entries > MAX_ENTRIES:
                raise ZipTooManyEntries(path=str(path), count=f"{entries:,}")
            with zipfile.ZipFile(stream) as archive:
                return _read_zip(path, archive, follow_links)
    except ZIP_DAMAGE as error:
        raise ZipDamaged(path=str(path), detail=str(error) or type(error).__name__) from error


def _read_zip(path: Path, archive: zipfile.ZipFile, follow_links: bool) -> Package:
    kept: list[tuple[tuple[str, ...], zipfile.ZipInfo]] = []
    skipped: list[str] = []
    for info in archive.infolist():
        name = zip_member_name(info)
        if info.is_dir() or name.endswith("/"):
            continue
        parts = _safe_parts(name)
        passed = name if parts is None else _passed_over(parts)
        if passed is not None:
            if passed not in skipped:
                skipped.append(passed)
            continue
        assert parts is not None
        if stat.S_ISLNK(info.external_attr >> 16):  # a link could point anywhere on disk
            skipped.append(name)
            continue
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise ZipEncrypted(path=str(path), member=name)
        _check_expansion(path, info, name)
        kept.append((parts, info))
    expanded = sum(info.file_size for _parts, info in kept)
    if expanded > MAX_EXPANDED_BYTES:
        raise ZipTooLarge(path=str(path), member=path.name, size=_gigabytes(expanded))
    tops = {parts[0] for parts, _info in kept}
    strip = 1 if len(tops) == 1 and all(len(parts) > 1 for parts, _info in kept) else 0
    files = []
    for parts, info in kept:
        name = "/".join(parts[strip:])
        try:
            kind = _member_kind(archive, info, name)
        except NotImplementedError as error:  # e.g. Deflate64, written by Windows Explorer
            raise ZipUnsupported(path=str(path), member=name) from error
        opener = _member_opener(path, info, follow_links)
        files.append(PackageFile(name, info.file_size, kind, opener))
    return Package(
        source=path,
        label=_display_name(path.name),
        files=tuple(sorted(files, key=lambda file: file.name)),
        skipped=tuple(skipped),
    )


def _gigabytes(size: int) -> str:
    return f"{size / (1 << 30):.1f} GB"


def _check_expansion(path: Path, info: zipfile.ZipInfo, name: str) -> None:
    """Refuse a zip bomb before reading a byte of it: zipfile stops a member at its
    declared size, so the declared sizes and ratios are the bound to check."""
    too_big = info.file_size > MAX_MEMBER_BYTES
    ratio = info.file_size / max(info.compress_size, 1)
    if too_big or (info.file_size > RATIO_CHECK_BYTES and ratio > MAX_RATIO):
        raise ZipTooLarge(path=str(path), member=name, size=_gigabytes(info.file_size))


def _member_kind(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> FileKind:
    with archive.open(info) as stream:
        head = stream.read(HEAD_SIZE)
        if not head.startswith(_ZIP):
            return sniff(head, name)
        if isinstance(stream, zipfile.ZipExtFile):
            # Seeking in a compressed member decompresses up to here, by default in 16 MB
            # reads; smaller reads keep memory flat.
            stream.MAX_SEEK_READ = _SEEK_CHUNK
        stream.seek(0)
        return _office_kind(stream)


def _member_opener(path: Path, info: zipfile.ZipInfo, follow_links: bool) -> Callable[[], BinaryIO]:
    def opener() -> BinaryIO:
        file = _open(path, follow_links)
        try:
            # The zip and its file live as long as the member's stream (see below).
            member = zipfile.ZipFile(file).open(info)  # noqa: SIM115
        except BaseException:
            file.close()
            raise
        _close_with(member, file)
        return cast(BinaryIO, member)

    return opener


def _close_with(member: IO[bytes], file: IO[bytes]) -> None:
    """Make closing `member` close `file` too: zipfile leaves a file object it was
    handed open, where it would close a file it had opened by name."""
    close = member.close

    def closing() -> None:
        try:
            close()
        finally:
            file.close()

    member.close = closing  # type: ignore[method-assign]


def _office_kind(stream: IO[bytes]) -> FileKind:
    """DOCX or XLSX if the zip in `stream` holds their main part, else OTHER (a nested zip,
    an absurd one, or a damaged document the intake will report as missing)."""
    try:
        entries = declared_entries(stream)
        if entries is not None and entries > MAX_ENTRIES:
            return FileKind.OTHER
        with zipfile.ZipFile(stream) as inner:
            names = inner.namelist()
    except (*ZIP_DAMAGE, NotImplementedError):
        return FileKind.OTHER
    if any(_DOCX_PART.fullmatch(name) for name in names):
        return FileKind.DOCX
    if _XLSX_PART in names:
        return FileKind.XLSX
    return FileKind.OTHER


def _safe_parts(name: str) -> tuple[str, ...] | None:
    """The parts of a member name, or None for a name that could point outside the package."""
    if name.startswith("/") or _DRIVE.match(name) or "\x00" in name:
        return None
    parts = tuple(part for part in name.split("/") if part not in {"", "."})
    return None if not parts or ".." in parts else parts


def _passed_over(parts: tuple[str, ...]) -> str | None:
    """The name to report if the file at `parts` is system or temporary clutter: the
    folder for a file inside a system or hidden folder, so it is reported once."""
    for depth, part in enumerate(parts[:-1], start=1):
        if _system_folder(part):
            return "/".join(parts[:depth]) + "/"
    return "/".join(parts) if _system_file(parts[-1]) else None


def _system_folder(name: str) -> bool:
    return name.startswith(".") or name.lower() in _SYSTEM_FOLDERS


def _system_file(name: str) -> bool:
    lower = name.lower()
    return (
        lower in _SYSTEM_FILES
        or name.startswith((".", "~$"))  # hidden files; Office lock files
        or (name.startswith("~") and lower.endswith(".tmp"))  # Word's temporary copies
    )


def _display_name(name: str) -> str:
    """`name` as text. On Linux a GBK-named file on a stick arrives with its undecodable
    bytes as surrogates (PEP 383), which no database or label can hold; decode as GBK."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        raw = os.fsencode(name)
        try:
            return raw.decode("gbk")
        except UnicodeDecodeError:
            return raw.decode("utf-8", errors="replace")
    return name


@contextmanager
def _reading(path: Path) -> Iterator[None]:
    """Turn an OS error while reading under `path` into a message the user can act on."""
    try:
        yield
    except OSError as error:
        where = error.filename if error.filename is not None else path
        detail = system_words(error, reading=True)
        raise PackageUnreadable(path=str(where), detail=detail) from error
