"""Scoring kits: one file per expert holding only that expert's part of the campaign.

A kit is itself a campaign file (role "kit"), so expert mode is the same app on a
smaller campaign and saving a score is a SQLite commit. It is a new file made by the
migrations, into which the expert's part is copied table by table as
reviewer.scoring.kit_contents allows: the campaign summary, the rubrics, the expert's own
assignments with their packages and scores, and the kit's binding (uid, round, secret).
Nothing is copied that the declaration does not name, so nothing about other experts
can reach a kit by being forgotten, and no deleted row lingers in the file's pages.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, select
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.orm import Session

from models import Base, Campaign, Expert, Kit
from models.enums import CampaignRole
from reviewer.campaign.rounds import asked_of, current_round
from reviewer.errors import CampaignNotWritable, ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.panel.commitment import commitment_of, expert_recusals
from reviewer.progress import Job, Progress, finish
from reviewer.scoring.kit_contents import KIT_CONTENTS, EveryRow, IssuedKit, KitRows
from reviewer.store import audit
from reviewer.store.outputs import check_destination
from reviewer.store.storage import (
    CampaignStore,
    building_campaign,
    finish_file,
    move_into_place,
    save_copy,
    sqlite_connection,
    sqlite_uri,
    stored_value,
)


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


def issue_kit(session: Session, expert: Expert, kind: str, applications: int) -> Kit:
    """Record a new kit (a kit file or an Excel sheet) for the expert and the current
    round, with the secret its score files will be signed with, in the caller's unit of
    work and the audit log."""
    kit = Kit(
        uid=str(uuid.uuid4()),
        expert_id=expert.id,
        round_number=current_round(session).number,
        secret=secrets.token_hex(32),
        # What the expert reads and accepts before scoring: the commitment as set now and
        # every recusal of theirs, assigned or not (政府采购法实施条例 §9).
        commitment=commitment_of(session.scalars(select(Campaign)).one()),
        recusals=json.dumps(
            [r.as_json() for r in expert_recusals(session, expert.id)], ensure_ascii=False
        ),
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


def export_kit(
    store: CampaignStore, expert_code: str, destination: Path, *, force: bool = False
) -> KitSummary:
    """Issue a kit and write it (see `issuing_kit`), without showing progress."""
    summary: KitSummary = finish(issuing_kit(store, expert_code, destination, force=force))
    return summary


def issuing_kit(
    store: CampaignStore, expert_code: str, destination: Path, *, force: bool = False
) -> Job:
    """Issue a kit to the expert numbered `expert_code` for the current round and write
    it to `destination`; a job that yields its progress file by file and returns the
    kit's `KitSummary`.

    The destination is checked first (reviewer.store.outputs): never the campaign, its
    working files or backups; an existing file, an earlier kit say, only with `force`.
    The issue (the secret the score files will be checked against) is recorded in the
    campaign and the audit log only once the kit's file is in place: a kit that could
    not be written, or whose writing was stopped, was never issued.
    """
    destination = Path(destination)
    check_destination(destination, force=force, campaign=store.path, replaces_campaign=True)
    placed = False
    try:
        with store.writing() as session:
            expert = session.scalars(select(Expert).where(Expert.code == expert_code)).first()
            if expert is None:
                raise UnknownExpert(code=expert_code)
            round_ = current_round(session)
            asked = asked_of(session, expert.id, round_.id)
            if not asked:
                raise NothingAssigned(name=expert.name, code=expert.code)
            kit = issue_kit(session, expert, "kit", len(asked))
            part = _KitPart(kit, round_.id, tuple(asked))
            yield from _write_kit(store, part, destination)
            placed = True
    except BaseException:
        if placed:  # the file is in place but the campaign could not record it
            destination.unlink(missing_ok=True)
        raise
    return KitSummary(
        destination,
        kit.uid,
        expert.code,
        expert.name,
        kit.round_number,
        len(asked),
        destination.stat().st_size,
    )


@dataclass(frozen=True)
class _KitPart:
    """What a kit is cut to: the issued kit (not yet committed), its round's id and the
    applications the round asks of the expert."""

    kit: Kit
    round_id: int
    applications: tuple[int, ...]


def _write_kit(store: CampaignStore, part: _KitPart, destination: Path) -> Job:
    """Build the kit's file beside `destination` and move it into place."""
    with tempfile.TemporaryDirectory(dir=destination.parent, prefix=".kit-") as work:
        built = Path(work) / "kit.review"
        try:
            with building_campaign(built, lambda _session: None):
                pass
            if store.path is not None:
                source = store.path
            else:  # a campaign on a server: its kit is cut from a file copy of it
                source = Path(work) / "campaign.review"
                save_copy(store, source)
            yield from _copying_part(built, source, part)
            finish_file(built)
            move_into_place(built, destination)
        except (OSError, sqlite3.OperationalError) as exc:
            raise CampaignNotWritable(path=destination, detail=exc) from exc


