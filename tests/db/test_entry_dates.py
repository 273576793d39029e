"""Dates (issue 8): entries may not be dated ahead past a setting, nor before the document
they act on; and every screen counts a customer's balance as of a date the same way, from
the entries dated on or before it."""

from collections import defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.db.location import resolve
from app.demo.generator import generate_demo
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError, ValidationError
from app.models import Allocation, Invoice, Payment, WriteOff
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest
from app.services.core.settings_service import get_days_ahead, save_days_ahead
from app.services.core.startup import open_database
from app.services.customers.customer_360_service import customer_360
from app.services.customers.customer_list_service import fetch_customers
from app.services.customers.customer_service import customer_detail
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.ledger.write_off_service import request_write_off
from app.services.projects import project_service as projects
from app.services.workbench_service import workbench_summary
from tests import factories

TODAY = date(2026, 6, 30)
AS_OF = date(2026, 5, 31)  # earlier than some of the records


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "finance", "manager")}
        cid = factories.customer(s, "昆山电子材料有限公司").id
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, cid


def _invoice(db, actor, cid, amount, issued, **kw):
    return invoices.issue_invoice(db, actor, invoices.InvoiceInput(cid, amount, issued, **kw)).value


def _pay(db, actor, cid, amount, on, alloc="auto"):
    return payments.record_payment(db, actor, payments.PaymentInput(cid, on, amount), alloc).value


# --- rules ---------------------------------------------------------------------------------


def test_an_invoice_cannot_be_issued_ahead_unless_the_setting_allows(env):
    db, a, cid = env
    ahead = TODAY + timedelta(days=30)
    with pytest.raises(ValidationError, match="too far in the future") as e:
        _invoice(db, a["finance"], cid, 100_00, ahead)
    assert e.value.field == "issue_date"
    assert "2026-06-30" in e.value.message
    with pytest.raises(PermissionDeniedError):
        save_days_ahead(db, a["finance"], 30)
    with pytest.raises(ValidationError):
        save_days_ahead(db, a["manager"], 400)
    save_days_ahead(db, a["manager"], 30)
    with db.read() as s:
        assert get_days_ahead(s) == 30
    _invoice(db, a["finance"], cid, 100_00, ahead)
    with pytest.raises(ValidationError, match="up to 2026-07-30"):
        _invoice(db, a["finance"], cid, 100_00, ahead + timedelta(days=1))


def test_a_write_off_is_dated_between_its_invoice_and_today(env):
    db, a, cid = env
    inv = _invoice(db, a["finance"], cid, 1_000_00, date(2026, 5, 10))
    with pytest.raises(ValidationError, match="before invoice") as e:
        request_write_off(db, a["finance"], inv.id, 100_00, date(2026, 5, 9), "坏账")
    assert e.value.field == "date"
    with pytest.raises(ValidationError, match="too far in the future") as e:
        request_write_off(db, a["finance"], inv.id, 100_00, TODAY + timedelta(400), "坏账")
    assert e.value.field == "date"
    factories.written_off(db, a["finance"], a["manager"], inv.id, 100_00, date(2026, 5, 10))


def test_red_letters_payments_and_contracts_are_not_dated_ahead(env):
    db, a, cid = env
    inv = _invoice(db, a["finance"], cid, 1_000_00, TODAY)
    tomorrow = TODAY + timedelta(days=1)
    with pytest.raises(ValidationError, match="too far in the future") as e:
        invoices.issue_red_letter(db, a["finance"], inv.id, 100_00, tomorrow, "折让")
    assert e.value.field == "issue_date"
    with pytest.raises(ValidationError, match="predate"):
        invoices.issue_red_letter(db, a["finance"], inv.id, 100_00, TODAY - timedelta(1), "折让")
    with pytest.raises(ValidationError) as e:
        _pay(db, a["finance"], cid, 100_00, tomorrow)
    assert e.value.field == "received_date"
    project = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(cid, "焊点检测", lines=(projects.QuoteLine("X光", 1000, 500_00),)),
    ).value
    with pytest.raises(ValidationError, match="too far in the future") as e:
        projects.sign_contract(db, a["sales"], project.id, "HT-1", None, tomorrow)
    assert e.value.field == "date"
    with db.read() as s:
        assert check_database(s) == []


# --- one as-of ------------------------------------------------------------------------------


def _ledger_with_records_after_as_of(db, a, cid):
    """As of AS_OF the customer owes A 1,000.00 (overdue), C 400.00 and D 200.00 (overdue),
    and has a prepayment of 80.00; everything else happened later. Another customer owes
    1,200.00 falling due on AS_OF, of which 200.00 is written off later."""
    fin = a["finance"]
    a_ = _invoice(db, fin, cid, 100_000, date(2026, 4, 1))  # A, due 05-01
    c = _invoice(db, fin, cid, 40_000, date(2026, 5, 10))  # C, due 06-09
    d = _invoice(db, fin, cid, 20_000, date(2026, 4, 15))  # D, due 05-15
    prepaid = _pay(db, fin, cid, 8_000, date(2026, 5, 20), "none")
    b = _invoice(db, fin, cid, 50_000, date(2026, 6, 10))  # B, after AS_OF
    invoices.issue_red_letter(db, fin, c.id, 10_000, date(2026, 6, 5), "折让")
    _pay(db, fin, cid, 130_000, date(2026, 6, 15), [(a_.id, 100_000)])  # 30,000 left
    payments.allocate_payment(db, fin, prepaid.payment_id, [(b.id, 8_000)])  # dated 06-10
    with db.write() as s:
        other = factories.customer(s, "太仓物流有限公司")
        theirs = factories.invoice(s, other, 120_000, date(2026, 5, 1))
    # Write-offs after AS_OF, as the write-off service records them: 50.00 of D on 06-20,
    # 200.00 of the other customer's invoice today.
    for invoice_id, amount, on in ((d.id, 5_000, date(2026, 6, 20)), (theirs.id, 20_000, TODAY)):
        factories.written_off(db, fin, a["manager"], invoice_id, amount, on, "部分坏账")
    return other.id


