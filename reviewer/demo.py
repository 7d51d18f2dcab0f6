"""The built-in demo campaign, modelled on the 2014 Shaanxi call.

Synthetic but realistic: the call's 12 city applicants and 5 provincial departments,
7 experts (one tied to one city), the default rubrics, generated packages, and round 1
partly scored, so that every screen has something to show.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Applicant,
    Application,
    Assignment,
    ConflictDeclaration,
    Criterion,
    Expert,
    ExpertTie,
    Material,
    Rubric,
    Score,
    ScoringRound,
    Track,
)
from models.enums import (
    ApplicationStatus,
    BandLevel,
    ConflictSource,
    MaterialKind,
    TieRelation,
    TrackKind,
)
from reviewer import audit, demo_materials
from reviewer.blobs import store_blob
from reviewer.campaigns import CampaignSettings, seed_campaign
from reviewer.checklist import reason
from reviewer.i18n import translate
from reviewer.progress import Job, Progress
from reviewer.resources import read_json
from reviewer.storage import create_campaign_file

# How far each expert's scores sit from the plan's quality: one lenient, one harsh.
_EXPERT_BIAS = [0.0, 0.03, -0.02, 0.06, -0.08, 0.01, -0.01]
PDF = "application/pdf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _status(
    track: TrackKind, app: dict[str, Any], deadline: date
) -> tuple[ApplicationStatus, list[dict[str, str]]]:
    submitted = date.fromisoformat(app["submitted_at"])
    if submitted > deadline:
        return ApplicationStatus.LATE, [
            reason("late", submitted=submitted.isoformat(), deadline=deadline.isoformat())
        ]
    if track is TrackKind.CITY and len(app["districts"]) != 2:
        return ApplicationStatus.INCOMPLETE, [reason("districts", count=len(app["districts"]))]
    return ApplicationStatus.COMPLETE, []


def _materials(data: dict[str, Any]) -> Job:
    """Generate every package's files; the job's result lands in `data['_files']`."""
    applicants = {a["code"]: a for a in data["applicants"]}
    total = len(data["applications"])
    files: dict[str, list[tuple[MaterialKind, str, str, bytes]]] = {}
    for done, app in enumerate(data["applications"]):
        applicant = applicants[app["applicant"]]
        yield Progress(
            done,
            total,
            translate("Demo", "Writing the package of {name}").format(name=applicant["name"]),
        )
        name = applicant["name"]
        package = [
            (
                MaterialKind.FORM,
                f"{name}智慧城市试点申报书.xlsx",
                XLSX,
                demo_materials.application_form(applicant, app, app["track"]),
            ),
            (
                MaterialKind.PLAN,
                f"{name}智慧城市试点实施方案.pdf",
                PDF,
                demo_materials.implementation_plan(applicant, app),
            ),
        ]
        if app["track"] == TrackKind.CITY:
            package.append(
                (
                    MaterialKind.LEADING_GROUP,
                    f"{name}智慧城市建设领导小组成立文件.pdf",
                    PDF,
                    demo_materials.leading_group_document(applicant, app),
                )
            )
        files[app["applicant"]] = package
    data["_files"] = files


def _round_to_step(value: float, step: Decimal, maximum: Decimal) -> Decimal:
    steps = (Decimal(str(value)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return min(max(steps * step, Decimal(0)), maximum)


def _fill(data: dict[str, Any]) -> Callable[[Session], None]:
    def fill(session: Session) -> None:
        meta = data["campaign"]
        deadline = date.fromisoformat(meta["deadline"])
        seed_campaign(
            session,
            CampaignSettings(
                title=meta["title"],
                issuing_authority=meta["issuing_authority"],
                call_title=meta["call_title"],
                call_reference=meta["call_reference"],
                submission_deadline=deadline,
                pilot_period_months=meta["pilot_period_months"],
            ),
        )
        session.flush()
        tracks = {t.kind: t for t in session.scalars(select(Track))}
        applicants = {}
        for item in data["applicants"]:
            applicant = Applicant(
                code=item["code"],
                kind=TrackKind(item["kind"]),
                name=item["name"],
                region=item["region"],
                contact=item.get("contact", ""),
                phone=item.get("phone", ""),
            )
            session.add(applicant)
            applicants[item["code"]] = applicant
        session.flush()
        applications: dict[str, Application] = {}
        quality: dict[int, float] = {}
        for item in data["applications"]:
            track = TrackKind(item["track"])
            status, reasons = _status(track, item, deadline)
            application = Application(
                track_id=tracks[track].id,
                applicant_id=applicants[item["applicant"]].id,
                title=item["title"],
                pilot_domains=item["pilot_domains"],
                districts=item["districts"],
                budget_wan=item.get("budget_wan"),
                funding=item.get("funding", ""),
                summary=item["plan"]["summary"],
                submitted_on=date.fromisoformat(item["submitted_at"]),
                status=status,
                status_reasons=reasons,
            )
            session.add(application)
            session.flush()
            for kind, file_name, media_type, content in data["_files"][item["applicant"]]:
                sha256, size = store_blob(session, io.BytesIO(content))
                session.add(
                    Material(
                        application_id=application.id,
                        kind=kind,
                        file_name=file_name,
                        media_type=media_type,
                        size=size,
                        sha256=sha256,
                    )
                )
            applications[item["applicant"]] = application
            quality[application.id] = float(item["quality"])
        experts = []
        for item in data["experts"]:
            expert = Expert(
                code=item["code"],
                name=item["name"],
                affiliation=item["affiliation"],
                title=item["title"],
                expertise=item["expertise"],
                is_leader=item.get("leader", False),
            )
            expert.ties = [
                ExpertTie(
                    applicant_id=applicants[tie["applicant"]].id,
                    relation=TieRelation(tie["relation"]),
                    note=tie.get("note", ""),
                )
                for tie in item.get("ties", [])
            ]
            session.add(expert)
            experts.append(expert)
        session.flush()
        _assign_and_score(session, experts, list(applications.values()), quality)
        audit.record(session, "demo.create", entity="campaign", new={"source": "demo"})

    return fill


def _assign_and_score(
    session: Session,
    experts: list[Expert],
    applications: list[Application],
    quality: dict[int, float],
) -> None:
    """All experts to all complete applications but their conflicts; round 1 partly scored."""
    rng = random.Random(2014)
    round_one = session.scalars(select(ScoringRound).where(ScoringRound.number == 1)).one()
    criteria: dict[int, list[Criterion]] = {}
    for rubric in session.scalars(select(Rubric)):
        criteria[rubric.track_id] = [k for c in rubric.conditions for k in c.criteria]
    tied = {(tie.expert_id, tie.applicant_id): tie for e in experts for tie in e.ties}
    scorable = [a for a in applications if a.status is ApplicationStatus.COMPLETE]
    city = [a for a in scorable if a.track.kind is TrackKind.CITY]
    for index, expert in enumerate(experts):
        # Progress differs per expert: four done, one with the city track done, one half
        # way through the city track, one not started.
        if index < 4:
            to_score = set(a.id for a in scorable)
        elif index == 4:
            to_score = {a.id for a in city}
        elif index == 5:
            to_score = {a.id for a in city[: len(city) // 2]}
        else:
            to_score = set()
        for application in scorable:
            tie = tied.get((expert.id, application.applicant_id))
            if tie is not None:
                session.add(
                    ConflictDeclaration(
                        expert_id=expert.id,
                        application_id=application.id,
                        source=ConflictSource.TIE,
                        reason=tie.note,
                    )
                )
                continue
            session.add(Assignment(expert_id=expert.id, application_id=application.id))
            if application.id not in to_score:
                continue
            for criterion in criteria[application.track_id]:
                share = quality[application.id] + _EXPERT_BIAS[index] + rng.gauss(0, 0.05)
                value = _round_to_step(
                    share * float(criterion.max_points), criterion.step, criterion.max_points
                )
                if criterion.is_veto:
                    value = max(value, criterion.step)
                poor = next(b for b in criterion.bands if b.level is BandLevel.POOR)
                comment = "论证不够充分，建议补充相关佐证材料。" if value <= poor.max_points else ""
                session.add(
                    Score(
                        expert_id=expert.id,
                        application_id=application.id,
                        criterion_id=criterion.id,
                        round_id=round_one.id,
                        value=value,
                        comment=comment,
                    )
                )


def write_demo(path: Path, *, overwrite: bool = False) -> Job:
    """Write the demo campaign to `path`; a job that reports progress as it goes."""
    data = read_json("demo/campaign.json")
    total = len(data["applications"]) + 1
    for report in _materials(data):
        yield Progress(report.done, total, report.message)
    yield Progress(total - 1, total, translate("Demo", "Saving the demo campaign"))
    create_campaign_file(path, _fill(data), overwrite=overwrite).close()
    yield Progress(total, total, translate("Demo", "Done"))
