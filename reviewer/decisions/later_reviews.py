"""A later review of the approved pilots, made from the selection that approved them:
the acceptance review at the end of the pilot period (验收) or the mid-term evaluation
(中期评估).

The Shaanxi call approves each pilot's plan and then accepts it: "确定试点名单，批复试点
方案。试点期为一年" (三(三)3) and "试点项目完成后，由省工信厅组织验收" (三(三)4). The approved
plan is what acceptance holds the pilot to, so the new campaign carries exactly the
pilots the selection approved, as its committed decisions on its locked results say, with
the plan as it was approved (title, domains, districts, budget), the approval letter's
number and date and the pilot period (models.Pilot). It keeps a reference to the
selection (its uid, title and the fingerprint of its locked results), so the record says
which selection, as locked, it continues. The panel carries over as `new --from-campaign`
carries it (carry_over.py), and each track is scored on the default acceptance rubric
(resources/rubrics/acceptance_default.json), which the secretariat completes.
"""

from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass
from datetime import date, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Applicant, Application, Campaign, Decision, Pilot, Track
from models.enums import CampaignKind, CampaignRole, DecisionOutcome, TrackKind
from reviewer.campaign.carry_over import Carried, carry_into, read_carried
from reviewer.campaign.setup import CampaignSettings, seed_campaign
from reviewer.decisions.outcomes import decision_sheet
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, joined
from reviewer.intake.applicants import resolve_pending_ties
from reviewer.resources import read_json
from reviewer.store import audit
from reviewer.store.result_lock import active_lock
from reviewer.store.storage import CampaignStore, create_campaign_file

# The approval letter's date is the day in China the results were locked (documents/
# source.py `locked_on`), the date it prints by default.
_CHINA = timezone(timedelta(hours=8))
LATER_KINDS = (CampaignKind.ACCEPTANCE, CampaignKind.MIDTERM)
# Settings of the selection that mean nothing to a later review: its gates name the
# selection checklist's checks, and the review's own kind and source are set anew.
_NOT_CARRIED = frozenset({"gates", "kind", "source_uid", "source_title", "source_fingerprint"})


class SelectionIsAKit(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{title} is an expert's scoring kit, not the secretariat's campaign. Make the "
        "acceptance review from the selection campaign itself.",
    )


class NotASelection(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "{title} is itself a review of pilots already approved, not a selection. Make the "
        "acceptance review from the selection campaign that approved the pilots.",
    )


class SelectionNotLocked(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The results of {title} are not locked, so no pilot is approved yet. Lock the "
        "results and commit the decisions first.",
    )


