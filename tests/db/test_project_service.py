from datetime import date

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import (
    CreditHoldError,
    LedgerError,
    PermissionDeniedError,
    ValidationError,
)
from app.models import Allocation, AuditEntry, Invoice, Project, ProjectStageEvent
from app.services.core.changes import Kind
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import invoice_request_service as requests
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def team(db):
    with db.write() as s:
        people = {
            role: factories.user(s, role, role=role)
            for role in ("sales", "technician", "finance", "manager")
        }
        risky = factories.customer(s, "高风险化工有限公司", tier_code="high_risk")
        normal = factories.customer(s, "普通制药有限公司")
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, risky.id, normal.id


LINES = (
    projects.QuoteLine("地表水 pH", 3_000, 80_00),
    projects.QuoteLine("COD", 2_500, 120_00, discount_fen=10_00),
)


def test_quote_to_paid_with_a_plan_a_hold_and_a_red_letter(team):
    db, a, risky, _ = team
    p = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(risky, "园区水质检测", lines=LINES, opened_on=date(2026, 4, 28)),
    ).value
    assert p.stage == "quoted" and p.quoted_amount_fen == 240_00 + 290_00
    projects.sign_contract(db, a["sales"], p.id, "HT-2026-018", None, date(2026, 5, 2))
    plan = projects.set_payment_plan(
        db,
        a["sales"],
        p.id,
        (
            projects.InstallmentSpec(share_bp=3000, trigger="contract_signed"),
            projects.InstallmentSpec(share_bp=7000, trigger="report_issued", offset_days=30),
        ),
    ).value
    assert plan.installments == ((159_00, date(2026, 5, 2)), (371_00, None))
    projects.advance(db, a["technician"], p.id, "samples_received", date(2026, 5, 6))
    done = projects.advance(db, a["technician"], p.id, "report_issued", date(2026, 5, 20)).value
    assert done.installments[1] == (371_00, date(2026, 6, 19))

    # High-risk tier: the report is held until paid; only a manager may override.
    with pytest.raises(CreditHoldError, match=r"payment in full .* ¥530\.00 is required, ¥0\.00"):
        projects.release_report(db, a["technician"], p.id, date(2026, 5, 21))
    with pytest.raises(PermissionDeniedError):
        projects.release_report(db, a["technician"], p.id, date(2026, 5, 21), "客户急用")
    projects.release_report(db, a["manager"], p.id, date(2026, 5, 21), "客户急用，总经理批准")

    req = requests.request_invoice(db, a["sales"], p.id).value
    with pytest.raises(LedgerError, match="already waiting"):
        requests.request_invoice(db, a["sales"], p.id)
    inv = requests.issue_request(db, a["finance"], req, date(2026, 5, 22)).value
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(risky, date(2026, 6, 1), 300_00)
    )
    invoices.issue_red_letter(db, a["finance"], inv.id, 30_00, date(2026, 6, 2), "少测一项")
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(risky, date(2026, 6, 20), 200_00)
    )

    with db.read() as s:
        stages = list(
            s.scalars(
                select(ProjectStageEvent.to_stage)
                .where(ProjectStageEvent.project_id == p.id)
                .order_by(ProjectStageEvent.id)
            )
        )
        override = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "project.release_override")
        ).one()
        assert check_database(s) == []
    assert stages == [
        "quoted",
        "contracted",
        "samples_received",
        "report_issued",
        "invoiced",
        "paid",
    ]
    assert override.reason == "客户急用，总经理批准" and override.user_id == a["manager"].user_id


def test_regular_customer_report_releases_without_payment(team):
    db, a, _, normal = team
    p = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(normal, "GMP 洁净区", lines=LINES, opened_on=date(2026, 5, 20)),
    ).value
    projects.sign_contract(db, a["sales"], p.id, "HT-1", 100_00, date(2026, 6, 1))
    projects.advance(db, a["technician"], p.id, "report_issued", date(2026, 6, 10))
    projects.release_report(db, a["technician"], p.id, date(2026, 6, 11))

    with db.read() as s:
        check = projects.release_check(s, p.id, TODAY)
        detail = projects.project_detail(s, p.id)
        release = s.scalars(
            select(AuditEntry).where(
                AuditEntry.entity_type == "project",
                AuditEntry.entity_id == p.id,
                AuditEntry.action.like("project.release%"),
            )
        ).one()
    # Nothing paid and no override: the tier asks for no payment first.
    assert (check.required_fen, check.paid_fen) == (0, 0)
    assert detail.report_released_date == date(2026, 6, 11)
    assert release.action == "project.release" and release.user_id == a["technician"].user_id
    assert release.reason is None


def test_stage_rules(team):
    db, a, _, normal = team
    p = projects.create_project(db, a["sales"], projects.ProjectInput(normal, "噪声监测")).value
    assert p.stage == "lead"
    with pytest.raises(LedgerError, match="Sign the contract"):
        projects.advance(db, a["sales"], p.id, "contracted", TODAY)
    with pytest.raises(PermissionDeniedError):
        projects.advance(db, a["sales"], p.id, "testing", TODAY)
    projects.quote(db, a["sales"], p.id, LINES)
    with pytest.raises(LedgerError, match="only move forward"):
        projects.advance(db, a["sales"], p.id, "lead", TODAY)
    with pytest.raises(ValidationError, match="Say why"):
        projects.advance(db, a["sales"], p.id, "cancelled", TODAY)
    projects.advance(db, a["sales"], p.id, "cancelled", TODAY, "客户取消")
    with pytest.raises(LedgerError, match="closed"):
        projects.advance(db, a["manager"], p.id, "testing", TODAY)


