"""Payments received (回款), their allocations to invoices, write-offs with the requests that
ask for them, and payer aliases."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit, utcnow


class Payment(Versioned, Timestamped, Base):
    """``allocated_fen`` caches the sum of this payment's allocations; the rest is the
    customer's prepayment (预收) until applied."""

    __tablename__ = "payments"
    __table_args__ = (
        Index("ix_payments_customer_date", "customer_id", "received_date"),
        # Covering, partial: what was collected in a period (the KPIs, revision 0015).
        # The condition names a term only the KPIs' query states (a payment of nothing adds
        # nothing): SQLite would otherwise take this index for other queries of active
        # payments, where it is slower.
        Index(
            "ix_payments_received_flows",
            "received_date",
            "amount_fen",
            "customer_id",
            sqlite_where=text("status = 'active' AND amount_fen > 0"),
            postgresql_where=text("status = 'active' AND amount_fen > 0"),
        ),
        # A customer's reversed payments (rare), for its timeline (revision 0012).
        Index(
            "ix_payments_reversed_by_customer",
            "customer_id",
            sqlite_where=text("status = 'reversed'"),
            postgresql_where=text("status = 'reversed'"),
        ),
        # The list sorted by amount, and the amount total of the whole list.
        Index("ix_payments_amount_id", "amount_fen", "id"),
        # The payment search matches payers' names from their start (revision 0017).
        Index("ix_payments_payer_name", "payer_name"),
        # Covering partial index: prepayments per customer without reading the table.
        Index(
            "ix_payments_unallocated",
            "customer_id",
            "amount_fen",
            "allocated_fen",
            sqlite_where=text("status = 'active' AND amount_fen > allocated_fen"),
            postgresql_where=text("status = 'active' AND amount_fen > allocated_fen"),
        ),
        # Covering partial index: prepayments received after a day (figures as of it).
        Index(
            "ix_payments_unallocated_by_date",
            "received_date",
            "customer_id",
            "amount_fen",
            "allocated_fen",
            sqlite_where=text("status = 'active' AND amount_fen > allocated_fen"),
            postgresql_where=text("status = 'active' AND amount_fen > allocated_fen"),
        ),
        fen_limit("amount_fen"),
        fen_limit("allocated_fen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    received_date: Mapped[date] = mapped_column(Date, index=True)
    amount_fen: Mapped[int] = mapped_column(Fen)
    allocated_fen: Mapped[int] = mapped_column(Fen, default=0)
    method: Mapped[str] = mapped_column(String(20), default="bank_transfer")
    bank_ref: Mapped[str | None] = mapped_column(String(100), index=True)
    payer_name: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(10), default="active")
    # The day a reversal took the payment off the books (it counts before, not from then).
    reversed_on: Mapped[date | None] = mapped_column(Date, index=True)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    source_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    note: Mapped[str | None] = mapped_column(Text)


class Allocation(Timestamped, Base):
    """Part of a payment applied to an invoice, on a date. Append-only: taking an allocation
    back adds a reversing row (negative amount, ``reverses_id``, its own date and reason), so
    the rows dated on or before a day sum to what the books said that day."""

    __tablename__ = "allocations"
    __table_args__ = (
        # Covering: payment history and as-of sums read allocations of an invoice from the index.
        Index("ix_allocations_invoice_date_amount", "invoice_id", "allocated_date", "amount_fen"),
        # Covering: what was applied after a date (as-of figures start from today's caches).
        Index(
            "ix_allocations_date_invoice_payment",
            "allocated_date",
            "invoice_id",
            "payment_id",
            "amount_fen",
        ),
        fen_limit("amount_fen", signed=True),
        # A row either applies money (positive) or takes one earlier row back (negative).
        CheckConstraint(
            "(reverses_id IS NULL AND amount_fen > 0)"
            " OR (reverses_id IS NOT NULL AND amount_fen < 0)",
            name="direction",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"))
    amount_fen: Mapped[int] = mapped_column(Fen)
    allocated_date: Mapped[date] = mapped_column(Date)
    # Unique: an allocation is taken back at most once, whichever writer comes first.
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("allocations.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WriteOff(Timestamped, Base):
    """坏账核销: part or all of an invoice written off as bad debt."""

    __tablename__ = "write_offs"
    __table_args__ = (
        fen_limit("amount_fen"),
        Index("ix_write_offs_date_invoice", "write_off_date", "invoice_id", "amount_fen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Fen)
    write_off_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class WriteOffRequest(Versioned, Timestamped, Base):
    """坏账核销申请: finance asks for a write-off; it waits until a manager other than the
    requester approves it (only then is the WriteOff made) or rejects it. The requester may
    withdraw it while it waits (cancelled)."""

    __tablename__ = "write_off_requests"
    __table_args__ = (fen_limit("amount_fen"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoices.id"), index=True)
    amount_fen: Mapped[int] = mapped_column(Fen)
    write_off_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), default="pending", index=True)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    decision_reason: Mapped[str | None] = mapped_column(Text)
    # The entry an approval made; one request per write-off.
    write_off_id: Mapped[int | None] = mapped_column(ForeignKey("write_offs.id"), unique=True)


class PayerAlias(Timestamped, Base):
    """A payer name seen on payments for a customer (third parties paying, 代付)."""

    __tablename__ = "payer_aliases"
    __table_args__ = (UniqueConstraint("payer_key", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    payer_name: Mapped[str] = mapped_column(String(200))
    payer_key: Mapped[str] = mapped_column(String(200), index=True)
