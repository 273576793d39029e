"""invoice request numbers (开票申请单号)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-08 10:00:00

Invoice requests get a number of their own, as projects, invoices and payments have, so
that sales and finance can name one ("KP2026000012") and the lab's numbering rules cover
it. Existing requests are numbered as the default rule does, KP{yyyy}{seq:06}, in the
order they were made within each year of their request, and the year's sequence goes on
after them.
"""

from __future__ import annotations

from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

KIND = "invoice_request"
PREFIX = "KP"  # the default rule of this revision, written out so that it keeps its meaning


def upgrade() -> None:
    with op.batch_alter_table("invoice_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("number", sa.String(length=40), nullable=True))
    conn = op.get_bind()
    requests = conn.execute(
        sa.text("SELECT id, requested_at FROM invoice_requests ORDER BY requested_at, id")
    ).all()
    last: dict[int, int] = defaultdict(int)
    numbers = []
    for request_id, requested_at in requests:
        # A datetime on PostgreSQL, its ISO text on SQLite: both start with the year.
        year = int(str(requested_at)[:4])
        last[year] += 1
        numbers.append({"id": request_id, "number": f"{PREFIX}{year}{last[year]:06d}"})
    if numbers:
        conn.execute(
            sa.text("UPDATE invoice_requests SET number = :number WHERE id = :id"), numbers
        )
    with op.batch_alter_table("invoice_requests", schema=None) as batch_op:
        batch_op.alter_column("number", existing_type=sa.String(length=40), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_invoice_requests_number"), ["number"])
    if last:
        sequences = sa.table(
            "number_sequences",
            sa.column("kind", sa.String),
            sa.column("year", sa.Integer),
            sa.column("next_value", sa.Integer),
        )
        op.bulk_insert(
            sequences,
            [{"kind": KIND, "year": year, "next_value": n + 1} for year, n in sorted(last.items())],
        )


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM number_sequences WHERE kind = 'invoice_request'"))
    with op.batch_alter_table("invoice_requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_invoice_requests_number"), type_="unique")
        batch_op.drop_column("number")
