"""Credit tiers: how each class of customer is treated."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit, text_limit


class CreditTier(Versioned, Timestamped, Base):
    __tablename__ = "credit_tiers"
    __table_args__ = (
        fen_limit("credit_limit_fen"),
        text_limit("name", 50),
        text_limit("name_en", 50),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(50))
    name_en: Mapped[str] = mapped_column(String(50), default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    payment_terms_days: Mapped[int] = mapped_column(Integer, default=30)
    credit_limit_fen: Mapped[int] = mapped_column(Fen, default=0)
    # Days relative to the due date on which a reminder fires, e.g. [-7, 0, 7, 15, 30].
    reminder_days: Mapped[list[int]] = mapped_column(JSON, default=list)
    # The reminder schedule's levels (app/services/reminders/schedule.py); empty: derived
    # from reminder_days and the escalation above.
    reminder_schedule: Mapped[list[dict[str, object]] | None] = mapped_column(JSON)
    escalate_to_role: Mapped[str | None] = mapped_column(String(20))
    escalate_after_days: Mapped[int | None] = mapped_column(Integer)
    prepayment_share_bp: Mapped[int] = mapped_column(Integer, default=0)
    # Anything overdue more than this many days puts the customer on credit hold.
    overdue_hold_days: Mapped[int | None] = mapped_column(Integer)
    hold_reports_until_paid: Mapped[bool] = mapped_column(Boolean, default=False)
    stall_days: Mapped[int] = mapped_column(Integer, default=14)
