"""Follow-up and collection log (跟进记录), with optional promises to pay."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit


class Activity(Versioned, Timestamped, Base):
    __tablename__ = "activities"
    __table_args__ = (
        # A customer's follow-ups newest first, one page at a time (revision 0010).
        Index("ix_activities_customer_occurred", "customer_id", "occurred_at", "id"),
        # Promises to pay by date for the calendar (revision 0016).
        Index(
            "ix_activities_promise_date",
            "promise_date",
            "promise_status",
            "promise_amount_fen",
            "user_id",
            "customer_id",
            sqlite_where=text("promise_date IS NOT NULL"),
            postgresql_where=text("promise_date IS NOT NULL"),
        ),
        fen_limit("promise_amount_fen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(20))
    occurred_at: Mapped[datetime]
    summary: Mapped[str] = mapped_column(Text)
    next_action_date: Mapped[date | None] = mapped_column(Date, index=True)
    promise_amount_fen: Mapped[int | None] = mapped_column(Fen)
    promise_date: Mapped[date | None] = mapped_column(Date)
    promise_status: Mapped[str | None] = mapped_column(String(20))
