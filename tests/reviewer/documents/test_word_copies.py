"""The letters' editable Word copies: what the .docx says about its page, styles and
footers, and what a real office suite makes of it. LibreOffice Writer converts every
copy of the demo's report to PDF (one headless call, a private profile and only the
shipped faces, so nothing depends on the machine's fonts), and each must be A4, as long
as Reviewer's own PDF (one page more at most), with no blank page and the same text in
the same order."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from reportlab.platypus import Flowable

from reviewer.documents.approval import item
from reviewer.documents.docx_copy import CHAR_SPACE, LINE_PITCH, build_docx
from reviewer.documents.imprint import Imprint
from reviewer.documents.layout import GridText, Trace, body, build, hei, kai
from reviewer.documents.report import Report, write_report
from reviewer.resources import SONG_FONT, resource_path
from reviewer.store.storage import open_campaign
from tests.reviewer.documents.test_documents import _decide

A4 = (595.28, 841.89)
TRACE = Trace("2014年陕西省智慧城市试点评审", "算术平均", "0123456789ab")
NO_SOFFICE = (
    "LibreOffice (soffice) is not installed: the Word copies are not checked in an office "
    "suite (.ci/run installs libreoffice-writer-nogui)"
)
# LibreOffice finds fonts through fontconfig: only the shipped faces, standing in for
# the office faces the copies name.
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>{fonts}</dir>
  <cachedir>{cache}</cachedir>
  {aliases}
</fontconfig>
"""
STAND_INS = {
    "仿宋_GB2312": "AR PL SungtiL GB",
    "方正小标宋简体": "AR PL SungtiL GB",
    "楷体_GB2312": "AR PL SungtiL GB",
    "宋体": "AR PL SungtiL GB",
    "黑体": "WenQuanYi Micro Hei",
}


