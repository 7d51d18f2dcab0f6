"""The columns that the counting of a campaign reads (its overview, the scoring rounds,
the panel), as plain SQL expressions over the tables rather than the mapped classes.

Why: importing the mapped classes and configuring their mappers takes a fifth of the
app's start (bench/startup.py); the first screen needs none of it, only these columns.
Each clause names a table and columns of the schema that `models`' classes define, with
the same types, so that values come back as the classes would give them (enums, dates,
booleans); tests/models/test_tables.py holds them to the classes.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Date, Integer, String, column, table

from models.enums import (
    AggregationMethod,
    ApplicationStatus,
    CampaignKind,
    CampaignRole,
    TieRelation,
    TrackKind,
    enum_column,
)

campaign = table(
    "campaign",
    column("id", Integer),
    column("role", enum_column(CampaignRole)),
    column("kind", enum_column(CampaignKind)),
    column("source_uid", String),
    column("title", String),
    column("issuing_authority", String),
    column("call_title", String),
    column("call_reference", String),
    column("submission_deadline", Date),
    column("pilot_period_months", Integer),
    column("aggregation_method", enum_column(AggregationMethod)),
)
track = table(
    "track", column("id", Integer), column("kind", enum_column(TrackKind)), column("name", String)
)
applicant = table("applicant", column("id", Integer), column("name", String))
application = table(
    "application",
    column("id", Integer),
    column("applicant_id", Integer),
    column("track_id", Integer),
    column("status", enum_column(ApplicationStatus)),
)
expert = table(
    "expert",
    column("id", Integer),
    column("code", String),
    column("name", String),
    column("affiliation", String),
    column("title", String),
    column("expertise", String),
    column("is_leader", Boolean),
    column("is_reserve", Boolean),
)
expert_tie = table(
    "expert_tie",
    column("id", Integer),
    column("expert_id", Integer),
    column("applicant_id", Integer),
    column("relation", enum_column(TieRelation)),
)
pending_tie = table(
    "pending_tie",
    column("id", Integer),
    column("expert_id", Integer),
    column("applicant_name", String),
    column("relation", enum_column(TieRelation)),
)
conflict_declaration = table(
    "conflict_declaration", column("id", Integer), column("expert_id", Integer)
)
assignment = table(
    "assignment",
    column("id", Integer),
    column("expert_id", Integer),
    column("application_id", Integer),
)
rubric = table(
    "rubric", column("id", Integer), column("track_id", Integer), column("version", Integer)
)
condition = table("condition", column("id", Integer), column("rubric_id", Integer))
criterion = table("criterion", column("id", Integer), column("condition_id", Integer))
scoring_round = table("scoring_round", column("id", Integer), column("number", Integer))
rescore_request = table(
    "rescore_request",
    column("id", Integer),
    column("round_id", Integer),
    column("expert_id", Integer),
    column("application_id", Integer),
)
pilot = table("pilot", column("id", Integer), column("applicant_id", Integer))
score = table(
    "score",
    column("id", Integer),
    column("expert_id", Integer),
    column("application_id", Integer),
    column("criterion_id", Integer),
    column("round_id", Integer),
)

ALL = (
    campaign,
    track,
    applicant,
    application,
    expert,
    expert_tie,
    pending_tie,
    conflict_declaration,
    assignment,
    rubric,
    condition,
    criterion,
    scoring_round,
    rescore_request,
    pilot,
    score,
)
