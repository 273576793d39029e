"""Credit control without back doors (issue 8): limits and terms only a manager may loosen,
voiding a red-letter invoice, prepayments, one figure for available credit, merging
customers and reversing payments. ``check`` stays clean after each."""

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import CreditHoldError, PermissionDeniedError, ValidationError
from app.models import AuditEntry, Customer
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.credit.credit_control_service import credit_position
from app.services.customers import customer_edit_service as edits
from app.services.customers import customer_merge_service as merge
from app.services.customers.customer_360_service import customer_360
from app.services.customers.customer_service import customer_detail
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)
LIMIT = 20_000_000  # the regular tier's ¥200,000.00
YUAN = 100


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "finance", "manager")}
        # The salesperson's own customer (they edit only the customers they see).
        cid = factories.customer(s, "无锡精密机械有限公司", owner=people["sales"]).id
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, cid


def _invoice(db, actor, cid, amount, issued=TODAY, **kw):
    return invoices.issue_invoice(db, actor, invoices.InvoiceInput(cid, amount, issued, **kw)).value


def _edit(db, actor, cid, **changes):
    with db.read() as s:
        form = edits.customer_form(s, cid)
    data = edits.CustomerInput(**{**form.data.__dict__, **changes})
    return edits.update_customer(db, actor, cid, form.version, data).value


def _audit(db, action):
    with db.read() as s:
        return s.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()


def _clean(db):
    with db.read() as s:
        assert check_database(s) == []


# --- limits and terms ----------------------------------------------------------------------


def test_a_salesperson_cannot_raise_the_limit_and_then_invoice_past_the_real_one(env):
    db, a, cid = env
    with pytest.raises(ValidationError, match=r"raise the credit limit above ¥200,000\.00") as e:
        _edit(db, a["sales"], cid, credit_limit_override_fen=10 * LIMIT)
    assert e.value.field == "credit_limit"
    with pytest.raises(CreditHoldError):
        _invoice(db, a["finance"], cid, LIMIT + 1)
    _clean(db)


def test_a_salesperson_cannot_lengthen_terms_to_dodge_the_overdue_hold(env):
    db, a, cid = env
    with pytest.raises(ValidationError, match="longer than 30 days") as e:
        _edit(db, a["sales"], cid, payment_terms_override_days=365)
    assert e.value.field == "payment_terms"
    with db.read() as s:
        customer = s.get(Customer, cid)
        assert customer.payment_terms_override_days is None


def test_anyone_may_make_credit_stricter_only_a_manager_looser(env):
    db, a, cid = env
    _edit(db, a["sales"], cid, credit_limit_override_fen=5_000_000, payment_terms_override_days=15)
    # Back to the tier's figures is looser than the customer's own: a manager's decision.
    with pytest.raises(ValidationError, match=r"above ¥50,000\.00"):
        _edit(db, a["sales"], cid, credit_limit_override_fen=None)
    with pytest.raises(ValidationError, match="longer than 15 days"):
        _edit(db, a["finance"], cid, payment_terms_override_days=None)
    _edit(
        db, a["manager"], cid, credit_limit_override_fen=3 * LIMIT, payment_terms_override_days=90
    )
    # A salesperson saving other details keeps the manager's figures.
    _edit(db, a["sales"], cid, phone="0510-88886666")
    # Removing an override that was more generous than the tier is stricter: allowed.
    _edit(db, a["sales"], cid, credit_limit_override_fen=None, payment_terms_override_days=None)
    with db.read() as s:
        customer = s.get(Customer, cid)
        assert customer.credit_limit_override_fen is None
        assert customer.payment_terms_override_days is None


def test_a_new_customer_gets_no_more_than_its_tier_unless_a_manager_creates_it(env):
    db, a, _ = env
    with db.read() as s:
        regular = factories.tier(s).id
    generous = edits.CustomerInput("常熟纺织印染厂", regular, credit_limit_override_fen=LIMIT + 1)
    with pytest.raises(ValidationError) as e:
        edits.create_customer(db, a["sales"], generous)
    assert e.value.field == "credit_limit"
    edits.create_customer(db, a["sales"], edits.CustomerInput("常熟纺织", regular))
    edits.create_customer(db, a["manager"], generous)


