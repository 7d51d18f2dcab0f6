"""Scoring kits: one file per expert holding only that expert's part of the campaign.

A kit is itself a campaign file (role "kit"), so expert mode is the same app on a
smaller campaign and saving a score is a SQLite commit. It holds the campaign summary,
the rubrics, the expert's own assignments with their packages and scores, and the kit's
binding (uid, round, secret); nothing about other experts or their scores. The pruned
copy is rewritten with VACUUM, so deleted rows leave no trace in the file's pages.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Expert, Kit
from reviewer import audit
from reviewer.errors import CampaignFileExists, CampaignNotWritable, FolderMissing, ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.round_progress import asked_of, current_round
from reviewer.storage import CampaignStore, finish_file, move_into_place, save_copy


class UnknownExpert(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The campaign has no expert with the number {code}. Check the number."
    )


class NothingAssigned(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{name} ({code}) has no application assigned, so a kit would be empty. Assign the "
        "panel first.",
    )


@dataclass(frozen=True)
class KitSummary:
    path: Path
    uid: str
    expert_code: str
    expert_name: str
    round_number: int
    applications: int
    size: int

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "kit": self.uid,
            "expert": self.expert_code,
            "round": self.round_number,
            "applications": self.applications,
            "size": self.size,
        }


# Statements that cut a copy of the campaign down to one expert's part, in order (the
# expert's id is bound as :expert, the kit's as :kit, its round's id as :round and
# whether that is a re-score round as :rescore). Secretariat records (aggregates,
# decisions, the audit trail) and other experts' rows are removed; a re-score kit keeps
# only the applications the round asks of the expert, with their earlier scores.
_PRUNE = [
    "UPDATE campaign SET role = 'kit'",
    "DELETE FROM assignment WHERE :rescore AND NOT EXISTS (SELECT 1 FROM rescore_request r "
    "WHERE r.round_id = :round AND r.expert_id = assignment.expert_id "
    "AND r.application_id = assignment.application_id)",
    "DELETE FROM rescore_request WHERE expert_id != :expert",
    "DELETE FROM kit WHERE id != :kit",
    "DELETE FROM aggregate",
    "DELETE FROM decision",
    "DELETE FROM audit_event",
    "DELETE FROM score WHERE expert_id != :expert",
    "DELETE FROM conflict_declaration WHERE expert_id != :expert",
    "DELETE FROM assignment WHERE expert_id != :expert",
    "DELETE FROM score WHERE application_id NOT IN (SELECT application_id FROM assignment)",
    "DELETE FROM expert_tie WHERE expert_id != :expert",
    "DELETE FROM expert WHERE id != :expert",
    "DELETE FROM material WHERE application_id NOT IN (SELECT application_id FROM assignment)",
    "DELETE FROM conflict_declaration WHERE application_id NOT IN "
    "(SELECT application_id FROM assignment)",
    "DELETE FROM application WHERE id NOT IN (SELECT application_id FROM assignment)",
    "DELETE FROM expert_tie WHERE applicant_id NOT IN (SELECT applicant_id FROM application)",
    "DELETE FROM applicant WHERE id NOT IN (SELECT applicant_id FROM application)",
    "DELETE FROM blob_chunk WHERE sha256 NOT IN (SELECT sha256 FROM material)",
    "DELETE FROM blob WHERE sha256 NOT IN (SELECT sha256 FROM material)",
]


def issue_kit(session: Session, expert: Expert, kind: str, applications: int) -> Kit:
    """Record a new kit (a kit file or an Excel sheet) for the expert and the current
    round, with the secret its score files will be signed with, in the caller's unit of
    work and the audit log."""
    kit = Kit(
        uid=str(uuid.uuid4()),
        expert_id=expert.id,
        round_number=current_round(session).number,
        secret=secrets.token_hex(32),
    )
    session.add(kit)
    session.flush()
    audit.record(
        session,
        "kit.issue",
        entity="expert",
        entity_id=expert.code,
        new={"kind": kind, "kit": kit.uid, "round": kit.round_number, "applications": applications},
    )
    return kit


def export_kit(store: CampaignStore, expert_code: str, destination: Path) -> KitSummary:
    """Issue a kit to the expert numbered `expert_code` for the current round and write
    it to `destination`. The issue is recorded in the campaign (the secret the score
    files will be checked against) and in the audit log."""
    destination = Path(destination)
    if not destination.parent.is_dir():
        raise FolderMissing(folder=destination.parent)
    if destination.exists():
        raise CampaignFileExists(path=destination)
    with store.writing() as session:
        expert = session.scalars(select(Expert).where(Expert.code == expert_code)).first()
        if expert is None:
            raise UnknownExpert(code=expert_code)
        round_ = current_round(session)
        assigned = len(asked_of(session, expert.id, round_.id))
        if not assigned:
            raise NothingAssigned(name=expert.name, code=expert.code)
        kit = issue_kit(session, expert, "kit", assigned)
        summary = KitSummary(
            destination, kit.uid, expert.code, expert.name, kit.round_number, assigned, 0
        )
        binds = {"kit": kit.id, "expert": expert.id, "round": round_.id}
        binds["rescore"] = int(round_.number > 1)
    _write_kit(store, binds, destination)
    return KitSummary(**{**summary.__dict__, "size": destination.stat().st_size})


def _write_kit(store: CampaignStore, binds: dict[str, int], destination: Path) -> None:
    folder = destination.parent
    with tempfile.TemporaryDirectory(dir=folder, prefix=".kit-") as work:
        full = Path(work) / "full.review"
        save_copy(store, full)
        compact = Path(work) / "kit.review"
        try:
            with contextlib.closing(sqlite3.connect(full, isolation_level=None)) as db:
                db.execute("PRAGMA foreign_keys = ON")
                db.execute("BEGIN")
                for statement in _PRUNE:
                    db.execute(statement, binds)
                db.execute("COMMIT")
                db.execute("VACUUM INTO ?", (str(compact),))
            finish_file(compact)
            move_into_place(compact, destination)
        except (OSError, sqlite3.OperationalError) as exc:
            raise CampaignNotWritable(path=destination, detail=exc) from exc
