"""The ranking per track from the locked results, and the cut-off rules behind it.

Officials sign what is ranked here, so the ranking is computed from the locked result
set only (the snapshot `reconcile.lock_results` stored, never a fresh merge) and is a
pure function of that snapshot and the track's rules: the same lock and rules always
give the same lines in the same order.

Per track, the eligible scored applications are ordered by final score, then by the
condition figures in the track's tie-break order (by default the demonstration
condition, then organisation); applications equal on all of them share a rank
(competition ranking: 1, 2, 2, 4) and are listed by applicant name. A line is *within*
the cut when it is ranked, reaches the minimum final score and its rank is within the
quota; applicants tied at the quota's boundary are all within, and the secretariat
decides. Ineligible (vetoed) and unscored applications are listed last, unranked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Track
from models.enums import DecisionOutcome, TrackKind
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.results.merge import Flag
from reviewer.store import audit
from reviewer.store.result_lock import active_lock
from reviewer.store.storage import CampaignStore

# The call's 示范作用突出 (C3) then 组织保障有力 (C1) for cities; for departments the
# nearest counterparts of the department rubric: 省市县三级覆盖能力 (D3, what the pilot
# demonstrates across levels) then 领导机制与项目组织管理体系 (D2, organisation).
DEFAULT_TIE_BREAK: dict[TrackKind, tuple[str, ...]] = {
    TrackKind.CITY: ("C3", "C1"),
    TrackKind.DEPARTMENT: ("D3", "D2"),
}


class ResultsNotLockedForRanking(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The results are not locked. Lock them first: the ranking and the decisions are "
        "made on locked results only.",
    )


class RulesInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The ranking rules of {track} are not valid: {problem}")


@dataclass(frozen=True)
class TrackRules:
    """A track's cut-off rules: None means no minimum score, or no quota."""

    track: TrackKind
    min_final: Decimal | None = None
    quota: int | None = None
    tie_break: tuple[str, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "min_final": None if self.min_final is None else f"{self.min_final:.2f}",
            "quota": self.quota,
            "tie_break": list(self.tie_break),
        }


@dataclass(frozen=True)
class ExpertFigure:
    """One expert's total on the line, and whether the method kept it."""

    code: str
    total: Decimal
    kept: bool


@dataclass(frozen=True)
class RankedLine:
    """One application in its track's ranking.

    `rank` is None for lines that take no part in the ranking (ineligible or unscored).
    """

    application_id: int
    applicant: str
    track: TrackKind
    final: Decimal | None
    rank: int | None
    ineligible: bool
    below_cut: bool
    over_quota: bool
    conditions: Mapping[str, Decimal] = field(default_factory=dict)
    experts: tuple[ExpertFigure, ...] = ()
    flags: tuple[Flag, ...] = ()

    @property
    def unscored(self) -> bool:
        return self.final is None

    @property
    def within(self) -> bool:
        """Ranked, at or above the minimum score and within the quota."""
        return self.rank is not None and not self.below_cut and not self.over_quota

    @property
    def proposal(self) -> DecisionOutcome:
        """The ranking's proposal: approve what is within the cut, reject the rest."""
        return DecisionOutcome.APPROVE if self.within else DecisionOutcome.REJECT

    def as_json(self) -> dict[str, Any]:
        return {
            "application_id": self.application_id,
            "applicant": self.applicant,
            "track": self.track.value,
            "rank": self.rank,
            "final": None if self.final is None else f"{self.final:.2f}",
            "conditions": {code: f"{value:.2f}" for code, value in self.conditions.items()},
            "ineligible": self.ineligible,
            "below_cut": self.below_cut,
            "over_quota": self.over_quota,
            "within": self.within,
            "proposal": self.proposal.value,
        }


@dataclass(frozen=True)
class Ranking:
    """The ranking of every track on one locked result set."""

    fingerprint: str
    rules: Mapping[TrackKind, TrackRules]
    tracks: Mapping[TrackKind, tuple[RankedLine, ...]]

    @property
    def short_fingerprint(self) -> str:
        return self.fingerprint[:12]

    def lines(self) -> Iterator[RankedLine]:
        """Every line, track by track (city first), in ranking order."""
        for kind in TrackKind:
            yield from self.tracks.get(kind, ())

    def line(self, application_id: int) -> RankedLine:
        for line in self.lines():
            if line.application_id == application_id:
                return line
        raise KeyError(application_id)


def _decimal(text: object) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(str(text))
    except InvalidOperation:
        return None


def _parsed(application: Mapping[str, Any]) -> RankedLine:
    experts = tuple(
        ExpertFigure(code, Decimal(str(figure["total"])), bool(figure["kept"]))
        for code, figure in application.get("experts", {}).items()
    )
    return RankedLine(
        application_id=int(application["application_id"]),
        applicant=str(application["applicant"]),
        track=TrackKind(application["track"]),
        final=_decimal(application.get("final")),
        rank=None,
        ineligible=bool(application.get("ineligible")),
        below_cut=False,
        over_quota=False,
        conditions={
            code: Decimal(str(value)) for code, value in application.get("conditions", {}).items()
        },
        experts=experts,
        flags=tuple(Flag(**flag) for flag in application.get("flags", ())),
    )


