"""Rubrics: reading and checking a rubric's definition, storing it, and showing it.

A rubric definition is the plain structure of `resources/rubrics/*.json` (the shipped
defaults); the rubric editor and the Excel import of later work produce the same
structure, so one checker guards them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models import Band, Condition, Criterion, GateCheck, Rubric, Score, Track
from models.enums import BandLevel, TrackKind
from reviewer import audit
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP
from reviewer.resources import read_json
from reviewer.storage import CampaignStore

BAND_ORDER = [BandLevel.EXCELLENT, BandLevel.GOOD, BandLevel.FAIR, BandLevel.POOR]


class RubricInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "The rubric is not valid at {where}: {problem}")


def _points(value: Any, where: str) -> Decimal:
    try:
        points = Decimal(str(value))
    except InvalidOperation as exc:
        raise RubricInvalid(where=where, problem=f"'{value}' is not a number") from exc
    if not points.is_finite() or points < 0:
        raise RubricInvalid(where=where, problem=f"'{value}' is not a number of points")
    return points


def check_definition(definition: dict[str, Any]) -> None:
    """Raise `RubricInvalid` naming the first place where the definition is wrong.

    Checked: totals add up (criteria to the stated total), every band lies on the
    criterion's step, bands run 优 to 差 and cover 0..max without gap or overlap.
    """
    total = _points(definition.get("total_points"), "total_points")
    running = Decimal(0)
    for c_index, condition in enumerate(definition.get("conditions", [])):
        for k_index, criterion in enumerate(condition.get("criteria", [])):
            where = f"{condition.get('code', c_index)}/{criterion.get('code', k_index)}"
            maximum = _points(criterion.get("max_points"), where + " max_points")
            step = _points(criterion.get("step", "0.5"), where + " step")
            if step <= 0 or maximum % step:
                raise RubricInvalid(where=where, problem="max_points is not a multiple of step")
            running += maximum
            bands = criterion.get("bands", [])
            levels = [band.get("level") for band in bands]
            if bands and levels != [level.value for level in BAND_ORDER]:
                raise RubricInvalid(
                    where=where, problem="bands must be excellent, good, fair, poor"
                )
            upper = maximum
            for band in bands:
                low = _points(band.get("min"), f"{where} {band['level']} min")
                high = _points(band.get("max"), f"{where} {band['level']} max")
                if high != upper or low > high or low % step or high % step:
                    raise RubricInvalid(
                        where=f"{where} {band['level']}",
                        problem="bands must cover 0..max_points on the step, without gaps",
                    )
                upper = low - step
            if bands and upper != -step:
                raise RubricInvalid(where=where, problem="the lowest band must start at 0")
    if running != total:
        raise RubricInvalid(
            where="total_points", problem=f"criteria add up to {running}, not {total}"
        )


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
                step=Decimal(crit.get("step", "0.5")),
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


def _view(rubric: Rubric, track: Track, scored: bool) -> RubricView:
    return RubricView(
        track=track.kind,
        track_name=track.name,
        version=rubric.version,
        title=rubric.title,
        total_points=rubric.total_points,
        locked=rubric.locked or scored,
        conditions=tuple(
            ConditionView(
                code=cond.code,
                name=cond.name,
                description=cond.description,
                criteria=tuple(
                    CriterionView(
                        id=crit.id,
                        code=crit.code,
                        name=crit.name,
                        description=crit.description,
                        max_points=crit.max_points,
                        step=crit.step,
                        is_veto=crit.is_veto,
                        bands=tuple(
                            BandView(b.level, b.min_points, b.max_points, b.descriptor)
                            for b in crit.bands
                        ),
                    )
                    for crit in cond.criteria
                ),
            )
            for cond in rubric.conditions
        ),
        gates=tuple(GateView(g.code, g.name, g.description) for g in rubric.gate_checks),
    )


def _has_scores(session: Session, rubric: Rubric) -> bool:
    """A rubric is locked as soon as any score uses it: the scores must keep their meaning."""
    return bool(
        session.scalar(
            select(func.count(Score.id))
            .join(Criterion, Criterion.id == Score.criterion_id)
            .join(Condition, Condition.id == Criterion.condition_id)
            .where(Condition.rubric_id == rubric.id)
        )
    )


def current_rubrics(store: CampaignStore) -> list[RubricView]:
    """The newest rubric version of each track, city track first."""
    with store.reading() as session:
        views = []
        for track in session.scalars(select(Track).order_by(Track.id)):
            rubric = session.scalar(
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
            if rubric is not None:
                views.append(_view(rubric, track, _has_scores(session, rubric)))
        return views


def definition_of(view: RubricView) -> dict[str, Any]:
    """A stored rubric as a definition again, to export and edit it."""
    return {
        "track": view.track.value,
        "title": view.title,
        "total_points": str(view.total_points),
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
                        "max_points": str(k.max_points),
                        "step": str(k.step),
                        "veto": k.is_veto,
                        "bands": [
                            {
                                "level": b.level.value,
                                "min": str(b.min_points),
                                "max": str(b.max_points),
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


def replace_rubric(store: CampaignStore, definition: dict[str, Any]) -> int:
    """Make `definition` the current rubric of its track; returns the new version.

    A rubric that no score uses yet is simply replaced. One that has scores is locked
    and kept, and the definition becomes the next version: the scores keep meaning what
    they meant, and count for nothing on the new version until experts score again.
    """
    check_definition(definition)
    track_kind = TrackKind(definition.get("track", ""))
    with store.writing() as session:
        track = session.scalars(select(Track).where(Track.kind == track_kind)).one()
        current = session.scalar(
            select(Rubric)
            .where(Rubric.track_id == track.id)
            .order_by(Rubric.version.desc())
            .limit(1)
        )
        scored = current is not None and _has_scores(session, current)
        old_version = current.version if current is not None else None
        if current is not None and scored:
            current.locked = True
        elif current is not None:
            session.delete(current)
            session.flush()
        rubric = add_rubric(session, track, definition)  # takes the freed number if replaced
        session.flush()
        audit.record(
            session,
            "rubric.replace",
            entity="rubric",
            entity_id=f"{track_kind.value}",
            old={"version": old_version, "locked_with_scores": bool(scored)},
            new={"version": rubric.version, "title": rubric.title},
        )
        return rubric.version
