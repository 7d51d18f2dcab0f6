"""What the campaign remembers of the documents Reviewer wrote: path, kind, SHA-256.

The archive (政府采购法 §42: records kept at least 15 years) gathers every document
written by these records and tells which file is gone, or is no longer what was
written. A document is recorded only when the campaign may be written; one open
read-only (another window holds it) is not, and the caller says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from models import OutputRecord
from reviewer.store import audit
from reviewer.store.storage import CampaignStore


@dataclass(frozen=True)
class RecordedOutput:
    """A document as it was written: what it is, where, and what it held."""

    kind: str
    name: str
    path: Path
    sha256: str
    size: int
    lock_fingerprint: str = ""


def record_outputs(store: CampaignStore, outputs: Iterable[RecordedOutput]) -> bool:
    """Remember `outputs` in the campaign, in one unit of work with its audit event.
    Returns False, recording nothing, when the campaign is open read-only."""
    written = list(outputs)
    if not written or store.read_only:
        return False
    with store.writing() as session:
        for output in written:
            session.add(
                OutputRecord(
                    kind=output.kind,
                    name=output.name,
                    path=str(output.path),
                    sha256=output.sha256,
                    size=output.size,
                    lock_fingerprint=output.lock_fingerprint,
                    written_by=audit.current_actor(),
                )
            )
        audit.record(
            session,
            "documents.write",
            entity="output_record",
            new={"documents": [{"path": str(o.path), "sha256": o.sha256} for o in written]},
        )
    return True


def recorded_outputs(store: CampaignStore, *, every: bool = False) -> list[RecordedOutput]:
    """The latest record of each path written, in the order they were first written: a
    file written again over an earlier one is what the later record says. `every`:
    every record, the earlier ones of a path too."""
    latest: dict[str | int, RecordedOutput] = {}
    with store.reading() as session:
        for row in session.scalars(select(OutputRecord).order_by(OutputRecord.id)):
            latest[row.id if every else row.path] = RecordedOutput(
                row.kind, row.name, Path(row.path), row.sha256, row.size, row.lock_fingerprint
            )
    return list(latest.values())
