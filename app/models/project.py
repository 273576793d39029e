"""Testing projects (检测委托), their quote lines, stage history and payment plans."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, case, literal_column, text
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.elements import Grouping

from app.models.base import Base, Fen, Timestamped, Versioned, fen_limit, text_limit, utcnow


class Project(Versioned, Timestamped, Base):
    __tablename__ = "projects"
    __table_args__ = (
        Index("ix_projects_stage_customer", "stage", "customer_id"),
        # The list's default order, and each board column's longest-waiting cards.
        Index("ix_projects_stage_since_id", "stage_since", "id"),
        Index("ix_projects_stage_stage_since", "stage", "stage_since", "id"),
        # Open projects by stage date: the open, stalled and deadline-passed filters (the
        # deadline in it, so that the rows not past theirs are skipped in the index).
        Index(
            "ix_projects_open_since",
            "stage_since",
            "id",
            "stage_deadline",
            sqlite_where=text("stage NOT IN ('paid', 'cancelled')"),
            postgresql_where=text("stage NOT IN ('paid', 'cancelled')"),
        ),
        # Stage deadlines by day for the calendar (revision 0016).
        Index(
            "ix_projects_stage_deadline",
            "stage_deadline",
            "stage",
            "salesperson_id",
            "customer_id",
            sqlite_where=text("stage_deadline IS NOT NULL"),
            postgresql_where=text("stage_deadline IS NOT NULL"),
        ),
        fen_limit("quoted_amount_fen"),
        fen_limit("contract_amount_fen"),
        text_limit("title", 200),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    test_category: Mapped[str | None] = mapped_column(String(50))
    salesperson_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    technician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    finance_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    contract_no: Mapped[str | None] = mapped_column(String(64))
    quoted_amount_fen: Mapped[int] = mapped_column(Fen, default=0)
    contract_amount_fen: Mapped[int] = mapped_column(Fen, default=0)
    stage: Mapped[str] = mapped_column(String(20), default="lead")
    stage_since: Mapped[date] = mapped_column(Date)
    stage_deadline: Mapped[date | None] = mapped_column(Date)
    lead_date: Mapped[date | None] = mapped_column(Date)
    quoted_date: Mapped[date | None] = mapped_column(Date)
    contracted_date: Mapped[date | None] = mapped_column(Date)
    samples_received_date: Mapped[date | None] = mapped_column(Date)
    testing_date: Mapped[date | None] = mapped_column(Date)
    report_issued_date: Mapped[date | None] = mapped_column(Date)
    report_released_date: Mapped[date | None] = mapped_column(Date)
    invoiced_date: Mapped[date | None] = mapped_column(Date)
    paid_date: Mapped[date | None] = mapped_column(Date)
    cancelled_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    source_key: Mapped[str | None] = mapped_column(String(100), unique=True)

    items: Mapped[list[ProjectItem]] = relationship(
        cascade="all, delete-orphan", order_by="ProjectItem.line_no"
    )
    installments: Mapped[list[Installment]] = relationship(
        cascade="all, delete-orphan", order_by="Installment.seq"
    )


# The amount the project list shows and sorts by: the contract's once signed, the quote
# before. Indexed as that expression so that the sort and its total read one index.
LIST_AMOUNT = case(
    (Project.contract_amount_fen != literal_column("0"), Project.contract_amount_fen),
    else_=Project.quoted_amount_fen,
)
Index("ix_projects_list_amount", Grouping(LIST_AMOUNT), Project.id)


class ProjectItem(Base):
    """One quoted test item: quantity x unit price less a discount."""

    __tablename__ = "project_items"
    __table_args__ = (
        fen_limit("unit_price_fen"),
        fen_limit("discount_fen"),
        fen_limit("amount_fen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    test_item: Mapped[str] = mapped_column(String(200))
    standard: Mapped[str | None] = mapped_column(String(200))
    # Quantities may be fractional (2.5 hours of sampling): thousandths, exact as an integer.
    quantity_milli: Mapped[int] = mapped_column(Integer)
    unit_price_fen: Mapped[int] = mapped_column(Fen)
    discount_fen: Mapped[int] = mapped_column(Fen, default=0)
    amount_fen: Mapped[int] = mapped_column(Fen)


class ProjectStageEvent(Base):
    """Every stage transition: who moved the project, when, from where to where."""

    __tablename__ = "project_stage_events"
    __table_args__ = (
        # Covering, for cycle times (revision 0015): who entered a stage in a period, and
        # when each of them entered the stage before.
        Index("ix_project_stage_events_stage_date", "to_stage", "event_date", "project_id"),
        Index("ix_project_stage_events_project_stage", "project_id", "to_stage", "event_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    event_date: Mapped[date] = mapped_column(Date)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)


class Installment(Versioned, Base):
    """One line of a payment plan (回款计划)."""

    __tablename__ = "installments"
    __table_args__ = (
        # Installments by due date for the calendar, without reading the table (0016).
        Index("ix_installments_due_project", "due_date", "project_id", "amount_fen", "seq"),
        fen_limit("amount_fen"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    share_bp: Mapped[int | None] = mapped_column(Integer)
    amount_fen: Mapped[int] = mapped_column(Fen)
    trigger: Mapped[str] = mapped_column(String(20), default="fixed")
    offset_days: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    description: Mapped[str | None] = mapped_column(String(200))
