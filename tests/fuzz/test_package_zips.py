"""Package zips: whatever a zip holds, finding its files either works or is refused by
name, and the intake reports every package (refused ones too) without raising, storing
nothing of a refused one."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.intake.importing import Outcome, import_packages
from reviewer.intake.package_files import ZIP_DAMAGE, PackageUnreadable, ZipDamaged, find_packages
from tests.fuzz.conftest import Corpus, Working, share
from tests.fuzz.mutations import damaged, fixed_time

_NAMES = [
    "../evil.pdf",
    "/abs.pdf",
    "C:/x.pdf",
    "a/../../b.pdf",
    "__MACOSX/._x.pdf",
    ".hidden/x.pdf",
    "~$申报书.xlsx",
    "nested.zip",
    "申报书.xlsx",
    "dir/",
    "x\x00y.pdf",
]
_METHODS = [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]


@st.composite
def _package_zip(draw: st.DrawFn, package: Path) -> bytes:
    """A zip of the package's files, with odd names, methods, flags and sizes: path
    traversal, duplicates, encryption and link flags, nested zips, lying sizes, a
    small zip bomb, a bad CRC."""
    files = [(p.name, p.read_bytes()) for p in sorted(package.iterdir())]
    members = [*files]
    for _ in range(draw(st.integers(0, 3))):
        op = draw(st.sampled_from(["name", "double", "nested", "bomb"]))
        if op == "name":
            members.append((draw(st.sampled_from(_NAMES)), draw(st.sampled_from(files))[1]))
        elif op == "double":
            members.append(draw(st.sampled_from(members)))
        elif op == "nested":
            members.append(("inner.zip", _zip(files, zipfile.ZIP_DEFLATED)))
        else:
            members.append(("bomb.pdf", b"%PDF-" + b"\0" * (3 << 20)))
    data = bytearray(_zip(members, draw(st.sampled_from(_METHODS))))
    for _ in range(draw(st.integers(0, 2))):
        _patch_header(draw, data)
    return bytes(data)


def _zip(members: list[tuple[str, bytes]], method: int) -> bytes:
    import io
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(buffer, "w", method) as archive:
        warnings.simplefilter("ignore")  # duplicate names are meant
        for name, content in members:
            archive.writestr(fixed_time(name), content, compress_type=method)
    return buffer.getvalue()


def _patch_header(draw: st.DrawFn, data: bytearray) -> None:
    """Change one field of one central directory entry: flags (encrypted, UTF-8),
    method, CRC, sizes, external attributes (a link)."""
    entries = [i for i in range(len(data) - 46) if data[i : i + 4] == b"PK\x01\x02"]
    if not entries:
        return
    at = draw(st.sampled_from(entries))
    field, fmt = draw(
        st.sampled_from([(8, "<H"), (10, "<H"), (16, "<I"), (20, "<I"), (24, "<I"), (38, "<I")])
    )
    value = draw(
        st.sampled_from([0, 1, 0x800, 9, 99, 12, 14, 0xFFFFFFFF, 1 << 31, 0xA1FF0000, 12345])
    )
    value &= 0xFFFF if fmt == "<H" else 0xFFFFFFFF
    data[at + field : at + field + struct.calcsize(fmt)] = struct.pack(fmt, value)


def _write(scratch: Path, raw: bytes) -> Path:
    path = scratch / "西安市.zip"
    path.write_bytes(raw)
    return path


def _read_all(path: Path) -> None:
    try:
        packages = find_packages([path])
    except PackageUnreadable as unreadable:
        assert unreadable.message()
        return
    for package in packages:
        for file in package.files:
            try:
                with file.open() as stream:
                    while stream.read(1 << 20):
                        pass
            except (OSError, *ZIP_DAMAGE):
                pass  # the intake reports these; see the import test below


@given(data=st.data())
@share(0.4)
def test_a_damaged_zip_is_read_or_refused_by_name(
    corpus: Corpus, scratch: Path, data: st.DataObject
) -> None:
    raw = data.draw(_package_zip(corpus.package), label="zip")
    if data.draw(st.booleans(), label="damaged"):
        raw = data.draw(damaged(raw, focus=1024), label="bytes")
    _read_all(_write(scratch, raw))


@given(data=st.data())
@share(0.3)  # a whole intake each
def test_the_intake_reports_a_damaged_zip_and_stores_nothing_of_it(
    corpus: Corpus, working: Working, scratch: Path, data: st.DataObject
) -> None:
    raw = data.draw(_package_zip(corpus.package), label="zip")
    if data.draw(st.booleans(), label="damaged"):
        raw = data.draw(damaged(raw, focus=1024), label="bytes")
    path = _write(scratch, raw)
    before = working.commits()
    job = import_packages(working.store, [path], replace=True)
    while True:
        try:
            next(job)
        except StopIteration as finished:
            reports = finished.value
            break
    if all(report.outcome is Outcome.REJECTED for report in reports):
        assert all(report.problems for report in reports)
        assert working.commits() == before
    else:
        working.reset()


def test_a_member_with_a_bad_crc_is_reported_and_nothing_is_stored(
    corpus: Corpus, working: Working, scratch: Path
) -> None:
    """Found by the fuzzer: the CRC is checked when a member is read to its end, in the
    middle of the import, and zipfile.BadZipFile escaped the intake."""
    data = bytearray(_zip([(p.name, p.read_bytes()) for p in corpus.package.iterdir()], 8))
    for at in range(len(data) - 4):
        if data[at : at + 4] == b"PK\x01\x02":
            data[at + 16] ^= 0xFF  # each member's CRC in the central directory
    before = working.commits()
    job = import_packages(working.store, [_write(scratch, bytes(data))])
    with pytest.raises(StopIteration) as finished:
        while True:
            next(job)
    (report,) = finished.value.value
    assert report.outcome is Outcome.REJECTED
    assert "A file in the zip is damaged (Bad CRC-32 for file" in report.problems[0]
    assert working.commits() == before


def test_a_name_flagged_utf8_that_is_not_is_refused_as_damaged(scratch: Path) -> None:
    """Found by the fuzzer: zipfile decodes a name flagged UTF-8 strictly, and its
    UnicodeDecodeError escaped find_packages."""
    raw = _zip([("ÿ.pdf", b"%PDF-1.4\n")], zipfile.ZIP_DEFLATED)
    assert b"\xc3\xbf" in raw  # written as UTF-8, with the flag
    with pytest.raises(ZipDamaged) as damaged_zip:
        find_packages([_write(scratch, raw.replace(b"\xc3\xbf", b"\xff\xff"))])
    assert "is damaged and cannot be read" in damaged_zip.value.message()
