"""What a scoring kit carries, table by table: the allow-list a kit is built from.

A kit is a new campaign file made by the migrations, into which one expert's part is
copied from the campaign (reviewer.scoring.kits). Every table of the schema is named here once,
with what it gives a kit: every row, the rows of the kit's expert and applications, or
nothing. A table that is not named here cannot be copied, and a test fails while the
schema has a table this declaration does not name, so a table added later carries
nothing into kits until someone decides what it should carry.

The expert sees nothing of the other experts (names, scores, kits and their secrets,
recusals), nor the secretariat's working records (results, locks, decisions, the audit
trail, discussion notes): the promise that each expert scores independently.

The conditions are SQL over the campaign attached as `source`, with these parameters:
`:expert` the expert's id, `:round_number` the kit's round, `:round` that round's id; and
the temporary table `kit_application` holding the ids of the applications the round asks
of the expert.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EveryRow:
    """The table is the same for every expert (rubrics, tracks). `blank` names free-text
    columns of the secretariat that are left at their default in a kit."""

    blank: tuple[str, ...] = ()


@dataclass(frozen=True)
class KitRows:
    """Only the rows meeting `where`: the kit's expert's own, for the kit's applications."""

    where: str
    blank: tuple[str, ...] = ()


@dataclass(frozen=True)
class NoRow:
    """Nothing of the table goes into a kit; `why` says what the expert must not see."""

    why: str


@dataclass(frozen=True)
class IssuedKit:
    """The one row of the kit being issued, written from the issue itself: it is recorded
    in the campaign only once the kit's file is in place, so it is not there to copy."""


@dataclass(frozen=True)
class SchemaVersion:
    """Written by the migrations that make the kit's file."""


Share = EveryRow | KitRows | NoRow | IssuedKit | SchemaVersion

_IN_KIT = "application_id IN (SELECT id FROM temp.kit_application)"
_KIT_APPLICANTS = (
    "SELECT applicant_id FROM source.application WHERE id IN (SELECT id FROM temp.kit_application)"
)
_KIT_FILES = f"SELECT sha256 FROM source.material WHERE {_IN_KIT} AND superseded_at IS NULL"
_KIT_ROUNDS = "SELECT id FROM source.scoring_round WHERE number <= :round_number"

KIT_CONTENTS: dict[str, Share] = {
    "alembic_version": SchemaVersion(),
    # The campaign's summary; its notes are the secretariat's own.
    "campaign": EveryRow(blank=("notes",)),
    "track": EveryRow(),
    "rubric": EveryRow(),
    "condition": EveryRow(),
    "criterion": EveryRow(),
    "band": EveryRow(),
    "gate_check": EveryRow(),
    # Earlier rounds are kept for the expert's own earlier scores shown in a re-score
    # round; why a round was opened is the secretariat's text and may name experts.
    "scoring_round": KitRows("number <= :round_number", blank=("purpose",)),
    "applicant": KitRows(f"id IN ({_KIT_APPLICANTS})"),
    "application": KitRows("id IN (SELECT id FROM temp.kit_application)"),
    # The current files of the kit's packages; replaced files are the secretariat's history.
    "material": KitRows(f"{_IN_KIT} AND superseded_at IS NULL"),
    "blob": KitRows(f"sha256 IN ({_KIT_FILES})"),
    "blob_chunk": KitRows(f"sha256 IN ({_KIT_FILES})"),
    "expert": KitRows("id = :expert"),
    "expert_tie": KitRows(f"expert_id = :expert AND applicant_id IN ({_KIT_APPLICANTS})"),
    "pending_tie": NoRow("ties to applicants not registered: none is in the kit"),
    "assignment": KitRows(f"expert_id = :expert AND {_IN_KIT}"),
    "conflict_declaration": KitRows(f"expert_id = :expert AND {_IN_KIT}"),
    "rescore_request": KitRows(f"expert_id = :expert AND round_id = :round AND {_IN_KIT}"),
    # The kit's row carries the expert's own recusals, all of them, assigned or not
    # (政府采购法实施条例 §9), and the commitment as issued (reviewer.panel.commitment).
    "kit": IssuedKit(),
    # A later review's carried pilots: their selection scores and ranks stay out, so the
    # expert judges the pilot's results on their own; the application in the kit already
    # carries the approved plan (title, domains, districts, budget).
    "pilot": NoRow("the selection's scores and ranks of the pilots, and their approval letters"),
    "commitment_signature": NoRow("the secretariat's record of commitments signed on paper"),
    "score": KitRows(f"expert_id = :expert AND {_IN_KIT} AND round_id IN ({_KIT_ROUNDS})"),
    "aggregate": NoRow("the panel's merged results"),
    "result_lock": NoRow("the locked results: every expert's totals"),
    "discussion_note": NoRow("the panel's discussion and other experts' dissents"),
    "review_report_signature": NoRow("the panel's answers to the review report"),
    "deviation_explanation": NoRow("experts' explanations of scores far from the panel's"),
    "staged_decision": NoRow("the secretariat's decisions in progress"),
    "decision": NoRow("the secretariat's decisions"),
    "output_record": NoRow("the documents the secretariat wrote"),
    "feedback_letter": NoRow("the panel's feedback to applicants, for the secretariat to send"),
    "public_notice": NoRow("the secretariat's public notice of the proposed list"),
    "objection": NoRow("objections to the proposed list, naming who objected"),
    "audit_event": NoRow("the campaign's audit trail: who did what, every expert included"),
}
