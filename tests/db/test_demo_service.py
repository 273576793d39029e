"""The demo data generator: reproducible, realistic and true to the ledger's invariants."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select, text

from app.db.bulk import index_names
from app.db.location import resolve
from app.db.session import Database
from app.demo.generator import DemoSummary, generate_demo
from app.domain.aging import DEFAULT_BUCKETS, bucket_for, days_overdue
from app.domain.clock import FixedClock
from app.domain.enums import STAGE_ORDER, ProjectStage
from app.domain.errors import LedgerError
from app.domain.uscc import is_valid_uscc
from app.models import (
    Allocation,
    Contact,
    CreditTier,
    Customer,
    Invoice,
    InvoiceRequest,
    Payment,
    Project,
    ProjectStageEvent,
    User,
    WriteOff,
    WriteOffRequest,
)
from app.services.core.auth_service import DEMO_ADMIN, DEMO_PASSWORD, log_in
from app.services.core.check_service import check_database
from app.services.core.context import system_actor
from app.services.core.numbering_service import save_numbering_rules
from app.services.core.startup import open_database
from app.services.ledger import payment_service as payments_service
from app.services.projects.project_service import ProjectInput, create_project

TODAY = date(2026, 6, 30)
STAGE_DATES = {
    ProjectStage.LEAD: "lead_date",
    ProjectStage.QUOTED: "quoted_date",
    ProjectStage.CONTRACTED: "contracted_date",
    ProjectStage.SAMPLES_RECEIVED: "samples_received_date",
    ProjectStage.TESTING: "testing_date",
    ProjectStage.REPORT_ISSUED: "report_issued_date",
    ProjectStage.INVOICED: "invoiced_date",
    ProjectStage.PAID: "paid_date",
}


def _open(path) -> Database:
    db, _ = open_database(resolve(str(path)))
    return db


def _rows(db: Database, model) -> list[tuple]:
    table = model.__table__
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(table).order_by(table.c.id))]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory) -> tuple[Database, DemoSummary]:
    """One mid-size demo ledger shared by the read-only tests below."""
    db = _open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    summary = generate_demo(db, customers=300, invoices=5000, seed=11, today=TODAY).value
    yield db, summary
    db.dispose()


def _scalar(db: Database, query):
    with db.read() as s:
        return s.scalar(query)


def test_same_seed_gives_the_same_ledger_and_another_seed_does_not(tmp_path) -> None:
    dbs = [_open(tmp_path / f"{n}.sqlite3") for n in range(3)]
    for db, seed in zip(dbs, (7, 7, 8), strict=True):
        generate_demo(db, customers=40, invoices=600, seed=seed, today=TODAY)
    try:
        for model in (Customer, Invoice, Payment, Allocation, Project, WriteOff):
            assert _rows(dbs[0], model) == _rows(dbs[1], model), model.__name__
        assert _rows(dbs[0], Invoice) != _rows(dbs[2], Invoice)
        assert _rows(dbs[0], Payment) != _rows(dbs[2], Payment)
    finally:
        for db in dbs:
            db.dispose()


def test_counts_match_the_arguments_and_the_summary(ledger) -> None:
    db, summary = ledger
    assert _scalar(db, select(func.count()).select_from(Customer)) == 300
    assert _scalar(db, select(func.count()).select_from(Invoice)) == 5000
    assert summary.customers == 300 and summary.invoices == 5000
    assert summary.payments == _scalar(db, select(func.count()).select_from(Payment))
    assert summary.allocations == _scalar(db, select(func.count()).select_from(Allocation))
    assert summary.write_offs == _scalar(db, select(func.count()).select_from(WriteOff))
    open_fen = _scalar(
        db,
        select(func.sum(Invoice.amount_fen - Invoice.settled_fen)).where(
            Invoice.status == "issued", Invoice.original_invoice_id.is_(None)
        ),
    )
    assert summary.open_fen == open_fen > 0


def test_demo_staff_covers_every_role(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        roles = Counter(s.scalars(select(User.role)))
        logins = s.scalars(select(User.login)).all()
    assert roles == {"sales": 8, "technician": 3, "finance": 2, "manager": 1, "admin": 1}
    assert all(login.isascii() and login.isalpha() for login in logins)


def test_every_demo_user_logs_in_with_the_demo_password(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        sales = s.scalars(select(User.login).where(User.role == "sales")).first()
    assert sales is not None
    assert log_in(db, DEMO_ADMIN, DEMO_PASSWORD).actor.role.value == "admin"
    assert log_in(db, sales, DEMO_PASSWORD).actor.role.value == "sales"


def test_customers_look_like_a_real_client_base(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        customers = s.execute(
            select(Customer.code, Customer.name, Customer.uscc, Customer.category)
        ).all()
        tiers = Counter(
            s.scalars(select(CreditTier.code).join(Customer, Customer.tier_id == CreditTier.id))
        )
        per_customer = s.execute(
            select(Invoice.customer_id, func.count())
            .group_by(Invoice.customer_id)
            .order_by(func.count().desc())
        ).all()
        primaries = Counter(s.scalars(select(Contact.customer_id).where(Contact.is_primary)))
    assert [c.code for c in customers] == [f"C{n:06d}" for n in range(1, 301)]
    assert len({c.name for c in customers}) == 300
    codes = [c.uscc for c in customers if c.uscc is not None]
    assert len(codes) == len(set(codes)) and all(is_valid_uscc(code) for code in codes)
    assert {c.category for c in customers} == {
        "enterprise",
        "government",
        "institution",
        "individual",
    }
    assert any(c.name.endswith("生态环境局") for c in customers)
    assert set(tiers) == {"key", "premium", "regular", "high_risk"}
    assert tiers["regular"] > tiers["premium"] > tiers["key"]
    # A few customers hold a large share of the invoices (the bench times the largest one).
    assert per_customer[0][1] > 5000 * 0.05
    assert len(primaries) == 300 and set(primaries.values()) == {1}


def test_every_stage_appears_with_dates_that_fit_it(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        projects = s.scalars(select(Project)).all()
        events = Counter(s.scalars(select(ProjectStageEvent.project_id)))
    assert {p.stage for p in projects} == {str(stage) for stage in ProjectStage}
    for p in projects:
        dates = [getattr(p, STAGE_DATES[stage]) for stage in STAGE_ORDER]
        reached = [d for d in dates if d is not None]
        # Stages are reached in order, without gaps, never in the future.
        assert dates[: len(reached)] == reached, p.code
        assert reached == sorted(reached) and reached[-1] <= TODAY, p.code
        if p.stage == ProjectStage.CANCELLED:
            assert p.cancelled_date is not None and p.stage_since == p.cancelled_date
            assert events[p.id] == len(reached) + 1
        else:
            assert STAGE_ORDER[len(reached) - 1] == p.stage, p.code
            assert p.stage_since == reached[-1]
            assert events[p.id] == len(reached)


def test_quotes_plans_and_invoices_of_a_project_agree(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        q = lambda sql: s.execute(text(sql)).all()  # noqa: E731
        # Quote lines add up to the quote; the contract is at most the quote.
        assert (
            q("""
            SELECT p.id FROM projects p
            LEFT JOIN (SELECT project_id, sum(amount_fen) a,
                              sum(quantity_milli / 1000 * unit_price_fen - discount_fen
                                  - amount_fen) off
                       FROM project_items GROUP BY 1) i ON i.project_id = p.id
            WHERE coalesce(a, 0) != p.quoted_amount_fen OR coalesce(off, 0) != 0
               OR (p.contract_amount_fen > p.quoted_amount_fen AND p.stage != 'lead')""")
            == []
        )
        # The payment plan adds up to the contract; each installment's invoice bills it.
        assert (
            q("""
            SELECT p.id FROM projects p
            JOIN (SELECT project_id, sum(amount_fen) a FROM installments GROUP BY 1) i
                ON i.project_id = p.id
            WHERE a != p.contract_amount_fen""")
            == []
        )
        assert (
            q("""
            SELECT v.id FROM invoices v JOIN installments i ON i.id = v.installment_id
            WHERE v.amount_fen != i.amount_fen OR v.project_id != i.project_id""")
            == []
        )
        assert q("SELECT count(*) FROM invoices WHERE installment_id IS NOT NULL")[0][0] > 100


def test_ledger_invariants_hold(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        assert check_database(s) == []
        q = lambda sql: s.execute(text(sql)).all()  # noqa: E731
        assert (
            q("""
            SELECT i.id FROM invoices i
            LEFT JOIN (SELECT invoice_id, sum(amount_fen) a FROM allocations GROUP BY 1) al
                ON al.invoice_id = i.id
            LEFT JOIN (SELECT invoice_id, sum(amount_fen) w FROM write_offs GROUP BY 1) wo
                ON wo.invoice_id = i.id
            LEFT JOIN (SELECT original_invoice_id, -sum(amount_fen) r FROM invoices
                       WHERE original_invoice_id IS NOT NULL GROUP BY 1) red
                ON red.original_invoice_id = i.id
            WHERE i.original_invoice_id IS NULL
              AND (i.settled_fen != coalesce(a, 0) + coalesce(w, 0) + coalesce(r, 0)
                   OR i.settled_fen > i.amount_fen OR i.amount_fen <= 0)""")
            == []
        )
        assert (
            q("""
            SELECT p.id FROM payments p
            LEFT JOIN (SELECT payment_id, sum(amount_fen) a FROM allocations GROUP BY 1) al
                ON al.payment_id = p.id
            WHERE p.allocated_fen != coalesce(a, 0) OR p.allocated_fen > p.amount_fen""")
            == []
        )
        # Red-letter invoices: negative, fully applied, no larger than their original, same
        # customer, issued after it.
        assert (
            q("""
            SELECT r.id FROM invoices r JOIN invoices o ON o.id = r.original_invoice_id
            WHERE r.amount_fen >= 0 OR r.settled_fen != r.amount_fen
               OR -r.amount_fen > o.amount_fen OR o.customer_id != r.customer_id
               OR o.original_invoice_id IS NOT NULL OR r.issue_date < o.issue_date
               OR o.status != 'issued'""")
            == []
        )
        # Money is applied only once the invoice exists, and nothing happens after today.
        assert (
            q("""
            SELECT a.id FROM allocations a JOIN invoices i ON i.id = a.invoice_id
            JOIN payments p ON p.id = a.payment_id
            WHERE a.allocated_date < i.issue_date OR a.allocated_date != p.received_date""")
            == []
        )
        assert (
            s.scalar(
                select(func.count()).where(
                    (Invoice.issue_date > TODAY) | (Invoice.due_date < Invoice.issue_date)
                )
            )
            == 0
        )
        assert s.scalar(select(func.count()).where(Payment.received_date > TODAY)) == 0
        assert q("SELECT id FROM invoices WHERE status = 'void' AND settled_fen != 0") == []


def test_receivables_are_spread_over_every_aging_bucket(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        open_dues = s.scalars(
            select(Invoice.due_date).where(
                Invoice.status == "issued", Invoice.amount_fen > Invoice.settled_fen
            )
        ).all()
    buckets = Counter(bucket_for(days_overdue(TODAY, due)).key for due in open_dues)
    assert set(buckets) == {b.key for b in DEFAULT_BUCKETS}


def test_old_invoices_are_mostly_settled_and_recent_ones_mostly_open(ledger) -> None:
    db, _ = ledger
    with db.read() as s:
        rows = s.execute(
            select(Invoice.issue_date, Invoice.amount_fen, Invoice.settled_fen).where(
                Invoice.status == "issued", Invoice.original_invoice_id.is_(None)
            )
        ).all()
    old = [r for r in rows if (TODAY - r.issue_date).days > 730]
    recent = [r for r in rows if (TODAY - r.issue_date).days <= 30]
    assert sum(r.settled_fen == r.amount_fen for r in old) > 0.97 * len(old)
    assert sum(r.settled_fen < r.amount_fen for r in recent) > 0.6 * len(recent)


def test_credit_notes_write_offs_prepayments_and_follow_ups_exist(ledger) -> None:
    db, summary = ledger
    with db.read() as s:
        reds = s.scalar(select(func.count()).where(Invoice.original_invoice_id.is_not(None)))
        unallocated = s.scalar(
            select(func.count()).where(Payment.allocated_fen < Payment.amount_fen)
        )
        split_payments = s.scalar(
            select(func.count()).select_from(
                select(Allocation.payment_id)
                .group_by(Allocation.payment_id)
                .having(func.count() > 1)
                .subquery()
            )
        )
        write_off = s.execute(
            select(WriteOff, Invoice.due_date, User.role)
            .join(Invoice, Invoice.id == WriteOff.invoice_id)
            .join(User, User.id == WriteOff.approver_id)
        ).all()
        requests = s.execute(
            select(WriteOffRequest, User.role)
            .join(User, User.id == WriteOffRequest.requested_by)
            .order_by(WriteOffRequest.write_off_id)
        ).all()
        promises = Counter(
            s.scalars(
                text("SELECT promise_status FROM activities WHERE promise_status IS NOT NULL")
            )
        )
        pending = s.scalar(text("SELECT count(*) FROM invoice_requests WHERE status = 'pending'"))
    assert 0.01 * 5000 < reds == summary.red_letter_invoices < 0.03 * 5000
    assert unallocated > 0 and split_payments > 0
    assert write_off and all(role == "manager" for *_, role in write_off)
    assert all(w.reason and (TODAY - due).days > 365 for w, due, _ in write_off)
    # Each asked for by finance and approved by the manager, someone else.
    assert [(r.write_off_id, r.status, r.amount_fen) for r, _ in requests] == sorted(
        (w.id, "approved", w.amount_fen) for w, *_ in write_off
    )
    assert all(who == "finance" and r.decided_by != r.requested_by for r, who in requests)
    assert set(promises) >= {"open", "kept", "broken"}
    assert pending > 0


def test_a_database_with_customers_is_refused(db) -> None:
    generate_demo(db, customers=5, invoices=40, seed=1, today=TODAY)
    with pytest.raises(LedgerError, match="already has customers"):
        generate_demo(db, customers=5, invoices=40, seed=2, today=TODAY)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Invoice)) == 40
        assert check_database(s) == []


def test_cancelling_leaves_nothing_behind(db) -> None:
    calls: list[tuple[int, int]] = []
    summary = generate_demo(
        db,
        customers=300,
        invoices=2000,
        seed=1,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
        is_cancelled=lambda: bool(calls),
    ).value
    assert summary.cancelled and calls
    with db.read() as s:
        for model in (User, Customer, Invoice, Payment, Project):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        indexes = index_names(s.connection(), "invoices")
    assert {"ix_invoices_open_by_customer", "ix_invoices_list_open_amount"} <= indexes
    # The same database still takes a full run afterwards.
    done = generate_demo(db, customers=20, invoices=300, seed=1, today=TODAY).value
    assert not done.cancelled and done.invoices == 300


def test_progress_counts_up_to_the_total(tmp_path) -> None:
    db = _open(tmp_path / "p.sqlite3")
    calls: list[tuple[int, int]] = []
    generate_demo(
        db,
        customers=520,
        invoices=3000,
        seed=3,
        today=TODAY,
        progress=lambda done, total: calls.append((done, total)),
    )
    db.dispose()
    assert len(calls) > 2
    assert all(total == 3520 for _, total in calls)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert calls[-1] == (3520, 3520)


def test_summary_reads_as_one_line(ledger) -> None:
    _, summary = ledger
    line = summary.describe()
    assert line.startswith("300 customers, 5,000 invoices (")
    assert "¥" in line and "\n" not in line
    assert DemoSummary(cancelled=True).describe() == "cancelled, nothing was written"


def test_the_demo_numbers_documents_by_the_rules_and_the_app_carries_on(db) -> None:
    actor = system_actor(FixedClock(TODAY))
    rules = {
        "project": "WT{yyyy}{seq:05}",
        "payment": "HK{yy}{mm}-{seq:4}",
        "invoice_request": "SQ{seq}",
    }
    save_numbering_rules(db, actor, rules)
    generate_demo(db, customers=20, invoices=300, seed=3, today=TODAY)
    with db.read() as s:
        projects = s.execute(
            select(Project.code, Project.lead_date).order_by(Project.lead_date, Project.id)
        ).all()
        payments = s.execute(
            select(Payment.number, Payment.received_date).order_by(
                Payment.received_date, Payment.id
            )
        ).all()
        requests = s.scalars(
            select(InvoiceRequest.number).order_by(InvoiceRequest.requested_at, InvoiceRequest.id)
        ).all()
    # In date order, each period's numbers run from 1 without a gap, as the application
    # gives them.
    by_year = Counter(day.year for _, day in projects)
    assert [code for code, _ in projects] == [
        f"WT{year}{n:05d}" for year, count in sorted(by_year.items()) for n in range(1, count + 1)
    ]
    assert all(code[2:6] == str(day.year) for code, day in projects)
    by_month = Counter(day.strftime("%y%m") for _, day in payments)
    assert [number for number, _ in payments] == [
        f"HK{month}-{n:04d}"
        for month, count in sorted(by_month.items())
        for n in range(1, count + 1)
    ]
    assert requests == [f"SQ{n}" for n in range(1, len(requests) + 1)]
    assert by_year[2026] and by_month["2606"] and requests
    # The application goes on after the demo's numbers.
    payment = payments_service.PaymentInput(1, TODAY, 100)
    paid = payments_service.record_payment(db, actor, payment, "none").value
    assert paid.number == f"HK2606-{by_month['2606'] + 1:04d}"
    project = create_project(db, actor, ProjectInput(1, "水质检测")).value
    assert project.code == f"WT2026{by_year[2026] + 1:05d}"
    with db.read() as s:
        assert check_database(s) == []
