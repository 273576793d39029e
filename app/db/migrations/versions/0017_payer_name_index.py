"""index on payers' names, for the payment search

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 17:10:00

The payment search matches the payer's name from its start (and the customer's name
anywhere, through the customers it matches), so that the page and the count of a search
read an index instead of every payment (issue 10).
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_payments_payer_name", "payments", ["payer_name"])


def downgrade() -> None:
    op.drop_index("ix_payments_payer_name", "payments")
