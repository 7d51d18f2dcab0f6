"""Writing every document of a review into a folder: the use case behind `reviewer report`.

All documents are made from one reading of the locked results (`source.read_source`), so
they agree with each other; the documents that name the approved applicants (the pilot
list, the approval letters, the public notice) need committed decisions on that lock and
are left out, saying why, until there are some. The score summary, the expert score
sheets and the findings are what officials read to decide, so they come first. An
acceptance or mid-term review writes its own documents (the results notice, an opinion
per pilot, the rectification notices: `review_notices`, `review_opinion`) in place of
the selection's pilot list, approval letters and public notice, which it has no use for. The Excel
copies of the ranking and the score summary (`reviewer.decisions.exports`) are written beside the
PDFs, dated fixedly so that they too are the same bytes for the same results. Each
letter-like document (the findings, the pilot list, the approval letters, the public
notice) also gets an editable Word copy beside its PDF, made from the same story
(`docx_copy`); `formats` chooses PDF, Word or both.

The faces are found once per report (`reviewer.documents.fonts`: the files chosen per role,
else the installed office faces, else the shipped ones) and every document is made with
them; the report tells which face drew each role and which roles fell back.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from models.enums import AcceptanceOutcome
from reviewer.decisions.exports import ranking_workbook, score_summary_workbook
from reviewer.decisions.notice import NoticeState, final_list_hold, notice_state, weekday_note
from reviewer.documents.approval import approval_letter, approved_lines
from reviewer.documents.docx_copy import build_docx
from reviewer.documents.expert_sheets import expert_sheet, sheet_experts
from reviewer.documents.fonts import RoleFace, find_faces, using_faces
from reviewer.documents.layout import Render, Trace, build
from reviewer.documents.official import DocumentOptions, Issue, resolve, trace
from reviewer.documents.opinions import opinions
from reviewer.documents.pilot_list import pilot_list
from reviewer.documents.public_notice import public_notice
from reviewer.documents.review_facts import ReviewSource, is_review_campaign, read_review
from reviewer.documents.review_notices import rectification_notice, results_notice
from reviewer.documents.review_opinion import review_opinion
from reviewer.documents.review_report import review_report
from reviewer.documents.score_summary import score_summary_of
from reviewer.documents.source import ReportSource, read_source
from reviewer.errors import CampaignNotWritable
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.progress import Job, Progress, finish
from reviewer.reproducible import reproducible_xlsx
from reviewer.store.backups import REPORT, back_up
from reviewer.store.output_records import RecordedOutput, record_outputs
from reviewer.store.outputs import (
    PARTIAL,
    check_destination,
    check_folder,
    is_partial_file,
    safe_file_name,
    write_file,
)
from reviewer.store.storage import CampaignStore


@dataclass(frozen=True)
class WrittenDocument:
    # pilot_list | approval | public_notice | score_summary | expert_sheet | opinions |
    # review_report, the Word copies pilot_list_docx | approval_docx | public_notice_docx |
    # opinions_docx | review_report_docx, and the Excel copies ranking_xlsx |
    # score_summary_xlsx; a later review (验收, 中期评估) writes acceptance_notice |
    # acceptance_opinion | rectification (and their _docx) instead of the selection's
    # pilot_list, approval and public_notice
    kind: str
    name: str  # the file name
    path: Path
    sha256: str


@dataclass(frozen=True)
class Report:
    fingerprint: str
    documents: tuple[WrittenDocument, ...]
    skipped: tuple[tuple[str, str], ...]  # (kind, why)
    fonts: tuple[RoleFace, ...] = ()  # the face each role was drawn with
    notes: tuple[str, ...] = ()  # what the reader should know (a term counted in weekdays)


NO_DECISIONS = QT_TRANSLATE_NOOP(
    "Documents",
    "No application has a committed approval on the locked results yet, so there is no "
    "list to print.",
)
LABELS = {
    "score_summary": QT_TRANSLATE_NOOP("Documents", "the score summary"),
    "expert_sheet": QT_TRANSLATE_NOOP("Documents", "the expert score sheets"),
    "opinions": QT_TRANSLATE_NOOP("Documents", "the panel's findings"),
    "review_report": QT_TRANSLATE_NOOP("Documents", "the review report"),
    "pilot_list": QT_TRANSLATE_NOOP("Documents", "the pilot list"),
    "approval": QT_TRANSLATE_NOOP("Documents", "the approval letters"),
    "public_notice": QT_TRANSLATE_NOOP("Documents", "the public notice"),
    "acceptance_notice": QT_TRANSLATE_NOOP("Documents", "the notice of the review's results"),
    "acceptance_opinion": QT_TRANSLATE_NOOP("Documents", "the review opinions per pilot"),
    "rectification": QT_TRANSLATE_NOOP("Documents", "the rectification notices"),
    "score_summary_xlsx": QT_TRANSLATE_NOOP("Documents", "the score summary in Excel"),
    "ranking_xlsx": QT_TRANSLATE_NOOP("Documents", "the ranking and pilot list in Excel"),
}
Make = Callable[[], bytes]
# What `formats` may hold: "pdf" every PDF, "docx" the letters' Word copies. The Excel
# copies of the tables are always written.
FORMATS = ("pdf", "docx")


@dataclass(frozen=True)
class _Planned:
    """A document to write: its kind, its file name (made safe from the names in it)
    and how to make its content, which is done only when it is written."""

    kind: str
    name: str
    make: Make


def _letter(
    kind: str, stem: str, make: Callable[..., bytes], formats: Collection[str]
) -> list[_Planned]:
    """A letter-like document as PDF and as its Word copy beside it, as `formats` asks."""
    renders: list[tuple[str, str, Render]] = [
        (kind, ".pdf", build),
        (f"{kind}_docx", ".docx", build_docx),
    ]
    return [
        _Planned(name, safe_file_name(stem, suffix), functools.partial(make, render=render))
        for (name, suffix, render), wanted in zip(renders, FORMATS, strict=True)
        if wanted in formats
    ]


def _review_letters(
    review: ReviewSource, issue: Issue, formats: Collection[str]
) -> list[tuple[str, list[_Planned]]]:
    """A later review's own documents in place of the selection's (pilot list, approval
    letters, public notice): the results notice, an opinion per pilot, a rectification
    notice per pilot sent to rectify."""
    words = review.words
    rectify = review.with_outcome(AcceptanceOutcome.RECTIFY)
    return [
        (
            "acceptance_notice",
            _letter(
                "acceptance_notice",
                words.notice,
                functools.partial(results_notice, review, issue),
                formats,
            ),
        ),
        (
            "acceptance_opinion",
            [
                planned
                for n, pilot in enumerate(review.pilots, start=1)
                for planned in _letter(
                    "acceptance_opinion",
                    f"{words.opinion}-{n:02d}-{pilot.facts.applicant}",
                    functools.partial(review_opinion, review, pilot=pilot),
                    formats,
                )
            ],
        ),
        (
            "rectification",
            [
                planned
                for n, pilot in enumerate(rectify, start=1)
                for planned in _letter(
                    "rectification",
                    f"{words.rectification}-{n:02d}-{pilot.facts.applicant}",
                    functools.partial(rectification_notice, review, issue, pilot=pilot),
                    formats,
                )
            ],
        ),
    ]


def _letters(
    source: ReportSource,
    issue: Issue,
    traced: Trace,
    formats: Collection[str],
    notice: NoticeState | None,
    review: ReviewSource | None = None,
) -> list[tuple[str, list[_Planned]]]:
    """The letter-like documents, each as PDF and Word copy as `formats` asks: the
    panel's findings and report, then the selection's notices or a later review's."""
    panel = [
        (
            "opinions",
            _letter("opinions", "评审意见", functools.partial(opinions, source, traced), formats),
        ),
        (
            "review_report",
            _letter("review_report", "评审报告", functools.partial(review_report, source), formats),
        ),
    ]
    if review is not None:
        return [*panel, *_review_letters(review, issue, formats)]
    return [
        *panel,
        (
            "pilot_list",
            _letter(
                "pilot_list", "试点名单", functools.partial(pilot_list, source, issue), formats
            ),
        ),
        (
            "approval",
            [
                planned
                for n, line in enumerate(approved_lines(source), start=1)
                for planned in _letter(
                    "approval",
                    f"批复-{n:02d}-{line.applicant}",
                    functools.partial(approval_letter, source, issue, ranked=line),
                    formats,
                )
            ],
        ),
        (
            "public_notice",
            _letter(
                "public_notice",
                "公示",
                functools.partial(public_notice, source, issue, notice=notice),
                formats,
            ),
        ),
    ]


