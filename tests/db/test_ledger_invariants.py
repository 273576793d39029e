"""Random sequences of ledger operations keep every invariant of DESIGN.md."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError, ValidationError
from app.domain.money import MAX_AMOUNT_FEN
from app.models import Allocation, CreditTier, Invoice, Payment, WriteOff, WriteOffRequest
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.core.startup import open_database
from app.services.customers.customer_list_service import customer_row
from app.services.ledger import invoice_service, payment_service, write_off_service
from app.services.ledger.entries import live_allocations
from tests import factories
from tests.template_db import migrated_sqlite

TODAY = date(2026, 6, 30)
amounts = st.integers(min_value=1, max_value=5_000_000)
days_back = st.integers(min_value=0, max_value=400)
EXPECTED = (LedgerError, ValidationError)


class Ledger(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = tempfile.TemporaryDirectory()
        self.db, _ = open_database(migrated_sqlite(Path(self.tmp.name) / "l.sqlite3"))
        with self.db.write() as s:
            # No credit limit or overdue hold here: credit control has its own tests.
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
        self.actor = Actor(clerk.id, clerk.login, Role.FINANCE, clock=FixedClock(TODAY))
        self.manager = Actor(boss.id, boss.login, Role.MANAGER, clock=FixedClock(TODAY))

    def teardown(self) -> None:
        self.db.dispose()
        self.tmp.cleanup()

    def _ids(self, model) -> list[int]:
        with self.db.read() as s:
            return list(s.scalars(select(model.id).order_by(model.id)))

    @rule(
        customer=st.integers(0, 1),
        amount=amounts,
        back=days_back,
        terms=st.sampled_from([None, 0, 30, 90]),
    )
    def issue(self, customer, amount, back, terms):
        issued = TODAY - timedelta(days=back)
        due = None if terms is None else issued + timedelta(days=terms)
        invoice_service.issue_invoice(
            self.db,
            self.actor,
            invoice_service.InvoiceInput(self.customers[customer], amount, issued, due_date=due),
        )

    @rule(
        customer=st.integers(0, 1),
        amount=amounts,
        back=days_back,
        how=st.sampled_from(["auto", "none", "manual"]),
        data=st.data(),
    )
    def pay(self, customer, amount, back, how, data):
        cid = self.customers[customer]
        choice = how
        if how == "manual":
            with self.db.read() as s:
                lines = payment_service.open_invoice_lines(s, cid)
            picked = data.draw(st.lists(st.sampled_from(lines), max_size=3)) if lines else []
            choice = [
                (line.invoice_id, data.draw(st.integers(1, line.open_fen))) for line in picked
            ]
        payment = payment_service.PaymentInput(cid, TODAY - timedelta(days=back), amount)
        # A split larger than the payment or an invoice is refused whole.
        with contextlib.suppress(EXPECTED):
            payment_service.record_payment(self.db, self.actor, payment, choice)

    @precondition(lambda self: self._ids(Payment))
    @rule(data=st.data())
    def allocate_rest(self, data):
        pid = data.draw(st.sampled_from(self._ids(Payment)))
        with contextlib.suppress(EXPECTED):  # a reversed payment
            payment_service.allocate_payment(self.db, self.actor, pid, "auto")

    @rule(customer=st.integers(0, 1))
    def apply_prepayments(self, customer):
        payment_service.apply_prepayments(self.db, self.actor, self.customers[customer])

    @precondition(lambda self: self._ids(Invoice))
    @rule(data=st.data(), amount=amounts)
    def red_letter(self, data, amount):
        iid = data.draw(st.sampled_from(self._ids(Invoice)))
        with contextlib.suppress(EXPECTED):
            invoice_service.issue_red_letter(self.db, self.actor, iid, amount, TODAY, "退货")

    @precondition(lambda self: self._ids(Invoice))
    @rule(data=st.data())
    def void(self, data):
        iid = data.draw(st.sampled_from(self._ids(Invoice)))
        with contextlib.suppress(EXPECTED):
            invoice_service.void_invoice(self.db, self.actor, iid, "开错")

    @precondition(lambda self: self._ids(Invoice))
    @rule(data=st.data(), amount=amounts)
    def request_write_off(self, data, amount):
        iid = data.draw(st.sampled_from(self._ids(Invoice)))
        with contextlib.suppress(EXPECTED):
            write_off_service.request_write_off(self.db, self.actor, iid, amount, TODAY, "破产清算")

    @precondition(lambda self: self._ids(WriteOffRequest))
    @rule(data=st.data(), approve=st.booleans())
    def decide_write_off(self, data, approve):
        rid = data.draw(st.sampled_from(self._ids(WriteOffRequest)))
        # Decided already, or no longer open since it was asked for.
        with contextlib.suppress(EXPECTED):
            if approve:
                write_off_service.approve_write_off(self.db, self.manager, rid)
            else:
                write_off_service.reject_write_off(self.db, self.manager, rid, "证据不足")

    @precondition(lambda self: self._ids(Payment))
    @rule(data=st.data())
    def reverse(self, data):
        pid = data.draw(st.sampled_from(self._ids(Payment)))
        with contextlib.suppress(EXPECTED):
            payment_service.reverse_payment(self.db, self.actor, pid, "重复录入")

    def _live_allocations(self) -> list[int]:
        with self.db.read() as s:
            return [a.id for a in live_allocations(s)]

    @precondition(lambda self: self._live_allocations())
    @rule(data=st.data(), again=st.booleans())
    def unallocate(self, data, again):
        aid = data.draw(st.sampled_from(self._live_allocations()))
        payment_service.remove_allocation(self.db, self.actor, aid, "分配错误")
        if again:  # a second removal of the same allocation changes nothing
            with pytest.raises(LedgerError, match="already removed"):
                payment_service.remove_allocation(self.db, self.actor, aid, "分配错误")

    @invariant()
    def ledger_is_sound(self):
        with self.db.read() as s:
            assert check_database(s) == []

    @invariant()
    def no_fen_created_or_lost(self):
        with self.db.read() as s:

            def total(stmt):
                return s.scalar(stmt) or 0

            issued = total(
                select(func.sum(Invoice.amount_fen)).where(
                    Invoice.status == "issued", Invoice.original_invoice_id.is_(None)
                )
            )
            credited = -total(
                select(func.sum(Invoice.amount_fen)).where(
                    Invoice.status == "issued", Invoice.original_invoice_id.is_not(None)
                )
            )
            allocated = total(select(func.sum(Allocation.amount_fen)))
            written_off = total(select(func.sum(WriteOff.amount_fen)))
            open_ = total(
                select(func.sum(Invoice.amount_fen - Invoice.settled_fen)).where(
                    Invoice.status == "issued"
                )
            )
            received = total(select(func.sum(Payment.amount_fen)).where(Payment.status == "active"))
            unallocated = total(
                select(func.sum(Payment.amount_fen - Payment.allocated_fen)).where(
                    Payment.status == "active"
                )
            )
            assert issued - credited - allocated - written_off == open_
            assert received == allocated + unallocated
            for cid in self.customers:
                row = customer_row(s, cid, TODAY)
                cust_open = total(
                    select(func.sum(Invoice.amount_fen - Invoice.settled_fen)).where(
                        Invoice.customer_id == cid, Invoice.status == "issued"
                    )
                )
                cust_free = total(
                    select(func.sum(Payment.amount_fen - Payment.allocated_fen)).where(
                        Payment.customer_id == cid, Payment.status == "active"
                    )
                )
                assert row.balance_fen == cust_open - cust_free
                assert row.open_fen >= 0 and row.unallocated_fen >= 0


Ledger.TestCase.settings = settings(
    max_examples=30,
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
# About 15 s: left out of `make test-fast`.
test_ledger_invariants = pytest.mark.slow(Ledger.TestCase)
