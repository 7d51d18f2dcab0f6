"""The faces of the official documents, by role, found among the machine's fonts.

GB/T 9704-2012 asks for a face per role: the title in 小标宋 (7.3.1; the authority's mark
too, 7.2.4), the body in 仿宋 (5.2.2), first-level headings 一、 in 黑体 and second-level
（一） in 楷体 (7.3.3), page numbers in 宋体 (7.5); tables are set in the body's 仿宋, as
offices do (practice). Every government
PC has 仿宋, 黑体 and 楷体 (simfang.ttf, simhei.ttf, simkai.ttf, or their _GB2312
versions) and usually 方正小标宋简体 (FZXBSJW.TTF): Reviewer looks for them in the fonts
folders (`font_files`), by file name and by the names the font gives itself, and a user
may choose another file per role. Where a role finds no face that embeds, the shipped
face serves (`reviewer.pdf_fonts`) and the report says which role fell back.

A face is registered with reportlab under a name made from its bytes, so the same face
always gives the same PDF bytes, wherever the file lies. The documents ask for a role's
face through `reviewer.documents.layout.face`, which reads the faces in use
(`using_faces`): the shipped ones unless the report job set others.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from reviewer.documents.font_files import (
    FONT_FILE,
    FONT_LIMIT,
    FontFace,
    faces_in,
    font_folders,
    read_faces,
)
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.inputs.files import InputRefused, read_input
from reviewer.pdf_fonts import HEI, SONG, register_fonts
from reviewer.resources import SONG_FONT, UI_FONT, resource_path

TITLE, BODY, HEADING1, HEADING2, TABLE, PAGE_NUMBER = (
    "title",
    "body",
    "heading1",
    "heading2",
    "table",
    "page_number",
)
ROLES = (TITLE, BODY, HEADING1, HEADING2, TABLE, PAGE_NUMBER)
ROLE_LABELS = {
    TITLE: QT_TRANSLATE_NOOP("Fonts", "Title (小标宋)"),
    BODY: QT_TRANSLATE_NOOP("Fonts", "Body text (仿宋)"),
    HEADING1: QT_TRANSLATE_NOOP("Fonts", "Headings 一、 (黑体)"),
    HEADING2: QT_TRANSLATE_NOOP("Fonts", "Headings （一） (楷体)"),
    TABLE: QT_TRANSLATE_NOOP("Fonts", "Tables (仿宋)"),
    PAGE_NUMBER: QT_TRANSLATE_NOOP("Fonts", "Page numbers (宋体)"),
}
# A role's faces, most proper first; each is known by its file names (lower case) and the
# family names the font gives itself. The _GB2312 faces come first: the standard's 仿宋
# and 楷体 are the GB2312 faces offices have always used.
_FANGSONG = (
    (("仿宋_gb2312.ttf", "fangsong_gb2312.ttf"), ("仿宋_GB2312", "FangSong_GB2312")),
    (("simfang.ttf",), ("仿宋", "FangSong")),
    (("stfangso.ttf",), ("华文仿宋", "STFangsong")),
)
PREFERRED: dict[str, tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = {
    TITLE: (
        (("fzxbsjw.ttf", "fzxbsjw--gb1-0.ttf", "方正小标宋简体.ttf"), ("方正小标宋简体",)),
        ((), ("FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "方正小标宋_GBK")),
    ),
    BODY: _FANGSONG,
    HEADING1: ((("simhei.ttf",), ("黑体", "SimHei")), (("stheiti.ttf",), ("华文黑体", "STHeiti"))),
    HEADING2: (
        (("楷体_gb2312.ttf", "kaiti_gb2312.ttf"), ("楷体_GB2312", "KaiTi_GB2312")),
        (("simkai.ttf",), ("楷体", "KaiTi")),
        (("stkaiti.ttf",), ("华文楷体", "STKaiti")),
    ),
    TABLE: _FANGSONG,
    PAGE_NUMBER: ((("simsun.ttc", "simsun.ttf"), ("宋体", "SimSun")),),
}
# The shipped face that serves a role without its own: the song face, and the hei face
# for first-level headings.
SHIPPED = {role: HEI if role == HEADING1 else SONG for role in ROLES}
UNUSABLE = QT_TRANSLATE_NOOP("Errors", "{file} cannot be embedded in a PDF: {detail}")


class FaceRefused(InputRefused):
    template = UNUSABLE


@dataclass(frozen=True)
class RoleFace:
    """The face a role is drawn with."""

    role: str
    face: str  # the face's own name (方正小标宋简体, 仿宋_GB2312…) or the shipped face's
    file: Path | None  # None: the shipped face
    fallback: bool  # True: no installed face served, the shipped one does
    font: str  # the name registered with reportlab
    refused: tuple[str, ...] = ()  # faces passed over for this role, and why

    def label(self) -> str:
        return translate("Fonts", ROLE_LABELS[self.role])


@dataclass(frozen=True)
class Faces:
    """A face for every role, in `ROLES` order."""

    roles: tuple[RoleFace, ...]

    def font(self, role: str) -> str:
        return next(r.font for r in self.roles if r.role == role)

    def fell_back(self) -> list[RoleFace]:
        return [r for r in self.roles if r.fallback]


def _rank(role: str, face: FontFace) -> int | None:
    """The place of `face` among `role`'s preferred faces (0 best), or None."""
    file_name = face.path.name.lower()
    names = {name.casefold() for name in face.names}
    for place, (files, families) in enumerate(PREFERRED[role]):
        if file_name in files or names & {family.casefold() for family in families}:
            return place
    return None


