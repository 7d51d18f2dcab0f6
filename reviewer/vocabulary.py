"""The stored vocabularies, for layers that may not import the ORM package (the UI)."""

from models.enums import (
    AggregationMethod,
    ApplicationStatus,
    BandLevel,
    CampaignKind,
    CampaignRole,
    ChangeGround,
    ConflictSource,
    DecisionOutcome,
    MaterialKind,
    TieRelation,
    TrackKind,
)

__all__ = [
    "AggregationMethod",
    "ApplicationStatus",
    "BandLevel",
    "CampaignKind",
    "CampaignRole",
    "ChangeGround",
    "ConflictSource",
    "DecisionOutcome",
    "MaterialKind",
    "TieRelation",
    "TrackKind",
]
