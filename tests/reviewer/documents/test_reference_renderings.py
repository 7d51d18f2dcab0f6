"""Page 1 of every document, rendered and compared with a reference picture kept here.

A change that moves the red header, the title, the number or the room for the seal fails
here and leaves the two renderings and their difference as pictures in the test's
temporary folder. The renderings are small (30 dpi, grey) and compared with a tolerance,
so a different poppler or a shifted glyph edge does not fail the test; a moved block does.

After a deliberate change of layout, write the references anew (set
`REVIEWER_WRITE_REFERENCES=1` and run this file) and look at them before committing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from reviewer.documents.official import DocumentOptions
from reviewer.documents.report import Report, write_report
from reviewer.store.storage import open_campaign
from tests.reviewer.documents.test_documents import _decide

REFERENCES = Path(__file__).with_name("references")
DPI = 30
# A pixel counts as different past this grey step (of 255); the page fails when more
# than this share of its pixels differ. A title moved by one line differs in ~1.5 %.
PIXEL_STEP = 96
PAGE_SHARE = 0.004
# The first of each kind is the document compared (one approval letter stands for all).
KINDS = ("pilot_list", "approval", "public_notice", "opinions", "score_summary", "expert_sheet")
OPTIONS = DocumentOptions(number="陕工信发〔2014〕250号", issued_on=date(2014, 9, 1))

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) is not installed"
)


@pytest.fixture(scope="module")
def report(demo_master: Path, tmp_path_factory: pytest.TempPathFactory) -> Report:
    path = tmp_path_factory.mktemp("decided") / "demo.review"
    shutil.copyfile(demo_master, path)
    _decide(path)
    with open_campaign(path, read_only=True) as store:
        return write_report(store, tmp_path_factory.mktemp("report"), OPTIONS)


def _first_page(pdf: Path, out: Path) -> Image.Image:
    stem = out / pdf.stem
    first_page = ["-f", "1", "-l", "1", "-singlefile"]
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", *first_page, str(pdf), str(stem)],
        check=True,
        capture_output=True,
    )
    return Image.open(stem.with_suffix(".png")).convert("L")


def _differing_share(rendered: Image.Image, reference: Image.Image) -> tuple[float, Image.Image]:
    difference = ImageChops.difference(rendered, reference)
    marked = difference.point(lambda grey: 255 if grey > PIXEL_STEP else 0)
    histogram = marked.histogram()
    share = histogram[255] / (rendered.width * rendered.height)
    return share, marked


@needs_poppler
@pytest.mark.parametrize("kind", KINDS)
def test_page_one_looks_as_it_did(report: Report, kind: str, tmp_path: Path) -> None:
    document = next(d for d in report.documents if d.kind == kind and d.path.suffix == ".pdf")
    rendered = _first_page(document.path, tmp_path)
    reference_path = REFERENCES / f"{kind}.png"
    if os.environ.get("REVIEWER_WRITE_REFERENCES"):
        REFERENCES.mkdir(exist_ok=True)
        rendered.save(reference_path, optimize=True)
    reference = Image.open(reference_path).convert("L")
    assert rendered.size == reference.size, f"{kind}: page 1 is no longer A4 at {DPI} dpi"
    share, marked = _differing_share(rendered, reference)
    if share > PAGE_SHARE:
        rendered.save(tmp_path / f"{kind}-now.png")
        marked.save(tmp_path / f"{kind}-difference.png")
    assert share <= PAGE_SHARE, (
        f"{kind}: {share:.2%} of page 1 differs from {reference_path.name}; see "
        f"{tmp_path / (kind + '-now.png')} and {tmp_path / (kind + '-difference.png')}"
    )


@needs_poppler
def test_the_comparison_sees_a_title_moved_by_one_line(report: Report, tmp_path: Path) -> None:
    """The tolerance is loose enough for a renderer's antialiasing and tight enough for a
    block moved by one grid line (29 pt, about 12 px at 30 dpi)."""
    document = next(d for d in report.documents if d.kind == "pilot_list")
    page = _first_page(document.path, tmp_path)
    moved = Image.new("L", page.size, 255)
    moved.paste(page.crop((0, 0, page.width, page.height - 12)), (0, 12))
    assert _differing_share(page, page)[0] == 0
    assert _differing_share(moved, page)[0] > PAGE_SHARE
