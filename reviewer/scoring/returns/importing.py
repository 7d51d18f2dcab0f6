"""Taking the experts' score files back into the campaign.

A verified file replaces that expert's scores of its round (a newer file supersedes an
older one, which `verify_score_file` refuses from then on); the file itself is kept in
the campaign, by hash, as the record of what the expert handed in. The same file twice
changes nothing.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import repeat
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Table, delete, select, update
from sqlalchemy.orm import Session

from models import (
    Applicant,
    Application,
    Assignment,
    AuditEvent,
    Blob,
    ConflictDeclaration,
    Expert,
    Kit,
    Score,
)
from models.base import utc_now
from models.enums import ConflictSource
from reviewer.campaign.rounds import assignment_states, current_round
from reviewer.i18n import labelled, translate
from reviewer.inputs.files import InputRefused, Inputs, read_input
from reviewer.progress import Job, Progress, finish
from reviewer.rubrics.catalog import lock_scored
from reviewer.scoring.returns.checks import ScoreFileChecks, ScoreFileRejected, VerifiedScores
from reviewer.scoring.returns.read_ahead import signed_reads, start_reader
from reviewer.scoring.score_file_format import (
    MAX_SCORE_FILE_BYTES,
    ScoreColumns,
    SignedRead,
    deflate,
)
from reviewer.scoring.score_files import FINGERPRINT_LENGTH
from reviewer.store import audit
from reviewer.store.backups import SCORES, back_up
from reviewer.store.blobs import store_deflated
from reviewer.store.result_lock import ResultsLocked, ensure_unlocked
from reviewer.store.storage import CampaignStore, stored_value


class ScoreOutcome(StrEnum):
    IMPORTED = "imported"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


@dataclass(frozen=True)
class ScoreImportReport:
    file: str
    outcome: ScoreOutcome
    expert: str = ""
    sequence: int = 0
    scores: int = 0
    message: str = ""
    # When the expert accepted the commitment in the kit, as the file says; None when the
    # file records none (an older kit, a score sheet) or it was not taken in.
    commitment_accepted_at: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "outcome": self.outcome.value,
            "expert": self.expert,
            "sequence": self.sequence,
            "scores": self.scores,
            "message": self.message,
            "commitment_accepted_at": self.commitment_accepted_at,
        }


@dataclass(frozen=True)
class ReturnSummary:
    """Who has returned scores for the current round, who has not, what still lacks."""

    returned: tuple[str, ...]
    missing: tuple[str, ...]
    incomplete_applications: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "returned": list(self.returned),
            "missing": list(self.missing),
            "incomplete_applications": list(self.incomplete_applications),
        }


_SCORE_COLUMNS = (
    "expert_id",
    "application_id",
    "criterion_id",
    "round_id",
    "value",
    "comment",
    "entered_at",
)
# Placeholders by the driver's parameter style: SQLite's "?", psycopg's "%s".
_INSERT_SCORE = {
    style: (
        f"INSERT INTO {Score.__tablename__} ({', '.join(_SCORE_COLUMNS)}) "
        f"VALUES ({', '.join(mark for _ in _SCORE_COLUMNS)})"
    )
    for style, mark in (("qmark", "?"), ("format", "%s"), ("pyformat", "%s"))
}


def _score_rows(
    session: Session, columns: ScoreColumns, expert_id: int, round_id: int
) -> list[tuple[Any, ...]]:
    """The verified scores as the tuples of a driver-level executemany.

    A panel returns ~10^6 scores; SQLAlchemy's per-row bind processing cost more than
    SQLite's insert. So each distinct value (a file has a few dozen) and the timestamp go
    through the columns' own types once, exactly as the ORM would store them, and the
    columns are zipped together without a Python step per score.
    """
    table = cast(Table, Score.__table__)
    dialect = session.get_bind().dialect

    def stored(column: str, value: object) -> object:
        return stored_value(table.c[column], value, dialect)

    points = {value: stored("value", Decimal(str(value))) for value in set(columns.values)}
    return list(
        zip(
            repeat(expert_id),
            columns.applications,
            columns.criteria,
            repeat(round_id),
            map(points.__getitem__, columns.values),
            columns.comments,
            repeat(stored("entered_at", utc_now())),
        )
    )


def _already_imported(session: Session, sha256: str) -> str | None:
    """The expert code of an earlier import of the same file, if any.

    Every import stores its file by SHA-256 in the same transaction, so a file the
    campaign does not hold (the usual case) is answered by one primary-key lookup; only
    a file it holds has its fingerprint looked for, by SQLite, in the imports' events.
    """
    blobs = cast(Table, Blob.__table__)
    held = select(blobs.c.sha256).where(blobs.c.sha256 == sha256)
    if session.connection().scalar(held) is None:  # Core: no identity map to consult
        return None
    return session.scalars(
        select(AuditEvent.entity_id)
        .where(
            AuditEvent.action == "scores.import",
            AuditEvent.new["fingerprint"].as_string() == sha256[:FINGERPRINT_LENGTH],
        )
        .order_by(AuditEvent.id)
        .limit(1)
    ).first()


@dataclass
class _Taken:
    """What a batch has taken in so far, and the writes it leaves to its end: one
    statement each for the whole batch instead of one per file."""

    experts: dict[str, str] = field(default_factory=dict)  # by the file's SHA-256
    sequences: dict[int, int] = field(default_factory=dict)  # by kit id
    accepted: dict[int, datetime] = field(default_factory=dict)  # the commitment, by kit id
    criteria: set[int] = field(default_factory=set)  # scored: their rubrics lock
    # The files, kept as the record of what the experts handed in: by SHA-256, the size
    # and the deflated content (a twentieth of a score file's size).
    files: dict[str, tuple[int, bytes]] = field(default_factory=dict)

    def kit_returned(self, verified: VerifiedScores) -> datetime | None:
        """Note what the file's kit leaves for the batch's end; return when the file says
        the commitment was accepted (None: it does not say)."""
        self.sequences[verified.kit_id] = verified.sequence
        self.criteria.update(verified.columns.criteria)
        accepted = _commitment_accepted(verified)
        if accepted is not None:
            self.accepted[verified.kit_id] = accepted
        return accepted

    def write(self, session: Session) -> None:
        store_deflated(session, self.files)
        lock_scored(session, self.criteria)
        if self.sequences:
            session.execute(
                update(Kit),
                [{"id": kit, "last_sequence": last} for kit, last in self.sequences.items()],
            )
        if self.accepted:
            session.execute(
                update(Kit),
                [{"id": kit, "commitment_accepted_at": at} for kit, at in self.accepted.items()],
            )


def import_score_files(store: CampaignStore, paths: Sequence[Path]) -> list[ScoreImportReport]:
    """Take in a batch of returned files (see `importing_score_files`)."""
    reports: list[ScoreImportReport] = finish(importing_score_files(store, paths))
    return reports


def import_score_file(store: CampaignStore, path: Path) -> ScoreImportReport:
    """Verify and take in one score file, in one unit of work (no backup: a caller
    taking in a batch file by file has made one)."""
    reports: list[ScoreImportReport] = finish(
        importing_score_files(store, [path], back_up_first=False)
    )
    return reports[0]


def importing_score_files(
    store: CampaignStore, paths: Sequence[Path], *, back_up_first: bool = True
) -> Job:
    """Take in a batch of returned files after one automatic backup; a job that yields
    its progress file by file and returns a report per file.

    The batch is one unit of work: every file is checked inside it, against the campaign
    as the files before it left it, and a file that fails is reported and left out while
    the others go in. Stopped early, the job leaves the campaign as it was.
    """
    reader = start_reader(paths)
    try:
        return (yield from _importing(store, paths, reader, back_up_first))
    finally:
        if reader is not None:  # stopped before its reads began
            reader.shutdown(wait=False, cancel_futures=True)


def _importing(
    store: CampaignStore,
    paths: Sequence[Path],
    reader: ProcessPoolExecutor | None,
    back_up_first: bool,
) -> Job:
    if back_up_first:
        back_up(store, SCORES)
    total = len(paths)
    reports: list[ScoreImportReport] = []
    with store.writing(references_checked=True) as session:
        try:
            ensure_unlocked(session)
            locked = None
        except ResultsLocked as exc:
            locked = exc
        checks = ScoreFileChecks.read(session)
        taken = _Taken()
        reads = signed_reads(reader, paths, {uid: kit.secret for uid, kit in checks.kits.items()})
        try:
            for done, (path, read) in enumerate(zip(paths, reads, strict=True)):
                name = Path(path).name
                yield Progress(
                    done, total, translate("Scores", "Checking {file}…").format(file=name)
                )
                reports.append(_take_in(store, session, checks, taken, Path(path), locked, read))
        finally:
            reads.close()
        taken.write(session)
        yield Progress(total, total, translate("Scores", "Saving…"))
    return reports


def _take_in(
    store: CampaignStore,
    session: Session,
    checks: ScoreFileChecks,
    taken: _Taken,
    path: Path,
    locked: ResultsLocked | None,
    read: SignedRead | None,
) -> ScoreImportReport:
    """Check one file and, if it passes, write it into the batch's unit of work. `read`:
    the file as a worker read it, if one did."""
    name = path.name
    if read is not None and read.data is not None:
        data, sha256, deflated = read.data, read.sha256, read.deflated
    else:
        deflated = None
        try:
            data = read_input(path, limit=MAX_SCORE_FILE_BYTES, what=Inputs.SCORE_FILE)
        except InputRefused as refused:  # a FIFO, a device, a folder, a huge file...
            return ScoreImportReport(name, ScoreOutcome.REJECTED, message=refused.message())
        sha256 = hashlib.sha256(data).hexdigest()
    # The batch's own imports are looked up in it: their audit events wait in the
    # session, unflushed, until the batch ends.
    with session.no_autoflush:
        earlier = taken.experts.get(sha256) or _already_imported(session, sha256)
    if earlier is not None:
        return ScoreImportReport(
            name,
            ScoreOutcome.UNCHANGED,
            expert=earlier,
            message=translate("Errors", "{file} was imported before; nothing changed.").format(
                file=name
            ),
        )
    if locked is not None:
        return ScoreImportReport(name, ScoreOutcome.REJECTED, message=labelled(name, locked))
    try:
        if data.startswith(b"PK"):  # an Excel score sheet filled in by hand
            from reviewer.scoring.score_workbook import read_score_workbook

            verified = read_score_workbook(store, io.BytesIO(data), name, checks)
        elif read is not None and read.header is not None:
            verified = checks.verify_read(read, name)
        else:
            verified = checks.verify(data, name)
    except ScoreFileRejected as rejected:
        return ScoreImportReport(name, ScoreOutcome.REJECTED, message=rejected.message())
    expert_code = checks.expert_codes[verified.expert_id]
    before = _write_scores(session, verified, checks.round_ids[verified.round_number])
    taken.files[sha256] = (len(data), deflate(data) if deflated is None else deflated)
    checks.taken(verified)
    taken.experts[sha256] = expert_code
    accepted = taken.kit_returned(verified)
    audit.record(
        session,
        "scores.import",
        entity="expert",
        entity_id=expert_code,
        old={"scores": before},
        new={
            "scores": len(verified.columns),
            "sequence": verified.sequence,
            "round": verified.round_number,
            "fingerprint": sha256[:FINGERPRINT_LENGTH],
            "file": name,
            "file_sha256": sha256,
            "commitment_accepted_at": _iso(accepted),
        },
    )
    return _imported(name, expert_code, verified, accepted)


def _imported(
    name: str, expert_code: str, verified: VerifiedScores, accepted: datetime | None
) -> ScoreImportReport:
    """The report of a file taken in; one without the commitment says so."""
    message = "" if accepted is not None else _no_commitment(name)
    return ScoreImportReport(
        name,
        ScoreOutcome.IMPORTED,
        expert_code,
        verified.sequence,
        len(verified.columns),
        message,
        _iso(accepted),
    )


def _commitment_accepted(verified: VerifiedScores) -> datetime | None:
    """When the file says the expert accepted the commitment in the app, or None."""
    accepted = (verified.commitment or {}).get("accepted_at")
    if not isinstance(accepted, str):
        return None
    moment = datetime.fromisoformat(accepted)  # checked as ISO by malformed_field
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


def _no_commitment(name: str) -> str:
    """Taken in, and said so: the file records no commitment accepted in the app (an
    older kit, or a score sheet filled in by hand), so one signed on paper is needed."""
    return translate(
        "Scores",
        "{file}: imported; it records no review commitment accepted in the app (an older "
        "kit or a score sheet). Have the expert sign the commitment on paper and record it.",
    ).format(file=name)


def _write_scores(session: Session, verified: VerifiedScores, round_id: int) -> int:
    """Replace the expert's scores of the round with the file's and record its
    conflicts; returns how many scores it replaced. (The file itself, the kit's sequence
    and the rubric's lock are written at the end of the batch.)"""
    expert_id = verified.expert_id
    # Core statements on the connection: the ORM's bulk delete would look through the
    # session for scores to synchronise, per file.
    connection = session.connection()
    scores = cast(Table, Score.__table__)
    replaced = connection.execute(
        scores.delete().where(scores.c.expert_id == expert_id, scores.c.round_id == round_id)
    )
    before = cast(CursorResult[Any], replaced).rowcount
    if verified.columns:
        connection.exec_driver_sql(
            _INSERT_SCORE[connection.dialect.paramstyle],
            _score_rows(session, verified.columns, expert_id, round_id),
        )
    for conflict in verified.conflicts:
        application_id = int(conflict["application_id"])
        known = session.scalars(
            select(ConflictDeclaration).where(
                ConflictDeclaration.expert_id == expert_id,
                ConflictDeclaration.application_id == application_id,
            )
        ).first()
        if known is None:
            session.add(
                ConflictDeclaration(
                    expert_id=expert_id,
                    application_id=application_id,
                    source=ConflictSource.DECLARED,
                    reason=str(conflict.get("reason", "")),
                )
            )
        session.execute(
            delete(Assignment).where(
                Assignment.expert_id == expert_id,
                Assignment.application_id == application_id,
            )
        )
    return before


def return_summary(store: CampaignStore) -> ReturnSummary:
    """For the current round: experts who have returned their scores (a file, or every
    score the round asks of them entered by the secretariat), those who have not, and
    the applications some assigned expert has still not scored."""
    with store.reading() as session:
        round_ = current_round(session)
        states = assignment_states(session, round_.id)
        codes = dict(session.execute(select(Expert.id, Expert.code)).all())
        returned = {
            event.entity_id
            for event in session.scalars(
                select(AuditEvent).where(AuditEvent.action == "scores.import")
            )
            if isinstance(event.new, dict) and event.new.get("round") == round_.number
        }
        returned |= {codes[s.expert_id] for s in states} - {
            codes[s.expert_id] for s in states if not s.done
        }
        assigned = sorted({codes[s.expert_id] for s in states})
        names = dict(
            session.execute(
                select(Application.id, Applicant.name).join(
                    Applicant, Applicant.id == Application.applicant_id
                )
            ).all()
        )
        lacking = sorted({names[s.application_id] for s in states if not s.done})
    return ReturnSummary(
        tuple(code for code in assigned if code in returned),
        tuple(code for code in assigned if code not in returned),
        tuple(lacking),
    )
