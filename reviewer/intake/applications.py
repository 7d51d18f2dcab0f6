"""The applications of a campaign, as the tables and reports show them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models import Application
from models.enums import ApplicationStatus, MaterialKind, TrackKind
from reviewer.campaign.rounds import assignment_states, current_round
from reviewer.intake.checklist import describe
from reviewer.store.storage import CampaignStore


@dataclass(frozen=True)
class MaterialInfo:
    id: int
    kind: MaterialKind
    file_name: str
    size: int
    media_type: str


@dataclass(frozen=True)
class CheckLine:
    passed: bool
    text: str


@dataclass(frozen=True)
class ApplicationRow:
    """One line of the applications table."""

    id: int
    applicant: str
    applicant_kind: TrackKind
    region: str
    track: TrackKind
    title: str
    pilot_domains: tuple[str, ...]
    districts: tuple[str, ...]
    submitted_on: date | None
    status: ApplicationStatus
    reasons: tuple[str, ...]
    checklist: tuple[CheckLine, ...]
    materials: tuple[MaterialInfo, ...]
    experts_assigned: int
    experts_done: int
    budget_wan: int | None


def list_applications(store: CampaignStore) -> list[ApplicationRow]:
    """Every application, in the order applicants were registered."""
    with store.reading() as session:
        states = assignment_states(session, current_round(session).id)
        assigned = Counter(state.application_id for state in states)
        done = Counter(state.application_id for state in states if state.done)
        rows = []
        applications = session.scalars(
            select(Application)
            .order_by(Application.applicant_id, Application.track_id)
            .options(
                selectinload(Application.applicant),
                selectinload(Application.track),
                selectinload(Application.materials),
            )
        )
        for app in applications:
            rows.append(
                ApplicationRow(
                    id=app.id,
                    applicant=app.applicant.name,
                    applicant_kind=app.applicant.kind,
                    region=app.applicant.region,
                    track=app.track.kind,
                    title=app.title,
                    pilot_domains=tuple(app.pilot_domains),
                    districts=tuple(app.districts),
                    submitted_on=app.submitted_on,
                    status=app.status,
                    reasons=tuple(describe(reason) for reason in app.status_reasons),
                    checklist=tuple(
                        CheckLine(bool(item["passed"]), describe(item)) for item in app.checklist
                    ),
                    materials=tuple(
                        MaterialInfo(m.id, m.kind, m.file_name, m.size, m.media_type)
                        for m in app.materials
                    ),
                    experts_assigned=assigned[app.id],
                    experts_done=done[app.id],
                    budget_wan=app.budget_wan,
                )
            )
        return rows
