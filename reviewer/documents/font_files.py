"""Font files on the machine: where they are, and what each says about itself.

A font file is input from outside like any other (`reviewer.inputs.files`): fonts folders
are walked without following links, a FIFO, a device or a link inside them is passed over,
and a file is opened only once it is known to be a regular file within the size limit.
Only the sfnt header, the table directory and the 'name' table are read here, so looking
over a folder of several hundred fonts reads a few kilobytes of each.

What matters about a face for a PDF is its outlines: reportlab embeds TrueType outlines
('glyf') only, so an OpenType face with PostScript outlines (sfnt version 'OTTO', a 'CFF '
or 'CFF2' table) is refused by name, with the reason (methods.md, "Fonts for PDFs").
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.inputs.files import InputRefused, open_input

# The environment variable that replaces the folders searched (os.pathsep between them):
# tests point it at a temporary folder, a portable install at its own fonts.
FONT_DIRS_VARIABLE = "REVIEWER_FONT_DIRS"
FONT_FILE = QT_TRANSLATE_NOOP("Inputs", "font file")
# The largest CJK faces (SimSun-ExtB, Noto collections) are under 40 MB; 64 MB leaves room.
FONT_LIMIT = 64 * 1024 * 1024
FONT_SUFFIXES = frozenset({".ttf", ".ttc", ".otf", ".otc"})
# A fonts folder is a few levels deep; a walk that goes on is not one.
_MAX_DEPTH = 6
_MAX_FILES = 20_000
_MAX_SUBFONTS = 64
_MAX_TABLES = 512
_MAX_NAMES = 4096
# 'name' IDs: family, full name, typographic family.
_NAME_IDS = frozenset({1, 4, 16})

CFF_OUTLINES = QT_TRANSLATE_NOOP(
    "Fonts",
    "{file} has PostScript (CFF) outlines, which cannot be embedded in a PDF; "
    "a TrueType face (.ttf) of the same family can.",
)
NO_OUTLINES = QT_TRANSLATE_NOOP("Fonts", "{file} has no TrueType outlines to embed.")
NOT_A_FONT = QT_TRANSLATE_NOOP("Fonts", "{file} is not a font file that can be read.")


@dataclass(frozen=True)
class FontFace:
    """One face of a font file (a .ttc holds several): its names and whether it embeds."""

    path: Path
    index: int  # the face's place in a collection; 0 in a single font
    names: tuple[str, ...]  # family, full and typographic family names, as stored
    refusal: str | None  # why it cannot be embedded (English source text), or None

    @property
    def family(self) -> str:
        """The name to show: the first Chinese name when there is one, else the first."""
        chinese = [n for n in self.names if any("\u4e00" <= c <= "\u9fff" for c in n)]
        return (chinese or list(self.names) or [self.path.stem])[0]

    def refused(self) -> str | None:
        """Why this face is not used, in the user's language, or None."""
        if self.refusal is None:
            return None
        return translate("Fonts", self.refusal).format(file=self.path.name)