def _copying_part(kit_file: Path, source: Path, part: _KitPart) -> Job:
    """Copy into the new, empty campaign `kit_file` what `KIT_CONTENTS` allows of the
    campaign `source`, in one transaction, a package file at a time; then check that
    every reference in the kit points at a row the kit holds."""
    binds: dict[str, object] = {
        "expert": part.kit.expert_id,
        "round": part.round_id,
        "round_number": part.kit.round_number,
    }
    with contextlib.closing(sqlite_connection(kit_file, "rw")) as db:
        db.execute("ATTACH DATABASE ? AS source", (sqlite_uri(source, "ro"),))
        db.execute("CREATE TEMP TABLE kit_application (id INTEGER PRIMARY KEY)")
        db.executemany(
            "INSERT INTO temp.kit_application VALUES (?)", [(a,) for a in part.applications]
        )
        files = [
            sha256 for (sha256,) in db.execute(f"SELECT sha256 FROM source.blob WHERE {_FILES}")
        ]
        total = len(files) + 1
        message = translate("Kits", "Copying the packages into the kit…")
        yield Progress(0, total, message)
        db.execute("BEGIN")
        for table in Base.metadata.sorted_tables:
            share = KIT_CONTENTS[table.name]
            if isinstance(share, IssuedKit):
                _insert_row(db, table, part.kit)
            elif table.name == "blob_chunk":
                assert isinstance(share, KitRows)
                for done, sha256 in enumerate(files, start=1):
                    _copy_rows(db, table.name, share, {**binds, "file": sha256}, _ONE_FILE)
                    yield Progress(done, total, message)
            elif isinstance(share, EveryRow | KitRows):
                _copy_rows(db, table.name, share, binds)
        db.execute("UPDATE main.campaign SET role = ?", (CampaignRole.KIT.value,))
        db.execute("COMMIT")
        db.execute("DETACH DATABASE source")
        dangling = db.execute("PRAGMA main.foreign_key_check").fetchall()
        if dangling:  # the declaration lets a row in without what it points at: a bug
            raise RuntimeError(f"kit rows point at rows the kit does not hold: {dangling[:5]}")
        yield Progress(total, total, message)


# The package files a kit holds, as the declaration of `blob` says, and one of them.
_FILES = KIT_CONTENTS["blob"].where if isinstance(KIT_CONTENTS["blob"], KitRows) else "0"
_ONE_FILE = "sha256 = :file"


def _copy_rows(
    db: sqlite3.Connection,
    table: str,
    share: EveryRow | KitRows,
    binds: dict[str, object],
    narrower: str = "1",
) -> None:
    """Copy the rows of `table` the declaration allows (and `narrower` picks among them)."""
    columns = [row[1] for row in db.execute(f'PRAGMA main.table_info("{table}")')]
    names = ", ".join(f'"{column}"' for column in columns)
    values = ", ".join("''" if column in share.blank else f'"{column}"' for column in columns)
    allowed = share.where if isinstance(share, KitRows) else "1"
    where = f"({allowed}) AND ({narrower})"
    db.execute(
        f'INSERT INTO main."{table}" ({names}) SELECT {values} FROM source."{table}" WHERE {where}',
        binds,
    )


def _insert_row(db: sqlite3.Connection, table: Table, row: object) -> None:
    """Insert the ORM object `row` as SQLAlchemy would store it in SQLite."""
    dialect = sqlite_dialect()
    stored = {c.name: stored_value(c, getattr(row, c.key), dialect) for c in table.columns}
    names = ", ".join(f'"{name}"' for name in stored)
    marks = ", ".join(f":{name}" for name in stored)
    db.execute(f'INSERT INTO main."{table.name}" ({names}) VALUES ({marks})', stored)
