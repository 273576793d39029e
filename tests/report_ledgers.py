"""A small ledger for the 报表 tests, every figure of the second quarter of 2026 worked out
by hand (tests/db/test_kpi_dimensions.py, tests/ui/test_reports_page.py).

甲 (key account, 孙's) and 乙 (regular, 周's); projects in 水质 and 土壤 (fen in brackets):

    03-01  甲: A 1,000.00 (100_000) due 03-31, 水质          (open and overdue on 03-31)
    04-05  乙: C   800.00  (80_000) due 07-05, 水质
    04-10  甲: B   600.00  (60_000) due 05-10, 土壤
    04-20  甲: P1  500.00 -> A (50 days after A's issue, late)
    05-01  甲: red-letter credit on B 100.00 (10_000)
    05-05  甲: P2  300.00 -> B (on time)
    06-01  甲: P2 reversed (bounced)
    06-10  乙: P3  300.00 -> C (66 days, on time)
    06-15  乙: P4  100.00 not applied (prepayment)

On 06-30: 甲 owes A 500.00 + B 500.00, all overdue; 乙 owes C 500.00, current, and has
100.00 prepaid. Collection targets for April: 孙 500.00, 周 800.00.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.models import Project
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.reports.periods import Period
from app.services.reports.targets_service import set_target
from tests import factories

D = date
Q2 = Period(D(2026, 4, 1), D(2026, 6, 30))


def build_q2_ledger(db: Any) -> dict[str, Any]:
    with db.write() as s:
        boss = factories.user(s, "钱经理", role="manager")
        clerk = factories.user(s, "赵会计", role="finance")
        sun = factories.user(s, "孙销售", role="sales")
        zhou = factories.user(s, "周销售", role="sales")
        jia = factories.customer(s, "甲检测客户", code="J01", tier_code="key", owner=sun)
        yi = factories.customer(s, "乙检测客户", code="Y01", owner=zhou)
        projects = {}
        for code, cust, category in (
            ("PA", jia, "水质"),
            ("PB", jia, "土壤"),
            ("PC", yi, "水质"),
        ):
            project = Project(
                code=code,
                customer_id=cust.id,
                title=code,
                test_category=category,
                stage="invoiced",
                stage_since=D(2026, 3, 1),
            )
            s.add(project)
            s.flush()
            projects[code] = project.id
        ids = {"jia": jia.id, "yi": yi.id, "sun": sun.id, "zhou": zhou.id}
    finance = Actor(clerk.id, clerk.login, Role.FINANCE)
    manager = Actor(boss.id, boss.login, Role.MANAGER)

    def on(day: date, actor: Actor = finance) -> Actor:
        return replace(actor, clock=FixedClock(day))

    def issue(cust: str, project: str, day: date, amount: int, due: date) -> int:
        data = invoices.InvoiceInput(
            ids[cust], amount, day, due_date=due, project_id=projects[project]
        )
        return invoices.issue_invoice(db, on(day), data).value.id

    def pay(cust: str, day: date, amount: int, alloc: Any) -> int:
        data = payments.PaymentInput(ids[cust], day, amount)
        return payments.record_payment(db, on(day), data, alloc).value.payment_id

    a = issue("jia", "PA", D(2026, 3, 1), 100_000, D(2026, 3, 31))
    c = issue("yi", "PC", D(2026, 4, 5), 80_000, D(2026, 7, 5))
    b = issue("jia", "PB", D(2026, 4, 10), 60_000, D(2026, 5, 10))
    pay("jia", D(2026, 4, 20), 50_000, [(a, 50_000)])
    invoices.issue_red_letter(db, on(D(2026, 5, 1)), b, 10_000, D(2026, 5, 1), "少测一项")
    p2 = pay("jia", D(2026, 5, 5), 30_000, [(b, 30_000)])
    payments.reverse_payment(db, on(D(2026, 6, 1)), p2, "承兑汇票退票")
    pay("yi", D(2026, 6, 10), 30_000, [(c, 30_000)])
    pay("yi", D(2026, 6, 15), 10_000, "none")
    set_target(db, on(D(2026, 4, 1), manager), ids["sun"], D(2026, 4, 1), 50_000)
    set_target(db, on(D(2026, 4, 1), manager), ids["zhou"], D(2026, 4, 1), 80_000)
    return {**ids, "db": db, "manager": manager, "finance": finance, "on": on}
