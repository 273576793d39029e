from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError, PermissionDeniedError, ValidationError
from app.models import Allocation, AuditEntry, Invoice, Payment
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.ledger.write_off_service import approve_write_off, request_write_off
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        # Key accounts: holds only after 180 days overdue, so credit control stays out of
        # these ledger tests (it has its own).
        cust = factories.customer(s, "宁波港检测服务有限公司", tier_code="key")
        other = factories.customer(s, "温州鞋业有限公司", tier_code="key")
        clerk = factories.user(s, "赵会计", role="finance")
        boss = factories.user(s, "钱经理", role="manager")
        seller = factories.user(s, "孙销售", role="sales")
    clock = FixedClock(TODAY)
    return {
        "db": db,
        "cust": cust.id,
        "other": other.id,
        "boss": boss.id,
        "finance": Actor(clerk.id, clerk.login, Role.FINANCE, clock=clock),
        "sales": Actor(seller.id, seller.login, Role.SALES, clock=clock),
        "manager": Actor(boss.id, boss.login, Role.MANAGER, clock=clock),
    }


def _issue(env, amount, issued, **kw):
    data = invoices.InvoiceInput(kw.pop("customer", env["cust"]), amount, issued, **kw)
    return invoices.issue_invoice(env["db"], env["finance"], data).value


def _pay(env, amount, alloc="auto", received=TODAY, customer=None):
    data = payments.PaymentInput(customer or env["cust"], received, amount)
    return payments.record_payment(env["db"], env["finance"], data, alloc).value


def test_invoice_takes_terms_tax_and_a_running_number(env):
    first = _issue(env, 106_00, date(2026, 5, 4), tax_rate_bp=600)
    second = _issue(env, 113_00, date(2026, 5, 5), tax_rate_bp=1300, due_date=date(2026, 7, 1))
    assert (first.number, second.number) == ("FP2026000001", "FP2026000002")
    assert first.due_date == date(2026, 7, 3)  # key account tier: 60 days
    assert first.tax_fen == 6_00 and second.tax_fen == 13_00
    assert second.due_date == date(2026, 7, 1)
    with pytest.raises(ValidationError, match="FP2026000001 already exists"):
        _issue(env, 100, date(2026, 5, 6), number="FP2026000001")


def test_auto_allocation_pays_oldest_due_first_and_keeps_the_rest(env):
    late = _issue(env, 50_000, date(2026, 1, 10))
    later = _issue(env, 30_000, date(2026, 3, 10))
    with env["db"].read() as s:
        preview = payments.preview_allocation(s, env["cust"], 60_000)
    result = _pay(env, 90_000)
    assert [(x.number, x.amount_fen) for x in preview] == [
        (late.number, 50_000),
        (later.number, 10_000),
    ]
    assert [(x.number, x.amount_fen) for x in result.lines] == [
        (late.number, 50_000),
        (later.number, 30_000),
    ]
    assert result.unallocated_fen == 10_000
    # The prepayment is applied to the next invoice on request.
    nxt = _issue(env, 25_000, date(2026, 6, 1))
    applied = payments.apply_prepayments(env["db"], env["finance"], env["cust"]).value
    assert [(x.number, x.amount_fen) for r in applied for x in r.lines] == [(nxt.number, 10_000)]


def test_manual_split_over_several_invoices_and_refusals_write_nothing(env):
    a = _issue(env, 40_000, date(2026, 2, 1))
    b = _issue(env, 40_000, date(2026, 2, 2))
    c = _issue(env, 50_000, date(2026, 2, 3))
    foreign = _issue(env, 10_000, date(2026, 2, 3), customer=env["other"])
    done = _pay(env, 50_000, [(b.id, 30_000), (a.id, 20_000)])
    assert done.allocated_fen == 50_000
    with pytest.raises(LedgerError, match=rf"{a.number} has ¥200\.00 open"):
        _pay(env, 50_000, [(a.id, 20_001)])
    with pytest.raises(LedgerError, match=r"unallocated; the split adds up to ¥500\.00"):
        _pay(env, 100, [(c.id, 50_000)])
    with pytest.raises(LedgerError, match="another customer"):
        _pay(env, 100, [(foreign.id, 100)])
    with env["db"].read() as s:
        assert s.scalar(select(func.count()).select_from(Payment)) == 1
        assert check_database(s) == []


