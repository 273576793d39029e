"""Random dated ledger operations, day after day; after every step the open amounts,
balances, prepayments and aging as of many days equal an independent recomputation from the
operations themselves, and what was reported for a past day never changes afterwards.

The oracle below keeps its own dated record of every operation (it takes from the database
only which invoices an automatic allocation chose and the ids of new rows) and dates the
entries by the rules stated in DESIGN.md and app/services/ledger/as_of.py."""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

from app.domain.aging import DEFAULT_BUCKETS
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError, ValidationError
from app.domain.money import MAX_AMOUNT_FEN
from app.models import Allocation, CreditTier
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.core.startup import open_database
from app.services.ledger import invoice_service, payment_service
from app.services.ledger.aging_service import AgingBy, aging_report
from app.services.ledger.as_of import invoice_open_amounts
from app.services.ledger.balances import customer_balances
from tests import factories
from tests.template_db import migrated_sqlite

START = date(2025, 1, 6)
amounts = st.integers(min_value=1, max_value=2_000_000)
EXPECTED = (LedgerError, ValidationError)
# Bucket upper bounds in days overdue, written out again rather than read from the code.
EDGES = ((0, "current"), (30, "1-30"), (60, "31-60"), (90, "61-90"), (180, "91-180"))


def bucket(days_overdue: int) -> str:
    for high, key in EDGES:
        if days_overdue <= high:
            return key
    return "181-365" if days_overdue <= 365 else "365+"


@dataclass
class Inv:
    customer: int
    issued: date
    due: date
    amount: int
    voided: date | None = None
    original: int | None = None  # set for a red-letter invoice


@dataclass
class Pay:
    customer: int
    received: date
    amount: int
    reversed: date | None = None


@dataclass
class Alloc:
    payment: int
    invoice: int
    amount: int
    on: date
    taken_back: date | None = None


@dataclass
class Oracle:
    invoices: dict[int, Inv] = field(default_factory=dict)
    payments: dict[int, Pay] = field(default_factory=dict)
    allocs: dict[int, Alloc] = field(default_factory=dict)
    write_offs: list[tuple[int, int, date]] = field(default_factory=list)

    def counted(self, inv: Inv, d: date) -> bool:
        return inv.original is None and inv.issued <= d and (inv.voided is None or inv.voided > d)

    def open_amounts(self, d: date) -> dict[int, int]:
        settled: dict[int, int] = {}
        for a in self.allocs.values():
            if a.on <= d:
                settled[a.invoice] = settled.get(a.invoice, 0) + a.amount
            if a.taken_back is not None and a.taken_back <= d:
                settled[a.invoice] -= a.amount
        for iid, amount, on in self.write_offs:
            if on <= d:
                settled[iid] = settled.get(iid, 0) + amount
        for red in self.invoices.values():
            if (
                red.original is not None
                and red.issued <= d
                and not (red.voided and red.voided <= d)
            ):
                settled[red.original] = settled.get(red.original, 0) - red.amount
        found = {}
        for iid, inv in self.invoices.items():
            if self.counted(inv, d) and inv.amount - settled.get(iid, 0):
                found[iid] = inv.amount - settled.get(iid, 0)
        return found

    def prepaid(self, d: date) -> dict[int, int]:
        used: dict[int, int] = {}
        for a in self.allocs.values():
            if a.on <= d:
                used[a.payment] = used.get(a.payment, 0) + a.amount
            if a.taken_back is not None and a.taken_back <= d:
                used[a.payment] -= a.amount
        per_customer: dict[int, int] = {}
        for pid, p in self.payments.items():
            if p.received <= d and (p.reversed is None or p.reversed > d):
                rest = p.amount - used.get(pid, 0)
                per_customer[p.customer] = per_customer.get(p.customer, 0) + rest
        return {c: v for c, v in per_customer.items() if v}

    def aging(self, d: date) -> dict[tuple[int, str], int]:
        cells: dict[tuple[int, str], int] = {}
        for iid, open_fen in self.open_amounts(d).items():
            inv = self.invoices[iid]
            key = (inv.customer, bucket((d - inv.due).days))
            cells[key] = cells.get(key, 0) + open_fen
        return {k: v for k, v in cells.items() if v}

    def last_taken_back(self, *, invoice: int | None = None, payment: int | None = None) -> date:
        days = [
            a.taken_back
            for a in self.allocs.values()
            if a.taken_back is not None
            and (a.invoice == invoice if invoice is not None else a.payment == payment)
        ]
        if invoice is not None:
            days += [
                r.voided
                for r in self.invoices.values()
                if r.original == invoice and r.voided is not None
            ]
        return max(days, default=date.min)


