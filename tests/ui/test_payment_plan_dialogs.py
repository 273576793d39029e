"""The payment plan editor once money is asked for, event-driven due dates it shows, the
warning when a signed contract no longer fits the plan, the report-hold panel and the due
date an installment's invoice gets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from app.domain.enums import Role
from app.models import Customer, User
from app.services.core.context import system_actor
from app.services.projects.invoice_request_service import request_invoice
from app.services.projects.project_service import (
    InstallmentSpec,
    ProjectInput,
    QuoteLine,
    advance,
    create_project,
    project_detail,
    set_payment_plan,
    sign_contract,
)
from app.views.invoices.invoice_requests_page import IssueRequestDialog
from app.views.shell.application import install_translators
from tests import factories
from tests.ui.conftest import AS_OF
from tests.ui.ledger_fixtures import (
    actor,
    add_staff,
    dialog_of,
    ledger_is_sound,
    open_dialog,
    open_window,
    save,
)
from tests.ui.typing_helpers import type_text

QUOTE = (QuoteLine("地下水 全分析", 1000, 1_000_000),)  # ¥10,000.00
PLAN = (
    InstallmentSpec(amount_fen=400_000, due_date=date(2026, 7, 31), description="预付款"),
    InstallmentSpec(
        amount_fen=600_000, trigger="report_issued", offset_days=30, description="尾款"
    ),
)


@pytest.fixture
def staff(db):
    return add_staff(db)


def _project(db, clock, tier_code="regular", contract_fen: int | None = None, signed=True):
    with db.write() as s:
        # The salesperson's own customer (a salesperson sees only their own).
        owner = s.scalars(select(User).where(User.role == Role.SALES.value)).first()
        customer = factories.customer(s, "南京建材检测中心", tier_code=tier_code, owner=owner).id
    admin = system_actor(clock)
    project = create_project(
        db, admin, ProjectInput(customer, "地下水监测", lines=QUOTE, opened_on=date(2026, 5, 1))
    ).value
    if signed:
        sign_contract(db, admin, project.id, "HT-9", contract_fen, date(2026, 6, 1))
    return customer, project.id


def _page(qtbot, db, clock, errors, who, project_id):
    window = open_window(qtbot, db, clock, errors, who)
    page = window.show_section("projects")
    qtbot.waitUntil(lambda: page.board.row(project_id) is not None)
    page.board.select_project(project_id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == project_id)
    return window, page


def _plan_dialog(qtbot, page):
    dialog = dialog_of(qtbot, page.payment_plan())
    qtbot.waitUntil(lambda: dialog.detail is not None)
    return dialog


def test_a_plan_with_a_waiting_invoice_request_saves_and_keeps_that_line(
    qtbot, db, clock, errors, staff
):
    _customer, pid = _project(db, clock)
    sales = actor(db, clock, staff.sales)
    set_payment_plan(db, sales, pid, PLAN)
    with db.read() as s:
        first = project_detail(s, pid).installments[0]
    request_invoice(db, sales, pid, installment_id=first.id)
    window, page = _page(qtbot, db, clock, errors, sales, pid)

    # Unchanged, it saves (today the crash dialog: FOREIGN KEY constraint failed).
    dialog = _plan_dialog(qtbot, page)
    save(qtbot, dialog)
    assert dialog.result_value.installments == ((400_000, date(2026, 7, 31)), (600_000, None))

    # The requested line cannot change or be removed; the other can change.
    dialog = _plan_dialog(qtbot, page)
    held = dialog.plan[0]
    assert not held.amount.isEnabled() and not held.due.isEnabled()
    assert "invoice request" in held.amount.toolTip()
    assert dialog.held_note.isVisible() and "(1)" in dialog.held_note.text()
    assert not dialog.common_30_70.isEnabled()
    dialog.table.setCurrentCell(0, 0)
    dialog.remove_current()
    assert len(dialog.plan) == 2
    assert dialog.problem.text() == "Installment 1 is invoiced or requested and stays in the plan."
    dialog.plan[1].days.setValue(15)
    dialog.plan[1].description.setText("尾款 15 天")
    save(qtbot, dialog)
    with db.read() as s:
        rows = project_detail(s, pid).installments
    assert [(r.id, r.offset_days, r.description) for r in rows] == [
        (first.id, 0, "预付款"),
        (rows[1].id, 15, "尾款 15 天"),
    ]
    assert errors.expected_errors == []
    window.close()
    ledger_is_sound(db)


def test_a_plan_opened_before_the_request_is_refused_with_the_line_named(
    qtbot, db, clock, errors, staff
):
    _customer, pid = _project(db, clock)
    sales = actor(db, clock, staff.sales)
    set_payment_plan(db, sales, pid, PLAN)
    window, page = _page(qtbot, db, clock, errors, sales, pid)
    dialog = _plan_dialog(qtbot, page)
    request_invoice(db, sales, pid, installment_id=dialog.plan[0].installment_id)
    dialog.plan[0].amount.setText("3,000")
    dialog.plan[1].amount.setText("7,000")
    dialog.save_button.click()
    qtbot.waitUntil(dialog.message.isVisible)
    assert dialog.message.text() == (
        "Installment 1 (¥4,000.00) has an invoice request waiting for finance: its amount "
        "and due date cannot change until the request is issued or rejected."
    )
    assert dialog.isVisible()
    dialog.reject()
    window.close()


def test_event_driven_lines_show_the_date_they_fall_due(qtbot, db, clock, errors, staff):
    _customer, pid = _project(db, clock)
    admin = system_actor(clock)
    set_payment_plan(
        db,
        admin,
        pid,
        (
            InstallmentSpec(share_bp=3000, trigger="contract_signed", offset_days=5),
            InstallmentSpec(share_bp=7000, trigger="report_issued", offset_days=30),
        ),
    )
    window, page = _page(qtbot, db, clock, errors, actor(db, clock, staff.sales), pid)
    dialog = _plan_dialog(qtbot, page)
    signed, after_report = dialog.plan
    # Signed on 2026-06-01: the first fell due five days later; the report is not out yet.
    assert signed.due.text() == "2026-06-06"
    assert signed.due.toolTip() == "5 days after the event on 2026-06-01."
    assert after_report.due.text() == "—"
    assert after_report.due.toolTip() == "Set when the event is recorded: 30 days after it."
    signed.days.setValue(10)
    assert signed.due.text() == "2026-06-11"
    save(qtbot, dialog)
    assert dialog.result_value.installments == ((300_000, date(2026, 6, 11)), (700_000, None))
    window.close()


def test_signing_a_contract_that_no_longer_fits_the_plan_warns(qtbot, db, clock, errors, staff):
    _customer, pid = _project(db, clock, signed=False)
    sales = actor(db, clock, staff.sales)
    set_payment_plan(db, sales, pid, PLAN)
    window, page = _page(qtbot, db, clock, errors, sales, pid)
    contract = dialog_of(qtbot, page.sign_contract())
    type_text(qtbot, contract.contract_no, "HT-2026-080")
    contract.amount.setText("8,000")
    save(qtbot, contract)
    warning = contract.plan_warning
    assert warning is not None and warning.isVisible()
    assert warning.text() == (
        f"The contract of {contract.project.code} is signed for ¥8,000.00, but its payment plan "
        "adds up to ¥10,000.00. Revise the plan (Payment plan…) so that the installments "
        "add up to the contract."
    )
    warning.accept()
    # The detail panel and the plan editor say so too.
    qtbot.waitUntil(lambda: page.current is not None and page.current.contract_amount_fen > 0)
    page.detail.show_project(page.current)
    qtbot.waitUntil(lambda: page.detail.figures is not None)
    texts = [label.text() for label in page.detail.amounts.findChildren(QLabel)]
    assert "¥10,000.00: does not add up to the contract (¥8,000.00)" in texts
    dialog = _plan_dialog(qtbot, page)
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.problem.text() == (
        "The installments add up to ¥10,000.00, the contract is ¥8,000.00."
    )
    dialog.reject()
    window.close()


def test_a_plan_by_shares_follows_the_contract_without_a_warning(qtbot, db, clock, errors, staff):
    _customer, pid = _project(db, clock, signed=False)
    sales = actor(db, clock, staff.sales)
    set_payment_plan(
        db,
        sales,
        pid,
        (
            InstallmentSpec(share_bp=5000, trigger="contract_signed"),
            InstallmentSpec(share_bp=5000, trigger="report_issued", offset_days=30),
        ),
    )
    window, page = _page(qtbot, db, clock, errors, sales, pid)
    contract = dialog_of(qtbot, page.sign_contract())
    type_text(qtbot, contract.contract_no, "HT-2026-081")
    contract.amount.setText("8,000")
    save(qtbot, contract)
    assert contract.plan_warning is None
    assert contract.result_value.installments == ((400_000, AS_OF), (400_000, None))
    window.close()


def _overdue_invoice(db, customer_id):
    """¥1,500.00 due 2026-03-02: 120 days overdue, past the regular tier's 60."""
    with db.write() as s:
        factories.invoice(s, s.get(Customer, customer_id), 150_000, date(2026, 1, 31))


