"""The customer 360 view: header figures, tabs, and a timeline of everything that happened
to the customer, newest first, read through the customer's indexes."""

import re
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from app.db.location import resolve
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import NotFoundError
from app.models import Customer
from app.services.core.context import Actor
from app.services.core.startup import open_database
from app.services.credit import credit_score_service as scoring
from app.services.credit.credit_control_service import credit_position
from app.services.customers import activity_service as activities
from app.services.customers.customer_360_service import customer_360
from app.services.customers.customer_timeline_service import timeline
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


def _setup(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "finance", "manager")}
        c = factories.customer(s, "南通船舶配件有限公司", tier_code="key")
        c.credit_limit_override_fen = 50_000_00
        c.since = date(2025, 1, 1)
        other = factories.customer(s, "盐城纺织有限公司", tier_code="key")
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, c.id, other.id


@pytest.fixture
def env(db):
    return _setup(db)


def _invoice(db, a, cid, amount, issued, terms=30, **kw):
    data = invoices.InvoiceInput(cid, amount, issued, due_date=issued + timedelta(days=terms), **kw)
    return invoices.issue_invoice(db, a["finance"], data).value


def _pay(db, a, cid, amount, on, alloc="auto"):
    return payments.record_payment(
        db, a["finance"], payments.PaymentInput(cid, on, amount), alloc
    ).value


def _history(db, a, cid):
    """A bit of everything, in date order."""
    p = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(
            cid,
            "船用钢板检测",
            lines=(projects.QuoteLine("拉伸试验", 1000, 10_000_00),),
            opened_on=date(2026, 1, 5),
        ),
    ).value
    projects.sign_contract(db, a["sales"], p.id, "HT-2026-01", None, date(2026, 1, 10))
    _invoice(db, a, cid, 10_000_00, date(2026, 2, 1), project_id=p.id)  # due 03-03
    _pay(db, a, cid, 10_000_00, date(2026, 3, 13))  # 10 days late
    second = _invoice(db, a, cid, 6_000_00, date(2026, 4, 1))  # due 05-01: overdue
    invoices.issue_red_letter(db, a["finance"], second.id, 1_000_00, date(2026, 4, 3), "折让")
    mistake = _invoice(db, a, cid, 2_000_00, date(2026, 4, 10))
    invoices.void_invoice(db, a["finance"], mistake.id, "开错抬头")
    bad = _invoice(db, a, cid, 3_000_00, date(2026, 4, 20))
    factories.written_off(
        db, a["finance"], a["manager"], bad.id, 500_00, date(2026, 6, 1), "部分坏账"
    )
    activities.log_activity(
        db,
        a["sales"],
        activities.ActivityInput(
            cid,
            "call",
            "财务说下周付款",
            date(2026, 6, 20),
            promise_amount_fen=5_000_00,
            promise_date=date(2026, 7, 3),
        ),
    )
    _pay(db, a, cid, 1_200_00, date(2026, 6, 25), "none")  # a prepayment
    return second, bad


def test_the_header_shows_credit_balances_lateness_and_score(env):
    db, a, cid, _ = env
    _history(db, a, cid)
    with db.read() as s:
        view = customer_360(s, cid, TODAY)
        position = credit_position(s, cid, TODAY)
        history = scoring.payment_history(s, cid, TODAY)
    h = view.header
    assert (h.name, h.tier_name, h.tier_code) == ("南通船舶配件有限公司", "大客户", "key")
    assert h.credit_limit_fen == 50_000_00  # the customer's own limit wins
    assert (h.used_credit_fen, h.available_credit_fen) == (
        position.used_fen,
        position.available_fen,
    )
    assert h.open_fen == 5_000_00 + 2_500_00  # second less its credit, bad less the write-off
    assert h.overdue_fen == 5_000_00 + 2_500_00
    assert h.unallocated_fen == 1_200_00 and h.balance_fen == 6_300_00
    assert h.used_credit_fen == 6_300_00
    assert h.avg_days_late == 10 and h.history == history
    assert h.score.score == scoring.customer_score(s, cid, TODAY).score
    assert h.payment_terms_days == 60


def test_without_the_score_the_view_leaves_the_history_unread(env):
    # The window reads the payment history (the slowest part) on its own, after the rest.
    db, a, cid, _ = env
    _history(db, a, cid)
    seen = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    with db.read() as s:
        full = customer_360(s, cid, TODAY)
        event.listen(db.engine, "before_cursor_execute", grab)
        try:
            quick = customer_360(s, cid, TODAY, with_score=False)
        finally:
            event.remove(db.engine, "before_cursor_execute", grab)
        history = scoring.payment_history(s, cid, TODAY)
    assert (quick.header.score, quick.header.history, quick.header.avg_days_late) == (
        None,
        None,
        None,
    )
    assert seen and not [sql for sql in seen if "per_customer" in sql]  # the history's CTE
    # Scored afterwards, the header is the one read in one go.
    assert quick.header.scored(history) == full.header
    assert replace(quick, header=quick.header.scored(history)) == full


def test_tabs_show_the_latest_records_first(env):
    db, a, cid, other = env
    second, bad = _history(db, a, cid)
    _invoice(db, a, other, 99_00, date(2026, 6, 29))  # another customer's: not shown
    with db.read() as s:
        view = customer_360(s, cid, TODAY)
    numbers = [(r.issue_date, r.open_fen) for r in view.invoices]
    assert numbers == sorted(numbers, key=lambda n: n[0], reverse=True)
    assert {r.id: r.open_fen for r in view.invoices}[second.id] == 5_000_00
    assert {r.id: r.open_fen for r in view.invoices}[bad.id] == 2_500_00
    assert [p.received_date for p in view.payments] == [date(2026, 6, 25), date(2026, 3, 13)]
    assert [f.summary for f in view.follow_ups] == ["财务说下周付款"]
    assert [p.title for p in view.projects] == ["船用钢板检测"]
    assert view.counts["invoices"] == 5 and view.counts["payments"] == 2
    with pytest.raises(NotFoundError):
        customer_360(s, 999_999, TODAY)


