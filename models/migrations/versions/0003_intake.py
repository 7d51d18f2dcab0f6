"""Intake: form answers, checklist, receipt and package fingerprint; material history.

Revision ID: 0003
Revises: 0002
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("application") as batch:
        batch.add_column(sa.Column("form_answers", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("checklist", sa.JSON(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("received_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("package_source", sa.Text(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column(
                "package_fingerprint", sa.String(length=64), nullable=False, server_default=""
            )
        )
    with op.batch_alter_table("material") as batch:
        batch.add_column(sa.Column("superseded_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("material") as batch:
        batch.drop_column("superseded_at")
    with op.batch_alter_table("application") as batch:
        for column in (
            "package_fingerprint",
            "package_source",
            "received_at",
            "checklist",
            "form_answers",
        ):
            batch.drop_column(column)