def test_only_finance_records_payments_and_dates_cannot_be_in_the_future(env):
    data = payments.PaymentInput(env["cust"], TODAY, 100)
    with pytest.raises(PermissionDeniedError):
        payments.record_payment(env["db"], env["sales"], data)
    with pytest.raises(ValidationError, match="in the future") as err:
        _pay(env, 100, received=date(2026, 7, 1))
    assert err.value.field == "received_date"
    with pytest.raises(ValidationError) as err:
        _pay(env, 0)
    assert err.value.field == "amount"


def test_reversal_unwinds_allocations_and_is_audited(env):
    inv = _issue(env, 10_000, date(2026, 4, 1))
    paid = _pay(env, 10_000)
    with pytest.raises(LedgerError, match="Remove those first"):
        invoices.void_invoice(env["db"], env["finance"], inv.id, "开错了")
    payments.reverse_payment(env["db"], env["finance"], paid.payment_id, "银行退票")
    with env["db"].read() as s:
        assert s.get(Invoice, inv.id).settled_fen == 0
        # Nothing deleted: the allocation stands, taken back by a reversing row dated today.
        rows = s.execute(
            select(Allocation.amount_fen, Allocation.allocated_date, Allocation.reason).order_by(
                Allocation.id
            )
        ).all()
        assert rows == [(10_000, TODAY, None), (-10_000, TODAY, "银行退票")]
        assert s.get(Payment, paid.payment_id).reversed_on == TODAY
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-2:] == ["allocation.remove", "payment.reverse"]
    invoices.void_invoice(env["db"], env["finance"], inv.id, "开错了")
    with pytest.raises(LedgerError, match="has been reversed"):
        payments.allocate_payment(env["db"], env["finance"], paid.payment_id)


def test_red_letter_reduces_the_original_and_voiding_it_restores(env):
    inv = _issue(env, 100_000, date(2026, 4, 1), tax_rate_bp=600)
    _pay(env, 70_000)
    with pytest.raises(LedgerError, match="Remove payments applied to it first"):
        invoices.issue_red_letter(env["db"], env["finance"], inv.id, 30_001, TODAY, "退样")
    red = invoices.issue_red_letter(env["db"], env["finance"], inv.id, 30_000, TODAY, "退样").value
    assert red.amount_fen == -30_000 and red.tax_fen == -1_698 and red.open_fen == 0
    with env["db"].read() as s:
        assert s.get(Invoice, inv.id).settled_fen == 100_000
        detail = invoices.invoice_detail(s, inv.id)
    assert [(x.kind, x.amount_fen) for x in detail.settlements] == [
        ("payment", 70_000),
        ("red_letter", 30_000),
    ]
    invoices.void_invoice(env["db"], env["finance"], red.id, "红冲有误")
    with env["db"].read() as s:
        assert s.get(Invoice, inv.id).settled_fen == 70_000
        assert check_database(s) == []


def test_an_approved_write_off_settles_at_most_the_open_amount(env):
    inv = _issue(env, 10_000, date(2024, 1, 1))
    with pytest.raises(LedgerError, match=r"only ¥100\.00 open"):
        request_write_off(env["db"], env["finance"], inv.id, 10_001, TODAY, "破产")
    asked = request_write_off(env["db"], env["finance"], inv.id, 10_000, TODAY, "破产").value
    approve_write_off(env["db"], env["manager"], asked)
    with env["db"].read() as s:
        assert s.get(Invoice, inv.id).settled_fen == 10_000
        assert check_database(s) == []
