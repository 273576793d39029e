"""SQL fragments shared by the ledger queries.

Statuses are written as literals, not bound parameters: SQLite only uses a partial index
(``ix_invoices_open_by_customer``, ``ix_payments_unallocated``) when the query's own
condition visibly implies the index's WHERE clause.

Sums of amounts are taken in SQL. SQLite's SUM of integers fails with "integer overflow"
rather than lose a fen (PostgreSQL's SUM of a bigint is NUMERIC and cannot overflow). Here it
cannot happen: CHECK constraints keep every amount column within MAX_AMOUNT_FEN (10^12 fen),
so any sum of amounts or of open amounts would need over nine million documents at that
maximum to pass 2^63."""

from sqlalchemy import ColumnClause, and_, literal_column

from app.models import Invoice, Payment

ISSUED: ColumnClause[str] = literal_column("'issued'")
ACTIVE: ColumnClause[str] = literal_column("'active'")

OPEN_INVOICE = and_(Invoice.amount_fen > Invoice.settled_fen, Invoice.status == ISSUED)
# Payments with money not yet applied (prepayments): ix_payments_unallocated holds just these.
UNALLOCATED_PAYMENT = and_(Payment.status == ACTIVE, Payment.amount_fen > Payment.allocated_fen)
