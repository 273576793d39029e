"""The totals of each list equal, to the fen, the sums of every row the same request shows;
the invoice list's sorts by open amount and by days overdue (with or without the overdue
filter), the project list's by amount and customer and the payment list's by amount give
rows in that order, and pages read from either end agree with one big query.

On a demo ledger (red-letter and void invoices, partial and reversed payments, write-offs,
projects at every stage), on SQLite and on PostgreSQL when a server is given."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from app.db.session import Database
from app.demo.generator import generate_demo
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.models import Customer, Payment
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest
from app.services.core.startup import open_database
from app.services.customers import customer_list_service as customers
from app.services.ledger import invoice_list_service as invoices
from app.services.ledger import payment_list_service as payments
from app.services.ledger import payment_service
from app.services.ledger.balances import customer_balances
from app.services.projects import project_list_service as projects
from tests import factories
from tests.db.conftest import BACKENDS, database_location

TODAY = date(2026, 6, 30)
DAYS = (TODAY, TODAY - timedelta(days=200))
EVERYTHING = 1_000_000
# Hypothesis runs many requests on one demo ledger, which none of them changes.
REQUESTS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request, tmp_path_factory) -> Iterator[Database]:
    with database_location(request.param, tmp_path_factory.mktemp("lists")) as location:
        db, _ = open_database(location)
        generate_demo(db, customers=40, invoices=1200, seed=11, today=TODAY)
        _reverse_two_payments(db)
        yield db
        db.dispose()


def _reverse_two_payments(db: Database) -> None:
    """The demo reverses none: one applied to invoices and one kept as a prepayment."""
    with db.write() as s:
        clerk = factories.user(s, "出纳", role="finance").id
        applied = s.scalars(
            select(Payment.id).where(Payment.allocated_fen == Payment.amount_fen).limit(1)
        ).one()
        kept = s.scalars(
            select(Payment.id).where(Payment.allocated_fen < Payment.amount_fen).limit(1)
        ).one()
    actor = Actor(clerk, "clerk", Role.FINANCE, clock=FixedClock(TODAY))
    for payment_id in (applied, kept):
        payment_service.reverse_payment(db, actor, payment_id, "银行退回")


def _searches(db: Database) -> list[str]:
    with db.read() as s:
        name = s.scalars(select(Customer.name).order_by(Customer.id).limit(1)).one()
    return ["", name[:4], name[-2:], "科技", "zz-nothing"]


def _all(fetch: Callable[[], Sequence[Any]]) -> list[Any]:
    rows = list(fetch())
    assert len(rows) < EVERYTHING
    return rows


# --- totals ------------------------------------------------------------------------------


@REQUESTS
@given(
    status=st.sampled_from([None, *invoices.STATUS_FILTERS]),
    search=st.integers(0, 4),
    by_customer=st.booleans(),
    as_of=st.sampled_from(DAYS),
    sort_key=st.sampled_from(invoices.SORT_KEYS),
)
def test_invoice_totals_are_the_sums_of_the_rows_shown(
    demo, status, search, by_customer, as_of, sort_key
):
    req = ListRequest(search=_searches(demo)[search], sort_key=sort_key).with_filter(
        "status", status
    )
    if by_customer:
        req = req.with_filter("customer_id", 3)
    with demo.read() as s:
        rows = _all(lambda: invoices.fetch_invoices(s, req, 0, EVERYTHING, as_of))
        totals = invoices.invoice_totals(s, req, as_of)
        count = invoices.count_invoices(s, req, as_of)
    assert totals == invoices.InvoiceTotals(
        count=len(rows),
        amount_fen=sum(r.amount_fen for r in rows),
        open_fen=sum(r.open_fen for r in rows),
        overdue_fen=sum(r.open_fen for r in rows if r.days_overdue(as_of) > 0),
    )
    assert count == len(rows)


@REQUESTS
@given(
    status=st.sampled_from([None, *payments.STATUS_FILTERS]),
    search=st.integers(0, 4),
    sort_key=st.sampled_from(payments.SORT_KEYS),
)
def test_payment_totals_are_the_sums_of_the_rows_shown(demo, status, search, sort_key):
    req = ListRequest(search=_searches(demo)[search], sort_key=sort_key).with_filter(
        "status", status
    )
    with demo.read() as s:
        rows = _all(lambda: payments.fetch_payments(s, req, 0, EVERYTHING))
        totals = payments.payment_totals(s, req)
        count = payments.count_payments(s, req)
    assert totals == payments.PaymentTotals(
        count=len(rows),
        amount_fen=sum(r.amount_fen for r in rows),
        unallocated_fen=sum(r.unallocated_fen for r in rows),
    )
    assert count == len(rows)


@REQUESTS
@given(
    search=st.integers(0, 4),
    archived=st.booleans(),
    tier=st.sampled_from([None, 1, 4]),
    as_of=st.sampled_from(DAYS),
    sort_key=st.sampled_from(customers.SORT_KEYS),
)
def test_customer_totals_are_the_sums_of_the_rows_shown(
    demo, search, archived, tier, as_of, sort_key
):
    req = (
        ListRequest(search=_searches(demo)[search], sort_key=sort_key)
        .with_filter("archived", "any" if archived else None)
        .with_filter("tier_id", tier)
    )
    with demo.read() as s:
        rows = _all(lambda: customers.fetch_customers(s, req, 0, EVERYTHING, as_of))
        totals = customers.customer_totals(s, req, as_of)
    assert totals == customers.CustomerTotals(
        count=len(rows),
        open_fen=sum(r.open_fen for r in rows),
        overdue_fen=sum(r.overdue_fen for r in rows),
        unallocated_fen=sum(r.unallocated_fen for r in rows),
    )
    assert totals.balance_fen == sum(r.balance_fen for r in rows)


@REQUESTS
@given(
    search=st.integers(0, 4),
    flag=st.sampled_from([None, "open_only", "deadline_overdue", "stalled"]),
    stage=st.sampled_from([None, "quoted", "testing", "paid"]),
    as_of=st.sampled_from(DAYS),
    sort_key=st.sampled_from(projects.SORT_KEYS),
)
def test_project_totals_are_the_sums_of_the_rows_shown(demo, search, flag, stage, as_of, sort_key):
    req = ListRequest(search=_searches(demo)[search], sort_key=sort_key).with_filter("stage", stage)
    if flag is not None:
        req = req.with_filter(flag, True)
    with demo.read() as s:
        rows = _all(lambda: projects.fetch_projects(s, req, 0, EVERYTHING, as_of))
        totals = projects.project_totals(s, req, as_of)
        count = projects.count_projects(s, req, as_of)
    amounts = [r.contract_amount_fen or r.quoted_amount_fen for r in rows]
    assert totals == projects.ProjectTotals(count=len(rows), amount_fen=sum(amounts))
    assert count == len(rows)


def test_the_demo_ledger_has_what_the_totals_must_get_right(demo):
    """Otherwise the sums above would prove little."""
    with demo.read() as s:
        everything = invoices.fetch_invoices(s, ListRequest(), 0, EVERYTHING, TODAY)
        paid = payments.fetch_payments(s, ListRequest(), 0, EVERYTHING)
        stalled = projects.count_projects(s, ListRequest(filters=(("stalled", True),)), TODAY)
    assert {r.status for r in everything} == {"issued", "void"}
    assert any(r.is_red_letter for r in everything)
    assert any(0 < r.open_fen < r.amount_fen for r in everything)
    assert any(r.days_overdue(TODAY) > 0 for r in everything)
    assert {r.status for r in paid} == {"active", "reversed"}
    assert any(0 < r.unallocated_fen < r.amount_fen for r in paid)
    assert stalled > 0


# --- the new orders ----------------------------------------------------------------------


def _in_order(keys: list[Any], descending: bool) -> bool:
    return keys == sorted(keys, reverse=descending)


@pytest.mark.parametrize("status", [None, "open", "overdue"])
@pytest.mark.parametrize("sort_key", ["open", "days_overdue"])
def test_invoices_sorted_by_open_amount_and_days_overdue(demo, status, sort_key):
    def key(row: invoices.InvoiceRow) -> int:
        # The days overdue as the column shows them: none before the due date.
        return row.open_fen if sort_key == "open" else max(row.days_overdue(TODAY), 0)

    for descending in (True, False):
        req = ListRequest(sort_key=sort_key, descending=descending).with_filter("status", status)
        with demo.read() as s:
            total = invoices.count_invoices(s, req, TODAY)
            everything = invoices.fetch_invoices(s, req, 0, EVERYTHING, TODAY)
            # Pages from the far end are read backwards through the index: the same rows.
            paged = []
            for offset in range(0, total, 37):
                paged += invoices.fetch_invoices(s, req, offset, 37, TODAY, total)
        assert total > 20
        assert _in_order([key(r) for r in everything], descending)
        assert [r.id for r in paged] == [r.id for r in everything], (status, descending)
    if sort_key == "days_overdue" and status is None:
        # The most overdue first, down to those not overdue at all.
        least, most = everything[0], everything[-1]  # (the last pass is ascending)
        assert most.days_overdue(TODAY) > 0 and least.days_overdue(TODAY) <= 0


@pytest.mark.parametrize("status", ["open", "overdue"])
@pytest.mark.parametrize("sort_key", invoices.SORT_KEYS)
def test_open_invoices_in_each_order_page_alike_from_either_end(demo, status, sort_key):
    """Only open invoices are ordered as their partial indexes hold them (ties aside)."""

    def key(row: invoices.InvoiceRow) -> Any:
        return {
            "issue_date": row.issue_date,
            "number": row.number,
            "due_date": row.due_date,
            "amount": row.amount_fen,
            "customer": row.customer_id,
            "open": row.open_fen,
            "days_overdue": row.days_overdue(TODAY),
        }[sort_key]

    for descending in (True, False):
        req = ListRequest(sort_key=sort_key, descending=descending).with_filter("status", status)
        with demo.read() as s:
            total = invoices.count_invoices(s, req, TODAY)
            everything = invoices.fetch_invoices(s, req, 0, EVERYTHING, TODAY)
            paged = []
            for offset in range(0, total, 23):
                paged += invoices.fetch_invoices(s, req, offset, 23, TODAY, total)
        assert total > 20 and all(r.open_fen > 0 for r in everything)
        assert _in_order([key(r) for r in everything], descending)
        assert [r.id for r in paged] == [r.id for r in everything]


@pytest.mark.parametrize("sort_key", ["issue_date", "open", "customer"])
def test_a_search_matching_many_customers_pages_alike(demo, monkeypatch, sort_key):
    """Its first page walks the list's order and later ones collect and sort the matches:
    the same rows in the same order either way, and the same as a narrow search's."""
    search = ListRequest(search=_searches(demo)[2], sort_key=sort_key, descending=True)
    with demo.read() as s:
        narrow_total = invoices.count_invoices(s, search, TODAY)
        narrow = [r.id for r in invoices.fetch_invoices(s, search, 0, EVERYTHING, TODAY)]
    monkeypatch.setattr(invoices, "MAX_CUSTOMER_IDS", 0)  # every search is "many" now
    with demo.read() as s:
        total = invoices.count_invoices(s, search, TODAY)
        everything = [r.id for r in invoices.fetch_invoices(s, search, 0, EVERYTHING, TODAY)]
        paged = [
            r.id
            for offset in range(0, total, 31)
            for r in invoices.fetch_invoices(s, search, offset, 31, TODAY, total)
        ]
    assert total == narrow_total > 31
    assert everything == narrow and paged == narrow


