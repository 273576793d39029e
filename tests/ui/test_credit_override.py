"""Credit holds in the dialogs: the refusal shows its figures; a manager can save anyway with a
written reason (audited), anyone else sees the refusal only."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import Customer, Invoice
from app.services.core.context import system_actor
from app.services.projects.project_service import (
    ProjectInput,
    QuoteLine,
    advance,
    create_project,
    sign_contract,
)
from app.views.credit.credit_override import OverrideReasonDialog
from app.views.invoices.invoice_dialog import IssueInvoiceDialog
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import (
    actor,
    add_staff,
    audit_actions,
    dialog_of,
    open_dialog,
    open_window,
)
from tests.ui.typing_helpers import type_text

LIMIT_TEXT = "against a credit limit of ¥20,000.00"


@pytest.fixture
def staff(db):
    return add_staff(db)


@pytest.fixture
def risky(db, clock):
    """A high-risk customer (limit ¥20,000.00) with a ¥30,000.00 quote."""
    with db.write() as s:
        customer = factories.customer(s, "杭州西湖食品有限公司", tier_code="high_risk").id
    project = create_project(
        db,
        system_actor(clock),
        ProjectInput(customer, "出口食品检测", lines=(QuoteLine("农残", 1000, 3_000_000),)),
    ).value
    return customer, project


def invoices_of(db, customer: int) -> int:
    with db.read() as s:
        return s.scalar(
            select(func.count()).select_from(Invoice).where(Invoice.customer_id == customer)
        )


def board_row(qtbot, window, project_id: int):
    projects = window.show_section("projects")
    qtbot.waitUntil(lambda: projects.board.row(project_id) is not None)
    projects.board.select_project(project_id)
    qtbot.waitUntil(lambda: projects.current is not None and projects.current.id == project_id)
    return projects


def test_a_manager_signs_a_contract_over_the_limit_with_a_reason(
    qtbot, db, clock, errors, staff, risky
):
    _customer, project = risky
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.manager))
    projects = board_row(qtbot, window, project.id)
    dialog = dialog_of(qtbot, projects.sign_contract())
    type_text(qtbot, dialog.contract_no, "HT-2026-088")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    text = dialog.credit.text.text()
    assert "Contract HT-2026-088 would take 杭州西湖食品有限公司 to ¥30,000.00" in text
    assert LIMIT_TEXT in text and "this contract adds ¥30,000.00" in text
    assert dialog.credit.override_button.isVisible()
    assert not dialog.credit.note.isVisible()

    dialog.credit.override_button.click()
    reason = open_dialog(qtbot, dialog, OverrideReasonDialog)
    assert not reason.ok_button.isEnabled()  # a reason is required
    type_text(qtbot, reason.reason, "总经理批准，预付 50%")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        reason.ok_button.click()
    assert dialog.result_value.stage == "contracted"
    assert ("credit.override", "总经理批准，预付 50%") in audit_actions(db)
    window.close()


def test_salespeople_see_the_refusal_only(qtbot, db, clock, errors, staff, risky):
    customer, project = risky
    with db.write() as s:  # a salesperson sees only their own customers
        s.get(Customer, customer).owner_id = staff.sales
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.sales))
    projects = board_row(qtbot, window, project.id)
    dialog = dialog_of(qtbot, projects.sign_contract())
    type_text(qtbot, dialog.contract_no, "HT-2026-089")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    assert LIMIT_TEXT in dialog.credit.text.text()
    assert not dialog.credit.override_button.isVisible()
    assert dialog.credit.note.text() == "Only a manager can override this hold."
    assert dialog.isVisible()
    assert "credit.override" not in [action for action, _ in audit_actions(db)]
    dialog.reject()
    window.close()


@pytest.mark.parametrize(("who", "overrides"), [("finance", False), ("manager", True)])
def test_issuing_an_invoice_over_the_limit(qtbot, db, clock, errors, staff, risky, who, overrides):
    customer, _project = risky
    window = open_window(qtbot, db, clock, errors, actor(db, clock, getattr(staff, who)))
    invoices = window.show_section("invoices")
    dialog = dialog_of(qtbot, invoices.issue_invoice())
    assert isinstance(dialog, IssueInvoiceDialog)
    dialog.customer.set_customer(customer, "杭州西湖食品有限公司")
    type_text(qtbot, dialog.amount, "25,000")
    qtbot.waitUntil(lambda: dialog.terms.text() != "")
    assert dialog.terms.text() == "Due 2026-07-15: the customer's terms of 15 days."
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    assert "This invoice would take 杭州西湖食品有限公司 to ¥25,000.00" in dialog.credit.text.text()
    assert dialog.credit.override_button.isVisible() is overrides
    if overrides:
        dialog.credit.override_button.click()
        reason = open_dialog(qtbot, dialog, OverrideReasonDialog)
        type_text(qtbot, reason.reason, "政府项目专款")
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            reason.ok_button.click()
        assert dialog.result_value.amount_fen == 2_500_000
        assert ("credit.override", "政府项目专款") in audit_actions(db)
    else:
        assert dialog.isVisible()
    assert invoices_of(db, customer) == (1 if overrides else 0)
    window.close()


def test_a_technician_cannot_release_a_held_report(qtbot, db, clock, errors, staff, risky):
    _customer, project = risky
    admin = system_actor(clock)
    sign_contract(db, admin, project.id, "HT-1", 1_000_000, AS_OF)
    advance(db, admin, project.id, "report_issued", AS_OF)
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.technician))
    projects = board_row(qtbot, window, project.id)
    assert projects.release_button.isEnabled()
    dialog = dialog_of(qtbot, projects.release_report())
    qtbot.waitUntil(lambda: dialog.check is not None)
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    assert "payment in full" in dialog.credit.text.text()
    assert "¥10,000.00 is required" in dialog.credit.text.text()
    assert not dialog.credit.override_button.isVisible()
    assert dialog.isVisible()
    dialog.reject()
    window.close()
