"""Automatic document numbers come from a sequence per kind and year, not from the text
already in the table: numbers typed by hand never break them, and are skipped."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ValidationError
from app.models import Customer, NumberSequence
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        cust = factories.customer(s, "宁波港检测服务有限公司", tier_code="key").id
    return db, Actor(None, "finance", Role.ADMIN, clock=FixedClock(TODAY)), cust


def _issue(env, number=None, on=TODAY) -> str:
    db, actor, cust = env
    data = invoices.InvoiceInput(cust, 100_00, on, number=number)
    return invoices.issue_invoice(db, actor, data).value.number


@pytest.mark.parametrize("typed", ["FP2026O00002", "FP2026999999", "FP20260000002"])
def test_a_typed_number_does_not_break_later_automatic_ones(env, typed):
    assert _issue(env) == "FP2026000001"
    assert _issue(env, typed) == typed
    assert [_issue(env) for _ in range(3)] == ["FP2026000002", "FP2026000003", "FP2026000004"]


def test_a_typed_number_the_sequence_reaches_later_is_skipped(env):
    assert _issue(env) == "FP2026000001"
    assert _issue(env, "FP2026000003") == "FP2026000003"
    assert _issue(env, " FP2026000004 ") == "FP2026000004"
    assert [_issue(env) for _ in range(3)] == ["FP2026000002", "FP2026000005", "FP2026000006"]


def test_a_typed_duplicate_is_a_validation_error_of_the_number_field(env):
    first = _issue(env)
    with pytest.raises(ValidationError, match=f"{first} already exists") as err:
        _issue(env, first)
    assert err.value.field == "number"
    assert _issue(env) == "FP2026000002"


def test_each_year_and_kind_has_its_own_sequence(env):
    db, actor, cust = env
    assert _issue(env, on=date(2025, 12, 31)) == "FP2025000001"
    assert _issue(env) == "FP2026000001"
    assert _issue(env, on=date(2025, 12, 30)) == "FP2025000002"
    paid = payments.record_payment(db, actor, payments.PaymentInput(cust, TODAY, 100), "none")
    assert paid.value.number == "SK2026000001"
    project = projects.create_project(db, actor, projects.ProjectInput(cust, "水质检测"))
    assert project.value.code == "XM2026000001"


def test_numbers_stored_without_the_sequence_are_skipped_for_every_kind(env):
    db, actor, cust = env
    with db.write() as s:
        customer = s.get(Customer, cust)
        factories.payment(s, customer, 100, TODAY).number = "SK2026000001"
    paid = payments.record_payment(db, actor, payments.PaymentInput(cust, TODAY, 100), "none")
    assert paid.value.number == "SK2026000002"


def test_past_six_digits_the_sequence_goes_on_with_seven(env):
    db, _, _ = env
    assert _issue(env) == "FP2026000001"
    with db.write() as s:
        s.execute(update(NumberSequence).values(next_value=999_999))
    assert [_issue(env), _issue(env)] == ["FP2026999999", "FP20261000000"]
    with db.read() as s:
        rows = s.execute(select(NumberSequence.kind, NumberSequence.year)).all()
    assert rows == [("invoice", 2026)]
