"""Balances and aging as of past days, on a ledger whose every figure is worked out by hand.

One key-account customer (no credit holds in the way), each operation done on its own day:

    01-10  invoice A 1,000.00 due 03-11
    02-01  invoice B   500.00 due 03-03
    02-15  invoice V    70.00 due 03-17
    03-01  payment P1  300.00 -> A
    03-20  payment P2  800.00 -> A 700.00, B 100.00
    04-10  red-letter R on B 200.00
    04-15  P2 reversed (bounced)            -> A open 700.00, B 300.00 again
    04-20  V voided
    04-25  payment P3   50.00, not applied  (prepayment)
    05-05  write-off on B 100.00
"""

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.aging import DEFAULT_BUCKETS
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.models import Invoice
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.ledger.aging_service import (
    AgingBy,
    aging_invoices,
    aging_report,
    customer_aging,
)
from app.services.ledger.as_of import invoice_open_amounts, recomputed_open_amounts
from app.services.ledger.balances import balances_query, customer_balances, nothing_dated_after
from tests import factories

D = date


@pytest.fixture
def ledger(db):
    with db.write() as s:
        boss = factories.user(s, "钱经理", role="manager")
        clerk = factories.user(s, "赵会计", role="finance")
        seller = factories.user(s, "孙销售", role="sales")
        cust = factories.customer(s, "宁波港检测服务有限公司", tier_code="key", owner=seller)
    base = Actor(clerk.id, clerk.login, Role.FINANCE)
    manager = Actor(boss.id, boss.login, Role.MANAGER)

    def on(day: date, actor: Actor = base) -> Actor:
        return replace(actor, clock=FixedClock(day))

    def issue(day: date, amount: int, due: date) -> int:
        data = invoices.InvoiceInput(cust.id, amount, day, due_date=due)
        return invoices.issue_invoice(db, on(day), data).value.id

    def pay(day: date, amount: int, alloc) -> int:
        data = payments.PaymentInput(cust.id, day, amount)
        return payments.record_payment(db, on(day), data, alloc).value.payment_id

    a = issue(D(2026, 1, 10), 100_000, D(2026, 3, 11))
    b = issue(D(2026, 2, 1), 50_000, D(2026, 3, 3))
    v = issue(D(2026, 2, 15), 7_000, D(2026, 3, 17))
    pay(D(2026, 3, 1), 30_000, [(a, 30_000)])
    p2 = pay(D(2026, 3, 20), 80_000, [(a, 70_000), (b, 10_000)])
    invoices.issue_red_letter(db, on(D(2026, 4, 10)), b, 20_000, D(2026, 4, 10), "少测一项")
    payments.reverse_payment(db, on(D(2026, 4, 15)), p2, "承兑汇票退票")
    invoices.void_invoice(db, on(D(2026, 4, 20)), v, "重复开票")
    pay(D(2026, 4, 25), 5_000, "none")
    factories.written_off(
        db, on(D(2026, 5, 5)), on(D(2026, 5, 5), manager), b, 10_000, D(2026, 5, 5), "对方拒付差额"
    )
    return {"db": db, "cust": cust.id, "a": a, "b": b, "v": v, "seller": seller.id}


def _open(ledger, day):
    with ledger["db"].read() as s:
        return invoice_open_amounts(s, day)


def _aging(ledger, day):
    with ledger["db"].read() as s:
        return customer_aging(s, ledger["cust"], day, DEFAULT_BUCKETS)


def _nonzero(aging: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in aging.items() if v}


def test_open_amounts_on_each_day_are_what_the_books_said_then(ledger):
    a, b, v = ledger["a"], ledger["b"], ledger["v"]
    assert _open(ledger, D(2026, 1, 9)) == {}
    assert _open(ledger, D(2026, 2, 28)) == {a: 100_000, b: 50_000, v: 7_000}
    # P1 on 03-01; P2 (received 03-20) not yet.
    assert _open(ledger, D(2026, 3, 15)) == {a: 70_000, b: 50_000, v: 7_000}
    assert _open(ledger, D(2026, 3, 31)) == {b: 40_000, v: 7_000}
    # The red-letter credit from 04-10.
    assert _open(ledger, D(2026, 4, 12)) == {b: 20_000, v: 7_000}
    # P2 reversed on 04-15: still counted on 04-14, not from 04-15.
    assert _open(ledger, D(2026, 4, 14)) == {b: 20_000, v: 7_000}
    assert _open(ledger, D(2026, 4, 15)) == {a: 70_000, b: 30_000, v: 7_000}
    # V voided on 04-20: open on 04-19, gone from 04-20.
    assert _open(ledger, D(2026, 4, 19)) == {a: 70_000, b: 30_000, v: 7_000}
    assert _open(ledger, D(2026, 4, 20)) == {a: 70_000, b: 30_000}
    assert _open(ledger, D(2026, 5, 10)) == {a: 70_000, b: 20_000}


