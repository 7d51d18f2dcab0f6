"""Submitting a kit's scores: the signed score file and the printable score sheet."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reviewer.errors import FolderMissing
from reviewer.panel.commitment import acceptance_line, recusals_text
from reviewer.scoring.expert_scoring import kit_state, scoring_form
from reviewer.scoring.score_files import write_score_file
from reviewer.scoring.score_sheet_pdf import (
    ScoreSheet,
    SheetApplication,
    SheetCriterion,
    expert_score_sheet,
)
from reviewer.store.outputs import check_destination, check_folder, safe_file_name, write_file
from reviewer.store.storage import CampaignStore


@dataclass(frozen=True)
class Submission:
    score_file: Path
    score_sheet: Path
    fingerprint: str
    sequence: int


def submit(store: CampaignStore, folder: Path, today: date | None = None) -> Submission:
    """Write the signed score file and the 专家评分表 PDF for the kit into `folder`.

    Each submission takes the next sequence number, so a revised submission supersedes
    the earlier one at the secretariat and the earlier one can never come back.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise FolderMissing(folder=folder)
    check_folder(folder, campaign=store.path)
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
        commitment=state.commitment,
        acceptance=acceptance_line(state.commitment_accepted_at),
        recusals=recusals_text(state.recusals),
    )
    stem = f"{state.expert_code}-{state.expert_name}-第{state.round_number}轮-{score_file.sequence}"
    file_path = folder / safe_file_name(stem, ".scores.json")
    sheet_path = folder / safe_file_name(stem, "-专家评分表.pdf")
    for path in (file_path, sheet_path):  # each submission has names of its own
        check_destination(path, force=False, campaign=store.path)
    write_file(file_path, score_file.data)
    write_file(sheet_path, expert_score_sheet(sheet))
    return Submission(file_path, sheet_path, score_file.fingerprint, score_file.sequence)
