"""Finding package files in folders and zips: kinds by content, Chinese names, bad input."""

from __future__ import annotations

import gc
import io
import random
import struct
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from reviewer.intake.package_files import (
    ArchiveNotZip,
    FileKind,
    Package,
    PackageUnreadable,
    ZipDamaged,
    find_packages,
    sniff,
    zip_member_name,
)

PLAN = "西安市智慧城市试点实施方案.pdf"
PDF = b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n"
DOC = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)


def _office(part: str) -> bytes:
    """A minimal Word or Excel file: a zip whose directory holds the main part."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as office:
        office.writestr("[Content_Types].xml", "<Types/>")
        office.writestr(part, "<document/>")
    return buffer.getvalue()


DOCX = _office("word/document.xml")
XLSX = _office("xl/workbook.xml")


def _zip(path: Path, members: Sequence[tuple[str | bytes, bytes]]) -> Path:
    """Write a zip; a bytes name is stored as those raw bytes without the UTF-8 flag, as
    Chinese Windows tools do. zipfile itself would store any non-ASCII name as flagged
    UTF-8, so such names are written as ASCII placeholders and patched afterwards."""
    raw_names: dict[bytes, bytes] = {}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, content) in enumerate(members):
            if isinstance(name, bytes):
                placeholder = f"raw{index}-".encode().ljust(len(name), b"x")
                assert len(placeholder) == len(name)
                raw_names[placeholder] = name
                name = placeholder.decode()
            archive.writestr(name, content)
    data = path.read_bytes()
    for placeholder, raw in raw_names.items():
        assert data.count(placeholder) == 2  # local header and central directory
        data = data.replace(placeholder, raw)
    path.write_bytes(data)
    return path


def _folder(path: Path, files: dict[str, bytes]) -> Path:
    for name, content in files.items():
        (path / name).parent.mkdir(parents=True, exist_ok=True)
        (path / name).write_bytes(content)
    return path


def _kinds(package: Package) -> dict[str, FileKind]:
    return {file.name: file.kind for file in package.files}


def _read(package: Package, name: str) -> bytes:
    [file] = [f for f in package.files if f.name == name]
    with file.open() as stream:
        return stream.read()


def test_a_package_folder_tells_kinds_by_content_and_skips_system_files(tmp_path: Path) -> None:
    folder = _folder(
        tmp_path / "西安市",
        {
            PLAN: PDF,
            "实施方案.docx": DOCX,
            "领导小组成立文件.doc": DOC,
            "申报书.xlsx": XLSX,
            "说明.txt": b"plain text",
            "假的.pdf": b"this is text, not a PDF",
            "其实是Word.pdf": DOCX,
            "附件/备份.zip": _zip(tmp_path / "inner.zip", [("a.txt", b"a")]).read_bytes(),
            "附件/旧表.xls": DOC,
            "Thumbs.db": b"x",
            "desktop.ini": b"x",
            ".DS_Store": b"x",
            "~$实施方案.docx": b"x",
            "~WRL0001.tmp": b"x",
            ".git/config": b"x",
        },
    )
    [package] = find_packages([folder])
    assert package.label == "西安市"
    assert package.source == folder
    assert _kinds(package) == {
        PLAN: FileKind.PDF,
        "实施方案.docx": FileKind.DOCX,
        "领导小组成立文件.doc": FileKind.DOC,
        "申报书.xlsx": FileKind.XLSX,
        "说明.txt": FileKind.OTHER,
        "假的.pdf": FileKind.OTHER,
        "其实是Word.pdf": FileKind.DOCX,
        "附件/备份.zip": FileKind.OTHER,
        "附件/旧表.xls": FileKind.OTHER,
    }
    assert set(package.skipped) == {
        "Thumbs.db",
        "desktop.ini",
        ".DS_Store",
        "~$实施方案.docx",
        "~WRL0001.tmp",
        ".git/",
    }
    assert {file.name: file.size for file in package.files}[PLAN] == len(PDF)
    assert _read(package, PLAN) == PDF


def test_a_zip_with_one_top_folder_loses_it_and_keeps_its_subfolders(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "西安市.zip",
        [
            ("西安市/", b""),
            (f"西安市/{PLAN}", PDF),
            ("西安市/表格/申报书.xlsx", XLSX),
            ("__MACOSX/西安市/._申报书.xlsx", b"x"),
            ("__MACOSX/西安市/._x.pdf", b"x"),
        ],
    )
    [package] = find_packages([archive])
    assert package.label == "西安市.zip"
    assert package.source == archive
    assert _kinds(package) == {PLAN: FileKind.PDF, "表格/申报书.xlsx": FileKind.XLSX}
    assert package.skipped == ("__MACOSX/",)
    assert _read(package, PLAN) == PDF


def test_a_zip_with_files_at_its_top_keeps_its_folder_names(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "p.zip", [(PLAN, PDF), ("西安市/申报书.xlsx", XLSX)])
    [package] = find_packages([archive])
    assert sorted(_kinds(package)) == sorted([PLAN, "西安市/申报书.xlsx"])


@pytest.mark.parametrize(
    "name",
    [PLAN, "俓路段说明.pdf"],  # 俓 is 0xA0 0x5C in GBK: its second byte is a backslash
)
def test_gbk_names_without_the_utf8_flag_come_out_chinese(tmp_path: Path, name: str) -> None:
    archive = _zip(tmp_path / "gbk.zip", [(f"西安市/{name}".encode("gbk"), PDF)])
    with zipfile.ZipFile(archive) as check:
        [info] = check.infolist()
        assert not info.flag_bits & 0x800
        assert info.filename != f"西安市/{name}"  # what Python alone makes of it
        assert zip_member_name(info) == f"西安市/{name}"
    [package] = find_packages([archive])
    assert _kinds(package) == {name: FileKind.PDF}
    assert _read(package, name) == PDF


def test_utf8_names_with_the_flag_stay_as_they_are(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "flagged.zip", [(PLAN, PDF)])
    with zipfile.ZipFile(archive) as check:
        [info] = check.infolist()
        assert info.flag_bits & 0x800
        assert zip_member_name(info) == PLAN
    [package] = find_packages([archive])
    assert _kinds(package) == {PLAN: FileKind.PDF}


def test_utf8_names_without_the_flag_come_out_chinese(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "unflagged.zip", [(PLAN.encode("utf-8"), PDF)])
    with zipfile.ZipFile(archive) as check:
        [info] = check.infolist()
        assert not info.flag_bits & 0x800
        assert zip_member_name(info) == PLAN
    [package] = find_packages([archive])
    assert _kinds(package) == {PLAN: FileKind.PDF}


def test_backslash_separators_become_slashes(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "win.zip", [("材料\\申报书.xlsx".encode("gbk"), XLSX), (PLAN, PDF)])
    [package] = find_packages([archive])
    assert _kinds(package) == {"材料/申报书.xlsx": FileKind.XLSX, PLAN: FileKind.PDF}


def test_a_folder_of_packages_gives_one_package_each_sorted(tmp_path: Path) -> None:
    root = tmp_path / "收件"
    _folder(root / "西安市", {"方案/实施方案.docx": DOCX})
    _folder(root / "宝鸡市", {"申报书.xlsx": XLSX, "Thumbs.db": b"x"})
    _zip(root / "渭南市.zip", [("渭南市/实施方案.pdf", PDF)])
    (root / "空文件夹").mkdir()
    _folder(root / "只有缩略图", {"Thumbs.db": b"x"})
    _folder(root / "$RECYCLE.BIN", {PLAN: PDF})
    _folder(root, {"说明.txt": b"read me", ".DS_Store": b"x"})
    packages = find_packages([root])
    assert [p.label for p in packages] == ["宝鸡市", "渭南市.zip", "西安市"]
    assert [p.source for p in packages] == [root / "宝鸡市", root / "渭南市.zip", root / "西安市"]
    assert [_kinds(p) for p in packages] == [
        {"申报书.xlsx": FileKind.XLSX},
        {"实施方案.pdf": FileKind.PDF},
        {"方案/实施方案.docx": FileKind.DOCX},
    ]
    assert packages[0].skipped == ("Thumbs.db",)


def test_zips_are_recognised_by_content_not_name(tmp_path: Path) -> None:
    root = tmp_path / "收件"
    root.mkdir()
    _zip(root / "西安市材料", [(PLAN, PDF)])
    [package] = find_packages([root])
    assert package.label == "西安市材料"
    assert _kinds(package) == {PLAN: FileKind.PDF}


def test_several_paths_give_their_packages_in_order(tmp_path: Path) -> None:
    second = _folder(tmp_path / "b", {PLAN: PDF})
    first = _zip(tmp_path / "a.zip", [(PLAN, PDF)])
    assert [p.label for p in find_packages([second, first])] == ["b", "a.zip"]


def test_unsafe_member_names_are_skipped_and_listed(tmp_path: Path) -> None:
    archive = _zip(
        tmp_path / "evil.zip",
        [
            (PLAN, PDF),
            ("../../outside.pdf", PDF),
            ("/etc/passwd", b"x"),
            ("C:/Windows/evil.doc", DOC),
            ("a/../../b.pdf", PDF),
            (b"..\\..\\win.pdf", PDF),
        ],
    )
    [package] = find_packages([archive])
    assert _kinds(package) == {PLAN: FileKind.PDF}
    assert set(package.skipped) == {
        "../../outside.pdf",
        "/etc/passwd",
        "C:/Windows/evil.doc",
        "a/../../b.pdf",
        "../../win.pdf",
    }


def test_an_encrypted_member_refuses_the_zip_and_names_it(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "加密.zip", [(PLAN, b"%PDF-1.4 secret"), ("b.txt", b"open")])
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as check:
        first = check.infolist()[0]
    (local_flags,) = struct.unpack_from("<H", data, first.header_offset + 6)
    struct.pack_into("<H", data, first.header_offset + 6, local_flags | 0x1)
    central = data.index(b"PK\x01\x02")
    (central_flags,) = struct.unpack_from("<H", data, central + 8)
    struct.pack_into("<H", data, central + 8, central_flags | 0x1)
    archive.write_bytes(bytes(data))
    with pytest.raises(PackageUnreadable) as raised:
        find_packages([archive])
    assert str(archive) in str(raised.value)
    assert "password" in str(raised.value)
    assert PLAN in str(raised.value)


def test_a_truncated_zip_is_reported_by_name(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "断了.zip", [(PLAN, PDF * 100), ("b.docx", DOCX)])
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2])
    with pytest.raises(PackageUnreadable) as raised:
        find_packages([archive])
    assert str(archive) in str(raised.value)
    assert "damaged" in str(raised.value)


def test_rar_archives_are_refused_with_advice(tmp_path: Path) -> None:
    root = _folder(tmp_path / "收件", {"西安市.rar": b"Rar!\x1a\x07\x01\x00 rest"})
    with pytest.raises(PackageUnreadable) as raised:
        find_packages([root / "西安市.rar"])
    assert str(root / "西安市.rar") in str(raised.value)
    assert "Extract" in str(raised.value)
    (package,) = find_packages([root])  # in a folder of packages: reported, not raised
    assert package.problem is not None and "Extract" in package.problem.message()


def test_a_missing_path_is_reported_by_name(tmp_path: Path) -> None:
    missing = tmp_path / "不存在"
    with pytest.raises(PackageUnreadable) as raised:
        find_packages([missing])
    assert str(missing) in str(raised.value)
    assert "does not exist" in str(raised.value)


def test_a_single_document_is_not_a_package(tmp_path: Path) -> None:
    plan = _folder(tmp_path, {PLAN: PDF}) / PLAN
    with pytest.raises(PackageUnreadable) as raised:
        find_packages([plan])
    assert str(plan) in str(raised.value)


def test_an_empty_folder_holds_no_package(tmp_path: Path) -> None:
    (tmp_path / "空").mkdir()
    assert find_packages([tmp_path / "空"]) == []


def _open_fds() -> int | None:
    fds = Path("/proc/self/fd")
    return len(list(fds.iterdir())) if fds.is_dir() else None


def test_a_zip_member_streams_in_chunks_and_closes_its_file(tmp_path: Path) -> None:
    content = b"%PDF-1.4\n" + random.Random(7).randbytes(300_000)
    archive = _zip(tmp_path / "大.zip", [(PLAN, content)])
    [package] = find_packages([archive])
    [file] = package.files
    assert file.size == len(content)
    before = _open_fds()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        stream = file.open()
        if before is not None:
            assert _open_fds() == before + 1  # the zip file, kept open by the stream
        chunks = []
        while chunk := stream.read(64 << 10):
            assert len(chunk) <= 64 << 10
            chunks.append(chunk)
        stream.close()
        assert stream.closed
        if before is not None:
            assert _open_fds() == before  # closed with the stream, not later by the collector
        del stream
        gc.collect()
    assert len(chunks) > 1
    assert b"".join(chunks) == content
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_a_member_opens_afresh_each_time(tmp_path: Path) -> None:
    [package] = find_packages([_zip(tmp_path / "p.zip", [(PLAN, PDF)])])
    [file] = package.files
    with file.open() as first, file.open() as second:
        assert first.read(5) == b"%PDF-"
        assert second.read() == PDF
        assert first.read() == PDF[5:]


def test_sniff_reads_heads_and_falls_back_on_the_name_for_zips() -> None:
    assert sniff(PDF[:8], "whatever.bin") is FileKind.PDF
    assert sniff(b"\r\n" + PDF, "x.pdf") is FileKind.PDF
    assert sniff(DOC[:8], "方案.doc") is FileKind.DOC
    assert sniff(DOC[:8], "方案.wps") is FileKind.DOC
    assert sniff(DOC[:8], "旧表.xls") is FileKind.OTHER
    assert sniff(DOCX[:64], "方案.DOCX") is FileKind.DOCX
    assert sniff(XLSX[:64], "申报书.xlsx") is FileKind.XLSX
    assert sniff(DOCX[:64], "backup.zip") is FileKind.OTHER
    assert sniff(b"plain text", "方案.pdf") is FileKind.OTHER
    assert sniff(b"", "方案.pdf") is FileKind.OTHER


def test_a_damaged_zip_in_a_folder_of_packages_does_not_stop_the_others(tmp_path: Path) -> None:
    batch = tmp_path / "batch"
    good = batch / "西安市"
    good.mkdir(parents=True)
    (good / "plan.pdf").write_bytes(b"%PDF-1.4\n")
    (batch / "宝鸡市.zip").write_bytes(b"PK\x03\x04 this zip was cut short")
    (batch / "延安市.rar").write_bytes(b"Rar!\x1a\x07\x00")
    packages = find_packages([batch])
    by_label = {p.label: p for p in packages}
    assert by_label["西安市"].problem is None and len(by_label["西安市"].files) == 1
    problem = by_label["宝鸡市.zip"].problem
    assert isinstance(problem, ZipDamaged) and "宝鸡市.zip" in problem.message()
    assert by_label["宝鸡市.zip"].files == ()
    assert isinstance(by_label["延安市.rar"].problem, ArchiveNotZip)
