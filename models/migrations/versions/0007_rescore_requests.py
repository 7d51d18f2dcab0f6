"""Re-score rounds: which experts score which applications again in rounds 2 on.

Revision ID: 0007
Revises: 0006
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rescore_request",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("round_id", sa.Integer(), sa.ForeignKey("scoring_round.id"), nullable=False),
        sa.Column("expert_id", sa.Integer(), sa.ForeignKey("expert.id"), nullable=False),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("application.id"), nullable=False),
        sa.UniqueConstraint("round_id", "expert_id", "application_id"),
    )


def downgrade() -> None:
    op.drop_table("rescore_request")