@pytest.fixture(scope="module")
def report(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Report:
    path = tmp_path_factory.mktemp("decided") / "demo.review"
    shutil.copyfile(demo_master, path)
    _decide(path)
    with open_campaign(path, read_only=True) as store:
        return write_report(store, tmp_path_factory.mktemp("report"))


def _copies(report: Report) -> list[Path]:
    return [d.path for d in report.documents if d.kind.endswith("_docx")]


def _part(docx: Path, name: str) -> str:
    with zipfile.ZipFile(docx) as archive:
        return archive.read(name).decode()


def test_every_letter_has_its_word_copy_beside_its_pdf(report: Report) -> None:
    copies = _copies(report)
    assert {d.kind for d in report.documents if d.path in copies} == {
        "pilot_list_docx",
        "approval_docx",
        "public_notice_docx",
        "opinions_docx",
        "review_report_docx",
    }
    for copy in copies:
        assert copy.with_suffix(".pdf").is_file()


def test_the_copy_has_the_standard_page_grid_styles_and_footers(report: Report) -> None:
    (notice,) = [p for p in _copies(report) if p.stem == "试点名单"]
    document = Document(str(notice))
    section = document.sections[0]
    assert (section.page_width.mm, section.page_height.mm) == pytest.approx((210, 297), abs=0.1)
    assert section.top_margin.mm == pytest.approx(37, abs=0.1)
    assert section.left_margin.mm == pytest.approx(28, abs=0.1)
    width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    height = (section.page_height or 0) - (section.top_margin or 0) - (section.bottom_margin or 0)
    assert (width / 36000, height / 36000) == pytest.approx((156, 225), abs=0.1)  # EMU to mm
    xml = _part(notice, "word/document.xml")
    grid = re.search(r"<w:docGrid ([^>]*)/>", xml)
    assert grid and 'w:type="linesAndChars"' in grid[1]
    assert f'w:linePitch="{LINE_PITCH}"' in grid[1] and f'w:charSpace="{CHAR_SPACE}"' in grid[1]
    # What Word's page setup shows: 22 lines, 28 characters of 3号 to a line.
    assert int(height / 635 // LINE_PITCH) == 22  # EMU to twips
    assert int(width / 12700 // (16 + CHAR_SPACE / 4096)) == 28  # EMU to points
    styles = _part(notice, "word/styles.xml")
    for name, face in (("标题", "方正小标宋简体"), ("Normal", "仿宋_GB2312"), ("一级标题", "黑体")):
        style = re.search(rf'<w:style [^>]*>\s*<w:name w:val="{name}"/>.*?</w:style>', styles, re.S)
        assert style and f'w:eastAsia="{face}"' in style[0], name
    used = {p.style.name for p in document.paragraphs}
    # Body text in Word's Normal, which Chinese Word and WPS show as 正文.
    assert {"发文机关标志", "发文字号", "标题", "Normal", "一级标题"} <= used
    mark = next(p for p in document.paragraphs if p.style.name == "发文机关标志")
    assert mark.text == "陕西省工业和信息化厅文件"
    assert 'w:color w:val="E60012"' in styles  # the red of the mark's style
    assert len(document.tables) == 2  # the attachments' lists, as Word tables
    assert "<w:evenAndOddHeaders/>" in _part(notice, "word/settings.xml")
    odd, even = section.footer.paragraphs, section.even_page_footer.paragraphs
    assert odd[0].alignment == 2 and even[0].alignment == 0  # right, left: outside corners
    assert odd[0].text.startswith("— ") and odd[0].text.endswith(" —")
    assert "结果校验码：" + report.fingerprint[:12] in odd[1].text
    assert odd[1].text == even[1].text


def test_a_flowable_without_a_word_counterpart_is_refused() -> None:
    class Ornament(Flowable):
        pass

    with pytest.raises(TypeError, match="Ornament"):
        build_docx([GridText("正文"), Ornament()], name="试点名单", trace=TRACE, author="厅")


def test_the_same_story_gives_the_same_bytes() -> None:
    story: list[Flowable] = [GridText("根据有关规定，现予公布。")]
    first = build_docx(story, name="公示", trace=TRACE, author="厅")
    assert build_docx(story, name="公示", trace=TRACE, author="厅") == first
    assert (
        "2014-07-01T00:00:00Z"
        in zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml").decode()
    )


def _pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def _furniture(docx: Path) -> list[str]:
    """What is not the letter's text in the order it flows: the footer's trace line (in
    pieces, as pdftotext may read them in another order) and the tables' header rows,
    which repeat on every page a table runs onto."""
    document = Document(str(docx))
    trace = document.sections[0].footer.paragraphs[1].text
    pieces = [piece for part in trace.split("　") for piece in part.split("：")]
    headers = ["".join(c.text for c in table.rows[0].cells) for table in document.tables]
    return sorted({re.sub(r"\s+", "", p) for p in pieces + headers} - {""}, key=len)[::-1]


def _flowing(text: str, furniture: list[str]) -> str:
    text = re.sub(r"—\s*\d+\s*—", "", re.sub(r"\s+", "", text))
    for piece in furniture:
        text = text.replace(piece, "")
    return text.replace("：", "")


def _imprinted(lines: int, copy_to: str | None) -> list[Flowable]:
    """`lines` grid lines of body text under a heading, then the 版记."""
    story: list[Flowable] = [hei("一、总体要求"), *(body("一" * 24) for _ in range(lines - 1))]
    return [*story, Imprint("陕西省工业和信息化厅办公室", date(2014, 7, 1), copy_to)]


# How the text ends, and where GB/T 9704-2012 7.4.1 and 7.5 put the 版记: on an odd page
# (the next page, alone and unnumbered), on an even page with room (its foot), on a full
# even page (two pages on, after a blank one).
IMPRINT_CASES = {
    "odd": (3, "各设区市人民政府，省级有关部门"),
    "even": (32, "省发展改革委"),
    "full": (44, None),
}


def _imprint_copies(folder: Path) -> list[Path]:
    """Each imprint case as PDF and Word copy in `folder`."""
    copies = []
    for case, (lines, copy_to) in IMPRINT_CASES.items():
        for render, suffix in ((build, ".pdf"), (build_docx, ".docx")):
            path = folder / f"imprint-{case}{suffix}"
            path.write_bytes(
                render(_imprinted(lines, copy_to), name="测试", trace=TRACE, author="厅")
            )
        copies.append(path)
    return copies


@pytest.fixture(scope="module")
def converted(report: Report, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every Word copy, and the imprint cases, converted to PDF by LibreOffice Writer in
    one call; the imprint cases' own PDFs in the folder beside (`cases`)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip(NO_SOFFICE)
    work = tmp_path_factory.mktemp("soffice")
    aliases = "".join(
        f"<alias binding='strong'><family>{name}</family><prefer><family>{face}</family>"
        "</prefer></alias>"
        for name, face in STAND_INS.items()
    )
    conf = work / "fonts.conf"
    fonts = resource_path(SONG_FONT).parent
    conf.write_text(FONTS_CONF.format(fonts=fonts, cache=work / "cache", aliases=aliases))
    out = work / "pdf"
    (work / "cases").mkdir()
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, _copies(report)),
            *map(str, _imprint_copies(out.parent / "cases")),
        ],
        env={"PATH": "/usr/bin:/bin", "HOME": str(work), "FONTCONFIG_FILE": str(conf)},
        capture_output=True,
        check=True,
        timeout=300,
    )
    return out


def test_an_office_suite_lays_the_copies_out_like_the_pdfs(report: Report, converted: Path) -> None:
    for docx in _copies(report):
        office = converted / f"{docx.stem}.pdf"
        info = subprocess.run(
            ["pdfinfo", str(office)], capture_output=True, text=True, check=True
        ).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert size and (float(size[1]), float(size[2])) == pytest.approx(A4, abs=0.5)
        ours, theirs = _pdf_pages(docx.with_suffix(".pdf")), _pdf_pages(office)
        assert len(ours) <= len(theirs) <= len(ours) + 1, docx.name
        furniture = _furniture(docx)
        for number, page in enumerate(theirs, start=1):
            assert _flowing(page, furniture), f"{docx.name}: page {number} is blank"
        assert _flowing("".join(theirs), furniture) == _flowing("".join(ours), furniture)
        # The seal's page and the 版记's page are the PDF's: the same text goes with the
        # signature (GB/T 9704-2012 7.3.5.5) and the 版记 ends an even page (7.4).
        assert _landmarks(theirs) == _landmarks(ours), docx.name


def _landmarks(pages: list[str]) -> list[tuple[int, str]]:
    """(page, what) for the signature (the authority over the date, where the seal goes)
    and the 版记's 印发 line. The review report's 评审日期 is no seal's line: its members
    sign by hand in a table that an office suite may set a little taller."""
    found = []
    for number, page in enumerate(pages, start=1):
        flat = re.sub(r"\s+", "", page)
        if re.search(r"信息化厅\d{4}年\d{1,2}月\d{1,2}日(?!印发)", flat):
            found.append((number, "signature"))
        if re.search(r"\d{4}年\d{1,2}月\d{1,2}日印发", flat):
            found.append((number, "imprint"))
    return found


def test_a_titles_lines_break_in_word_where_they_break_in_the_pdf(report: Report) -> None:
    """Word would wrap a title anywhere, inside 陕西省 too; the copy carries the PDF's
    lines (GB/T 9704-2012 7.3.1) as line breaks."""
    notice = next(d.path for d in report.documents if d.kind == "pilot_list_docx")
    title = next(p for p in Document(str(notice)).paragraphs if p.style.name == "标题")
    assert title.text.split("\n") == [
        "陕西省工业和信息化厅关于公布",
        "2014年陕西省智慧城市试点名单的通知",
    ]


def _imprint_lines(pdf: Path) -> list[tuple[int, float]]:
    """(page, top) of each word of the 印发 line: where a renderer put the imprint."""
    pages = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout.split("<page ")[1:]
    return [
        (number, float(match[1]))
        for number, page in enumerate(pages, start=1)
        for match in re.finditer(r'yMin="([\d.]+)"[^>]*>陕西省工业和信息化厅办公室<', page)
    ]


@pytest.mark.parametrize("case", IMPRINT_CASES)
def test_an_office_suite_puts_the_imprint_where_the_pdf_does(converted: Path, case: str) -> None:
    """The 版记 at the foot of the last even page, its last rule on the block's bottom edge
    (GB/T 9704-2012 7.4.1), alone and unnumbered on a page of its own (7.5)."""
    ours, theirs = (
        converted.parent / "cases" / f"imprint-{case}.pdf",
        converted / f"imprint-{case}.pdf",
    )
    (page, top), (their_page, their_top) = _imprint_lines(ours)[0], _imprint_lines(theirs)[0]
    assert page % 2 == 0 and their_page == page
    assert their_top == pytest.approx(top, abs=3)
    our_pages, their_pages = _pdf_pages(ours), _pdf_pages(theirs)
    assert len(their_pages) == len(our_pages)
    alone = IMPRINT_CASES[case][0] != 32
    assert [bool(re.search(r"—\s*\d+\s*—", p)) for p in their_pages] == [
        bool(re.search(r"—\s*\d+\s*—", p)) for p in our_pages
    ]
    assert bool(re.search(r"—\s*\d+\s*—", their_pages[page - 1])) is not alone


def test_headings_take_their_roles_style_whichever_face_serves_them() -> None:
    """The shipped song face stands in for 楷体 here: the copy still styles the line as a
    second-level heading, from its role, not from the face's name."""
    story: list[Flowable] = [hei("一、总体要求"), kai("（一）工作目标"), item("一、", "同意。")]
    document = Document(io.BytesIO(build_docx(story, name="批复", trace=TRACE, author="厅")))
    assert [p.style.name for p in document.paragraphs] == ["一级标题", "二级标题", "Normal"]
    ordinal = document.paragraphs[2].runs[0]._r.xml
    assert 'w:eastAsia="黑体"' in ordinal
    assert "w:eastAsia" not in document.paragraphs[2].runs[1]._r.xml  # the body's 仿宋


def test_a_page_holding_the_imprint_alone_is_a_section_without_page_numbers() -> None:
    copy = build_docx(_imprinted(*IMPRINT_CASES["odd"]), name="测试", trace=TRACE, author="厅")
    document = Document(io.BytesIO(copy))
    text, alone = document.sections
    assert alone.start_type == 2  # WD_SECTION.NEW_PAGE
    (ending,) = [p for p in document.paragraphs if p._p.xpath("./w:pPr/w:sectPr")]
    assert ending.text == "一" * 24  # the text's last line ends its section
    assert "PAGE" in text.footer._element.xml and "PAGE" not in alone.footer._element.xml
    assert "PAGE" not in alone.even_page_footer._element.xml
    assert alone.footer.paragraphs[-1].text == text.footer.paragraphs[-1].text  # the trace
