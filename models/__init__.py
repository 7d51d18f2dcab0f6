"""The campaign file's schema: SQLAlchemy ORM classes and the migrations that build them.

Nothing but tables lives here; the rules of a review are in `reviewer/`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.applications import Applicant, Application, Blob, BlobChunk, Material, Track
    from models.audit import AuditEvent
    from models.base import Base, Points
    from models.campaign import Campaign
    from models.notice import Objection, ObjectionOutcome, PublicNotice
    from models.outputs import FeedbackLetter, OutputRecord
    from models.panel import (
        Assignment,
        CommitmentSignature,
        ConflictDeclaration,
        Expert,
        ExpertTie,
        Kit,
        PendingTie,
    )
    from models.pilots import Pilot
    from models.reconciliation import (
        DeviationExplanation,
        DiscussionNote,
        ResultLock,
        ReviewReportSignature,
    )
    from models.rubrics import Band, Condition, Criterion, GateCheck, Rubric
    from models.scoring import (
        Aggregate,
        Decision,
        RescoreRequest,
        Score,
        ScoringRound,
        StagedDecision,
    )


def _map_every_class() -> None:
    """Import every table's module: a class is asked for, and SQLAlchemy maps the
    classes together (their relationships name each other), so all come at once.
    Statements, not names in strings: the packaged app's build finds modules by them."""
    import models.applications
    import models.audit
    import models.base
    import models.campaign
    import models.notice
    import models.outputs
    import models.panel
    import models.pilots
    import models.reconciliation
    import models.rubrics
    import models.scoring

    modules = (
        models.applications,
        models.audit,
        models.base,
        models.campaign,
        models.notice,
        models.outputs,
        models.panel,
        models.pilots,
        models.reconciliation,
        models.rubrics,
        models.scoring,
    )
    for module in modules:
        globals().update({name: vars(module)[name] for name in __all__ if name in vars(module)})


def __getattr__(name: str) -> Any:
    """The mapped classes, imported at the first asked for rather than with the package:
    `models.enums` and `models.tables` serve the app's first screen without them
    (models/tables.py says why)."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    _map_every_class()
    return globals()[name]


__all__ = [
    "Aggregate",
    "Applicant",
    "Application",
    "Assignment",
    "AuditEvent",
    "Band",
    "Base",
    "Blob",
    "BlobChunk",
    "Campaign",
    "CommitmentSignature",
    "Condition",
    "ConflictDeclaration",
    "Criterion",
    "Decision",
    "DeviationExplanation",
    "DiscussionNote",
    "Expert",
    "ExpertTie",
    "FeedbackLetter",
    "GateCheck",
    "Kit",
    "Material",
    "Objection",
    "ObjectionOutcome",
    "OutputRecord",
    "PendingTie",
    "Pilot",
    "Points",
    "PublicNotice",
    "RescoreRequest",
    "ResultLock",
    "ReviewReportSignature",
    "Rubric",
    "Score",
    "ScoringRound",
    "StagedDecision",
    "Track",
]
