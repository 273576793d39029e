"""indexes for the customer 360 view

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 13:30:00.000000

A customer's red-letter credits, void invoices, reversed payments and follow-ups, read by
its 360 view and payment history, without reading all of its invoices or payments (the
largest demo customer has 57,170 invoices).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

RED_LETTER = "original_invoice_id IS NOT NULL"
VOID = "status = 'void'"
REVERSED = "status = 'reversed'"


def _where(condition: str) -> dict[str, sa.TextClause]:
    return {"sqlite_where": sa.text(condition), "postgresql_where": sa.text(condition)}


def upgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.create_index(
            "ix_invoices_red_letter_by_customer",
            ["customer_id", "status", "issue_date", "original_invoice_id", "amount_fen"],
            unique=False,
            **_where(RED_LETTER),
        )
        batch_op.create_index(
            "ix_invoices_void_by_customer", ["customer_id"], unique=False, **_where(VOID)
        )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_payments_reversed_by_customer", ["customer_id"], unique=False, **_where(REVERSED)
        )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_activities_customer_occurred",
            ["customer_id", "occurred_at", "id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index("ix_activities_customer_occurred")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_reversed_by_customer", **_where(REVERSED))
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_void_by_customer", **_where(VOID))
        batch_op.drop_index("ix_invoices_red_letter_by_customer", **_where(RED_LETTER))
