"""The faces by role: found in a fonts folder of the test's own, embedded by role,
refused by name when they cannot be embedded, the shipped faces where none serves."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from reviewer.cli.main import EXIT_OK, main
from reviewer.documents.fonts import (
    BODY,
    HEADING1,
    HEADING2,
    PAGE_NUMBER,
    ROLES,
    TABLE,
    TITLE,
    find_faces,
    using_faces,
)
from reviewer.documents.layout import RedHeader, Trace, build, hei, kai, line, title
from reviewer.documents.official import grid_table
from reviewer.documents.report import write_report
from reviewer.resources import SONG_FONT, resource_path
from reviewer.results.reconcile import lock_results
from reviewer.store.storage import open_campaign

SHIPPED = resource_path(SONG_FONT)
# The Windows files, each a copy of the shipped song face under the name the office face
# gives itself, so that the PDF shows which face drew what.
OFFICE = {
    "FZXBSJW.TTF": "FZXiaoBiaoSong-B05S",
    "simfang.ttf": "FangSong",
    "simhei.ttf": "SimHei",
    "simkai.ttf": "KaiTi",
}


def _renamed(source: Path, target: Path, family: str, chinese: str = "") -> Path:
    with TTFont(str(source), lazy=True) as font:
        names = font["name"]
        for record in list(names.names):
            if record.nameID in (1, 4, 6, 16):
                names.removeNames(nameID=record.nameID)
        for name_id in (1, 4, 6):
            names.setName(family, name_id, 3, 1, 0x409)
        if chinese:
            names.setName(chinese, 1, 3, 1, 0x804)
        font.save(str(target))
    return target


@pytest.fixture(scope="module")
def office_fonts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fonts folder with the office faces, and 宋体 known by its family name only."""
    folder = tmp_path_factory.mktemp("office-fonts")
    for file, family in OFFICE.items():
        _renamed(SHIPPED, folder / file, family)
    (folder / "song").mkdir()
    _renamed(SHIPPED, folder / "song" / "a-song-face.ttf", "SimSun", "宋体")
    return folder


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _pdf_fonts(pdf: Path) -> list[str]:
    rows = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    for row in rows:
        assert "TrueType" in row and " yes yes " in row, row  # embedded, as subsets
    return [row.split()[0].split("+", 1)[1] for row in rows]


def _sfnt(version: bytes, tables: dict[bytes, bytes]) -> bytes:
    """A font file of `tables` (what the finder reads: header, directory, 'name')."""
    head = struct.pack(">4sHHHH", version, len(tables), 0, 0, 0)
    offset = 12 + 16 * len(tables)
    directory, body = b"", b""
    for tag, data in tables.items():
        directory += struct.pack(">4sIII", tag, 0, offset + len(body), len(data))
        body += data + b"\0" * (-len(data) % 4)
    return head + directory + body


def _name_table(*names: str) -> bytes:
    strings = [name.encode("utf-16-be") for name in names]
    records, at = b"", 0
    for text in strings:
        records += struct.pack(">HHHHHH", 3, 1, 0x804, 1, len(text), at)
        at += len(text)
    return struct.pack(">HHH", 0, len(strings), 6 + len(records)) + records + b"".join(strings)


def test_each_role_finds_its_office_face(office_fonts: Path) -> None:
    faces = find_faces(folders=[office_fonts])
    files = {r.role: r.file.name if r.file else None for r in faces.roles}
    assert files == {
        TITLE: "FZXBSJW.TTF",
        BODY: "simfang.ttf",
        HEADING1: "simhei.ttf",
        HEADING2: "simkai.ttf",
        TABLE: "simfang.ttf",
        PAGE_NUMBER: "a-song-face.ttf",
    }
    assert faces.fell_back() == []
    assert {r.role: r.face for r in faces.roles}[PAGE_NUMBER] == "宋体"


