"""Collection tasks (催收任务): one open task per customer with money overdue, raised level by
level by the tier's reminder schedule; and the outbox of reminder emails to customers."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit

# A task still being worked on; at most one per customer (the partial unique index below).
ACTIVE_STATUSES = ("open", "promised", "broken", "escalated")
ACTIVE_TASK = "status IN ({})".format(", ".join(f"'{s}'" for s in ACTIVE_STATUSES))


class CollectionTask(Versioned, Timestamped, Base):
    __tablename__ = "collection_tasks"
    __table_args__ = (
        Index(
            "uq_collection_tasks_active_customer",
            "customer_id",
            unique=True,
            sqlite_where=text(ACTIVE_TASK),
            postgresql_where=text(ACTIVE_TASK),
        ),
        # "My tasks today": a user's active tasks by due date.
        Index("ix_collection_tasks_assignee_status_due", "assignee_id", "status", "due_date"),
        Index("ix_collection_tasks_due_date", "due_date"),
        fen_limit("overdue_fen"),
        fen_limit("promise_amount_fen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
    # The schedule level that raised (or last escalated) it: days after the due date.
    level_days: Mapped[int] = mapped_column(Integer)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    due_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="open")
    # What was overdue when the task was raised or last escalated.
    overdue_fen: Mapped[int] = mapped_column(Fen, default=0)
    oldest_due_date: Mapped[date] = mapped_column(Date)
    last_action: Mapped[str | None] = mapped_column(String(20))
    last_action_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    next_date: Mapped[date | None] = mapped_column(Date)
    promise_amount_fen: Mapped[int | None] = mapped_column(Fen)
    promise_date: Mapped[date | None] = mapped_column(Date)
    # The follow-up (Activity) that recorded the promise; its promise status is the verdict.
    promise_activity_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id"))
    closed_on: Mapped[date | None] = mapped_column(Date)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)


class EmailOutbox(Base):
    """A reminder email to a customer waiting to be sent. The sender (SMTP, a later part of
    the issue) picks rows with ``sent_at`` empty; ``dedupe_key`` keeps each one unique."""

    __tablename__ = "email_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    to_address: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(Text)
    dedupe_key: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    error: Mapped[str | None] = mapped_column(Text)