def _figures(owed):
    return (owed.open_fen, owed.overdue_fen, owed.unallocated_fen, owed.balance_fen)


def test_list_detail_360_and_workbench_agree_as_of_a_date_before_some_records(env):
    db, a, cid = env
    other = _ledger_with_records_after_as_of(db, a, cid)
    truth = (160_000, 120_000, 8_000, 152_000)
    with db.read() as s:
        assert check_database(s) == []
        by_balance = ListRequest(sort_key="balance", descending=True)
        rows = fetch_customers(s, by_balance, 0, 10, AS_OF)
        detail = customer_detail(s, cid, AS_OF)
        header = customer_360(s, cid, AS_OF).header
        bench = workbench_summary(s, AS_OF)
    assert [r.id for r in rows] == [cid, other]  # sorted by the balance as of AS_OF
    assert _figures(rows[0]) == truth
    assert _figures(detail.row) == truth
    assert detail.aging["current"] == 40_000 and detail.aging["1-30"] == 120_000
    assert sum(detail.aging.values()) == truth[0]
    assert _figures(header) == truth
    # The other customer's invoice falls due on AS_OF: not overdue yet.
    assert (bench.open_fen, bench.overdue_fen, bench.unallocated_fen) == (280_000, 120_000, 8_000)
    assert (bench.open_invoices, bench.overdue_invoices) == (4, 2)


def test_as_of_today_every_record_counts(env):
    db, a, cid = env
    other = _ledger_with_records_after_as_of(db, a, cid)
    # Today: A paid, B 42,000 open after the prepayment, C 30,000, D 15,000; 30,000 unapplied.
    truth = (87_000, 45_000, 30_000, 57_000)
    with db.read() as s:
        rows = fetch_customers(s, ListRequest(sort_key="balance", descending=True), 0, 10, TODAY)
        header = customer_360(s, cid, TODAY).header
        bench = workbench_summary(s, TODAY)
    assert [r.id for r in rows] == [other, cid]
    assert _figures(rows[1]) == _figures(header) == truth
    assert bench.open_fen == 87_000 + 100_000 and bench.open_invoices == 4


def _dated_oracle(s, as_of: date) -> dict[int, tuple[int, int, int]]:
    """(open, overdue, unallocated) per customer from the entries dated on or before
    ``as_of``, added up in Python: an oracle independent of the cached sums."""
    invoices = {i.id: i for i in s.scalars(select(Invoice).where(Invoice.status == "issued"))}
    taken: dict[int, int] = defaultdict(int)
    applied: dict[int, int] = defaultdict(int)
    for a in s.scalars(select(Allocation).where(Allocation.allocated_date <= as_of)):
        taken[a.invoice_id] += a.amount_fen
        applied[a.payment_id] += a.amount_fen
    for w in s.scalars(select(WriteOff).where(WriteOff.write_off_date <= as_of)):
        taken[w.invoice_id] += w.amount_fen
    for red in invoices.values():
        if red.original_invoice_id is not None and red.issue_date <= as_of:
            taken[red.original_invoice_id] -= red.amount_fen
    owed: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    for inv in invoices.values():
        if inv.original_invoice_id is None and inv.issue_date <= as_of:
            left = inv.amount_fen - taken[inv.id]
            owed[inv.customer_id][0] += left
            owed[inv.customer_id][1] += left if inv.due_date < as_of else 0
    for pay in s.scalars(select(Payment).where(Payment.status == "active")):
        if pay.received_date <= as_of:
            owed[pay.customer_id][2] += pay.amount_fen - applied[pay.id]
    return {cid: (o, d, u) for cid, (o, d, u) in owed.items()}


def test_balances_as_of_any_date_agree_with_the_dated_entries(tmp_path):
    """A demo ledger of several years, looked at as of dates across its history."""
    db, _ = open_database(resolve(str(tmp_path / "demo.sqlite3")))
    try:
        generate_demo(db, customers=30, invoices=800, seed=5, today=TODAY)
        seen = set()
        with db.read() as s:
            everyone = ListRequest(filters=(("archived", "any"),))
            for as_of in (date(2023, 3, 31), date(2025, 12, 31), date(2026, 6, 1), TODAY):
                oracle = _dated_oracle(s, as_of)
                seen.add(tuple(sorted(oracle.items())))
                rows = fetch_customers(s, everyone, 0, 100, as_of)
                assert len(rows) == 30
                for row in rows:
                    expected = oracle.get(row.id, (0, 0, 0))
                    assert (row.open_fen, row.overdue_fen, row.unallocated_fen) == expected
                bench = workbench_summary(s, as_of)
                assert bench.open_fen == sum(o for o, _, _ in oracle.values())
                assert bench.unallocated_fen == sum(u for _, _, u in oracle.values())
        assert len(seen) == 4  # each date sees a different ledger
    finally:
        db.dispose()
