"""Scoring in a kit: what the expert sees of an application and how a value is saved.

Each value is its own unit of work, committed before the UI shows it as saved, so a
crash or a power cut loses at most the value being typed. Values are checked against
the criterion's range and step here, not only in the UI, so no path can store a score
the rubric does not allow.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models import (
    Application,
    Assignment,
    Campaign,
    ConflictDeclaration,
    Expert,
    Kit,
    Score,
    ScoringRound,
)
from models.base import utc_now
from models.enums import CampaignRole, ConflictSource
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.panel.assignments import ReasonMissing
from reviewer.panel.commitment import Recusal, parse_recusals
from reviewer.rubrics.catalog import CriterionView, RubricView, current_rubrics, lock_scored
from reviewer.scoring.comments import COMMENT_LIMIT, clean_comment
from reviewer.scoring.kit_role import KitDamaged as KitDamaged  # where it was
from reviewer.scoring.kit_role import is_kit as is_kit
from reviewer.scoring.kit_role import refusing_damage
from reviewer.store import audit
from reviewer.store.storage import CampaignStore


class NotAKit(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{path} is a campaign, not an expert's scoring kit. Open the kit file the "
        "secretariat gave you.",
    )


class ScoreInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{criterion}: “{value}” is not a score. Type a number from 0 to {max} in steps of {step}.",
    )


class CommitmentNotAccepted(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Read and accept the review commitment before scoring (Review Commitment… in the kit).",
    )


class CommentTooLong(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The comment has {length} characters, more than the {limit} allowed. Shorten it.",
    )


class NotScorable(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "This application is not assigned to you, or you declared a conflict of interest "
        "with it, so it cannot be scored.",
    )


@dataclass(frozen=True)
class KitAssignment:
    application_id: int
    applicant: str
    title: str
    track_name: str
    scored: int
    criteria: int
    conflict: str | None

    @property
    def done(self) -> bool:
        return self.conflict is not None or (self.criteria > 0 and self.scored >= self.criteria)


@dataclass(frozen=True)
class KitState:
    campaign: str
    authority: str
    expert_id: int
    expert_code: str
    expert_name: str
    affiliation: str
    round_number: int
    kit_uid: str
    assignments: tuple[KitAssignment, ...]
    conflicts_confirmed: bool = False
    # The 评审承诺 the kit carries ("" in a kit issued before commitments, which asks for
    # none), when the expert accepted it, and every recusal of theirs (实施条例 §9).
    commitment: str = ""
    commitment_accepted_at: datetime | None = None
    recusals: tuple[Recusal, ...] = ()

    @property
    def commitment_accepted(self) -> bool:
        return not self.commitment or self.commitment_accepted_at is not None

    @property
    def done(self) -> int:
        return sum(a.done for a in self.assignments)


@dataclass(frozen=True)
class ScoreEntry:
    criterion: CriterionView
    condition: str
    value: Decimal | None
    comment: str
    # In a re-score round, the expert's own value in the latest earlier round: what the
    # panel discussed, shown beside the new score, never copied into it.
    earlier: tuple[int, Decimal] | None = None


@dataclass(frozen=True)
class ScoringForm:
    application_id: int
    applicant: str
    title: str
    rubric: RubricView
    entries: tuple[ScoreEntry, ...]

    @property
    def total(self) -> Decimal:
        return sum((e.value for e in self.entries if e.value is not None), Decimal(0))

    @property
    def complete(self) -> bool:
        return all(e.value is not None for e in self.entries)


def _kit(session: Session, store: CampaignStore) -> tuple[Campaign, Kit, ScoringRound]:
    campaign = session.scalars(select(Campaign)).one()
    if campaign.role is not CampaignRole.KIT:
        raise NotAKit(path=store.location)
    kits = session.scalars(select(Kit)).all()
    round_ = None
    if len(kits) == 1:
        round_ = session.scalars(
            select(ScoringRound).where(ScoringRound.number == kits[0].round_number)
        ).first()
    if round_ is None:
        raise KitDamaged(path=store.location)
    return campaign, kits[0], round_


def kit_state(store: CampaignStore) -> KitState:
    """The expert's assignments with how far each is scored.

    This is the first thing read when a kit is opened, so it also makes sure the kit's
    records fit together: a kit is a file anyone can edit, and rows that point nowhere,
    an unknown enum value, a date or a number that is not one would otherwise surface as
    database errors. Such a kit is refused as damaged.
    """
    with refusing_damage(store):
        return _kit_state(store)


def _kit_state(store: CampaignStore) -> KitState:
    rubrics = {view.track_name: view for view in current_rubrics(store)}
    with store.reading() as session:
        if session.execute(text("PRAGMA foreign_key_check")).first() is not None:
            raise KitDamaged(path=store.location)
        campaign, kit, round_ = _kit(session, store)
        expert = session.get_one(Expert, kit.expert_id)
        conflicts = {
            c.application_id: c.reason
            for c in session.scalars(
                select(ConflictDeclaration).where(ConflictDeclaration.expert_id == expert.id)
            )
        }
        assignments = []
        # The campaign's order, as the secretariat's list of applications shows it
        # (applicants as registered: the cities, then the departments).
        place: dict[int, tuple[int, int]] = {}
        applications = session.scalars(
            select(Application)
            .join(Assignment, Assignment.application_id == Application.id)
            .where(Assignment.expert_id == expert.id)
            .order_by(Application.applicant_id)
        )
        for application in applications:
            place[application.id] = (application.applicant_id, application.track_id)
            rubric = rubrics[application.track.name]
            ids = {k.id for k in rubric.criteria}
            scored = sum(
                1
                for criterion_id in session.scalars(
                    select(Score.criterion_id).where(
                        Score.expert_id == expert.id,
                        Score.application_id == application.id,
                        Score.round_id == round_.id,
                    )
                )
                if criterion_id in ids
            )
            assignments.append(
                KitAssignment(
                    application.id,
                    application.applicant.name,
                    application.title,
                    application.track.name,
                    scored,
                    len(ids),
                    conflicts.get(application.id),
                )
            )
        assignments += _recused(session, conflicts, assignments, place)
        assignments.sort(key=lambda a: place[a.application_id])  # recused ones keep theirs
        return KitState(
            campaign.title,
            campaign.issuing_authority,
            expert.id,
            expert.code,
            expert.name,
            expert.affiliation,
            kit.round_number,
            kit.uid,
            tuple(assignments),
            kit.conflicts_confirmed_at is not None,
            kit.commitment,
            kit.commitment_accepted_at,
            _all_recusals(parse_recusals(kit.recusals), assignments),
        )


def _recused(
    session: Session,
    conflicts: dict[int, str],
    assignments: list[KitAssignment],
    place: dict[int, tuple[int, int]],
) -> list[KitAssignment]:
    """Declared conflicts remove the assignment; keep showing them, as recused, in their
    place in the campaign's order."""
    recused_ones: list[KitAssignment] = []
    for application_id, reason in conflicts.items():
        recused = session.get(Application, application_id)
        if recused is not None and all(a.application_id != recused.id for a in assignments):
            place[recused.id] = (recused.applicant_id, recused.track_id)
            recused_ones.append(
                KitAssignment(
                    recused.id,
                    recused.applicant.name,
                    recused.title,
                    recused.track.name,
                    0,
                    0,
                    reason,
                )
            )
    return recused_ones