@cache
def _shipped_names() -> dict[str, str]:
    """The shipped faces' own names (文鼎ＰＬ简报宋, 文泉驿微米黑), to show."""
    register_fonts()
    files = {SONG: SONG_FONT, HEI: UI_FONT}
    return {font: read_faces(resource_path(file))[0].family for font, file in files.items()}


def shipped(role: str, refused: Sequence[str] = ()) -> RoleFace:
    font = SHIPPED[role]
    return RoleFace(role, _shipped_names()[font], None, True, font, tuple(refused))


def shipped_faces() -> Faces:
    """Every role in the shipped faces: what the documents use unless told otherwise."""
    return Faces(tuple(shipped(role) for role in ROLES))


def register_face(face: FontFace, *, follow_links: bool = False, own: bool = False) -> str:
    """Register `face` with reportlab under a name made from its bytes; raises
    `InputRefused` for a file that cannot be read or cannot be embedded.

    `own`: embedded under its PostScript name and a mark of its bytes (SimHei-1a2b3c4d),
    for a face whose PostScript name another face of the same document has.
    """
    data = read_input(face.path, limit=FONT_LIMIT, what=FONT_FILE, follow_links=follow_links)
    digest = hashlib.sha256(data).hexdigest()
    name = f"RV-{digest[:20]}-{face.index}" + ("-own" if own else "")
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    stream = io.BytesIO(data)
    stream.name = face.path.name  # reportlab names the file in its messages
    try:
        font = TTFont(name, stream, subfontIndex=face.index)
    except (TTFError, ValueError, IndexError, KeyError) as error:
        # reportlab's own words: a face that forbids embedding, a damaged table.
        raise FaceRefused(file=face.path.name, detail=str(error)) from error
    # reportlab draws every font registered under a PostScript name already taken with
    # the one registered first, so a second face of that name (another version of 仿宋,
    # a copy of the shipped face) would be drawn in the first one's glyphs. It registers
    # under a name of its own, made from its bytes, and then takes its own name back for
    # the PDF: the same face always embeds under the same name, whatever came before.
    postscript = font.face.name
    font.face.name = postscript + b"-" + (digest[:8] if own else name).encode()
    pdfmetrics.registerFont(font)
    if not own:
        font.face.name = postscript
    return name


def _postscript_name(font: str) -> bytes:
    name: bytes = pdfmetrics.getFont(font).face.name
    return name


def _usable(
    role: str, candidates: Sequence[FontFace], taken: dict[bytes, str], follow_links: bool = False
) -> RoleFace:
    """The first of `candidates` that embeds, or the shipped face; those passed over are
    named with the reason. `taken`: the font of each PostScript name in the document,
    since a PDF cannot hold two faces of one name."""
    refused: list[str] = []
    for face in candidates:
        reason = face.refused()
        if reason is None:
            try:
                font = register_face(face, follow_links=follow_links)
                if taken.setdefault(_postscript_name(font), font) != font:
                    font = register_face(face, follow_links=follow_links, own=True)
            except InputRefused as error:
                reason = error.message()
            else:
                return RoleFace(role, face.family, face.path, False, font, tuple(refused))
        refused.append(reason)
    return shipped(role, refused)


def _chosen(role: str, path: Path, taken: dict[bytes, str]) -> RoleFace:
    """The face of the file the user chose for `role` (a link the user chose is followed)."""
    try:
        faces = read_faces(path, follow_links=True)
    except InputRefused as error:
        return shipped(role, [error.message()])
    ranked = sorted(faces, key=lambda f: (_rank(role, f) is None, f.index))
    return _usable(role, ranked[:1], taken, follow_links=True)


def find_faces(
    chosen: Mapping[str, Path] | None = None, folders: Sequence[Path] | None = None
) -> Faces:
    """A face for every role: the file the user chose for it, else the most proper face
    installed in `folders` (default: `font_folders()`), else the shipped face."""
    chosen = chosen or {}
    found: dict[str, list[tuple[int, str, FontFace]]] = {role: [] for role in ROLES}
    wanted = [role for role in ROLES if role not in chosen]
    if wanted:
        for face in faces_in(font_folders() if folders is None else folders):
            for role in wanted:
                place = _rank(role, face)
                if place is not None:
                    found[role].append((place, str(face.path), face))
    roles = []
    register_fonts()
    taken = {_postscript_name(font): font for font in (SONG, HEI)}
    for role in ROLES:
        if role in chosen:
            roles.append(_chosen(role, Path(chosen[role]), taken))
        else:
            candidates = [face for _p, _s, face in sorted(found[role], key=lambda c: c[:2])]
            roles.append(_usable(role, candidates, taken))
    return Faces(tuple(roles))


_IN_USE: ContextVar[Faces | None] = ContextVar("reviewer_document_faces", default=None)


def faces_in_use() -> Faces:
    """The faces the documents being built are drawn with."""
    return _IN_USE.get() or shipped_faces()


@contextlib.contextmanager
def using_faces(faces: Faces) -> Iterator[Faces]:
    """Draw the documents built inside with `faces` (this thread only)."""
    token = _IN_USE.set(faces)
    try:
        yield faces
    finally:
        _IN_USE.reset(token)
