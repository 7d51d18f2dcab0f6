"""反馈意见: a letter to each applicant, approved or not, with the panel's view of its
application condition by condition (`feedback_points`), from the locked results only.

The app composes a draft; the secretariat reads and edits it, and what they save is kept
with the campaign (`feedback_letter`) and recorded in the audit log. The letter is laid
out as the approval letters are (GB/T 9704: red header, title, addressee, numbered
points, the authority's signature with the date). It names no expert and gives no
expert's own points: only the panel's figures and the experts' comments, unattributed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from reportlab.platypus import Flowable
from sqlalchemy import select

from models import FeedbackLetter
from models.base import utc_now
from reviewer.documents.approval import addressee, item, plan_name, you
from reviewer.documents.feedback_points import (
    ConditionFigure,
    ConditionPoint,
    Standing,
    condition_points,
)
from reviewer.documents.layout import Blank, RedHeader, Render, body, build, line, title
from reviewer.documents.official import (
    DocumentOptions,
    closing,
    known_names,
    method_text,
    resolve,
    subject,
    trace,
)
from reviewer.documents.source import ReportSource, read_source
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.inputs.files import Inputs, read_input
from reviewer.scoring.comments import clean_comment
from reviewer.store import audit
from reviewer.store.outputs import check_destination, check_folder, safe_file_name, write_file
from reviewer.store.storage import CampaignStore

NAME = "反馈意见"
# A letter is a page or two; a text far longer is not a letter and is refused.
TEXT_LIMIT = 20_000
ORDINALS = "一二三四五六七八九十"
_ORDINAL = re.compile(r"^([一二三四五六七八九十]{1,3}、)(.*)$")
_CLOSING = "特此函告。"


class FeedbackTextTooLong(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The feedback letter has {length} characters, more than the {limit} allowed.",
    )


class FeedbackTextEmpty(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The feedback letter is empty. Write its text, or compose the draft again."
    )


class FeedbackNotText(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path} is not UTF-8 text. Save the letter's text as UTF-8 and try again."
    )


class NotInResults(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{applicant} is not among the locked results, so it has no feedback letter."
    )


@dataclass(frozen=True)
class Feedback:
    """One applicant's letter: the draft the app composes and what the secretariat saved.

    `text` is what is printed: the saved text, or the draft while none is saved. `stale`:
    saved on results locked earlier than the current lock."""

    application_id: int
    applicant: str
    track: str
    approved: bool
    draft: str
    text: str
    saved: bool
    edited: bool
    stale: bool
    updated_at: datetime | None

    def as_json(self) -> dict[str, object]:
        return {
            "application_id": self.application_id,
            "applicant": self.applicant,
            "track": self.track,
            "approved": self.approved,
            "saved": self.saved,
            "edited": self.edited,
            "stale": self.stale,
            "updated_at": None if self.updated_at is None else self.updated_at.isoformat(),
            "text": self.text,
            "draft": self.draft,
        }


def _figure(value: object) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def figures_of(source: ReportSource, application_id: int) -> list[ConditionFigure]:
    """The panel's figure and the maximum of each condition of the application's rubric."""
    facts = source.applications[application_id]
    conditions = source.results[application_id].get("conditions") or {}
    return [
        ConditionFigure(c.name, _figure(conditions.get(c.code)), c.max_points)
        for c in source.rubrics[facts.track].conditions
    ]


def comments_of(source: ReportSource, application_id: int) -> dict[str, list[str]]:
    """Every expert's comments on the application, by condition, in criterion order and
    without who wrote them."""
    by_criterion: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (_code, scored), criteria in sorted(source.scores.items()):
        if scored == application_id:
            for score in criteria:
                by_criterion[(score.condition, score.code)].append(score.comment)
    by_condition: dict[str, list[str]] = defaultdict(list)
    for (condition, _criterion), comments in sorted(by_criterion.items(), key=lambda i: i[0][1]):
        by_condition[condition].extend(comments)
    return by_condition


def _approved(source: ReportSource, application_id: int) -> bool:
    return any(
        line.application_id == application_id
        for kind in source.tracks()
        for line in source.approved(kind)
    )


def draft_text(source: ReportSource, application_id: int) -> str:
    """The letter's body as the app composes it, one paragraph a line: the addressee,
    how the application was reviewed and what came of it, a numbered point per
    condition, the closing. The secretariat edits this text before it is written."""
    facts = source.applications[application_id]
    result = source.results[application_id]
    ranked = next(
        (r for r in source.ranking.get(facts.track, ()) if r.application_id == application_id),
        None,
    )
    final = result.get("final")
    standing = f"评审得分{final}分" if final else "未形成评审得分"
    if ranked is not None and ranked.rank is not None:
        standing += f"，在{source.track_name(facts.track)}中排第{ranked.rank}名"
    outcome = "已列入试点名单" if _approved(source, application_id) else "未列入试点名单"
    points = condition_points(
        figures_of(source, application_id), comments_of(source, application_id)
    )
    lines = [
        f"{addressee(facts)}：",
        f"{you(facts)}报送的《{plan_name(facts)}》参加了{subject(source)}评审。经组织专家评审"
        f"（计分方法：{method_text(source.method)}），该方案{standing}，{outcome}。"
        "现将专家组对申报方案的评审意见反馈如下：",
        *(f"{ORDINALS[i]}、{p.line}" for i, p in enumerate(points[: len(ORDINALS)])),
        _advice(you(facts), _approved(source, application_id), points),
    ]
    return "\n".join(lines)


def _advice(addressed: str, approved: bool, points: Sequence[ConditionPoint]) -> str:
    """The closing paragraph: what the applicant is asked to do with the feedback."""
    weak = "、".join(p.name for p in points if p.standing is Standing.WEAK)
    focus = f"重点加强{weak}等薄弱环节，" if weak else ""
    work = "认真组织实施试点方案" if approved else "进一步完善智慧城市建设方案"
    return f"请{addressed}结合以上意见，{focus}{work}。{_CLOSING}"


def story(source: ReportSource, application_id: int, text: str) -> list[Flowable]:
    """The letter's flowables from its (edited) text: a line ending in “：” before any
    paragraph is the addressee, a line starting 一、 a numbered point, the last line goes
    with the signature so the seal never stands alone on a page."""
    facts = source.applications[application_id]
    authority = source.campaign.authority
    issue = resolve(source, DocumentOptions())
    heading = f"关于{facts.applicant}{subject(source)}申报评审意见的反馈函"
    flowables: list[Flowable] = [
        RedHeader(f"{authority}文件", issue.number),
        Blank(2),
        title(heading, known_names(source, facts.applicant)),
        Blank(1),
    ]
    paragraphs = [p for p in text.split("\n") if p.strip()]
    last: list[Flowable] = []
    for number, paragraph in enumerate(paragraphs):
        ordinal = _ORDINAL.match(paragraph)
        if number == 0 and paragraph.endswith("："):
            part: Flowable = line(paragraph)
        elif ordinal:
            part = item(ordinal.group(1), ordinal.group(2))
        else:
            part = body(paragraph)
        (last if number == len(paragraphs) - 1 else flowables).append(part)
    flowables.append(closing(last, authority, issue.issued_on))
    return flowables


def feedback_pdf(
    source: ReportSource, application_id: int, text: str, render: Render = build
) -> bytes:
    """The letter as a PDF on GB/T 9704 pages."""
    applicant = source.applications[application_id].applicant
    return render(
        story(source, application_id, text),
        name=f"{NAME} {applicant}",
        trace=trace(source),
        author=source.campaign.authority,
    )


def feedback_letters(store: CampaignStore, source: ReportSource | None = None) -> list[Feedback]:
    """Every applicant's letter, track by track in ranking order; refused while the
    results are not locked (as every result document is)."""
    source = source or read_source(store)
    with store.reading() as session:
        saved = {row.application_id: row for row in session.scalars(select(FeedbackLetter))}
    letters = []
    for kind in source.tracks():
        for ranked in source.ranking[kind]:
            key = ranked.application_id
            draft, row = draft_text(source, key), saved.get(key)
            letters.append(
                Feedback(
                    key,
                    ranked.applicant,
                    source.track_name(kind),
                    _approved(source, key),
                    draft,
                    row.text if row else draft,
                    row is not None,
                    bool(row and row.edited),
                    bool(row and row.lock_fingerprint != source.lock.fingerprint),
                    row.updated_at if row else None,
                )
            )
    return letters


def clean_text(text: str) -> str:
    """A letter's text as it is kept: control characters out, each line's ends and the
    blank lines dropped, within `TEXT_LIMIT`."""
    paragraphs = [clean_comment(p) for p in text.replace("\r\n", "\n").split("\n")]
    kept = "\n".join(p for p in paragraphs if p)
    if not kept:
        raise FeedbackTextEmpty()
    if len(kept) > TEXT_LIMIT:
        raise FeedbackTextTooLong(length=len(kept), limit=TEXT_LIMIT)
    return kept


def save_feedback(store: CampaignStore, application_id: int, text: str) -> Feedback:
    """Keep the secretariat's text of one letter, in one unit of work with its audit event
    (what it was, what it is, whether it differs from the draft)."""
    source = read_source(store)
    if application_id not in source.results:
        raise NotInResults(applicant=str(application_id))
    kept = clean_text(text)
    draft = draft_text(source, application_id)
    with store.writing() as session:
        row = session.scalars(
            select(FeedbackLetter).where(FeedbackLetter.application_id == application_id)
        ).first()
        old = None if row is None else {"text": row.text, "edited": row.edited}
        if row is None:
            row = FeedbackLetter(application_id=application_id, text=kept)
            session.add(row)
        row.text, row.edited = kept, kept != draft
        row.lock_fingerprint = source.lock.fingerprint
        row.updated_at, row.updated_by = utc_now(), audit.current_actor()
        audit.record(
            session,
            "feedback.save",
            entity="application",
            entity_id=application_id,
            old=old,
            new={"text": kept, "edited": row.edited, "lock": source.lock.short_fingerprint},
        )
    (letter,) = [f for f in feedback_letters(store, source) if f.application_id == application_id]
    return letter


def letters_for(letters: Sequence[Feedback], applicant: str | None) -> list[Feedback]:
    """The letters of `applicant` (by name, or all when None); refused for a name the
    results do not hold."""
    if applicant is None:
        return list(letters)
    chosen = [f for f in letters if f.applicant == applicant.strip()]
    if not chosen:
        raise NotInResults(applicant=applicant)
    return chosen


def read_feedback_file(path: Path) -> str:
    """A letter's text handed in as a file: read as a regular file within limits, and
    refused by name if it is not UTF-8 text."""
    data = read_input(path, limit=TEXT_LIMIT * 4 + 4, what=Inputs.FEEDBACK)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FeedbackNotText(path=path) from error


def file_name(letter: Feedback) -> str:
    """反馈意见-西安市.pdf"""
    return safe_file_name(f"{NAME}-{letter.applicant}", ".pdf")


def write_feedback(
    store: CampaignStore,
    source: ReportSource,
    letters: Sequence[Feedback],
    out: Path,
    *,
    draft: bool = False,
    force: bool = False,
) -> list[Path]:
    """Write the letters as PDFs: one letter to `out` when it names a .pdf file, else
    each into the folder `out` by the applicant's name. `draft` prints the app's draft
    instead of the saved text. Each destination is checked before any is written."""
    if not letters:
        return []
    if len(letters) == 1 and out.suffix.lower() == ".pdf":
        targets = [(letters[0], out)]
    else:
        check_folder(out, campaign=store.path)
        out.mkdir(parents=True, exist_ok=True)
        targets = [(letter, out / file_name(letter)) for letter in letters]
    for _letter, path in targets:
        check_destination(path, force=force, campaign=store.path)
    for letter, path in targets:
        text = letter.draft if draft else letter.text
        write_file(path, feedback_pdf(source, letter.application_id, text))
    return [path for _letter, path in targets]


def write_letter(store: CampaignStore, application_id: int, text: str, path: Path) -> None:
    """Print one letter with `text` as shown (saved or not) to `path`, which the user
    chose in a dialog that asked before replacing a file; never the campaign."""
    source = read_source(store)
    if application_id not in source.results:
        raise NotInResults(applicant=str(application_id))
    check_destination(path, force=True, campaign=store.path)
    write_file(path, feedback_pdf(source, application_id, clean_text(text)))
