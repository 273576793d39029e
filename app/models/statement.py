"""Reconciliation statements (对账单) and the customer's reply (回执)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Fen, Timestamped, Versioned


class Statement(Versioned, Timestamped, Base):
    """An issued statement. ``content`` keeps what was printed (customer, lab, every line,
    aging, prepayments) so that a reprint is the same document; the balances are kept in
    columns too, for lists. The scan of the signed slip is kept in the database (see
    app/services/statements/statement_service.py for why); both are loaded only when read."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    opening_balance_fen: Mapped[int] = mapped_column(Fen)
    closing_balance_fen: Mapped[int] = mapped_column(Fen)
    issued_on: Mapped[date | None] = mapped_column(Date)
    content: Mapped[dict[str, Any] | None] = mapped_column(JSON, deferred=True)
    sent_date: Mapped[date | None] = mapped_column(Date)
    reply: Mapped[str] = mapped_column(String(10), default="none")
    reply_date: Mapped[date | None] = mapped_column(Date)
    disputed_amount_fen: Mapped[int] = mapped_column(Fen, default=0)
    disputed_invoice_ids: Mapped[list[int]] = mapped_column(JSON, default=list)
    reply_note: Mapped[str | None] = mapped_column(Text)
    # The day a dispute was settled (agreed figures, a correction entered), and how.
    dispute_resolved_on: Mapped[date | None] = mapped_column(Date)
    dispute_resolution: Mapped[str | None] = mapped_column(Text)
    signed_scan: Mapped[bytes | None] = mapped_column(LargeBinary, deferred=True)
    signed_scan_name: Mapped[str | None] = mapped_column(String(200))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
