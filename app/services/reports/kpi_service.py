"""Receivables KPIs for a period, as DESIGN.md "Receivables semantics" defines them: the
one place that computes them; the dashboard, the charts, the command line and the exports
read these figures.

Every figure is as of a day or over a span of days of the dated ledger
(app/services/ledger/as_of.py), so a figure printed for a past period never changes:

- **AR** (``total_ar_fen``) on a day: the open amounts of the invoices counted that day,
  exactly the aging report's total (prepayments are not netted in; ``prepaid_fen`` shows
  them apart, and ``net_ar_fen`` is the difference). **Overdue AR**: the part past its due
  date (due before the day; due on the day is current). Closing figures are as of the
  period's end, opening ones as of the day before its start.
- **Invoiced**: invoices (normal and red-letter, whose amounts are negative) issued in the
  period, less the amounts of those voided in it: the change in AR that invoicing made.
- **Collected**: payments by cash-receipt date, less the payments reversed in the period
  (by reversal date), whatever they were applied to.
- **Applied**: money applied to invoices in the period (allocations, less those taken back
  in it). With AR on invoices, ``opening AR + invoiced - applied - written off = closing AR``;
  with AR net of prepayments, ``opening net AR + invoiced - collected - written off =
  closing net AR``. Both hold to the fen (tests/db/test_kpi_demo.py), and the dashboard
  finds the opening AR from them.
- **Written off**: write-offs dated in the period.
- **Due in period**: what customers were asked to pay in the period: the open amounts on
  the day before it of the invoices whose due date falls in it, plus the amounts of the
  invoices issued in the period that fall due in it, less the invoices due in it that were
  voided in it. Red-letter credits issued in the period do not lower it (the credit is a
  way of settling what was due). Arrears that fell due before the period are not in it, so
  money collected on them can take the collection rate above 100%.
- **Collection rate** (回款率) = collected / due in period.
- **Overdue ratio** = overdue AR / AR, at the period's end.
- **DSO** = closing AR / invoiced x days in the period.
- **CEI** = (opening AR + invoiced - closing AR) / (opening AR + invoiced - closing current
  AR) x 100, current AR being the part not yet overdue.
- **Average days to pay**: the amount-weighted days from an invoice's issue date to the date
  each allocation settling it was made, over the allocations made in the period that still
  stood at its end. **On-time share**: the part of those made on or before the due date.
- **Countback DSO** (``countback_dso``): closing AR less each month's invoicing, newest
  month first (the period's last month counted up to its end), until it is used up; the
  days covered, the last month pro rata.
- **Bad-debt provision** (坏账准备, ``provision_fen``, when asked for): the open invoices at
  the period's end per accounting band times the band's rate, as the aging service's
  ``provision_report`` computes it, rounded to the fen per customer and band (per category
  and band by category) and added up from there, so the groups add up to the total. Not
  computed for one salesperson's scope.

Grouping follows the aging report: the salesperson and tier of a customer are today's (for
who collected what when customers changed hands, see performance_service); the category
is the invoice's project's test category. A payment belongs to no category: grouped by
category, ``collected_fen`` is the money applied to the category's invoices, and prepayments
are left out.

Amounts are int fen; ratios and days are Decimal, rounded half-up (ratios to 4 places as a
fraction, CEI to 2 places as a percentage, days to 1 place), None where the denominator is
not positive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum, StrEnum
from typing import Any

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    Subquery,
    and_,
    case,
    cast,
    func,
    literal_column,
    null,
    or_,
    select,
)
from sqlalchemy.orm import Session, aliased

from app.models import Allocation, CreditTier, Customer, Invoice, Payment, Project, User, WriteOff
from app.services.core.visibility import scoped_salesperson
from app.services.ledger.as_of import open_parts, prepayment_parts
from app.services.ledger.ledger_queries import ACTIVE, ISSUED
from app.services.reports.periods import Interval, Period, add_months, month_start, ratio

GroupKey = int | str | None
# Literals, not bound parameters: SQLite uses a partial index only for a visibly matching
# condition (see ledger_queries).
VOID: ColumnClause[str] = literal_column("'void'")
REVERSED: ColumnClause[str] = literal_column("'reversed'")
# The terms of ix_invoices_issue_flows and ix_payments_received_flows (which leave out
# amounts of nothing, adding nothing), as those indexes state them.
ZERO: ColumnClause[int] = literal_column("0")
Rows = Select[*tuple[Any, ...]]


class KpiGroup(StrEnum):
    NONE = "none"
    CUSTOMER = "customer"
    CATEGORY = "category"
    SALESPERSON = "salesperson"
    TIER = "tier"


class _Flow(IntEnum):
    INVOICED = 1
    COLLECTED = 2
    APPLIED = 3
    WRITTEN_OFF = 4


# Per kind: (amount, due, fen x days, on time, settled); the last three on the money applied.
Moved = tuple[int, int, int, int, int]


DAYS = Decimal("0.1")
CEI_PLACES = 2


@dataclass(frozen=True)
class KpiFigures:
    """The KPIs of one group (or of everything) for ``period``; see the module docstring
    for what each figure means. Amounts in fen."""

    period: Period
    key: GroupKey = None
    label: str = ""
    code: str = ""
    opening_ar_fen: int = 0
    opening_prepaid_fen: int = 0
    total_ar_fen: int = 0
    overdue_ar_fen: int = 0
    prepaid_fen: int = 0
    invoiced_fen: int = 0
    collected_fen: int = 0
    applied_fen: int = 0
    written_off_fen: int = 0
    due_fen: int | None = 0  # None: not computed (``kpi_report(..., due=False)``)
    settled_fen: int = 0  # standing allocations made in the period
    settled_on_time_fen: int = 0
    settled_fen_days: int = 0  # sum of amount x days from issue to settlement
    countback_dso_days: Decimal | None = None  # filled when asked for
    provision_fen: int = 0  # bad-debt provision at the end (``provision=True``)

    @property
    def current_ar_fen(self) -> int:
        return self.total_ar_fen - self.overdue_ar_fen

    @property
    def net_ar_fen(self) -> int:
        return self.total_ar_fen - self.prepaid_fen

    @property
    def opening_net_ar_fen(self) -> int:
        return self.opening_ar_fen - self.opening_prepaid_fen

    @property
    def overdue_ratio(self) -> Decimal | None:
        return ratio(self.overdue_ar_fen, self.total_ar_fen)

    @property
    def dso_days(self) -> Decimal | None:
        if self.invoiced_fen <= 0:
            return None
        return _days(Decimal(self.total_ar_fen * self.period.days) / self.invoiced_fen)

    @property
    def cei(self) -> Decimal | None:
        base = self.opening_ar_fen + self.invoiced_fen
        return ratio(
            100 * (base - self.total_ar_fen), base - self.current_ar_fen, places=CEI_PLACES
        )

    @property
    def collection_rate(self) -> Decimal | None:
        return None if self.due_fen is None else ratio(self.collected_fen, self.due_fen)

    @property
    def average_days_to_pay(self) -> Decimal | None:
        if self.settled_fen <= 0:
            return None
        return _days(Decimal(self.settled_fen_days) / self.settled_fen)

    @property
    def on_time_rate(self) -> Decimal | None:
        return ratio(self.settled_on_time_fen, self.settled_fen)

    def plus(self, other: KpiFigures) -> KpiFigures:
        """The two groups' figures added (ratios follow from the sums)."""
        sums: dict[str, Any] = {
            name: getattr(self, name) + getattr(other, name)
            for name in _AMOUNTS
            if name != "due_fen"
        }
        if self.due_fen is not None and other.due_fen is not None:
            sums["due_fen"] = self.due_fen + other.due_fen
        else:
            sums["due_fen"] = None
        return replace(self, key=None, label="", code="", countback_dso_days=None, **sums)


