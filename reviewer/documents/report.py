"""Writing every document of a review into a folder: the use case behind `reviewer report`.

All documents are made from one reading of the locked results (`source.read_source`), so
they agree with each other; the documents that name the approved applicants (the pilot
list, the approval letters, the public notice) need committed decisions on that lock and
are left out, saying why, until there are some. The score summary, the expert score
sheets and the findings are what officials read to decide, so they come first. The Excel
copies of the ranking and the score summary (`reviewer.exports`) are written beside the
PDFs, dated fixedly so that they too are the same bytes for the same results.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reviewer.backups import REPORT, back_up
from reviewer.documents.approval import approval_letters
from reviewer.documents.expert_sheets import expert_sheets
from reviewer.documents.official import DocumentOptions, resolve, trace
from reviewer.documents.opinions import opinions
from reviewer.documents.pilot_list import pilot_list
from reviewer.documents.public_notice import public_notice
from reviewer.documents.score_summary import score_summary_of
from reviewer.documents.source import ReportSource, read_source
from reviewer.errors import CampaignNotWritable
from reviewer.exports import ranking_workbook, score_summary_workbook
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.progress import Job, Progress, finish
from reviewer.reproducible import reproducible_xlsx
from reviewer.storage import CampaignStore


@dataclass(frozen=True)
class WrittenDocument:
    # pilot_list | approval | public_notice | score_summary | expert_sheet | opinions, and
    # the Excel copies ranking_xlsx | score_summary_xlsx
    kind: str
    name: str  # the file name
    path: Path
    sha256: str


@dataclass(frozen=True)
class Report:
    fingerprint: str
    documents: tuple[WrittenDocument, ...]
    skipped: tuple[tuple[str, str], ...]  # (kind, why)


NO_DECISIONS = QT_TRANSLATE_NOOP(
    "Documents",
    "No application has a committed approval on the locked results yet, so there is no "
    "list to print.",
)
LABELS = {
    "score_summary": QT_TRANSLATE_NOOP("Documents", "the score summary"),
    "expert_sheet": QT_TRANSLATE_NOOP("Documents", "the expert score sheets"),
    "opinions": QT_TRANSLATE_NOOP("Documents", "the panel's findings"),
    "pilot_list": QT_TRANSLATE_NOOP("Documents", "the pilot list"),
    "approval": QT_TRANSLATE_NOOP("Documents", "the approval letters"),
    "public_notice": QT_TRANSLATE_NOOP("Documents", "the public notice"),
    "score_summary_xlsx": QT_TRANSLATE_NOOP("Documents", "the score summary in Excel"),
    "ranking_xlsx": QT_TRANSLATE_NOOP("Documents", "the ranking and pilot list in Excel"),
}
Build = Callable[[], list[tuple[str, str, bytes]]]  # -> (kind, file name, content)


def _builders(
    store: CampaignStore, source: ReportSource, options: DocumentOptions
) -> list[tuple[str, Build]]:
    issue = resolve(source, options)
    traced = trace(source)
    return [
        (
            "score_summary",
            lambda: [("score_summary", "评分汇总表.pdf", score_summary_of(source, traced))],
        ),
        (
            "score_summary_xlsx",
            lambda: [
                (
                    "score_summary_xlsx",
                    "评分汇总表.xlsx",
                    reproducible_xlsx(score_summary_workbook(store)),
                )
            ],
        ),
        (
            "expert_sheet",
            lambda: [
                ("expert_sheet", f"专家评分表-{e.code}-{e.name}.pdf", pdf)
                for e, pdf in expert_sheets(source, traced)
            ],
        ),
        ("opinions", lambda: [("opinions", "评审意见.pdf", opinions(source, traced))]),
        ("pilot_list", lambda: [("pilot_list", "试点名单.pdf", pilot_list(source, issue))]),
        (
            "approval",
            lambda: [
                ("approval", f"批复-{n:02d}-{line.applicant}.pdf", pdf)
                for n, (line, pdf) in enumerate(approval_letters(source, issue), start=1)
            ],
        ),
        ("public_notice", lambda: [("public_notice", "公示.pdf", public_notice(source, issue))]),
        (
            "ranking_xlsx",
            lambda: [
                ("ranking_xlsx", "排名与试点名单.xlsx", reproducible_xlsx(ranking_workbook(store)))
            ],
        ),
    ]


DEFAULTS = DocumentOptions()
_PARTIAL = ".partial-"
NEEDS_DECISIONS = {"pilot_list", "approval", "public_notice"}


def _write_whole(path: Path, content: bytes) -> None:
    """Write `path` under a hidden temporary name, then rename it: a report stopped
    midway (a crash, a power cut) never leaves a cut-off document under its real name."""
    temp = path.with_name(f"{_PARTIAL}{path.name}")
    with temp.open("wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    temp.replace(path)


def _remove_partial_files(folder: Path) -> None:
    """What a report stopped midway left under temporary names."""
    for partial in folder.glob(f"{_PARTIAL}*"):
        with contextlib.suppress(OSError):
            partial.unlink()


def writing_report(store: CampaignStore, folder: Path, options: DocumentOptions = DEFAULTS) -> Job:
    """Write every document into `folder` (created if need be), reporting progress per
    document; returns a `Report`. Refused while the results are not locked."""
    source = read_source(store)
    back_up(store, REPORT)
    approved = any(source.approved(kind) for kind in source.tracks())
    builders = _builders(store, source, options)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CampaignNotWritable(path=folder, detail=exc.strerror or exc) from exc
    _remove_partial_files(folder)
    written: list[WrittenDocument] = []
    skipped: list[tuple[str, str]] = []
    for done, (kind, make) in enumerate(builders):
        what = translate("Documents", LABELS[kind])
        yield Progress(
            done, len(builders), translate("Documents", "Writing {what}").format(what=what)
        )
        if kind in NEEDS_DECISIONS and not approved:
            skipped.append((kind, translate("Documents", NO_DECISIONS)))
            continue
        for made_kind, name, content in make():
            path = folder / name
            try:
                _write_whole(path, content)
            except OSError as exc:  # a full disk, a folder taken away meanwhile
                raise CampaignNotWritable(path=path, detail=exc.strerror or exc) from exc
            digest = hashlib.sha256(content).hexdigest()
            written.append(WrittenDocument(made_kind, name, path, digest))
    yield Progress(len(builders), len(builders), "")
    return Report(source.lock.fingerprint, tuple(written), tuple(skipped))


def write_report(store: CampaignStore, folder: Path, options: DocumentOptions = DEFAULTS) -> Report:
    report: Report = finish(writing_report(store, folder, options))
    return report