def _plan(
    store: CampaignStore,
    source: ReportSource,
    options: DocumentOptions,
    formats: Collection[str] = FORMATS,
    notice: NoticeState | None = None,
    review: ReviewSource | None = None,
) -> list[tuple[str, list[_Planned]]]:
    """Every document of the report, per kind, in the order they are written."""
    traced = trace(source)
    pdf = "pdf" in formats
    return [
        (
            "score_summary",
            [_Planned("score_summary", "评分汇总表.pdf", lambda: score_summary_of(source, traced))]
            if pdf
            else [],
        ),
        (
            "score_summary_xlsx",
            [
                _Planned(
                    "score_summary_xlsx",
                    "评分汇总表.xlsx",
                    lambda: reproducible_xlsx(score_summary_workbook(store)),
                )
            ],
        ),
        (
            "expert_sheet",
            [
                _Planned(
                    "expert_sheet",
                    safe_file_name(f"专家评分表-{e.code}-{e.name}", ".pdf"),
                    functools.partial(expert_sheet, source, e, traced),
                )
                for e in sheet_experts(source)
                if pdf
            ],
        ),
        *_letters(source, resolve(source, options), traced, formats, notice, review),
        (
            "ranking_xlsx",
            [
                _Planned(
                    "ranking_xlsx",
                    "排名与试点名单.xlsx",
                    lambda: reproducible_xlsx(ranking_workbook(store)),
                )
            ],
        ),
    ]


