"""The pilots' history: for each pilot a selection approved, the reviews that followed it
(the acceptance review 验收, the mid-term evaluation 中期评估), read from the later-review
campaign files the secretariat names beside the selection.

Each named file is opened read-only and never changed. It counts only if it is a later
review made from THIS selection: its `source_uid` is the selection's uid (the reference
`new --acceptance-of` keeps, later_reviews.py). A kit, a selection, a later review of
another selection, a missing or unreadable file is refused by name with the reason; the
other files are still read.

A pilot is matched to the selection's application by the id of that application the
pilot carries (`Pilot.source_application_id`, the application its approving decision was
on). Within the same selection (same uid) that id is stable and unique, whereas the
applicant's name can be corrected in either file and two tracks may hold one region; the
name is therefore shown, never matched on.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from models import Application, Campaign, Pilot
from models.enums import AcceptanceOutcome, CampaignKind, CampaignRole
from reviewer.decisions.acceptance_outcomes import AcceptanceOutcomes, pilot_outcomes
from reviewer.decisions.later_reviews import LATER_KINDS
from reviewer.decisions.ranking import ResultsNotLockedForRanking
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.store.storage import CampaignStore, open_campaign


class NotALaterReview(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path}: {title} is not an acceptance review or mid-term evaluation."
    )


class ReviewIsAKit(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{path}: {title} is an expert's scoring kit, not a later review's campaign."
    )


class ReviewOfAnotherSelection(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path}: {title} reviews the pilots of {source}, not of this selection.",
    )


@dataclass(frozen=True)
class PilotReview:
    """One later review of one approved pilot. `locked` is False while the review has no
    locked results for the pilot yet (评审中): outcome, grade and final are then None."""

    kind: CampaignKind
    title: str
    path: Path
    locked: bool
    final: Decimal | None
    outcome: AcceptanceOutcome | None
    grade: int | None
    rectify_by: date | None
    overdue: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "title": self.title,
            "path": str(self.path),
            "under_review": not self.locked,
            "final": None if self.final is None else f"{self.final:.2f}",
            "outcome": None if self.outcome is None else self.outcome.value,
            "grade": self.grade,
            "rectify_by": None if self.rectify_by is None else self.rectify_by.isoformat(),
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class Refused:
    """A named file that is not read, and why (in the user's language)."""

    path: Path
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"path": str(self.path), "reason": self.reason}


@dataclass(frozen=True)
class PilotHistory:
    """The reviews that followed each approved application (by its id in the selection),
    in the order the files were named, and the files refused."""

    reviews: Mapping[int, tuple[PilotReview, ...]]
    refused: tuple[Refused, ...]

    def of(self, application_id: int) -> tuple[PilotReview, ...]:
        return self.reviews.get(application_id, ())


def selection_uid(store: CampaignStore) -> str:
    with store.reading() as session:
        return session.scalars(select(Campaign.uid)).one()


def _check(store: CampaignStore, path: Path, uid: str) -> tuple[CampaignKind, str]:
    """The review's kind and title, or refused: a kit, not a later review, another's."""
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        title, source = campaign.title, campaign.source_title or "-"
        if campaign.role is CampaignRole.KIT:
            raise ReviewIsAKit(path=path.name, title=title)
        if campaign.kind not in LATER_KINDS:
            raise NotALaterReview(path=path.name, title=title)
        if campaign.source_uid != uid:
            raise ReviewOfAnotherSelection(path=path.name, title=title, source=source)
        return campaign.kind, title


def _carried(store: CampaignStore) -> list[tuple[int, int | None]]:
    """Each pilot's application id in the selection, and its application in the review
    (None until its package is taken in)."""
    with store.reading() as session:
        rows = session.execute(
            select(Pilot.source_application_id, Application.id)
            .outerjoin(Application, Application.applicant_id == Pilot.applicant_id)
            .order_by(Pilot.id)
        )
        return [(source_id, application_id) for source_id, application_id in rows]


def _reviews_in(store: CampaignStore, path: Path, uid: str, today: date) -> dict[int, PilotReview]:
    kind, title = _check(store, path, uid)
    try:
        outcomes: AcceptanceOutcomes | None = pilot_outcomes(store, today)
    except ResultsNotLockedForRanking:
        outcomes = None
    found = {} if outcomes is None else {p.application_id: p for p in outcomes.pilots}
    reviews = {}
    for source_id, application_id in _carried(store):
        outcome = None if application_id is None else found.get(application_id)
        locked = outcome is not None
        reviews[source_id] = PilotReview(
            kind=kind,
            title=title,
            path=path,
            locked=locked,
            final=outcome.final if outcome and locked else None,
            outcome=outcome.outcome if outcome and locked else None,
            grade=outcome.grade if outcome and locked else None,
            rectify_by=outcome.rectify_by if outcome else None,
            overdue=bool(outcome and outcome.overdue),
        )
    return reviews


def pilot_history(
    selection: CampaignStore, paths: Iterable[Path | str], today: date | None = None
) -> PilotHistory:
    """The later reviews of the selection's approved pilots, read from `paths` (each
    opened read-only); files that are not later reviews of this selection are refused
    with the reason, the others still read. `today` decides what is overdue."""
    uid = selection_uid(selection)
    day = today or date.today()
    reviews: dict[int, list[PilotReview]] = {}
    refused = []
    for named in paths:
        path = Path(named)
        try:
            with open_campaign(path, read_only=True) as store:
                found = _reviews_in(store, path, uid, day)
        except ReviewerError as error:
            refused.append(Refused(path, error.message()))
            continue
        for application_id, review in found.items():
            reviews.setdefault(application_id, []).append(review)
    return PilotHistory({k: tuple(v) for k, v in reviews.items()}, tuple(refused))


def latest_review(reviews: tuple[PilotReview, ...]) -> PilotReview | None:
    """The review that came last: the acceptance (at the end of the pilot period) before
    a mid-term evaluation; among reviews of one kind, the one named last."""
    ordered = sorted(
        enumerate(reviews), key=lambda pair: (pair[1].kind is CampaignKind.ACCEPTANCE, pair[0])
    )
    return ordered[-1][1] if ordered else None


def review_text(review: PilotReview, *, short: bool = False) -> str:
    """One review in a line: 验收 <title> 通过 一星 (or 评审中), with the rectification
    deadline; `short` leaves out the title."""
    from reviewer.labels import grade_label, label

    parts = [label(review.kind)] + ([] if short else [review.title])
    if not review.locked:
        parts.append(translate("Decisions", "under review"))
    else:
        parts.append("-" if review.outcome is None else label(review.outcome))
        parts.append(grade_label(review.grade))
    if review.rectify_by is not None:
        due = translate("Decisions", "rectify by {date}").format(date=review.rectify_by)
        overdue = translate("Decisions", "(overdue)") if review.overdue else ""
        parts += [due, overdue]
    return " ".join(p for p in parts if p)
