"""Collection targets, salesperson performance credited through the hand-over history, the
scorecard, project cycle times and the dashboard, on small ledgers worked out by hand.

March 2026. Customer 甲 belongs to 孙 until 03-15, then to 周 (handed over); customer 乙
belongs to 孙 throughout:

    01-05  乙: I3 300.00 due 02-04 (never paid: overdue)
    02-01  甲: I1 1,000.00 due 03-03
    03-01  甲: I2   500.00 due 03-31
    03-10  甲: P1   400.00 -> I1  (孙's; after the due date)
    03-12  甲: P4   100.00, not applied (孙's), reversed 03-22
    03-20  甲: P2   600.00 -> I1  (周's; late)
    03-25  甲: P3   500.00 -> I2  (周's; on time)

Targets for March: 孙 500.00, 周 1,000.00.
"""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.domain.clock import FixedClock
from app.domain.enums import ActivityKind, Role
from app.domain.errors import PermissionDeniedError, ValidationError
from app.models import AuditEntry, CustomerOwnership, Project, ProjectStageEvent
from app.services.core.changes import Kind
from app.services.core.context import Actor
from app.services.customers.activity_service import ActivityInput, log_activity
from app.services.customers.customer_edit_service import hand_over
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.reports.cycle_time_service import Transition, cycle_times
from app.services.reports.dashboard_service import dashboard_figures
from app.services.reports.performance_service import (
    ScorecardSettings,
    collected_by_owner,
    performance_report,
    save_scorecard_settings,
)
from app.services.reports.periods import Period
from app.services.reports.targets_service import set_target, target_rows, targets_in
from tests import factories

D = date
MARCH = Period(D(2026, 3, 1), D(2026, 3, 31))


@pytest.fixture
def ledger(db):
    with db.write() as s:
        boss = factories.user(s, "钱经理", role="manager")
        clerk = factories.user(s, "赵会计", role="finance")
        sun = factories.user(s, "孙销售", role="sales")
        zhou = factories.user(s, "周销售", role="sales")
        jia = factories.customer(s, "甲检测客户", tier_code="key", owner=sun)
        yi = factories.customer(s, "乙检测客户", tier_code="key", owner=sun)
        for c in (jia, yi):
            s.add(CustomerOwnership(customer_id=c.id, owner_id=sun.id, start_date=D(2025, 1, 1)))
    finance = Actor(clerk.id, clerk.login, Role.FINANCE)
    manager = Actor(boss.id, boss.login, Role.MANAGER)

    def on(day: date, actor: Actor = finance) -> Actor:
        return replace(actor, clock=FixedClock(day))

    def issue(cust: int, day: date, amount: int, due: date) -> int:
        data = invoices.InvoiceInput(cust, amount, day, due_date=due)
        return invoices.issue_invoice(db, on(day), data).value.id

    def pay(day: date, amount: int, alloc) -> int:
        data = payments.PaymentInput(jia.id, day, amount)
        return payments.record_payment(db, on(day), data, alloc).value.payment_id

    issue(yi.id, D(2026, 1, 5), 30_000, D(2026, 2, 4))
    i1 = issue(jia.id, D(2026, 2, 1), 100_000, D(2026, 3, 3))
    i2 = issue(jia.id, D(2026, 3, 1), 50_000, D(2026, 3, 31))
    pay(D(2026, 3, 10), 40_000, [(i1, 40_000)])
    p4 = pay(D(2026, 3, 12), 10_000, "none")
    hand_over(db, on(D(2026, 3, 15), manager), jia.id, zhou.id, D(2026, 3, 15))
    pay(D(2026, 3, 20), 60_000, [(i1, 60_000)])
    payments.reverse_payment(db, on(D(2026, 3, 22)), p4, "退回")
    pay(D(2026, 3, 25), 50_000, [(i2, 50_000)])
    set_target(db, on(D(2026, 3, 1), manager), sun.id, D(2026, 3, 1), 50_000)
    set_target(db, on(D(2026, 3, 1), manager), zhou.id, D(2026, 3, 17), 100_000)
    return {
        "db": db,
        "sun": sun.id,
        "zhou": zhou.id,
        "jia": jia.id,
        "yi": yi.id,
        "manager": manager,
        "finance": finance,
        "on": on,
    }


def test_collected_is_credited_to_the_owner_on_the_day_received(ledger):
    with ledger["db"].read() as s:
        found = collected_by_owner(s, MARCH)
    # 孙: P1 400.00 and P4 100.00, less P4 reversed; 周: P2 and P3.
    assert found == {ledger["sun"]: 40_000, ledger["zhou"]: 110_000}


