"""A campaign made before scoring rounds existed (schema 0001) gets its round 1.

0002 created the scoring_round table but left it empty, and everything that counts
progress asks for the current round, so such a campaign could not be opened.

Revision ID: 0009
Revises: 0008
"""

from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    bind = op.get_bind()
    rounds = bind.scalar(sa.text("SELECT count(*) FROM scoring_round"))
    campaigns = bind.scalar(sa.text("SELECT count(*) FROM campaign"))
    if rounds == 0 and campaigns:
        scoring_round = sa.table(
            "scoring_round",
            sa.column("number", sa.Integer()),
            sa.column("purpose", sa.Text()),
            sa.column("opened_at", sa.DateTime()),
        )
        opened = datetime.now(UTC).replace(tzinfo=None)  # stored as UTC, like UTCDateTime
        op.bulk_insert(scoring_round, [{"number": 1, "purpose": "initial", "opened_at": opened}])


def downgrade() -> None:
    """Round 1 stays: by then it may hold scores."""
