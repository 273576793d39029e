"""Lines of bank statements imported (银行流水), each recorded once, and what became of them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit


class BankLine(Versioned, Timestamped, Base):
    """One line of a statement. ``line_key`` is the line's identity (the bank's serial with
    day and amount, else a hash of everything the line says; see the statement reader):
    unique, so importing the same line again, from the same file or another, adds nothing.
    Credits wait as ``proposed`` until finance confirms them (``payment_id`` is the payment
    made) or ignores them; debits and other lines are ``ignored`` from the start."""

    __tablename__ = "bank_lines"
    __table_args__ = (
        # The screen lists the lines of one status, newest first.
        Index("ix_bank_lines_status_date", "status", "txn_date"),
        fen_limit("amount_fen"),
        fen_limit("balance_fen", signed=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    line_key: Mapped[str] = mapped_column(String(64), unique=True)
    bank: Mapped[str] = mapped_column(String(20))
    account: Mapped[str | None] = mapped_column(String(100))
    file_name: Mapped[str] = mapped_column(String(300))
    row_number: Mapped[int]
    txn_date: Mapped[date] = mapped_column(Date)
    txn_time: Mapped[str | None] = mapped_column(String(8))
    direction: Mapped[str] = mapped_column(String(10))  # credit, debit, neutral
    amount_fen: Mapped[int] = mapped_column(Fen)
    balance_fen: Mapped[int | None] = mapped_column(Fen)
    payer_name: Mapped[str | None] = mapped_column(String(200))
    payer_account: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str | None] = mapped_column(String(200))
    memo: Mapped[str | None] = mapped_column(Text)
    serial: Mapped[str | None] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(10))  # proposed, confirmed, ignored
    # The payment the line became; unique: one line, one payment.
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), unique=True)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