def test_performance_and_the_scorecard_by_hand(ledger):
    with ledger["db"].read() as s:
        rows = {p.salesperson_id: p for p in performance_report(s, MARCH)}
    sun, zhou = rows[ledger["sun"]], rows[ledger["zhou"]]
    assert (sun.target_fen, sun.collected_fen, sun.achievement) == (
        50_000,
        40_000,
        Decimal("0.8000"),
    )
    assert (sun.settled_fen, sun.settled_on_time_fen) == (40_000, 0)
    # 乙's invoice is 孙's today: 300.00, all of it overdue; nothing invoiced in March.
    assert (sun.total_ar_fen, sun.overdue_ar_fen, sun.overdue_invoices) == (30_000, 30_000, 1)
    assert sun.dso_days is None
    assert sun.parts == (
        ("target", Decimal("80.0")),
        ("on_time", Decimal("0.0")),
        ("overdue", Decimal("0.0")),
        ("dso", None),
    )
    assert sun.score == Decimal("35.6")  # (40 x 80 + 30 x 0 + 20 x 0) / 90
    assert (zhou.target_fen, zhou.collected_fen, zhou.achievement) == (
        100_000,
        110_000,
        Decimal("1.1000"),
    )
    assert (zhou.settled_fen, zhou.settled_on_time_fen) == (110_000, 50_000)
    assert (zhou.total_ar_fen, zhou.overdue_invoices, zhou.dso_days) == (0, 0, Decimal("0.0"))
    assert zhou.parts == (
        ("target", Decimal("100.0")),
        ("on_time", Decimal("45.5")),
        ("overdue", None),
        ("dso", Decimal("100.0")),
    )
    assert zhou.score == Decimal("79.6")  # (40 x 100 + 30 x 45.5 + 10 x 100) / 80
    with ledger["db"].read() as s:
        assert [p.salesperson_id for p in performance_report(s, MARCH)] == [
            ledger["zhou"],
            ledger["sun"],
        ]


def test_the_scorecard_weights_are_a_managers_setting(ledger):
    db, on = ledger["db"], ledger["on"]
    with pytest.raises(PermissionDeniedError):
        save_scorecard_settings(db, on(D(2026, 4, 1), ledger["finance"]), ScorecardSettings())
    with pytest.raises(ValidationError):
        save_scorecard_settings(
            db, on(D(2026, 4, 1), ledger["manager"]), ScorecardSettings(0, 0, 0, 0)
        )
    changed = save_scorecard_settings(
        db, on(D(2026, 4, 1), ledger["manager"]), ScorecardSettings(100, 0, 0, 0, 60)
    )
    assert Kind.SETTINGS in changed.kinds
    with db.read() as s:
        rows = {p.salesperson_id: p.score for p in performance_report(s, MARCH)}
    assert rows == {ledger["sun"]: Decimal("80.0"), ledger["zhou"]: Decimal("100.0")}


def test_targets_are_set_by_managers_replaced_and_audited(ledger):
    db, on = ledger["db"], ledger["on"]
    with pytest.raises(PermissionDeniedError):
        set_target(db, on(D(2026, 3, 2), ledger["finance"]), ledger["sun"], D(2026, 4, 1), 1)
    with pytest.raises(ValidationError) as err:
        set_target(db, on(D(2026, 3, 2), ledger["manager"]), ledger["sun"], D(2026, 4, 1), -1)
    assert err.value.template == "A collection target cannot be negative."
    changed = set_target(
        db, on(D(2026, 3, 2), ledger["manager"]), ledger["sun"], D(2026, 3, 31), 70_000
    )
    assert changed.value.month == D(2026, 3, 1) and Kind.SALES_TARGETS in changed.kinds
    set_target(db, on(D(2026, 3, 2), ledger["manager"]), ledger["sun"], D(2026, 4, 9), 20_000)
    with db.read() as s:
        assert targets_in(s, Period(D(2026, 3, 20), D(2026, 4, 2))) == {
            ledger["sun"]: 90_000,
            ledger["zhou"]: 100_000,
        }
        assert targets_in(s, MARCH)[ledger["sun"]] == 70_000
        assert [(r.month, r.amount_fen) for r in target_rows(s, MARCH)] == [
            (D(2026, 3, 1), 70_000),
            (D(2026, 3, 1), 100_000),
        ]
        audited = s.query(AuditEntry).filter(AuditEntry.action == "sales_target.set").all()
    assert len(audited) == 4
    assert audited[2].before == {"month": "2026-03-01", "amount_fen": 50_000}


