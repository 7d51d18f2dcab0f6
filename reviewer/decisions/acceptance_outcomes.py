"""Each pilot's outcome in an acceptance (验收) or mid-term review, and the re-acceptance
round (复验) of the pilots sent to rectify.

The outcome is read from the locked results (the final each pilot has there) under the
campaign's bands and star thresholds (`outcome_bands`), so what is printed is what was
locked. The secretariat opens a re-acceptance round for the pilots whose outcome is
整改后复验, with the rectification deadline (整改期限): the results are unlocked (the audit
log says why), and the experts who scored each of those pilots are asked to score it
again, as a re-score round asks (`results.rescore`). Once their new scores are merged and
locked, the pilot's outcome is the new one; the history keeps each round's final and
outcome. A pilot not re-scored once its deadline has passed is overdue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Campaign, RescoreRequest, ResultLock, Score, ScoringRound
from models.enums import AcceptanceOutcome, ChangeGround, TrackKind
from reviewer.decisions.outcome_bands import REVIEWS, NotAReview, OutcomeSettings, settings_in
from reviewer.decisions.ranking import ResultsNotLockedForRanking, rank
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.results.reconcile import ReasonRequired, unlock_in
from reviewer.results.rescore import RescoreRound, open_round_in
from reviewer.store import audit
from reviewer.store.result_lock import active_lock
from reviewer.store.storage import CampaignStore


class NoneToRectify(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "No pilot is to rectify on the locked results, so there is nothing to re-accept."
    )


class DeadlineRequired(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "Give the rectification deadline: the date by which the pilots must rectify."
    )


@dataclass(frozen=True)
class OutcomeStep:
    """A pilot's final and outcome on one round: round 1 is the acceptance itself, a later
    number the re-acceptance round that re-scored it."""

    round_number: int
    reaccepted: bool
    final: Decimal
    outcome: AcceptanceOutcome
    fingerprint: str

    def as_json(self) -> dict[str, Any]:
        return {
            "round": self.round_number,
            "reacceptance": self.reaccepted,
            "final": f"{self.final:.2f}",
            "outcome": self.outcome.value,
            "lock": self.fingerprint,
        }


@dataclass(frozen=True)
class PilotOutcome:
    """One pilot: its final, outcome and star grade now (None while unscored or
    ineligible), the deadline of a re-acceptance not yet re-scored, and its history."""

    application_id: int
    applicant: str
    track: TrackKind
    final: Decimal | None
    outcome: AcceptanceOutcome | None
    grade: int | None
    rectify_by: date | None
    overdue: bool
    history: tuple[OutcomeStep, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "application_id": self.application_id,
            "applicant": self.applicant,
            "track": self.track.value,
            "final": None if self.final is None else f"{self.final:.2f}",
            "outcome": None if self.outcome is None else self.outcome.value,
            "grade": self.grade,
            "rectify_by": None if self.rectify_by is None else self.rectify_by.isoformat(),
            "overdue": self.overdue,
            "history": [step.as_json() for step in self.history],
        }


@dataclass(frozen=True)
class LockedSet:
    """One lock of the results, in the order locked: its fingerprint and finals."""

    fingerprint: str
    finals: Mapping[int, Decimal]


@dataclass(frozen=True)
class ReacceptanceRound:
    """A re-acceptance round: its number, deadline, the lock whose outcomes sent its
    pilots, the pilots it asked, and those re-scored in it so far."""

    number: int
    rectify_by: date
    rectify_from: str
    pilots: frozenset[int]
    rescored: frozenset[int]


@dataclass(frozen=True)
class AcceptanceOutcomes:
    """Every pilot's outcome on the results locked now (or, while a re-acceptance round
    has them unlocked, on the last lock: `locked` is then False)."""

    fingerprint: str
    locked: bool
    settings: OutcomeSettings
    rounds: tuple[ReacceptanceRound, ...]
    pilots: tuple[PilotOutcome, ...]

    def pilot(self, application_id: int) -> PilotOutcome:
        return next(p for p in self.pilots if p.application_id == application_id)


def finals_of(results: Mapping[str, Any]) -> dict[int, Decimal]:
    """The finals of a locked snapshot, by application, leaving out the ineligible and the
    unscored (read as the ranking reads the snapshot)."""
    return {
        line.application_id: line.final
        for lines in rank(results, {}).values()
        for line in lines
        if line.final is not None and not line.ineligible
    }


def _history(
    application_id: int,
    settings: OutcomeSettings,
    locks: Sequence[LockedSet],
    rounds: Sequence[ReacceptanceRound],
) -> tuple[tuple[OutcomeStep, ...], ReacceptanceRound | None]:
    """The pilot's steps (the acceptance, then each re-acceptance that re-scored it and was
    locked), and the re-acceptance round still waiting for it, if any."""
    index = {lock.fingerprint: n for n, lock in enumerate(locks)}
    mine = [r for r in rounds if application_id in r.pilots and r.rectify_from in index]
    if not mine:
        return (), None
    steps: list[OutcomeStep] = []
    first = locks[index[mine[0].rectify_from]]
    final = first.finals[application_id]
    steps.append(OutcomeStep(1, False, final, settings.outcome(final), first.fingerprint))
    waiting = None
    for n, round_ in enumerate(mine):
        end = index[mine[n + 1].rectify_from] if n + 1 < len(mine) else len(locks) - 1
        after = locks[index[round_.rectify_from] + 1 : end + 1]
        if application_id in round_.rescored and after and application_id in after[-1].finals:
            final = after[-1].finals[application_id]
            steps.append(
                OutcomeStep(
                    round_.number, True, final, settings.outcome(final), after[-1].fingerprint
                )
            )
        elif n == len(mine) - 1:
            waiting = round_
    return tuple(steps), waiting


def outcomes_from(
    results: Mapping[str, Any],
    settings: OutcomeSettings,
    locks: Sequence[LockedSet],
    rounds: Sequence[ReacceptanceRound],
    today: date,
) -> tuple[PilotOutcome, ...]:
    """Every pilot of a locked snapshot (`PanelResults.as_json()`) with its outcome and
    grade under `settings`, its history over `locks` (oldest first) and the re-acceptance
    `rounds`, and whether it is overdue on `today`. Pure: the same inputs, the same lines."""
    pilots = []
    for application in results.get("applications", ()):
        application_id = int(application["application_id"])
        final = finals_of({"applications": [application]}).get(application_id)
        history, waiting = _history(application_id, settings, locks, rounds)
        pilots.append(
            PilotOutcome(
                application_id=application_id,
                applicant=str(application["applicant"]),
                track=TrackKind(application["track"]),
                final=final,
                outcome=None if final is None else settings.outcome(final),
                grade=None if final is None else settings.grade(final),
                rectify_by=None if waiting is None else waiting.rectify_by,
                overdue=waiting is not None
                and application_id not in waiting.rescored
                and today > waiting.rectify_by,
                history=history,
            )
        )
    pilots.sort(key=lambda p: (list(TrackKind).index(p.track), -(p.final or -1), p.applicant))
    return tuple(pilots)


def _rounds_in(session: Session) -> tuple[ReacceptanceRound, ...]:
    rounds = []
    for round_ in session.scalars(
        select(ScoringRound)
        .where(ScoringRound.rectify_by.is_not(None))
        .order_by(ScoringRound.number)
    ):
        asked = select(RescoreRequest.application_id).where(RescoreRequest.round_id == round_.id)
        scored = select(Score.application_id).where(Score.round_id == round_.id)
        assert round_.rectify_by is not None
        rounds.append(
            ReacceptanceRound(
                round_.number,
                round_.rectify_by,
                round_.rectify_from or "",
                frozenset(session.scalars(asked)),
                frozenset(session.scalars(scored)),
            )
        )
    return tuple(rounds)


def outcomes_in(session: Session, today: date) -> AcceptanceOutcomes:
    """The outcomes inside the caller's unit of work; refused before any lock."""
    if session.scalars(select(Campaign.kind)).one() not in REVIEWS:
        raise NotAReview()
    all_locks = session.scalars(select(ResultLock).order_by(ResultLock.id)).all()
    if not all_locks:
        raise ResultsNotLockedForRanking()
    shown = active_lock(session) or all_locks[-1]
    settings = settings_in(session)
    locks = [LockedSet(lock.fingerprint, finals_of(lock.results)) for lock in all_locks]
    rounds = _rounds_in(session)
    return AcceptanceOutcomes(
        fingerprint=shown.fingerprint,
        locked=shown.unlocked_at is None,
        settings=settings,
        rounds=rounds,
        pilots=outcomes_from(shown.results, settings, locks, rounds, today),
    )


