"""Project list and board: filtered by salesperson, customer, stage, overdue deadline and
stalled (no movement for the customer tier's number of days)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    SQLColumnExpression,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from app.domain.enums import STAGE_ORDER, ProjectStage
from app.models import CreditTier, Customer, Project, User
from app.models.project import LIST_AMOUNT
from app.services.core.list_request import ListRequest, like_pattern
from app.services.core.visibility import scope_conditions

SORT_KEYS = ("code", "stage_since", "contract_amount", "customer")
CLOSED = (ProjectStage.PAID.value, ProjectStage.CANCELLED.value)
# Open projects, as the partial index ix_projects_open_since states them (literals: SQLite
# uses a partial index only for a condition written as its own).
OPEN_PROJECT = Project.stage.not_in([literal_column(f"'{stage}'") for stage in CLOSED])


@dataclass(frozen=True)
class ProjectRow:
    id: int
    code: str
    title: str
    customer_id: int
    customer_name: str
    salesperson: str
    stage: str
    stage_since: date
    stage_deadline: date | None
    quoted_amount_fen: int
    contract_amount_fen: int
    stalled: bool

    def deadline_overdue(self, as_of: date) -> bool:
        return (
            self.stage_deadline is not None
            and self.stage_deadline < as_of
            and self.stage not in CLOSED
        )


@dataclass(frozen=True)
class ProjectTotals:
    """What the rows a request shows add up to."""

    count: int
    amount_fen: int  # each project's contract amount once signed, its quote before


def _stalled(session: Session, as_of: date) -> ColumnElement[bool]:
    """Open projects whose stage has not moved for longer than their tier allows."""
    tiers = session.execute(select(CreditTier.id, CreditTier.stall_days)).all()
    if not tiers:
        return false()
    # The open projects' index by stage date drives (the earliest day any tier allows is
    # stated for it), not the customers of each tier: their tier is hidden from its index.
    tier = func.coalesce(Customer.tier_id, Customer.tier_id)
    return and_(
        OPEN_PROJECT,
        Project.stage_since < as_of - timedelta(days=min(days for _tid, days in tiers)),
        or_(
            *(
                and_(tier == tid, Project.stage_since < as_of - timedelta(days=days))
                for tid, days in tiers
            )
        ),
    )


def _conditions(session: Session, req: ListRequest, as_of: date) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    for name, column in (
        ("id", Project.id),
        ("customer_id", Project.customer_id),
        ("salesperson_id", Project.salesperson_id),
        ("stage", Project.stage),
    ):
        if (value := req.filter(name)) is not None:
            conds.append(column == value)
    if req.filter("open_only"):
        conds.append(OPEN_PROJECT)
    if req.filter("deadline_overdue"):
        conds += [Project.stage_deadline < as_of, OPEN_PROJECT]
    if req.filter("stalled"):
        conds.append(_stalled(session, as_of))
    if (days := req.filter("stalled_days")) is not None:
        # A set number of days instead of each tier's.
        assert isinstance(days, int | str), "stalled_days is a whole number of days"
        conds += [
            OPEN_PROJECT,
            Project.stage_since < as_of - timedelta(days=int(days)),
        ]
    text = req.search.strip()
    if text:
        pattern = like_pattern(text)
        conds.append(
            or_(
                Project.code.ilike(pattern, escape="\\"),
                Project.title.ilike(pattern, escape="\\"),
                Project.contract_no.ilike(pattern, escape="\\"),
                Customer.name.ilike(pattern, escape="\\"),
            )
        )
    conds += scope_conditions(session, Project.customer_id)
    return conds


def _filtered(
    session: Session, req: ListRequest, as_of: date, *columns: ColumnElement[Any]
) -> Select[Any]:
    """``columns`` over the projects the request shows; the customers are joined only when
    a condition needs them (a search, stalled projects), which a count does not."""
    stmt = select(*columns).select_from(Project).where(*_conditions(session, req, as_of))
    if req.search.strip() or req.filter("stalled"):
        stmt = stmt.join(Customer, Customer.id == Project.customer_id)
    return stmt


def count_projects(session: Session, req: ListRequest, as_of: date) -> int:
    return session.scalar(_filtered(session, req, as_of, func.count())) or 0


def project_totals(session: Session, req: ListRequest, as_of: date) -> ProjectTotals:
    """Count and amount of every row the request shows (the amount read from
    ix_projects_list_amount when nothing narrows them)."""
    count, amount = session.execute(
        _filtered(session, req, as_of, func.count(), func.coalesce(func.sum(LIST_AMOUNT), 0))
    ).one()
    return ProjectTotals(int(count), int(amount))


def fetch_projects(
    session: Session, req: ListRequest, offset: int, limit: int, as_of: date
) -> list[ProjectRow]:
    seller = aliased(User)
    stalled = _stalled(session, as_of)
    by_key: dict[str, list[SQLColumnExpression[Any]]] = {
        "code": [Project.code],
        # The amount the list shows: the contract's, or the quote before one.
        "contract_amount": [LIST_AMOUNT, Project.id],
        # Customers by name, each one's projects in id order: read through both indexes.
        "customer": [Customer.name, Customer.id, Project.id],
    }
    columns = by_key.get(req.sort_key, [Project.stage_since, Project.id])
    order = [c.desc() if req.descending else c.asc() for c in columns]
    stmt = (
        select(
            Project.id,
            Project.code,
            Project.title,
            Project.customer_id,
            Customer.name,
            seller.display_name,
            Project.stage,
            Project.stage_since,
            Project.stage_deadline,
            Project.quoted_amount_fen,
            Project.contract_amount_fen,
            stalled,
        )
        .join(Customer, Customer.id == Project.customer_id)
        .outerjoin(seller, seller.id == Project.salesperson_id)
        .where(*_conditions(session, req, as_of))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    # select() types only the first ten columns of a row; the last two are Any.
    return [
        ProjectRow(*r[:5], r[5] or "", *r[6:10], r[10], bool(r[11])) for r in session.execute(stmt)
    ]


def board(
    session: Session, req: ListRequest, as_of: date, per_stage: int = 50
) -> dict[str, tuple[int, list[ProjectRow]]]:
    """Board columns: for each stage its project count and the longest-waiting cards."""
    columns = {}
    for stage in (*STAGE_ORDER, ProjectStage.CANCELLED):
        staged = req.with_filter("stage", stage.value)
        columns[stage.value] = (
            count_projects(session, staged, as_of),
            fetch_projects(session, staged, 0, per_stage, as_of),
        )
    return columns
