"""change counter: one row that every write transaction bumps, polled by open windows

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-01 20:00:00

Several PCs share one database; a window learns that another PC changed data by reading
this row every few seconds (one primary-key read) instead of re-reading its lists.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "change_counter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_counter")),
    )
    op.bulk_insert(table, [{"id": 1, "value": 0}])


def downgrade() -> None:
    op.drop_table("change_counter")
