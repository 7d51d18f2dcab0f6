"""What must be seen to before results are locked, and the panel leader's override.

Locking is where a review's record is closed, so every rule that a record must show was
kept is checked there, in one place: each check returns the obstacles it finds, and
`lock_results` refuses with all of them (`LockRefused`) unless the panel leader allows the
lock anyway with a reason, which the lock and the audit log keep with the obstacles then
open. A new rule (the panel's size and make-up, 87号令 §47) is one more function in
`LOCK_CHECKS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reviewer.errors import ReviewerError
from reviewer.i18n import QT_TRANSLATE_NOOP, translate
from reviewer.panel.rules import panel_rule_breaches
from reviewer.results.deviations import deviations
from reviewer.results.merge import PanelResults
from reviewer.store.storage import CampaignStore


@dataclass(frozen=True)
class LockObstacle:
    """One thing that keeps the results from being locked.

    kind: deviation (a flagged score neither re-checked nor explained, 87号令 §45) or
    panel_rule (a panel too small or even, §47). `message` is in the user's language;
    `details` are the facts behind it, for JSON and for the lock's record."""

    kind: str
    application_id: int
    applicant: str
    message: str
    details: dict[str, object] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {**self.record(), "applicant": self.applicant, "message": self.message}

    def record(self) -> dict[str, object]:
        """What the lock and the audit log keep: the facts, in no one's language."""
        return {"kind": self.kind, "application_id": self.application_id, **self.details}


class LockRefused(ReviewerError):
    """Raised by `lock_results` with every obstacle found; `obstacles` holds them."""

    template = QT_TRANSLATE_NOOP(
        "Errors",
        "The results cannot be locked yet: {count} {count:item needs|items need} seeing to "
        "first.\n{items}\n"
        "Re-check or explain each deviation, complete each panel, or have the panel leader "
        "allow the lock with a reason.",
    )

    def __init__(self, obstacles: list[LockObstacle]) -> None:
        super().__init__(count=len(obstacles), items="\n".join(f"- {o.message}" for o in obstacles))
        self.obstacles = obstacles


class OverrideWithoutLeader(ReviewerError):
    template = QT_TRANSLATE_NOOP(
        "Errors",
        "Only the panel leader may allow a lock over open items, and the panel has no leader. "
        "Mark one expert as the panel leader first.",
    )


LockCheck = Callable[[CampaignStore, PanelResults], list[LockObstacle]]


def open_deviations(store: CampaignStore, results: PanelResults) -> list[LockObstacle]:
    """The flagged scores neither re-checked nor explained (87号令 §45)."""
    return [
        LockObstacle(
            "deviation",
            d.application_id,
            d.applicant,
            translate(
                "Results",
                "{applicant}: {expert} {name}'s {item} of {score} deviates from the panel's "
                "{panel} and is neither re-checked nor explained",
            ).format(
                applicant=d.applicant,
                expert=d.expert_code,
                name=d.expert_name,
                item=d.item_text(),
                score=f"{d.score:.2f}",
                panel=f"{d.panel:.2f}",
            ),
            {
                "expert": d.expert_code,
                "item": d.item or "total",
                "score": f"{d.score:.2f}",
                "panel": f"{d.panel:.2f}",
            },
        )
        for d in deviations(store, results)
        if d.open
    ]


def panel_rule_breaches_open(store: CampaignStore, results: PanelResults) -> list[LockObstacle]:
    """The applications whose panel is too small or even (87号令 §47), as assigning
    reports them: assigned, less the recused and the experts known not to return."""
    return [
        LockObstacle(
            "panel_rule",
            breach.panel.application_id,
            breach.panel.applicant,
            breach.message(),
            {"size": breach.size, "breaks": list(breach.kinds)},
        )
        for breach in panel_rule_breaches(store)
    ]


LOCK_CHECKS: list[LockCheck] = [open_deviations, panel_rule_breaches_open]


def lock_obstacles(store: CampaignStore, results: PanelResults) -> list[LockObstacle]:
    """Everything every check finds, in the checks' order."""
    return [obstacle for check in LOCK_CHECKS for obstacle in check(store, results)]