def test_as_of_today_equals_the_cached_figures_and_the_entries(ledger):
    with ledger["db"].read() as s:
        cached = {
            i.id: i.amount_fen - i.settled_fen
            for i in s.query(Invoice).where(Invoice.status == "issued")
            if i.amount_fen != i.settled_fen
        }
        assert invoice_open_amounts(s, D(2026, 5, 10)) == cached
        for day in (D(2026, 2, 28), D(2026, 3, 20), D(2026, 4, 15), D(2026, 4, 20)):
            assert invoice_open_amounts(s, day) == recomputed_open_amounts(s, day), day
        assert check_database(s, today=D(2026, 5, 10)) == []
        assert check_database(s, today=D(2026, 4, 16)) == []


def test_aging_buckets_by_due_date_with_the_edges_stated(ledger):
    # Due on the day is current; 30 days past due is still 1-30.
    assert _nonzero(_aging(ledger, D(2026, 3, 11))) == {"current": 77_000, "1-30": 50_000}
    assert _nonzero(_aging(ledger, D(2026, 3, 15))) == {"current": 7_000, "1-30": 120_000}
    # 04-16: A 36 days, B 44 days past due; V (due 03-17) exactly 30.
    assert _nonzero(_aging(ledger, D(2026, 4, 16))) == {"1-30": 7_000, "31-60": 100_000}
    assert _nonzero(_aging(ledger, D(2026, 4, 17))) == {"31-60": 107_000}
    # 05-10: A 60 days (31-60), B 68 days (61-90), after the write-off.
    assert _nonzero(_aging(ledger, D(2026, 5, 10))) == {"31-60": 70_000, "61-90": 20_000}


def test_prepayment_is_shown_apart_not_netted(ledger):
    with ledger["db"].read() as s:
        before = customer_balances(s, D(2026, 4, 24))
        after = customer_balances(s, D(2026, 4, 30))
        report = aging_report(s, D(2026, 4, 30), AgingBy.CUSTOMER, DEFAULT_BUCKETS)
        by_seller = aging_report(s, D(2026, 4, 30), AgingBy.SALESPERSON, DEFAULT_BUCKETS)
    b, a = before[ledger["cust"]], after[ledger["cust"]]
    assert (b.open_fen, b.unallocated_fen) == (100_000, 0)
    assert (a.open_fen, a.unallocated_fen, a.balance_fen) == (100_000, 5_000, 95_000)
    # A 1,000.00 invoice due 03-11 and one of 500.00 due 03-03: both overdue on 04-30.
    assert (a.overdue_fen, a.open_invoices, a.overdue_invoices) == (100_000, 2, 2)
    (row,) = report.rows
    assert (row.total_fen, row.prepaid_fen, row.net_fen) == (100_000, 5_000, 95_000)
    assert report.total_fen == 100_000 and report.prepaid_fen == 5_000
    (seller_row,) = by_seller.rows
    assert (seller_row.key, seller_row.prepaid_fen) == (ledger["seller"], 5_000)
    assert seller_row.amounts == row.amounts


def test_a_payment_received_after_the_day_is_ignored(ledger):
    with ledger["db"].read() as s:
        early = customer_balances(s, D(2026, 3, 19))[ledger["cust"]]
        late = customer_balances(s, D(2026, 3, 20))[ledger["cust"]]
    # 03-19: A 700.00 (due 03-11), B 500.00 (due 03-03) and V 70.00 (due 03-17) overdue.
    assert (early.open_fen, early.unallocated_fen, early.overdue_fen) == (127_000, 0, 127_000)
    assert (early.open_invoices, early.overdue_invoices) == (3, 3)
    # P2 on 03-20 settles A: B 400.00 and V 70.00 stay open.
    assert (late.open_fen, late.unallocated_fen, late.open_invoices) == (47_000, 0, 2)


