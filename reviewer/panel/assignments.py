"""Who scores what: assigning the panel to the applications, and conflicts of interest.

An expert tied to an applicant (methods.md: worked for it, sat on its board, controls
it, family of its legal representative, any other tie) never scores that applicant's
applications: the tie is recorded as a conflict declaration and no assignment is made,
here, in a kit or through an imported file. Assignments that already carry scores are
kept when the panel is reassigned, so no expert's work is lost.

Reserve experts (备选专家) are not assigned here: one joins an application's panel by
`rules.add_to_panel`, and stays on it when the panel is assigned again. Assigning says
which applications' panels then break the panel rule (87号令 §47), with the reserves
proposed (`rules.breaches_in`).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Application, Assignment, ConflictDeclaration, Expert, ExpertTie, Score
from models.enums import ApplicationStatus, ConflictSource
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.panel.rules import PanelBreach, breaches_in
from reviewer.store import audit
from reviewer.store.result_lock import ensure_unlocked
from reviewer.store.storage import CampaignStore


class PanelTooSmall(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{applicant} can be scored by only {eligible} {eligible:expert|experts} without a "
        "conflict of "
        "interest, fewer than the {wanted} asked for. Add experts to the panel or ask for "
        "fewer experts per application.",
    )


class ReasonMissing(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "Give the reason for the conflict of interest.")


@dataclass(frozen=True)
class AssignmentSummary:
    """What an assignment left in place, for the report and `reviewer assign --json`."""

    applications: int
    assignments: int
    conflicts: int
    kept_with_scores: int
    per_expert: dict[str, int]
    breaches: tuple[PanelBreach, ...] = field(default=())

    def as_json(self) -> dict[str, object]:
        return {
            "applications": self.applications,
            "assignments": self.assignments,
            "conflicts": self.conflicts,
            "kept_with_scores": self.kept_with_scores,
            "per_expert": self.per_expert,
            "panel_breaches": [b.as_json() for b in self.breaches],
        }


def _record_tie_conflicts(
    session: Session, applications: list[Application]
) -> set[tuple[int, int]]:
    """Record a conflict for every expert tied to an applicant; return all conflicts."""
    by_applicant: dict[int, list[Application]] = {}
    for application in applications:
        by_applicant.setdefault(application.applicant_id, []).append(application)
    known = {
        (c.expert_id, c.application_id): c for c in session.scalars(select(ConflictDeclaration))
    }
    for tie in session.scalars(select(ExpertTie)):
        for application in by_applicant.get(tie.applicant_id, []):
            if (tie.expert_id, application.id) not in known:
                declaration = ConflictDeclaration(
                    expert_id=tie.expert_id,
                    application_id=application.id,
                    source=ConflictSource.TIE,
                    reason=tie.note or tie.relation.value,
                )
                session.add(declaration)
                known[(tie.expert_id, application.id)] = declaration
    return set(known)


def _scored_pairs(session: Session) -> set[tuple[int, int]]:
    return set(session.execute(select(Score.expert_id, Score.application_id).distinct()).all())


def assign_panel(
    store: CampaignStore, per_application: int | None = None, *, seed: int = 2014
) -> AssignmentSummary:
    """Assign the panel to every complete application, in one unit of work.

    Args:
        per_application: None gives every application to every expert without a
            conflict (the usual review meeting); a number gives each application that
            many experts, spreading the load as evenly as the conflicts allow.
        seed: breaks ties between equally loaded experts reproducibly.
    """
    rng = random.Random(seed)
    with store.writing() as session:
        ensure_unlocked(session)
        everyone = list(session.scalars(select(Expert).order_by(Expert.code)))
        experts = [e for e in everyone if not e.is_reserve]
        reserves = {e.id for e in everyone if e.is_reserve}
        applications = list(
            session.scalars(
                select(Application)
                .where(Application.status == ApplicationStatus.COMPLETE)
                .order_by(Application.id)
            )
        )
        conflicts = _record_tie_conflicts(session, applications)
        scored = _scored_pairs(session)
        existing = {(a.expert_id, a.application_id): a for a in session.scalars(select(Assignment))}
        wanted: set[tuple[int, int]] = set()
        load: Counter[int] = Counter()
        for application in applications:
            eligible = [e for e in experts if (e.id, application.id) not in conflicts]
            keep = [e for e in eligible if (e.id, application.id) in scored]
            if per_application is None:
                chosen = eligible
            else:
                if len(eligible) < per_application:
                    raise PanelTooSmall(
                        applicant=application.applicant.name,
                        eligible=len(eligible),
                        wanted=per_application,
                    )
                others = [e for e in eligible if e not in keep]
                rng.shuffle(others)
                others.sort(key=lambda e: load[e.id])
                chosen = keep + others[: max(per_application - len(keep), 0)]
            for expert in chosen:
                wanted.add((expert.id, application.id))
                load[expert.id] += 1
        removed = 0
        for pair, assignment in existing.items():
            if pair not in wanted and pair not in scored and pair[0] not in reserves:
                session.delete(assignment)
                removed += 1
        added = 0
        for pair in wanted - existing.keys():
            session.add(Assignment(expert_id=pair[0], application_id=pair[1]))
            added += 1
        audit.record(
            session,
            "panel.assign",
            entity="campaign",
            new={"per_application": per_application, "added": added, "removed": removed},
        )
        session.flush()
        codes = {e.id: e.code for e in experts}
        total = Counter(codes[expert_id] for expert_id, _app in wanted)
        return AssignmentSummary(
            applications=len(applications),
            assignments=len(wanted),
            conflicts=len(conflicts),
            kept_with_scores=len(wanted & scored),
            per_expert={code: total[code] for code in sorted(codes.values())},
            breaches=tuple(breaches_in(session)),
        )


def declare_conflict(
    store: CampaignStore, expert_id: int, application_id: int, reason: str
) -> None:
    """Record an expert's own declaration of a conflict and take the application off
    their list; their scores on it, if any, stay in the record but are not assigned."""
    if not reason.strip():
        raise ReasonMissing()
    with store.writing() as session:
        if (
            session.scalars(
                select(ConflictDeclaration).where(
                    ConflictDeclaration.expert_id == expert_id,
                    ConflictDeclaration.application_id == application_id,
                )
            ).first()
            is None
        ):
            session.add(
                ConflictDeclaration(
                    expert_id=expert_id,
                    application_id=application_id,
                    source=ConflictSource.DECLARED,
                    reason=reason.strip(),
                )
            )
        for assignment in session.scalars(
            select(Assignment).where(
                Assignment.expert_id == expert_id, Assignment.application_id == application_id
            )
        ):
            session.delete(assignment)
        audit.record(
            session,
            "conflict.declare",
            entity="application",
            entity_id=application_id,
            new={"expert_id": expert_id},
            reason=reason.strip(),
        )
