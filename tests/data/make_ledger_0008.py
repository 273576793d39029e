"""Made tests/data/ledger-0008.sqlite3 with LabLedger at commit efd2f97 (schema 0008, before
the dated ledger): two customers, invoices, payments, an allocation removed, a payment
reversed, an invoice voided, a red-letter invoice voided, a write-off. Run from that
commit's checkout: python make_ledger_0008.py OUT"""

import sys
from dataclasses import replace
from datetime import date

from sqlalchemy import select

from app.db.location import resolve
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.models import Allocation
from app.services.core.context import Actor
from app.services.core.startup import open_database
from app.services.ledger import invoice_service as inv
from app.services.ledger import payment_service as pay
from tests import factories

db, _ = open_database(resolve(sys.argv[1]))
with db.write() as s:
    clerk = factories.user(s, "赵会计", role="finance")
    boss = factories.user(s, "钱经理", role="manager")
    a = factories.customer(s, "宁波港检测服务有限公司", tier_code="key").id
    b = factories.customer(s, "温州鞋业有限公司", tier_code="key").id
fin = Actor(clerk.id, clerk.login, Role.FINANCE)
mgr = Actor(boss.id, boss.login, Role.MANAGER)


def on(day, actor=fin):
    return replace(actor, clock=FixedClock(day))


def issue(cust, amount, day):
    return inv.issue_invoice(db, on(day), inv.InvoiceInput(cust, amount, day)).value.id


def payment(cust, amount, day, alloc="auto"):
    return pay.record_payment(db, on(day), pay.PaymentInput(cust, day, amount), alloc).value


i1 = issue(a, 100_000, date(2026, 1, 5))
i2 = issue(a, 50_000, date(2026, 2, 1))
i3 = issue(b, 80_000, date(2026, 2, 10))
v = issue(b, 7_000, date(2026, 2, 20))
p1 = payment(a, 60_000, date(2026, 3, 1))  # -> i1 60,000
p2 = payment(a, 70_000, date(2026, 3, 15))  # -> i1 40,000, i2 30,000
p3 = payment(b, 30_000, date(2026, 3, 20))  # -> i3 30,000
with db.read() as s:
    from sqlalchemy import select

    from app.models import Allocation

    removed = s.scalar(select(Allocation.id).where(Allocation.payment_id == p3.payment_id))
pay.remove_allocation(db, on(date(2026, 4, 2)), removed, "分错客户")
pay.reverse_payment(db, on(date(2026, 4, 10)), p2.payment_id, "承兑汇票退票")
inv.void_invoice(db, on(date(2026, 4, 12)), v, "重复开票")
red = inv.issue_red_letter(
    db, on(date(2026, 4, 15)), i3, 10_000, date(2026, 4, 15), "折让"
).value.id
inv.void_invoice(db, on(date(2026, 4, 20)), red, "红冲有误")
factories.written_off(
    db, on(date(2026, 5, 5)), on(date(2026, 5, 5), mgr), i2, 5_000, date(2026, 5, 5)
)
db.dispose()
print("ok")
