"""Paths that are not ordinary files, and files at the edges of the size limits, handed to
every reader the fuzzers cover: score files, expert lists, rubric workbooks, packages and
the files inside a package folder.

Each is refused by name (inside a package folder, passed over and named, or refused for
its size) without blocking on a FIFO or reading a device to its end, and a refusal
changes nothing. `bounded` fails an example that hangs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reviewer.inputs.files import InputRefused, Inputs, open_input
from reviewer.intake.importing import Outcome, PackageReport, import_packages
from reviewer.intake.package_files import MAX_MEMBER_BYTES
from reviewer.panel.expert_list import MAX_PANEL_BYTES, import_panel
from reviewer.progress import finish
from reviewer.rubrics.workbook import MAX_RUBRIC_BYTES, read_rubric_workbook
from reviewer.scoring.returns.importing import ScoreOutcome, import_score_file
from reviewer.scoring.score_file_format import MAX_SCORE_FILE_BYTES
from tests.fuzz.conftest import Corpus, Working, share
from tests.hostile.test_inputs import bounded

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and links")

SPECIAL = [
    "fifo",
    "/dev/null",
    "/dev/zero",
    "folder",
    "dangling link",
    "link to a fifo",
    "link to /dev/zero",
    "link to a folder",
]


def _special(kind: str, path: Path) -> Path:
    """Make `path` the thing of `kind`; a device is linked to, under the path's name."""
    target = path.with_name(path.name + ".target")
    if kind == "fifo":
        os.mkfifo(path)
    elif kind in ("/dev/null", "/dev/zero", "link to /dev/zero"):
        path.symlink_to("/dev/zero" if "zero" in kind else kind)
    elif kind == "folder":
        path.mkdir()
    elif kind == "dangling link":
        path.symlink_to(target)
    elif kind == "link to a fifo":
        os.mkfifo(target)
        path.symlink_to(target)
    else:
        target.mkdir()
        path.symlink_to(target, target_is_directory=True)
    return path


def _sized(path: Path, size: int) -> Path:
    with path.open("wb") as sparse:  # a hole: no disk space taken, zeros when read
        sparse.truncate(size)
    return path


def _sizes(limit: int) -> st.SearchStrategy[int]:
    """Sizes at the edges of `limit`: empty, just under, at, just over, far over."""
    return st.one_of(
        st.sampled_from([0, 1, limit - 1, limit, limit + 1]),
        st.integers(limit + 1, 4 * limit),
    )


@pytest.fixture
def place(scratch: Path) -> Callable[[str], Path]:
    """A fresh, empty path of the given name in the scratch folder."""

    def fresh(name: str) -> Path:
        folder = scratch / "place"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        return folder / name

    return fresh


@given(data=st.data())
def test_a_score_file_that_is_not_a_file_or_is_at_the_size_limit_is_refused_by_name(
    working: Working, place: Callable[[str], Path], data: st.DataObject
) -> None:
    path = place("E07.json")
    if data.draw(st.booleans(), label="special"):
        _special(data.draw(st.sampled_from(SPECIAL), label="kind"), path)
    else:
        _sized(path, data.draw(_sizes(MAX_SCORE_FILE_BYTES), label="size"))
    before = working.commits()
    with bounded():
        report = import_score_file(working.store, path)
    assert report.outcome is ScoreOutcome.REJECTED
    assert str(path) in report.message or report.message.startswith(path.name)
    assert working.commits() == before


@given(data=st.data())
@share(0.5)
def test_a_workbook_that_is_not_a_file_or_is_at_the_size_limit_is_refused_by_name(
    working: Working, place: Callable[[str], Path], data: st.DataObject
) -> None:
    """Expert lists and rubric workbooks, opened as the command line and the window do."""
    list_or_rubric = data.draw(st.booleans(), label="expert list")
    limit = MAX_PANEL_BYTES if list_or_rubric else MAX_RUBRIC_BYTES
    path = place("名单.xlsx")
    if data.draw(st.booleans(), label="special"):
        _special(data.draw(st.sampled_from(SPECIAL), label="kind"), path)
    else:
        _sized(path, data.draw(_sizes(limit), label="size"))
    what = Inputs.EXPERT_LIST if list_or_rubric else Inputs.RUBRIC_WORKBOOK
    before = working.commits()
    with bounded():
        try:
            with open_input(path, limit=limit, what=what) as stream:
                if list_or_rubric:
                    problems = list(import_panel(working.store, stream, path.name).problems)
                else:
                    problems = list(read_rubric_workbook(stream, path.name).problems)
        except InputRefused as refused:
            assert str(path) in refused.message()
        else:
            assert problems and all(path.name in p.message() for p in problems)
    assert working.commits() == before


def _imported(working: Working, path: Path) -> list[PackageReport]:
    reports: list[PackageReport] = finish(import_packages(working.store, [path], replace=True))
    return reports


@given(kind=st.sampled_from(SPECIAL))
@share(0.3)  # an intake each
def test_a_package_that_is_not_a_file_or_folder_is_refused_by_name(
    working: Working, place: Callable[[str], Path], kind: str
) -> None:
    path = _special(kind, place("西安市.zip"))
    before = working.commits()
    with bounded():
        reports = _imported(working, path)
    if kind in ("folder", "link to a folder"):  # an empty folder: no package in it
        assert [r.outcome for r in reports] == [Outcome.REJECTED]
    else:
        (report,) = reports
        assert report.outcome is Outcome.REJECTED
        assert str(path) in report.problems[0]
    assert working.commits() == before


@given(data=st.data())
@share(0.3)  # an intake each
def test_what_is_not_a_file_in_a_package_folder_is_passed_over_and_named(
    corpus: Corpus, working: Working, scratch: Path, data: st.DataObject
) -> None:
    folder = scratch / "收件" / corpus.package.name
    shutil.rmtree(folder.parent, ignore_errors=True)
    shutil.copytree(corpus.package, folder)
    name = data.draw(st.sampled_from(["附件.pdf", "说明", "申报书(2).xlsx", "更多/材料.docx"]))
    (folder / name).parent.mkdir(exist_ok=True)
    special = data.draw(st.booleans(), label="special")
    if special:
        _special(data.draw(st.sampled_from(SPECIAL), label="kind"), folder / name)
    else:  # far over what a package file may be: refused for its size, unread
        _sized(folder / name, data.draw(st.integers(MAX_MEMBER_BYTES + 1, 3 * MAX_MEMBER_BYTES)))
    with bounded():
        (report,) = _imported(working, folder)
    if (special and not (folder / name).is_dir()) or (folder / name).is_symlink():
        assert name in report.skipped
    elif special:  # a real folder is walked, and holds nothing
        assert report.outcome is not Outcome.REJECTED
    else:
        assert report.outcome is Outcome.REJECTED
        assert any(name.rpartition("/")[2] in problem for problem in report.problems)
    if report.outcome is not Outcome.REJECTED:
        working.reset()