_AMOUNTS = (
    "opening_ar_fen",
    "opening_prepaid_fen",
    "total_ar_fen",
    "overdue_ar_fen",
    "prepaid_fen",
    "invoiced_fen",
    "collected_fen",
    "applied_fen",
    "written_off_fen",
    "due_fen",
    "settled_fen",
    "settled_on_time_fen",
    "settled_fen_days",
    "provision_fen",
)


@dataclass(frozen=True)
class KpiReport:
    """The KPIs per group (largest closing AR first) and of all groups together."""

    period: Period
    group: KpiGroup
    rows: tuple[KpiFigures, ...]
    total: KpiFigures = field(compare=False)


@dataclass(frozen=True)
class KpiSeriesPoint:
    label: str  # 2026-03 or 2026Q1
    report: KpiReport


def _days(value: Decimal) -> Decimal:
    return value.quantize(DAYS, ROUND_HALF_UP)


def kpi_report(
    session: Session,
    period: Period,
    group: KpiGroup = KpiGroup.NONE,
    *,
    salesperson_id: int | None = None,
    settlements: bool = True,
    due: bool = True,
    countback: bool = False,
    provision: bool = False,
) -> KpiReport:
    """The KPIs of ``period`` per group, of the customers a salesperson owns today when
    ``salesperson_id`` is given (the dashboard's scope), computed in SQL.

    ``settlements=False`` leaves out what needs the period's allocations (``applied_fen``,
    average days to pay, on-time share: every allocation in the period joined to its
    invoice, most of the time a year's report takes); ``due=False`` leaves out what fell
    due (and so the collection rate; ``due_fen`` is None; the dashboard); ``countback``
    adds each row's countback DSO (one more read of up to two years of invoices); ``provision`` the
    bad-debt provision at the period's end (the aging of the open invoices by band).

    The opening AR follows from the closing AR and the period's movements (the identities
    of the module docstring), so the books are read as of the period's end only."""
    salesperson_id = scoped_salesperson(session, salesperson_id)
    closing = _ar_on(session, period.end, group, salesperson_id)
    due_before = _due_before(session, period, group, salesperson_id) if due else None
    report = _report(
        session, period, group, salesperson_id, closing, due_before, settlements, countback
    )
    return with_provision(session, report) if provision and salesperson_id is None else report


