"""dated, append-only ledger: reversing allocations, void and reversal dates

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 11:00:00

Until this revision an allocation taken back was deleted, a reversed payment only changed
its status and a voided invoice kept no date, so balances as of a past day could not be
told. From now on an allocation taken back is a reversing row (negative, ``reverses_id``,
dated, with its reason), and payments and invoices keep the day they were reversed or
voided.

Existing databases: the audit log holds every allocation taken back (payment and invoice
numbers, amount, when, why) and every void and reversal with its time. Each deleted
allocation is restored from it, dated as the application dates allocations (the later of
the payment's receipt and the invoice's issue), together with its reversing row dated the
day it was taken back (UTC day of the audit entry), so no cached total moves by a fen. Void
and reversal dates come from the audit entries likewise; where an entry is missing (a
database edited by hand) the document's own date is used, which takes it off the books
from its first day, as the old figures did.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

LIMIT = 10**12
OPEN = "amount_fen > settled_fen AND status = 'issued'"
RED = "original_invoice_id IS NOT NULL"
UNALLOCATED = "status = 'active' AND amount_fen > allocated_fen"
_REFLECT = {"resolve_fks": False}


def upgrade() -> None:
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.add_column(sa.Column("voided_on", sa.Date(), nullable=True))
        batch_op.create_index("ix_invoices_voided_on", ["voided_on"], unique=False)
        batch_op.create_index(
            "ix_invoices_open_by_issue",
            ["issue_date", "customer_id", "due_date", "amount_fen", "settled_fen"],
            unique=False,
            sqlite_where=sa.text(OPEN),
            postgresql_where=sa.text(OPEN),
        )
        batch_op.create_index(
            "ix_invoices_red_letter_by_issue",
            ["issue_date", "original_invoice_id", "amount_fen", "status"],
            unique=False,
            sqlite_where=sa.text(RED),
            postgresql_where=sa.text(RED),
        )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reversed_on", sa.Date(), nullable=True))
        batch_op.create_index("ix_payments_reversed_on", ["reversed_on"], unique=False)
        batch_op.create_index(
            "ix_payments_unallocated_by_date",
            ["received_date", "customer_id", "amount_fen", "allocated_fen"],
            unique=False,
            sqlite_where=sa.text(UNALLOCATED),
            postgresql_where=sa.text(UNALLOCATED),
        )
    with op.batch_alter_table("allocations", schema=None, reflect_kwargs=_REFLECT) as batch_op:
        batch_op.add_column(sa.Column("reverses_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_allocations_reverses_id"), ["reverses_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_allocations_reverses_id_allocations"),
            "allocations",
            ["reverses_id"],
            ["id"],
        )
        batch_op.drop_constraint(batch_op.f("ck_allocations_amount_fen_limit"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_allocations_amount_fen_limit"),
            f"amount_fen BETWEEN {-LIMIT} AND {LIMIT}",
        )
        batch_op.create_check_constraint(
            batch_op.f("ck_allocations_direction"),
            "(reverses_id IS NULL AND amount_fen > 0)"
            " OR (reverses_id IS NOT NULL AND amount_fen < 0)",
        )
        batch_op.create_index(
            "ix_allocations_date_invoice_payment",
            ["allocated_date", "invoice_id", "payment_id", "amount_fen"],
            unique=False,
        )
    with op.batch_alter_table("write_offs", schema=None) as batch_op:
        batch_op.create_index(
            "ix_write_offs_date_invoice",
            ["write_off_date", "invoice_id", "amount_fen"],
            unique=False,
        )
    _date_the_past(op.get_bind())


def _day(at: Any) -> date:
    """The UTC day of an audit timestamp (a datetime, or SQLite's text)."""
    if isinstance(at, datetime):
        return at.date()
    return date.fromisoformat(str(at)[:10])


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _date_the_past(conn: sa.Connection) -> None:
    audit = sa.table(
        "audit_entries",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("user_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("before", sa.JSON),
        sa.column("reason", sa.Text),
    )
    invoices = sa.table(
        "invoices",
        sa.column("id", sa.Integer),
        sa.column("number", sa.String),
        sa.column("issue_date", sa.Date),
        sa.column("status", sa.String),
        sa.column("voided_on", sa.Date),
    )
    payments = sa.table(
        "payments",
        sa.column("id", sa.Integer),
        sa.column("number", sa.String),
        sa.column("received_date", sa.Date),
        sa.column("status", sa.String),
        sa.column("reversed_on", sa.Date),
    )
    allocations = sa.table(
        "allocations",
        sa.column("id", sa.Integer),
        sa.column("payment_id", sa.Integer),
        sa.column("invoice_id", sa.Integer),
        sa.column("amount_fen", sa.BigInteger),
        sa.column("allocated_date", sa.Date),
        sa.column("reverses_id", sa.Integer),
        sa.column("reason", sa.Text),
        sa.column("created_by", sa.Integer),
        sa.column("created_at", sa.DateTime),
        sa.column("updated_at", sa.DateTime),
    )

    def last_entry_day(action: str) -> dict[int, date]:
        days: dict[int, date] = {}
        rows = conn.execute(
            sa.select(audit.c.entity_id, audit.c.at)
            .where(audit.c.action == action)
            .order_by(audit.c.id)
        )
        for entity_id, at in rows:
            days[entity_id] = _day(at)
        return days

    voids = last_entry_day("invoice.void")
    for iid, issued in conn.execute(
        sa.select(invoices.c.id, invoices.c.issue_date).where(invoices.c.status == "void")
    ).all():
        on = max(voids.get(iid, _as_date(issued)), _as_date(issued))
        conn.execute(invoices.update().where(invoices.c.id == iid).values(voided_on=on))

    reversals = last_entry_day("payment.reverse")
    for pid, received in conn.execute(
        sa.select(payments.c.id, payments.c.received_date).where(payments.c.status == "reversed")
    ).all():
        on = max(reversals.get(pid, _as_date(received)), _as_date(received))
        conn.execute(payments.update().where(payments.c.id == pid).values(reversed_on=on))

    invoice_by_number = {
        n: (i, _as_date(d))
        for i, n, d in conn.execute(
            sa.select(invoices.c.id, invoices.c.number, invoices.c.issue_date)
        )
    }
    payment_by_number = {
        n: (i, _as_date(d))
        for i, n, d in conn.execute(
            sa.select(payments.c.id, payments.c.number, payments.c.received_date)
        )
    }
    removed = conn.execute(
        sa.select(audit.c.at, audit.c.user_id, audit.c.before, audit.c.reason)
        .where(audit.c.action == "allocation.remove")
        .order_by(audit.c.id)
    ).all()
    for at, user_id, before, reason in removed:
        if isinstance(before, str):
            before = json.loads(before)
        payment = payment_by_number.get(before.get("payment"))
        invoice = invoice_by_number.get(before.get("invoice"))
        amount = int(before.get("amount_fen") or 0)
        if payment is None or invoice is None or amount <= 0:
            continue
        applied_on = max(payment[1], invoice[1])
        stamp = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
        original_id = conn.execute(
            allocations.insert()
            .values(
                payment_id=payment[0],
                invoice_id=invoice[0],
                amount_fen=amount,
                allocated_date=applied_on,
                created_by=user_id,
                created_at=stamp,
                updated_at=stamp,
            )
            .returning(allocations.c.id)
        ).scalar_one()
        conn.execute(
            allocations.insert().values(
                payment_id=payment[0],
                invoice_id=invoice[0],
                amount_fen=-amount,
                allocated_date=max(_day(at), applied_on),
                reverses_id=original_id,
                reason=reason,
                created_by=user_id,
                created_at=stamp,
                updated_at=stamp,
            )
        )


def downgrade() -> None:
    conn = op.get_bind()
    # Back to deleting: the restored pairs and every taken-back allocation go, which leaves
    # the cached totals as they are (each pair sums to zero).
    taken_back = conn.scalars(
        sa.text("SELECT reverses_id FROM allocations WHERE reverses_id IS NOT NULL")
    ).all()
    conn.execute(sa.text("DELETE FROM allocations WHERE reverses_id IS NOT NULL"))
    for start in range(0, len(taken_back), 500):
        conn.execute(
            sa.text("DELETE FROM allocations WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"ids": list(taken_back[start : start + 500])},
        )
    with op.batch_alter_table("write_offs", schema=None) as batch_op:
        batch_op.drop_index("ix_write_offs_date_invoice")
    with op.batch_alter_table("allocations", schema=None, reflect_kwargs=_REFLECT) as batch_op:
        batch_op.drop_index("ix_allocations_date_invoice_payment")
        batch_op.drop_constraint(batch_op.f("ck_allocations_direction"), type_="check")
        batch_op.drop_constraint(batch_op.f("ck_allocations_amount_fen_limit"), type_="check")
        batch_op.create_check_constraint(
            batch_op.f("ck_allocations_amount_fen_limit"), f"amount_fen BETWEEN 0 AND {LIMIT}"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_allocations_reverses_id_allocations"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_allocations_reverses_id"), type_="unique")
        batch_op.drop_column("reason")
        batch_op.drop_column("reverses_id")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index("ix_payments_unallocated_by_date")
        batch_op.drop_index("ix_payments_reversed_on")
        batch_op.drop_column("reversed_on")
    with op.batch_alter_table("invoices", schema=None) as batch_op:
        batch_op.drop_index("ix_invoices_red_letter_by_issue")
        batch_op.drop_index("ix_invoices_open_by_issue")
        batch_op.drop_index("ix_invoices_voided_on")
        batch_op.drop_column("voided_on")
