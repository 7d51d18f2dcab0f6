"""The applications of a campaign, as the tables and reports show them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from models import Application, Assignment, Material, Score, ScoringRound
from models.enums import ApplicationStatus, MaterialKind, TrackKind
from reviewer.checklist import describe
from reviewer.storage import CampaignStore


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
    materials: tuple[MaterialKind, ...]
    experts_assigned: int
    experts_scored: int
    budget_wan: int | None


def list_applications(store: CampaignStore) -> list[ApplicationRow]:
    """Every application, in the order applicants were registered."""
    with store.reading() as session:
        current_round = session.scalar(select(func.max(ScoringRound.id)))
        assigned = Counter(session.scalars(select(Assignment.application_id)))
        scored = Counter(
            application_id
            for application_id, _expert in session.execute(
                select(Score.application_id, Score.expert_id)
                .where(Score.round_id == current_round)
                .distinct()
            )
        )
        rows = []
        applications = session.scalars(
            select(Application)
            .order_by(Application.applicant_id, Application.track_id)
            .options(
                selectinload(Application.applicant),
                selectinload(Application.track),
                selectinload(Application.materials).load_only(Material.kind),
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
                    materials=tuple(m.kind for m in app.materials),
                    experts_assigned=assigned[app.id],
                    experts_scored=scored[app.id],
                    budget_wan=app.budget_wan,
                )
            )
        return rows