def with_provision(session: Session, report: KpiReport) -> KpiReport:
    """``report`` with each row's bad-debt provision at the period's end. It is rounded to
    the fen per customer and band and added up from there (per category, where invoices
    of one customer fall into several groups: per category and band), so the rows add up
    to the whole ledger's provision."""
    from app.services.ledger.aging_service import AgingBy, provision_report

    group = report.group
    by = AgingBy.CATEGORY if group is KpiGroup.CATEGORY else AgingBy.CUSTOMER
    rows_of = provision_report(session, report.period.end, by)
    owners: dict[Any, GroupKey] = {}
    if group in (KpiGroup.SALESPERSON, KpiGroup.TIER):
        column = Customer.owner_id if group is KpiGroup.SALESPERSON else Customer.tier_id
        owners = {cid: key for cid, key in session.execute(select(Customer.id, column))}
    found: dict[GroupKey, int] = {}
    for row in rows_of:
        match group:
            case KpiGroup.NONE:
                key: GroupKey = None
            case KpiGroup.SALESPERSON | KpiGroup.TIER:
                key = owners.get(row.key)
            case _:
                key = row.key
        found[key] = found.get(key, 0) + row.provision_fen
    rows = tuple(replace(r, provision_fen=found.get(r.key, 0)) for r in report.rows)
    if group is KpiGroup.NONE:
        return KpiReport(report.period, group, rows, rows[0] if rows else report.total)
    total = replace(report.total, provision_fen=sum(found.values()))
    return KpiReport(report.period, group, rows, total)


def kpi_series(
    session: Session,
    period: Period,
    interval: Interval,
    group: KpiGroup = KpiGroup.NONE,
    *,
    salesperson_id: int | None = None,
    settlements: bool = True,
) -> tuple[KpiSeriesPoint, ...]:
    """The KPIs of each month or quarter of ``period`` (the first and last cut to it), for
    trends and charts: the books read as of each piece's end."""
    salesperson_id = scoped_salesperson(session, salesperson_id)
    return tuple(
        KpiSeriesPoint(
            piece.label(interval),
            _report(
                session,
                piece,
                group,
                salesperson_id,
                _ar_on(session, piece.end, group, salesperson_id),
                _due_before(session, piece, group, salesperson_id),
                settlements,
                False,
            ),
        )
        for piece in period.split(interval)
    )


@dataclass
class _Ar:
    total: int = 0
    overdue: int = 0
    prepaid: int = 0