DEFAULTS = DocumentOptions()
NEEDS_DECISIONS = {"pilot_list", "approval", "public_notice"}


def _remove_partial_files(folder: Path) -> None:
    """What a report stopped midway left under `write_file`'s temporary names."""
    for partial in folder.glob(f"{PARTIAL}*"):
        if is_partial_file(partial.name) and partial.is_file() and not partial.is_symlink():
            with contextlib.suppress(OSError):
                partial.unlink()


def writing_report(
    store: CampaignStore,
    folder: Path,
    options: DocumentOptions = DEFAULTS,
    *,
    force: bool = False,
    fonts: Mapping[str, Path] | None = None,
    formats: Collection[str] = FORMATS,
    today: date | None = None,
) -> Job:
    """Write every document into `folder` (created if need be), reporting progress per
    document; returns a `Report`. Refused while the results are not locked. `formats`
    ("pdf", "docx") chooses the PDFs, the letters' Word copies or both.

    Every document's destination is checked before anything is written: the documents
    an earlier report left in `folder` are replaced only with `force`, and nothing is
    ever written onto the campaign or into its backups. Each document is written under
    a temporary name and renamed, so a report stopped midway (a crash, a power cut)
    never leaves a cut-off document under its real name.

    `fonts` names the font file the user chose for a role (`reviewer.documents.fonts`);
    the other roles take the faces installed on the machine, or the shipped ones.

    The pilot list is the final notice: it is left out, saying from when it can be
    written, while the public notice has not run its term on `today` (the machine's date
    by default) or an objection is open (`reviewer.decisions.notice.final_list_hold`).
    """
    folder = Path(folder)
    source = read_source(store)
    notice = notice_state(store)
    approved = any(source.approved(kind) for kind in source.tracks())
    held = _held(notice, today or date.today(), approved)
    review = read_review(store, source, options) if is_review_campaign(store) else None
    plan = [
        (kind, [] if kind in held else files)
        for kind, files in _plan(store, source, options, formats, notice, review)
    ]
    check_folder(folder, campaign=store.path)
    if folder.is_dir():
        for _kind, files in plan:
            for planned in files:
                check_destination(folder / planned.name, force=force, campaign=store.path)
    back_up(store, REPORT)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CampaignNotWritable(path=folder, detail=exc) from exc
    _remove_partial_files(folder)
    yield Progress(0, len(plan), translate("Documents", "Finding the fonts"))
    faces = find_faces(fonts)
    written: list[WrittenDocument] = []
    skipped: list[tuple[str, str]] = []
    for done, (kind, files) in enumerate(plan):
        what = translate("Documents", LABELS[kind])
        yield Progress(done, len(plan), translate("Documents", "Writing {what}").format(what=what))
        if kind in held:
            skipped.append((kind, held[kind]))
            continue
        for planned in files:
            path = folder / planned.name
            with using_faces(faces):
                content = planned.make()
            write_file(path, content)
            digest = hashlib.sha256(content).hexdigest()
            written.append(WrittenDocument(planned.kind, planned.name, path, digest))
    report = Report(
        source.lock.fingerprint, tuple(written), tuple(skipped), faces.roles, _notes(notice)
    )
    # The campaign remembers what it printed, for the archive (政府采购法 §42); one open
    # read-only is recorded in by its caller (`reviewer report`), or not at all.
    record_outputs(store, recorded(report))
    yield Progress(len(plan), len(plan), "")
    return report


def recorded(report: Report) -> list[RecordedOutput]:
    """The report's documents as the campaign records them."""
    return [
        RecordedOutput(
            d.kind, d.name, d.path.absolute(), d.sha256, d.path.stat().st_size, report.fingerprint
        )
        for d in report.documents
    ]


def _held(notice: NoticeState, today: date, approved: bool) -> dict[str, str]:
    """The kinds of document left out, with why: those naming the approved until there
    are approvals, and the final pilot list until the public notice is over."""
    if not approved:
        return {kind: translate("Documents", NO_DECISIONS) for kind in NEEDS_DECISIONS}
    hold = final_list_hold(notice, today)
    return {} if hold is None else {"pilot_list": hold}


def _notes(notice: NoticeState) -> tuple[str, ...]:
    note = weekday_note(notice.term)
    return () if note is None else (note,)


def write_report(
    store: CampaignStore,
    folder: Path,
    options: DocumentOptions = DEFAULTS,
    *,
    force: bool = False,
    fonts: Mapping[str, Path] | None = None,
    formats: Collection[str] = FORMATS,
    today: date | None = None,
) -> Report:
    report: Report = finish(
        writing_report(
            store, folder, options, force=force, fonts=fonts, formats=formats, today=today
        )
    )
    return report
