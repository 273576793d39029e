"""Aging of receivables by due date as of any day, grouped by customer, salesperson, tier,
test category or project; the invoices behind any cell; the bad-debt provision (坏账准备).

Bucket edges follow DESIGN.md: days overdue = as-of - due date; an invoice due on the
as-of day is current, one 30 days past due is in 1-30. Prepayments (预收) are never netted
into the buckets: each row shows them apart, and the net is total - prepaid.

The salesperson of a receivable is its customer's owner today (who collects it now), the
tier the customer's tier today; category and project come from the invoice's project.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, Subquery, func, select
from sqlalchemy.orm import Session

from app.domain.aging import (
    PROVISION_BUCKETS,
    Bucket,
    days_overdue,
    make_buckets,
    provision_fen,
)
from app.models import CreditTier, Customer, Invoice, Project, User
from app.services.core.settings_service import get_aging_bounds, get_value
from app.services.core.visibility import (
    owner_scope,
    scope_conditions,
    sees_everyone,
    viewer_of,
)
from app.services.ledger.as_of import bucket_of, open_parts, prepayment_parts
from app.services.statements.disputes import disputed_amounts


class AgingBy(StrEnum):
    CUSTOMER = "customer"
    SALESPERSON = "salesperson"
    TIER = "tier"
    CATEGORY = "category"
    PROJECT = "project"


# Groups reached through the customer; prepayments belong to customers, so these rows show
# them. A prepayment belongs to no project or category: those reports show it in total only.
THROUGH_CUSTOMER = (AgingBy.CUSTOMER, AgingBy.SALESPERSON, AgingBy.TIER)

GroupKey = int | str | None


@dataclass(frozen=True)
class AgingRow:
    """One group. ``key`` is the customer, user, tier or project id, or the category text;
    None gathers what has none (no salesperson, no project, no category) and has no label."""

    key: GroupKey
    label: str
    code: str
    amounts: tuple[int, ...]
    prepaid_fen: int
    # What the group's customers dispute in their replies to statements (shown apart;
    # it stays in the buckets). Zero for groups that are not reached through customers.
    disputed_fen: int = 0
    total_fen: int = field(init=False)

    def __post_init__(self) -> None:
        # Sorting and filtering read it often: summed once.
        object.__setattr__(self, "total_fen", sum(self.amounts))

    @property
    def net_fen(self) -> int:
        return self.total_fen - self.prepaid_fen


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    by: AgingBy
    buckets: tuple[Bucket, ...]
    rows: tuple[AgingRow, ...]
    prepaid_fen: int
    disputed_fen: int = 0

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(r.amounts[i] for r in self.rows) for i in range(len(self.buckets)))

    @property
    def total_fen(self) -> int:
        return sum(self.totals)

    @property
    def net_fen(self) -> int:
        return self.total_fen - self.prepaid_fen


def current_buckets(session: Session) -> tuple[Bucket, ...]:
    """The aging buckets as set in settings (default current, 1-30 ... 181-365, 365+)."""
    return make_buckets(get_aging_bounds(session))


def _keyed(by: AgingBy, parts: Subquery, session: Session) -> Subquery:
    """The open parts with the group each belongs to, as column ``key`` (of the customers
    the session's viewer sees)."""
    c = parts.c
    cols = (c.id, c.customer_id, c.due_date, c.amount_fen)
    match by:
        case AgingBy.CUSTOMER:
            stmt = select(c.customer_id.label("key"), *cols)
        case AgingBy.SALESPERSON | AgingBy.TIER:
            column = Customer.owner_id if by is AgingBy.SALESPERSON else Customer.tier_id
            stmt = select(column.label("key"), *cols).join(Customer, Customer.id == c.customer_id)
        case AgingBy.PROJECT:
            stmt = select(Invoice.project_id.label("key"), *cols).join(Invoice, Invoice.id == c.id)
        case AgingBy.CATEGORY:
            stmt = (
                select(Project.test_category.label("key"), *cols)
                .join(Invoice, Invoice.id == c.id)
                .outerjoin(Project, Project.id == Invoice.project_id)
            )
    return stmt.where(*scope_conditions(session, c.customer_id)).subquery("keyed")


def aging_report(
    session: Session,
    as_of: date,
    by: AgingBy = AgingBy.CUSTOMER,
    buckets: Sequence[Bucket] | None = None,
) -> AgingReport:
    """Open receivables on ``as_of`` per group and bucket, summed in SQL; groups with
    nothing open and nothing prepaid are left out. Largest total first."""
    chosen = tuple(buckets) if buckets is not None else current_buckets(session)
    keyed = _keyed(by, open_parts(as_of), session)
    bucket = bucket_of(keyed.c.due_date, as_of, chosen).label("bucket")
    stmt = select(keyed.c.key, bucket, func.sum(keyed.c.amount_fen)).group_by(keyed.c.key, bucket)
    index = {b.key: i for i, b in enumerate(chosen)}
    amounts: dict[GroupKey, list[int]] = {}
    # Core rows: thousands of groups, no ORM objects wanted.
    for key, bucket_key, total in session.connection().execute(stmt):
        if total:
            amounts.setdefault(key, [0] * len(chosen))[index[bucket_key]] += int(total)
    prepaid = _prepaid_by(session, as_of, by)
    shown = prepaid if by in THROUGH_CUSTOMER else {}
    disputed = _disputed_by(session, as_of, by)
    labels = _labels(session, by, amounts.keys() | shown.keys())
    rows = [
        AgingRow(
            key=key,
            label=labels.get(key, ("", ""))[0],
            code=labels.get(key, ("", ""))[1],
            amounts=tuple(amounts.get(key, [0] * len(chosen))),
            prepaid_fen=shown.get(key, 0),
            disputed_fen=disputed.get(key, 0),
        )
        for key in amounts.keys() | shown.keys()
    ]
    rows = [r for r in rows if r.total_fen or r.prepaid_fen or any(r.amounts)]
    rows.sort(key=lambda r: (-r.total_fen, -r.prepaid_fen, r.code, r.label))
    return AgingReport(
        as_of, by, chosen, tuple(rows), sum(prepaid.values()), sum(r.disputed_fen for r in rows)
    )


def _disputed_by(session: Session, as_of: date, by: AgingBy) -> dict[GroupKey, int]:
    """Disputed amounts on ``as_of`` per customer, salesperson or tier (none for the
    groups not reached through customers: a dispute names no project)."""
    if by not in THROUGH_CUSTOMER:
        return {}
    disputes = disputed_amounts(session, as_of)
    if not sees_everyone(viewer_of(session)) and disputes:
        seen = set(session.scalars(select(Customer.id).where(*owner_scope(session))))
        disputes = {cid: d for cid, d in disputes.items() if cid in seen}
    if by is AgingBy.CUSTOMER or not disputes:
        return {cid: d.amount_fen for cid, d in disputes.items()}
    column = Customer.owner_id if by is AgingBy.SALESPERSON else Customer.tier_id
    found: dict[GroupKey, int] = {}
    for cid, key in session.execute(
        select(Customer.id, column).where(Customer.id.in_(list(disputes)))
    ):
        found[key] = found.get(key, 0) + disputes[cid].amount_fen
    return found


def _prepaid_by(session: Session, as_of: date, by: AgingBy) -> dict[GroupKey, int]:
    """Prepayments on ``as_of`` per customer, salesperson or tier (per customer for the
    groups that have no customer field: only their total is used)."""
    parts = prepayment_parts(as_of)
    if by in (AgingBy.SALESPERSON, AgingBy.TIER):
        column = Customer.owner_id if by is AgingBy.SALESPERSON else Customer.tier_id
        stmt = (
            select(column, func.sum(parts.c.amount_fen))
            .join(Customer, Customer.id == parts.c.customer_id)
            .group_by(column)
        )
    else:
        stmt = select(parts.c.customer_id, func.sum(parts.c.amount_fen)).group_by(
            parts.c.customer_id
        )
    stmt = stmt.where(*scope_conditions(session, parts.c.customer_id))
    return {key: int(total) for key, total in session.connection().execute(stmt) if total}


def _labels(
    session: Session, by: AgingBy, keys: Iterable[GroupKey]
) -> dict[GroupKey, tuple[str, str]]:
    """(name, code) of each group key; the None group has none."""
    wanted = [k for k in keys if k is not None]
    if not wanted:
        return {}
    if by is AgingBy.CUSTOMER and len(wanted) > 2000:
        # Most customers: one read of them all beats many lists of ids.
        every = session.connection().execute(select(Customer.id, Customer.name, Customer.code))
        return {cid: (name, code) for cid, name, code in every}
    match by:
        case AgingBy.CUSTOMER:
            stmt = select(Customer.id, Customer.name, Customer.code)
            column = Customer.id
        case AgingBy.SALESPERSON:
            stmt = select(User.id, User.display_name, User.login)
            column = User.id
        case AgingBy.TIER:
            stmt = select(CreditTier.id, CreditTier.name, CreditTier.code)
            column = CreditTier.id
        case AgingBy.PROJECT:
            stmt = select(Project.id, Project.title, Project.code)
            column = Project.id
        case AgingBy.CATEGORY:
            return {k: (str(k), "") for k in wanted}
    labels: dict[GroupKey, tuple[str, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for key, name, code in session.connection().execute(stmt.where(column.in_(chunk))):
            labels[key] = (name, code)
    return labels


@dataclass(frozen=True)
class AgingInvoice:
    """An invoice behind an aging cell, with its open amount on the as-of day."""

    invoice_id: int
    number: str
    customer_id: int
    customer_name: str
    issue_date: date
    due_date: date
    amount_fen: int
    open_fen: int
    days_overdue: int
    bucket: str


def aging_invoices(
    session: Session,
    as_of: date,
    by: AgingBy,
    key: GroupKey,
    bucket: Bucket | None = None,
    buckets: Sequence[Bucket] | None = None,
) -> list[AgingInvoice]:
    """The invoices open on ``as_of`` in one group (and one bucket, or all), oldest due
    first; their open amounts sum to the cell."""
    chosen = tuple(buckets) if buckets is not None else current_buckets(session)
    keyed = _keyed(by, open_parts(as_of), session)
    open_sum = func.sum(keyed.c.amount_fen)
    stmt = (
        select(keyed.c.id, open_sum)
        .where(keyed.c.key.is_(None) if key is None else keyed.c.key == key)
        .group_by(keyed.c.id)
        .having(open_sum != 0)
    )
    if bucket is not None:
        stmt = stmt.where(*_due_range(keyed.c.due_date, as_of, bucket))
    opened = {iid: int(total) for iid, total in session.execute(stmt)}
    found: list[AgingInvoice] = []
    ids = list(opened)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(
                Invoice.id,
                Invoice.number,
                Invoice.customer_id,
                Customer.name,
                Invoice.issue_date,
                Invoice.due_date,
                Invoice.amount_fen,
            )
            .join(Customer, Customer.id == Invoice.customer_id)
            .where(Invoice.id.in_(ids[start : start + 500]))
        )
        for iid, number, cid, cname, issued, due, amount in rows:
            days = days_overdue(as_of, due)
            found.append(
                AgingInvoice(
                    iid,
                    number,
                    cid,
                    cname,
                    issued,
                    due,
                    amount,
                    opened[iid],
                    days,
                    _bucket_key(days, chosen),
                )
            )
    found.sort(key=lambda i: (i.due_date, i.number))
    return found


def _bucket_key(days: int, buckets: Sequence[Bucket]) -> str:
    return next(b.key for b in buckets if b.contains(days))


def _due_range(due: ColumnElement[date], as_of: date, bucket: Bucket) -> list[ColumnElement[bool]]:
    """Due dates whose days overdue on ``as_of`` fall in ``bucket`` (bounds inclusive)."""
    conditions = []
    if bucket.low is not None:
        conditions.append(due <= as_of - timedelta(days=bucket.low))
    if bucket.high is not None:
        conditions.append(due >= as_of - timedelta(days=bucket.high))
    return conditions


@dataclass(frozen=True)
class ProvisionLine:
    bucket: Bucket
    open_fen: int
    rate_bp: int

    @property
    def provision_fen(self) -> int:
        return provision_fen(self.open_fen, self.rate_bp)


@dataclass(frozen=True)
class ProvisionRow:
    key: GroupKey
    label: str
    code: str
    lines: tuple[ProvisionLine, ...]

    @property
    def open_fen(self) -> int:
        return sum(line.open_fen for line in self.lines)

    @property
    def provision_fen(self) -> int:
        return sum(line.provision_fen for line in self.lines)


def provision_rates(session: Session) -> tuple[int, ...]:
    """Rates in basis points per accounting band (1年以内, 1-2年, 2-3年, 3年以上)."""
    rates = tuple(int(r) for r in get_value(session, "provision_rates_bp"))
    if len(rates) != len(PROVISION_BUCKETS) or any(not 0 <= r <= 10_000 for r in rates):
        raise ValueError(f"provision rates must be four values 0-10000 bp, got {rates}")
    return rates


def provision_report(
    session: Session, as_of: date, by: AgingBy = AgingBy.CUSTOMER
) -> tuple[ProvisionRow, ...]:
    """坏账准备: open receivables per accounting band times the band's rate, each band
    rounded half-up to the fen per group (the sum of the groups is the report's total)."""
    aging = aging_report(session, as_of, by, PROVISION_BUCKETS)
    rates = provision_rates(session)
    return tuple(
        ProvisionRow(
            row.key,
            row.label,
            row.code,
            tuple(
                ProvisionLine(b, amount, rate)
                for b, amount, rate in zip(PROVISION_BUCKETS, row.amounts, rates, strict=True)
            ),
        )
        for row in aging.rows
        if row.total_fen
    )


def customer_aging(
    session: Session, customer_id: int, as_of: date, buckets: Sequence[Bucket]
) -> dict[str, int]:
    """Open balance of one customer on ``as_of`` per bucket (fen), every bucket present."""
    parts = open_parts(as_of, customer_id)
    bucket = bucket_of(parts.c.due_date, as_of, buckets).label("bucket")
    result = {b.key: 0 for b in buckets}
    stmt = select(bucket, func.sum(parts.c.amount_fen)).group_by(bucket)
    for key, total in session.execute(stmt):
        result[key] += int(total or 0)
    return result
