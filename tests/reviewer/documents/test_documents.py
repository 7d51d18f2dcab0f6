"""The printed documents, read back from the PDFs: who is listed and in what order, the
fonts embedded, the GB/T 9704 page, the trace line, and the same bytes every time."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import func, select

from models import Applicant, Application, Decision
from models.enums import TrackKind
from reviewer.cli.main import EXIT_OK, EXIT_REJECTED, main
from reviewer.decisions.notice import set_notice
from reviewer.decisions.outcomes import commit_decisions
from reviewer.decisions.ranking import DEFAULT_TIE_BREAK, TrackRules, locked_ranking, save_rules
from reviewer.documents.layout import BLOCK_HEIGHT, BLOCK_WIDTH, LEFT, TOP
from reviewer.documents.official import DocumentOptions
from reviewer.documents.report import Report, WrittenDocument, write_report
from reviewer.results.reconcile import add_note, current_lock, lock_results
from reviewer.store.storage import CampaignStore, open_campaign

A4 = (595.28, 841.89)
QUOTAS = {TrackKind.CITY: 3, TrackKind.DEPARTMENT: 2}


def _decide(path: Path) -> dict[TrackKind, list[str]]:
    """Lock the demo's results, set quotas (three cities, two departments), reject the
    fifth city with a reason and commit, as the secretariat does; returns the approved
    applicants per track in rank order."""
    with open_campaign(path) as store:
        xianyang = next(a for a in _applications(store) if a[1] == "咸阳市")[0]
        add_note(store, xianyang, "E03按错误的尺度评分，其总分已按计分方法去掉。")
        add_note(store, xianyang, "本人认为示范作用不足，保留意见。", expert_code="E03")
        lock = lock_results(store, "专家组会议审定", override_reason="组长同意")
        for kind, quota in QUOTAS.items():
            save_rules(store, TrackRules(kind, quota=quota, tie_break=DEFAULT_TIE_BREAK[kind]))
        ranking = locked_ranking(store)
        commit_decisions(store, lock.fingerprint)
        # The pilot list follows a public notice that ran its term (reviewer.decisions.notice).
        set_notice(store, start=date(2014, 9, 29))
    return {
        kind: [line.applicant for line in ranking.tracks[kind] if line.within] for kind in QUOTAS
    }


def _applications(store: CampaignStore) -> list[tuple[int, str]]:
    with store.reading() as session:
        return [
            (row.id, row.name)
            for row in session.execute(
                select(Application.id, Applicant.name).join(
                    Applicant, Applicant.id == Application.applicant_id
                )
            )
        ]


Approved = dict[TrackKind, list[str]]


class Run(NamedTuple):
    written: Report
    approved: Approved
    campaign: Path


@pytest.fixture(scope="module")
def decided(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Approved]:
    path = tmp_path_factory.mktemp("decided") / "demo.review"
    shutil.copyfile(demo_master, path)
    return path, _decide(path)


@pytest.fixture(scope="module")
def report(decided: tuple[Path, Approved], tmp_path_factory: pytest.TempPathFactory) -> Run:
    """Every document of the decided demo, written once for the module."""
    path, approved = decided
    with open_campaign(path, read_only=True) as store:
        written = write_report(store, tmp_path_factory.mktemp("report"))
    return Run(written, approved, path)


def _text(pdf: Path, *args: str) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", *args, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pages(pdf: Path) -> list[str]:
    return _text(pdf).split("\f")[:-1]


def _pdfs(report: Run) -> list[WrittenDocument]:
    return [d for d in report.written.documents if d.name.endswith(".pdf")]


def _paths(report: Run, kind: str) -> list[Path]:
    return [d.path for d in report.written.documents if d.kind == kind]


def _in_order(text: str, names: list[str]) -> bool:
    positions = [text.find(name) for name in names]
    return -1 not in positions and positions == sorted(positions)


def test_a_folder_that_cannot_be_made_is_refused_by_name(
    decided: tuple[Path, Approved], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _approved = decided
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = blocker / "documents"
    assert main(["report", str(path), "--out", str(out)]) == EXIT_REJECTED
    assert str(out) in capsys.readouterr().err


def test_report_refused_while_the_results_are_not_locked(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["report", str(demo_file), "--out", str(out)]) == EXIT_REJECTED
    assert "not locked" in capsys.readouterr().err
    assert not out.exists()


def test_the_cli_writes_and_lists_every_document(
    decided: tuple[Path, Approved], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, approved = decided
    out = tmp_path / "docs"
    copy_to = ["--copy-to", "省发展改革委，省财政厅"]
    assert main(["report", str(path), "--out", str(out), "--json", *copy_to]) == EXIT_OK
    listing = json.loads(capsys.readouterr().out)
    # 版记 (GB/T 9704-2012 7.4): 抄送 as given, at the foot of the last page, an even one.
    for kind in ("pilot_list", "public_notice"):
        (pdf,) = [Path(d["path"]) for d in listing["documents"] if d["kind"] == kind]
        pages = _pages(pdf)
        assert len(pages) % 2 == 0
        last = re.sub(r"\s+", "", pages[-1])
        assert "抄送：省发展改革委，省财政厅。陕西省工业和信息化厅办公室" in last, kind
    kinds = [d["kind"] for d in listing["documents"]]
    assert set(kinds) == {
        "pilot_list",
        "approval",
        "public_notice",
        "score_summary",
        "expert_sheet",
        "opinions",
        "review_report",
        "ranking_xlsx",
        "score_summary_xlsx",
        "pilot_list_docx",
        "approval_docx",
        "public_notice_docx",
        "opinions_docx",
        "review_report_docx",
    }
    assert kinds.count("approval") == sum(len(names) for names in approved.values())
    assert kinds.count("approval_docx") == kinds.count("approval")
    assert kinds.count("expert_sheet") == 6  # E07 scored nothing in the demo
    assert listing["skipped"] == []
    for document in listing["documents"]:
        content = Path(document["path"]).read_bytes()
        magic = b"%PDF-" if document["name"].endswith(".pdf") else b"PK\x03\x04"
        assert content.startswith(magic), document["name"]
    with open_campaign(path, read_only=True) as store:
        lock = current_lock(store)
    assert lock is not None and listing["fingerprint"] == lock.fingerprint


def test_report_format_pdf_writes_no_word_copies(
    decided: tuple[Path, Approved], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _approved = decided
    out = tmp_path / "docs"
    args = ["report", str(path), "--out", str(out), "--json", "--format", "pdf"]
    assert main(args) == EXIT_OK
    names = [d["name"] for d in json.loads(capsys.readouterr().out)["documents"]]
    assert not any(name.endswith(".docx") for name in names)
    assert sorted(p.name for p in out.iterdir()) == sorted(names)
    assert main(["report", str(path), "--out", str(out), "--format", "odt"]) != EXIT_OK


def test_the_pilot_list_names_the_approved_in_rank_order(report: Run) -> None:
    approved = report.approved
    (pdf,) = _paths(report, "pilot_list")
    pages = _pages(pdf)
    text = "".join(pages)
    assert "陕西省工业和信息化厅文件" in pages[0]
    assert "陕工信发〔2026〕" in pages[0] or re.search(r"陕工信发〔\d{4}〕", pages[0])
    assert "关于公布2014年陕西省智慧城市试点名单的通知" in re.sub(r"\s+", "", text)
    city, department = approved[TrackKind.CITY], approved[TrackKind.DEPARTMENT]
    attachments = [page for page in pages if page.lstrip().startswith("附件")]
    assert len(attachments) == 2
    assert _in_order(attachments[0], city) and not any(n in attachments[0] for n in department)
    assert _in_order(attachments[1], department)
    assert len(city) == 3 and len(department) == 2
    # Not approved: the cities below the quota.
    assert "咸阳市" not in text and "铜川市" not in text


def test_approval_letters_one_per_approved_applicant_in_rank_order(
    report: Run,
) -> None:
    approved = report.approved
    letters = _paths(report, "approval")
    names = [n for kind in (TrackKind.CITY, TrackKind.DEPARTMENT) for n in approved[kind]]
    assert [p.stem.split("-", 2)[2] for p in letters] == names
    first = re.sub(r"\s+", "", _text(letters[0]))
    assert f"关于{names[0]}智慧城市试点实施方案的批复" in first
    assert f"{names[0]}人民政府：" in first and "排第1名" in first


def test_public_notice_and_summary_follow_the_ranking(report: Run) -> None:
    approved = report.approved
    (notice,) = _paths(report, "public_notice")
    assert _in_order(_text(notice), approved[TrackKind.CITY] + approved[TrackKind.DEPARTMENT])
    (summary,) = _paths(report, "score_summary")
    text = _text(summary)
    assert _in_order(text, ["西安市", "榆林市", "宝鸡市", "咸阳市", "延安市"])
    # 咸阳市: E03's 26.00 and E04's 80.00 dropped by the trimmed mean, bracketed.
    xianyang = next(row for row in text.splitlines() if "咸阳市" in row)
    assert "(26.00)" in xianyang and "(80.00)" in xianyang and "76.13" in xianyang
    assert "评审组长签字" in text and "张维民" in text and "日期" in text


def test_the_public_notices_signature_never_stands_alone_on_a_page(report: Run) -> None:
    """GB/T 9704-2012 7.3.5.5: the seal and the date go with the last of the text; the
    public notice's last list comes over with them rather than leave them alone."""
    (notice,) = _paths(report, "public_notice")
    pages = [re.sub(r"\s+", "", page) for page in _pages(notice)]
    (signed,) = [page for page in pages if re.search(r"信息化厅\d{4}年\d+月\d+日(?!印发)", page)]
    assert "序号申报单位评审得分排序" in signed


