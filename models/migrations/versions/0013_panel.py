"""The panel rule and reserve experts (87号令 §47).

A campaign states the smallest panel an application may have (5 by default) and whether
the panel must be odd (yes by default); an expert may be a reserve (备选专家), called onto
a panel only when a recusal or a missing return leaves it short. Earlier campaigns get
the defaults and no reserves, so nothing they hold changes.

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("campaign") as batch:
        batch.add_column(
            sa.Column("panel_minimum", sa.Integer(), nullable=False, server_default="5")
        )
        batch.add_column(sa.Column("panel_odd", sa.Boolean(), nullable=False, server_default="1"))
    with op.batch_alter_table("expert") as batch:
        batch.add_column(sa.Column("is_reserve", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("expert") as batch:
        batch.drop_column("is_reserve")
    with op.batch_alter_table("campaign") as batch:
        batch.drop_column("panel_odd")
        batch.drop_column("panel_minimum")