def _report(
    session: Session,
    period: Period,
    group: KpiGroup,
    salesperson_id: int | None,
    closing: dict[GroupKey, _Ar],
    due_before: dict[GroupKey, int] | None,
    settlements: bool,
    countback: bool,
) -> KpiReport:
    """``due_before`` None: nothing known of what fell due."""
    flows = _flows_of(session, period, group, salesperson_id, settlements, True)
    keys = closing.keys() | (due_before or {}).keys() | flows.keys()
    labels = _labels(session, group, keys)
    rows = []
    for key in keys:
        now, moved = closing.get(key, _Ar()), flows.get(key, {})
        none = (0, 0, 0, 0, 0)
        paid = moved.get(_Flow.APPLIED, none)
        then = _opening(group, now, moved)
        figures = KpiFigures(
            period,
            key,
            *labels.get(key, ("", "")),
            opening_ar_fen=then.total,
            opening_prepaid_fen=then.prepaid,
            total_ar_fen=now.total,
            overdue_ar_fen=now.overdue,
            prepaid_fen=now.prepaid,
            invoiced_fen=moved.get(_Flow.INVOICED, none)[0],
            collected_fen=moved.get(
                _Flow.APPLIED if group is KpiGroup.CATEGORY else _Flow.COLLECTED, none
            )[0],
            applied_fen=moved.get(_Flow.APPLIED, none)[0],
            written_off_fen=moved.get(_Flow.WRITTEN_OFF, none)[0],
            due_fen=None
            if due_before is None
            else due_before.get(key, 0) + sum(m[1] for m in moved.values()),
            settled_fen=paid[4],
            settled_fen_days=paid[2],
            settled_on_time_fen=paid[3],
        )
        if any(getattr(figures, name) for name in _AMOUNTS):
            rows.append(figures)
    if countback:
        days = countback_dso(session, period.end, group, salesperson_id=salesperson_id)
        rows = [replace(r, countback_dso_days=days.get(r.key)) for r in rows]
    rows.sort(key=lambda r: (-r.total_ar_fen, r.code, r.label, str(r.key)))
    if group is KpiGroup.NONE:
        total = rows[0] if rows else KpiFigures(period)
        return KpiReport(period, group, (total,), total)
    total = KpiFigures(period)
    for row in rows:
        total = total.plus(row)
    return KpiReport(period, group, tuple(rows), total)


def _opening(group: KpiGroup, closing: _Ar, moved: dict[_Flow, Moved]) -> _Ar:
    """The opening AR and prepayments from the closing ones and the period's movements:
    opening AR = closing AR - invoiced + applied + written off, and likewise net of
    prepayments with what was collected."""
    invoiced, applied, written_off, collected = (
        moved.get(flow, (0, 0, 0, 0, 0))[0]
        for flow in (_Flow.INVOICED, _Flow.APPLIED, _Flow.WRITTEN_OFF, _Flow.COLLECTED)
    )
    total = closing.total - invoiced + applied + written_off
    if group is KpiGroup.CATEGORY:
        return _Ar(total)
    net = closing.total - closing.prepaid - invoiced + collected + written_off
    return _Ar(total, prepaid=total - net)


def _keyed(group: KpiGroup, salesperson_id: int | None) -> bool:
    """Whether the rows need their customer: to be grouped or kept to one's customers."""
    return group is not KpiGroup.NONE or salesperson_id is not None


def _key_of(
    group: KpiGroup, stmt: Rows, customer_id: Any, invoice_id: Any, salesperson_id: int | None
) -> tuple[Rows, ColumnElement[Any] | None]:
    """``stmt`` joined to what the group key needs, and the key column (None: no groups)."""
    key: Any = None
    if group in (KpiGroup.SALESPERSON, KpiGroup.TIER) or salesperson_id is not None:
        stmt = stmt.join(Customer, Customer.id == customer_id)
        if salesperson_id is not None:
            stmt = stmt.where(Customer.owner_id == salesperson_id)
    match group:
        case KpiGroup.CUSTOMER:
            key = customer_id
        case KpiGroup.SALESPERSON:
            key = Customer.owner_id
        case KpiGroup.TIER:
            key = Customer.tier_id
        case KpiGroup.CATEGORY:
            owner = aliased(Invoice)
            stmt = stmt.outerjoin(owner, owner.id == invoice_id).outerjoin(
                Project, Project.id == owner.project_id
            )
            key = Project.test_category
    return stmt, key


def _grouped(
    group: KpiGroup,
    rows: Subquery,
    sums: Sequence[ColumnElement[Any]],
    salesperson_id: int | None,
    *extra: ColumnElement[Any],
) -> Rows:
    invoice_id = rows.c.invoice_id if "invoice_id" in rows.c else null()
    stmt, key = _key_of(
        group, select().select_from(rows), rows.c.customer_id, invoice_id, salesperson_id
    )
    by = [c for c in (key, *extra) if c is not None]
    head = key if key is not None else literal_column("NULL")
    return stmt.add_columns(head.label("key"), *extra, *sums).group_by(*by)


