"""sales targets, and covering indexes for the KPIs' period sums and the cycle times

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 17:00:00

Monthly collection targets per salesperson (``sales_targets``). The KPIs sum a period's
invoices (with their due dates) and payments, and what fell due in it: covering indexes of
the invoices by issue date and by due date, and of the payments by date received, let a
year of a million-invoice ledger be read from the indexes alone. They hold only issued
invoices and active payments (the voided and reversed ones are few and read apart), and their
conditions name a term only the KPIs' queries state (``amount_fen <> 0``, ``amount_fen >
0``): SQLite would otherwise take them for other queries, where they are slower. Two covering
indexes of the stage history serve the project cycle times: who entered a stage in a
period, and when each entered the stage before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sales_targets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("salesperson_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column(
            "amount_fen", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False
        ),
        sa.Column("set_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "amount_fen BETWEEN 0 AND 1000000000000",
            name=op.f("ck_sales_targets_amount_fen_limit"),
        ),
        sa.ForeignKeyConstraint(
            ["salesperson_id"], ["users.id"], name=op.f("fk_sales_targets_salesperson_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["set_by"], ["users.id"], name=op.f("fk_sales_targets_set_by_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sales_targets")),
        sa.UniqueConstraint(
            "salesperson_id", "month", name=op.f("uq_sales_targets_salesperson_id")
        ),
    )
    op.create_index(op.f("ix_sales_targets_month"), "sales_targets", ["month"])
    op.create_index(
        "ix_invoices_issue_flows",
        "invoices",
        ["issue_date", "amount_fen", "due_date", "customer_id"],
        sqlite_where=sa.text("status = 'issued' AND amount_fen <> 0"),
        postgresql_where=sa.text("status = 'issued' AND amount_fen <> 0"),
    )
    op.create_index(
        "ix_invoices_due_flows",
        "invoices",
        ["due_date", "issue_date", "amount_fen", "customer_id"],
        sqlite_where=sa.text("status = 'issued' AND amount_fen <> 0"),
        postgresql_where=sa.text("status = 'issued' AND amount_fen <> 0"),
    )
    op.create_index(
        "ix_payments_received_flows",
        "payments",
        ["received_date", "amount_fen", "customer_id"],
        sqlite_where=sa.text("status = 'active' AND amount_fen > 0"),
        postgresql_where=sa.text("status = 'active' AND amount_fen > 0"),
    )

    op.create_index(
        "ix_project_stage_events_stage_date",
        "project_stage_events",
        ["to_stage", "event_date", "project_id"],
    )
    op.create_index(
        "ix_project_stage_events_project_stage",
        "project_stage_events",
        ["project_id", "to_stage", "event_date"],
    )


def downgrade() -> None:
    op.drop_index("ix_project_stage_events_project_stage", "project_stage_events")
    op.drop_index("ix_project_stage_events_stage_date", "project_stage_events")
    op.drop_index("ix_payments_received_flows", "payments")
    op.drop_index("ix_invoices_due_flows", "invoices")
    op.drop_index("ix_invoices_issue_flows", "invoices")
    op.drop_index(op.f("ix_sales_targets_month"), "sales_targets")
    op.drop_table("sales_targets")
