"""collection tasks, the email outbox and the tiers' reminder schedules

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 17:00:00

Collection tasks (催收任务) with a unique key per task and at most one active task per
customer (a partial unique index), so that reminder runs on two PCs at once cannot
duplicate one; the outbox of reminder emails to customers; and each credit tier's reminder
schedule as JSON. The four default tiers get their default schedules; other tiers keep
none and run on the schedule derived from their reminder days and escalation.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

# The default tiers' schedules as shipped with this revision (app/services/reminders/schedule.py
# may change later; a migration does not).
DEFAULT_SCHEDULES: dict[str, list[dict[str, object]]] = {
    "key": [
        {"days": -7, "recipients": ["salesperson"], "actions": ["notify"]},
        {"days": 0, "recipients": ["salesperson"], "actions": ["notify"]},
        {"days": 15, "recipients": ["salesperson"], "actions": ["notify", "task"]},
        {"days": 45, "recipients": ["manager", "salesperson"], "actions": ["notify", "task"]},
        {"days": 90, "recipients": ["role:finance", "manager"], "actions": ["notify", "task"]},
    ],
    "premium": [
        {"days": -3, "recipients": ["salesperson"], "actions": ["notify"]},
        {"days": 0, "recipients": ["salesperson"], "actions": ["notify"]},
        {"days": 7, "recipients": ["salesperson"], "actions": ["notify", "task"]},
        {"days": 30, "recipients": ["manager", "salesperson"], "actions": ["notify", "task"]},
        {"days": 60, "recipients": ["role:finance", "manager"], "actions": ["notify", "task"]},
    ],
    "regular": [
        {"days": -3, "recipients": ["salesperson"], "actions": ["notify"]},
        {"days": 0, "recipients": ["salesperson"], "actions": ["notify"]},
        {"days": 7, "recipients": ["salesperson"], "actions": ["notify", "task", "email"]},
        {"days": 30, "recipients": ["manager", "salesperson"], "actions": ["notify", "task"]},
        {"days": 60, "recipients": ["role:finance", "manager"], "actions": ["notify", "task"]},
    ],
    "high_risk": [
        {"days": -3, "recipients": ["salesperson"], "actions": ["notify", "email"]},
        {"days": 0, "recipients": ["salesperson"], "actions": ["notify"]},
        {"days": 3, "recipients": ["salesperson"], "actions": ["notify", "task", "email"]},
        {"days": 15, "recipients": ["manager", "salesperson"], "actions": ["notify", "task"]},
        {"days": 30, "recipients": ["role:finance", "manager"], "actions": ["notify", "task"]},
    ],
}
ACTIVE_TASK = "status IN ('open', 'promised', 'broken', 'escalated')"
Fen = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
ISSUED_POSITIVE = "status = 'issued' AND amount_fen > 0"
INSTALLMENT_SETTLED = (
    "installment_id IS NOT NULL AND status = 'issued' AND settled_fen >= amount_fen"
)
MAX_FEN = 10**12  # MAX_AMOUNT_FEN


def upgrade() -> None:
    op.add_column("credit_tiers", sa.Column("reminder_schedule", sa.JSON(), nullable=True))
    tiers = sa.table("credit_tiers", sa.column("code"), sa.column("reminder_schedule", sa.JSON))
    for code, schedule in DEFAULT_SCHEDULES.items():
        op.execute(
            tiers.update()
            .where(tiers.c.code == code, tiers.c.reminder_schedule.is_(None))
            .values(reminder_schedule=schedule)
        )
    op.create_table(
        "collection_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("level_days", sa.Integer(), nullable=False),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("overdue_fen", Fen, nullable=False),
        sa.Column("oldest_due_date", sa.Date(), nullable=False),
        sa.Column("last_action", sa.String(length=20), nullable=True),
        sa.Column("last_action_on", sa.Date(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("next_date", sa.Date(), nullable=True),
        sa.Column("promise_amount_fen", Fen, nullable=True),
        sa.Column("promise_date", sa.Date(), nullable=True),
        sa.Column("promise_activity_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(f"overdue_fen BETWEEN 0 AND {MAX_FEN}", name="overdue_fen_limit"),
        sa.CheckConstraint(
            f"promise_amount_fen BETWEEN 0 AND {MAX_FEN}",
            name="promise_amount_fen_limit",
        ),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_collection_tasks_customer_id_customers"
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"], ["users.id"], name="fk_collection_tasks_assignee_id_users"
        ),
        sa.ForeignKeyConstraint(
            ["promise_activity_id"],
            ["activities.id"],
            name="fk_collection_tasks_promise_activity_id_activities",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_collection_tasks"),
        sa.UniqueConstraint("dedupe_key", name="uq_collection_tasks_dedupe_key"),
    )
    op.create_index(
        "uq_collection_tasks_active_customer",
        "collection_tasks",
        ["customer_id"],
        unique=True,
        sqlite_where=sa.text(ACTIVE_TASK),
        postgresql_where=sa.text(ACTIVE_TASK),
    )
    op.create_index(
        "ix_collection_tasks_assignee_status_due",
        "collection_tasks",
        ["assignee_id", "status", "due_date"],
    )
    op.create_index("ix_collection_tasks_due_date", "collection_tasks", ["due_date"])
    op.create_table(
        "email_outbox",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("to_address", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("entity_type", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_email_outbox_customer_id_customers"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_email_outbox"),
        sa.UniqueConstraint("dedupe_key", name="uq_email_outbox_dedupe_key"),
    )
    op.create_index("ix_email_outbox_customer_id", "email_outbox", ["customer_id"])
    # The calendar's month view: each kind's dates per day from one index.
    op.create_index(
        "ix_invoices_due_amounts",
        "invoices",
        ["due_date", "customer_id", "amount_fen", "settled_fen"],
        sqlite_where=sa.text(ISSUED_POSITIVE),
        postgresql_where=sa.text(ISSUED_POSITIVE),
    )
    op.create_index(
        "ix_invoices_installment_settled",
        "invoices",
        ["installment_id"],
        sqlite_where=sa.text(INSTALLMENT_SETTLED),
        postgresql_where=sa.text(INSTALLMENT_SETTLED),
    )
    op.create_index(
        "ix_installments_due_project",
        "installments",
        ["due_date", "project_id", "amount_fen", "seq"],
    )
    op.create_index(
        "ix_projects_stage_deadline",
        "projects",
        ["stage_deadline", "stage", "salesperson_id", "customer_id"],
        sqlite_where=sa.text("stage_deadline IS NOT NULL"),
        postgresql_where=sa.text("stage_deadline IS NOT NULL"),
    )
    op.create_index(
        "ix_activities_promise_date",
        "activities",
        ["promise_date", "promise_status", "promise_amount_fen", "user_id", "customer_id"],
        sqlite_where=sa.text("promise_date IS NOT NULL"),
        postgresql_where=sa.text("promise_date IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_activities_promise_date", table_name="activities")
    op.drop_index("ix_projects_stage_deadline", table_name="projects")
    op.drop_index("ix_installments_due_project", table_name="installments")
    op.drop_index("ix_invoices_installment_settled", table_name="invoices")
    op.drop_index("ix_invoices_due_amounts", table_name="invoices")
    op.drop_index("ix_email_outbox_customer_id", table_name="email_outbox")
    op.drop_table("email_outbox")
    op.drop_index("ix_collection_tasks_due_date", table_name="collection_tasks")
    op.drop_index("ix_collection_tasks_assignee_status_due", table_name="collection_tasks")
    op.drop_index("uq_collection_tasks_active_customer", table_name="collection_tasks")
    op.drop_table("collection_tasks")
    # Dropped in place (SQLite 3.35+ can): a batch copy of credit_tiers would drop the
    # table the customers' foreign keys point at, which SQLite refuses.
    op.drop_column("credit_tiers", "reminder_schedule")
