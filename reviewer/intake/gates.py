"""The campaign's gates: which checks of the call make a package ineligible
(不符合资格条件) and which only incomplete (材料不全).

The call's reading is the default (`checklist.DEFAULT_GATES`: who may apply, the two
districts of 二(二), open data of 二(一)/二(二), secure and controllable technology of
一(一)). A department may read its own call otherwise; changing the setting judges every
package again from its stored checklist, in one unit of work with the audit of it, and
leaves alone a status the secretariat set by hand with a reason.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import Application, Campaign
from models.enums import ApplicationStatus
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.intake import checklist
from reviewer.labels import CHECK_NAMES
from reviewer.store import audit
from reviewer.store.result_lock import ensure_unlocked
from reviewer.store.storage import CampaignStore


def gates_of(campaign: Campaign) -> frozenset[str]:
    """The checks that are gates in `campaign`: its setting, else the call's reading."""
    if campaign.gates is None:
        return checklist.default_gates(campaign.kind)
    gateable = checklist.gateable(campaign.kind)
    return frozenset(code for code in campaign.gates if code in gateable)


@dataclass(frozen=True)
class GateSetting:
    """One check a campaign may make a gate, as the settings show it."""

    code: str
    name: str  # in the user's language
    clause: str  # the call's clause it reads, in the user's language
    gate: bool
    default: bool  # a gate in the call's reading


def gate_settings(store: CampaignStore) -> list[GateSetting]:
    """Each check that may be a gate, in the checklist's order, with the campaign's choice."""
    with store.reading() as session:
        campaign = session.scalars(select(Campaign)).one()
        gates, kind = gates_of(campaign), campaign.kind
    return [
        GateSetting(
            code,
            translate("Checks", CHECK_NAMES[code]),
            checklist.clause(code),
            code in gates,
            code in checklist.default_gates(kind),
        )
        for code in checklist.gateable(kind)
    ]


class UnknownCheck(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Intake", "“{check}” is not a check that can be a gate. The checks are: {checks}."
    )


@dataclass(frozen=True)
class StatusChange:
    application_id: int
    applicant: str
    old: ApplicationStatus
    new: ApplicationStatus


def set_gates(store: CampaignStore, gates: Iterable[str]) -> list[StatusChange]:
    """Make `gates` the campaign's gates and judge every package again by them; the
    statuses that changed. A status set by hand with a reason stays as it was set.
    Refused while the results are locked: a package judged anew would change what was
    locked."""
    chosen = set(gates)
    with store.writing() as session:
        ensure_unlocked(session)
        campaign = session.scalars(select(Campaign)).one()
        gateable = checklist.gateable(campaign.kind)
        for code in sorted(chosen - set(gateable)):
            raise UnknownCheck(check=code, checks=", ".join(gateable))
        ordered = [code for code in gateable if code in chosen]
        old = [code for code in gateable if code in gates_of(campaign)]
        campaign.gates = ordered
        changes = _judge_again(session, ordered)
        audit.record(
            session,
            "campaign.gates",
            entity="campaign",
            entity_id=campaign.id,
            old={"gates": old},
            new={
                "gates": ordered,
                "statuses": [
                    {"application": c.application_id, "old": c.old.value, "new": c.new.value}
                    for c in changes
                ],
            },
        )
    return changes


def _judge_again(session: Session, gates: Collection[str]) -> list[StatusChange]:
    """Each package's checklist marked and its status given again under `gates`, within
    the caller's unit of work; a hand-set status (with its reason) is kept."""
    changes = []
    applications = session.scalars(
        select(Application).options(selectinload(Application.applicant)).order_by(Application.id)
    )
    for application in applications:
        if not application.checklist:
            continue  # registered, no package yet: nothing to judge
        items = checklist.judged(application.checklist, gates)
        application.checklist = items
        if application.status_override_reason:
            continue  # the secretariat's own status and reasons stand
        status = checklist.status_of(items, gates)
        application.status_reasons = checklist.reasons(items)
        if status is not application.status:
            changes.append(
                StatusChange(application.id, application.applicant.name, application.status, status)
            )
            application.status = status
    return changes
