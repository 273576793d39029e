"""One customer's small ledger with an entry of every kind a statement lists, made through
the services day by day, and the lines a statement of February-March 2026 must show
(worked out by hand, in yuan)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from app.db.session import Database
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.money import MAX_AMOUNT_FEN
from app.models import Contact, CreditTier
from app.services.core.context import Actor
from app.services.core.settings_service import LabProfile, save_lab_profile
from app.services.ledger import invoice_service, payment_service
from tests import factories

PERIOD = (date(2026, 2, 1), date(2026, 3, 31))
LAB = LabProfile(
    name="江苏华测环境检测技术有限公司",
    address="江苏省南京市江宁区秣周东路12号",
    phone="025-8765 4321",
    tax_id="91320115MA1N2X3Y4C",
    bank_name="中国工商银行南京江宁支行",
    bank_account="4301 0123 0920 0123 456",
    contact="李会计",
)
USCC = "91310115607021561L"

# (date, number key, debit, credit, balance) in fen; number keys name the documents below.
OPENING = 1_500_000
EXPECTED = [
    ("2026-02-10", "P1", 0, 800_000, 700_000),
    ("2026-02-15", "R1", -100_000, 0, 600_000),
    ("2026-02-20", "P2", 0, 300_000, 300_000),
    ("2026-03-05", "P1", 0, -800_000, 1_100_000),
    ("2026-03-10", "I3", 200_000, 0, 1_300_000),
    ("2026-03-12", "I3", -200_000, 0, 1_100_000),
    ("2026-03-15", "I2", 0, 50_000, 1_050_000),
]
CLOSING = 1_050_000
OPEN_31_60 = 1_350_000  # I1 10,000.00 (55 days overdue) + I2 3,500.00 (40 days)
PREPAID = 300_000  # P2


@dataclass
class Ledger:
    db: Database
    customer_id: int
    other_id: int  # a second customer, with nothing in the period and nothing open
    clerk: Actor
    boss: Actor
    numbers: dict[str, str]
    ids: dict[str, int]

    def on(self, day: date, actor: Actor | None = None) -> Actor:
        return replace(actor or self.clerk, clock=FixedClock(day))


def make_ledger(db: Database) -> Ledger:
    with db.write() as s:
        s.add(
            CreditTier(
                code="open",
                name="不限",
                payment_terms_days=30,
                credit_limit_fen=MAX_AMOUNT_FEN,
                reminder_days=[],
                overdue_hold_days=None,
            )
        )
        s.flush()
        owner = factories.user(s, "王芳", role="sales")
        cust = factories.customer(
            s, "苏州凯鑫建材有限公司", code="C000003", tier_code="open", uscc=USCC, owner=owner
        )
        cust.address = "江苏省苏州市太仓市星湖街508号12幢"
        s.add(Contact(customer_id=cust.id, name="何立新", phone="13661697748", is_primary=True))
        other = factories.customer(s, "上海新盛造纸股份有限公司", code="C000004", tier_code="open")
        clerk_user = factories.user(s, "财务", role="finance")
        boss_user = factories.user(s, "张经理", role="manager")
        ids = {"customer": cust.id}
        customer_id, other_id = cust.id, other.id
    clerk = Actor(clerk_user.id, clerk_user.login, Role.FINANCE)
    boss = Actor(boss_user.id, boss_user.login, Role.MANAGER)
    ledger = Ledger(db, customer_id, other_id, clerk, boss, {}, ids)
    save_lab_profile(db, ledger.on(date(2026, 1, 1)), LAB)

    def invoice(key: str, day: date, fen: int) -> None:
        data = invoice_service.InvoiceInput(customer_id, fen, day, kind="vat_special")
        row = invoice_service.issue_invoice(db, ledger.on(day), data).value
        ledger.ids[key], ledger.numbers[key] = row.id, row.number

    def pay(key: str, day: date, fen: int, how: str) -> None:
        data = payment_service.PaymentInput(customer_id, day, fen)
        result = payment_service.record_payment(db, ledger.on(day), data, how).value
        ledger.ids[key] = result.payment_id
        ledger.numbers[key] = result.number

    invoice("I1", date(2026, 1, 5), 1_000_000)
    invoice("I2", date(2026, 1, 20), 500_000)
    pay("P1", date(2026, 2, 10), 800_000, "auto")  # settles part of I1
    red = invoice_service.issue_red_letter(
        db,
        ledger.on(date(2026, 2, 15)),
        ledger.ids["I2"],
        100_000,
        date(2026, 2, 15),
        "检测项目调整",
    ).value
    ledger.ids["R1"], ledger.numbers["R1"] = red.id, red.number
    pay("P2", date(2026, 2, 20), 300_000, "none")  # stays a prepayment
    payment_service.reverse_payment(db, ledger.on(date(2026, 3, 5)), ledger.ids["P1"], "退票")
    invoice("I3", date(2026, 3, 10), 200_000)
    invoice_service.void_invoice(db, ledger.on(date(2026, 3, 12)), ledger.ids["I3"], "开错")
    factories.written_off(
        db,
        ledger.on(date(2026, 3, 15)),
        ledger.on(date(2026, 3, 15), boss),
        ledger.ids["I2"],
        50_000,
        date(2026, 3, 15),
        "部分款项无法收回",
    )
    return ledger