def test_findings_carry_notes_dissents_and_condition_figures(report: Run) -> None:
    (pdf,) = _paths(report, "opinions")
    pages = [re.sub(r"\s+", "", page) for page in _pages(pdf)]
    start = next(i for i, page in enumerate(pages) if "咸阳市智慧城市" in page)
    section = pages[start] + pages[start + 1]  # the dissent may run onto the next page
    assert "E03按错误的尺度评分" in section
    assert "赵建华（E03）：本人认为示范作用不足" in section
    assert "C1组织保障有力" in section and "19.25" in section  # condition figure
    assert "不列为试点" in section  # 咸阳市 is fourth, below the quota of three
    # Who the trimmed mean dropped and who it kept, said plainly (not "，去掉、").
    panel = section.replace("评审专家", "")  # the row's label, set beside the wrapped cell
    assert "去掉最高分：陈晓峰（E04）；去掉最低分：赵建华（E03）；其余专家评分计入：" in panel
    assert "去掉、" not in section and "，去掉" not in section
    # The method without brackets in brackets.
    assert "5名及以上专家评分时去掉一个最高分和一个最低分后取平均" in section
    assert "））" not in "".join(pages)


def test_expert_sheets_hold_each_criterion_score(report: Run) -> None:
    sheets = _paths(report, "expert_sheet")
    first = next(p for p in sheets if "E01" in p.name)
    text = _text(first)
    assert "张维民" in text and "评审专家签字" in text
    assert "C1.1" in text and "合计" in text and "90.5" in text  # 西安市, E01's total


