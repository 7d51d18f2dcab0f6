"""The panel's answers to the review report (评审报告), as the signed paper says.

Every member of the panel signs the report on the locked results; a member who disagrees
signs and writes the different opinion with its reasons, and one who does neither is taken
to agree (政府采购法实施条例 §41: 对评审报告有异议的，应当在评审报告上签署不同意见，
并说明理由，否则视为同意评审报告). The report is signed on paper; the secretariat enters
each member's answer here so that the record, and the report printed again, say who
signed, who dissented and why, and who neither signed nor gave a reason.

Answers belong to one lock: a change after compilation makes a new report, which the
panel signs again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, union
from sqlalchemy.orm import Session

from models import Assignment, ConflictDeclaration, Expert, ReviewReportSignature, Score
from models.enums import ReportSignature
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.results.reconcile import current_lock
from reviewer.store.audit import current_actor, record
from reviewer.store.storage import CampaignStore


class NotLockedForSignatures(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The results are not locked: the panel signs the review report on locked results. "
        "Lock them first (reviewer lock CAMPAIGN --reason TEXT).",
    )


class NotAPanelMember(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{expert} is not on the panel (no assignment, score or recusal): only panel members "
        "sign the review report.",
    )


class DissentWithoutReasons(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "A member who signs with a different opinion writes the reasons: enter them as "
        "the signed report gives them.",
    )


@dataclass(frozen=True)
class ReportSigner:
    """A member of the panel and their answer to the report on the current lock (None
    until the secretariat enters it)."""

    code: str
    name: str
    affiliation: str
    title: str
    is_leader: bool
    answer: ReportSignature | None
    reasons: str
    recorded_by: str
    recorded_at: datetime | None

    def as_json(self) -> dict[str, object]:
        return {
            "expert": self.code,
            "name": self.name,
            "leader": self.is_leader,
            "answer": self.answer.value if self.answer else None,
            "reasons": self.reasons,
            "recorded_by": self.recorded_by,
            "recorded_at": self.recorded_at.isoformat() if self.recorded_at else None,
        }


def _member_ids(session: Session) -> set[int]:
    """The panel: experts assigned to, scoring or recused from an application. A reserve
    never called on is not a member and does not sign."""
    took_part = union(
        select(Assignment.expert_id),
        select(Score.expert_id),
        select(ConflictDeclaration.expert_id),
    )
    return set(session.scalars(select(took_part.subquery().c[0])))


def report_signers(store: CampaignStore) -> list[ReportSigner]:
    """The panel in code order, with each member's answer to the report on the current
    lock; empty answers while unlocked."""
    lock = current_lock(store)
    with store.reading() as session:
        members = _member_ids(session)
        answers = {}
        if lock is not None:
            answers = {
                s.expert_id: s
                for s in session.scalars(
                    select(ReviewReportSignature).where(
                        ReviewReportSignature.lock_fingerprint == lock.fingerprint
                    )
                )
            }
        experts = session.scalars(
            select(Expert).where(Expert.id.in_(members)).order_by(Expert.code)
        )
        return [
            ReportSigner(
                e.code,
                e.name,
                e.affiliation,
                e.title,
                e.is_leader,
                answers[e.id].answer if e.id in answers else None,
                answers[e.id].reasons if e.id in answers else "",
                answers[e.id].recorded_by if e.id in answers else "",
                answers[e.id].recorded_at if e.id in answers else None,
            )
            for e in experts
        ]


def record_answer(
    store: CampaignStore, expert_code: str, answer: ReportSignature | None, reasons: str = ""
) -> None:
    """Enter `expert_code`'s answer to the report on the current lock, from the signed
    paper; None takes an answer entered by mistake back. One unit of work with its audit
    event."""
    reasons = reasons.strip()
    if answer is ReportSignature.DISSENT and not reasons:
        raise DissentWithoutReasons()
    lock = current_lock(store)
    if lock is None:
        raise NotLockedForSignatures()
    with store.writing() as session:
        expert = session.scalars(select(Expert).where(Expert.code == expert_code)).one_or_none()
        if expert is None or expert.id not in _member_ids(session):
            raise NotAPanelMember(expert=expert_code)
        mine = (
            ReviewReportSignature.lock_fingerprint == lock.fingerprint,
            ReviewReportSignature.expert_id == expert.id,
        )
        before = session.scalars(select(ReviewReportSignature).where(*mine)).one_or_none()
        old = None if before is None else {"answer": before.answer.value, "reasons": before.reasons}
        session.execute(delete(ReviewReportSignature).where(*mine))
        new = None
        if answer is not None:
            session.add(
                ReviewReportSignature(
                    lock_fingerprint=lock.fingerprint,
                    expert_id=expert.id,
                    answer=answer,
                    reasons=reasons if answer is not ReportSignature.SIGNED else "",
                    recorded_by=current_actor(),
                )
            )
            new = {"answer": answer.value, "reasons": reasons}
        record(
            session,
            "review_report.answer",
            entity="expert",
            entity_id=expert_code,
            old=old,
            new=new,
            reason=lock.fingerprint,
        )


__all__ = [
    "DissentWithoutReasons",
    "NotAPanelMember",
    "NotLockedForSignatures",
    "ReportSignature",
    "ReportSigner",
    "record_answer",
    "report_signers",
]