def _ar_on(
    session: Session,
    day: date,
    group: KpiGroup,
    salesperson_id: int | None,
) -> dict[GroupKey, _Ar]:
    """AR, overdue AR and prepayments per group at the end of ``day``."""
    parts = open_parts(day)
    invoices = select(
        parts.c.customer_id, parts.c.id.label("invoice_id"), parts.c.due_date, parts.c.amount_fen
    ).subquery("ar")
    fen, due_date = invoices.c.amount_fen, invoices.c.due_date
    sums = [func.sum(fen), func.sum(case((due_date < day, fen), else_=0))]
    found: dict[GroupKey, _Ar] = {}
    for key, total, late in session.connection().execute(
        _grouped(group, invoices, sums, salesperson_id)
    ):
        found[key] = _Ar(int(total or 0), int(late or 0))
    if group is KpiGroup.CATEGORY:
        return found
    prepaid = prepayment_parts(day)
    for key, total in session.connection().execute(
        _grouped(group, prepaid, [func.sum(prepaid.c.amount_fen)], salesperson_id)
    ):
        found.setdefault(key, _Ar()).prepaid = int(total or 0)
    return found


@dataclass(frozen=True)
class Receivables:
    """AR at the end of a day: open invoices, the part overdue, prepayments (fen)."""

    total_fen: int
    overdue_fen: int
    prepaid_fen: int


def receivables_on(
    session: Session,
    day: date,
    group: KpiGroup = KpiGroup.NONE,
    *,
    salesperson_id: int | None = None,
) -> dict[GroupKey, Receivables]:
    """AR per group at the end of ``day`` (groups owing or holding prepayments only); the
    closing AR of the KPIs, without the period's movements."""
    return {
        key: Receivables(ar.total, ar.overdue, ar.prepaid)
        for key, ar in _ar_on(session, day, group, salesperson_id).items()
        if ar.total or ar.prepaid
    }


def _due_before(
    session: Session, period: Period, group: KpiGroup, salesperson_id: int | None
) -> dict[GroupKey, int]:
    """Per group, the open amounts on the day before the period of the invoices issued
    before it that fall due in it (the rest of what fell due comes from the period's
    invoicing, in the flows). Read from the invoices falling due, through their covering
    index, and the settlements dated up to that day of each one: never the whole period's
    entries."""
    start, end, before = period.start, period.end, period.day_before
    falling = and_(Invoice.due_date.between(start, end), Invoice.issue_date <= before)
    issued = select(
        Invoice.id.label("invoice_id"),
        Invoice.customer_id.label("customer_id"),
        Invoice.amount_fen.label("amount_fen"),
    ).where(Invoice.status == ISSUED, Invoice.amount_fen != ZERO, falling)
    # Voided after the day: counted on it (few, through their partial index).
    voided = select(Invoice.id, Invoice.customer_id, Invoice.amount_fen).where(
        Invoice.status == VOID,
        func.coalesce(Invoice.due_date, Invoice.due_date).between(start, end),
        Invoice.issue_date <= before,
        Invoice.voided_on > before,
        Invoice.amount_fen > ZERO,  # not a red-letter one
    )
    due = issued.union_all(voided).cte("falling_due").prefix_with("MATERIALIZED")
    red = aliased(Invoice)
    rows = (
        select(due.c.invoice_id, due.c.customer_id, due.c.amount_fen)
        .union_all(
            select(due.c.invoice_id, due.c.customer_id, -Allocation.amount_fen)
            .join(Allocation, Allocation.invoice_id == due.c.invoice_id)
            .where(Allocation.allocated_date <= before),
            select(due.c.invoice_id, due.c.customer_id, -WriteOff.amount_fen)
            .join(WriteOff, WriteOff.invoice_id == due.c.invoice_id)
            .where(WriteOff.write_off_date <= before),
            # A red-letter amount is negative: it lowers what was open while it stood.
            select(due.c.invoice_id, due.c.customer_id, red.amount_fen)
            .join(red, red.original_invoice_id == due.c.invoice_id)
            .where(red.issue_date <= before, or_(red.voided_on.is_(None), red.voided_on > before)),
        )
        .subquery("due_before")
    )
    return {
        key: int(total or 0)
        for key, total in session.connection().execute(
            _grouped(group, rows, [func.sum(rows.c.amount_fen)], salesperson_id)
        )
    }


