"""Acceptance outcomes: the campaign's outcome bands and star thresholds (NULL: the
default bands, no star grade), and on a scoring round the rectification deadline and the
locked results a re-acceptance round (复验) re-examines. Every older campaign keeps the
defaults and its rounds stay re-score rounds.

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(sa.Column("outcome_bands", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("grade_thresholds", sa.JSON(), nullable=True))
    with op.batch_alter_table("scoring_round") as batch:
        batch.add_column(sa.Column("rectify_by", sa.Date(), nullable=True))
        batch.add_column(sa.Column("rectify_from", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("scoring_round") as batch:
        batch.drop_column("rectify_from")
        batch.drop_column("rectify_by")
    with op.batch_alter_table("campaign") as batch:
        batch.drop_column("grade_thresholds")
        batch.drop_column("outcome_bands")
