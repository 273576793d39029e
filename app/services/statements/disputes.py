"""Amounts customers dispute, from their replies to statements (回执), as of a day.

The customer's latest reply (by the period it answers, then the reply date) decides: a
disputed reply counts from its reply date until the dispute is resolved or a reply to a
later statement replaces it (agreeing with a later balance settles an earlier dispute).
The aging report and the customer 360 view show these amounts apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import StatementReply
from app.models import Statement


@dataclass(frozen=True)
class Dispute:
    """What a customer disputes as of a date, from its latest reply."""

    customer_id: int
    statement_id: int
    number: str
    amount_fen: int
    invoice_ids: tuple[int, ...]
    reply_date: date
    note: str


def disputed_amounts(
    session: Session, as_of: date, customer_ids: Sequence[int] | None = None
) -> dict[int, Dispute]:
    """Per customer, what it disputes as of ``as_of`` (customers disputing nothing are
    left out): for the aging report and the 360 view to show apart."""
    stmt = select(
        Statement.id,
        Statement.number,
        Statement.customer_id,
        Statement.period_to,
        Statement.reply,
        Statement.reply_date,
        Statement.disputed_amount_fen,
        Statement.disputed_invoice_ids,
        Statement.reply_note,
        Statement.dispute_resolved_on,
    ).where(Statement.reply != StatementReply.NONE.value, Statement.reply_date <= as_of)
    if customer_ids is not None:
        stmt = stmt.where(Statement.customer_id.in_(list(customer_ids)))
    latest: dict[int, Dispute | None] = {}
    order: dict[int, tuple[date, date, int]] = {}
    for sid, number, cid, end, reply, replied, amount, invoices, note, resolved in session.execute(
        stmt
    ):
        assert replied is not None  # selected so
        key = (end, replied, sid)
        if cid in order and order[cid] > key:
            continue
        order[cid] = key
        open_dispute = reply == StatementReply.DISPUTED.value and (
            resolved is None or resolved > as_of
        )
        latest[cid] = (
            Dispute(cid, sid, number, amount, tuple(invoices or ()), replied, note or "")
            if open_dispute
            else None
        )
    return {cid: d for cid, d in latest.items() if d is not None}