def days_between(
    session: Session, later: SQLColumnExpression[date], earlier: SQLColumnExpression[date]
) -> ColumnElement[Any]:
    """Whole days from ``earlier`` to ``later``: PostgreSQL subtracts dates natively, SQLite
    keeps them as ISO text."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.julianday(later) - func.julianday(earlier), Integer)
    return later - earlier


def _flows(
    session: Session, period: Period, keyed: bool, applied: bool, settlements: bool
) -> Subquery:
    """Rows (kind, customer_id, invoice_id, amount_fen, due_fen, fen_days, on_time_fen,
    settled_fen) of what moved in the period (see the module docstring for each kind).
    ``due_fen`` is what the row adds to what fell due in the period, beyond the open amounts
    on the day before of the invoices due in it: the invoices issued in the period and due
    in it, less the voids in the period of invoices due in it. ``keyed=False`` leaves the
    customer out where reading it costs a join. With ``settlements`` the rows of the money
    applied carry the part of it still standing at the period's end (``settled_fen``), its
    amount x days from issue and the part made on time."""
    start, end = period.start, period.end
    zero: ColumnElement[int] = literal_column("0")

    def kind(flow: _Flow) -> ColumnElement[int]:
        return literal_column(str(int(flow)))

    nothing = cast(null(), Integer)
    in_period = Invoice.due_date.between(start, end) & (Invoice.amount_fen > 0)
    issued = Invoice.issue_date.between(start, end)
    received = Payment.received_date.between(start, end)
    # The voided invoices and reversed payments (few) are read through their partial
    # indexes: their dates hidden from the date indexes, which would walk the whole period.
    voided_issued = func.coalesce(Invoice.issue_date, Invoice.issue_date).between(start, end)
    reversed_received = func.coalesce(Payment.received_date, Payment.received_date).between(
        start, end
    )
    parts: list[Rows] = [
        # Issued ones through their covering partial index; the voided ones (few) apart.
        select(
            kind(_Flow.INVOICED).label("kind"),
            Invoice.customer_id.label("customer_id"),
            Invoice.id.label("invoice_id"),
            Invoice.amount_fen.label("amount_fen"),
            case((in_period, Invoice.amount_fen), else_=0).label("due_fen"),
            zero.label("fen_days"),
            zero.label("on_time_fen"),
        ).where(Invoice.status == ISSUED, Invoice.amount_fen != ZERO, issued),
        select(
            kind(_Flow.INVOICED),
            Invoice.customer_id,
            Invoice.id,
            Invoice.amount_fen,
            case((in_period, Invoice.amount_fen), else_=0),
            zero,
            zero,
        ).where(Invoice.status == VOID, voided_issued),
        select(
            kind(_Flow.INVOICED),
            Invoice.customer_id,
            Invoice.id,
            -Invoice.amount_fen,
            case((in_period, -Invoice.amount_fen), else_=0),
            zero,
            zero,
        ).where(Invoice.voided_on.between(start, end)),
        select(
            kind(_Flow.COLLECTED),
            Payment.customer_id,
            nothing,
            Payment.amount_fen,
            zero,
            zero,
            zero,
        ).where(Payment.status == ACTIVE, Payment.amount_fen > ZERO, received),
        select(
            kind(_Flow.COLLECTED),
            Payment.customer_id,
            nothing,
            Payment.amount_fen,
            zero,
            zero,
            zero,
        ).where(Payment.status == REVERSED, reversed_received),
        select(
            kind(_Flow.COLLECTED),
            Payment.customer_id,
            nothing,
            -Payment.amount_fen,
            zero,
            zero,
            zero,
        ).where(Payment.reversed_on.between(start, end)),
        select(
            kind(_Flow.WRITTEN_OFF),
            Invoice.customer_id,
            Invoice.id,
            WriteOff.amount_fen,
            zero,
            zero,
            zero,
        )
        .join(Invoice, Invoice.id == WriteOff.invoice_id)
        .where(WriteOff.write_off_date.between(start, end)),
    ]
    when = Allocation.allocated_date.between(start, end)
    if applied and not settlements:
        if keyed:
            parts.append(
                select(
                    kind(_Flow.APPLIED),
                    Invoice.customer_id,
                    Invoice.id,
                    Allocation.amount_fen,
                    zero,
                    zero,
                    zero,
                )
                .join(Invoice, Invoice.id == Allocation.invoice_id)
                .where(when)
            )
        else:
            parts.append(
                select(
                    kind(_Flow.APPLIED),
                    nothing,
                    Allocation.invoice_id,
                    Allocation.amount_fen,
                    zero,
                    zero,
                    zero,
                ).where(when)
            )
    parts = [
        part.add_columns(zero.label("settled_fen") if index == 0 else zero)
        for index, part in enumerate(parts)
    ]
    if settlements:
        # The money applied and, in the same read of the period's allocations, the part of
        # it still standing at the period's end (not a taking back, not taken back by
        # then: reverses_id is unique, so the outer join adds no rows).
        taken_back = aliased(Allocation)
        days = days_between(session, Allocation.allocated_date, Invoice.issue_date)
        standing = and_(Allocation.reverses_id.is_(None), taken_back.id.is_(None))
        on_time = and_(standing, Allocation.allocated_date <= Invoice.due_date)
        parts.append(
            select(
                kind(_Flow.APPLIED),
                Invoice.customer_id,
                Invoice.id,
                Allocation.amount_fen,
                zero,
                case((standing, Allocation.amount_fen * days), else_=0),
                case((on_time, Allocation.amount_fen), else_=0),
                case((standing, Allocation.amount_fen), else_=0),
            )
            .join(Invoice, Invoice.id == Allocation.invoice_id)
            .outerjoin(
                taken_back,
                and_(taken_back.reverses_id == Allocation.id, taken_back.allocated_date <= end),
            )
            .where(when)
        )
    return parts[0].union_all(*parts[1:]).subquery("flows")


def _flows_of(
    session: Session,
    period: Period,
    group: KpiGroup,
    salesperson_id: int | None,
    settlements: bool,
    applied: bool = False,
) -> dict[GroupKey, dict[_Flow, Moved]]:
    """Per group and kind: (amount, due, fen x days, on time, settled), summed; the money
    applied to invoices too when ``applied`` (always with settlements, and by category),
    with the settlements' figures on it."""
    applied = applied or settlements or group is KpiGroup.CATEGORY
    flows = _flows(session, period, _keyed(group, salesperson_id), applied, settlements)
    c = flows.c
    sums = [
        func.sum(c.amount_fen),
        func.sum(c.due_fen),
        func.sum(c.fen_days),
        func.sum(c.on_time_fen),
        func.sum(c.settled_fen),
    ]
    found: dict[GroupKey, dict[_Flow, Moved]] = {}
    for key, flow, *figures in session.connection().execute(
        _grouped(group, flows, sums, salesperson_id, c.kind)
    ):
        amount, due, fen_days, on_time, settled = (int(f or 0) for f in figures)
        found.setdefault(key, {})[_Flow(flow)] = (amount, due, fen_days, on_time, settled)
    return found


