"""Demo data (`labledger demo`): a realistic lab ledger of any size, reproducible from a seed.

The generator streams rows with SQLAlchemy Core in one transaction instead of building ORM
objects, so a million invoices fit in about a minute and in bounded memory. Every id is
assigned by the generator, every cached sum (``Invoice.settled_fen``, ``Payment.allocated_fen``) is
computed as the rows are made, and every timestamp is derived from the business dates, so
the same seed, sizes and ``today`` always give the same rows.

This module holds the entry point, the plan of every customer's size, tier and payer
profile, and the run customer by customer. The rows come from the parts: customers.py
(staff, customers, contacts), projects.py, invoices.py, payments.py (settlement, payments,
write-offs) and follow_ups.py. state.py holds what they share, bulk.py writes the rows, and
names.py, organisations.py, catalogue.py and phrases.py are the word lists."""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from app.db.bulk import drop_indexes
from app.db.engine import writer
from app.db.session import Database
from app.demo.bulk import (
    CHUNK_ROWS,
    HORIZON_DAYS,
    _advance_id_sequences,
    _bulk_load_settings,
)
from app.demo.customers import _CustomerMixin
from app.demo.follow_ups import _FollowUpMixin
from app.demo.invoices import _DIGITAL, _NORMAL, _RECEIPT, _SPECIAL, _InvoiceMixin
from app.demo.payments import _PaymentMixin
from app.demo.projects import _ProjectMixin
from app.demo.state import (
    _CANCELLED,
    _CONTRACTED,
    YUAN,
    Progress,
    _Cancelled,
    _InvoiceRecord,
    _Tier,
)
from app.demo.tables import _TABLE_COLUMNS, table_of
from app.domain.clock import FixedClock
from app.domain.enums import CustomerCategory, Role
from app.domain.errors import LedgerError, ValidationError
from app.domain.money import Money
from app.models import CreditTier, Customer
from app.services.core.audit_service import append_recorded, record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor

RED_LETTER_SHARE = 0.02

# Share of customers per tier, and what kind of payer each tier mostly is.
_TIER_SHARES = (("key", 5), ("premium", 20), ("regular", 65), ("high_risk", 10))
_TIER_MEDIAN_YUAN = {"key": 26_000, "premium": 12_000, "regular": 5_000, "high_risk": 3_000}
# Payment delay after the due date: (low, high, mode) days of a triangular distribution,
# and the chance that an invoice is never paid.
_PAYER_PROFILES = (
    ((-12, 6, -2), 0.001),  # prompt
    ((-5, 45, 8), 0.004),  # normal
    ((5, 150, 40), 0.015),  # slow
    ((20, 420, 100), 0.22),  # bad
)
_PROFILE_MIX = {
    "key": (5, 55, 40, 0),
    "premium": (45, 45, 10, 0),
    "regular": (20, 47, 25, 8),
    "high_risk": (0, 15, 40, 45),
}
_GOVERNMENT_PROFILE_MIX = (5, 30, 60, 5)  # budgets are approved late, but they pay
_BIG_CUSTOMER_SHARE = 0.05  # the largest customers are the key accounts
_SIZE_EXPONENT = 0.9  # invoice share of the customer at size rank r is proportional to r^-0.9


@dataclass(frozen=True)
class DemoSummary:
    """What was generated; amounts in fen. ``cancelled`` means nothing was written."""

    users: int = 0
    customers: int = 0
    contacts: int = 0
    projects: int = 0
    invoices: int = 0
    red_letter_invoices: int = 0
    void_invoices: int = 0
    payments: int = 0
    allocations: int = 0
    write_offs: int = 0
    activities: int = 0
    invoice_requests: int = 0
    invoiced_fen: int = 0  # issued positive invoices
    credited_fen: int = 0  # red-letter credits, as a positive amount
    received_fen: int = 0
    allocated_fen: int = 0
    written_off_fen: int = 0
    open_fen: int = 0  # receivables still open: invoiced - credited - allocated - written off
    cancelled: bool = False

    def describe(self) -> str:
        """One line for the command line, e.g. '300 customers, 5,000 invoices (...)'."""
        if self.cancelled:
            return "cancelled, nothing was written"
        return (
            f"{self.customers:,} customers, {self.invoices:,} invoices "
            f"({self.red_letter_invoices:,} red-letter), {self.payments:,} payments, "
            f"{self.write_offs:,} write-offs, {self.projects:,} projects, "
            f"{self.users:,} users; open receivables {Money(self.open_fen)}"
        )


