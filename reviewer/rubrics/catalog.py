"""Rubrics: storing a checked definition as a version of a track's rubric, and showing it.

A rubric definition is the plain structure of `resources/rubrics/*.json` (the shipped
defaults); the rubric editor and the Excel import produce the same structure, and
`reviewer.rubrics.checks` guards them all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import BindParameter, Row, bindparam, false, func, select, update
from sqlalchemy.orm import Session, selectinload

from models import Band, Condition, Criterion, GateCheck, Rubric, Score, Track
from models.enums import BandLevel, TrackKind
from reviewer.resources import read_json
from reviewer.rubrics.checks import DEFAULT_STEP, check_definition, points_text
from reviewer.store.storage import CampaignStore


def default_definition(track: TrackKind) -> dict[str, Any]:
    """The rubric Reviewer proposes for `track` (the call itself gives no weights)."""
    definition: dict[str, Any] = read_json(f"rubrics/{track.value}.json")
    return definition


def add_rubric(session: Session, track: Track, definition: dict[str, Any]) -> Rubric:
    """Store `definition` as the next version of `track`'s rubric."""
    check_definition(definition)
    latest = session.scalar(select(func.max(Rubric.version)).where(Rubric.track_id == track.id))
    rubric = Rubric(
        track_id=track.id,
        version=(latest or 0) + 1,
        title=definition["title"],
        total_points=Decimal(definition["total_points"]),
    )
    for c_pos, cond in enumerate(definition["conditions"]):
        condition = Condition(
            position=c_pos,
            code=cond["code"],
            name=cond["name"],
            description=cond.get("description", ""),
        )
        for k_pos, crit in enumerate(cond["criteria"]):
            criterion = Criterion(
                position=k_pos,
                code=crit["code"],
                name=crit["name"],
                description=crit.get("description", ""),
                max_points=Decimal(crit["max_points"]),
                step=Decimal(crit.get("step", DEFAULT_STEP)),
                is_veto=bool(crit.get("veto", False)),
            )
            criterion.bands = [
                Band(
                    position=b_pos,
                    level=BandLevel(band["level"]),
                    min_points=Decimal(band["min"]),
                    max_points=Decimal(band["max"]),
                    descriptor=band.get("descriptor", ""),
                )
                for b_pos, band in enumerate(crit.get("bands", []))
            ]
            condition.criteria.append(criterion)
        rubric.conditions.append(condition)
    rubric.gate_checks = [
        GateCheck(
            position=g_pos,
            code=gate["code"],
            name=gate["name"],
            description=gate.get("description", ""),
        )
        for g_pos, gate in enumerate(definition.get("gates", []))
    ]
    session.add(rubric)
    return rubric


@dataclass(frozen=True)
class BandView:
    level: BandLevel
    min_points: Decimal
    max_points: Decimal
    descriptor: str


@dataclass(frozen=True)
class CriterionView:
    id: int
    code: str
    name: str
    description: str
    max_points: Decimal
    step: Decimal
    is_veto: bool
    bands: tuple[BandView, ...]


@dataclass(frozen=True)
class ConditionView:
    code: str
    name: str
    description: str
    criteria: tuple[CriterionView, ...]

    @property
    def max_points(self) -> Decimal:
        return sum((c.max_points for c in self.criteria), Decimal(0))


@dataclass(frozen=True)
class GateView:
    code: str
    name: str
    description: str


@dataclass(frozen=True)
class RubricView:
    track: TrackKind
    track_name: str
    version: int
    title: str
    total_points: Decimal
    locked: bool
    conditions: tuple[ConditionView, ...]
    gates: tuple[GateView, ...]

    @property
    def criteria(self) -> tuple[CriterionView, ...]:
        return tuple(k for c in self.conditions for k in c.criteria)


def lock_scored(session: Session, criterion_ids: Collection[int]) -> None:
    """Lock the rubric versions of these criteria, which scores are being written on, in
    the caller's unit of work: every write of scores calls this."""
    if not criterion_ids:
        return
    rubrics = (
        select(Condition.rubric_id)
        .join(Criterion, Criterion.condition_id == Condition.id)
        .where(Criterion.id.in_(criterion_ids))
    )
    session.execute(
        update(Rubric).where(Rubric.id.in_(rubrics), Rubric.locked == false()).values(locked=True)
    )


def score_count(session: Session, rubric: Rubric) -> int:
    """Scores given on `rubric`. A rubric is locked as soon as any score uses it: the
    scores must keep their meaning."""
    return int(
        session.scalar(
            select(func.count(Score.id))
            .join(Criterion, Criterion.id == Score.criterion_id)
            .join(Condition, Condition.id == Criterion.condition_id)
            .where(Condition.rubric_id == rubric.id)
        )
        or 0
    )


def latest_rubric(session: Session, track: Track) -> Rubric | None:
    """The newest version of `track`'s rubric, with its criteria, bands and gates loaded."""
    return session.scalar(
        select(Rubric)
        .where(Rubric.track_id == track.id)
        .order_by(Rubric.version.desc())
        .limit(1)
        .options(
            selectinload(Rubric.conditions)
            .selectinload(Condition.criteria)
            .selectinload(Criterion.bands),
            selectinload(Rubric.gate_checks),
        )
    )


