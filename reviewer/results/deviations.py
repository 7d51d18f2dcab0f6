"""Deviating scores re-checked or explained in writing (87号令 §45).

A score flagged as deviating from the panel's (`divergence`: a total, or one criterion's
points, further from the other experts' mean than the campaign's threshold) must not
simply stand: the panel has the expert re-check it, or the expert explains it in writing.
Here a re-check is a re-score round: an expert who scored the application again in a
later round has re-checked it, whatever they gave. An explanation is written by the expert
on paper and entered by the secretariat with who wrote it and when
(`explain_deviation`). What has neither is open, and locking is refused while anything is
open (`results.lock_checks`) unless the panel leader allows it with a reason.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Application, DeviationExplanation, Expert, Score, ScoringRound
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.results.merge import ApplicationResult, PanelResults
from reviewer.rubrics.catalog import current_rubrics
from reviewer.store import audit
from reviewer.store.storage import CampaignStore

TOTAL = ""  # the item code of an expert's total, beside the criteria's codes
KINDS = {"deviation": True, "criterion_deviation": False}  # flag kind -> is the total
# The states of a deviation, as `Deviation.state_text` shows them.
STATES = (
    QT_TRANSLATE_NOOP("Results", "re-checked"),
    QT_TRANSLATE_NOOP("Results", "explained"),
    QT_TRANSLATE_NOOP("Results", "open"),
)


class ExplanationEmpty(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The explanation is empty. Enter the expert's written explanation as given."
    )


class NothingToExplain(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{expert}'s scores on {applicant} are not flagged as deviating ({items}), so there is "
        "nothing for the expert to explain.",
    )


class UnknownExpert(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The campaign has no expert “{expert}”.")


@dataclass(frozen=True)
class Deviation:
    """One flagged score: an expert's total (`item` TOTAL) or criterion on an application,
    beside the mean of the other experts; `rechecked` when scored again in a later round,
    `explanation` the expert's written one if entered."""

    application_id: int
    applicant: str
    expert_code: str
    expert_name: str
    item: str
    score: Decimal
    panel: Decimal
    rechecked: bool
    explanation: Explanation | None

    @property
    def open(self) -> bool:
        return not self.rechecked and self.explanation is None

    def state_text(self) -> str:
        """Re-checked, explained or open, in the user's language."""
        if self.rechecked:
            return translate("Results", "re-checked")
        return translate("Results", "explained" if self.explanation else "open")

    def item_text(self) -> str:
        return translate("Results", "total") if self.item == TOTAL else self.item

    def as_json(self) -> dict[str, object]:
        return {
            "application_id": self.application_id,
            "applicant": self.applicant,
            "expert": self.expert_code,
            "item": self.item or "total",
            "score": f"{self.score:.2f}",
            "panel": f"{self.panel:.2f}",
            "rechecked": self.rechecked,
            "explained": self.explanation is not None,
        }


@dataclass(frozen=True)
class Explanation:
    application_id: int
    expert_code: str
    expert_name: str
    items: tuple[str, ...]
    text: str
    written_on: date
    entered_by: str
    entered_at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "application_id": self.application_id,
            "expert": self.expert_code,
            "items": [item or "total" for item in self.items],
            "text": self.text,
            "written_on": self.written_on.isoformat(),
            "entered_by": self.entered_by,
        }


def explanations(store: CampaignStore) -> list[Explanation]:
    """Every explanation entered, oldest first."""
    with store.reading() as session:
        return _explanations(session)


def _explanations(session: Session) -> list[Explanation]:
    rows = session.execute(
        select(DeviationExplanation, Expert.code, Expert.name)
        .join(Expert, Expert.id == DeviationExplanation.expert_id)
        .order_by(DeviationExplanation.id)
    )
    return [
        Explanation(
            e.application_id,
            code,
            name,
            tuple(e.items),
            e.text,
            e.written_on,
            e.entered_by,
            e.entered_at,
        )
        for e, code, name in rows
    ]


def _rechecked(session: Session) -> set[tuple[int, int]]:
    """(application id, expert id) of the experts who scored an application in more than
    one round: a later round for them on it is their re-check."""
    pairs = (
        select(Score.application_id, Score.expert_id)
        .join(ScoringRound, ScoringRound.id == Score.round_id)
        .group_by(Score.application_id, Score.expert_id)
        .having(func.min(ScoringRound.number) < func.max(ScoringRound.number))
    )
    return {(a, e) for a, e in session.execute(pairs)}


def _criterion_points(
    session: Session, criteria: dict[int, str], applications: Iterable[int]
) -> dict[tuple[int, int, str], Decimal]:
    """(application, expert id, criterion code) -> points in the expert's latest round on
    that application (the rule the merge counts by), for the applications asked."""
    rows = session.execute(
        select(
            Score.application_id,
            Score.expert_id,
            Score.criterion_id,
            ScoringRound.number,
            Score.value,
        )
        .join(ScoringRound, ScoringRound.id == Score.round_id)
        .where(Score.application_id.in_(list(applications)))
        .where(Score.criterion_id.in_(list(criteria)))
    )
    found = [(a, e, criteria[k], n, v) for a, e, k, n, v in rows]
    latest: dict[tuple[int, int], int] = {}
    for application_id, expert_id, _code, number, _value in found:
        latest[(application_id, expert_id)] = max(
            number, latest.get((application_id, expert_id), 0)
        )
    points = {
        (a, e, code): value for a, e, code, number, value in found if number == latest[(a, e)]
    }
    return points


