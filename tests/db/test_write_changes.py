"""Write services say which kinds of records they changed, so the user interface refreshes
exactly the views that show them: what a write may touch depends on what it did (an invoice
moves its project only when the report is out; a payment changes invoices only when it is
applied to them)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.models import Activity, AuditEntry
from app.services.core import settings_service as settings
from app.services.core.changes import Changed, Kind
from app.services.core.context import system_actor
from app.services.core.startup import run_startup_jobs
from app.services.credit import credit_tier_service as tiers
from app.services.customers import activity_service as activities
from app.services.customers import customer_edit_service as edit
from app.services.customers import customer_merge_service as merge
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import invoice_request_service as requests
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        tier = factories.tier(s).id
        plain = factories.customer(s, "普通制药有限公司").id
        lab = factories.customer(s, "园区水务集团").id
    return db, system_actor(FixedClock(TODAY)), tier, plain, lab


def kinds(*names: Kind) -> frozenset[Kind]:
    return frozenset(names)


def report_issued_project(db, actor, customer_id: int, amount_fen: int) -> int:
    project = projects.create_project(
        db,
        actor,
        projects.ProjectInput(
            customer_id, "园区水质检测", lines=(projects.QuoteLine("COD", 1_000, amount_fen),)
        ),
    ).value
    projects.sign_contract(db, actor, project.id, "HT-1", None, TODAY)
    projects.advance(db, actor, project.id, "report_issued", TODAY)
    return project.id


def test_customer_edits_report_customers(env):
    db, actor, tier, plain, _ = env
    data = edit.CustomerInput(name="厦门海沧检测有限公司", tier_id=tier)
    created = edit.create_customer(db, actor, data)
    assert isinstance(created, Changed) and created.kinds == kinds(Kind.CUSTOMERS)
    with db.read() as s:
        form = edit.customer_form(s, created.value)
    updated = edit.update_customer(
        db, actor, created.value, form.version, replace(data, notes="新")
    )
    assert updated.kinds == kinds(Kind.CUSTOMERS)
    assert updated.value == form.version + 1
    assert edit.set_archived(db, actor, plain, True).kinds == kinds(Kind.CUSTOMERS)


def test_an_invoice_reports_its_project_only_when_it_moves_it(env):
    db, actor, _, plain, lab = env
    alone = invoices.issue_invoice(db, actor, invoices.InvoiceInput(plain, 1_000_00, TODAY))
    assert alone.kinds == kinds(Kind.INVOICES)
    assert alone.value.amount_fen == 1_000_00

    project_id = report_issued_project(db, actor, lab, 500_00)
    billed = invoices.issue_invoice(
        db, actor, invoices.InvoiceInput(lab, 500_00, TODAY, project_id=project_id)
    )
    assert billed.kinds == kinds(Kind.INVOICES, Kind.PROJECTS)  # report issued -> invoiced
    again = invoices.issue_invoice(
        db, actor, invoices.InvoiceInput(lab, 100_00, TODAY, project_id=project_id)
    )
    assert again.kinds == kinds(Kind.INVOICES)  # already invoiced: the project stays
    assert invoices.void_invoice(db, actor, again.value.id, "开错").kinds == kinds(Kind.INVOICES)


def test_a_payment_reports_invoices_when_applied_and_its_project_when_paid(env):
    db, actor, _, plain, lab = env
    invoices.issue_invoice(db, actor, invoices.InvoiceInput(plain, 1_000_00, TODAY))
    kept = payments.record_payment(
        db, actor, payments.PaymentInput(plain, TODAY, 300_00), allocations="none"
    )
    assert kept.kinds == kinds(Kind.PAYMENTS)  # a prepayment touches no invoice
    applied = payments.allocate_payment(db, actor, kept.value.payment_id)
    assert applied.kinds == kinds(Kind.PAYMENTS, Kind.INVOICES)
    assert applied.value.allocated_fen == 300_00
    paid = payments.record_payment(db, actor, payments.PaymentInput(plain, TODAY, 200_00))
    assert paid.kinds == kinds(Kind.PAYMENTS, Kind.INVOICES)

    project_id = report_issued_project(db, actor, lab, 500_00)
    invoices.issue_invoice(
        db, actor, invoices.InvoiceInput(lab, 500_00, TODAY, project_id=project_id)
    )
    settles = payments.record_payment(db, actor, payments.PaymentInput(lab, TODAY, 500_00))
    assert settles.kinds == kinds(Kind.PAYMENTS, Kind.INVOICES, Kind.PROJECTS)
    with db.read() as s:
        assert projects.project_detail(s, project_id).stage == "paid"

    # Reversed, the invoice is open again and the project goes back to invoiced.
    reversed_ = payments.reverse_payment(db, actor, settles.value.payment_id, "银行退回")
    assert reversed_.kinds == kinds(Kind.PAYMENTS, Kind.INVOICES, Kind.PROJECTS)
    with db.read() as s:
        assert projects.project_detail(s, project_id).stage == "invoiced"


def test_project_stage_moves_report_projects(env):
    db, actor, _, _, lab = env
    created = projects.create_project(db, actor, projects.ProjectInput(lab, "噪声监测"))
    assert created.kinds == kinds(Kind.PROJECTS)
    moved = projects.advance(db, actor, created.value.id, "cancelled", TODAY, "客户取消")
    assert moved.kinds == kinds(Kind.PROJECTS)
    assert moved.value.stage == "cancelled"


def test_tier_and_settings_edits_report_their_kind(env):
    db, actor, tier, _, _ = env
    with db.read() as s:
        regular = tiers.get_tier(s, tier)
    data = tiers.TierInput(code="regular", name="普通客户", payment_terms_days=45)
    assert tiers.update_tier(db, actor, tier, regular.version, data).kinds == kinds(Kind.TIERS)
    saved = settings.save_lab_profile(db, actor, settings.LabProfile(name=" 测试实验室 "))
    assert saved.kinds == kinds(Kind.SETTINGS)
    assert saved.value.name == "测试实验室"


def test_follow_ups_and_invoice_requests_report_their_own_kinds(env):
    db, actor, _, plain, lab = env
    logged = activities.log_activity(
        db, actor, activities.ActivityInput(plain, "call", "催款", TODAY)
    )
    assert logged.kinds == kinds(Kind.ACTIVITIES)
    judged = activities.evaluate_promises(db, actor, TODAY)
    assert judged.kinds == frozenset() and judged.value == []  # nothing to decide

    project = projects.create_project(
        db,
        actor,
        projects.ProjectInput(lab, "年度监测", lines=(projects.QuoteLine("pH", 1_000, 100_00),)),
    ).value
    projects.sign_contract(db, actor, project.id, "HT-2", None, TODAY)
    first = requests.request_invoice(db, actor, project.id)
    assert first.kinds == kinds(Kind.INVOICE_REQUESTS)
    rejected = requests.reject_request(db, actor, first.value, "金额不对")
    assert rejected.kinds == kinds(Kind.INVOICE_REQUESTS)
    second = requests.request_invoice(db, actor, project.id).value
    issued = requests.issue_request(db, actor, second, TODAY)
    assert issued.kinds == kinds(Kind.INVOICE_REQUESTS, Kind.INVOICES)


def test_a_merge_reports_the_kinds_of_records_it_moved(env):
    db, actor, _, plain, lab = env
    invoices.issue_invoice(db, actor, invoices.InvoiceInput(plain, 100_00, TODAY))
    moved = merge.merge_customers(db, actor, lab, plain)
    assert moved.kinds == kinds(Kind.CUSTOMERS, Kind.INVOICES)
    assert moved.value["invoices"] == 1


def test_start_up_judges_due_promises_once_as_the_system(env):
    db, _, _, plain, _ = env
    with db.write() as s:
        s.add(
            Activity(
                customer_id=plain,
                kind="call",
                summary="答应付款",
                occurred_at=datetime(2026, 5, 1, 4, tzinfo=UTC),
                promise_amount_fen=50_000,
                promise_date=date(2026, 5, 10),
                promise_status="open",
            )
        )
    clock = FixedClock(TODAY)
    first = run_startup_jobs(db, clock)
    assert [o.status for o in first.value] == ["broken"]
    assert first.kinds == kinds(Kind.ACTIVITIES)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "activity.promise")).one()
    assert entry.user_id is None  # the system judged it, not whoever opened a screen
    again = run_startup_jobs(db, clock)
    assert again.value == [] and again.kinds == frozenset()
