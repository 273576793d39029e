"""users log in: failed tries, lock, forced password change, team visibility

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-01 20:00:00

Each user gets the count of failed log-ins since the last success and the time a lock
ends, a flag that a reset password must be changed at the next log-in, the time of the
last log-in, and the grant that lets a salesperson see the customers of the people they
manage. The settings "cli_requires_login" and "login_lockout" live in ``settings``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(
            sa.Column("failed_logins", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("team_visible", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        for column in (
            "team_visible",
            "last_login_at",
            "must_change_password",
            "locked_until",
            "failed_logins",
        ):
            batch.drop_column(column)
