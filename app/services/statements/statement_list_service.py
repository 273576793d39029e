"""The statements issued, for the statements section: filtered by what is awaited from the
customer (a reply, or the settling of a dispute) and searched by customer, latest first,
a page at a time, with the totals of what the filter shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.domain.enums import StatementReply
from app.models import Customer, Statement
from app.services.core.list_request import like_pattern
from app.services.core.visibility import owner_scope


class StatementFilter(StrEnum):
    ALL = "all"
    AWAITING = "awaiting"  # no reply yet
    DISPUTED = "disputed"  # a disputed reply not yet resolved


@dataclass(frozen=True)
class StatementListRow:
    id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    period_from: date
    period_to: date
    opening_balance_fen: int
    closing_balance_fen: int
    issued_on: date | None
    sent_date: date | None
    reply: str
    reply_date: date | None
    disputed_amount_fen: int
    dispute_resolved_on: date | None
    scan_name: str | None

    @property
    def open_dispute_fen(self) -> int:
        """The amount disputed and not yet resolved (0 for none)."""
        if self.reply != StatementReply.DISPUTED.value or self.dispute_resolved_on is not None:
            return 0
        return self.disputed_amount_fen


@dataclass(frozen=True)
class StatementTotals:
    count: int
    closing_fen: int
    disputed_fen: int  # disputes not yet resolved


def _where(status: StatementFilter, search: str) -> list[Any]:
    conditions: list[Any] = []
    if status is StatementFilter.AWAITING:
        conditions.append(Statement.reply == StatementReply.NONE.value)
    elif status is StatementFilter.DISPUTED:
        conditions.append(Statement.reply == StatementReply.DISPUTED.value)
        conditions.append(Statement.dispute_resolved_on.is_(None))
    text = search.strip()
    if text:
        pattern = like_pattern(text)
        conditions.append(
            or_(
                Customer.name.ilike(pattern, escape="\\"),
                Customer.short_name.ilike(pattern, escape="\\"),
                Customer.code.ilike(pattern, escape="\\"),
                Statement.number.ilike(pattern, escape="\\"),
            )
        )
    return conditions


def fetch_statements(
    session: Session,
    status: StatementFilter = StatementFilter.ALL,
    search: str = "",
    offset: int = 0,
    limit: int = 200,
) -> list[StatementListRow]:
    """A page of the statements, latest issued first."""
    stmt = (
        select(
            Statement.id,
            Statement.number,
            Statement.customer_id,
            Customer.code,
            Customer.name,
            Statement.period_from,
            Statement.period_to,
            Statement.opening_balance_fen,
            Statement.closing_balance_fen,
            Statement.issued_on,
            Statement.sent_date,
            Statement.reply,
            Statement.reply_date,
            Statement.disputed_amount_fen,
            Statement.dispute_resolved_on,
            Statement.signed_scan_name,
        )
        .join(Customer, Customer.id == Statement.customer_id)
        .where(*_where(status, search), *owner_scope(session))
        .order_by(Statement.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return [StatementListRow(*tuple(row)) for row in session.execute(stmt)]


def statement_totals(
    session: Session, status: StatementFilter = StatementFilter.ALL, search: str = ""
) -> StatementTotals:
    """How many statements the filter shows, their closing balances and open disputes."""
    open_dispute = (
        Statement.reply == StatementReply.DISPUTED.value
    ) & Statement.dispute_resolved_on.is_(None)
    stmt = (
        select(
            func.count(Statement.id),
            func.coalesce(func.sum(Statement.closing_balance_fen), 0),
            func.coalesce(
                func.sum(case((open_dispute, Statement.disputed_amount_fen), else_=0)), 0
            ),
        )
        .join(Customer, Customer.id == Statement.customer_id)
        .where(*_where(status, search), *owner_scope(session))
    )
    count, closing, disputed_fen = session.execute(stmt).one()
    return StatementTotals(int(count), int(closing), int(disputed_fen))