def _all_recusals(
    issued: tuple[Recusal, ...], assignments: list[KitAssignment]
) -> tuple[Recusal, ...]:
    """The recusals the kit was issued with, and those declared in the kit since."""
    known = {r.application_id for r in issued}
    declared = tuple(
        Recusal(a.application_id, a.applicant, a.title, a.track_name, a.conflict)
        for a in assignments
        if a.conflict is not None and a.application_id not in known
    )
    return issued + declared


def scoring_form(store: CampaignStore, application_id: int) -> ScoringForm:
    """The rubric of the application's track with the expert's values and comments."""
    with refusing_damage(store):
        return _scoring_form(store, application_id)


def _scoring_form(store: CampaignStore, application_id: int) -> ScoringForm:
    rubrics = {view.track_name: view for view in current_rubrics(store)}
    with store.reading() as session:
        _campaign, kit, round_ = _kit(session, store)
        application = session.get_one(Application, application_id)
        rubric = rubrics[application.track.name]
        stored = {
            score.criterion_id: score
            for score in session.scalars(
                select(Score).where(
                    Score.expert_id == kit.expert_id,
                    Score.application_id == application_id,
                    Score.round_id == round_.id,
                )
            )
        }
        earlier: dict[int, tuple[int, Decimal]] = {}
        for criterion_id, number, value in session.execute(
            select(Score.criterion_id, ScoringRound.number, Score.value)
            .join(ScoringRound, ScoringRound.id == Score.round_id)
            .where(
                Score.expert_id == kit.expert_id,
                Score.application_id == application_id,
                ScoringRound.number < round_.number,
            )
            .order_by(ScoringRound.number)
        ):
            earlier[criterion_id] = (number, value)  # the latest earlier round wins
        entries = tuple(
            ScoreEntry(
                criterion,
                f"{condition.code} {condition.name}",
                stored[criterion.id].value if criterion.id in stored else None,
                stored[criterion.id].comment if criterion.id in stored else "",
                earlier.get(criterion.id),
            )
            for condition in rubric.conditions
            for criterion in condition.criteria
        )
        return ScoringForm(
            application.id, application.applicant.name, application.title, rubric, entries
        )


