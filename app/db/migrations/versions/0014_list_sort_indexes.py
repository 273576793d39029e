"""indexes for the list sorts: open amount, days overdue, project amount and stage date,
payment amount

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 14:00:00

The invoice list sorts by open amount and by days overdue, the project list by its amount
(the contract's, else the quote) and by the date of its stage (also of open projects only,
and on the board within each stage), the payment list by amount.
Each order gets an index that holds it, so that a page of a million rows stays one short
read of an index; the expressions are those of app/models (SQLite uses an expression index
only for the very same expression).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

OPEN = "amount_fen > settled_fen AND status = 'issued'"
# (In parentheses: PostgreSQL wants an expression other than a function call in them.)
LIST_OPEN_AMOUNT = "(CASE WHEN (status = 'issued') THEN amount_fen - settled_fen ELSE 0 END)"
NOT_OPEN = f"(CASE WHEN ({OPEN}) THEN 0 ELSE 1 END)"
OPEN_PROJECT = "stage NOT IN ('paid', 'cancelled')"
PROJECT_AMOUNT = (
    "(CASE WHEN (contract_amount_fen != 0) THEN contract_amount_fen ELSE quoted_amount_fen END)"
)


def upgrade() -> None:
    op.create_index("ix_invoices_list_open_amount", "invoices", [sa.text(LIST_OPEN_AMOUNT), "id"])
    op.create_index(
        "ix_invoices_list_days_overdue", "invoices", [sa.text(NOT_OPEN), "due_date", "id"]
    )
    op.create_index(
        "ix_invoices_open_by_amount",
        "invoices",
        [sa.text("(amount_fen - settled_fen)"), "due_date", "id"],
        sqlite_where=sa.text(OPEN),
        postgresql_where=sa.text(OPEN),
    )
    op.create_index("ix_projects_stage_since_id", "projects", ["stage_since", "id"])
    op.create_index("ix_projects_stage_stage_since", "projects", ["stage", "stage_since", "id"])
    op.create_index(
        "ix_projects_open_since",
        "projects",
        ["stage_since", "id", "stage_deadline"],
        sqlite_where=sa.text(OPEN_PROJECT),
        postgresql_where=sa.text(OPEN_PROJECT),
    )
    op.create_index("ix_projects_list_amount", "projects", [sa.text(PROJECT_AMOUNT), "id"])
    op.create_index("ix_payments_amount_id", "payments", ["amount_fen", "id"])


def downgrade() -> None:
    op.drop_index("ix_payments_amount_id", "payments")
    op.drop_index("ix_projects_list_amount", "projects")
    op.drop_index("ix_projects_open_since", "projects")
    op.drop_index("ix_projects_stage_stage_since", "projects")
    op.drop_index("ix_projects_stage_since_id", "projects")
    op.drop_index("ix_invoices_open_by_amount", "invoices")
    op.drop_index("ix_invoices_list_days_overdue", "invoices")
    op.drop_index("ix_invoices_list_open_amount", "invoices")
