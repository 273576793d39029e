"""SQL fragments shared by the ledger queries.

The status is written as a literal, not a bound parameter: SQLite only uses the partial
index ``ix_invoices_open_by_customer`` (WHERE ... status = 'issued') when the query's own
condition visibly implies it."""

from sqlalchemy import and_, literal_column

from app.models import Invoice

ISSUED = literal_column("'issued'")

OPEN_INVOICE = and_(Invoice.amount_fen > Invoice.settled_fen, Invoice.status == ISSUED)
