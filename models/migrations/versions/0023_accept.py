"""The pilots an acceptance or mid-term campaign reviews (pilot), carried from the
selection campaign that approved them: applicant, track, the approved plan, the approval
letter's number and date, the pilot period.

Revision ID: 0023
Revises: 0022
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pilot",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "applicant_id", sa.Integer(), sa.ForeignKey("applicant.id"), nullable=False, unique=True
        ),
        sa.Column("track_id", sa.Integer(), sa.ForeignKey("track.id"), nullable=False),
        sa.Column("source_application_id", sa.Integer(), nullable=False),
        sa.Column("plan_title", sa.String(200), nullable=False),
        sa.Column("pilot_domains", sa.JSON(), nullable=False),
        sa.Column("districts", sa.JSON(), nullable=False),
        sa.Column("budget_wan", sa.Integer(), nullable=True),
        sa.Column("funding", sa.Text(), nullable=False),
        sa.Column("selection_final", sa.Integer(), nullable=True),
        sa.Column("selection_rank", sa.Integer(), nullable=True),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("approval_number", sa.String(60), nullable=False),
        sa.Column("approval_date", sa.Date(), nullable=False),
        sa.Column("period_months", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("pilot")
