"""What was dropped on the window is sorted by what it is: a campaign, packages, score files."""

from __future__ import annotations

from pathlib import Path

from ui.widgets.dropped import dropped_campaign, dropped_packages, dropped_score_files
from ui.widgets.qt import QMimeData, QUrl


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    return mime


def test_dropped_files_are_sorted_by_what_they_are(tmp_path: Path) -> None:
    folder = tmp_path / "西安市"
    folder.mkdir()
    package, scores, other = tmp_path / "铜川市.ZIP", tmp_path / "E01.json", tmp_path / "a.txt"
    for path in (package, scores, other):
        path.write_bytes(b"x")
    campaign = tmp_path / "2014.review"
    mime = _mime(folder, package, scores, other, campaign)
    assert dropped_packages(mime) == [folder, package]
    assert dropped_score_files(mime) == [scores]
    assert dropped_campaign(mime) == campaign


def test_nothing_of_use_dropped(tmp_path: Path) -> None:
    missing = tmp_path / "E02.json"  # a score file that is not there is not one
    mime = _mime(tmp_path / "notes.txt", missing)
    assert dropped_packages(mime) == []
    assert dropped_score_files(mime) == []
    assert dropped_campaign(mime) is None
