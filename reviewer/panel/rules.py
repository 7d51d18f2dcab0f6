"""The panel rule: how many experts must stand behind each application's score.

87号令 §47 (政府采购货物和服务招标投标管理办法) asks a review panel (评标委员会/评审小组) of
at least five members and an odd number of them; a campaign states its own minimum and
whether the panel must be odd (`Campaign.panel_minimum`, `Campaign.panel_odd`), five and
yes by default. What counts is the panel that actually judges an application: the experts
assigned to it, less those recused (a conflict declaration, 政府采购法实施条例 §9) and,
once an expert's return is in, less those who left it unscored. Where that panel breaks
the rule, a reserve expert (备选专家) with no conflict with the applicant is proposed.

`panel_rule_breaches` is what locking lists as still breaking the rule.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import (
    Applicant,
    Application,
    Assignment,
    AuditEvent,
    Campaign,
    ConflictDeclaration,
    Expert,
    ExpertTie,
)
from models.enums import ApplicationStatus
from reviewer.campaign.rounds import assignment_states, current_round
from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, counted, translate
from reviewer.store import audit
from reviewer.store.result_lock import ensure_unlocked
from reviewer.store.storage import CampaignStore

TOO_SMALL, EVEN = "too_small", "even"


class PanelRuleInvalid(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors", "The smallest panel must be between 1 and {most} experts, not {minimum}."
    )


class NotAddedToPanel(ReviewerError):
    template = QT_TRANSLATE_NOOP("Errors", "{expert} cannot join the panel of {applicant}: {why}")


class UnknownPanelApplication(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "No complete application is known as “{application}”: give its number or its "
        "applicant's name.",
    )


MOST = 99


@dataclass(frozen=True)
class PanelRules:
    """The campaign's panel rule (87号令 §47: at least 5, an odd number)."""

    minimum: int = 5
    odd: bool = True

    def breaks(self, size: int) -> tuple[str, ...]:
        """What a panel of `size` breaks: too small, even, both or nothing."""
        kinds = [TOO_SMALL] if size < self.minimum else []
        if self.odd and size % 2 == 0:
            kinds.append(EVEN)
        return tuple(kinds)

    def short_by(self, size: int) -> int:
        """How many experts a panel of `size` needs to meet the rule."""
        wanted = max(size, self.minimum)
        if self.odd and wanted % 2 == 0:
            wanted += 1
        return wanted - size

    def as_json(self) -> dict[str, object]:
        return {"minimum": self.minimum, "odd": self.odd}


@dataclass(frozen=True)
class Member:
    code: str
    name: str
    is_reserve: bool

    def shown(self) -> str:
        return f"{self.name}（{self.code}）"


@dataclass(frozen=True)
class EffectivePanel:
    """Who judges one application: assigned, less recused, less not returned."""

    application_id: int
    applicant: str
    assigned: tuple[Member, ...]
    recused: tuple[Member, ...]
    not_returned: tuple[Member, ...]

    @property
    def members(self) -> tuple[Member, ...]:
        out = {m.code for m in self.recused + self.not_returned}
        return tuple(m for m in self.assigned if m.code not in out)


@dataclass(frozen=True)
class PanelBreach:
    """An application whose panel breaks the rule, with the reserves proposed."""

    panel: EffectivePanel
    rules: PanelRules
    kinds: tuple[str, ...]
    proposed: tuple[Member, ...]
    why_none: str  # translated; why fewer reserves than needed could be proposed

    @property
    def size(self) -> int:
        return len(self.panel.members)

    def message(self) -> str:
        """The breach said in the user's language, as locking and assigning list it."""
        problems = {
            TOO_SMALL: translate("PanelRules", "fewer than {minimum}"),
            EVEN: translate("PanelRules", "an even number"),
        }
        text = counted(
            translate(
                "PanelRules",
                "{applicant}: a panel of {size} {size:expert|experts}, {problems} (87号令 §47).",
            ),
            applicant=self.panel.applicant,
            size=self.size,
            problems=translate("PanelRules", " and ").join(
                problems[k].format(minimum=self.rules.minimum) for k in self.kinds
            ),
        )
        if self.panel.recused:
            text += " " + translate("PanelRules", "Recused: {names}.").format(
                names=_names(self.panel.recused)
            )
        if self.panel.not_returned:
            text += " " + translate("PanelRules", "Not returned: {names}.").format(
                names=_names(self.panel.not_returned)
            )
        if self.proposed:
            text += " " + translate("PanelRules", "Proposed reserve: {names}.").format(
                names=_names(self.proposed)
            )
        if self.why_none:
            text += " " + self.why_none
        return text

    def as_json(self) -> dict[str, object]:
        return {
            "application_id": self.panel.application_id,
            "applicant": self.panel.applicant,
            "size": self.size,
            "breaks": list(self.kinds),
            "members": [m.code for m in self.panel.members],
            "recused": [m.code for m in self.panel.recused],
            "not_returned": [m.code for m in self.panel.not_returned],
            "proposed_reserves": [m.code for m in self.proposed],
            "why_no_reserve": self.why_none,
            "message": self.message(),
        }


