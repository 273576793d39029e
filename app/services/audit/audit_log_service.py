"""The audit log as a paged list: filtered by user, kind of record, action and date, newest
first, each entry with the record it concerns named and its before and after values.

Only managers (and admins) read it; the check is here, not in the view."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, CreditTier, Customer, Invoice, Payment, Project, Statement, User
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest, like_pattern
from app.services.core.permissions import MANAGERS, require

# The "user" filter's value for entries the system made (start-up jobs, the command line).
SYSTEM_USER = 0
ACTION = "view the audit log"

# How a record of each kind is named in the list: its number, code or name.
_NAMES: dict[str, Any] = {
    "customer": (Customer.id, Customer.name),
    "invoice": (Invoice.id, Invoice.number),
    "payment": (Payment.id, Payment.number),
    "project": (Project.id, Project.code),
    "statement": (Statement.id, Statement.number),
    "credit_tier": (CreditTier.id, CreditTier.name),
    "user": (User.id, User.display_name),
}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    user_id: int | None
    user_name: str  # "" for the system
    action: str
    entity_type: str
    entity_id: int | None
    entity_name: str  # the record's number, code or name when it still exists
    before: Any
    after: Any
    reason: str
    hash: str


@dataclass(frozen=True)
class AuditFilterChoices:
    users: tuple[tuple[int, str], ...]  # (id, name) of everyone who has entries
    has_system: bool  # entries made by the system
    entity_types: tuple[str, ...]
    actions: tuple[str, ...]


def audit_filter_choices(session: Session, actor: Actor) -> AuditFilterChoices:
    """What the filters offer: the users, kinds of record and actions the log holds."""
    require(actor, ACTION, MANAGERS)
    users = session.execute(
        select(User.id, User.display_name)
        .where(User.id.in_(select(AuditEntry.user_id).distinct()))
        .order_by(User.display_name)
    ).all()
    has_system = (
        session.scalar(select(AuditEntry.id).where(AuditEntry.user_id.is_(None)).limit(1))
        is not None
    )
    kinds = session.scalars(select(AuditEntry.entity_type).distinct()).all()
    actions = session.scalars(select(AuditEntry.action).distinct()).all()
    return AuditFilterChoices(
        tuple((int(i), str(n)) for i, n in users),
        has_system,
        tuple(sorted(kinds)),
        tuple(sorted(actions)),
    )


def _start_of(day: date) -> datetime:
    """The start of ``day`` on this PC's clock, in UTC (entries are stored in UTC)."""
    return datetime.combine(day, time.min).astimezone(UTC)


def _conditions(req: ListRequest) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if (entry_id := req.filter("id")) is not None:
        conds.append(AuditEntry.id == entry_id)
    user = req.filter("user_id")
    if user == SYSTEM_USER:
        conds.append(AuditEntry.user_id.is_(None))
    elif user is not None:
        conds.append(AuditEntry.user_id == user)
    if (kind := req.filter("entity_type")) is not None:
        conds.append(AuditEntry.entity_type == kind)
    if (action := req.filter("action")) is not None:
        conds.append(AuditEntry.action == action)
    if isinstance(start := req.filter("date_from"), date):
        conds.append(AuditEntry.at >= _start_of(start))
    if isinstance(end := req.filter("date_to"), date):
        conds.append(AuditEntry.at < _start_of(end + timedelta(days=1)))
    text = req.search.strip()
    if text:
        # The record's id, or words of the reason given.
        found: list[ColumnElement[bool]] = [
            AuditEntry.reason.ilike(like_pattern(text), escape="\\")
        ]
        if text.lstrip("#").isdigit():
            found.append(AuditEntry.entity_id == int(text.lstrip("#")))
        conds.append(or_(*found))
    return conds


def count_audit(session: Session, actor: Actor, req: ListRequest) -> int:
    require(actor, ACTION, MANAGERS)
    return (
        session.scalar(select(func.count()).select_from(AuditEntry).where(*_conditions(req))) or 0
    )


def fetch_audit(
    session: Session, actor: Actor, req: ListRequest, offset: int, limit: int
) -> list[AuditRow]:
    """A page of entries, newest first (oldest first with ``descending`` False and the
    "at" sort key): the log's order is its ids'."""
    require(actor, ACTION, MANAGERS)
    oldest_first = req.sort_key == "at" and not req.descending
    stmt = (
        select(AuditEntry, User.display_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(*_conditions(req))
        .order_by(AuditEntry.id.asc() if oldest_first else AuditEntry.id.desc())
        .offset(offset)
        .limit(limit)
    )
    rows = session.execute(stmt).all()
    names = _entity_names(session, [(e.entity_type, e.entity_id) for e, _ in rows])
    return [
        AuditRow(
            e.id,
            e.at if e.at.tzinfo else e.at.replace(tzinfo=UTC),
            e.user_id,
            name or "",
            e.action,
            e.entity_type,
            e.entity_id,
            names.get((e.entity_type, e.entity_id), ""),
            e.before,
            e.after,
            e.reason or "",
            e.hash,
        )
        for e, name in rows
    ]


def _entity_names(
    session: Session, keys: list[tuple[str, int | None]]
) -> dict[tuple[str, int | None], str]:
    """One query per kind of record on the page."""
    wanted: dict[str, set[int]] = {}
    for kind, entity_id in keys:
        if kind in _NAMES and entity_id is not None:
            wanted.setdefault(kind, set()).add(entity_id)
    names: dict[tuple[str, int | None], str] = {}
    for kind, ids in wanted.items():
        id_column, name_column = _NAMES[kind]
        for entity_id, name in session.execute(
            select(id_column, name_column).where(id_column.in_(ids))
        ):
            names[(kind, entity_id)] = str(name)
    return names