def pilot_outcomes(store: CampaignStore, today: date | None = None) -> AcceptanceOutcomes:
    """Every pilot's final score, outcome, star grade, rectification deadline, overdue
    mark and round history, for the outcome column, `rank` and the documents (验收意见,
    验收结果通知, 整改通知). `today` decides what is overdue (default: today)."""
    with store.reading() as session:
        return outcomes_in(session, today or date.today())


def is_review(store: CampaignStore) -> bool:
    """Whether the campaign is an acceptance or mid-term review (it has outcomes)."""
    with store.reading() as session:
        return session.scalars(select(Campaign.kind)).one() in REVIEWS


def open_reacceptance(store: CampaignStore, rectify_by: date | None, reason: str) -> RescoreRound:
    """Open a re-acceptance round (复验) for every pilot the locked results send to rectify,
    with its deadline: in one unit of work, unlock the results (saying it is for the
    re-acceptance) and ask each expert who scored such a pilot to score it again."""
    if rectify_by is None:
        raise DeadlineRequired()
    if not reason.strip():
        raise ReasonRequired()
    with store.writing() as session:
        outcomes = outcomes_in(session, date.today())
        lock = active_lock(session)
        if lock is None:
            raise ResultsNotLockedForRanking()
        rectify = {
            p.application_id for p in outcomes.pilots if p.outcome is AcceptanceOutcome.RECTIFY
        }
        if not rectify:
            raise NoneToRectify()
        scored_by = {
            int(a["application_id"]): tuple(a.get("experts", {}))
            for a in lock.results.get("applications", ())
        }
        fingerprint = lock.fingerprint
        unlock_in(
            session,
            reason,
            ChangeGround.OTHER,
            translate("Decisions", "re-acceptance of the pilots sent to rectify"),
        )
        opened, round_ = open_round_in(
            session, {pilot: scored_by.get(pilot, ()) for pilot in rectify}, reason
        )
        round_.rectify_by, round_.rectify_from = rectify_by, fingerprint
        audit.record(
            session,
            "round.reaccept",
            entity="scoring_round",
            entity_id=opened.number,
            new={**opened.as_json(), "rectify_by": rectify_by.isoformat(), "lock": fingerprint},
            reason=reason.strip(),
        )
        return opened
