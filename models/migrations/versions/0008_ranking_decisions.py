"""Ranking rules per track and staged decisions.

Each track gets a minimum final score and a tie-break order beside its quota; a
decision records the locked result set it was made on; decisions are staged in their
own table until the secretariat commits the list.

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("track") as batch:
        batch.add_column(sa.Column("min_final", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("tie_break", sa.JSON(), nullable=True))
    with op.batch_alter_table("decision") as batch:
        batch.add_column(
            sa.Column("lock_fingerprint", sa.String(length=64), nullable=False, server_default="")
        )
    op.create_table(
        "staged_decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("staged_by", sa.String(length=100), nullable=False),
        sa.Column("staged_at", sa.DateTime(), nullable=False),
        sa.Column("lock_fingerprint", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["application.id"],
            name=op.f("fk_staged_decision_application_id_application"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staged_decision")),
        sa.UniqueConstraint("application_id", name=op.f("uq_staged_decision_application_id")),
    )


def downgrade() -> None:
    op.drop_table("staged_decision")
    with op.batch_alter_table("decision") as batch:
        batch.drop_column("lock_fingerprint")
    with op.batch_alter_table("track") as batch:
        batch.drop_column("tie_break")
        batch.drop_column("min_final")