def default_font_folders() -> list[Path]:
    """The folders the system and the user install fonts into, on this platform."""
    home = Path.home()
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = os.environ.get("LOCALAPPDATA")
        user = [Path(local) / "Microsoft" / "Windows" / "Fonts"] if local else []
        return [windir / "Fonts", *user]
    if sys.platform == "darwin":
        return [Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library/Fonts"]
    data_home = Path(os.environ.get("XDG_DATA_HOME") or home / ".local/share")
    # fontconfig's own defaults, walked here rather than asked of fc-list: nothing to
    # run, and the same rules for every file as on Windows.
    return [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        data_home / "fonts",
        home / ".fonts",
    ]


def font_folders() -> list[Path]:
    """The folders searched: `REVIEWER_FONT_DIRS` when set, else the platform's."""
    override = os.environ.get(FONT_DIRS_VARIABLE)
    if override is not None:
        return [Path(part) for part in override.split(os.pathsep) if part]
    return default_font_folders()


def font_files(folders: Sequence[Path]) -> Iterator[Path]:
    """Every font file under `folders`, in a fixed order; links (to files or folders) and
    anything that is not a regular file are passed over, never followed."""
    count = 0
    for folder in folders:
        pending = [(folder, 0)]
        while pending:
            current, depth = pending.pop()
            try:
                with os.scandir(current) as scan:
                    entries = sorted(scan, key=lambda e: e.name, reverse=True)
            except OSError:
                continue
            for entry in entries:
                if entry.is_symlink():
                    continue
                if entry.is_dir(follow_symlinks=False):
                    if depth < _MAX_DEPTH:
                        pending.append((Path(entry.path), depth + 1))
                elif Path(entry.name).suffix.lower() in FONT_SUFFIXES:
                    if not entry.is_file(follow_symlinks=False):
                        continue  # a FIFO, a socket or a device named like a font
                    count += 1
                    if count > _MAX_FILES:
                        return
                    yield Path(entry.path)


def read_faces(path: Path, *, follow_links: bool = False) -> list[FontFace]:
    """The faces of the font file at `path`; raises `InputRefused` for a file that is not
    a regular file within the limit. A file that is no font gives one refused face."""
    with open_input(path, limit=FONT_LIMIT, what=FONT_FILE, follow_links=follow_links) as f:
        try:
            return _faces(f, path)
        except (struct.error, ValueError):
            return [FontFace(path, 0, (), NOT_A_FONT)]


def faces_in(folders: Sequence[Path]) -> Iterator[FontFace]:
    """Every face in the font files under `folders`; files that cannot be read are passed
    over (the folder is the system's, not something the user chose)."""
    for path in font_files(folders):
        try:
            yield from read_faces(path)
        except (InputRefused, OSError):
            continue


def _read(stream: BinaryIO, offset: int, size: int) -> bytes:
    stream.seek(offset)
    data = stream.read(size)
    if len(data) != size:
        raise ValueError("truncated")
    return data


def _faces(stream: BinaryIO, path: Path) -> list[FontFace]:
    tag = _read(stream, 0, 4)
    if tag != b"ttcf":
        return [_face(stream, path, 0, 0)]
    (count,) = struct.unpack(">I", _read(stream, 8, 4))
    count = min(count, _MAX_SUBFONTS)
    offsets = struct.unpack(f">{count}I", _read(stream, 12, 4 * count))
    return [_face(stream, path, index, offset) for index, offset in enumerate(offsets)]


def _face(stream: BinaryIO, path: Path, index: int, offset: int) -> FontFace:
    version, count = struct.unpack(">4sH", _read(stream, offset, 6))
    count = min(count, _MAX_TABLES)
    directory = _read(stream, offset + 12, 16 * count)
    tables = {}
    for number in range(count):
        tag, _checksum, start, length = struct.unpack_from(">4sIII", directory, 16 * number)
        tables[tag] = (start, length)
    names = _names(stream, *tables[b"name"]) if b"name" in tables else ()
    if version == b"OTTO" or b"CFF " in tables or b"CFF2" in tables:
        refusal: str | None = CFF_OUTLINES
    elif version not in (b"\x00\x01\x00\x00", b"true") or b"glyf" not in tables:
        refusal = NO_OUTLINES
    else:
        refusal = None
    return FontFace(path, index, names, refusal)


def _names(stream: BinaryIO, start: int, length: int) -> tuple[str, ...]:
    """The family, full and typographic family names of a 'name' table, each once."""
    table = _read(stream, start, min(length, 1 << 20))
    _format, count, strings = struct.unpack_from(">HHH", table, 0)
    found: list[tuple[bool, str]] = []
    for number in range(min(count, _MAX_NAMES)):
        platform, encoding, language, name_id, size, at = struct.unpack_from(
            ">HHHHHH", table, 6 + 12 * number
        )
        if name_id not in _NAME_IDS:
            continue
        raw = table[strings + at : strings + at + size]
        text = _decode(platform, encoding, raw).strip("\x00 ")
        # The names for mainland China first: 文泉驿微米黑 rather than 文泉驛微米黑.
        simplified = (platform, language) == (3, 0x0804) or (platform, encoding) == (1, 25)
        found.append((not simplified, text))
    names = [text for _order, text in sorted(found, key=lambda n: n[0]) if text]
    return tuple(dict.fromkeys(names))


def _decode(platform: int, encoding: int, raw: bytes) -> str:
    if platform == 3 and encoding in (3, 4):
        # Old Chinese fonts (仿宋_GB2312) keep GB2312 codes in 16-bit units.
        return bytes(b for b in raw if b).decode("gbk", errors="ignore")
    if platform in (0, 3):
        return raw.decode("utf-16-be", errors="ignore")
    if platform == 1 and encoding == 0:
        return raw.decode("mac_roman", errors="ignore")
    if platform == 1 and encoding == 25:
        return raw.decode("gb2312", errors="ignore")
    return ""