class AsOfLedger(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.db, _ = open_database(migrated_sqlite(Path(self.tmp.name) / "l.sqlite3"))
        with self.db.write() as s:
            s.add(
                CreditTier(
                    code="open",
                    name="不限",
                    payment_terms_days=30,
                    credit_limit_fen=MAX_AMOUNT_FEN,
                    reminder_days=[],
                    overdue_hold_days=None,
                )
            )
            self.customers = [
                factories.customer(s, f"客户{i}", tier_code="open").id for i in range(2)
            ]
            boss = factories.user(s, "张经理", role="manager")
            clerk = factories.user(s, "财务", role="finance")
        self.clerk = Actor(clerk.id, clerk.login, Role.FINANCE)
        self.boss = Actor(boss.id, boss.login, Role.MANAGER)
        self.today = START
        self.o = Oracle()
        self.seen_alloc = 0
        # Figures reported for a past day, to be reported the same ever after.
        self.reported: dict[date, tuple[dict[int, int], dict[int, int]]] = {}

    def teardown(self) -> None:
        self.db.dispose()
        self.tmp.cleanup()

    @property
    def actor(self) -> Actor:
        return replace(self.clerk, clock=FixedClock(self.today))

    def _new_allocations(self, base: date, received: date) -> None:
        with self.db.read() as s:
            rows = s.execute(
                select(
                    Allocation.id,
                    Allocation.payment_id,
                    Allocation.invoice_id,
                    Allocation.amount_fen,
                )
                .where(Allocation.id > self.seen_alloc, Allocation.reverses_id.is_(None))
                .order_by(Allocation.id)
            ).all()
        for aid, pid, iid, amount in rows:
            on = max(
                base,
                received,
                self.o.invoices[iid].issued,
                self.o.last_taken_back(invoice=iid),
                self.o.last_taken_back(payment=pid),
            )
            self.o.allocs[aid] = Alloc(pid, iid, amount, on)
        with self.db.read() as s:
            self.seen_alloc = s.scalar(select(Allocation.id).order_by(Allocation.id.desc())) or 0

    @rule(days=st.integers(0, 25))
    def next_day(self, days):
        self.today += timedelta(days=days)

    @rule(customer=st.integers(0, 1), amount=amounts, terms=st.sampled_from([0, 30, 90]))
    def issue(self, customer, amount, terms):
        cid = self.customers[customer]
        due = self.today + timedelta(days=terms)
        data = invoice_service.InvoiceInput(cid, amount, self.today, due_date=due)
        row = invoice_service.issue_invoice(self.db, self.actor, data).value
        self.o.invoices[row.id] = Inv(cid, self.today, due, amount)

    @rule(
        customer=st.integers(0, 1),
        amount=amounts,
        back=st.integers(0, 3),
        how=st.sampled_from(["auto", "none"]),
    )
    def pay(self, customer, amount, back, how):
        cid = self.customers[customer]
        received = self.today - timedelta(days=back)
        data = payment_service.PaymentInput(cid, received, amount)
        result = payment_service.record_payment(self.db, self.actor, data, how).value
        self.o.payments[result.payment_id] = Pay(cid, received, amount)
        self._new_allocations(received, received)

    @rule(customer=st.integers(0, 1))
    def apply_prepayments(self, customer):
        payment_service.apply_prepayments(self.db, self.actor, self.customers[customer])
        self._new_allocations(self.today, date.min)

    @precondition(lambda self: any(a.taken_back is None for a in self.o.allocs.values()))
    @rule(data=st.data())
    def remove_allocation(self, data):
        live = sorted(k for k, a in self.o.allocs.items() if a.taken_back is None)
        aid = data.draw(st.sampled_from(live))
        payment_service.remove_allocation(self.db, self.actor, aid, "分错了")
        a = self.o.allocs[aid]
        a.taken_back = max(self.today, a.on)

    @precondition(lambda self: any(p.reversed is None for p in self.o.payments.values()))
    @rule(data=st.data())
    def reverse_payment(self, data):
        active = sorted(k for k, p in self.o.payments.items() if p.reversed is None)
        pid = data.draw(st.sampled_from(active))
        payment_service.reverse_payment(self.db, self.actor, pid, "退票")
        p = self.o.payments[pid]
        p.reversed = max(self.today, p.received)
        for a in self.o.allocs.values():
            if a.payment == pid and a.taken_back is None:
                a.taken_back = max(p.reversed, a.on)

    def _open_now(self) -> dict[int, int]:
        return self.o.open_amounts(date.max)

    @precondition(lambda self: self._open_now())
    @rule(data=st.data())
    def red_letter(self, data):
        open_now = self._open_now()
        iid = data.draw(st.sampled_from(sorted(open_now)))
        credit = data.draw(st.integers(1, open_now[iid]))
        red = invoice_service.issue_red_letter(
            self.db, self.actor, iid, credit, self.today, "红冲"
        ).value
        inv = self.o.invoices[iid]
        self.o.invoices[red.id] = Inv(inv.customer, self.today, self.today, -credit, None, iid)

    @precondition(
        lambda self: any(
            i.original is not None and i.voided is None for i in self.o.invoices.values()
        )
    )
    @rule(data=st.data())
    def void_red_letter(self, data):
        reds = sorted(
            k for k, i in self.o.invoices.items() if i.original is not None and i.voided is None
        )
        rid = data.draw(st.sampled_from(reds))
        invoice_service.void_invoice(self.db, self.actor, rid, "红冲有误")
        self.o.invoices[rid].voided = max(self.today, self.o.invoices[rid].issued)

    @precondition(lambda self: any(i.voided is None for i in self.o.invoices.values()))
    @rule(data=st.data())
    def void_invoice(self, data):
        normal = sorted(
            k for k, i in self.o.invoices.items() if i.original is None and i.voided is None
        )
        if not normal:
            return
        iid = data.draw(st.sampled_from(normal))
        try:
            invoice_service.void_invoice(self.db, self.actor, iid, "作废")
        except LedgerError:
            # Something is applied to it: the oracle must agree that something is.
            assert self._settled_now(iid) != 0
            return
        assert self._settled_now(iid) == 0
        self.o.invoices[iid].voided = max(self.today, self.o.invoices[iid].issued)

    def _settled_now(self, iid: int) -> int:
        return self.o.invoices[iid].amount - self._open_now().get(iid, 0)

    @precondition(lambda self: self._open_now())
    @rule(data=st.data())
    def write_off(self, data):
        open_now = self._open_now()
        iid = data.draw(st.sampled_from(sorted(open_now)))
        amount = data.draw(st.integers(1, open_now[iid]))
        boss = replace(self.boss, clock=FixedClock(self.today))
        with contextlib.suppress(EXPECTED):
            factories.written_off(self.db, self.actor, boss, iid, amount, self.today, "核销")
            self.o.write_offs.append((iid, amount, self.today))

    @invariant()
    def as_of_figures_match_the_oracle(self):
        days = {self.today, self.today - timedelta(days=1), self.today - timedelta(days=31)}
        days |= set(sorted(self.reported)[-3:])
        with self.db.read() as s:
            for d in sorted(days):
                assert invoice_open_amounts(s, d) == self.o.open_amounts(d), d
                balances = customer_balances(s, d)
                assert {c: b.open_fen for c, b in balances.items() if b.open_fen} == {
                    c: v for c, v in _by_customer(self.o, self.o.open_amounts(d)).items() if v
                }, d
                assert {c: b.unallocated_fen for c, b in balances.items() if b.unallocated_fen} == (
                    self.o.prepaid(d)
                ), d
                overdue: dict[int, int] = {}
                counts: dict[int, tuple[int, int]] = {}
                for iid, v in self.o.open_amounts(d).items():
                    inv = self.o.invoices[iid]
                    late = inv.due < d
                    n, m = counts.get(inv.customer, (0, 0))
                    counts[inv.customer] = (n + 1, m + late)
                    overdue[inv.customer] = overdue.get(inv.customer, 0) + (v if late else 0)
                assert {c: b.overdue_fen for c, b in balances.items() if b.overdue_fen} == {
                    c: v for c, v in overdue.items() if v
                }, d
                assert {
                    c: (b.open_invoices, b.overdue_invoices)
                    for c, b in balances.items()
                    if b.open_invoices
                } == counts, d
                report = aging_report(s, d, AgingBy.CUSTOMER, DEFAULT_BUCKETS)
                cells = {
                    (row.key, b.key): amount
                    for row in report.rows
                    for b, amount in zip(report.buckets, row.amounts, strict=True)
                    if amount
                }
                assert cells == self.o.aging(d), d
                assert report.total_fen == sum(b.open_fen for b in balances.values())
            # Later operations are dated on or after today less three days (a payment may
            # be recorded three days after it came): what was said before that is final.
            settled_day = self.today - timedelta(days=4)
            if settled_day >= START and settled_day not in self.reported:
                balances = customer_balances(s, settled_day)
                self.reported[settled_day] = (
                    invoice_open_amounts(s, settled_day),
                    {c: b.unallocated_fen for c, b in balances.items()},
                )
            for d, (opened, prepaid) in sorted(self.reported.items())[-5:]:
                balances = customer_balances(s, d)
                assert invoice_open_amounts(s, d) == opened, d
                assert {c: b.unallocated_fen for c, b in balances.items()} == prepaid, d
            assert check_database(s, today=self.today) == []


def _by_customer(o: Oracle, open_amounts: dict[int, int]) -> dict[int, int]:
    sums: dict[int, int] = {}
    for iid, v in open_amounts.items():
        c = o.invoices[iid].customer
        sums[c] = sums.get(c, 0) + v
    return sums


AsOfLedger.TestCase.settings = settings(
    max_examples=15,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# About a minute: left out of `make test-fast`.
TestAsOfLedger = pytest.mark.slow(AsOfLedger.TestCase)
