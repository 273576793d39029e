"""statement tracking: the issued content, issue date and dispute resolution

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 09:00:00

A statement keeps what it printed (``content``, JSON) so that a reprint is the same
document, the day it was issued, and when and how a dispute in the customer's reply was
settled. Statements recorded before this revision keep no content; their issue date is the
day they were recorded.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("issued_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("content", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("dispute_resolved_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("dispute_resolution", sa.Text(), nullable=True))
    # SQLite keeps timestamps as text: date() reads the day; CAST would keep only the year.
    day = (
        "date(created_at)" if op.get_bind().dialect.name == "sqlite" else "CAST(created_at AS DATE)"
    )
    op.execute(sa.text(f"UPDATE statements SET issued_on = {day}"))


def downgrade() -> None:
    with op.batch_alter_table("statements", schema=None) as batch_op:
        batch_op.drop_column("dispute_resolution")
        batch_op.drop_column("dispute_resolved_on")
        batch_op.drop_column("content")
        batch_op.drop_column("issued_on")