class DecisionsNotCommitted(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The decisions of {title} are not committed on its locked results ({count} "
        "{count:decision|decisions} to commit). Commit the decisions first.",
    )


class NoApprovedPilots(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "{title} approved no pilot, so there is no pilot to review."
    )


@dataclass(frozen=True)
class ApprovedPilot:
    """An approved pilot as the selection campaign holds it, read as plain data."""

    applicant: dict[str, Any]
    track: TrackKind
    source_application_id: int
    plan_title: str
    pilot_domains: list[str]
    districts: list[str]
    budget_wan: int | None
    funding: str
    final: Decimal | None
    rank: int | None
    approved_on: date
    approval_date: date


@dataclass(frozen=True)
class Selection:
    """What a later review takes from its selection campaign."""

    uid: str
    title: str
    fingerprint: str
    issuing_authority: str
    call_reference: str
    pilot_period_months: int
    pilots: tuple[ApprovedPilot, ...]
    carried: Carried


def default_rubric(track: TrackKind, kind: CampaignKind) -> dict[str, Any]:
    """Reviewer's default acceptance rubric for `track`: a starting point the secretariat
    completes (its notes say what the call gives and what is Reviewer's proposal); a
    mid-term evaluation uses it under its own title."""
    definition: dict[str, Any] = read_json("rubrics/acceptance_default.json")
    midterm_title = definition.pop("title_midterm")
    if kind is CampaignKind.MIDTERM:
        definition["title"] = midterm_title
    definition["track"] = track.value
    gates = [dict(gate) for gate in definition["gates"]]
    definition["gates"] = [
        {k: v for k, v in gate.items() if k != "only_track"}
        for gate in gates
        if gate.get("only_track", track.value) == track.value
    ]
    return definition


_APPLICANT_FIELDS = ("code", "kind", "name", "region", "contact", "phone")


def _approved(session: Session, title: str, fingerprint: str) -> list[ApprovedPilot]:
    """The applications approved on the lock `fingerprint`, with the ranking's line."""
    lock = active_lock(session)
    assert lock is not None
    letter_date = lock.locked_at.astimezone(_CHINA).date()
    decisions = session.scalars(
        select(Decision).where(
            Decision.outcome == DecisionOutcome.APPROVE, Decision.lock_fingerprint == fingerprint
        )
    ).all()
    pilots = []
    for decision in decisions:
        application = session.get_one(Application, decision.application_id)
        applicant = application.applicant
        pilots.append(
            ApprovedPilot(
                applicant={key: getattr(applicant, key) for key in _APPLICANT_FIELDS},
                track=application.track.kind,
                source_application_id=application.id,
                plan_title=application.title,
                pilot_domains=list(application.pilot_domains),
                districts=list(application.districts),
                budget_wan=application.budget_wan,
                funding=application.funding,
                final=None,
                rank=None,
                approved_on=decision.decided_at.astimezone(_CHINA).date(),
                approval_date=letter_date,
            )
        )
    if not pilots:
        raise NoApprovedPilots(title=title)
    return pilots


def read_selection(store: CampaignStore) -> Selection:
    """The selection campaign `store` as a later review takes it: refused unless it is
    a selection (not a kit, not itself a later review) whose results are locked and
    whose decisions are all committed on that lock, approving at least one pilot."""
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        title = campaign.title
        if campaign.role is CampaignRole.KIT:
            raise SelectionIsAKit(title=title)
        if campaign.kind is not CampaignKind.SELECTION:
            raise NotASelection(title=title)
        lock = active_lock(session)
        if lock is None:
            raise SelectionNotLocked(title=title)
        fingerprint = lock.fingerprint
        facts = (campaign.uid, campaign.issuing_authority, campaign.call_reference)
        months = campaign.pilot_period_months
    sheet = decision_sheet(store)
    to_commit = sheet.to_commit()
    if to_commit:
        raise DecisionsNotCommitted(title=title, count=len(to_commit))
    lines = {line.line.application_id: line.line for line in sheet.lines()}
    with store.reading() as session:
        pilots = _approved(session, title, fingerprint)
    ranked = [
        dataclasses.replace(p, final=line.final, rank=line.rank)
        if (line := lines.get(p.source_application_id))
        else p
        for p in pilots
    ]
    ranked.sort(key=lambda p: (list(TrackKind).index(p.track), p.rank or 0))
    return Selection(
        uid=facts[0],
        title=title,
        fingerprint=fingerprint,
        issuing_authority=facts[1],
        call_reference=facts[2],
        pilot_period_months=months,
        pilots=tuple(ranked),
        carried=read_carried(store),
    )


def _months_later(day: date, months: int) -> date:
    """The day `months` after `day` (the last day of a shorter month)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _add_pilots(session: Session, selection: Selection) -> None:
    tracks = {track.kind: track for track in session.scalars(select(Track))}
    months = selection.pilot_period_months
    for approved in selection.pilots:
        applicant = Applicant(**approved.applicant)
        session.add(applicant)
        session.flush()
        resolve_pending_ties(session, applicant)
        session.add(
            Pilot(
                applicant_id=applicant.id,
                track_id=tracks[approved.track].id,
                source_application_id=approved.source_application_id,
                plan_title=approved.plan_title,
                pilot_domains=approved.pilot_domains,
                districts=approved.districts,
                budget_wan=approved.budget_wan,
                funding=approved.funding,
                selection_final=approved.final,
                selection_rank=approved.rank,
                approved_on=approved.approved_on,
                approval_number="",
                approval_date=approved.approval_date,
                period_months=months,
                period_start=approved.approval_date,
                period_end=_months_later(approved.approval_date, months),
            )
        )


def kind_of(store: CampaignStore) -> CampaignKind:
    """Which review the campaign `store` is (the form template the secretariat hands out
    depends on it)."""
    with store.reading() as session:
        return session.scalars(select(Campaign.kind)).one()


@dataclass(frozen=True)
class PilotFacts:
    """A carried pilot as a later review's outcomes and documents read it (验收意见,
    验收结果通知, 整改通知): who, which track, the approved plan, the approval letter
    (批复) and the pilot period. `application_id` is its application in this campaign,
    None until its package is taken in."""

    pilot_id: int
    applicant: str
    track: TrackKind
    application_id: int | None
    plan_title: str
    pilot_domains: tuple[str, ...]
    districts: tuple[str, ...]
    budget_wan: int | None
    selection_final: Decimal | None
    selection_rank: int | None
    approved_on: date
    approval_number: str  # "" until the secretariat records it
    approval_date: date
    period_months: int
    period_start: date
    period_end: date


def pilots_in(store: CampaignStore) -> list[PilotFacts]:
    """The pilots a later review carries, track by track in the selection's rank order."""
    with store.reading() as session:
        rows = session.execute(
            select(Pilot, Applicant.name, Track.kind)
            .join(Applicant, Applicant.id == Pilot.applicant_id)
            .join(Track, Track.id == Pilot.track_id)
            .order_by(Track.id, Pilot.selection_rank, Pilot.id)
        ).all()
        applications: dict[int, int] = {
            applicant_id: application_id
            for applicant_id, application_id in session.execute(
                select(Application.applicant_id, Application.id)
            )
        }
        return [
            PilotFacts(
                pilot_id=pilot.id,
                applicant=name,
                track=kind,
                application_id=applications.get(pilot.applicant_id),
                plan_title=pilot.plan_title,
                pilot_domains=tuple(pilot.pilot_domains),
                districts=tuple(pilot.districts),
                budget_wan=pilot.budget_wan,
                selection_final=pilot.selection_final,
                selection_rank=pilot.selection_rank,
                approved_on=pilot.approved_on,
                approval_number=pilot.approval_number,
                approval_date=pilot.approval_date,
                period_months=pilot.period_months,
                period_start=pilot.period_start,
                period_end=pilot.period_end,
            )
            for pilot, name, kind in rows
        ]


class ApprovalNumberInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The approval letter's number “{number}” cannot be recorded: give it as the "
        "registry wrote it, such as 陕工信发〔2014〕101号, in at most {limit} characters.",
    )


class NotAPilot(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "“{applicant}” is not one of this review's pilots. The pilots: {pilots}."
    )


APPROVAL_NUMBER_LIMIT = 60  # pilot.approval_number's column


def pilot_named(store: CampaignStore, applicant: str) -> PilotFacts:
    """The carried pilot of that applicant's name; raises NotAPilot naming the pilots."""
    pilots = pilots_in(store)
    for pilot in pilots:
        if pilot.applicant == applicant.strip():
            return pilot
    raise NotAPilot(applicant=applicant, pilots=joined([p.applicant for p in pilots]))


def record_approval_letter(
    store: CampaignStore, pilot_id: int, number: str, issued_on: date | None = None
) -> PilotFacts:
    """Record the approval letter's number (the selection printed it with the serial
    blank for the registry) and, if given, its date as issued; the pilot period then
    runs from that date (批复: "自本批复印发之日起计算"). One unit of work, audited.
    A number is one line of printable text that fits its column: it is printed on the
    review's documents (验收意见's 批复文号)."""
    number = number.strip()
    if not number or len(number) > APPROVAL_NUMBER_LIMIT or not number.isprintable():
        raise ApprovalNumberInvalid(number=number, limit=APPROVAL_NUMBER_LIMIT)
    with store.writing() as session:
        pilot = session.get_one(Pilot, pilot_id)
        old = {
            "approval_number": pilot.approval_number,
            "approval_date": pilot.approval_date.isoformat(),
            "period_end": pilot.period_end.isoformat(),
        }
        pilot.approval_number = number
        if issued_on is not None:
            pilot.approval_date = pilot.period_start = issued_on
            pilot.period_end = _months_later(issued_on, pilot.period_months)
        audit.record(
            session,
            "pilot.approval_letter",
            entity="pilot",
            entity_id=pilot.id,
            old=old,
            new={
                "applicant": session.get_one(Applicant, pilot.applicant_id).name,
                "approval_number": pilot.approval_number,
                "approval_date": pilot.approval_date.isoformat(),
                "period_end": pilot.period_end.isoformat(),
            },
        )
    return next(p for p in pilots_in(store) if p.pilot_id == pilot_id)


