"""Re-score rounds (复评): asking chosen experts to score flagged applications again.

A round from 2 on asks only the pairs of expert and application the secretariat chose,
so its kits and sheets hold those applications alone. The merge takes each expert's
latest round per application, so the new scores replace the earlier ones for those
items only; every round stays in the campaign and `score_history` shows them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import (
    Applicant,
    Application,
    Assignment,
    Expert,
    RescoreRequest,
    Score,
    ScoringRound,
)
from reviewer.campaign.rounds import current_round
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.results.merge import PanelResults
from reviewer.store import audit
from reviewer.store.result_lock import ensure_unlocked
from reviewer.store.storage import CampaignStore


class NothingToRescore(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "No expert was chosen to score again. Tick at least one expert."
    )


class RescoreReasonMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Say why the round is needed (for example, the spread the panel discussed): it is kept "
        "in the audit log.",
    )


class NotOnPanel(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{expert} is not on the panel of {applicant} (not assigned, or recused), so cannot "
        "score it again.",
    )


class UnknownApplication(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The campaign has no application “{application}”. Check the name or number."
    )


@dataclass(frozen=True)
class RescoreItem:
    application_id: int
    applicant: str
    expert_code: str
    expert_name: str

    def as_json(self) -> dict[str, object]:
        return {
            "application_id": self.application_id,
            "applicant": self.applicant,
            "expert": self.expert_code,
        }


@dataclass(frozen=True)
class RescoreRound:
    number: int
    reason: str
    items: tuple[RescoreItem, ...]

    @property
    def experts(self) -> tuple[str, ...]:
        return tuple(sorted({item.expert_code for item in self.items}))

    def as_json(self) -> dict[str, object]:
        return {
            "round": self.number,
            "reason": self.reason,
            "experts": list(self.experts),
            "items": [item.as_json() for item in self.items],
        }


@dataclass(frozen=True)
class RoundTotal:
    """One expert's total on one application in one round."""

    expert_code: str
    round_number: int
    total: Decimal
    current: bool  # the round the merge uses

    def as_json(self) -> dict[str, object]:
        return {
            "expert": self.expert_code,
            "round": self.round_number,
            "total": f"{self.total:.2f}",
            "current": self.current,
        }


def proposed_requests(results: PanelResults) -> dict[int, tuple[str, ...]]:
    """Who to ask again, per flagged application: the experts a deviation flag names,
    or, when only the spread (or a veto) calls the discussion, everyone who scored."""
    proposal: dict[int, tuple[str, ...]] = {}
    for result in results.applications:
        if not result.flagged:
            continue
        named = tuple(f.expert for f in result.flags if f.kind == "deviation" and f.expert)
        proposal[result.application_id] = named or tuple(t.expert_code for t in result.totals)
    return proposal


def find_application(store: CampaignStore, key: str) -> int:
    """An application by its number or its applicant's name, as typed on a command line."""
    with store.reading() as session:
        query = select(Application.id).join(Applicant, Applicant.id == Application.applicant_id)
        found = session.scalars(
            query.where(Application.id == int(key))
            if key.isdigit()
            else query.where(Applicant.name == key.strip())
        ).all()
    if len(found) != 1:
        raise UnknownApplication(application=key)
    return found[0]


def open_rescore_round(
    store: CampaignStore, requests: Mapping[int, Iterable[str]], reason: str
) -> RescoreRound:
    """Open the next round, asking each listed expert (by code) to score the application
    (by id) again, in one unit of work recorded in the audit log."""
    with store.writing() as session:
        ensure_unlocked(session)
        opened, _round = open_round_in(session, requests, reason)
        audit.record(
            session,
            "round.open",
            entity="scoring_round",
            entity_id=opened.number,
            new=opened.as_json(),
            reason=reason.strip(),
        )
        return opened


def open_round_in(
    session: Session, requests: Mapping[int, Iterable[str]], reason: str
) -> tuple[RescoreRound, ScoringRound]:
    """Add the next round and its requests inside the caller's unit of work (which
    records it), after checking each expert is on the application's panel."""
    if not reason.strip():
        raise RescoreReasonMissing()
    wanted = {
        (application_id, code) for application_id, codes in requests.items() for code in codes
    }
    if not wanted:
        raise NothingToRescore()
    experts = {
        code: (id_, name)
        for id_, code, name in session.execute(select(Expert.id, Expert.code, Expert.name))
    }
    on_panel = set(session.execute(select(Assignment.application_id, Assignment.expert_id)))
    names = dict(
        session.execute(
            select(Application.id, Applicant.name).join(
                Applicant, Applicant.id == Application.applicant_id
            )
        ).all()
    )
    items = []
    for application_id, code in sorted(wanted):
        if application_id not in names:
            raise UnknownApplication(application=application_id)
        expert = experts.get(code)
        if expert is None or (application_id, expert[0]) not in on_panel:
            raise NotOnPanel(expert=code, applicant=names[application_id])
        items.append(RescoreItem(application_id, names[application_id], code, expert[1]))
    round_ = ScoringRound(number=current_round(session).number + 1, purpose=reason.strip())
    session.add(round_)
    session.flush()
    for item in items:
        session.add(
            RescoreRequest(
                round_id=round_.id,
                expert_id=experts[item.expert_code][0],
                application_id=item.application_id,
            )
        )
    return RescoreRound(round_.number, round_.purpose, tuple(items)), round_


def rescore_rounds(store: CampaignStore) -> list[RescoreRound]:
    """Every re-score round opened so far, oldest first, with what it asked."""
    with store.reading() as session:
        rows = session.execute(
            select(
                ScoringRound.number,
                ScoringRound.purpose,
                RescoreRequest.application_id,
                Applicant.name,
                Expert.code,
                Expert.name,
            )
            .join(RescoreRequest, RescoreRequest.round_id == ScoringRound.id)
            .join(Application, Application.id == RescoreRequest.application_id)
            .join(Applicant, Applicant.id == Application.applicant_id)
            .join(Expert, Expert.id == RescoreRequest.expert_id)
            .order_by(ScoringRound.number, RescoreRequest.application_id, Expert.code)
        )
        rounds: dict[int, tuple[str, list[RescoreItem]]] = {}
        for number, purpose, application_id, applicant, code, name in rows:
            rounds.setdefault(number, (purpose, []))[1].append(
                RescoreItem(application_id, applicant, code, name)
            )
    return [RescoreRound(n, purpose, tuple(items)) for n, (purpose, items) in rounds.items()]


def score_history(store: CampaignStore) -> dict[int, tuple[RoundTotal, ...]]:
    """Per application scored in more than one round by some expert: every round's total
    of those experts, the round the merge uses marked current."""
    with store.reading() as session:
        totals = session.execute(
            select(Score.application_id, Expert.code, ScoringRound.number, func.sum(Score.value))
            .join(Expert, Expert.id == Score.expert_id)
            .join(ScoringRound, ScoringRound.id == Score.round_id)
            .group_by(Score.application_id, Expert.code, ScoringRound.number)
            .order_by(Score.application_id, Expert.code, ScoringRound.number)
        ).all()
    rounds: dict[tuple[int, str], list[tuple[int, Decimal]]] = defaultdict(list)
    for application_id, code, number, total in totals:
        rounds[(application_id, code)].append((number, Decimal(total)))
    history: dict[int, list[RoundTotal]] = defaultdict(list)
    for (application_id, code), scored in rounds.items():
        if len(scored) > 1:
            latest = scored[-1][0]
            history[application_id] += [
                RoundTotal(code, number, total, number == latest) for number, total in scored
            ]
    return {application_id: tuple(totals) for application_id, totals in history.items()}
