"""Deviations explained and changes on a stated ground (87号令 §45, §64): the experts'
written explanations of deviating scores; on each result lock the ground of its unlock
and the panel leader's override of open deviations.

Revision ID: 0017
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "deviation_explanation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("application_id", sa.Integer(), sa.ForeignKey("application.id"), nullable=False),
        sa.Column("expert_id", sa.Integer(), sa.ForeignKey("expert.id"), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("entered_by", sa.String(100), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
    )
    with op.batch_alter_table("result_lock") as batch:
        batch.add_column(
            sa.Column("unlock_ground", sa.String(24), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("unlock_ground_text", sa.Text(), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("override_by", sa.String(100), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("override_reason", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column("open_deviations", sa.JSON(), nullable=False, server_default="[]")
        )


def downgrade() -> None:
    with op.batch_alter_table("result_lock") as batch:
        for column in (
            "open_deviations",
            "override_reason",
            "override_by",
            "unlock_ground_text",
            "unlock_ground",
        ):
            batch.drop_column(column)
    op.drop_table("deviation_explanation")
