"""Submitting a kit's scores: the signed score file and the printable score sheet."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reviewer.errors import CampaignNotWritable, FolderMissing
from reviewer.score_files import write_score_file
from reviewer.score_sheet import ScoreSheet, SheetApplication, SheetCriterion, expert_score_sheet
from reviewer.scoring import kit_state, scoring_form
from reviewer.storage import CampaignStore


@dataclass(frozen=True)
class Submission:
    score_file: Path
    score_sheet: Path
    fingerprint: str
    sequence: int


def _write(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all: a full disk leaves no half file."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.stem}-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        Path(temp).replace(path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise CampaignNotWritable(path=path, detail=exc.strerror or exc) from exc


def submit(store: CampaignStore, folder: Path, today: date | None = None) -> Submission:
    """Write the signed score file and the 专家评分表 PDF for the kit into `folder`.

    Each submission takes the next sequence number, so a revised submission supersedes
    the earlier one at the secretariat and the earlier one can never come back.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderMissing(folder=folder)
    score_file = write_score_file(store)
    state = kit_state(store)
    applications = []
    for assignment in state.assignments:
        if assignment.conflict is not None:
            applications.append(
                SheetApplication(
                    assignment.applicant,
                    assignment.title,
                    assignment.track_name,
                    (),
                    conflict=assignment.conflict,
                )
            )
            continue
        form = scoring_form(store, assignment.application_id)
        applications.append(
            SheetApplication(
                assignment.applicant,
                assignment.title,
                assignment.track_name,
                tuple(
                    SheetCriterion(
                        e.condition,
                        e.criterion.code,
                        e.criterion.name,
                        e.criterion.max_points,
                        e.value,
                        e.comment,
                    )
                    for e in form.entries
                ),
            )
        )
    sheet = ScoreSheet(
        campaign=state.campaign,
        authority=state.authority,
        expert_name=state.expert_name,
        expert_code=state.expert_code,
        affiliation=state.affiliation,
        round_number=state.round_number,
        kit_uid=state.kit_uid,
        fingerprint=score_file.fingerprint,
        applications=tuple(applications),
        generated_on=today or date.today(),
    )
    stem = f"{state.expert_code}-{state.expert_name}-第{state.round_number}轮-{score_file.sequence}"
    file_path = folder / f"{stem}.scores.json"
    sheet_path = folder / f"{stem}-专家评分表.pdf"
    _write(file_path, score_file.data)
    _write(sheet_path, expert_score_sheet(sheet))
    return Submission(file_path, sheet_path, score_file.fingerprint, score_file.sequence)