def test_every_page_traces_the_locked_results(report: Run) -> None:
    short = report.written.fingerprint[:12]
    for document in _pdfs(report):
        for page in _pages(document.path):
            flat = re.sub(r"\s+", "", page)
            assert short in flat, document.name
            assert "去掉一个最高分和一个最低分后取平均" in flat
            assert "2014年陕西省智慧城市试点评审" in flat


def test_fonts_are_the_shipped_truetype_faces_embedded(report: Run) -> None:
    for document in _pdfs(report):
        listing = subprocess.run(
            ["pdffonts", str(document.path)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert listing, document.name
        for row in listing:
            assert "TrueType" in row and " yes yes " in row, row
            assert "STSong" not in row and "Helvetica" not in row


def _words(pdf: Path, page: int = 1) -> list[tuple[float, float, float, float, str]]:
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<'
    return [
        (float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(pattern, html)
    ]


def test_official_pages_are_a4_with_the_standard_text_block(report: Run) -> None:
    (pdf,) = _paths(report, "pilot_list")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    assert size and (float(size[1]), float(size[2])) == pytest.approx(A4, abs=0.1)
    right, bottom = LEFT + BLOCK_WIDTH, TOP + BLOCK_HEIGHT
    for page in (1, 2, 3):
        words = _words(pdf, page)
        body = [w for w in words if w[1] < bottom]  # above the page number and trace line
        assert min(w[0] for w in body) == pytest.approx(LEFT, abs=0.5)
        assert max(w[2] for w in body) <= right + 0.5
        assert min(w[1] for w in body) >= TOP - 0.5
    first = _words(pdf, 1)
    # The red header's mark: its top 35 mm below the top of the text block.
    assert first[0][4] == "陕西省工业和信息化厅文件"
    assert first[0][1] == pytest.approx(TOP + 35 * 72 / 25.4, abs=1)
    # 28 characters to a line: full-width characters sit 156 mm / 28 apart, and an
    # indented first line (two characters in) of 26 fills the line to the right edge.
    pitch = BLOCK_WIDTH / 28
    body = [w for w in first if w[1] > 480 and w[1] < bottom and w[4].isascii() is False]
    wide = [w for w in body if not any(c.isascii() for c in w[4])]
    for x0, _y0, x1, _y1, word in wide:
        assert x1 - x0 == pytest.approx(len(word) * pitch + (16 - pitch), abs=0.3)
    indented = [w for w in wide if w[0] == pytest.approx(LEFT + 2 * pitch, abs=0.3)]
    assert any(len(w[4]) == 26 and w[2] == pytest.approx(right, abs=0.3) for w in indented)
    # 22 lines to the block: consecutive body lines are 225 mm / 22 apart.
    tops = sorted({round(w[1], 1) for w in first if w[0] == pytest.approx(LEFT, abs=0.5)})
    assert tops[-1] - tops[-2] == pytest.approx(BLOCK_HEIGHT / 22, abs=0.1)


def test_page_numbers_sit_at_the_outside_corners(report: Run) -> None:
    (pdf,) = _paths(report, "pilot_list")
    for page in (1, 2):
        words = _words(pdf, page)
        digit = next(w for w in words if w[4] == str(page) and w[1] > TOP + BLOCK_HEIGHT)
        dashes = [w for w in words if w[4] == "—" and abs(w[1] - digit[1]) < 1]
        assert len(dashes) == 2
        if page % 2:  # odd: one character (14 pt) in from the block's right edge
            assert max(d[2] for d in dashes) == pytest.approx(LEFT + BLOCK_WIDTH - 14, abs=0.5)
        else:
            assert min(d[0] for d in dashes) == pytest.approx(LEFT + 14, abs=0.5)
        assert digit[1] == pytest.approx(TOP + BLOCK_HEIGHT + 7 * 72 / 25.4, abs=1)


def test_the_same_locked_results_give_the_same_bytes(report: Run, tmp_path: Path) -> None:
    with open_campaign(report.campaign, read_only=True) as store:
        again = write_report(store, tmp_path)
    first = {d.name: d.sha256 for d in report.written.documents}
    assert {d.name: d.sha256 for d in again.documents} == first


def test_options_override_the_number_date_and_addressees(
    decided: tuple[Path, Approved], tmp_path: Path
) -> None:
    path, _approved = decided
    options = DocumentOptions("陕工信发〔2014〕123号", date(2014, 7, 1), "各设区市工信局")
    with open_campaign(path, read_only=True) as store:
        written = write_report(store, tmp_path, options)
    (pdf,) = [d.path for d in written.documents if d.kind == "pilot_list"]
    text = re.sub(r"\s+", "", _text(pdf))
    assert "陕工信发〔2014〕123号" in text and "各设区市工信局：" in text
    assert "2014年7月1日" in text  # no zero padding


def test_without_committed_decisions_only_the_tables_are_written(
    demo_file: Path, tmp_path: Path
) -> None:
    with open_campaign(demo_file) as store:
        lock_results(store, "审定", override_reason="组长同意")
        written = write_report(store, tmp_path)
        with store.reading() as session:
            assert session.scalar(select(func.count(Decision.id))) == 0
    assert {d.kind for d in written.documents} == {
        "score_summary",
        "score_summary_xlsx",
        "expert_sheet",
        "opinions",
        "opinions_docx",
        "review_report",
        "review_report_docx",
        "ranking_xlsx",
    }
    assert [kind for kind, _why in written.skipped] == ["pilot_list", "approval", "public_notice"]


def test_lines_never_start_with_closing_punctuation() -> None:
    from reviewer.documents.layout import BLOCK_WIDTH as WIDTH
    from reviewer.documents.layout import NO_LINE_START, Style, fonts, line_width, wrap_runs

    song, _hei = fonts()
    # 28 characters then a comma: the comma may not start the next line, so the
    # character before it goes down with it (推入), and 90.50 is never cut in two.
    text = "一" * 28 + "，得分90.50分。" + "二" * 20 + "（三）"
    style = Style(first_indent=0)
    lines = wrap_runs([(text, song)], style, WIDTH)
    chars = ["".join(c for c, _f in line) for line in lines]
    assert "".join(chars) == text
    assert chars[0] == "一" * 27 and chars[1].startswith("一，")
    assert all(line[0] not in NO_LINE_START for line in chars if line)
    assert all(line_width(line, style) - style.char_space <= WIDTH + 0.01 for line in lines)
    assert not any(line.endswith("（") for line in chars)
    assert any("90.50" in line for line in chars)
    # A closing bracket then a comma at the line's end: both go down with the word before.
    text = "省级部门智慧城市业务应用试点按领导重视和支持（25分）、领导机制（25分）"
    chars = ["".join(c for c, _f in line) for line in wrap_runs([(text, song)], Style(), WIDTH)]
    assert "".join(chars) == text and chars[1].startswith("（25分）、")


def test_the_approval_letters_points_are_numbered_in_the_first_levels_face(report: Run) -> None:
    from reviewer.documents.approval import item
    from reviewer.documents.fonts import BODY, HEADING1

    assert item("一、", "同意。").runs == [("一、", HEADING1), ("同意。", BODY)]
    # GB/T 9704-2012 7.3.3: the letter embeds the 黑体 face for its 一、二、三、 beside the body.
    letter = _paths(report, "approval")[0]
    listing = subprocess.run(
        ["pdffonts", str(letter)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len({row.split()[0] for row in listing}) == 2
