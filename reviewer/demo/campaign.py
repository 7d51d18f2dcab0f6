"""The built-in demo campaign, modelled on the 2014 Shaanxi call.

Synthetic but realistic: the call's 12 city applicants and 5 provincial departments,
7 experts (one tied to one city) and a reserve, the default rubrics, and round 1 partly
scored, so that every screen has something to show. The packages are written as files an
applicant would hand in (the filled-in form from Reviewer's template, the plan, the
leading-group document) and taken in through the same intake as real ones.
"""

from __future__ import annotations

import random
import re
import tempfile
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
    Rubric,
    Score,
    ScoringRound,
)
from models.enums import ApplicationStatus, BandLevel, ConflictSource, TieRelation, TrackKind
from reviewer.campaign.setup import CampaignSettings, seed_campaign
from reviewer.demo import materials as demo_materials
from reviewer.errors import CampaignNotWritable
from reviewer.i18n import translate
from reviewer.intake.application_form import FormAnswers, filled_form
from reviewer.intake.importing import Outcome, import_packages
from reviewer.progress import Job, Progress
from reviewer.resources import read_json
from reviewer.rubrics.catalog import default_definition, lock_scored
from reviewer.store import audit
from reviewer.store.outputs import check_destination, check_folder, safe_file_name, write_file
from reviewer.store.storage import building_campaign

# How far each expert's scores sit from the plan's quality: one lenient, one harsh.
_EXPERT_BIAS = [0.0, 0.03, -0.02, 0.06, -0.08, 0.01, -0.01]
# The outlier the merge must flag: E03 read 咸阳市's plan against the wrong scale and
# scored it far below the rest of the panel.
_OUTLIER = ("E03", "xianyang", -0.45)


def _form_answers(applicant: dict[str, Any], app: dict[str, Any]) -> FormAnswers:
    track = TrackKind(app["track"])
    sections = app["plan"]["sections"]
    conditions = default_definition(track)["conditions"]
    self_assessment = {
        condition["code"]: sections[(2 * i + 1) % len(sections)]["paragraphs"][0][:500]
        for i, condition in enumerate(conditions)
    }
    open_data = next((s for s in sections if "开放数据" in s["heading"]), sections[0])
    share = re.search(r"(\d+)\s*%", app.get("funding", ""))
    city = track is TrackKind.CITY
    return FormAnswers(
        applicant=applicant["name"],
        track=track,
        contact=applicant.get("contact", ""),
        phone=applicant.get("phone", ""),
        email=f"zhcs_{applicant['code']}@example.gov.cn",
        pilot_domains=tuple(app["pilot_domains"]),
        districts=tuple(app["districts"]),
        self_assessment=self_assessment,
        budget_wan=Decimal(app["budget_wan"]),
        fiscal_share_percent=int(share.group(1)) if share else None,
        funding=app.get("funding", ""),
        # 杨凌示范区 leaves the open-data cell empty: the demo's one incomplete package (材料
        # 不全), stating nothing a gate could fail on.
        open_data_plan=""
        if "open_data_plan" in app.get("form_left_empty", ())
        else open_data["paragraphs"][0][:500],
        secure_controllable=True,
        secure_statement="核心技术和基础软硬件采用经相关部门认证的自主可控产品。",
        leading_group_ref=f"{applicant['name'][:2]}政办发〔2014〕{len(applicant['code']) + 20}号"
        if city
        else "",
        declared=True,
        submitted_on=date.fromisoformat(app["submitted_at"]),
    )


Make = Callable[[], bytes]


def _package_files(applicant: dict[str, Any], app: dict[str, Any]) -> list[tuple[str, Make]]:
    """The package as the applicant hands it in: its files' names and contents."""
    name = applicant["name"]
    files: list[tuple[str, Make]] = [
        (f"{name}智慧城市试点申报书.xlsx", lambda: filled_form(_form_answers(applicant, app))),
        (
            f"{name}智慧城市试点实施方案.pdf",
            lambda: demo_materials.implementation_plan(applicant, app),
        ),
    ]
    if app["track"] == TrackKind.CITY:
        files.append(
            (
                f"{name}智慧城市建设领导小组成立文件.pdf",
                lambda: demo_materials.leading_group_document(applicant, app),
            )
        )
    return files


