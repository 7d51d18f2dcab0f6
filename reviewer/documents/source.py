"""What the documents are made of, read once from the campaign: the locked results, the
ranking on them, the committed decisions, and the scores and notes behind them.

Everything printed comes from here, and everything here is fixed while the results are
locked: the result snapshot and its fingerprint, the Score rows (no score may change while
locked) and the decisions made on that lock. Reading it all in one place means every
document of a report shows the same figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models import Application, Campaign, ConflictDeclaration, Decision, Expert, Score
from models.enums import DecisionOutcome, TrackKind
from reviewer.decisions.ranking import RankedLine, ranking_in
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.panel.commitment import (
    CommitmentRecord,
    commitment_records,
    expert_recusals,
    recusals_text,
)
from reviewer.results.deviations import Explanation, explained_by_application
from reviewer.results.reconcile import Lock, Note, ResultChange, current_lock, notes, result_changes
from reviewer.results.report_signatures import ReportSigner, report_signers
from reviewer.results.score_table import superseded_scores
from reviewer.rubrics.catalog import RubricView, current_rubrics
from reviewer.store.storage import CampaignStore

# Official documents are dated in China's time (UTC+8, no daylight saving).
CHINA = timezone(timedelta(hours=8))


class ResultsNotLockedForDocuments(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The results are not locked, so there is nothing to print. Lock them first "
        "(reviewer lock CAMPAIGN --reason TEXT): documents show locked results only.",
    )


@dataclass(frozen=True)
class CampaignFacts:
    title: str
    authority: str
    call_title: str
    call_reference: str
    pilot_period_months: int


@dataclass(frozen=True)
class ExpertFacts:
    code: str
    name: str
    affiliation: str
    title: str
    is_leader: bool
    is_reserve: bool = False
    # The commitment's acceptance (or that there was none) and the expert's recusals, one
    # a line, as the 专家评分表 prints them (政府采购法实施条例 §9).
    commitment: str = ""
    recusals: str = ""


@dataclass(frozen=True)
class ApplicationFacts:
    id: int
    applicant: str
    title: str
    track: TrackKind
    pilot_domains: tuple[str, ...]
    districts: tuple[str, ...]


@dataclass(frozen=True)
class CriterionScore:
    """One expert's points on one criterion, with the comment they wrote."""

    condition: str
    code: str
    name: str
    max_points: Decimal
    value: Decimal
    comment: str


@dataclass(frozen=True)
class Recusal:
    """An expert who stepped aside from an application (回避), and why."""

    expert: str  # code
    application_id: int
    reason: str


@dataclass(frozen=True)
class ReportSource:
    campaign: CampaignFacts
    lock: Lock
    rubrics: dict[TrackKind, RubricView]
    experts: dict[str, ExpertFacts]  # by code, in code order
    applications: dict[int, ApplicationFacts]
    results: dict[int, dict[str, Any]]  # the locked snapshot's line per application
    ranking: dict[TrackKind, tuple[RankedLine, ...]]
    decisions: dict[int, DecisionOutcome]  # committed on this lock
    scores: dict[tuple[str, int], tuple[CriterionScore, ...]] = field(default_factory=dict)
    notes: dict[int, tuple[Note, ...]] = field(default_factory=dict)
    recusals: tuple[Recusal, ...] = ()
    members: tuple[ReportSigner, ...] = ()  # the panel, with answers to the review report
    # The experts' written explanations of deviating scores (87号令 §45), per application,
    # and every change made after compilation, with its ground (§64).
    explanations: dict[int, tuple[Explanation, ...]] = field(default_factory=dict)
    changes: tuple[ResultChange, ...] = ()

    @property
    def recused(self) -> dict[int, tuple[str, ...]]:
        """The codes of the experts recused from each application, in code order."""
        by_application: dict[int, list[str]] = defaultdict(list)
        for recusal in self.recusals:
            by_application[recusal.application_id].append(recusal.expert)
        return {key: tuple(codes) for key, codes in by_application.items()}

    @property
    def method(self) -> dict[str, Any]:
        method: dict[str, Any] = self.lock.results["method"]
        return method

    @property
    def locked_on(self) -> date:
        return self.lock.locked_at.astimezone(CHINA).date()

    def tracks(self) -> list[TrackKind]:
        """The tracks with applications in the results, city track first."""
        return [kind for kind in TrackKind if self.ranking.get(kind)]

    def approved(self, track: TrackKind) -> list[RankedLine]:
        """The approved applications of `track`, in rank order."""
        return [
            line
            for line in self.ranking.get(track, ())
            if self.decisions.get(line.application_id) is DecisionOutcome.APPROVE
        ]

    def track_name(self, track: TrackKind) -> str:
        return self.rubrics[track].track_name