def _rank_track(lines: list[RankedLine], rules: TrackRules) -> tuple[RankedLine, ...]:
    def key(line: RankedLine) -> tuple[Decimal, ...]:
        assert line.final is not None
        return (line.final, *(line.conditions.get(code, Decimal(0)) for code in rules.tie_break))

    ranked = [line for line in lines if line.final is not None and not line.ineligible]
    ranked.sort(key=lambda line: line.applicant)  # stable: names order the exact ties
    ranked.sort(key=key, reverse=True)
    out: list[RankedLine] = []
    previous: tuple[Decimal, ...] | None = None
    rank = 0
    for position, line in enumerate(ranked, start=1):
        if key(line) != previous:
            rank, previous = position, key(line)
        assert line.final is not None
        out.append(
            replace(
                line,
                rank=rank,
                below_cut=rules.min_final is not None and line.final < rules.min_final,
                over_quota=rules.quota is not None and rank > rules.quota,
            )
        )
    unranked = [line for line in lines if line.final is None or line.ineligible]
    unranked.sort(key=lambda line: (line.final is None, -(line.final or 0), line.applicant))
    return (*out, *unranked)


def rank(
    results: Mapping[str, Any], rules: Mapping[TrackKind, TrackRules]
) -> dict[TrackKind, tuple[RankedLine, ...]]:
    """Rank a locked result snapshot (`PanelResults.as_json()`) under each track's rules.

    A track without rules is ranked with no minimum, no quota and its default
    tie-break order.
    """
    by_track: dict[TrackKind, list[RankedLine]] = {kind: [] for kind in TrackKind}
    for application in results.get("applications", ()):
        line = _parsed(application)
        by_track[line.track].append(line)
    return {
        kind: _rank_track(
            lines, rules.get(kind, TrackRules(kind, tie_break=DEFAULT_TIE_BREAK[kind]))
        )
        for kind, lines in by_track.items()
    }


def _rules_in(session: Session) -> dict[TrackKind, TrackRules]:
    return {
        track.kind: TrackRules(
            track.kind,
            track.min_final,
            track.quota,
            tuple(track.tie_break)
            if track.tie_break is not None
            else DEFAULT_TIE_BREAK[track.kind],
        )
        for track in session.scalars(select(Track).order_by(Track.id))
    }


def load_rules(store: CampaignStore) -> dict[TrackKind, TrackRules]:
    """Each track's rules as stored in the campaign file (defaults filled in)."""
    with store.reading() as session:
        return _rules_in(session)


def ranking_in(session: Session) -> Ranking:
    """The ranking inside the caller's unit of work, so a use case that writes (committing
    decisions) checks against exactly what it reads. Refused while the results are unlocked."""
    lock = active_lock(session)
    if lock is None:
        raise ResultsNotLockedForRanking()
    rules = _rules_in(session)
    return Ranking(lock.fingerprint, rules, rank(lock.results, rules))


def locked_ranking(store: CampaignStore) -> Ranking:
    """The ranking on the locked results under the stored rules; refused while unlocked."""
    with store.reading() as session:
        return ranking_in(session)


def _problem(rules: TrackRules, condition_codes: set[str], total: Decimal) -> str:
    if rules.quota is not None and rules.quota < 1:
        return QT_TRANSLATE_NOOP("Errors", "the quota must be at least 1")
    if rules.min_final is not None and not Decimal(0) <= rules.min_final <= total:
        return QT_TRANSLATE_NOOP("Errors", "the minimum score must be between 0 and the total")
    if rules.min_final is not None and rules.min_final != rules.min_final.quantize(Decimal("0.01")):
        return QT_TRANSLATE_NOOP("Errors", "the minimum score has at most two decimals")
    if len(set(rules.tie_break)) != len(rules.tie_break):
        return QT_TRANSLATE_NOOP("Errors", "a condition appears twice in the tie-break order")
    if not set(rules.tie_break) <= condition_codes:
        return QT_TRANSLATE_NOOP("Errors", "the tie-break order names an unknown condition")
    return ""


def save_rules(store: CampaignStore, *rules: TrackRules) -> None:
    """Store tracks' rules in one transaction, each checked against its track's current
    rubric first (nothing is saved if any is invalid), each change in the audit log."""
    from reviewer.i18n import translate
    from reviewer.rubrics.catalog import current_rubrics

    rubrics = {view.track: view for view in current_rubrics(store)}
    for new in rules:
        rubric = rubrics[new.track]
        problem = _problem(new, {c.code for c in rubric.conditions}, rubric.total_points)
        if problem:
            raise RulesInvalid(track=rubric.track_name, problem=translate("Errors", problem))
    with store.writing() as session:
        old = _rules_in(session)
        for new in rules:
            track = session.scalars(select(Track).where(Track.kind == new.track)).one()
            track.min_final = new.min_final
            track.quota = new.quota
            track.tie_break = list(new.tie_break)
            audit.record(
                session,
                "ranking.rules",
                entity="track",
                entity_id=new.track.value,
                old=old[new.track].as_json(),
                new=new.as_json(),
            )
