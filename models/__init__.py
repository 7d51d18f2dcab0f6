"""The campaign file's schema: SQLAlchemy ORM classes and the migrations that build them.

Nothing but tables lives here; the rules of a review are in `reviewer/`.
"""

from models.applications import Applicant, Application, Blob, BlobChunk, Material, Track
from models.audit import AuditEvent
from models.base import Base, Points
from models.campaign import Campaign
from models.notice import Objection, ObjectionOutcome, PublicNotice
from models.outputs import OutputRecord
from models.panel import (
    Assignment,
    CommitmentSignature,
    ConflictDeclaration,
    Expert,
    ExpertTie,
    Kit,
    PendingTie,
)
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
    "GateCheck",
    "Kit",
    "Material",
    "Objection",
    "ObjectionOutcome",
    "OutputRecord",
    "PendingTie",
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
