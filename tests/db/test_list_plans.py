"""Every order a list offers is read through an index, so that a page of a million rows stays
one short query: SQLite's query plans of the page queries name the index and never sort
(no temporary B-tree) nor read a whole table. The plans are SQLite's whatever other
backends the suite runs on; without ANALYZE they do not depend on how many rows there are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from app.db.location import resolve
from app.db.session import Database
from app.demo.generator import generate_demo
from app.services.core.list_request import ListRequest
from app.services.core.startup import open_database
from app.services.ledger import invoice_list_service as invoices
from app.services.ledger import payment_list_service as payments
from app.services.projects import project_list_service as projects

TODAY = date(2026, 6, 30)
LISTS = r"invoices|payments|projects|customers"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Iterator[Database]:
    db, _ = open_database(resolve(str(tmp_path_factory.mktemp("plans") / "plans.sqlite3")))
    generate_demo(db, customers=30, invoices=800, seed=5, today=TODAY)
    yield db
    db.dispose()


def plans(db: Database, read: Callable[[Session], object]) -> list[str]:
    """The query plan of each SELECT that ``read`` runs, one string each."""
    seen: list[tuple[str, object]] = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        with db.read() as s:
            read(s)
            raw = s.connection().connection.driver_connection
            return [
                "; ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params))
                for sql, params in seen
                if sql.lstrip().upper().startswith(("SELECT", "WITH"))
            ]
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)


def assert_read_through(plan: str, index: str) -> None:
    assert index in plan, plan
    assert "TEMP B-TREE" not in plan, plan
    assert not re.search(rf"SCAN ({LISTS})(;|$)", plan), plan


def invoice_pages(req: ListRequest) -> Callable[[Session], object]:
    """The first page, and a page near the end (read backwards from the other end)."""

    def read(s: Session) -> object:
        total = invoices.count_invoices(s, req, TODAY)
        invoices.fetch_invoices(s, req, 0, 50, TODAY, total)
        return invoices.fetch_invoices(s, req, total - 60, 50, TODAY, total)

    return read


@pytest.mark.parametrize(
    ("sort_key", "status", "index"),
    [
        ("issue_date", None, "ix_invoices_issue_date_id"),
        ("amount", None, "ix_invoices_amount_id"),
        ("open", None, "ix_invoices_list_open_amount"),
        ("open", "open", "ix_invoices_open_by_amount"),
        ("open", "overdue", "ix_invoices_open_by_amount"),
        ("days_overdue", None, "ix_invoices_list_days_overdue"),
        ("days_overdue", "open", "ix_invoices_open_by_due"),
        ("days_overdue", "overdue", "ix_invoices_open_by_due"),
        ("issue_date", "open", "ix_invoices_open_by_issue"),
        ("issue_date", "overdue", "ix_invoices_open_by_issue"),
        ("due_date", "overdue", "ix_invoices_open_by_due"),
        ("customer", "overdue", "ix_invoices_open_by_customer"),
        ("issue_date", "void", "ix_invoices_voided_on"),
    ],
)
@pytest.mark.parametrize("descending", [True, False])
def test_invoice_pages_read_through_an_index(demo, sort_key, status, index, descending):
    req = ListRequest(sort_key=sort_key, descending=descending).with_filter("status", status)
    count, first, _rows, last, _rows = plans(demo, invoice_pages(req))
    assert not re.search(r"SCAN invoices(;|$)", count), count
    # The ids of the page in list order; then their rows, by primary key.
    if status == "void":
        # Few rows: found through the filter's index, then put in order (never the table).
        for plan in (first, last):
            assert index in plan and not re.search(rf"SCAN ({LISTS})(;|$)", plan), plan
    else:
        assert_read_through(first, index)
        assert_read_through(last, index)


@pytest.mark.parametrize(
    ("sort_key", "status", "index"),
    [
        ("received_date", None, "ix_payments_received_date"),
        ("amount", None, "ix_payments_amount_id"),
        ("received_date", "unallocated", "ix_payments_unallocated_by_date"),
        ("received_date", "reversed", "ix_payments_reversed_on"),
    ],
)
def test_payment_pages_read_through_an_index(demo, sort_key, status, index):
    req = ListRequest(sort_key=sort_key, descending=True).with_filter("status", status)
    (page,) = plans(demo, lambda s: payments.fetch_payments(s, req, 0, 50))
    assert index in page and not re.search(rf"SCAN ({LISTS})(;|$)", page), page
    if status != "reversed":
        assert_read_through(page, index)


@pytest.mark.parametrize(
    ("sort_key", "flag", "index"),
    [
        ("stage_since", None, "ix_projects_stage_since_id"),
        ("contract_amount", None, "ix_projects_list_amount"),
        ("customer", None, "ix_customers_name"),
        ("stage_since", "open_only", "ix_projects_open_since"),
        ("stage_since", "stalled", "ix_projects_open_since"),
        ("stage_since", "deadline_overdue", "ix_projects_open_since"),
    ],
)
def test_project_pages_read_through_an_index(demo, sort_key, flag, index):
    req = ListRequest(sort_key=sort_key, descending=False)
    if flag is not None:
        req = req.with_filter(flag, True)
    *_tiers, page = plans(demo, lambda s: projects.fetch_projects(s, req, 0, 50, TODAY))
    assert_read_through(page, index)


def test_each_board_column_reads_its_stage_through_an_index(demo):
    read = plans(demo, lambda s: projects.board(s, ListRequest(), TODAY))
    pages = [plan for plan in read if "credit_tiers" not in plan]
    assert len(pages) == 2 * 9  # a count and a page of cards per stage
    for plan in pages:
        assert_read_through(plan, "ix_projects_stage_stage_since")


def test_a_search_matching_many_customers_walks_the_order_for_its_first_page(demo, monkeypatch):
    """Collecting a good part of all invoices and sorting them would cost every page the
    same; the first page walks the list's order instead, later ones collect and sort."""
    monkeypatch.setattr(invoices, "MAX_CUSTOMER_IDS", 0)
    req = ListRequest(search="有限", sort_key="issue_date", descending=True)

    def read(s: Session) -> object:
        total = invoices.count_invoices(s, req, TODAY)
        invoices.fetch_invoices(s, req, 0, 50, TODAY, total)
        return invoices.fetch_invoices(s, req, 50, 50, TODAY, total)

    _names, count, _names2, first, _rows, _names3, second, _rows2 = plans(demo, read)
    assert "MULTI-INDEX OR" in count
    # (The customers are searched by name: a scan of them, whichever plan.)
    assert "ix_invoices_issue_date_id" in first and "TEMP B-TREE" not in first, first
    assert "MULTI-INDEX OR" in second and "TEMP B-TREE" in second


