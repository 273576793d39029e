"""Services report every field problem of an input at once (ValidationErrors), so that a form
shows all of them after one save; and credit control can be asked again, without saving,
what it would say to a changed amount."""

from datetime import date

import pytest

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import CreditHoldError, ValidationError, ValidationErrors
from app.services.core.context import Actor
from app.services.customers import customer_edit_service as edit
from app.services.customers.contact_service import ContactInput
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "finance", "manager")}
        tier = factories.tier(s).id
        customer = factories.customer(s, "常州精细化工有限公司", code="C001")
        customer.credit_limit_override_fen = 100_000_00
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, tier, customer.id


def fields_of(exc: ValidationError) -> list[str]:
    assert isinstance(exc, ValidationErrors)
    return [error.field for error in exc.errors]


def test_a_customer_with_several_bad_fields_is_refused_with_all_of_them(env):
    db, a, tier, _ = env
    data = edit.CustomerInput(
        name="常州精细化工有限公司",  # taken
        tier_id=tier,
        code="C001",  # taken
        uscc="9135",
        category="alien",
        payment_terms_override_days=400,
    )
    with pytest.raises(ValidationErrors) as refused:
        edit.create_customer(db, a["sales"], data, [ContactInput("赵磊", email="not-mail")])
    assert fields_of(refused.value) == [
        "name",
        "code",
        "uscc",
        "category",
        "payment_terms",
        "contacts",
    ]
    # Still a ValidationError of its first field, for callers that show one message.
    assert refused.value.field == "name" and "already exists" in refused.value.template
    assert "9135 has 4 characters" in refused.value.message
    # Asking without saving finds the same.
    with db.read() as s:
        found = edit.check_customer(s, a["sales"], data)
    assert [e.field for e in found] == ["name", "code", "uscc", "category", "payment_terms"]


def test_one_bad_field_is_a_plain_validation_error(env):
    db, a, tier, _ = env
    with pytest.raises(ValidationError) as refused:
        edit.create_customer(db, a["sales"], edit.CustomerInput(name=" ", tier_id=tier))
    assert type(refused.value) is ValidationError and refused.value.field == "name"


def test_a_salesperson_loosening_both_limit_and_terms_hears_of_both(env):
    db, a, tier, _ = env
    data = edit.CustomerInput(
        name="新客户",
        tier_id=tier,
        credit_limit_override_fen=10**12,
        payment_terms_override_days=200,
    )
    with pytest.raises(ValidationErrors) as refused:
        edit.create_customer(db, a["sales"], data)
    assert fields_of(refused.value) == ["credit_limit", "payment_terms"]


def test_payment_invoice_and_project_report_every_field(env):
    db, a, _, cid = env
    far = date(2027, 1, 1)
    with pytest.raises(ValidationErrors) as refused:
        payments.record_payment(
            db, a["finance"], payments.PaymentInput(cid, far, 0, method="barter")
        )
    assert fields_of(refused.value) == ["amount", "method", "received_date"]

    with pytest.raises(ValidationErrors) as refused:
        invoices.issue_invoice(
            db,
            a["finance"],
            invoices.InvoiceInput(cid, 0, far, kind="x", tax_rate_bp=9000, due_date=TODAY),
        )
    assert fields_of(refused.value) == ["amount", "kind", "tax_rate", "due_date", "issue_date"]

    with pytest.raises(ValidationErrors) as refused:
        projects.create_project(
            db,
            a["sales"],
            projects.ProjectInput(
                cid, " ", lines=(projects.QuoteLine(" ", 1000, 100),), opened_on=far
            ),
        )
    assert fields_of(refused.value) == ["title", "items", "opened_on"]


def test_credit_control_can_be_asked_again_for_a_changed_amount(env):
    db, a, _, cid = env
    invoices.issue_invoice(db, a["finance"], invoices.InvoiceInput(cid, 70_000_00, TODAY))
    with db.read() as s:
        refusal = invoices.invoice_credit_refusal(s, cid, 40_000_00, None, TODAY)
        assert isinstance(refusal, CreditHoldError)
        assert "¥110,000.00" in refusal.message and "adds ¥40,000.00" in refusal.message
        assert invoices.invoice_credit_refusal(s, cid, 30_000_00, None, TODAY) is None

    project = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(
            cid, "检测", lines=(projects.QuoteLine("综合检测", 1000, 50_000_00),)
        ),
    ).value
    with db.read() as s:
        refusal = projects.contract_credit_refusal(s, project.id, "HT-9", 50_000_00, TODAY)
        assert refusal is not None and "Contract HT-9" in refusal.message
        assert projects.contract_credit_refusal(s, project.id, "HT-9", 20_000_00, TODAY) is None
    # What the check said is what saving does.
    with pytest.raises(CreditHoldError):
        projects.sign_contract(db, a["sales"], project.id, "HT-9", 50_000_00, TODAY)
    projects.sign_contract(db, a["sales"], project.id, "HT-9", 20_000_00, TODAY)
