"""Score files: what an expert's kit hands back, signed so that it cannot be altered,
replayed, or passed off as another expert's.

The file is JSON: the scores with everything that binds them (campaign, kit, expert,
round, rubric versions, a sequence number) and an HMAC-SHA256 signature made with the
secret that only the kit and the campaign that issued it share.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from models import (
    Application,
    Campaign,
    ConflictDeclaration,
    Kit,
    Score,
    ScoringRound,
)
from models.base import utc_now
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, joined, translate
from reviewer.rubrics.catalog import current_rubrics
from reviewer.scoring.expert_scoring import KitState, NotAKit, kit_state
from reviewer.scoring.score_file_format import (
    FORMAT,
    VERSION,
    sign,
)
from reviewer.store.storage import CampaignStore


class ScoringIncomplete(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The scores cannot be submitted yet: {missing}. Finish them and submit again."
    )


@dataclass(frozen=True)
class ScoreFile:
    data: bytes
    fingerprint: str
    sequence: int


# A fingerprint is the start of the file's SHA-256.
FINGERPRINT_LENGTH = 12


def fingerprint_of(data: bytes) -> str:
    """A short fingerprint printed on the paper sheet, to match it with the file."""
    return hashlib.sha256(data).hexdigest()[:FINGERPRINT_LENGTH]


def _commitment_fields(kit: Kit, state: KitState) -> dict[str, Any]:
    """The commitment accepted in the app, when, and every recusal of the expert's
    (政府采购法实施条例 §9); a file from an older kit has neither field."""
    accepted = kit.commitment_accepted_at
    return {
        "commitment": {
            "accepted_at": None if accepted is None else accepted.isoformat(timespec="seconds"),
            "sha256": hashlib.sha256(kit.commitment.encode()).hexdigest(),
        },
        "recusals": [r.as_json() for r in state.recusals],
    }


def write_score_file(store: CampaignStore) -> ScoreFile:
    """The kit's scores as a signed score file; each call takes the next sequence number.

    Refused while an assigned application lacks a score, or a veto vote (0 on a veto
    criterion) or an extreme score (0 or the maximum) lacks its comment.
    """
    state = kit_state(store)
    if not state.conflicts_confirmed:
        raise ScoringIncomplete(
            missing=translate("Errors", "the conflict-of-interest check has not been done")
        )
    missing = [f"{a.applicant} ({a.scored}/{a.criteria})" for a in state.assignments if not a.done]
    if not state.commitment_accepted:
        missing.insert(0, translate("Errors", "the review commitment has not been accepted"))
    rubrics = {view.track_name: view for view in current_rubrics(store)}
    with store.writing() as session:
        campaign = session.scalars(select(Campaign)).one()
        kit = session.scalars(select(Kit)).first()
        if kit is None:
            raise NotAKit(path=store.location)
        round_ = session.scalars(
            select(ScoringRound).where(ScoringRound.number == kit.round_number)
        ).one()
        scores = []
        for score in session.scalars(
            select(Score).where(Score.expert_id == kit.expert_id, Score.round_id == round_.id)
        ):
            application = session.get_one(Application, score.application_id)
            rubric = rubrics[application.track.name]
            criterion = next((k for k in rubric.criteria if k.id == score.criterion_id), None)
            if criterion is None:
                continue  # a score on an older rubric version stays in the kit only
            needs_comment = (criterion.is_veto and score.value == 0) or score.value in (
                Decimal(0),
                criterion.max_points,
            )
            if needs_comment and not score.comment.strip():
                missing.append(
                    translate("Errors", "a comment on {applicant} {criterion}").format(
                        applicant=application.applicant.name, criterion=criterion.code
                    )
                )
            scores.append(
                {
                    "application_id": application.id,
                    "applicant": application.applicant.name,
                    "criterion_id": criterion.id,
                    "criterion": criterion.code,
                    "value": format(score.value.normalize(), "f"),
                    "comment": score.comment,
                }
            )
        if missing:
            raise ScoringIncomplete(missing=joined(missing))
        conflicts = [
            {"application_id": c.application_id, "reason": c.reason}
            for c in session.scalars(
                select(ConflictDeclaration).where(ConflictDeclaration.expert_id == kit.expert_id)
            )
        ]
        kit.last_sequence += 1
        payload: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "campaign": campaign.uid,
            "kit": kit.uid,
            "expert": state.expert_code,
            "round": kit.round_number,
            "rubrics": {view.track.value: view.version for view in rubrics.values()},
            "sequence": kit.last_sequence,
            "created_at": utc_now().isoformat(timespec="seconds"),
            "conflicts": sorted(conflicts, key=lambda c: c["application_id"]),
            **_commitment_fields(kit, state),
            "scores": sorted(scores, key=lambda s: (s["application_id"], s["criterion_id"])),
        }
        signed = {**payload, "signature": sign(kit.secret, payload)}
        data = json.dumps(signed, ensure_ascii=False, indent=1).encode()
        return ScoreFile(data, fingerprint_of(data), kit.last_sequence)
