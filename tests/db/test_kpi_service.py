"""KPIs on a ledger whose every figure is worked out by hand (the ledger of test_as_of.py),
with a payment reversed and a red-letter credit in the second quarter.

One key-account customer, each operation on its own day (fen in brackets):

    01-10  invoice A 1,000.00 (100_000) due 03-11
    02-01  invoice B   500.00  (50_000) due 03-03
    02-15  invoice V    70.00   (7_000) due 03-17
    03-01  payment P1  300.00 -> A
    03-20  payment P2  800.00 -> A 700.00, B 100.00
    04-10  red-letter R on B 200.00
    04-15  P2 reversed (bounced)            -> A open 700.00, B 300.00 again
    04-20  V voided
    04-25  payment P3   50.00, not applied  (prepayment)
    05-05  write-off on B 100.00
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal
from itertools import pairwise

import pytest

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.reports.kpi_service import (
    KpiGroup,
    countback_days,
    countback_dso,
    kpi_report,
    kpi_series,
)
from app.services.reports.periods import Interval, Period
from tests import factories

D = date
Q1 = Period(D(2026, 1, 1), D(2026, 3, 31))
Q2 = Period(D(2026, 4, 1), D(2026, 6, 30))


@pytest.fixture
def ledger(db):
    with db.write() as s:
        boss = factories.user(s, "钱经理", role="manager")
        clerk = factories.user(s, "赵会计", role="finance")
        seller = factories.user(s, "孙销售", role="sales")
        other = factories.user(s, "周销售", role="sales")
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
    return {"db": db, "cust": cust.id, "seller": seller.id, "other": other.id}


def kpis(ledger, period: Period, group: KpiGroup = KpiGroup.NONE, **kw):
    with ledger["db"].read() as s:
        return kpi_report(s, period, group, **kw)


def test_first_quarter_every_figure_by_hand(ledger):
    q1 = kpis(ledger, Q1).total
    assert (q1.opening_ar_fen, q1.total_ar_fen, q1.overdue_ar_fen) == (0, 47_000, 47_000)
    assert (q1.invoiced_fen, q1.collected_fen, q1.applied_fen) == (157_000, 110_000, 110_000)
    assert (q1.written_off_fen, q1.prepaid_fen) == (0, 0)
    # A, B and V all fall due in March, each issued in the quarter.
    assert q1.due_fen == 157_000
    assert q1.overdue_ratio == Decimal("1.0000")
    assert q1.collection_rate == Decimal("0.7006")  # 110,000 / 157,000
    assert q1.dso_days == Decimal("26.9")  # 47,000 / 157,000 x 90 days
    assert q1.cei == Decimal("70.06")  # (0 + 157,000 - 47,000) / (0 + 157,000 - 0)
    # P1 30,000 after 50 days, P2 70,000 after 69 (A) and 10,000 after 47 (B): all still
    # standing on 03-31 (P2 bounced only on 04-15). Only P1 came before the due date.
    assert q1.settled_fen == 110_000
    assert q1.average_days_to_pay == Decimal("61.8")  # 6,800,000 / 110,000
    assert q1.on_time_rate == Decimal("0.2727")


def test_second_quarter_with_the_reversal_and_the_red_letter_credit(ledger):
    q2 = kpis(ledger, Q2).total
    # A 70,000 open again after the bounce; B 50,000 - 20,000 credit - 10,000 written off.
    assert (q2.opening_ar_fen, q2.total_ar_fen, q2.overdue_ar_fen) == (47_000, 90_000, 90_000)
    # The red-letter credit and the void take invoicing below zero.
    assert q2.invoiced_fen == -27_000
    # P3 received, P2 reversed.
    assert q2.collected_fen == 5_000 - 80_000
    assert q2.applied_fen == -80_000
    assert (q2.written_off_fen, q2.prepaid_fen) == (10_000, 5_000)
    assert q2.due_fen == 0
    assert q2.collection_rate is None
    assert q2.dso_days is None
    assert q2.cei == Decimal("-350.00")  # 100 x (20,000 - 90,000) / (20,000 - 0)
    assert q2.average_days_to_pay is None and q2.on_time_rate is None
    assert q2.net_ar_fen == 85_000


def test_due_in_a_period_is_what_was_open_then_of_what_fell_due_in_it(ledger):
    # 03-05 to 04-30: A falls due with 70,000 open on 03-04 (P1 paid 30,000 before); V falls
    # due but is voided in the period; B fell due before (arrears, not due in the period).
    period = Period(D(2026, 3, 5), D(2026, 4, 30))
    fig = kpis(ledger, period).total
    assert fig.due_fen == 70_000
    assert fig.collected_fen == 80_000 - 80_000 + 5_000
    assert fig.collection_rate == Decimal("0.0714")
    assert fig.opening_ar_fen == 127_000 and fig.total_ar_fen == 100_000


def test_the_ledger_identities_hold_for_each_period(ledger):
    for period in (
        Q1,
        Q2,
        Period(D(2026, 3, 5), D(2026, 4, 30)),
        Period(D(2026, 1, 1), D(2026, 12, 31)),
    ):
        f = kpis(ledger, period).total
        assert f.opening_ar_fen + f.invoiced_fen - f.applied_fen - f.written_off_fen == (
            f.total_ar_fen
        )
        assert f.opening_net_ar_fen + f.invoiced_fen - f.collected_fen - f.written_off_fen == (
            f.net_ar_fen
        )


def test_without_what_fell_due_the_opening_follows_from_the_movements(ledger):
    for period in (Q1, Q2, Period(D(2026, 3, 5), D(2026, 4, 30))):
        for group in KpiGroup:
            full = kpis(ledger, period, group)
            quick = kpis(ledger, period, group, due=False, settlements=False)
            assert [r.key for r in quick.rows] == [r.key for r in full.rows]
            for a, b in zip(full.rows, quick.rows, strict=True):
                assert (b.opening_ar_fen, b.opening_prepaid_fen, b.cei) == (
                    a.opening_ar_fen,
                    a.opening_prepaid_fen,
                    a.cei,
                )
                assert b.due_fen is None and b.collection_rate is None


def test_groups_and_the_salespersons_scope(ledger):
    by_customer = kpis(ledger, Q2, KpiGroup.CUSTOMER)
    assert [r.key for r in by_customer.rows] == [ledger["cust"]]
    assert by_customer.rows[0].label == "宁波港检测服务有限公司"
    assert by_customer.total.total_ar_fen == 90_000
    by_seller = kpis(ledger, Q2, KpiGroup.SALESPERSON)
    assert [(r.key, r.label) for r in by_seller.rows] == [(ledger["seller"], "孙销售")]
    # Invoices without a project have no category; the money applied stands in for
    # collected there (a payment has no category) and prepayments are left out.
    by_category = kpis(ledger, Q2, KpiGroup.CATEGORY)
    assert [r.key for r in by_category.rows] == [None]
    assert by_category.total.collected_fen == -80_000 and by_category.total.prepaid_fen == 0
    mine = kpis(ledger, Q2, salesperson_id=ledger["seller"]).total
    assert mine.total_ar_fen == 90_000 and mine.collected_fen == -75_000
    theirs = kpis(ledger, Q2, salesperson_id=ledger["other"]).total
    assert theirs.total_ar_fen == 0 and theirs.collected_fen == 0


def test_monthly_series_chain_closing_to_opening(ledger):
    with ledger["db"].read() as s:
        series = kpi_series(s, Period(D(2026, 1, 15), D(2026, 5, 31)), Interval.MONTH)
        quarters = kpi_series(s, Period(D(2026, 1, 1), D(2026, 6, 30)), Interval.QUARTER)
    assert [p.label for p in series] == ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"]
    assert series[0].report.period == Period(D(2026, 1, 15), D(2026, 1, 31))
    for before, after in pairwise(series):
        assert before.report.total.total_ar_fen == after.report.total.opening_ar_fen
    assert [p.report.total.invoiced_fen for p in series] == [0, 57_000, 0, -27_000, 0]
    assert [p.label for p in quarters] == ["2026Q1", "2026Q2"]
    assert quarters[0].report.total == kpis(ledger, Q1).total


def test_countback_dso_by_hand(ledger):
    # 47,000 open on 03-31: March invoiced nothing (31 days), February 57,000 (28 days):
    # 31 + 28 x 47/57 days.
    with ledger["db"].read() as s:
        assert countback_dso(s, D(2026, 3, 31)) == {None: Decimal("54.1")}
        by_customer = countback_dso(s, D(2026, 3, 31), KpiGroup.CUSTOMER)
    assert by_customer == {ledger["cust"]: Decimal("54.1")}
    assert kpis(ledger, Q1, countback=True).total.countback_dso_days == Decimal("54.1")


def test_countback_days_rules():
    assert countback_days(0, [(100, 30)]) is None
    assert countback_days(50, [(100, 30)]) == Decimal("15.0")
    # A month without invoicing is covered whole; a balance beyond the history counts it all.
    assert countback_days(150, [(0, 31), (100, 30), (100, 31)]) == Decimal("76.5")
    assert countback_days(500, [(100, 30), (100, 31)]) == Decimal("61.0")