def test_the_release_dialog_names_a_credit_hold(qtbot, db, clock, errors, staff):
    customer, pid = _project(db, clock, contract_fen=800_000)
    advance(db, system_actor(clock), pid, "report_issued", AS_OF)
    _overdue_invoice(db, customer)
    window, page = _page(qtbot, db, clock, errors, actor(db, clock, staff.technician), pid)
    qtbot.waitUntil(lambda: page.detail.figures is not None)
    texts = [label.text() for label in page.detail.release.findChildren(QLabel)]
    assert "Held until paid; a manager can override" in texts
    assert "Credit hold: ¥1,500.00 overdue" in texts

    dialog = dialog_of(qtbot, page.release_report())
    qtbot.waitUntil(lambda: dialog.check is not None)
    assert dialog.payment_state.text() == (
        "The customer is on credit hold (¥1,500.00 overdue more than 60 days): the project "
        "must be paid in full first.\n¥8,000.00 must be paid before release; ¥0.00 has been "
        "paid."
    )
    dialog.save_button.click()
    qtbot.waitUntil(dialog.credit.isVisible)
    assert dialog.credit.title.text() == "Report held until payment"
    assert dialog.credit.text.text().startswith("南京建材检测中心 is on credit hold (¥1,500.00")
    assert not dialog.credit.override_button.isVisible()
    dialog.reject()
    window.close()