# --- voiding a red-letter invoice ----------------------------------------------------------


def _red_letter_then_second_invoice(db, a, cid):
    first = _invoice(db, a["finance"], cid, LIMIT)
    red = invoices.issue_red_letter(db, a["finance"], first.id, LIMIT, TODAY, "价格调整").value
    _invoice(db, a["finance"], cid, LIMIT)
    return red


def test_voiding_a_red_letter_invoice_goes_through_credit_control(env):
    db, a, cid = env
    red = _red_letter_then_second_invoice(db, a, cid)
    with pytest.raises(CreditHoldError) as refused:
        invoices.void_invoice(db, a["finance"], red.id, "红冲有误")
    text = refused.value.message
    assert f"Voiding red-letter invoice {red.number}" in text
    assert "¥400,000.00" in text and "¥200,000.00" in text
    with db.read() as s:
        assert credit_position(s, cid, TODAY).exposure_fen == LIMIT
    with pytest.raises(PermissionDeniedError):
        invoices.void_invoice(db, a["finance"], red.id, "红冲有误", "财务认为可以")
    invoices.void_invoice(db, a["manager"], red.id, "红冲有误", "客户已承诺月底付清")
    (entry,) = _audit(db, "credit.override")
    assert entry.reason == "客户已承诺月底付清" and entry.after["kind"] == "void"
    with db.read() as s:
        assert credit_position(s, cid, TODAY).exposure_fen == 2 * LIMIT
    _clean(db)


def test_voiding_a_red_letter_within_the_limit_needs_no_override(env):
    db, a, cid = env
    first = _invoice(db, a["finance"], cid, LIMIT // 2)
    red = invoices.issue_red_letter(db, a["finance"], first.id, 1_000_00, TODAY, "折让").value
    invoices.void_invoice(db, a["finance"], red.id, "折让取消")
    assert _audit(db, "credit.override") == []


# --- prepayments ---------------------------------------------------------------------------


def test_a_prepayment_offsets_the_new_invoice(env):
    db, a, cid = env
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(cid, TODAY, 1_000_000 * YUAN), "none"
    )
    _invoice(db, a["finance"], cid, 500_000 * YUAN)
    with db.read() as s:
        position = credit_position(s, cid, TODAY)
    assert position.exposure_fen == -500_000 * YUAN and position.used_fen == 0
    assert position.available_fen == LIMIT + 500_000 * YUAN
    _invoice(db, a["finance"], cid, 500_000 * YUAN + LIMIT)  # exactly at the limit
    with pytest.raises(CreditHoldError, match=r"prepayments ¥1,000,000\.00"):
        _invoice(db, a["finance"], cid, 1)
    _clean(db)


def test_a_prepayment_offsets_signed_contracts_which_count_once_when_invoiced(env):
    db, a, cid = env
    payments.record_payment(db, a["finance"], payments.PaymentInput(cid, TODAY, LIMIT), "none")
    project = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(
            cid, "精密零件检测", lines=(projects.QuoteLine("尺寸", 1000, 2 * LIMIT),)
        ),
    ).value
    projects.sign_contract(db, a["sales"], project.id, "HT-2026-7", None, TODAY)
    with db.read() as s:
        assert credit_position(s, cid, TODAY).exposure_fen == LIMIT
    _invoice(db, a["finance"], cid, 2 * LIMIT, project_id=project.id)  # the contract, invoiced
    with db.read() as s:
        assert credit_position(s, cid, TODAY).exposure_fen == LIMIT
    with pytest.raises(CreditHoldError):
        _invoice(db, a["finance"], cid, 1)


# --- one figure for available credit -------------------------------------------------------