def _latest_scores(
    session: Any, wanted: dict[int, tuple[str, str, str, Decimal]]
) -> dict[tuple[str, int], tuple[CriterionScore, ...]]:
    """(expert code, application id) -> the criterion scores of the latest round in which
    that expert scored that application (the rule the merge counts by, which
    `superseded_scores` applies): the scores the locked results were merged from."""
    superseded = superseded_scores(session, wanted)
    rows = session.execute(
        select(
            Score.id,
            Expert.code,
            Score.application_id,
            Score.criterion_id,
            Score.value,
            Score.comment,
        ).join(Expert, Expert.id == Score.expert_id)
    )
    by_pair: dict[tuple[str, int], dict[int, tuple[Decimal, str]]] = defaultdict(dict)
    for score_id, code, application_id, criterion_id, value, comment in rows:
        if criterion_id in wanted and score_id not in superseded:
            by_pair[(code, application_id)][criterion_id] = (value, comment)
    order = {criterion_id: position for position, criterion_id in enumerate(wanted)}
    return {
        key: tuple(
            CriterionScore(*wanted[criterion_id], value, comment)
            for criterion_id, (value, comment) in sorted(
                points.items(), key=lambda item: order[item[0]]
            )
        )
        for key, points in by_pair.items()
    }


def _experts(session: Any) -> dict[str, ExpertFacts]:
    """Every expert by code, with the commitment and recusals their sheet prints."""
    records = commitment_records(session)
    return {
        e.code: ExpertFacts(
            e.code,
            e.name,
            e.affiliation,
            e.title,
            e.is_leader,
            e.is_reserve,
            records.get(e.id, CommitmentRecord()).line,
            recusals_text(expert_recusals(session, e.id)),
        )
        for e in session.scalars(select(Expert).order_by(Expert.code))
    }


def _recusals(session: Any, applications: Iterable[int]) -> tuple[Recusal, ...]:
    """The recusals from the applications in the results, by expert."""
    return tuple(
        Recusal(code, declared.application_id, declared.reason)
        for declared, code in session.execute(
            select(ConflictDeclaration, Expert.code)
            .join(Expert, Expert.id == ConflictDeclaration.expert_id)
            .where(ConflictDeclaration.application_id.in_(list(applications)))
            .order_by(Expert.code, ConflictDeclaration.application_id)
        )
    )


def read_source(store: CampaignStore) -> ReportSource:
    """Everything the documents print; refused while the results are not locked.

    The lock, its ranking and the decisions on it are read in one unit of work, so the
    list printed is the one decided on exactly these results.
    """
    lock = current_lock(store)
    if lock is None:
        raise ResultsNotLockedForDocuments()
    rubrics = {view.track: view for view in current_rubrics(store)}
    wanted = {
        criterion.id: (condition.name, criterion.code, criterion.name, criterion.max_points)
        for view in rubrics.values()
        for condition in view.conditions
        for criterion in condition.criteria
    }
    results = {int(a["application_id"]): a for a in lock.results["applications"]}
    with store.reading() as session:
        ranking = ranking_in(session)
        if ranking.fingerprint != lock.fingerprint:  # locked again in between: read anew
            return read_source(store)
        campaign = session.scalars(select(Campaign)).one()
        facts = CampaignFacts(
            campaign.title,
            campaign.issuing_authority,
            campaign.call_title,
            campaign.call_reference,
            campaign.pilot_period_months,
        )
        experts = _experts(session)
        applications = {
            a.id: ApplicationFacts(
                a.id,
                a.applicant.name,
                a.title,
                a.track.kind,
                tuple(a.pilot_domains or ()),
                tuple(a.districts or ()),
            )
            for a in session.scalars(select(Application).where(Application.id.in_(results)))
        }
        decisions = {
            d.application_id: d.outcome
            for d in session.scalars(
                select(Decision).where(Decision.lock_fingerprint == ranking.fingerprint)
            )
        }
        scores = _latest_scores(session, wanted)
        recusals = _recusals(session, results)
    by_application: dict[int, list[Note]] = defaultdict(list)
    for note in notes(store):
        by_application[note.application_id].append(note)
    return ReportSource(
        campaign=facts,
        lock=lock,
        rubrics=rubrics,
        experts=experts,
        applications=applications,
        results=results,
        ranking=dict(ranking.tracks),
        decisions=decisions,
        scores={key: value for key, value in scores.items() if key[1] in results},
        notes={key: tuple(value) for key, value in by_application.items()},
        recusals=recusals,
        members=tuple(report_signers(store)),
        explanations=explained_by_application(store),
        changes=tuple(result_changes(store)),
    )
