"""SQL fragments shared by the ledger queries.

Statuses are written as literals, not bound parameters: SQLite only uses a partial index
(``ix_invoices_open_by_customer``, ``ix_payments_unallocated``) when the query's own
condition visibly implies the index's WHERE clause."""

from sqlalchemy import ColumnClause, and_, literal_column

from app.models import Invoice, Payment

ISSUED: ColumnClause[str] = literal_column("'issued'")
ACTIVE: ColumnClause[str] = literal_column("'active'")

OPEN_INVOICE = and_(Invoice.amount_fen > Invoice.settled_fen, Invoice.status == ISSUED)
# Payments with money not yet applied (prepayments): ix_payments_unallocated holds just these.
UNALLOCATED_PAYMENT = and_(Payment.status == ACTIVE, Payment.amount_fen > Payment.allocated_fen)