def _names(members: tuple[Member, ...]) -> str:
    return "、".join(m.shown() for m in members)


def rules_in(session: Session) -> PanelRules:
    campaign = session.scalars(select(Campaign)).one()
    return PanelRules(campaign.panel_minimum, campaign.panel_odd)


def panel_rules(store: CampaignStore) -> PanelRules:
    with store.reading() as session:
        return rules_in(session)


def set_panel_rules(
    store: CampaignStore, minimum: int | None = None, odd: bool | None = None
) -> PanelRules:
    """Change the campaign's panel rule, in one unit of work recorded in the audit log;
    what is not given stays as it is."""
    if minimum is not None and not 1 <= minimum <= MOST:
        raise PanelRuleInvalid(minimum=minimum, most=MOST)
    with store.writing() as session:
        campaign = session.scalars(select(Campaign)).one()
        old = PanelRules(campaign.panel_minimum, campaign.panel_odd)
        if minimum is not None:
            campaign.panel_minimum = minimum
        if odd is not None:
            campaign.panel_odd = odd
        new = PanelRules(campaign.panel_minimum, campaign.panel_odd)
        if new != old:
            audit.record(
                session, "panel.rules", entity="campaign", old=old.as_json(), new=new.as_json()
            )
        return new


def _returned_experts(session: Session, round_number: int) -> set[str]:
    """The codes of the experts whose score file or sheet for the round has been taken in."""
    return {
        event.entity_id
        for event in session.scalars(select(AuditEvent).where(AuditEvent.action == "scores.import"))
        if isinstance(event.new, dict) and event.new.get("round") == round_number
    }


def panels_in(session: Session, *, returns_closed: bool = False) -> list[EffectivePanel]:
    """The effective panel of every complete application.

    An assigned expert counts as not returned for an application they have not fully
    scored in the current round once their return is in (a score file or sheet taken
    in), or, with `returns_closed`, whether or not anything came back.
    """
    experts = {
        e.id: Member(e.code, e.name, e.is_reserve)
        for e in session.scalars(select(Expert).order_by(Expert.code))
    }
    round_ = current_round(session)
    returned = _returned_experts(session, round_.number)
    unfinished = {
        (s.expert_id, s.application_id) for s in assignment_states(session, round_.id) if not s.done
    }
    assigned: dict[int, list[int]] = {}
    for expert_id, application_id in session.execute(
        select(Assignment.expert_id, Assignment.application_id)
    ):
        assigned.setdefault(application_id, []).append(expert_id)
    recused: dict[int, list[int]] = {}
    for expert_id, application_id in session.execute(
        select(ConflictDeclaration.expert_id, ConflictDeclaration.application_id)
    ):
        recused.setdefault(application_id, []).append(expert_id)

    def members(ids: list[int]) -> tuple[Member, ...]:
        return tuple(sorted((experts[i] for i in ids), key=lambda m: m.code))

    panels = []
    for application_id, applicant in session.execute(
        select(Application.id, Applicant.name)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(Application.status == ApplicationStatus.COMPLETE)
        .order_by(Application.id)
    ):
        ids = assigned.get(application_id, [])
        missing = [
            i
            for i in ids
            if (i, application_id) in unfinished and (returns_closed or experts[i].code in returned)
        ]
        panels.append(
            EffectivePanel(
                application_id,
                applicant,
                members(ids),
                members(recused.get(application_id, [])),
                members(missing),
            )
        )
    return panels


def _conflicted(session: Session) -> set[tuple[int, int]]:
    """(expert id, application id) of every recusal and every tie to the applicant."""
    pairs = set(
        session.execute(select(ConflictDeclaration.expert_id, ConflictDeclaration.application_id))
    )
    pairs |= set(
        session.execute(
            select(ExpertTie.expert_id, Application.id).join(
                Application, Application.applicant_id == ExpertTie.applicant_id
            )
        )
    )
    return {(int(e), int(a)) for e, a in pairs}


