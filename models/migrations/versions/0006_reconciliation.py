"""Discussion notes and dissents per application, locks on the merged results, and an
index on score.criterion_id (whether a rubric has scores is asked often).

Revision ID: 0006
Revises: 0005
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "discussion_note",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("application.id"), nullable=False),
        sa.Column("expert_id", sa.Integer(), sa.ForeignKey("expert.id"), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(100), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "result_lock",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("locked_at", sa.DateTime(), nullable=False),
        sa.Column("locked_by", sa.String(100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("results", sa.JSON(), nullable=False),
        sa.Column("unlocked_at", sa.DateTime(), nullable=True),
        sa.Column("unlocked_by", sa.String(100), nullable=False),
        sa.Column("unlock_reason", sa.Text(), nullable=False),
    )

    op.create_index("ix_score_criterion_id", "score", ["criterion_id"])


def downgrade() -> None:
    op.drop_index("ix_score_criterion_id", table_name="score")
    op.drop_table("result_lock")
    op.drop_table("discussion_note")