@pytest.mark.parametrize("search", ["有限", "SK", "zz-nothing"])
def test_a_payment_search_reads_payments_through_their_indexes(demo, search):
    """Number (prefix), bank reference, payer's name (prefix) and the matching customers:
    each through its index, the count as the page, never every payment."""
    req = ListRequest(search=search, sort_key="received_date", descending=True)

    def read(s: Session) -> object:
        payments.count_payments(s, req)
        return payments.fetch_payments(s, req, 50, 50)

    _names, count, _names2, page = plans(demo, read)
    for plan in (count, page):
        assert "MULTI-INDEX OR" in plan, plan
        for index in (
            r"\S+ \(number>\? AND number<\?\)",  # the unique constraint's
            r"ix_payments_bank_ref \(bank_ref=\?\)",
            r"ix_payments_payer_name \(payer_name>\? AND payer_name<\?\)",
            r"ix_payments_customer_date \(customer_id=\?\)",
        ):
            assert re.search(rf"SEARCH payments USING INDEX {index}", plan), plan
        assert not re.search(r"SCAN payments(;|$)", plan), plan


def test_a_payment_search_matching_many_customers_walks_the_order_first(demo, monkeypatch):
    monkeypatch.setattr(payments, "MAX_CUSTOMER_IDS", 0)
    req = ListRequest(search="有限", sort_key="received_date", descending=True)

    def read(s: Session) -> object:
        payments.fetch_payments(s, req, 0, 50)
        return payments.fetch_payments(s, req, 50, 50)

    _names, first, _names2, second = plans(demo, read)
    assert "ix_payments_received_date" in first and "TEMP B-TREE" not in first, first
    assert "MULTI-INDEX OR" in second and "TEMP B-TREE" in second, second


@pytest.mark.parametrize("sort_key", ["balance", "overdue"])
def test_customers_by_balance_as_of_today_sum_todays_amounts_alone(demo, sort_key):
    """Nothing is dated after today: the balances are the cached open amounts and
    prepayments summed through their partial indexes, without looking for later entries."""
    from app.services.customers import customer_list_service as customers

    req = ListRequest(sort_key=sort_key, descending=True)
    found = plans(demo, lambda s: customers.fetch_customers(s, req, 0, 50, TODAY + timedelta(1)))
    page = found[-1]
    assert "ix_invoices_open_by_customer" in page and "ix_payments_unallocated" in page, page
    assert "touched" not in page and "ix_invoices_open_by_issue" not in page, page