def test_plan_must_add_up(team):
    db, a, _, normal = team
    p = projects.create_project(
        db, a["sales"], projects.ProjectInput(normal, "土壤", lines=LINES)
    ).value
    with pytest.raises(ValidationError, match="add up to 100%"):
        projects.set_payment_plan(
            db,
            a["sales"],
            p.id,
            (
                projects.InstallmentSpec(share_bp=3000, trigger="contract_signed"),
                projects.InstallmentSpec(share_bp=6000, trigger="report_issued"),
            ),
        )
    with pytest.raises(ValidationError, match="needs a due date"):
        projects.set_payment_plan(
            db, a["sales"], p.id, (projects.InstallmentSpec(amount_fen=530_00),)
        )
    with pytest.raises(ValidationError, match=r"add up to ¥100\.00, the contract is ¥530\.00"):
        projects.set_payment_plan(
            db, a["sales"], p.id, (projects.InstallmentSpec(amount_fen=100_00, due_date=TODAY),)
        )


def _paid_project(db, a, customer_id):
    """A project taken from quote to paid by one payment; its id, payment and invoice."""
    p = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(customer_id, "车间空气检测", lines=LINES, opened_on=date(2026, 5, 1)),
    ).value
    projects.sign_contract(db, a["sales"], p.id, "HT-2026-031", None, date(2026, 5, 2))
    projects.advance(db, a["technician"], p.id, "samples_received", date(2026, 5, 6))
    projects.advance(db, a["technician"], p.id, "report_issued", date(2026, 5, 20))
    req = requests.request_invoice(db, a["sales"], p.id).value
    inv = requests.issue_request(db, a["finance"], req, date(2026, 5, 22)).value
    paid = payments.record_payment(
        db, a["finance"], payments.PaymentInput(customer_id, date(2026, 6, 1), inv.amount_fen)
    ).value
    with db.read() as s:
        assert s.get(Project, p.id).stage == "paid"
    return p.id, paid, inv


def _stage_and_open(db, project_id, invoice_id):
    with db.read() as s:
        project = s.get(Project, project_id)
        invoice = s.get(Invoice, invoice_id)
        assert check_database(s) == []
        return project.stage, project.paid_date, invoice.amount_fen - invoice.settled_fen


def test_a_reversed_payment_takes_a_paid_project_back_to_invoiced(team):
    db, a, _, normal = team
    project_id, paid, inv = _paid_project(db, a, normal)

    changed = payments.reverse_payment(db, a["finance"], paid.payment_id, "银行退票")

    assert Kind.PROJECTS in changed.kinds
    assert _stage_and_open(db, project_id, inv.id) == ("invoiced", None, inv.amount_fen)
    with db.read() as s:
        event = s.scalars(
            select(ProjectStageEvent)
            .where(ProjectStageEvent.project_id == project_id)
            .order_by(ProjectStageEvent.id.desc())
        ).first()
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "project.reopen")).one()
    assert (event.from_stage, event.to_stage, event.note) == ("paid", "invoiced", "银行退票")
    assert audit.entity_id == project_id and audit.reason == "银行退票"

    # Paid again, it closes again, with the new date.
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(normal, date(2026, 6, 25), inv.amount_fen)
    )
    assert _stage_and_open(db, project_id, inv.id) == ("paid", TODAY, 0)


def test_taking_an_allocation_back_reopens_the_paid_project(team):
    db, a, _, normal = team
    project_id, paid, inv = _paid_project(db, a, normal)
    [line] = paid.lines
    with db.read() as s:
        allocation_id = s.scalars(
            select(Allocation.id).where(Allocation.payment_id == paid.payment_id)
        ).one()

    payments.remove_allocation(db, a["finance"], allocation_id, "分错了客户")

    assert _stage_and_open(db, project_id, inv.id) == ("invoiced", None, line.amount_fen)


def test_reversing_a_payment_that_settled_nothing_moves_no_stage(team):
    db, a, _, normal = team
    project_id, _payment, inv = _paid_project(db, a, normal)
    # A second, unrelated prepayment reversed: the paid project stays paid.
    extra = payments.record_payment(
        db, a["finance"], payments.PaymentInput(normal, date(2026, 6, 2), 50_00), "none"
    ).value
    changed = payments.reverse_payment(db, a["finance"], extra.payment_id, "重复登记")
    assert Kind.PROJECTS not in changed.kinds
    assert _stage_and_open(db, project_id, inv.id) == ("paid", date(2026, 6, 1), 0)


def test_voiding_the_red_letter_credit_that_closed_a_project_reopens_it(team):
    db, a, _, normal = team
    p = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(normal, "噪声检测", lines=LINES, opened_on=date(2026, 5, 1)),
    ).value
    projects.sign_contract(db, a["sales"], p.id, "HT-2026-032", None, date(2026, 5, 2))
    projects.advance(db, a["technician"], p.id, "report_issued", date(2026, 5, 20))
    req = requests.request_invoice(db, a["sales"], p.id).value
    inv = requests.issue_request(db, a["finance"], req, date(2026, 5, 22)).value
    credit = invoices.issue_red_letter(
        db, a["finance"], inv.id, 100_00, date(2026, 5, 25), "少测一项"
    ).value
    payments.record_payment(
        db,
        a["finance"],
        payments.PaymentInput(normal, date(2026, 6, 1), inv.amount_fen - 100_00),
    )
    assert _stage_and_open(db, p.id, inv.id) == ("paid", date(2026, 6, 1), 0)

    changed = invoices.void_invoice(db, a["finance"], credit.id, "红字发票开错")

    assert Kind.PROJECTS in changed.kinds
    assert _stage_and_open(db, p.id, inv.id) == ("invoiced", None, 100_00)
