"""The Documents dialog says which role of the fonts fell back to the shipped face."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reviewer.documents.fonts import ROLES, RoleFace, shipped, shipped_faces
from reviewer.documents.report import Report
from ui.decisions.documents_dialog import DocumentsDialog


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
