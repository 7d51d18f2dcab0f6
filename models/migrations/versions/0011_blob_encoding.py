"""Blobs may be stored deflated: a blob's `encoding` says how its chunks hold it.

Score files are JSON that zlib shrinks twentyfold; a panel's 500 files were 125 MB of a
campaign file (and of each of its backups). Earlier blobs are stored as they are ("").

Revision ID: 0011
Revises: 0010
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("blob") as batch:
        batch.add_column(sa.Column("encoding", sa.String(8), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("blob") as batch:
        batch.drop_column("encoding")
