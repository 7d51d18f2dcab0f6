"""The secretariat's decisions on the ranking: staged one by one, committed together.

A decision is staged first (kept in the campaign file, so a crash loses nothing) and
becomes official only when the secretariat commits the whole list after seeing it.
Every line has a pending outcome: its staged decision, else its committed decision on
the current lock, else the ranking's proposal (approve within the cut, reject the
rest). A commit writes every pending outcome that differs from what is committed, on
the current lock, in one transaction, each with an audit event (who, when, old, new,
why).

Decisions are made on locked results only and record the fingerprint of the result
set they were made on. Going against the ranking (approving a line outside the cut,
or rejecting or deferring one within it) needs a written reason; an application the
ranking leaves out altogether (ineligible or unscored) cannot be approved.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from models import Decision, StagedDecision
from models.base import utc_now
from models.enums import DecisionOutcome, TrackKind
from reviewer.decisions.ranking import RankedLine, Ranking, ranking_in
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.labels import label
from reviewer.store import audit
from reviewer.store.storage import CampaignStore


class DecisionReasonRequired(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The decision “{outcome}” on {applicant} goes against the ranking, so it needs a "
        "written reason.",
    )


class UnrankedCannotBeApproved(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{applicant} is not ranked (ineligible or not scored), so it cannot be approved.",
    )


class ReasonsMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was committed: these decisions go against the ranking and have no written "
        "reason: {applicants}.",
    )


class StagedOnEarlierResults(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was committed: the decisions on {applicants} were made on results locked "
        "earlier. Decide them again on the current results, or discard them.",
    )


class ResultsChangedSinceShown(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Nothing was committed: the locked results changed since the list was shown. "
        "Look at the list again.",
    )


class ApplicationNotRanked(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "No application {application} is in the locked results.")


@dataclass(frozen=True)
class Choice:
    """An outcome with its reason, who chose it, when, and on which locked results."""

    outcome: DecisionOutcome
    reason: str
    by: str
    at: datetime
    lock_fingerprint: str


@dataclass(frozen=True)
class DecisionLine:
    """A ranked line with its staged and committed decisions."""

    line: RankedLine
    fingerprint: str  # of the current lock
    staged: Choice | None
    committed: Choice | None

    @property
    def committed_current(self) -> bool:
        """Committed on the results locked now (not on an earlier lock)."""
        return self.committed is not None and self.committed.lock_fingerprint == self.fingerprint

    @property
    def stale(self) -> bool:
        """Staged on results locked earlier: to be decided again before a commit."""
        return self.staged is not None and self.staged.lock_fingerprint != self.fingerprint

    @property
    def pending(self) -> DecisionOutcome:
        if self.staged is not None:
            return self.staged.outcome
        if self.committed is not None and self.committed_current:
            return self.committed.outcome
        return self.line.proposal

    @property
    def pending_reason(self) -> str:
        if self.staged is not None:
            return self.staged.reason
        if self.committed is not None and self.committed_current:
            return self.committed.reason
        return ""

    @property
    def against_ranking(self) -> bool:
        return against_ranking(self.line, self.pending)

    @property
    def to_commit(self) -> bool:
        """A commit would write this line: its pending outcome is not yet committed on the
        current results."""
        return not (
            self.committed is not None
            and self.committed_current
            and self.committed.outcome is self.pending
            and self.committed.reason == self.pending_reason
        )


@dataclass(frozen=True)
class DecisionSheet:
    ranking: Ranking
    tracks: dict[TrackKind, tuple[DecisionLine, ...]]

    def lines(self) -> Iterator[DecisionLine]:
        for kind in TrackKind:
            yield from self.tracks.get(kind, ())

    def to_commit(self) -> tuple[DecisionLine, ...]:
        return tuple(line for line in self.lines() if line.to_commit)

    def line(self, application_id: int) -> DecisionLine:
        for line in self.lines():
            if line.line.application_id == application_id:
                return line
        raise ApplicationNotRanked(application=application_id)


def against_ranking(line: RankedLine, outcome: DecisionOutcome) -> bool:
    """Approving a line outside the cut, or rejecting or deferring one within it."""
    return (outcome is DecisionOutcome.APPROVE) != line.within


def _choice(row: Decision | StagedDecision) -> Choice:
    if isinstance(row, Decision):
        return Choice(row.outcome, row.reason, row.decided_by, row.decided_at, row.lock_fingerprint)
    return Choice(row.outcome, row.reason, row.staged_by, row.staged_at, row.lock_fingerprint)


def _sheet_in(session: Session) -> DecisionSheet:
    ranking = ranking_in(session)
    staged = {row.application_id: _choice(row) for row in session.scalars(select(StagedDecision))}
    committed = {row.application_id: _choice(row) for row in session.scalars(select(Decision))}
    return DecisionSheet(
        ranking,
        {
            kind: tuple(
                DecisionLine(
                    line,
                    ranking.fingerprint,
                    staged.get(line.application_id),
                    committed.get(line.application_id),
                )
                for line in lines
            )
            for kind, lines in ranking.tracks.items()
        },
    )


def decision_sheet(store: CampaignStore) -> DecisionSheet:
    """Every ranked line with its proposal, staged and committed decision."""
    with store.reading() as session:
        return _sheet_in(session)


def committed_decisions(store: CampaignStore) -> dict[int, Choice]:
    """application id -> the committed decision, whatever lock it was made on."""
    with store.reading() as session:
        return {row.application_id: _choice(row) for row in session.scalars(select(Decision))}


def check_choice(line: RankedLine, outcome: DecisionOutcome, reason: str) -> None:
    """Refuse a choice the rules do not allow: approving an unranked line, or going
    against the ranking without a reason."""
    if outcome is DecisionOutcome.APPROVE and line.rank is None:
        raise UnrankedCannotBeApproved(applicant=line.applicant)
    if against_ranking(line, outcome) and not reason.strip():
        raise DecisionReasonRequired(outcome=label(outcome), applicant=line.applicant)


def stage(
    store: CampaignStore, application_id: int, outcome: DecisionOutcome, reason: str = ""
) -> DecisionLine:
    """Stage a decision on one line of the locked ranking (replacing one staged before)."""
    with store.writing() as session:
        current = _sheet_in(session).line(application_id)
        check_choice(current.line, outcome, reason)
        row = session.scalars(
            select(StagedDecision).where(StagedDecision.application_id == application_id)
        ).one_or_none()
        if row is None:
            row = StagedDecision(application_id=application_id)
            session.add(row)
        row.outcome = outcome
        row.reason = reason.strip()
        row.staged_by = audit.current_actor()
        row.staged_at = utc_now()
        row.lock_fingerprint = current.fingerprint
        session.flush()
        return replace(current, staged=_choice(row))


def unstage(store: CampaignStore, application_ids: list[int] | None = None) -> int:
    """Discard staged decisions (all of them by default); returns how many."""
    with store.writing() as session:
        statement = delete(StagedDecision)
        if application_ids is not None:
            statement = statement.where(StagedDecision.application_id.in_(application_ids))
        return int(session.execute(statement).rowcount)  # type: ignore[attr-defined]


def commit_decisions(store: CampaignStore, fingerprint: str) -> tuple[DecisionLine, ...]:
    """Commit every pending decision the confirmation showed, in one transaction.

    Args:
        fingerprint: the lock the confirmed list was computed on; refused if the results
            were unlocked or locked again since.

    Returns the lines written (as they were before the commit).
    """
    actor = audit.current_actor()
    with store.writing() as session:
        sheet = _sheet_in(session)
        if sheet.ranking.fingerprint != fingerprint:
            raise ResultsChangedSinceShown()
        stale = [line.line.applicant for line in sheet.lines() if line.stale]
        if stale:
            raise StagedOnEarlierResults(applicants="、".join(stale))
        writes = sheet.to_commit()
        missing = [
            line.line.applicant
            for line in writes
            if line.against_ranking and not line.pending_reason.strip()
        ]
        if missing:
            raise ReasonsMissing(applicants="、".join(missing))
        existing = {row.application_id: row for row in session.scalars(select(Decision))}
        now = utc_now()
        for line in writes:
            check_choice(line.line, line.pending, line.pending_reason)
            row = existing.get(line.line.application_id)
            old = None
            if row is None:
                row = Decision(application_id=line.line.application_id)
                session.add(row)
            else:
                old = {
                    "outcome": row.outcome.value,
                    "reason": row.reason,
                    "lock": row.lock_fingerprint,
                }
            row.outcome = line.pending
            row.reason = line.pending_reason
            row.decided_by = actor
            row.decided_at = now
            row.lock_fingerprint = fingerprint
            session.flush()
            audit.record(
                session,
                "decision.commit",
                entity="application",
                entity_id=line.line.application_id,
                old=old,
                new={
                    "outcome": line.pending.value,
                    "applicant": line.line.applicant,
                    "rank": line.line.rank,
                    "proposal": line.line.proposal.value,
                    "lock": fingerprint,
                },
                reason=line.pending_reason,
                actor=actor,
            )
        session.execute(delete(StagedDecision))
        return writes
