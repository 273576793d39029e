"""Monthly collection targets (回款目标) per salesperson, set by managers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Fen, Timestamped, fen_limit


class SalesTarget(Timestamped, Base):
    """What one salesperson should collect in one calendar month (``month`` is its first
    day). Setting it again replaces the amount; the audit log keeps the earlier ones."""

    __tablename__ = "sales_targets"
    __table_args__ = (UniqueConstraint("salesperson_id", "month"), fen_limit("amount_fen"))

    id: Mapped[int] = mapped_column(primary_key=True)
    salesperson_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    month: Mapped[date] = mapped_column(Date, index=True)
    amount_fen: Mapped[int] = mapped_column(Fen)
    set_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