def test_the_invoices_behind_a_cell_sum_to_it(ledger):
    day = D(2026, 4, 16)
    with ledger["db"].read() as s:
        report = aging_report(s, day, AgingBy.CUSTOMER, DEFAULT_BUCKETS)
        bucket = DEFAULT_BUCKETS[2]  # 31-60
        behind = aging_invoices(s, day, AgingBy.CUSTOMER, ledger["cust"], bucket, DEFAULT_BUCKETS)
        everything = aging_invoices(s, day, AgingBy.CUSTOMER, ledger["cust"], None, DEFAULT_BUCKETS)
    assert [(i.invoice_id, i.open_fen, i.days_overdue) for i in behind] == [
        (ledger["b"], 30_000, 44),
        (ledger["a"], 70_000, 36),
    ]
    assert sum(i.open_fen for i in behind) == report.rows[0].amounts[2]
    assert sum(i.open_fen for i in everything) == report.total_fen == 107_000
    assert {i.bucket for i in everything} == {"1-30", "31-60"}


def test_grouping_by_anything_gives_the_same_total(ledger):
    day = D(2026, 4, 16)
    with ledger["db"].read() as s:
        totals = {by: aging_report(s, day, by, DEFAULT_BUCKETS) for by in AgingBy}
    assert {by: r.total_fen for by, r in totals.items()} == dict.fromkeys(AgingBy, 107_000)
    # No project: one row without a key (the report names it).
    assert [r.key for r in totals[AgingBy.PROJECT].rows] == [None]
    assert [r.key for r in totals[AgingBy.CATEGORY].rows] == [None]


def test_nothing_dated_after_a_day_is_probed_for_every_kind_of_entry(ledger):
    """The lists leave out the work on later entries when there is none: each kind of dated
    entry, the latest of the ledger in turn, makes the day before it one with later entries;
    from its own day on there are none, and the balances are the same either way."""
    db, cust = ledger["db"], ledger["cust"]
    with db.write() as s:
        clerk = factories.user(s, "周出纳", role="finance")
    actor = Actor(clerk.id, clerk.login, Role.FINANCE)

    def on(day: date) -> Actor:
        return replace(actor, clock=FixedClock(day))

    def latest_is(day: date) -> None:
        with db.read() as s:
            assert not nothing_dated_after(s, day - timedelta(days=1)), day
            assert nothing_dated_after(s, day), day
            full = sorted(s.execute(balances_query(day)).all())
            assert sorted(s.execute(balances_query(day, later=False)).all()) == full
            assert full and full[0][0] == cust

    latest_is(D(2026, 5, 5))  # the write-off
    x = invoices.issue_invoice(
        db, on(D(2026, 6, 1)), invoices.InvoiceInput(cust, 9_000, D(2026, 6, 1))
    )
    latest_is(D(2026, 6, 1))  # an invoice issued
    p = payments.record_payment(
        db, on(D(2026, 6, 2)), payments.PaymentInput(cust, D(2026, 6, 2), 4_000), "none"
    ).value.payment_id
    latest_is(D(2026, 6, 2))  # a payment received
    payments.allocate_payment(db, on(D(2026, 6, 3)), p, [(x.value.id, 4_000)])
    latest_is(D(2026, 6, 3))  # applied later
    y = invoices.issue_invoice(
        db, on(D(2026, 6, 4)), invoices.InvoiceInput(cust, 1_000, D(2026, 6, 4))
    )
    q = payments.record_payment(
        db, on(D(2026, 6, 4)), payments.PaymentInput(cust, D(2026, 6, 4), 2_000), "none"
    ).value.payment_id
    payments.reverse_payment(db, on(D(2026, 6, 5)), q, "退回")
    latest_is(D(2026, 6, 5))  # a payment reversed
    invoices.void_invoice(db, on(D(2026, 6, 6)), y.value.id, "开错")
    latest_is(D(2026, 6, 6))  # an invoice voided
