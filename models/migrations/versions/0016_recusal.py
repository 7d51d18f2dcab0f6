"""Recusal and commitment in writing (政府采购法实施条例 §9): the campaign's 评审承诺 text,
what each kit carried (the commitment, the expert's recusals) and when it was accepted,
and commitments signed on paper.

Revision ID: 0016
Revises: 0015
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(sa.Column("commitment_text", sa.Text(), nullable=False, server_default=""))
    with op.batch_alter_table("kit") as batch:
        batch.add_column(sa.Column("commitment", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("recusals", sa.Text(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("commitment_accepted_at", sa.DateTime(), nullable=True))
    op.create_table(
        "commitment_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=False),
        sa.Column("entered_by", sa.String(length=100), nullable=False),
        sa.Column("entered_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["expert_id"], ["expert.id"]),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("commitment_signature")
    with op.batch_alter_table("kit") as batch:
        batch.drop_column("commitment_accepted_at")
        batch.drop_column("recusals")
        batch.drop_column("commitment")
    with op.batch_alter_table("campaign") as batch:
        batch.drop_column("commitment_text")
