"""How a payment is split over open invoices: oldest due first, never more than is open."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class OpenItem:
    invoice_id: int
    due_date: date
    issue_date: date
    open_fen: int


def plan_oldest_first(items: Sequence[OpenItem], amount_fen: int) -> list[tuple[int, int]]:
    """(invoice id, fen) pairs in the order applied. Uses at most ``amount_fen`` and at most
    each item's open amount; the rest stays unallocated (the customer's prepayment)."""
    if amount_fen < 0:
        raise ValueError("amount must not be negative")
    plan: list[tuple[int, int]] = []
    left = amount_fen
    for item in sorted(items, key=lambda i: (i.due_date, i.issue_date, i.invoice_id)):
        if left == 0:
            break
        if item.open_fen <= 0:
            continue
        take = min(left, item.open_fen)
        plan.append((item.invoice_id, take))
        left -= take
    return plan