@pytest.mark.parametrize("flag", [None, "open_only", "stalled", "deadline_overdue"])
@pytest.mark.parametrize("sort_key", projects.SORT_KEYS)
def test_projects_sorted_by_each_column(demo, flag, sort_key):
    def key(row: projects.ProjectRow) -> Any:
        return {
            "code": row.code,
            "stage_since": row.stage_since,
            "contract_amount": row.contract_amount_fen or row.quoted_amount_fen,
            "customer": row.customer_name,
        }[sort_key]

    for descending in (True, False):
        req = ListRequest(sort_key=sort_key, descending=descending)
        if flag is not None:
            req = req.with_filter(flag, True)
        with demo.read() as s:
            rows = projects.fetch_projects(s, req, 0, EVERYTHING, TODAY)
            pages = [
                r
                for offset in range(0, len(rows), 50)
                for r in projects.fetch_projects(s, req, offset, 50, TODAY)
            ]
        assert rows and _in_order([key(r) for r in rows], descending)
        assert [r.id for r in pages] == [r.id for r in rows]


@pytest.mark.parametrize("status", [None, *payments.STATUS_FILTERS])
@pytest.mark.parametrize("sort_key", payments.SORT_KEYS)
def test_payments_sorted_by_each_column(demo, status, sort_key):
    def key(row: payments.PaymentRow) -> Any:
        return {"received_date": row.received_date, "number": row.number, "amount": row.amount_fen}[
            sort_key
        ]

    for descending in (True, False):
        req = ListRequest(sort_key=sort_key, descending=descending).with_filter("status", status)
        with demo.read() as s:
            rows = payments.fetch_payments(s, req, 0, EVERYTHING)
            pages = [
                r
                for offset in range(0, len(rows), 29)
                for r in payments.fetch_payments(s, req, offset, 29)
            ]
        assert rows and _in_order([key(r) for r in rows], descending)
        assert [r.id for r in pages] == [r.id for r in rows]