def _others(values: dict[int, Decimal], expert_id: int) -> Decimal:
    """The mean of the other experts' values, as `divergence.deviations` measures from."""
    others = [v for e, v in values.items() if e != expert_id]
    return sum(others, Decimal(0)) / len(others) if others else Decimal(0)


def deviations(store: CampaignStore, results: PanelResults) -> list[Deviation]:
    """Every score `results` flag as deviating, with its re-check and explanation."""
    flagged = [
        (result, flag)
        for result in results.applications
        for flag in result.flags
        if flag.kind in KINDS
    ]
    criteria = {k.id: k.code for view in current_rubrics(store) for k in view.criteria}
    with store.reading() as session:
        experts = {code: id_ for code, id_ in session.execute(select(Expert.code, Expert.id))}
        rechecked = _rechecked(session)
        written: dict[tuple[int, str, str], Explanation] = {}
        for explanation in _explanations(session):
            for item in explanation.items:
                written[(explanation.application_id, explanation.expert_code, item)] = explanation
        points = _criterion_points(
            session, criteria, {result.application_id for result, _flag in flagged}
        )
    found = []
    for result, flag in flagged:
        item = TOTAL if KINDS[flag.kind] else flag.criterion
        score, panel = _figures(result, experts[flag.expert], item, points)
        total = next(t for t in result.totals if t.expert_code == flag.expert)
        found.append(
            Deviation(
                result.application_id,
                result.applicant,
                flag.expert,
                total.expert_name,
                item,
                score,
                panel,
                (result.application_id, experts[flag.expert]) in rechecked,
                written.get((result.application_id, flag.expert, item)),
            )
        )
    return found


def _figures(
    result: ApplicationResult,
    expert_id: int,
    item: str,
    points: dict[tuple[int, int, str], Decimal],
) -> tuple[Decimal, Decimal]:
    """The expert's score on `item` and the other experts' mean of it."""
    if item == TOTAL:
        values = {t.expert_id: t.total for t in result.totals}
    else:
        values = {
            t.expert_id: points[(result.application_id, t.expert_id, item)]
            for t in result.totals
            if (result.application_id, t.expert_id, item) in points
        }
    return values[expert_id], _others(values, expert_id).quantize(Decimal("0.01"))


def explain_deviation(
    store: CampaignStore,
    results: PanelResults,
    application_id: int,
    expert_code: str,
    text: str,
    written_on: date,
    items: Iterable[str] = (),
) -> Explanation:
    """Enter an expert's written explanation of their flagged scores on an application,
    as the expert wrote it on `written_on`. `items` are the flagged items it explains
    (criterion codes, TOTAL for the total); none means every one flagged now."""
    if not text.strip():
        raise ExplanationEmpty()
    flagged = [
        d
        for d in deviations(store, results)
        if d.application_id == application_id and d.expert_code == expert_code
    ]
    wanted = tuple(dict.fromkeys(items)) or tuple(d.item for d in flagged)
    applicant = next(
        (r.applicant for r in results.applications if r.application_id == application_id),
        str(application_id),
    )
    unflagged = [item for item in wanted if item not in {d.item for d in flagged}]
    if not wanted or unflagged:
        raise NothingToExplain(
            expert=expert_code,
            applicant=applicant,
            items="、".join(translate("Results", "total") if i == TOTAL else i for i in unflagged)
            or translate("Results", "none"),
        )
    with store.writing() as session:
        session.get_one(Application, application_id)
        expert = session.scalars(select(Expert).where(Expert.code == expert_code)).one_or_none()
        if expert is None:
            raise UnknownExpert(expert=expert_code)
        row = DeviationExplanation(
            application_id=application_id,
            expert_id=expert.id,
            items=list(wanted),
            text=text.strip(),
            written_on=written_on,
            entered_by=audit.current_actor(),
        )
        session.add(row)
        session.flush()
        explanation = Explanation(
            application_id,
            expert.code,
            expert.name,
            wanted,
            row.text,
            written_on,
            row.entered_by,
            row.entered_at,
        )
        audit.record(
            session,
            "deviation.explain",
            entity="application",
            entity_id=application_id,
            new=explanation.as_json(),
        )
        return explanation


def explained_by_application(store: CampaignStore) -> dict[int, tuple[Explanation, ...]]:
    """The explanations per application, for the documents."""
    grouped: dict[int, list[Explanation]] = defaultdict(list)
    for explanation in explanations(store):
        grouped[explanation.application_id].append(explanation)
    return {key: tuple(value) for key, value in grouped.items()}