def test_plain_copies_of_the_shipped_face_serve_by_file_name(tmp_path: Path) -> None:
    for file in OFFICE:
        shutil.copyfile(SHIPPED, tmp_path / file)
    with using_faces(find_faces(folders=[tmp_path])) as faces:
        story = [title("通知"), line("各设区市："), hei("一、总体要求")]
        pdf = build(story, name="通知", trace=Trace("评审", "平均", "abc"), author="Reviewer")
    assert [r.role for r in faces.fell_back()] == [PAGE_NUMBER]
    (tmp_path / "notice.pdf").write_bytes(pdf)
    # The shipped face draws the page number; the copy, of the same name, gets its own.
    copy = "BousungEG-Light-GB-" + _sha256(SHIPPED)[:8]
    assert sorted(_pdf_fonts(tmp_path / "notice.pdf")) == ["BousungEG-Light-GB", copy]


def test_the_gb2312_face_is_preferred_by_its_family_name(
    office_fonts: Path, tmp_path: Path
) -> None:
    _renamed(SHIPPED, tmp_path / "fs.ttf", "FangSong_GB2312", "仿宋_GB2312")
    faces = find_faces(folders=[office_fonts, tmp_path])
    body = faces.roles[ROLES.index(BODY)]
    assert (body.face, body.file) == ("仿宋_GB2312", tmp_path / "fs.ttf")


def test_without_installed_faces_every_role_falls_back(tmp_path: Path) -> None:
    faces = find_faces(folders=[tmp_path])
    assert [r.role for r in faces.fell_back()] == list(ROLES)
    assert all(r.file is None for r in faces.roles)


def test_a_cff_face_is_refused_by_name_with_the_reason(tmp_path: Path) -> None:
    cff = _sfnt(b"OTTO", {b"CFF ": b"\1\0\4\2", b"name": _name_table("方正小标宋简体")})
    (tmp_path / "FZXBSJW.otf").write_bytes(cff)
    title_face = find_faces(folders=[tmp_path]).roles[ROLES.index(TITLE)]
    assert title_face.fallback
    [reason] = title_face.refused
    assert "FZXBSJW.otf" in reason and "PostScript (CFF) outlines" in reason


