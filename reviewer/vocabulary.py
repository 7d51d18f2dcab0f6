"""The stored vocabularies, for layers that may not import the ORM package (the UI)."""

from models.enums import (
    AcceptanceOutcome,
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
    "AcceptanceOutcome",
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