# What a load writes (it uses the credit tiers and settings the database has).
DEMO_KINDS = frozenset(
    {
        Kind.USERS,
        Kind.CUSTOMERS,
        Kind.ACTIVITIES,
        Kind.PROJECTS,
        Kind.INVOICE_REQUESTS,
        Kind.INVOICES,
        Kind.PAYMENTS,
        Kind.WRITE_OFF_REQUESTS,
    }
)


def generate_demo(
    db: Database,
    *,
    customers: int,
    invoices: int,
    seed: int,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Changed[DemoSummary]:
    """Fill an empty database with demo users, customers, projects, invoices and payments.

    ``invoices`` counts every invoice row, red-letter ones included. Refuses a database that
    already has customers. When ``is_cancelled`` returns True the transaction is rolled back
    and the summary says ``cancelled``."""
    if customers < 1:
        raise ValidationError(
            "customers", "At least one customer is needed, not {value}.", value=customers
        )
    if invoices < 0:
        raise ValidationError(
            "invoices", "The number of invoices cannot be {value}.", value=invoices
        )
    engine = writer(db.engine)
    with engine.connect() as conn, _bulk_load_settings(conn):
        try:
            with conn.begin():
                if conn.scalar(select(func.count()).select_from(Customer)):
                    raise LedgerError(
                        "The database already has customers. Demo data can only be "
                        "generated into an empty database."
                    )
                generator = _Generator(
                    conn, random.Random(seed), today, customers, invoices, progress, is_cancelled
                )
                tables = [table_of(model) for model, _ in _TABLE_COLUMNS]
                dropped = drop_indexes(conn, tables)
                summary = generator.run()
                generator.numbers.store(conn)
                for index in dropped:
                    index.create(conn)
                _advance_id_sequences(conn, tables)
                _record_audit(conn, today, summary)
        except _Cancelled:
            return Changed.of(DemoSummary(cancelled=True))
    if progress is not None:
        progress(customers + invoices, customers + invoices)
    return Changed(summary, DEMO_KINDS)


def _record_audit(conn: Connection, today: date, summary: DemoSummary) -> None:
    actor = Actor(
        user_id=None,
        login="system",
        role=Role.ADMIN,
        display_name="system",
        clock=FixedClock(today),
    )
    # The session joins the load's transaction; closing it leaves that transaction alone.
    with Session(bind=conn) as session:
        record_audit(session, actor, "generate_demo", "database", None, after=asdict(summary))
        append_recorded(session)


class _Generator(_CustomerMixin, _ProjectMixin, _InvoiceMixin, _PaymentMixin, _FollowUpMixin):
    """One run: the plan first, then every customer with all of its records."""

    # -- the whole run ----------------------------------------------------------------

    def run(self) -> DemoSummary:
        self._load_tiers()
        self._make_users()
        self._plan_customers()
        self.used_names: set[str] = set()
        self.used_uscc: set[str] = set()
        for i in range(self.n_customers):
            self._customer(i)
            self.done += 1
            if i % 256 == 255:
                self._checkpoint()
            self.sink.maybe_flush()
        self.sink.flush()
        c, m = self.counts, self.money
        open_fen = m["invoiced"] - m["credited"] - m["allocated"] - m["written_off"]
        return DemoSummary(
            users=len(self.users),
            customers=self.n_customers,
            contacts=c["contacts"],
            projects=c["projects"],
            invoices=self.n_invoices,
            red_letter_invoices=c["red"],
            void_invoices=c["void"],
            payments=c["payments"],
            allocations=c["allocations"],
            write_offs=c["write_offs"],
            activities=c["activities"],
            invoice_requests=c["requests"],
            invoiced_fen=m["invoiced"],
            credited_fen=m["credited"],
            received_fen=m["received"],
            allocated_fen=m["allocated"],
            written_off_fen=m["written_off"],
            open_fen=open_fen,
        )

    def _load_tiers(self) -> None:
        rows = self.conn.execute(
            select(
                CreditTier.id,
                CreditTier.code,
                CreditTier.payment_terms_days,
                CreditTier.credit_limit_fen,
                CreditTier.stall_days,
                CreditTier.hold_reports_until_paid,
            ).order_by(CreditTier.sort_order, CreditTier.id)
        ).all()
        if not rows:
            raise LedgerError("The database has no credit tiers; run `labledger init` first.")
        by_code = {
            r.code: _Tier(
                r.id,
                r.code,
                r.payment_terms_days,
                r.credit_limit_fen,
                r.stall_days,
                bool(r.hold_reports_until_paid),
            )
            for r in rows
        }
        fallback = by_code.get("regular") or _Tier(
            rows[0].id, "regular", rows[0][2], rows[0][3], rows[0][4], bool(rows[0][5])
        )
        # A lab may have renamed or removed a default tier: its customers go to 'regular'.
        self.tiers = {code: by_code.get(code, fallback) for code, _ in _TIER_SHARES}

    def _plan_customers(self) -> None:
        """Size rank, invoice count, tier and category of every customer, before any rows."""
        rng, n = self.rng, self.n_customers
        by_rank = list(range(n))
        rng.shuffle(by_rank)  # by_rank[r] is the customer with the r-th most invoices
        weights = [int(1e12 / (r + 1) ** _SIZE_EXPONENT) for r in range(n)]
        total_weight = sum(weights)
        # Largest remainder: the counts add up to exactly the requested number.
        floors = [self.n_invoices * w // total_weight for w in weights]
        spare = self.n_invoices - sum(floors)
        order = sorted(range(n), key=lambda r: (-(self.n_invoices * weights[r] % total_weight), r))
        for r in order[:spare]:
            floors[r] += 1
        self.count_of = [0] * n
        self.rank_of = [0] * n
        for r, customer in enumerate(by_rank):
            self.count_of[customer] = floors[r]
            self.rank_of[customer] = r
        big = max(1, round(n * _BIG_CUSTOMER_SHARE))
        self.big_cut = big
        rest = [(code, share) for code, share in _TIER_SHARES if code != "key"]
        rest_codes = [code for code, _ in rest]
        rest_weights = [share for _, share in rest]
        self.tier_of: list[str] = [""] * n
        self.category_of: list[CustomerCategory] = [CustomerCategory.ENTERPRISE] * n
        for r, customer in enumerate(by_rank):
            if r < big:
                self.tier_of[customer] = "key" if rng.random() < 0.9 else "premium"
            else:
                self.tier_of[customer] = rng.choices(rest_codes, rest_weights)[0]
            x = rng.random()
            if x < 0.05:
                category = CustomerCategory.GOVERNMENT
            elif x < 0.13:
                category = CustomerCategory.INSTITUTION
            elif x < 0.16 and r > n // 2:
                category = CustomerCategory.INDIVIDUAL  # only among the small customers
            else:
                category = CustomerCategory.ENTERPRISE
            self.category_of[customer] = category

    # -- one customer -----------------------------------------------------------------

    def _customer(self, i: int) -> None:
        rng, rnd, d, T = self.rng, self.rng.random, self.d, self.T
        cid = self._ids("customers")
        n = self.count_of[i]
        rank = self.rank_of[i]
        tier = self.tiers[self.tier_of[i]]
        big = rank < self.big_cut
        ident = self._who(i)
        category = ident["category"]

        # When the customer came and (for some) when they stopped sending work.
        start = self.H + int(rnd() * (730 if big else HORIZON_DAYS - 60))
        end = T
        if not big and rnd() < 0.25 and start < T - 400:
            end = start + 60 + int(rnd() * (T - 400 - start))
        since = start - int(rnd() * 90)

        terms = tier.terms
        override_terms = None
        x = rnd()
        if (category == CustomerCategory.GOVERNMENT and x < 0.3) or (
            tier.code == "key" and x < 0.15
        ):
            override_terms = 90
        elif x < 0.04:
            override_terms = rng.choice((15, 45, 60))
        if override_terms is not None:
            terms = override_terms
        limit_override = None
        if tier.code in ("key", "premium") and rnd() < 0.08:
            limit_override = tier.limit_fen * 2

        mix = (
            _GOVERNMENT_PROFILE_MIX
            if category == CustomerCategory.GOVERNMENT
            else _PROFILE_MIX[tier.code]
        )
        (low, high, mode), p_never = _PAYER_PROFILES[rng.choices(range(4), mix)[0]]
        if tier.code == "key":
            p_never *= 0.3
        median = _TIER_MEDIAN_YUAN[tier.code] * rng.lognormvariate(0, 0.4)
        if category == CustomerCategory.INDIVIDUAL:
            median = 800 * rng.lognormvariate(0, 0.3)
        elif category == CustomerCategory.GOVERNMENT:
            median *= 1.5
        # Plain strings, not enum members: rows go to the driver without SQLAlchemy's help.
        if category == CustomerCategory.ENTERPRISE:
            usual_kind = _SPECIAL if rnd() < 0.7 else _NORMAL
        elif category == CustomerCategory.INDIVIDUAL:
            usual_kind = _RECEIPT if rnd() < 0.5 else _NORMAL
        else:
            usual_kind = _NORMAL
        # Fully digital invoices (数电) replaced paper ones during 2024.
        digital_from = date(2024, 1, 1).toordinal() - d.first + int(rnd() * 365)
        owner = self._pick_sales()

        n_red = min(int(n * RED_LETTER_SHARE + rnd()), n // 2) if n >= 2 else 0
        n_pos = n - n_red

        # Invoices: more of them in recent years (the lab and the customer grew).
        span = end - start
        sqrt = math.sqrt
        lognorm = rng.lognormvariate
        invs: list[_InvoiceRecord] = []
        for day in sorted(start + int(span * sqrt(rnd())) for _ in range(n_pos)):
            yuan = int(median * lognorm(0, 0.7))
            fen = (yuan // 10 * 10 if yuan > 2000 else max(yuan, 200)) * YUAN
            kind = usual_kind
            if day >= digital_from and kind != _RECEIPT:
                kind = _DIGITAL
            invs.append(
                [
                    day,
                    day + terms,
                    fen,
                    kind,
                    1300 if rnd() < 0.06 else 600,
                    rnd() < 0.003,
                    None,
                    None,
                    0,
                    0,
                    day,
                ]
            )

        projects = self._invoiced_projects(invs, tier, owner, ident)
        reds = self._red_letters(invs, n_red)
        events, write_offs = self._settle(invs, low, high, mode, p_never)
        payments = self._group_payments(invs, events, category)
        pipeline = self._pipeline_projects(tier, owner, ident, median, end == T, len(projects))
        prepayments = []
        if tier.code == "high_risk":
            for p in pipeline:
                contracted = p.days[_CONTRACTED]
                if contracted is not None and p.stage != _CANCELLED:
                    prepayments.append((contracted, p.contract_fen // 2))

        # Rows, parents first. The customer record predates its first project.
        since = min([since] + [p.lead_day for p in projects + pipeline])
        # A few customers that never sent work have been archived.
        archived = n == 0 and not pipeline and rnd() < 0.3
        self._customer_rows(
            cid, i, ident, tier, owner, since, override_terms, limit_override, archived
        )
        inv_base = self._ids("invoices", n)
        for p in projects + pipeline:
            self._project_rows(cid, p, invs, tier)
            if len(self.b_event) >= CHUNK_ROWS:
                self.sink.flush()
        self._invoice_rows(cid, invs, reds, inv_base)
        self._request_rows(cid, projects, pipeline, invs, inv_base, usual_kind)
        self._payment_rows(cid, invs, payments, prepayments, inv_base, ident, owner)
        self._write_off_rows(write_offs, inv_base)
        self._activity_rows(cid, invs, owner)
        self.done += n
