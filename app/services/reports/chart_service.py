"""The 工作台 charts' data: invoiced against collected each month, the overdue ratio and DSO
month by month, the aging of what is open by bucket, and the ten customers most overdue,
all kept to one filter (a salesperson's customers, a credit tier or a test category).

The monthly figures are the KPI service's (one ``kpi_report`` per month, so a month's DSO
is its closing AR / its invoicing x its days); a tier or a category is one group of its
report (the KPI service groups by either, not by both: a filter names at most one). The
aging is the aging report's, from the same open parts and bucket edges
(app/services/ledger/as_of.py), summed per customer and bucket with the filter applied, so
that the buckets and the top ten come from one read and agree to the fen. Aging and top ten
are as of the period's end (today for a period running on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.aging import Bucket
from app.domain.errors import ValidationError
from app.models import CreditTier, Customer, Invoice, Project, User
from app.services.ledger.aging_service import current_buckets
from app.services.ledger.as_of import bucket_of, open_parts
from app.services.reports.dashboard_service import TOP_OVERDUE, OverdueCustomer
from app.services.reports.kpi_service import GroupKey, KpiFigures, KpiGroup, kpi_report
from app.services.reports.periods import Interval, Period, add_months, month_start

MONTHS = 12


@dataclass(frozen=True)
class ChartFilter:
    """What the charts are kept to: the period (whole months but for a running last one),
    the customers a salesperson owns today, and a tier or a test category."""

    period: Period
    salesperson_id: int | None = None
    tier_id: int | None = None
    category: str | None = None

    def __post_init__(self) -> None:
        if self.tier_id is not None and self.category is not None:
            raise ValidationError(
                "category", "The charts can be kept to a credit tier or a test category, not both."
            )

    @classmethod
    def last_months(cls, as_of: date, months: int = MONTHS) -> ChartFilter:
        """The ``months`` months up to ``as_of`` (this month to the day)."""
        return cls(Period(add_months(month_start(as_of), -(months - 1)), as_of))


@dataclass(frozen=True)
class MonthFigures:
    label: str  # 2026-03
    period: Period
    invoiced_fen: int
    collected_fen: int
    overdue_ratio: Decimal | None  # at the month's end
    dso_days: Decimal | None  # the month's own DSO


@dataclass(frozen=True)
class BucketAmount:
    key: str  # the bucket's key: 'current', '1-30' ... '365+'
    open_fen: int


@dataclass(frozen=True)
class ChartData:
    chart_filter: ChartFilter
    as_of: date  # the day of the aging and the top ten
    months: tuple[MonthFigures, ...]
    buckets: tuple[BucketAmount, ...]  # every bucket of the settings, in order
    top_overdue: tuple[OverdueCustomer, ...] = field(default=())  # most overdue first

    @property
    def open_fen(self) -> int:
        return sum(b.open_fen for b in self.buckets)


@dataclass(frozen=True)
class Choice:
    key: int | str
    name: str
    name_en: str = ""


@dataclass(frozen=True)
class ChartChoices:
    """What the filter bar offers: salespeople owning customers, tiers, test categories."""

    salespeople: tuple[Choice, ...]
    tiers: tuple[Choice, ...]
    categories: tuple[str, ...]


def chart_choices(session: Session) -> ChartChoices:
    owners = select(Customer.owner_id).where(Customer.owner_id.is_not(None)).distinct()
    people = session.execute(
        select(User.id, User.display_name)
        .where(User.id.in_(owners))
        .order_by(User.display_name, User.id)
    )
    tiers = session.execute(
        select(CreditTier.id, CreditTier.name, CreditTier.name_en).order_by(
            CreditTier.sort_order, CreditTier.id
        )
    )
    categories = session.scalars(
        select(Project.test_category)
        .where(Project.test_category.is_not(None), Project.test_category != "")
        .distinct()
        .order_by(Project.test_category)
    )
    return ChartChoices(
        tuple(Choice(uid, name) for uid, name in people),
        tuple(Choice(tid, name, name_en or "") for tid, name, name_en in tiers),
        tuple(c for c in categories if c),
    )


def chart_data(
    session: Session, as_of: date, chart_filter: ChartFilter, *, top: int = TOP_OVERDUE
) -> ChartData:
    period = chart_filter.period
    day = min(as_of, period.end)
    months = tuple(_month(session, piece, chart_filter) for piece in period.split(Interval.MONTH))
    buckets = current_buckets(session)
    per_customer = _aging_by_customer(session, day, buckets, chart_filter)
    totals = dict.fromkeys((b.key for b in buckets), 0)
    for amounts in per_customer.values():
        for key, amount in amounts.items():
            totals[key] += amount
    return ChartData(
        chart_filter,
        day,
        months,
        tuple(BucketAmount(key, amount) for key, amount in totals.items()),
        _top(session, per_customer, buckets[0].key, top),
    )


def _month(session: Session, piece: Period, chart_filter: ChartFilter) -> MonthFigures:
    group, key = _group_of(chart_filter)
    report = kpi_report(
        session,
        piece,
        group,
        salesperson_id=chart_filter.salesperson_id,
        settlements=False,
        due=False,
    )
    if group is KpiGroup.NONE:
        figures = report.total
    else:
        figures = next((r for r in report.rows if r.key == key), KpiFigures(piece))
    return MonthFigures(
        piece.label(Interval.MONTH),
        piece,
        figures.invoiced_fen,
        figures.collected_fen,
        figures.overdue_ratio,
        figures.dso_days,
    )


def _group_of(chart_filter: ChartFilter) -> tuple[KpiGroup, GroupKey]:
    if chart_filter.tier_id is not None:
        return KpiGroup.TIER, chart_filter.tier_id
    if chart_filter.category is not None:
        return KpiGroup.CATEGORY, chart_filter.category
    return KpiGroup.NONE, None


def _aging_by_customer(
    session: Session, day: date, buckets: Sequence[Bucket], chart_filter: ChartFilter
) -> dict[int, dict[str, int]]:
    """Open amounts on ``day`` per customer and bucket, kept to the filter."""
    parts = open_parts(day)
    c = parts.c
    bucket = bucket_of(c.due_date, day, buckets).label("bucket")
    stmt = select(c.customer_id, bucket, func.sum(c.amount_fen)).group_by(c.customer_id, bucket)
    if chart_filter.salesperson_id is not None or chart_filter.tier_id is not None:
        stmt = stmt.join(Customer, Customer.id == c.customer_id)
        if chart_filter.salesperson_id is not None:
            stmt = stmt.where(Customer.owner_id == chart_filter.salesperson_id)
        if chart_filter.tier_id is not None:
            stmt = stmt.where(Customer.tier_id == chart_filter.tier_id)
    if chart_filter.category is not None:
        stmt = (
            stmt.join(Invoice, Invoice.id == c.id)
            .join(Project, Project.id == Invoice.project_id)
            .where(Project.test_category == chart_filter.category)
        )
    found: dict[int, dict[str, int]] = {}
    for customer_id, key, total in session.connection().execute(stmt):
        if total:
            found.setdefault(customer_id, {}).setdefault(key, 0)
            found[customer_id][key] += int(total)
    return found


def _top(
    session: Session, per_customer: dict[int, dict[str, int]], current: str, top: int
) -> tuple[OverdueCustomer, ...]:
    overdue = {
        cid: (sum(v for k, v in amounts.items() if k != current), sum(amounts.values()))
        for cid, amounts in per_customer.items()
    }
    ranked = sorted(
        ((cid, due, total) for cid, (due, total) in overdue.items() if due > 0),
        key=lambda item: (-item[1], item[0]),
    )[:top]
    names = {
        cid: (code, name)
        for cid, code, name in session.execute(
            select(Customer.id, Customer.code, Customer.name).where(
                Customer.id.in_([cid for cid, _, _ in ranked])
            )
        )
    }
    return tuple(
        OverdueCustomer(cid, *names.get(cid, ("", "")), due, total) for cid, due, total in ranked
    )
