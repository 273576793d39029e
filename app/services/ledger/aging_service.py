"""Aging of open receivables by due date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.aging import DEFAULT_BUCKETS, Bucket, bucket_for, days_overdue
from app.models import Invoice
from app.services.ledger.ledger_queries import ISSUED


def customer_aging(
    session: Session, customer_id: int, as_of: date, buckets: Sequence[Bucket] = DEFAULT_BUCKETS
) -> dict[str, int]:
    """Open balance of one customer per bucket (fen), every bucket present."""
    result = {b.key: 0 for b in buckets}
    stmt = select(Invoice.due_date, Invoice.amount_fen - Invoice.settled_fen).where(
        Invoice.customer_id == customer_id,
        Invoice.amount_fen > Invoice.settled_fen,
        Invoice.status == ISSUED,
    )
    for due, open_fen in session.execute(stmt):
        result[bucket_for(days_overdue(as_of, due), buckets).key] += int(open_fen)
    return result