def later_review_title(store: CampaignStore, kind: CampaignKind) -> str:
    """A title for the later review of the selection `store`: its title with 验收 or
    中期评估 in place of a closing 评审 (2014年陕西省智慧城市试点评审 → …试点验收)."""
    with store.reading() as session:
        title = session.scalars(select(Campaign.title)).one().strip()
    word = "中期评估" if kind is CampaignKind.MIDTERM else "验收"
    return title.removesuffix("评审").removesuffix("遴选") + word


def later_review_summary(store: CampaignStore) -> dict[str, Any]:
    """A later review's reference to its selection and its pilots' names, as the command
    line's JSON gives them (`source`: `uid`, `title`, `fingerprint`; `pilots`)."""
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        names = session.scalars(
            select(Applicant.name)
            .join(Pilot, Pilot.applicant_id == Applicant.id)
            .order_by(Pilot.id)
        ).all()
        return {
            "source": {
                "uid": campaign.source_uid,
                "title": campaign.source_title,
                "fingerprint": campaign.source_fingerprint,
            },
            "pilots": list(names),
        }


def later_review_settings(
    selection: Selection,
    title: str,
    deadline: date | None,
    authority: str | None = None,
) -> CampaignSettings:
    """The new campaign's settings: the selection's authority (unless given) and its
    series of document numbers, its pilot period."""
    return CampaignSettings(
        title=title,
        issuing_authority=(authority or "").strip() or selection.issuing_authority,
        call_reference=selection.call_reference,
        submission_deadline=deadline,
        pilot_period_months=selection.pilot_period_months,
    )


def new_later_review(
    path: Path | str,
    selection_store: CampaignStore,
    kind: CampaignKind,
    title: str,
    deadline: date | None,
    *,
    authority: str | None = None,
    overwrite: bool = False,
) -> CampaignStore:
    """Create at `path`, in one transaction and never over an existing file (unless
    `overwrite`: then replaced only once the new one is whole), the acceptance or
    mid-term campaign (`kind`) of the pilots `selection_store` approved. Returns it open."""
    assert kind in LATER_KINDS, kind
    selection = read_selection(selection_store)
    settings = later_review_settings(selection, title, deadline, authority)
    carried = dataclasses.replace(
        selection.carried,
        settings={k: v for k, v in selection.carried.settings.items() if k not in _NOT_CARRIED},
        rubrics={track: default_rubric(track, kind) for track in TrackKind},
        track_rules={},
    )

    def fill(session: Session) -> None:
        campaign = seed_campaign(session, settings, carried.rubrics)
        session.flush()
        carry_into(session, carried)
        campaign.kind = kind
        campaign.source_uid = selection.uid
        campaign.source_title = selection.title
        campaign.source_fingerprint = selection.fingerprint
        _add_pilots(session, selection)
        audit.record(
            session,
            "campaign.later_review",
            entity="campaign",
            new={
                "kind": kind.value,
                "source_uid": selection.uid,
                "source_title": selection.title,
                "source_fingerprint": selection.fingerprint,
                "pilots": [p.applicant["name"] for p in selection.pilots],
            },
        )

    return create_campaign_file(path, fill, overwrite=overwrite)
