"""Invoice requests (开票申请) and invoices (发票), including red-letter invoices (红字发票)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    ColumnClause,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    and_,
    case,
    literal_column,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.elements import Grouping

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit, utcnow


class InvoiceRequest(Versioned, Timestamped, Base):
    __tablename__ = "invoice_requests"
    __table_args__ = (fen_limit("amount_fen"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    installment_id: Mapped[int | None] = mapped_column(ForeignKey("installments.id"))
    amount_fen: Mapped[int] = mapped_column(Fen)
    kind: Mapped[str] = mapped_column(String(20))
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=600)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    reject_reason: Mapped[str | None] = mapped_column(Text)
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"))
    note: Mapped[str | None] = mapped_column(Text)


class Invoice(Versioned, Timestamped, Base):
    """An issued invoice. ``settled_fen`` caches allocations + write-offs + red-letter credits
    so that aging reads one row per invoice; `labledger check` verifies it against the sums.
    A red-letter invoice has a negative amount, references the invoice it cancels and is
    itself fully settled (its whole amount is applied to the original)."""

    __tablename__ = "invoices"
    __table_args__ = (
        # Covering partial index for aging and overdue lists: only open invoices are in it.
        Index(
            "ix_invoices_open_by_customer",
            "customer_id",
            "due_date",
            "amount_fen",
            "settled_fen",
            sqlite_where=text("amount_fen > settled_fen AND status = 'issued'"),
            postgresql_where=text("amount_fen > settled_fen AND status = 'issued'"),
        ),
        # Open invoices by due date: the overdue list and count without touching the table.
        Index(
            "ix_invoices_open_by_due",
            "due_date",
            "amount_fen",
            "settled_fen",
            sqlite_where=text("amount_fen > settled_fen AND status = 'issued'"),
            postgresql_where=text("amount_fen > settled_fen AND status = 'issued'"),
        ),
        Index("ix_invoices_issue_date_id", "issue_date", "id"),
        # Covering, partial: what was invoiced, and what of it falls due, in a period (the
        # KPIs, revision 0015). The condition names a term only the KPIs' query states (an
        # invoice of nothing adds nothing): SQLite would otherwise take this index for other
        # queries of issued invoices, where it is slower.
        Index(
            "ix_invoices_issue_flows",
            "issue_date",
            "amount_fen",
            "due_date",
            "customer_id",
            sqlite_where=text("status = 'issued' AND amount_fen <> 0"),
            postgresql_where=text("status = 'issued' AND amount_fen <> 0"),
        ),
        # The same by due date: what fell due in a period, of the invoices issued before it.
        Index(
            "ix_invoices_due_flows",
            "due_date",
            "issue_date",
            "amount_fen",
            "customer_id",
            sqlite_where=text("status = 'issued' AND amount_fen <> 0"),
            postgresql_where=text("status = 'issued' AND amount_fen <> 0"),
        ),
        # Covering partial indexes for figures as of a past day: the open invoices issued
        # after it, and the red-letter credits dated after it.
        Index(
            "ix_invoices_open_by_issue",
            "issue_date",
            "customer_id",
            "due_date",
            "amount_fen",
            "settled_fen",
            sqlite_where=text("amount_fen > settled_fen AND status = 'issued'"),
            postgresql_where=text("amount_fen > settled_fen AND status = 'issued'"),
        ),
        Index(
            "ix_invoices_red_letter_by_issue",
            "issue_date",
            "original_invoice_id",
            "amount_fen",
            "status",
            sqlite_where=text("original_invoice_id IS NOT NULL"),
            postgresql_where=text("original_invoice_id IS NOT NULL"),
        ),
        Index("ix_invoices_amount_id", "amount_fen", "id"),
        Index("ix_invoices_customer_issue_date", "customer_id", "issue_date"),
        # A customer's red-letter credits and void invoices (both rare) without reading all
        # of its invoices: the customer 360 view and the payment history (revision 0012).
        Index(
            "ix_invoices_red_letter_by_customer",
            "customer_id",
            "status",
            "issue_date",
            "original_invoice_id",
            "amount_fen",
            sqlite_where=text("original_invoice_id IS NOT NULL"),
            postgresql_where=text("original_invoice_id IS NOT NULL"),
        ),
        Index(
            "ix_invoices_void_by_customer",
            "customer_id",
            sqlite_where=text("status = 'void'"),
            postgresql_where=text("status = 'void'"),
        ),
        # Negative for red-letter invoices.
        fen_limit("amount_fen", signed=True),
        fen_limit("tax_fen", signed=True),
        fen_limit("settled_fen", signed=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    installment_id: Mapped[int | None] = mapped_column(ForeignKey("installments.id"))
    issue_date: Mapped[date] = mapped_column(Date)
    due_date: Mapped[date] = mapped_column(Date, index=True)
    amount_fen: Mapped[int] = mapped_column(Fen)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=600)
    tax_fen: Mapped[int] = mapped_column(Fen, default=0)
    settled_fen: Mapped[int] = mapped_column(Fen, default=0)
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    status: Mapped[str] = mapped_column(String(10), default="issued")
    original_invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoices.id"), index=True)
    # The day a void took the invoice off the books (it counts before, not from then).
    voided_on: Mapped[date | None] = mapped_column(Date, index=True)
    void_reason: Mapped[str | None] = mapped_column(Text)
    issued_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    source_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    note: Mapped[str | None] = mapped_column(Text)

    @property
    def open_fen(self) -> int:
        return self.amount_fen - self.settled_fen if self.status == "issued" else 0


# What the invoice list sorts by, as the indexes below hold it, so that any page of a million
# invoices in these orders is one short read of an index (invoice_list_service). Literals,
# not bound parameters: SQLite matches an ORDER BY to an index expression only when both
# are the same expression.
_ISSUED: ColumnClause[str] = literal_column("'issued'")
INSTALLMENT_SETTLED = (
    "installment_id IS NOT NULL AND status = 'issued' AND settled_fen >= amount_fen"
)
_OPEN = and_(Invoice.amount_fen > Invoice.settled_fen, Invoice.status == _ISSUED)
# The open amount as the list shows it: nothing unless issued.
LIST_OPEN_AMOUNT = case(
    (Invoice.status == _ISSUED, Invoice.amount_fen - Invoice.settled_fen),
    else_=literal_column("0"),
)
# 0 for an open invoice, 1 for the rest: the most days overdue first is (this, due date, id).
NOT_OPEN = case((_OPEN, literal_column("0")), else_=literal_column("1"))
# (Grouped: PostgreSQL wants an expression other than a function call in parentheses.)
Index("ix_invoices_list_open_amount", Grouping(LIST_OPEN_AMOUNT), Invoice.id)
Index("ix_invoices_list_days_overdue", Grouping(NOT_OPEN), Invoice.due_date, Invoice.id)
# The due-date calendar (revision 0016): a month of due dates per day from one index, and
# whether an installment's invoice is settled.
Index(
    "ix_invoices_due_amounts",
    Invoice.due_date,
    Invoice.customer_id,
    Invoice.amount_fen,
    Invoice.settled_fen,
    sqlite_where=text("status = 'issued' AND amount_fen > 0"),
    postgresql_where=text("status = 'issued' AND amount_fen > 0"),
)
Index(
    "ix_invoices_installment_settled",
    Invoice.installment_id,
    sqlite_where=text(INSTALLMENT_SETTLED),
    postgresql_where=text(INSTALLMENT_SETTLED),
)
# Open invoices by open amount, with the due date for the overdue filter.
Index(
    "ix_invoices_open_by_amount",
    Invoice.amount_fen - Invoice.settled_fen,
    Invoice.due_date,
    Invoice.id,
    sqlite_where=text("amount_fen > settled_fen AND status = 'issued'"),
    postgresql_where=text("amount_fen > settled_fen AND status = 'issued'"),
)