COUNTBACK_MONTHS = 24


def countback_dso(
    session: Session,
    as_of: date,
    group: KpiGroup = KpiGroup.NONE,
    *,
    salesperson_id: int | None = None,
    months: int = COUNTBACK_MONTHS,
) -> dict[GroupKey, Decimal | None]:
    """Countback DSO per group at the end of ``as_of``: the closing AR less each month's
    invoicing (net of voids and red-letter credits), newest first (the month of ``as_of``
    up to that day), until it is used up; the days covered, the last month pro rata. AR
    older than ``months`` months of invoicing counts as all of them. None for a group that
    owes nothing."""
    first = add_months(month_start(as_of), -(months - 1))
    closing = _ar_on(session, as_of, group, salesperson_id)
    invoiced = _monthly_invoicing(session, Period(first, as_of), group, salesperson_id)
    return {
        key: countback_from(ar.total, as_of, invoiced.get(key, {}), months)
        for key, ar in closing.items()
    }


def monthly_invoicing_for_countback(
    session: Session, first_as_of: date, last_as_of: date, months: int = COUNTBACK_MONTHS
) -> dict[date, int]:
    """The whole ledger's invoicing per month (keyed by its first day) that the countback
    DSO of any day from ``first_as_of`` to ``last_as_of`` reads, in one read: for a series
    whose days are month ends but the last (a month counts up to the day, so the month of
    any day but ``last_as_of`` must be whole)."""
    first = add_months(month_start(first_as_of), -(months - 1))
    found = _monthly_invoicing(session, Period(first, last_as_of), KpiGroup.NONE, None)
    return found.get(None, {})