def test_a_link_or_a_fifo_in_the_folder_is_passed_over(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copyfile(SHIPPED, elsewhere / "simhei.ttf")
    folder = tmp_path / "fonts"
    folder.mkdir()
    (folder / "simhei.ttf").symlink_to(elsewhere / "simhei.ttf")
    (folder / "linked").symlink_to(elsewhere, target_is_directory=True)
    os.mkfifo(folder / "simkai.ttf")  # would block a reader that opened it
    faces = find_faces(folders=[folder])
    assert [r.role for r in faces.fell_back()] == list(ROLES)


def test_a_chosen_file_serves_its_role(office_fonts: Path, tmp_path: Path) -> None:
    chosen = _renamed(SHIPPED, tmp_path / "mine.ttf", "LXGW WenKai")
    faces = find_faces({HEADING2: chosen}, folders=[office_fonts])
    kai_face = faces.roles[ROLES.index(HEADING2)]
    assert (kai_face.file, kai_face.fallback, kai_face.face) == (chosen, False, "LXGW WenKai")


def test_every_element_is_drawn_in_its_roles_face(office_fonts: Path, tmp_path: Path) -> None:
    # The faces are those in use where the story is made, as in the report job.
    with using_faces(find_faces(folders=[office_fonts])):
        story = [
            title("关于公布试点名单的通知"),
            line("各设区市："),
            hei("一、总体要求"),
            kai("（一）工作目标"),
            grid_table([["序号", "申报单位"], ["1", "西安市"]], [40.0, 200.0]),
        ]
        pdf = build(story, name="通知", trace=Trace("评审", "平均", "abc"), author="Reviewer")
    (tmp_path / "notice.pdf").write_bytes(pdf)
    assert set(_pdf_fonts(tmp_path / "notice.pdf")) == {*OFFICE.values(), "SimSun"}


def test_the_red_headers_mark_is_in_the_titles_face(office_fonts: Path, tmp_path: Path) -> None:
    only_title = tmp_path / "fonts"
    only_title.mkdir()
    shutil.copyfile(office_fonts / "FZXBSJW.TTF", only_title / "FZXBSJW.TTF")
    with using_faces(find_faces(folders=[only_title])):
        story = [RedHeader("陕西省工业和信息化厅文件", "陕工信发〔2014〕123号")]
        pdf = build(story, name="通知", trace=Trace("评审", "平均", "abc"), author="Reviewer")
    (tmp_path / "header.pdf").write_bytes(pdf)
    # The mark in 小标宋; the number and the page number in the shipped song face.
    assert sorted(_pdf_fonts(tmp_path / "header.pdf")) == [
        "BousungEG-Light-GB",
        "FZXiaoBiaoSong-B05S",
    ]


def test_two_faces_of_one_postscript_name_are_both_embedded(tmp_path: Path) -> None:
    first = _renamed(SHIPPED, tmp_path / "a.ttf", "FangSong")
    second = _renamed(SHIPPED, tmp_path / "b.ttf", "FangSong", "仿宋")  # other bytes
    with using_faces(find_faces({TITLE: first, BODY: second}, folders=[])):
        story = [title("通知"), line("各设区市：")]
        pdf = build(story, name="通知", trace=Trace("评审", "平均", "abc"), author="Reviewer")
    (tmp_path / "notice.pdf").write_bytes(pdf)
    # Beside the page numbers' shipped song face (drawn when the page ends, so in any order):
    names = [name for name in _pdf_fonts(tmp_path / "notice.pdf") if name != "BousungEG-Light-GB"]
    assert sorted(names) == ["FangSong", "FangSong-" + _sha256(second)[:8]]


@pytest.fixture(scope="module")
def locked(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("locked") / "demo.review"
    shutil.copyfile(demo_master, path)
    with open_campaign(path) as store:
        lock_results(store, "审定", override_reason="组长同意")
    return path


def test_the_report_embeds_the_found_faces_by_role_reproducibly(
    locked: Path, office_fonts: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same faces in another folder: the same bytes, wherever the files lie.
    moved = tmp_path / "moved-fonts"
    shutil.copytree(office_fonts, moved)
    hashes = []
    for number, folder in enumerate((office_fonts, moved)):
        monkeypatch.setenv("REVIEWER_FONT_DIRS", str(folder))
        with open_campaign(locked, read_only=True) as store:
            written = write_report(store, tmp_path / f"report{number}")
        assert not any(r.fallback for r in written.fonts)
        hashes.append({d.name: d.sha256 for d in written.documents})
    assert hashes[0] == hashes[1]
    opinions = next(d.path for d in written.documents if d.kind == "opinions")
    # Title, body text and tables in 仿宋, 一、 headings and table headers in 黑体, page
    # numbers in 宋体 (no （一） heading in the findings).
    embedded = set(_pdf_fonts(opinions))
    assert embedded == {"FZXiaoBiaoSong-B05S", "FangSong", "SimHei", "SimSun"}


def test_report_json_lists_the_fonts_and_takes_a_chosen_file(
    locked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = _renamed(SHIPPED, tmp_path / "simhei-copy.ttf", "SimHei")
    out = tmp_path / "docs"
    # The PDFs alone (the faces are found before anything is written): half the time.
    args = ["report", str(locked), "--out", str(out), "--json", "--format", "pdf"]
    args += ["--font", f"heading1={chosen}"]
    assert main(args) == EXIT_OK
    fonts = json.loads(capsys.readouterr().out)["fonts"]
    assert [f["role"] for f in fonts] == list(ROLES)
    hei_face = fonts[ROLES.index(HEADING1)]
    assert hei_face == {
        "role": "heading1",
        "face": "SimHei",
        "file": str(chosen),
        "fallback": False,
        "refused": [],
    }
    assert all(f["fallback"] and f["file"] is None for f in fonts if f["role"] != HEADING1)


def test_report_says_which_role_fell_back(
    locked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["report", str(locked), "--out", str(tmp_path / "docs"), "--format", "pdf"]
    assert main(args) == EXIT_OK
    out = capsys.readouterr().err  # stdout lists the files, one a line
    assert "Title (小标宋): no installed face; the shipped 文鼎ＰＬ简报宋 served." in out
    assert "Headings 一、 (黑体): no installed face; the shipped 文泉驿微米黑 served." in out