def test_the_detail_panel_360_view_and_credit_control_show_the_same_available_credit(env):
    db, a, cid = env
    project = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(
            cid, "涂层检测", lines=(projects.QuoteLine("盐雾", 1000, 60_000_00),)
        ),
    ).value
    projects.sign_contract(db, a["sales"], project.id, "HT-2026-9", None, TODAY)
    _invoice(db, a["finance"], cid, 50_000_00)
    with db.read() as s:
        detail = customer_detail(s, cid, TODAY)
        header = customer_360(s, cid, TODAY).header
        position = credit_position(s, cid, TODAY)
    assert position.available_fen == LIMIT - 50_000_00 - 60_000_00
    assert detail.available_credit_fen == header.available_credit_fen == position.available_fen
    assert detail.credit.contracted_uninvoiced_fen == 60_000_00


# --- merging customers ---------------------------------------------------------------------


def _duplicate_owing(db, a, amount, issued=TODAY):
    with db.write() as s:
        dup = factories.customer(s, "无锡精密机械公司").id
    _invoice(db, a["finance"], dup, amount, issued)
    return dup


def test_a_merge_over_the_surviving_limit_needs_a_manager(env):
    db, a, cid = env
    _invoice(db, a["finance"], cid, 15_000_000)
    dup = _duplicate_owing(db, a, 15_000_000)
    with pytest.raises(CreditHoldError) as refused:
        merge.merge_customers(db, a["finance"], cid, dup)
    text = refused.value.message
    assert "Merging" in text and "¥300,000.00" in text and "adds ¥150,000.00" in text
    with db.read() as s:
        assert s.get(Customer, dup).archived is False  # nothing moved
        assert credit_position(s, cid, TODAY).exposure_fen == 15_000_000
    with pytest.raises(PermissionDeniedError):
        merge.merge_customers(db, a["finance"], cid, dup, "同一家公司")
    merge.merge_customers(db, a["manager"], cid, dup, "同一家公司，额度另行审批")
    (entry,) = _audit(db, "credit.override")
    assert entry.after["kind"] == "merge" and entry.after["added_fen"] == 15_000_000
    _clean(db)


def test_a_merge_that_brings_overdue_past_the_threshold_is_refused(env):
    db, a, cid = env
    dup = _duplicate_owing(db, a, 1_000_00, issued=date(2026, 3, 1))  # due 03-31: 91 days
    with pytest.raises(CreditHoldError, match="overdue more than 60 days"):
        merge.merge_customers(db, a["finance"], cid, dup)


def test_a_merge_within_the_limit_passes(env):
    db, a, cid = env
    _invoice(db, a["finance"], cid, 5_000_000)
    dup = _duplicate_owing(db, a, 5_000_000)
    merge.merge_customers(db, a["finance"], cid, dup)
    with db.read() as s:
        assert credit_position(s, cid, TODAY).exposure_fen == 10_000_000
    assert _audit(db, "credit.override") == []


# --- reversing a payment -------------------------------------------------------------------


def test_a_reversal_is_never_refused_but_says_and_audits_that_the_customer_is_over(env):
    db, a, cid = env
    _invoice(db, a["finance"], cid, LIMIT)
    paid = payments.record_payment(db, a["finance"], payments.PaymentInput(cid, TODAY, LIMIT))
    _invoice(db, a["finance"], cid, LIMIT)
    reversal = payments.reverse_payment(db, a["finance"], paid.value.payment_id, "银行退票").value
    assert reversal.over_limit and reversal.on_hold
    assert reversal.credit.exposure_fen == 2 * LIMIT
    (entry,) = _audit(db, "credit.hold_by_reversal")
    assert entry.entity_id == cid and entry.after["exposure_fen"] == 2 * LIMIT
    assert entry.reason == "银行退票"
    _clean(db)


def test_a_reversal_within_the_limit_raises_no_flag(env):
    db, a, cid = env
    _invoice(db, a["finance"], cid, 1_000_00)
    paid = payments.record_payment(db, a["finance"], payments.PaymentInput(cid, TODAY, 1_000_00))
    reversal = payments.reverse_payment(db, a["finance"], paid.value.payment_id, "录错").value
    assert not reversal.on_hold and reversal.credit.exposure_fen == 1_000_00
    assert _audit(db, "credit.hold_by_reversal") == []