def countback_from(
    balance_fen: int, as_of: date, by_month: dict[date, int], months: int = COUNTBACK_MONTHS
) -> Decimal | None:
    """The countback DSO of ``balance_fen`` at the end of ``as_of`` over the invoicing per
    month ``by_month`` (the month of ``as_of`` counted up to that day)."""
    first = add_months(month_start(as_of), -(months - 1))
    pieces = Period(first, as_of).split(Interval.MONTH)
    return countback_days(
        balance_fen, [(by_month.get(p.start, 0), p.days) for p in reversed(pieces)]
    )


def countback_days(balance_fen: int, months: Iterable[tuple[int, int]]) -> Decimal | None:
    """The countback itself over (invoiced fen, days) per month, newest first."""
    if balance_fen <= 0:
        return None
    left, days = Decimal(balance_fen), Decimal(0)
    for invoiced, length in months:
        if invoiced <= 0 or left >= invoiced:
            days += length
            left -= max(invoiced, 0)
            if left == 0:
                break
            continue
        days += Decimal(length) * left / invoiced
        break
    return _days(days)


def _monthly_invoicing(
    session: Session, period: Period, group: KpiGroup, salesperson_id: int | None
) -> dict[GroupKey, dict[date, int]]:
    """Invoicing per group and month (keyed by the month's first day) over the period."""
    start, end = period.start, period.end
    month_of = _month_expression(session)
    # As the period's invoicing in _flows: the issued ones through their covering index,
    # the voided ones (few) through theirs.
    issued = select(
        Invoice.customer_id.label("customer_id"),
        Invoice.id.label("invoice_id"),
        month_of(Invoice.issue_date).label("month"),
        Invoice.amount_fen.label("amount_fen"),
    ).where(
        Invoice.status == ISSUED, Invoice.amount_fen != ZERO, Invoice.issue_date.between(start, end)
    )
    void_issued = select(
        Invoice.customer_id, Invoice.id, month_of(Invoice.issue_date), Invoice.amount_fen
    ).where(
        Invoice.status == VOID,
        func.coalesce(Invoice.issue_date, Invoice.issue_date).between(start, end),
    )
    voided = select(
        Invoice.customer_id, Invoice.id, month_of(Invoice.voided_on), -Invoice.amount_fen
    ).where(Invoice.voided_on.between(start, end))
    rows = issued.union_all(void_issued, voided).subquery("invoicing")
    stmt = _grouped(group, rows, [func.sum(rows.c.amount_fen)], salesperson_id, rows.c.month)
    found: dict[GroupKey, dict[date, int]] = {}
    for key, month, amount in session.connection().execute(stmt):
        first = date.fromisoformat(f"{month}-01")
        found.setdefault(key, {})[first] = int(amount or 0)
    return found


def _month_expression(session: Session) -> Any:
    """YYYY-MM of a date column, in the database's own dialect."""
    if session.get_bind().dialect.name == "sqlite":
        # Dates are ISO text there: the first seven characters, cheaper than strftime.
        return lambda column: func.substr(column, 1, 7)
    return lambda column: func.to_char(column, "YYYY-MM")


def _labels(
    session: Session, group: KpiGroup, keys: Iterable[GroupKey]
) -> dict[GroupKey, tuple[str, str]]:
    """(name, code) of each group key; the None group has none."""
    wanted = [k for k in keys if k is not None]
    if not wanted:
        return {}
    match group:
        case KpiGroup.CATEGORY:
            return {k: (str(k), "") for k in wanted}
        case KpiGroup.CUSTOMER:
            stmt = select(Customer.id, Customer.name, Customer.code)
            column: Any = Customer.id
        case KpiGroup.SALESPERSON:
            stmt = select(User.id, User.display_name, User.login)
            column = User.id
        case _:
            stmt = select(CreditTier.id, CreditTier.name, CreditTier.code)
            column = CreditTier.id
    labels: dict[GroupKey, tuple[str, str]] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for key, name, code in session.connection().execute(stmt.where(column.in_(chunk))):
            labels[key] = (name, code)
    return labels