def test_the_release_dialog_counts_a_prepayment(qtbot, db, clock, errors, staff):
    customer, pid = _project(db, clock, tier_code="high_risk", contract_fen=800_000)
    advance(db, system_actor(clock), pid, "report_issued", AS_OF)
    with db.write() as s:
        factories.payment(s, s.get(Customer, customer), 800_000, date(2026, 6, 20))
    window, page = _page(qtbot, db, clock, errors, actor(db, clock, staff.technician), pid)
    dialog = dialog_of(qtbot, page.release_report())
    qtbot.waitUntil(lambda: dialog.check is not None)
    assert dialog.payment_state.text() == (
        "¥8,000.00 (¥0.00 on the project's invoices, ¥8,000.00 prepaid) paid of the "
        "¥8,000.00 required before release."
    )
    save(qtbot, dialog)
    window.close()
    ledger_is_sound(db)


def test_the_report_hold_heading_is_chinese(qtbot, qapp, db, clock, errors, staff):
    _customer, pid = _project(db, clock, tier_code="high_risk", contract_fen=800_000)
    advance(db, system_actor(clock), pid, "report_issued", AS_OF)
    install_translators(qapp, "zh_CN")
    try:
        window, page = _page(qtbot, db, clock, errors, actor(db, clock, staff.technician), pid)
        dialog = dialog_of(qtbot, page.release_report())
        assert dialog.credit.title.text() == "报告暂缓发放，待付款"
        qtbot.waitUntil(lambda: dialog.check is not None)
        assert dialog.payment_state.text().startswith("客户的信用等级要求发放报告前全额付款。")
        dialog.reject()
        window.close()
    finally:
        install_translators(qapp, "en")


def test_an_installment_invoice_shows_and_takes_the_installment_date(
    qtbot, db, clock, errors, staff
):
    _customer, pid = _project(db, clock)
    sales = actor(db, clock, staff.sales)
    set_payment_plan(db, sales, pid, PLAN)
    with db.read() as s:
        first = project_detail(s, pid).installments[0]
    request_invoice(db, sales, pid, installment_id=first.id)
    window = open_window(qtbot, db, clock, errors, actor(db, clock, staff.finance))
    invoices = window.show_section("invoices")
    qtbot.waitUntil(lambda: invoices.requests_button.text() == "Invoice requests (1)")
    requests = invoices.show_requests().page
    qtbot.waitUntil(lambda: len(requests.requests) == 1)
    requests.issue_button.click()
    issue = open_dialog(qtbot, window, IssueRequestDialog)
    qtbot.waitUntil(lambda: issue.due_rule.text() != "")
    assert issue.due_rule.text() == (
        "Due 2026-07-31: the due date of installment 1 in the payment plan."
    )
    issue.issue_date.setDate(date(2026, 8, 3))
    assert issue.due_rule.text() == (
        "Due 2026-09-02: the customer's terms of 30 days. Installment 1 fell due on "
        "2026-07-31, before the issue date."
    )
    issue.issue_date.setDate(AS_OF)
    save(qtbot, issue)
    assert issue.result_value.due_date == date(2026, 7, 31)
    assert issue.result_value.due_date != AS_OF + timedelta(days=30)
    window.close()