@pytest.mark.parametrize("sort_key", ["balance", "overdue"])
def test_customers_sorted_by_balance_show_each_ones_own_figures(demo, sort_key):
    """Sorted by an amount, the page's figures come from the query that sorted them: they
    are the same as each customer's balance worked out alone."""
    for as_of in DAYS:
        req = ListRequest(sort_key=sort_key, descending=True)
        with demo.read() as s:
            rows = customers.fetch_customers(s, req, 0, EVERYTHING, as_of)
            alone = customer_balances(s, as_of, [r.id for r in rows])
        assert [(r.open_fen, r.overdue_fen, r.unallocated_fen) for r in rows] == [
            (alone[r.id].open_fen, alone[r.id].overdue_fen, alone[r.id].unallocated_fen)
            for r in rows
        ]
        keys = [r.balance_fen if sort_key == "balance" else r.overdue_fen for r in rows]
        assert _in_order(keys, True)


@pytest.mark.parametrize("sort_key", payments.SORT_KEYS)
def test_a_payment_search_matching_many_customers_pages_alike(demo, monkeypatch, sort_key):
    """As the invoice search: the first page walks the list's order, later ones collect and
    sort the matches, the same rows in the same order as a narrow search's."""
    search = ListRequest(search=_searches(demo)[2], sort_key=sort_key, descending=True)
    with demo.read() as s:
        narrow_total = payments.count_payments(s, search)
        narrow = [r.id for r in payments.fetch_payments(s, search, 0, EVERYTHING)]
    monkeypatch.setattr(payments, "MAX_CUSTOMER_IDS", 0)  # every search is "many" now
    with demo.read() as s:
        total = payments.count_payments(s, search)
        everything = [r.id for r in payments.fetch_payments(s, search, 0, EVERYTHING)]
        paged = [
            r.id
            for offset in range(0, total, 7)
            for r in payments.fetch_payments(s, search, offset, 7)
        ]
    assert total == narrow_total > 7
    assert everything == narrow and paged == narrow
