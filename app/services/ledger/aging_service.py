"""Aging of open receivables by due date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy.orm import Session

from app.domain.aging import DEFAULT_BUCKETS, Bucket, bucket_for, days_overdue
from app.services.ledger.balances import open_by_due_date


def customer_aging(
    session: Session, customer_id: int, as_of: date, buckets: Sequence[Bucket] = DEFAULT_BUCKETS
) -> dict[str, int]:
    """Open balance of one customer as of ``as_of`` per bucket (fen), every bucket present."""
    result = {b.key: 0 for b in buckets}
    for due, open_fen in open_by_due_date(session, customer_id, as_of).items():
        result[bucket_for(days_overdue(as_of, due), buckets).key] += open_fen
    return result
