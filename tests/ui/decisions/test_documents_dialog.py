"""The Documents dialog says which role of the fonts fell back to the shipped face."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.documents.fonts import ROLES, RoleFace, shipped, shipped_faces
from reviewer.documents.report import Report, WrittenDocument
from ui.decisions.documents_dialog import DocumentsDialog
from ui.widgets.qt import Qt


def test_the_roles_that_fell_back_are_named(qtbot: Any, tmp_path: Path) -> None:
    dialog = DocumentsDialog(tmp_path)
    qtbot.addWidget(dialog)
    found = RoleFace("body", "仿宋_GB2312", tmp_path / "仿宋_GB2312.ttf", False, "F")
    refused = "FZXBSJW.otf has PostScript (CFF) outlines"
    fonts = (shipped("title", [refused]), found, *shipped_faces().roles[2:])
    dialog.show_report(Report("f" * 64, (), (), fonts))
    note = dialog.fonts_note.text().splitlines()
    assert note[0] == refused
    assert note[1] == "Title (小标宋): no installed face; the shipped 文鼎ＰＬ简报宋 served."
    assert len(note) == 1 + len(ROLES) - 1
    assert not any("Body text" in line for line in note)


def test_the_copy_recipients_typed_go_into_the_imprint_options(qtbot: Any, tmp_path: Path) -> None:
    dialog = DocumentsDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.options().copy_to is None  # left empty: the imprint names no copies
    qtbot.keyClicks(dialog.copy_to, "  DRC, Finance ")  # QTest types ASCII only
    assert dialog.options().copy_to == "DRC, Finance"


def test_the_pilot_list_held_and_a_term_in_weekdays_are_said(qtbot: Any, tmp_path: Path) -> None:
    dialog = DocumentsDialog(tmp_path)
    qtbot.addWidget(dialog)
    hold = "The public notice runs until 2099-03-10: the pilot list can be written from 2099-03-11."
    note = "The holidays of 2099 are not known to this version of Reviewer."
    dialog.show_report(Report("f" * 64, (), (("pilot_list", hold),), (), (note,)))
    assert dialog.skipped.text().splitlines() == [hold, note]


def _written(kind: str, name: str, folder: Path) -> WrittenDocument:
    return WrittenDocument(kind, name, folder / name, "0" * 64)


def test_the_documents_are_listed_by_kind_the_notice_first(qtbot: Any, tmp_path: Path) -> None:
    """The report writes the tables first and the pilot list in the middle; the list
    shows them by kind under headings, the notice publishing the list first, and a
    stable order within a kind."""
    written = [
        ("score_summary", "评分汇总表.pdf"),
        ("score_summary_xlsx", "评分汇总表.xlsx"),
        ("expert_sheet", "专家评分表-E02-王伟.pdf"),
        ("expert_sheet", "专家评分表-E01-李明.pdf"),
        ("opinions", "评审意见.pdf"),
        ("opinions_docx", "评审意见.docx"),
        ("review_report", "评审报告.pdf"),
        ("pilot_list", "试点名单.pdf"),
        ("pilot_list_docx", "试点名单.docx"),
        ("approval", "批复-02-宝鸡市.pdf"),
        ("approval", "批复-01-咸阳市.pdf"),
        ("approval_docx", "批复-01-咸阳市.docx"),
        ("public_notice", "公示.pdf"),
        ("ranking_xlsx", "排名与试点名单.xlsx"),
    ]
    report = Report("f" * 64, tuple(_written(k, n, tmp_path) for k, n in written), ())
    dialog = DocumentsDialog(tmp_path)
    qtbot.addWidget(dialog)
    dialog.show_report(report)
    shown = [dialog.written.item(row).text() for row in range(dialog.written.count())]
    assert shown == [
        "Notice of the pilot list (1)",
        "试点名单.pdf",
        "Approval letters (2)",
        "批复-01-咸阳市.pdf",
        "批复-02-宝鸡市.pdf",
        "Public notice (1)",
        "公示.pdf",
        "Review report (1)",
        "评审报告.pdf",
        "Panel's findings (1)",
        "评审意见.pdf",
        "Expert score sheets (2)",
        "专家评分表-E01-李明.pdf",
        "专家评分表-E02-王伟.pdf",
        "Score tables (3)",
        "评分汇总表.pdf",
        "评分汇总表.xlsx",
        "排名与试点名单.xlsx",
        "Word copies (3)",
        "试点名单.docx",
        "批复-01-咸阳市.docx",
        "评审意见.docx",
    ]
    assert dialog.written.currentItem().text() == "试点名单.pdf"  # a file, not a heading
    heading = dialog.written.item(0)
    assert not heading.flags() & Qt.ItemFlag.ItemIsSelectable
    opened: list[Path] = []
    dialog.open_requested.connect(opened.append)
    dialog.on_written_item_activated(heading)  # a heading opens nothing
    dialog.open_button.click()
    assert opened == [tmp_path / "试点名单.pdf"]
    assert dialog.written_names() == [n for n in shown if "(" not in n]
    # The same documents in another order list the same.
    dialog.show_report(Report("f" * 64, tuple(reversed(report.documents)), ()))
    assert [dialog.written.item(r).text() for r in range(dialog.written.count())] == shown


def test_a_reviews_documents_go_under_their_own_headings_and_the_deadline_is_an_option(
    qtbot: Any, tmp_path: Path
) -> None:
    from datetime import date

    from ui.decisions.documents_dialog import grouped
    from ui.widgets.qt import QDate

    names = {
        "acceptance_notice": "验收结果通知.pdf",
        "acceptance_opinion": "验收意见-01-西安市.pdf",
        "rectification": "整改通知-01-咸阳市.pdf",
        "rectification_docx": "整改通知-01-咸阳市.docx",
    }
    documents = tuple(
        WrittenDocument(kind, name, tmp_path / name, "0" * 64) for kind, name in names.items()
    )
    assert [title for title, _docs in grouped(documents)] == [
        "Notice of the review's results",
        "Opinions per pilot",
        "Rectification notices",
        "Word copies",
    ]
    dialog = DocumentsDialog(tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.options().rectify_by is None
    dialog.other_deadline.setChecked(True)
    dialog.rectify_by.setDate(QDate(2015, 12, 31))
    assert dialog.options().rectify_by == date(2015, 12, 31)
