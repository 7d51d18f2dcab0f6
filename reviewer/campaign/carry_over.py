"""A new campaign set up from an earlier one: what carries over from one call to the next.

A secretariat that ran last year's review starts this year's from it: the rubrics as it
revised them, the panel's experts, the campaign's settings (aggregation, thresholds, the
panel rule, the commitment text, and any setting stored on the campaign) and each track's
ranking rules. What belongs to the earlier call alone does not carry: its title, issuing
authority, call, deadline, applicants, packages, scores and decisions. An expert's ties
name applicants of the earlier call, who are not registered in the new one: they carry as
pending ties, by the applicant's name, and become ties again when that applicant
registers (`reviewer.intake.applicants.resolve_pending_ties`), so a known ground for
recusal (政府采购法实施条例 §9) is not lost between calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, selectinload

from models import Applicant, Campaign, Expert, PendingTie, Track
from models.enums import TieRelation, TrackKind
from reviewer.campaign.setup import CampaignSettings, seed_campaign
from reviewer.rubrics.catalog import definition_of, rubrics_in
from reviewer.store import audit
from reviewer.store.storage import CampaignStore, create_campaign_file

# The campaign's columns that belong to one call, or to the file, and never carry over.
_OWN_TO_THE_CALL = frozenset(
    {
        "id",
        "uid",
        "title",
        "issuing_authority",
        "call_title",
        "call_reference",
        "submission_deadline",
        "pilot_period_months",
        "notes",
        "created_at",
        "role",
    }
)
_EXPERT_FIELDS = ("code", "name", "affiliation", "title", "expertise", "is_leader", "is_reserve")


@dataclass(frozen=True)
class Carried:
    """What an earlier campaign hands on, read from it as plain data."""

    source: str
    settings: dict[str, Any] = field(default_factory=dict)
    rubrics: dict[TrackKind, dict[str, Any]] = field(default_factory=dict)
    track_rules: dict[TrackKind, dict[str, Any]] = field(default_factory=dict)
    experts: list[dict[str, Any]] = field(default_factory=list)
    # Per expert code: (applicant's name, relation, note).
    ties: dict[str, list[tuple[str, TieRelation, str]]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "from_campaign": self.source,
            "rubrics": sorted(kind.value for kind in self.rubrics),
            "settings": sorted(self.settings),
            "ranking_rules": sorted(kind.value for kind in self.track_rules),
            "experts": [expert["code"] for expert in self.experts],
            "pending_ties": sum(len(ties) for ties in self.ties.values()),
        }


def _ties_of(expert: Expert, names: dict[int, str]) -> list[tuple[str, TieRelation, str]]:
    ties = [(names[t.applicant_id], t.relation, t.note) for t in expert.ties]
    return ties + [(t.applicant_name, t.relation, t.note) for t in expert.pending_ties]


def read_carried(earlier: CampaignStore) -> Carried:
    """What the earlier campaign `earlier` hands on to a new one."""
    with earlier.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        settings = {
            column.key: getattr(campaign, column.key)
            for column in inspect(Campaign).column_attrs
            if column.key not in _OWN_TO_THE_CALL
        }
        rubrics = {view.track: definition_of(view) for view in rubrics_in(session)}
        track_rules = {
            track.kind: {
                "quota": track.quota,
                "min_final": track.min_final,
                "tie_break": track.tie_break,
            }
            for track in session.scalars(select(Track))
        }
        names = dict(session.execute(select(Applicant.id, Applicant.name)).all())
        experts = session.scalars(
            select(Expert)
            .order_by(Expert.code)
            .options(selectinload(Expert.ties), selectinload(Expert.pending_ties))
        ).all()
        return Carried(
            source=str(earlier.location),
            settings=settings,
            rubrics=rubrics,
            track_rules=track_rules,
            experts=[{key: getattr(e, key) for key in _EXPERT_FIELDS} for e in experts],
            ties={e.code: _ties_of(e, names) for e in experts},
        )


def carry_into(session: Session, carried: Carried) -> None:
    campaign = session.scalars(select(Campaign)).one()
    for key, value in carried.settings.items():
        setattr(campaign, key, value)
    for track in session.scalars(select(Track)):
        for key, value in carried.track_rules.get(track.kind, {}).items():
            setattr(track, key, value)
    for fields in carried.experts:
        expert = Expert(**fields)
        expert.pending_ties = [
            PendingTie(applicant_name=name, relation=relation, note=note, source=carried.source)
            for name, relation, note in carried.ties.get(fields["code"], [])
        ]
        session.add(expert)
    audit.record(session, "campaign.carry_over", entity="campaign", new=carried.as_json())


def new_campaign_from(
    path: Path | str, settings: CampaignSettings, earlier: CampaignStore
) -> CampaignStore:
    """Create a campaign at `path` as `setup.new_campaign` does, carrying over from the
    earlier campaign `earlier` what `Carried` holds, in the same one transaction; never
    over an existing file. Returns it open."""
    carried = read_carried(earlier)

    def fill(session: Session) -> None:
        seed_campaign(session, settings, carried.rubrics)
        session.flush()
        carry_into(session, carried)

    return create_campaign_file(path, fill)