def test_the_timeline_tells_the_story_newest_first(env):
    db, a, cid, _ = env
    second, _ = _history(db, a, cid)
    scoring_actor = a["manager"]
    with db.write() as s:
        # Give the scoring rules something to propose, and accept it.
        s.get(Customer, cid).since = date(2026, 1, 1)
    for k in range(3):
        inv = _invoice(db, a, cid, 100_00, date(2026, 1, 1) + timedelta(days=k))
        _pay(db, a, cid, 100_00, date(2026, 6, 26), [(inv.id, 100_00)])
    [proposal] = scoring.propose_tier_changes(db, scoring_actor, TODAY).value
    scoring.decide_proposal(db, scoring_actor, proposal.id, True, "连续逾期")
    with db.read() as s:
        entries = timeline(s, cid)
    keys = [e.cursor for e in entries]
    assert keys == sorted(keys, reverse=True)
    kinds = {e.kind for e in entries}
    assert kinds >= {
        "project_stage",
        "invoice",
        "red_letter",
        "invoice_void",
        "payment",
        "write_off",
        "follow_up",
        "tier_change",
    }
    tier = next(e for e in entries if e.kind == "tier_change")
    assert tier.message == "Credit tier changed from 大客户 to 高风险客户"
    assert entries[0] == tier  # decided today, after everything else
    red = next(e for e in entries if e.kind == "red_letter")
    assert (
        red.message == f"Red-letter invoice {red.params['number']} credits invoice {second.number}"
    )
    assert red.amount_fen == -1_000_00 and red.when == date(2026, 4, 3)
    follow = next(e for e in entries if e.kind == "follow_up")
    assert (follow.message, follow.amount_fen, follow.when) == (
        "财务说下周付款",
        5_000_00,
        date(2026, 6, 20),
    )
    written = next(e for e in entries if e.kind == "write_off")
    assert (written.when, written.amount_fen) == (date(2026, 6, 1), 500_00)
    first_payment = [e for e in entries if e.kind == "payment"][-1]
    assert (first_payment.when, first_payment.amount_fen) == (date(2026, 3, 13), 10_000_00)


def test_timeline_pages_follow_on_without_gaps_or_repeats(env):
    db, a, cid, _ = env
    _history(db, a, cid)
    for k in range(5):  # several follow-ups on one day, across a page boundary
        activities.log_activity(
            db, a["sales"], activities.ActivityInput(cid, "note", f"备注{k}", date(2026, 6, 22))
        )
    with db.read() as s:
        everything = timeline(s, cid, limit=1000)
        pages, before = [], None
        while True:
            page = timeline(s, cid, limit=4, before=before)
            if not page:
                break
            pages.extend(page)
            before = page[-1].cursor
    assert len(everything) > 12
    assert pages == everything


def test_every_query_of_the_view_reads_through_an_index(tmp_path):
    # SQLite's query plans, whatever other backends the suite runs on.
    database, _ = open_database(resolve(str(tmp_path / "plans.sqlite3")))
    try:
        _check_plans(*_setup(database))
    finally:
        database.dispose()


def _check_plans(db, a, cid, _other):
    _history(db, a, cid)
    seen = []

    def grab(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        with db.read() as s:
            customer_360(s, cid, TODAY)
            raw = s.connection().connection.driver_connection
            lines = [
                row[3]
                for sql, params in seen
                if sql.lstrip().upper().startswith(("SELECT", "WITH"))
                for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)
            ]
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    big = r"invoices|payments|allocations|activities|projects|project_stage_events"
    assert [line for line in lines if re.match(rf"SCAN ({big})\b", line)] == []
    # Invoices and payments are only ever reached by customer or by primary key, or by the
    # date indexes of what happened after the view's date (and red-letter invoices from
    # the invoice they credit).
    ledger = [line for line in lines if re.match(r"SEARCH (invoices|original|payments)", line)]
    by_customer = (
        "ix_invoices_customer_issue_date",
        "ix_invoices_open_by_customer",
        "ix_payments_customer_date",
        "ix_payments_unallocated",
        "INTEGER PRIMARY KEY",
        # The customer's red-letter credits, void invoices and reversed payments (rare).
        "ix_invoices_red_letter_by_customer",
        "ix_invoices_void_by_customer",
        "ix_payments_reversed_by_customer",
        # The invoices of the customer's open projects, reached from the project.
        "ix_invoices_project_id",
        # Red-letter invoices, reached from the customer's invoices they credit.
        "ix_invoices_original_invoice_id",
        # What happened after the view's date, reached by date (as of today: nothing).
        "ix_invoices_open_by_issue",
        "ix_invoices_voided_on",
        "ix_invoices_red_letter_by_issue",
        "ix_payments_unallocated_by_date",
        "ix_payments_reversed_on",
    )
    assert [line for line in ledger if not any(ix in line for ix in by_customer)] == []
    used = " ".join(ledger)
    assert "ix_invoices_customer_issue_date" in used and "ix_payments_customer_date" in used
    for index in (
        "ix_invoices_red_letter_by_customer",
        "ix_invoices_void_by_customer",
        "ix_payments_reversed_by_customer",
    ):
        assert index in used
    assert any("ix_activities_customer_occurred" in line for line in lines)