def breaches_in(session: Session, *, returns_closed: bool = False) -> list[PanelBreach]:
    """Every application whose effective panel breaks the rule, each with the reserves
    that would mend it: no conflict with the applicant, not on its panel already, the
    least called on first."""
    rules = rules_in(session)
    reserves = list(
        session.scalars(select(Expert).where(Expert.is_reserve.is_(True)).order_by(Expert.code))
    )
    conflicted = _conflicted(session)
    assigned = set(session.execute(select(Assignment.expert_id, Assignment.application_id)))
    load = Counter(expert_id for expert_id, _application in assigned)
    breaches = []
    for panel in panels_in(session, returns_closed=returns_closed):
        kinds = rules.breaks(len(panel.members))
        if not kinds:
            continue
        free = [
            r
            for r in reserves
            if (r.id, panel.application_id) not in conflicted
            and (r.id, panel.application_id) not in assigned
        ]
        free.sort(key=lambda r: load[r.id])  # stable: code order between equal loads
        needed = rules.short_by(len(panel.members))
        chosen = tuple(Member(r.code, r.name, True) for r in free[:needed])
        why = ""
        if len(chosen) < needed:
            why = _why_no_reserve(reserves, panel.applicant, needed - len(chosen))
        breaches.append(PanelBreach(panel, rules, kinds, chosen, why))
    return breaches


def _why_no_reserve(reserves: list[Expert], applicant: str, lacking: int) -> str:
    if not reserves:
        return translate(
            "PanelRules",
            "No reserve can be proposed: the expert list has no reserve expert. Mark one "
            "as a reserve or add one.",
        )
    return counted(
        translate(
            "PanelRules",
            "{n} more {n:reserve|reserves} needed: every other reserve expert has a conflict "
            "with {applicant} or is on its panel already.",
        ),
        n=lacking,
        applicant=applicant,
    )


def panel_rule_breaches(store: CampaignStore, *, returns_closed: bool = False) -> list[PanelBreach]:
    """What still breaks the panel rule (87号令 §47), one breach per application, each
    with its `message()`: what locking lists and asks a reason for."""
    with store.reading() as session:
        return breaches_in(session, returns_closed=returns_closed)


def _application_named(session: Session, key: str) -> tuple[int, int, str]:
    """A complete application by its number or its applicant's name: (id, applicant id,
    applicant's name)."""
    query = (
        select(Application.id, Applicant.id, Applicant.name)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(Application.status == ApplicationStatus.COMPLETE)
    )
    key = key.strip()
    rows = session.execute(
        query.where(Application.id == int(key))
        if key.isdigit()
        else query.where(Applicant.name == key)
    ).all()
    if len(rows) != 1:
        raise UnknownPanelApplication(application=key)
    application_id, applicant_id, name = rows[0]
    return application_id, applicant_id, name


def add_to_panel(store: CampaignStore, expert_code: str, application: str) -> EffectivePanel:
    """Put an expert (usually the reserve proposed) on one application's panel, in one
    unit of work recorded in the audit log. Refused across a conflict of interest, for
    an expert already on it, and while the results are locked. Returns the new panel."""
    with store.writing() as session:
        ensure_unlocked(session)
        application_id, _applicant_id, applicant = _application_named(session, application)
        expert = session.scalars(select(Expert).where(Expert.code == expert_code.strip())).first()
        if expert is None:
            raise NotAddedToPanel(
                expert=expert_code,
                applicant=applicant,
                why=translate("PanelRules", "no expert has this number."),
            )
        why = ""
        if (expert.id, application_id) in _conflicted(session):
            why = translate("PanelRules", "the expert has a conflict of interest with it.")
        elif session.scalars(
            select(Assignment).where(
                Assignment.expert_id == expert.id, Assignment.application_id == application_id
            )
        ).first():
            why = translate("PanelRules", "the expert is on its panel already.")
        if why:
            raise NotAddedToPanel(
                expert=f"{expert.name}（{expert.code}）", applicant=applicant, why=why
            )
        session.add(Assignment(expert_id=expert.id, application_id=application_id))
        audit.record(
            session,
            "panel.add",
            entity="application",
            entity_id=application_id,
            new={"expert": expert.code, "reserve": expert.is_reserve},
        )
        session.flush()
        return next(p for p in panels_in(session) if p.application_id == application_id)