def test_dashboard_for_one_salesperson(ledger):
    db, on = ledger["db"], ledger["on"]
    for day, status in ((D(2026, 4, 2), "week"), (D(2026, 4, 9), "later")):
        log_activity(
            db,
            on(D(2026, 3, 28), ledger["manager"]),
            ActivityInput(
                ledger["yi"],
                ActivityKind.CALL.value,
                f"答应付款 {status}",
                D(2026, 3, 28),
                promise_amount_fen=30_000,
                promise_date=day,
            ),
        )
    with db.read() as s:
        mine = dashboard_figures(s, D(2026, 3, 31), salesperson_id=ledger["sun"])
        every = dashboard_figures(s, D(2026, 3, 31))
    assert (mine.receivables_fen, mine.overdue_fen, mine.overdue_ratio) == (
        30_000,
        30_000,
        Decimal("1.0000"),
    )
    assert (mine.collected_this_month_fen, mine.target_this_month_fen) == (40_000, 50_000)
    assert mine.target_achievement == Decimal("0.8000")
    assert [(c.name, c.overdue_fen) for c in mine.top_overdue] == [("乙检测客户", 30_000)]
    assert mine.week == Period(D(2026, 3, 30), D(2026, 4, 5))
    assert [p.promise_date for p in mine.promises_this_week] == [D(2026, 4, 2)]
    assert mine.awaiting_replies == ()
    assert (every.collected_this_month_fen, every.target_this_month_fen) == (150_000, 150_000)
    # The 90 days to 03-31: 1,000.00 + 500.00 + 300.00 invoiced (01-05 is inside), 300.00
    # still open at the end, all overdue: CEI (0 + 1,800 - 300) / (0 + 1,800 - 0).
    assert every.kpis.invoiced_fen == 180_000 and every.kpis.opening_ar_fen == 0
    assert every.cei == Decimal("83.33")
    assert every.kpis.due_fen is None and every.kpis.collection_rate is None


def _project(s, code: str, category: str, stages: list[tuple[str, date]]) -> None:
    cust = factories.customer(s, f"客户{code}")
    project = Project(
        code=code,
        customer_id=cust.id,
        title=code,
        test_category=category,
        stage=stages[-1][0],
        stage_since=stages[-1][1],
    )
    s.add(project)
    s.flush()
    before = None
    for stage, day in stages:
        s.add(
            ProjectStageEvent(
                project_id=project.id, from_stage=before, to_stage=stage, event_date=day
            )
        )
        before = stage


def test_cycle_times_on_a_hand_made_stage_history(db):
    with db.write() as s:
        _project(
            s,
            "P1",
            "水质",
            [
                ("quoted", D(2026, 1, 1)),
                ("contracted", D(2026, 1, 11)),
                ("samples_received", D(2026, 1, 15)),
                ("testing", D(2026, 1, 16)),
                ("report_issued", D(2026, 1, 25)),
                ("invoiced", D(2026, 1, 27)),
                ("paid", D(2026, 3, 1)),
            ],
        )
        # Moved back and contracted again: its first dates count.
        _project(
            s,
            "P2",
            "水质",
            [
                ("quoted", D(2026, 1, 5)),
                ("contracted", D(2026, 1, 9)),
                ("quoted", D(2026, 1, 12)),
                ("contracted", D(2026, 1, 20)),
            ],
        )
        _project(s, "P3", "土壤", [("quoted", D(2026, 2, 1)), ("contracted", D(2026, 2, 21))])
        # Never quoted: not measured.
        _project(s, "P4", "土壤", [("lead", D(2026, 1, 2)), ("contracted", D(2026, 1, 10))])
    with db.read() as s:
        report = cycle_times(s, Period(D(2026, 1, 1), D(2026, 2, 28)))
        january = cycle_times(s, Period(D(2026, 1, 1), D(2026, 1, 31)))
    overall = {c.transition: (c.projects, c.average_days, c.median_days) for c in report.overall}
    assert overall == {
        Transition.QUOTE_TO_CONTRACT: (3, Decimal("11.3"), Decimal("10.0")),
        Transition.SAMPLES_TO_REPORT: (1, Decimal("10.0"), Decimal("10.0")),
        Transition.REPORT_TO_INVOICE: (1, Decimal("2.0"), Decimal("2.0")),
    }
    by_category = [
        (c.category, c.projects, c.average_days, c.median_days)
        for c in report.by_category
        if c.transition is Transition.QUOTE_TO_CONTRACT
    ]
    assert by_category == [
        ("土壤", 1, Decimal("20.0"), Decimal("20.0")),
        ("水质", 2, Decimal("7.0"), Decimal("7.0")),
    ]
    first = january.overall[0]
    assert (first.transition, first.projects) == (Transition.QUOTE_TO_CONTRACT, 2)
