"""Two OS processes write to one database at the same moment, twenty rounds each: money
writes on one customer serialise, automatic numbers never collide and the audit chain
never forks, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from app.db.location import DbLocation
from app.db.migrate import head_revision
from app.db.session import Database
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.models import Allocation, AuditEntry, Invoice, Payment
from app.services.core.audit_service import record_audit, verify_chain
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.core.numbering_service import save_numbering_rules
from app.services.core.startup import open_database
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from tests import factories
from tests.db.race import TODAY, Outcome, race

ROUNDS = 20


def _remove_allocation(db: Database, actor: Actor, allocation_id: int) -> None:
    payments.remove_allocation(db, actor, allocation_id, "分配错误")


def _issue(db: Database, actor: Actor, arg: tuple[int, int]) -> str:
    customer_id, amount = arg
    data = invoices.InvoiceInput(customer_id, amount, TODAY)
    return invoices.issue_invoice(db, actor, data).value.number


def _invoice_and_payment(db: Database, actor: Actor, customer_id: int) -> tuple[str, str]:
    invoice = _issue(db, actor, (customer_id, 100_00))
    data = payments.PaymentInput(customer_id, TODAY, 100_00)
    return invoice, payments.record_payment(db, actor, data).value.number


def _issue_typed(db: Database, actor: Actor, arg: tuple[int, str, int]) -> str:
    customer_id, number, amount = arg
    data = invoices.InvoiceInput(customer_id, amount, TODAY, number=number)
    return invoices.issue_invoice(db, actor, data).value.number


def _open(db: Database, actor: Actor, url: str) -> bool:
    opened, result = open_database(DbLocation(make_url(url), "argument"))
    opened.dispose()
    return result.changed


def _audited(db: Database, actor: Actor, tag: int) -> None:
    with db.write() as s:
        for n in range(3):
            record_audit(s, actor, "customer.update", "customer", tag, {"n": n}, {"n": n + 1})


def _one_ok_one(error: str, rounds: list[tuple[Outcome, Outcome]]) -> None:
    for n, pair in enumerate(rounds):
        assert sorted(o.error for o in pair) == ["", error], (n, pair)


def _assert_clean(db: Database) -> None:
    with db.read() as s:
        assert check_database(s) == []


def test_the_same_allocation_removed_twice_at_once_is_removed_once(db, location):
    with db.write() as s:
        cust = factories.customer(s, "宁波港检测服务有限公司", tier_code="key")
        for _ in range(ROUNDS):
            inv = factories.invoice(s, cust, 100_000, TODAY)
            factories.payment(s, cust, 100_000, TODAY, [(inv, 100_000)])
        allocations = [a.id for a in s.scalars(select(Allocation).order_by(Allocation.id)).all()]

    rounds = race(location, _remove_allocation, [(a, a) for a in allocations])

    _one_ok_one("LedgerError", rounds)
    assert all("already removed" in o.message for pair in rounds for o in pair if not o.ok)
    with db.read() as s:
        assert set(s.scalars(select(Invoice.settled_fen))) == {0}
        assert set(s.scalars(select(Payment.allocated_fen))) == {0}
        # Each allocation stands, taken back exactly once by one reversing row.
        assert s.scalar(select(func.count()).where(Allocation.reverses_id.is_not(None))) == ROUNDS
        assert s.scalar(select(func.sum(Allocation.amount_fen))) == 0
    _assert_clean(db)


def test_two_invoices_that_together_pass_the_credit_limit_are_not_both_issued(db, location):
    with db.write() as s:
        customers = []
        for n in range(ROUNDS):
            cust = factories.customer(s, f"温州鞋业有限公司{n}")
            cust.credit_limit_override_fen = 100_000
            customers.append(cust.id)

    # Numbers typed by hand, so that only the credit check can refuse one of the two.
    rounds = race(
        location,
        _issue_typed,
        [((c, f"CL{c:04d}A", 60_000), (c, f"CL{c:04d}B", 60_000)) for c in customers],
    )

    _one_ok_one("CreditHoldError", rounds)
    with db.read() as s:
        billed = s.execute(
            select(Invoice.customer_id, func.sum(Invoice.amount_fen)).group_by(Invoice.customer_id)
        ).all()
    assert sorted(amount for _, amount in billed) == [60_000] * ROUNDS
    _assert_clean(db)


@pytest.mark.parametrize(
    ("rules", "typed", "first"),
    [
        ({}, ("FP2026O00002", "FP2026999999", "FP2026000003"), "FP20260000{:02d}"),
        (
            {"invoice": "FP-{yy}{mm}-{seq:4}", "payment": "HK{yyyy}{seq}"},
            ("FP-2606-O002", "FP-2606-9999", "FP-2606-0003"),
            "FP-2606-00{:02d}",
        ),
    ],
    ids=["default rules", "custom rules"],
)
def test_automatic_numbers_are_distinct_under_concurrent_writers(db, location, rules, typed, first):
    with db.write() as s:
        sides = [factories.customer(s, name, tier_code="key").id for name in ("甲公司", "乙公司")]
    actor = Actor(None, "system", Role.ADMIN, clock=FixedClock(TODAY))
    save_numbering_rules(db, actor, rules)
    # Numbers typed by hand, one of them exactly where the sequence is about to arrive.
    for number in typed:
        invoices.issue_invoice(
            db, actor, invoices.InvoiceInput(sides[0], 100_00, TODAY, number=number)
        )

    rounds = race(location, _invoice_and_payment, [tuple(sides)] * ROUNDS)

    outcomes = [o for pair in rounds for o in pair]
    assert [o for o in outcomes if not o.ok] == []
    numbers: list[Any] = [n for o in outcomes for n in o.value]
    assert len(set(numbers)) == len(numbers) == 4 * ROUNDS
    invoice_numbers = sorted(n for n in numbers if n.startswith("FP"))
    assert typed[2] not in invoice_numbers
    assert invoice_numbers[:3] == [first.format(n) for n in (1, 2, 4)]
    assert len(invoice_numbers) == 2 * ROUNDS
    _assert_clean(db)


def test_audited_writers_at_once_keep_one_unbroken_chain(db, location):
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))

    rounds = race(location, _audited, [(1, 2)] * ROUNDS)

    assert [o for pair in rounds for o in pair if not o.ok] == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before + 6 * ROUNDS
        assert verify_chain(s) == []
        # Each transaction's entries stay together in the chain.
        tags = [e for e in s.scalars(select(AuditEntry.entity_id).order_by(AuditEntry.id))][before:]
    assert [tags[i : i + 3] for i in range(0, len(tags), 3)] == [[t, t, t] for t in tags[::3]]
    assert Counter(tags) == {1: 3 * ROUNDS, 2: 3 * ROUNDS}
    _assert_clean(db)


def test_the_same_number_typed_on_two_pcs_at_once_is_a_validation_error(db, location):
    with db.write() as s:
        sides = [factories.customer(s, name, tier_code="key").id for name in ("甲公司", "乙公司")]
    typed = [f"0440{n:04d}" for n in range(ROUNDS)]

    rounds = race(
        location,
        _issue_typed,
        [((sides[0], t, 100_00), (sides[1], t, 100_00)) for t in typed],
    )

    _one_ok_one("ValidationError", rounds)
    assert all("already exists" in o.message for pair in rounds for o in pair if not o.ok)
    _assert_clean(db)


def test_two_processes_creating_one_new_database_take_turns(location):
    url = location.url.render_as_string(hide_password=False)

    ((first, second),) = race(location, _open, [(url, url)])

    assert first.error == second.error == ""
    assert sorted([first.value, second.value]) == [False, True]
    opened, result = open_database(location)
    assert not result.changed and result.to_revision == head_revision(opened.engine)
    _assert_clean(opened)
    opened.dispose()