def _fill(data: dict[str, Any]) -> Callable[[Session], None]:
    """The campaign, its registered applicants and its expert panel."""

    def fill(session: Session) -> None:
        meta = data["campaign"]
        seed_campaign(
            session,
            CampaignSettings(
                title=meta["title"],
                issuing_authority=meta["issuing_authority"],
                call_title=meta["call_title"],
                call_reference=meta["call_reference"],
                submission_deadline=date.fromisoformat(meta["deadline"]),
                pilot_period_months=meta["pilot_period_months"],
            ),
        )
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
        for item in data["experts"]:
            expert = Expert(
                code=item["code"],
                name=item["name"],
                affiliation=item["affiliation"],
                title=item["title"],
                expertise=item["expertise"],
                is_leader=item.get("leader", False),
                is_reserve=item.get("reserve", False),
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
        audit.record(session, "demo.create", entity="campaign", new={"source": "demo"})

    return fill


def _round_to_step(value: float, step: Decimal, maximum: Decimal) -> Decimal:
    steps = (Decimal(str(value)) / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return min(max(steps * step, Decimal(0)), maximum)


def _assign_and_score(session: Session, quality: dict[str, float]) -> None:
    """All experts to all complete applications but their conflicts; round 1 partly
    scored. The reserve is left unassigned, as `assign_panel` leaves reserves."""
    rng = random.Random(2014)
    round_one = session.scalars(select(ScoringRound).where(ScoringRound.number == 1)).one()
    criteria: dict[int, list[Criterion]] = {}
    for rubric in session.scalars(select(Rubric)):
        criteria[rubric.track_id] = [k for c in rubric.conditions for k in c.criteria]
    experts = list(
        session.scalars(select(Expert).where(Expert.is_reserve.is_(False)).order_by(Expert.code))
    )
    scored: set[int] = set()  # criteria
    tied = {(tie.expert_id, tie.applicant_id): tie for e in experts for tie in e.ties}
    scorable = list(
        session.scalars(
            select(Application)
            .where(Application.status == ApplicationStatus.COMPLETE)
            .order_by(Application.applicant_id)
        )
    )
    codes = dict(session.execute(select(Applicant.id, Applicant.code)).all())
    city = [a for a in scorable if a.track.kind is TrackKind.CITY]
    for index, expert in enumerate(experts):
        # Progress differs per expert: four done, one with the city track done, one half
        # way through the city track, one not started.
        if index < 4:
            to_score = {a.id for a in scorable}
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
                share = quality[codes[application.applicant_id]] + _EXPERT_BIAS[index]
                share += rng.gauss(0, 0.05)
                if (expert.code, codes[application.applicant_id]) == _OUTLIER[:2]:
                    share += _OUTLIER[2]
                value = _round_to_step(
                    share * float(criterion.max_points), criterion.step, criterion.max_points
                )
                if criterion.is_veto:
                    value = max(value, criterion.step)
                # An acceptance rubric's criterion may have no band named poor.
                poor = next((b for b in criterion.bands if b.level is BandLevel.POOR), None)
                low = poor is not None and value <= poor.max_points
                comment = "论证不够充分，建议补充相关佐证材料。" if low else ""
                scored.add(criterion.id)
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
    lock_scored(session, scored)


def write_packages(folder: Path, total: int | None = None, *, force: bool = False) -> Job:
    """Write the demo's 17 packages into `folder`, one sub-folder each, as the applicants
    would hand them in: to try the intake on a campaign of one's own. Every file's place
    is checked before the first is written; files already there are replaced only with
    `force`."""
    folder = Path(folder)
    data = read_json("demo/campaign.json")
    applicants = {a["code"]: a for a in data["applicants"]}
    applications = data["applications"]
    packages = [
        (
            applicants[app["applicant"]]["name"],
            folder / safe_file_name(applicants[app["applicant"]]["name"]),
            _package_files(applicants[app["applicant"]], app),
        )
        for app in applications
    ]
    check_folder(folder)
    for _name, package, files in packages:
        check_folder(package)
        if package.is_dir():
            for file_name, _make in files:
                check_destination(package / safe_file_name(file_name), force=force)
    for done, (name, package, files) in enumerate(packages):
        message = translate("Demo", "Writing the package of {name}")
        yield Progress(done, total or len(applications), message.format(name=name))
        try:
            package.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise CampaignNotWritable(path=package, detail=exc) from exc
        for file_name, make in files:
            write_file(package / safe_file_name(file_name), make())


def write_demo(path: Path, *, overwrite: bool = False) -> Job:
    """Write the demo campaign to `path`; a job that reports progress as it goes."""
    data = read_json("demo/campaign.json")
    applications = data["applications"]
    total = 2 * len(applications) + 1
    with tempfile.TemporaryDirectory(prefix="reviewer-demo-") as folder:
        packages = Path(folder)
        yield from write_packages(packages, total)
        with building_campaign(path, _fill(data), overwrite=overwrite) as store:
            intake = import_packages(store, [packages])
            while True:
                try:
                    report = next(intake)
                except StopIteration as finished:
                    reports = finished.value
                    break
                yield Progress(len(applications) + report.done, total, report.message)
            refused = [r.label for r in reports if r.outcome is not Outcome.IMPORTED]
            if refused:
                raise RuntimeError(f"the demo's own packages were refused: {refused}")
            yield Progress(total - 1, total, translate("Demo", "Saving the demo campaign"))
            quality = {a["applicant"]: float(a["quality"]) for a in applications}
            with store.writing() as session:
                _assign_and_score(session, quality)
    yield Progress(total, total, translate("Demo", "Done"))