def parse_points(text: str, criterion: CriterionView) -> Decimal:
    """A typed value as points: full-width digits and a comma for the decimal point are
    accepted (Chinese input methods type them); anything else is refused by name."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(",", ".").replace("。", ".")
    label = f"{criterion.code} {criterion.name}"
    try:
        value = Decimal(cleaned)
    except InvalidOperation as exc:
        raise ScoreInvalid(
            criterion=label, value=text, max=criterion.max_points, step=criterion.step
        ) from exc
    check_points(value, criterion)
    return value


def check_points(value: Decimal, criterion: CriterionView) -> None:
    if not value.is_finite() or value < 0 or value > criterion.max_points or value % criterion.step:
        raise ScoreInvalid(
            criterion=f"{criterion.code} {criterion.name}",
            value=value,
            max=_plain(criterion.max_points),
            step=_plain(criterion.step),
        )


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def save_score(
    store: CampaignStore,
    application_id: int,
    criterion_id: int,
    value: Decimal | None,
    comment: str = "",
) -> None:
    """Store (or, with None, clear) one value and its comment, committed at once."""
    rubrics = current_rubrics(store)
    criterion = next((k for r in rubrics for k in r.criteria if k.id == criterion_id), None)
    if criterion is None:
        raise NotScorable()
    if value is not None:
        check_points(value, criterion)
    comment = clean_comment(comment)
    if len(comment) > COMMENT_LIMIT:
        raise CommentTooLong(length=len(comment), limit=COMMENT_LIMIT)
    with store.writing() as session:
        _campaign, kit, round_ = _kit(session, store)
        if kit.commitment and kit.commitment_accepted_at is None:
            raise CommitmentNotAccepted()
        assigned = session.scalars(
            select(Assignment).where(
                Assignment.expert_id == kit.expert_id, Assignment.application_id == application_id
            )
        ).first()
        if assigned is None:
            raise NotScorable()
        score = session.scalars(
            select(Score).where(
                Score.expert_id == kit.expert_id,
                Score.application_id == application_id,
                Score.criterion_id == criterion_id,
                Score.round_id == round_.id,
            )
        ).first()
        if value is None:
            if score is not None:
                session.delete(score)
            return
        if score is None:
            lock_scored(session, [criterion_id])
            session.add(
                Score(
                    expert_id=kit.expert_id,
                    application_id=application_id,
                    criterion_id=criterion_id,
                    round_id=round_.id,
                    value=value,
                    comment=comment,
                )
            )
        else:
            score.value = value
            score.comment = comment


def confirm_conflicts(store: CampaignStore, declarations: dict[int, str]) -> None:
    """The conflict check before scoring: record each declared conflict (application id
    to reason) and that the expert went through the list, in one unit of work."""
    if any(not reason.strip() for reason in declarations.values()):
        raise ReasonMissing()
    with store.writing() as session:
        _campaign, kit, _round = _kit(session, store)
        for application_id, reason in declarations.items():
            session.add(
                ConflictDeclaration(
                    expert_id=kit.expert_id,
                    application_id=application_id,
                    source=ConflictSource.DECLARED,
                    reason=reason.strip(),
                )
            )
            for assignment in session.scalars(
                select(Assignment).where(
                    Assignment.expert_id == kit.expert_id,
                    Assignment.application_id == application_id,
                )
            ):
                session.delete(assignment)
        kit.conflicts_confirmed_at = utc_now()
        audit.record(
            session,
            "conflict.check",
            entity="kit",
            entity_id=kit.uid,
            new={"declared": sorted(declarations)},
        )


def accept_commitment(store: CampaignStore) -> datetime:
    """The expert accepts the kit's commitment (评审承诺), with their recusals on it: saved,
    with its time and the audit log, before the app shows it as accepted. Accepting again
    keeps the first time. Returns the time of acceptance."""
    with store.writing() as session:
        _campaign, kit, _round = _kit(session, store)
        if kit.commitment_accepted_at is None:
            kit.commitment_accepted_at = utc_now()
            audit.record(
                session,
                "commitment.accept",
                entity="kit",
                entity_id=kit.uid,
                new={"recusals": [r.application_id for r in parse_recusals(kit.recusals)]},
            )
        return kit.commitment_accepted_at
