"""Checking a returned score file against the campaign that issued its kit: the signature,
the kit, the expert, the round, the rubric versions, the sequence, and every score.

The secretariat's side of `reviewer.scoring.score_files`: nothing here writes; a file that
fails a check is refused with the reason, naming the file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Application,
    Campaign,
    ConflictDeclaration,
    Expert,
    Kit,
    ScoringRound,
    Track,
)
from models.enums import TrackKind
from reviewer.campaign.rounds import asked_in_round
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.rubrics.catalog import CriterionView, RubricView, rubrics_in
from reviewer.scoring.expert_scoring import ScoreInvalid, check_points
from reviewer.scoring.score_file_format import (
    FORMAT,
    ScoreColumns,
    ScoreSummary,
    SignedRead,
    columns_of,
    malformed_field,
    parse_score_file,
    signed_with,
    summarise,
)
from reviewer.store.storage import CampaignStore


class ScoreFileRejected(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "{file} is refused: {problem}")


@dataclass(frozen=True)
class VerifiedScores:
    """A score file that passed every check, ready for the secretariat to merge."""

    kit_id: int
    expert_id: int
    round_number: int
    sequence: int
    columns: ScoreColumns
    conflicts: tuple[dict[str, Any], ...]
    # The commitment accepted in the kit (`accepted_at`, `sha256`); None from an older kit
    # or an Excel score sheet, which carry none.
    commitment: dict[str, Any] | None = None


# Not named `translate`, so lupdate does not read the variable below as a source text.
_translate = translate


def _refuse(file_name: str, problem: str, **params: object) -> ScoreFileRejected:
    return ScoreFileRejected(file=file_name, problem=_translate("Errors", problem).format(**params))


def verify_score_file(store: CampaignStore, data: bytes, file_name: str) -> VerifiedScores:
    """Check a score file against the campaign that issued its kit; raise
    `ScoreFileRejected` saying why not. Nothing is written."""
    with store.reading() as session:
        return ScoreFileChecks.read(session).verify(data, file_name)


@dataclass(frozen=True)
class IssuedKit:
    """A kit as its score files are checked against it."""

    id: int
    expert_id: int
    expert_code: str
    expert_name: str
    secret: str
    round_number: int


@dataclass
class ScoreFileChecks:
    """Everything a score file is checked against, read once for a batch of files.

    A batch of 500 files would otherwise read the rubrics, kits and assignments 500 times.
    Read inside the unit of work that takes the files in, and told of each file taken
    (`taken`), so that a later file of the same batch meets the campaign as the earlier
    ones left it: a newer sequence, a conflict declared, its assignment gone.
    """

    campaign_uid: str
    rubrics: list[RubricView]
    kits: dict[str, IssuedKit]  # by uid
    last_sequence: dict[int, int]  # by kit id
    round_ids: dict[int, int]  # by round number
    asked: dict[tuple[int, int], set[int]]  # by (expert id, round number): applications
    recused: dict[int, set[int]]  # by expert id: applications
    tracks: dict[int, TrackKind]  # by application id
    _allowed_values: set[tuple[int, Any]] = field(default_factory=set)  # found allowed

    @cached_property
    def expert_codes(self) -> dict[int, str]:
        return {kit.expert_id: kit.expert_code for kit in self.kits.values()}

    @classmethod
    def read(cls, session: Session) -> ScoreFileChecks:
        experts = {
            row.id: row for row in session.execute(select(Expert.id, Expert.code, Expert.name))
        }
        kits = {
            kit.uid: IssuedKit(
                kit.id,
                kit.expert_id,
                experts[kit.expert_id].code,
                experts[kit.expert_id].name,
                kit.secret,
                kit.round_number,
            )
            for kit in session.execute(
                select(Kit.id, Kit.uid, Kit.expert_id, Kit.secret, Kit.round_number)
            )
        }
        round_ids = dict(session.execute(select(ScoringRound.number, ScoringRound.id)).all())
        asked: dict[tuple[int, int], set[int]] = defaultdict(set)
        for number in {kit.round_number for kit in kits.values()} & round_ids.keys():
            pairs = asked_in_round(session, round_ids[number])
            for expert_id, application_id, _assignment in session.execute(pairs):
                asked[(expert_id, number)].add(application_id)
        recused: dict[int, set[int]] = defaultdict(set)
        for expert_id, application_id in session.execute(
            select(ConflictDeclaration.expert_id, ConflictDeclaration.application_id)
        ):
            recused[expert_id].add(application_id)
        return cls(
            campaign_uid=session.scalars(select(Campaign.uid)).one(),
            rubrics=rubrics_in(session),
            kits=kits,
            last_sequence=dict(session.execute(select(Kit.id, Kit.last_sequence)).all()),
            round_ids=round_ids,
            asked=asked,
            recused=recused,
            tracks=dict(
                session.execute(
                    select(Application.id, Track.kind).join(Track, Track.id == Application.track_id)
                ).all()
            ),
        )

    def _allows(
        self, criteria: dict[int, CriterionView], values: frozenset[tuple[int, Any]]
    ) -> bool:
        """Whether each (criterion, value) is points the criterion allows (`_allowed`),
        each pair decided once for the batch: every file of a panel uses the same few
        dozen, so most files are answered by one subset test."""
        unknown = values - self._allowed_values
        if not all(_allowed(criteria, criterion, value) for criterion, value in unknown):
            return False
        self._allowed_values |= unknown
        return True

    def taken(self, verified: VerifiedScores) -> None:
        """A verified file was taken in: its kit's sequence moves on, and each conflict it
        declares recuses the expert and ends the assignment."""
        self.last_sequence[verified.kit_id] = verified.sequence
        declared = {int(c["application_id"]) for c in verified.conflicts}
        self.recused[verified.expert_id] |= declared
        for (expert_id, _round), applications in self.asked.items():
            if expert_id == verified.expert_id:
                applications -= declared

    def verify(self, data: bytes, file_name: str) -> VerifiedScores:
        """Check one score file; raise `ScoreFileRejected` saying why not."""
        try:
            signed = parse_score_file(data)
            signature = signed.pop("signature")
            if signed.get("format") != FORMAT or not isinstance(signed.get("scores"), list):
                raise ValueError
        except (ValueError, UnicodeDecodeError, AttributeError, KeyError, TypeError) as exc:
            raise _refuse(
                file_name, QT_TRANSLATE_NOOP("Errors", "it is not a Reviewer score file.")
            ) from exc
        malformed = malformed_field(signed)
        if malformed is not None:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "its field “{field}” is missing or not what Reviewer writes there, so it "
                    "is not a score file Reviewer wrote.",
                ),
                field=malformed,
            )
        kit = self._kit_of(signed, file_name)
        if not isinstance(signature, str) or not signed_with(kit.secret, signed, signature):
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "it was altered after the expert signed it (the signature does not match).",
                ),
            )
        entries = signed["scores"]
        columns = columns_of(entries)
        verified = self._checked(signed, kit, columns, summarise(columns), file_name)
        if verified is None:  # name the first score at fault
            _refuse_first_score(file_name, entries, *self._score_rules(kit, signed))
            verified = self._checked(signed, kit, columns, None, file_name)
        assert verified is not None
        return verified

    def verify_read(self, read: SignedRead, file_name: str) -> VerifiedScores:
        """Check a file a worker has read and authenticated (`read_signed`) against the
        campaign; a file that fails is checked again from its bytes, so that the refusal
        names its problem exactly as `verify` does."""
        assert read.header is not None and read.columns is not None and read.data is not None
        kit = self._kit_of(read.header, file_name)
        verified = self._checked(read.header, kit, read.columns, read.summary, file_name)
        return self.verify(read.data, file_name) if verified is None else verified

    def _kit_of(self, signed: dict[str, Any], file_name: str) -> IssuedKit:
        """The kit the file names, refused unless this campaign issued it to the expert
        the file names."""
        if signed.get("campaign") != self.campaign_uid:
            raise _refuse(file_name, QT_TRANSLATE_NOOP("Errors", "it comes from another campaign."))
        kit = self.kits.get(signed["kit"])
        if kit is None:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP("Errors", "it comes from a kit this campaign did not issue."),
            )
        if signed.get("expert") != kit.expert_code:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors", "it is presented as {claimed}'s, but its kit was issued to {expert}."
                ),
                claimed=signed.get("expert"),
                expert=kit.expert_name,
            )
        return kit

    def _score_rules(
        self, kit: IssuedKit, signed: dict[str, Any]
    ) -> tuple[set[int], set[int], dict[int, TrackKind], dict[TrackKind, dict[int, CriterionView]]]:
        """What the file's scores must keep to: the applications asked of the expert, those
        recused from (the file's own conflicts included), each application's track and,
        per track, the criteria of its current rubric."""
        assigned = self.asked.get((kit.expert_id, kit.round_number), set())
        recused = self.recused.get(kit.expert_id, set()) | {
            c["application_id"] for c in signed.get("conflicts", [])
        }
        criteria = {view.track: {k.id: k for k in view.criteria} for view in self.rubrics}
        return assigned, recused, self.tracks, criteria

    def _checked(
        self,
        signed: dict[str, Any],
        kit: IssuedKit,
        columns: ScoreColumns,
        summary: ScoreSummary | None,
        file_name: str,
    ) -> VerifiedScores | None:
        """The checks after the signature, on the file's fields and the summary of its
        scores; None when some score breaks a rule (no `summary`: its scores were read
        one by one and none does)."""
        if signed["round"] != kit.round_number:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "it is for scoring round {round}, but its kit is for round {kit_round}.",
                ),
                round=signed["round"],
                kit_round=kit.round_number,
            )
        scored_on = signed.get("rubrics", {})
        for view in self.rubrics:
            if scored_on.get(view.track.value, view.version) != view.version:
                raise _refuse(
                    file_name,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "it was scored on version {old} of the rubric “{title}”, which has "
                        "since changed to version {new}. Send the expert a new kit.",
                    ),
                    old=scored_on[view.track.value],
                    title=view.title,
                    new=view.version,
                )
        sequence = signed["sequence"]
        last = self.last_sequence[kit.id]
        if sequence <= last:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "it is older than (or the same as) a score file already imported from this "
                    "kit (number {sequence}, last imported {last}).",
                ),
                sequence=sequence,
                last=last,
            )
        assigned = self.asked.get((kit.expert_id, kit.round_number), set())
        recused = self.recused.get(kit.expert_id, set())
        for conflict in signed.get("conflicts", []):
            if conflict["application_id"] not in assigned | recused:
                raise _refuse(
                    file_name,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "it declares a conflict of interest with application {application}, "
                        "which is not assigned to the expert.",
                    ),
                    application=conflict["application_id"],
                )
        rules = self._score_rules(kit, signed)
        if summary is not None and not _scores_keep_to(summary, *rules, self._allows):
            return None
        return VerifiedScores(
            kit.id,
            kit.expert_id,
            signed["round"],
            sequence,
            columns,
            tuple(signed.get("conflicts", [])),
            signed.get("commitment"),
        )


def _scores_keep_to(
    summary: ScoreSummary,
    assigned: set[int],
    recused: set[int],
    tracks: dict[int, TrackKind],
    criteria: dict[TrackKind, dict[int, CriterionView]],
    allowed: Callable[[dict[int, CriterionView], frozenset[tuple[int, Any]]], bool],
) -> bool:
    """Whether every score is on an application the expert may score, given once, on a
    criterion of the application's rubric, with a value the criterion allows.

    Checked on the file's summary: a file holds thousands of scores but a few dozen
    applications and distinct values. Criterion ids are unique across rubrics, so a
    value is checked against all current criteria once its criterion is known to be of
    the right rubric.
    """
    every = {k: v for per_track in criteria.values() for k, v in per_track.items()}
    applications = summary.criteria_of.keys()
    return (
        applications <= assigned
        and not applications & recused
        and summary.each_once
        and all(
            scored <= criteria.get(tracks[application], {}).keys()
            for application, scored in summary.criteria_of.items()
        )
        and allowed(every, summary.values)
    )


def _refuse_first_score(
    file_name: str,
    entries: list[dict[str, Any]],
    assigned: set[int],
    recused: set[int],
    tracks: dict[int, TrackKind],
    criteria: dict[TrackKind, dict[int, CriterionView]],
) -> None:
    """Refuse the first score, in the file's order, that `_scores_keep_to` found at fault:
    on an application the expert may not score, given twice, on a criterion of another
    rubric, or with a value its criterion does not allow."""
    seen: set[tuple[int, int]] = set()
    for entry in entries:
        application_id = entry["application_id"]
        if application_id in recused:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors", "it scores {applicant}, from which the expert is recused."
                ),
                applicant=entry.get("applicant", application_id),
            )
        if application_id not in assigned:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors", "it scores {applicant}, which is not assigned to the expert."
                ),
                applicant=entry.get("applicant", application_id),
            )
        if (application_id, entry["criterion_id"]) in seen:
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP("Errors", "it scores {applicant} {criterion} twice."),
                applicant=entry.get("applicant", application_id),
                criterion=entry.get("criterion", entry["criterion_id"]),
            )
        seen.add((application_id, entry["criterion_id"]))
        own = criteria.get(tracks[application_id], {})
        if entry["criterion_id"] not in own or not _allowed(
            own, entry["criterion_id"], entry["value"]
        ):
            raise _refuse(
                file_name,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "its score for {applicant} {criterion} is not one the rubric allows.",
                ),
                applicant=entry.get("applicant"),
                criterion=entry.get("criterion"),
            )


def _allowed(criteria: dict[int, CriterionView], criterion_id: Any, value: Any) -> bool:
    """Whether `value`, as written in a score file, is points the criterion allows."""
    criterion = criteria.get(int(criterion_id))
    if criterion is None:
        return False
    try:
        check_points(Decimal(str(value)), criterion)
    except (InvalidOperation, ScoreInvalid):
        return False
    return True
