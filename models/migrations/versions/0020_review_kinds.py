"""Which review a campaign is (selection, acceptance, mid-term), and for a later review
the selection campaign it continues (its uid, title and locked results' fingerprint).
Every campaign made before is a selection.

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(24), nullable=False, server_default="selection")
        )
        batch.add_column(sa.Column("source_uid", sa.String(36), nullable=True))
        batch.add_column(
            sa.Column("source_title", sa.String(200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("source_fingerprint", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        for column in ("source_fingerprint", "source_title", "source_uid", "kind"):
            batch.drop_column(column)
