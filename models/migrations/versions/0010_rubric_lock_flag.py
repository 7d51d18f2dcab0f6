"""A rubric version's lock is a flag set with its first score, not an index lookup.

`rubric.locked` is now set in the unit of work that writes a score on the rubric, so the
index on score.criterion_id, which answered "does any score use this rubric?" and cost
a third of the time of taking in a panel's score files, is dropped. Every rubric that
already has scores is locked here first, while the index still answers quickly.

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

rubric = sa.table("rubric", sa.column("id", sa.Integer()), sa.column("locked", sa.Boolean()))
condition = sa.table(
    "condition", sa.column("id", sa.Integer()), sa.column("rubric_id", sa.Integer())
)
criterion = sa.table(
    "criterion", sa.column("id", sa.Integer()), sa.column("condition_id", sa.Integer())
)
score = sa.table("score", sa.column("criterion_id", sa.Integer()))


def upgrade() -> None:
    scored = (
        sa.select(condition.c.rubric_id)
        .join(criterion, criterion.c.condition_id == condition.c.id)
        .where(criterion.c.id.in_(sa.select(score.c.criterion_id).distinct()))
    )
    op.execute(sa.update(rubric).where(rubric.c.id.in_(scored)).values(locked=True))
    op.drop_index("ix_score_criterion_id", table_name="score")


def downgrade() -> None:
    op.create_index("ix_score_criterion_id", "score", ["criterion_id"])
