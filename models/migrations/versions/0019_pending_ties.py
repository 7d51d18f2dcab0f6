"""Ties the expert list names to applicants not registered yet (pending_tie), kept by
the applicant's name until an applicant of that name is registered.

Revision ID: 0019
Revises: 0018
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pending_tie",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "expert_id",
            sa.Integer(),
            sa.ForeignKey("expert.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("applicant_name", sa.String(200), nullable=False),
        sa.Column("relation", sa.String(24), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("source", sa.String(255), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("pending_tie")