_RUBRICS: BindParameter[list[int]] = bindparam("rubrics", expanding=True)
# Built once: every score file verified asks for the current rubrics again, and a panel
# returns hundreds of files.
_TRACKS = select(Track.id, Track.kind, Track.name).order_by(Track.id)
_VERSIONS = select(
    Rubric.id, Rubric.track_id, Rubric.version, Rubric.title, Rubric.total_points, Rubric.locked
).order_by(Rubric.version)
_CONDITIONS = (
    select(Condition.id, Condition.rubric_id, Condition.code, Condition.name, Condition.description)
    .where(Condition.rubric_id.in_(_RUBRICS))
    .order_by(Condition.position)
)
_CRITERIA = (
    select(
        Criterion.id,
        Criterion.condition_id,
        Criterion.code,
        Criterion.name,
        Criterion.description,
        Criterion.max_points,
        Criterion.step,
        Criterion.is_veto,
    )
    .join(Condition, Condition.id == Criterion.condition_id)
    .where(Condition.rubric_id.in_(_RUBRICS))
    .order_by(Criterion.position)
)
_BANDS = (
    select(Band.criterion_id, Band.level, Band.min_points, Band.max_points, Band.descriptor)
    .join(Criterion, Criterion.id == Band.criterion_id)
    .join(Condition, Condition.id == Criterion.condition_id)
    .where(Condition.rubric_id.in_(_RUBRICS))
    .order_by(Band.position)
)
_GATES = (
    select(GateCheck.rubric_id, GateCheck.code, GateCheck.name, GateCheck.description)
    .where(GateCheck.rubric_id.in_(_RUBRICS))
    .order_by(GateCheck.position)
)


def current_rubrics(store: CampaignStore) -> list[RubricView]:
    """The newest rubric version of each track, city track first."""
    with store.reading() as session:
        return rubrics_in(session)


def rubrics_in(session: Session) -> list[RubricView]:
    """`current_rubrics` inside the caller's unit of work, for a check that must read the
    rubrics in the same transaction as what it checks.

    Read with plain column queries, one per level of the rubric, not ORM objects.
    """
    connection = session.connection()
    tracks = connection.execute(_TRACKS).all()
    newest: dict[int, Row[int, int, int, str, Decimal, bool]] = {}
    for version in connection.execute(_VERSIONS):
        newest[version.track_id] = version  # the last one read is the newest
    rubrics = {"rubrics": [rubric.id for rubric in newest.values()]}
    conditions = connection.execute(_CONDITIONS, rubrics).all()
    criteria = connection.execute(_CRITERIA, rubrics).all()
    bands: dict[int, list[BandView]] = defaultdict(list)
    for band in connection.execute(_BANDS, rubrics):
        bands[band.criterion_id].append(
            BandView(band.level, band.min_points, band.max_points, band.descriptor)
        )
    gates: dict[int, list[GateView]] = defaultdict(list)
    for gate in connection.execute(_GATES, rubrics):
        gates[gate.rubric_id].append(GateView(gate.code, gate.name, gate.description))
    by_condition: dict[int, list[CriterionView]] = defaultdict(list)
    for k in criteria:
        by_condition[k.condition_id].append(
            CriterionView(
                k.id,
                k.code,
                k.name,
                k.description,
                k.max_points,
                k.step,
                k.is_veto,
                tuple(bands[k.id]),
            )
        )
    by_rubric: dict[int, list[ConditionView]] = defaultdict(list)
    for c in conditions:
        by_rubric[c.rubric_id].append(
            ConditionView(c.code, c.name, c.description, tuple(by_condition[c.id]))
        )
    return [
        RubricView(
            track=track.kind,
            track_name=track.name,
            version=rubric.version,
            title=rubric.title,
            total_points=rubric.total_points,
            locked=rubric.locked,
            conditions=tuple(by_rubric[rubric.id]),
            gates=tuple(gates[rubric.id]),
        )
        for track in tracks
        if (rubric := newest.get(track.id)) is not None
    ]


def definition_of(view: RubricView) -> dict[str, Any]:
    """A stored rubric as a definition again, to export and edit it."""
    return {
        "track": view.track.value,
        "title": view.title,
        "total_points": points_text(view.total_points),
        "gates": [
            {"code": g.code, "name": g.name, "description": g.description} for g in view.gates
        ],
        "conditions": [
            {
                "code": c.code,
                "name": c.name,
                "description": c.description,
                "criteria": [
                    {
                        "code": k.code,
                        "name": k.name,
                        "description": k.description,
                        "max_points": points_text(k.max_points),
                        "step": points_text(k.step),
                        "veto": k.is_veto,
                        "bands": [
                            {
                                "level": b.level.value,
                                "min": points_text(b.min_points),
                                "max": points_text(b.max_points),
                                "descriptor": b.descriptor,
                            }
                            for b in k.bands
                        ],
                    }
                    for k in c.criteria
                ],
            }
            for c in view.conditions
        ],
    }
