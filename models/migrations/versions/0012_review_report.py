"""The panel's answers to the review report (评审报告): signed, signed with a dissent, or
neither, per member and per lock of the results (政府采购法实施条例 §41).

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_report_signature",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lock_fingerprint", sa.String(length=64), nullable=False),
        sa.Column("expert_id", sa.Integer(), nullable=False),
        sa.Column("answer", sa.String(length=24), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.String(length=100), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["expert.id"],
            name=op.f("fk_review_report_signature_expert_id_expert"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_report_signature")),
        sa.UniqueConstraint(
            "lock_fingerprint",
            "expert_id",
            name=op.f("uq_review_report_signature_lock_fingerprint_expert_id"),
        ),
    )


def downgrade() -> None:
    op.drop_table("review_report_signature")
