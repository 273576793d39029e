"""Payment plans once money is asked for, plans that follow the contract, report release under
a credit hold or against a prepayment, and the due date of an installment's invoice."""

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import CreditHoldError, LedgerError, PermissionDeniedError
from app.models import AuditEntry, Customer, Invoice
from app.services.core.check_service import check_database
from app.services.core.context import Actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.projects import invoice_request_service as requests
from app.services.projects import project_service as projects
from app.services.projects.project_service import InstallmentSpec as Spec
from tests import factories

TODAY = date(2026, 6, 30)
QUOTE = (projects.QuoteLine("地下水 全分析", 1_000, 10_000_00),)  # ¥10,000


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


def _project(db, a, customer_id, title="地下水监测", contract_fen=None):
    p = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(customer_id, title, lines=QUOTE, opened_on=date(2026, 5, 1)),
    ).value
    if contract_fen is not False:
        projects.sign_contract(db, a["sales"], p.id, f"HT-{p.id}", contract_fen, date(2026, 5, 4))
    return p.id


def _plan(db, project_id):
    with db.read() as s:
        return projects.project_detail(s, project_id).installments


def _specs(rows, **changes_by_seq):
    """The saved plan as specs, as the plan editor sends it back (with the lines' ids)."""
    specs = []
    for row in rows:
        spec = Spec(
            share_bp=row.share_bp,
            amount_fen=None if row.share_bp is not None else row.amount_fen,
            trigger=row.trigger,
            offset_days=row.offset_days,
            due_date=row.due_date if row.trigger == "fixed" else None,
            description=row.description,
            id=row.id,
        )
        specs.append(changes_by_seq.get(f"line{row.seq}", lambda s: s)(spec))
    return tuple(specs)


def _audits(db, action):
    with db.read() as s:
        return s.scalar(select(func.count()).where(AuditEntry.action == action))


def _sound(db):
    with db.read() as s:
        assert check_database(s) == []


TWO_DATES = (
    Spec(amount_fen=4_000_00, due_date=date(2026, 7, 31), description="预付款"),
    Spec(amount_fen=6_000_00, trigger="report_issued", offset_days=30, description="尾款"),
)


def test_a_plan_with_a_pending_request_saves_unchanged_and_keeps_that_line(team):
    db, a, _, normal = team
    pid = _project(db, a, normal)
    projects.set_payment_plan(db, a["sales"], pid, TWO_DATES)
    first, second = _plan(db, pid)
    requests.request_invoice(db, a["sales"], pid, installment_id=first.id)
    plans_before = _audits(db, "project.plan")

    # Nothing changed: saving succeeds and changes nothing (today: FOREIGN KEY failed).
    same = projects.set_payment_plan(db, a["sales"], pid, _specs(_plan(db, pid)))
    assert same.kinds == frozenset()
    assert _audits(db, "project.plan") == plans_before
    assert [r.id for r in _plan(db, pid)] == [first.id, second.id]
    assert _plan(db, pid)[0].reference == "requested"

    # The requested line's amount and date are fixed, and it stays in the plan.
    with pytest.raises(LedgerError, match=r"Installment 1 \(¥4,000\.00\) has an invoice request"):
        projects.set_payment_plan(
            db,
            a["sales"],
            pid,
            (
                Spec(amount_fen=3_000_00, due_date=date(2026, 7, 31), id=first.id),
                Spec(amount_fen=7_000_00, trigger="report_issued", offset_days=30, id=second.id),
            ),
        )
    with pytest.raises(LedgerError, match=r"Installment 1 .* its amount and due date"):
        projects.set_payment_plan(
            db,
            a["sales"],
            pid,
            _specs(
                _plan(db, pid),
                line1=lambda s: Spec(amount_fen=s.amount_fen, due_date=date(2026, 8, 31), id=s.id),
            ),
        )
    with pytest.raises(LedgerError, match=r"Installment 1 \(¥4,000\.00\) .* cannot be removed"):
        projects.set_payment_plan(
            db,
            a["sales"],
            pid,
            (Spec(amount_fen=10_000_00, due_date=date(2026, 7, 31)),),
        )

    # The other line may change, split in two, and the requested one's text may change.
    changed = projects.set_payment_plan(
        db,
        a["sales"],
        pid,
        (
            Spec(
                amount_fen=4_000_00, due_date=date(2026, 7, 31), description="首付款", id=first.id
            ),
            Spec(amount_fen=2_000_00, trigger="samples_received", id=second.id),
            Spec(amount_fen=4_000_00, trigger="report_issued", offset_days=15),
        ),
    ).value
    assert changed.installments == (
        (4_000_00, date(2026, 7, 31)),
        (2_000_00, None),
        (4_000_00, None),
    )
    assert [r.description for r in _plan(db, pid)] == ["首付款", "", ""]
    _sound(db)


def test_an_invoiced_line_is_fixed_until_its_invoice_is_void(team):
    db, a, _, normal = team
    pid = _project(db, a, normal)
    projects.set_payment_plan(db, a["sales"], pid, TWO_DATES)
    first, second = _plan(db, pid)
    req = requests.request_invoice(db, a["sales"], pid, installment_id=first.id).value
    inv = requests.issue_request(db, a["finance"], req, date(2026, 6, 1)).value

    assert projects.set_payment_plan(db, a["sales"], pid, _specs(_plan(db, pid))).kinds == (
        frozenset()
    )
    with pytest.raises(LedgerError, match=r"Installment 1 \(¥4,000\.00\) has been invoiced"):
        projects.set_payment_plan(
            db,
            a["sales"],
            pid,
            (
                Spec(amount_fen=5_000_00, due_date=date(2026, 7, 31), id=first.id),
                Spec(amount_fen=5_000_00, trigger="report_issued", offset_days=30, id=second.id),
            ),
        )
    with pytest.raises(LedgerError, match="has been invoiced and cannot be removed"):
        projects.set_payment_plan(
            db,
            a["sales"],
            pid,
            (Spec(amount_fen=10_000_00, trigger="report_issued", offset_days=30, id=second.id),),
        )

    # Voided, the line may change again, but the void invoice keeps it in the plan.
    invoices.void_invoice(db, a["finance"], inv.id, "金额开错")
    projects.set_payment_plan(
        db,
        a["sales"],
        pid,
        (
            Spec(amount_fen=5_000_00, due_date=date(2026, 7, 31), id=first.id),
            Spec(amount_fen=5_000_00, trigger="report_issued", offset_days=30, id=second.id),
        ),
    )
    with pytest.raises(LedgerError, match="named by earlier invoices"):
        projects.set_payment_plan(
            db, a["sales"], pid, (Spec(amount_fen=10_000_00, due_date=date(2026, 7, 31)),)
        )
    _sound(db)


def test_a_plan_line_of_another_project_or_save_is_refused(team):
    db, a, _, normal = team
    pid = _project(db, a, normal)
    other = _project(db, a, normal, "另一个项目")
    projects.set_payment_plan(
        db, a["sales"], other, (Spec(share_bp=10_000, trigger="report_issued"),)
    )
    [foreign] = _plan(db, other)
    with pytest.raises(LedgerError, match="changed on another PC"):
        projects.set_payment_plan(
            db, a["sales"], pid, (Spec(share_bp=10_000, trigger="report_issued", id=foreign.id),)
        )


def test_a_plan_by_shares_follows_the_contract_amount(team):
    db, a, _, normal = team
    pid = _project(db, a, normal, contract_fen=False)
    projects.set_payment_plan(
        db,
        a["sales"],
        pid,
        (
            Spec(share_bp=3333, trigger="contract_signed"),
            Spec(share_bp=3333, trigger="samples_received"),
            Spec(share_bp=3334, trigger="report_issued", offset_days=30),
        ),
    )
    assert [r.amount_fen for r in _plan(db, pid)] == [3_333_00, 3_333_00, 3_334_00]
    # Revised quote, then a contract below it: the plan follows, to the fen.
    projects.quote(db, a["sales"], pid, (projects.QuoteLine("全分析", 1_000, 9_000_00),))
    assert [r.amount_fen for r in _plan(db, pid)] == [2_999_70, 2_999_70, 3_000_60]
    signed = projects.sign_contract(db, a["sales"], pid, "HT-8000", 8_000_01, TODAY).value
    assert signed.installments == ((2_666_40, TODAY), (2_666_40, None), (2_667_21, None))
    assert signed.plan_fits and signed.plan_total_fen == 8_000_01
    with db.read() as s:
        follows = s.scalars(
            select(AuditEntry)
            .where(AuditEntry.action == "project.plan_follows")
            .order_by(AuditEntry.id)
        ).all()
    assert len(follows) == 2
    _sound(db)


def test_a_plan_by_amounts_that_no_longer_fits_the_contract_says_so(team):
    db, a, _, normal = team
    pid = _project(db, a, normal, contract_fen=False)
    projects.set_payment_plan(
        db,
        a["sales"],
        pid,
        (
            Spec(amount_fen=5_000_00, due_date=date(2026, 7, 31)),
            Spec(amount_fen=5_000_00, due_date=date(2026, 8, 31)),
        ),
    )
    signed = projects.sign_contract(db, a["sales"], pid, "HT-8000", 8_000_00, TODAY).value
    assert signed.installments == ((5_000_00, date(2026, 7, 31)), (5_000_00, date(2026, 8, 31)))
    assert not signed.plan_fits and signed.plan_total_fen == 10_000_00
    # Saved again as it is, it is refused against the contract now.
    with pytest.raises(Exception, match=r"add up to ¥10,000\.00, the contract is ¥8,000\.00"):
        projects.set_payment_plan(db, a["sales"], pid, _specs(_plan(db, pid)))


def _overdue_elsewhere(db, customer_id, amount_fen, issued):
    with db.write() as s:
        customer = s.get(Customer, customer_id)
        return factories.invoice(s, customer, amount_fen, issued, terms=30).id


def test_a_customer_on_credit_hold_gets_no_report_until_the_project_is_paid(team):
    db, a, _, normal = team
    pid = _project(db, a, normal, contract_fen=8_000_00)
    projects.advance(db, a["technician"], pid, "report_issued", date(2026, 6, 10))
    # The regular tier holds at 60 days overdue: due 2026-03-02, 120 days overdue today.
    _overdue_elsewhere(db, normal, 1_500_00, date(2026, 1, 31))
    with pytest.raises(CreditHoldError, match=r"普通制药有限公司 is on credit hold \(¥1,500\.00"):
        projects.release_report(db, a["technician"], pid, TODAY)
    with db.read() as s:
        check = projects.release_check(s, pid, TODAY)
    assert check.hold is projects.ReleaseHold.CREDIT_HOLD
    assert (check.required_fen, check.paid_fen, check.allowed) == (8_000_00, 0, False)
    with pytest.raises(PermissionDeniedError):
        projects.release_report(db, a["sales"], pid, TODAY, "客户催报告")
    projects.release_report(db, a["manager"], pid, TODAY, "总经理同意先发报告")
    with db.read() as s:
        audit = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "project.release_override")
        ).one()
    assert audit.reason == "总经理同意先发报告"
    assert audit.before["hold"] == "credit_hold" and audit.before["required_fen"] == 8_000_00
    _sound(db)


def test_a_project_paid_in_full_is_released_despite_a_credit_hold(team):
    db, a, _, normal = team
    pid = _project(db, a, normal, contract_fen=8_000_00)
    projects.advance(db, a["technician"], pid, "report_issued", date(2026, 6, 10))
    req = requests.request_invoice(db, a["sales"], pid).value
    inv = requests.issue_request(db, a["finance"], req, date(2026, 6, 11)).value
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(normal, date(2026, 6, 20), inv.amount_fen)
    )
    _overdue_elsewhere(db, normal, 1_500_00, date(2026, 1, 31))
    projects.release_report(db, a["technician"], pid, TODAY)
    assert _audits(db, "project.release") == 1


def test_a_prepayment_that_covers_the_requirement_releases_the_report(team):
    db, a, risky, _ = team
    pid = _project(db, a, risky, contract_fen=8_000_00)
    projects.advance(db, a["technician"], pid, "report_issued", date(2026, 6, 10))
    # Another project of the customer has ¥1,000 open, not yet due.
    other = _overdue_elsewhere(db, risky, 1_000_00, TODAY)
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(risky, date(2026, 6, 20), 8_500_00), "none"
    )
    # ¥8,500 unallocated less the ¥1,000 it would settle first: ¥7,500 counts, short of 8,000.
    with pytest.raises(
        CreditHoldError,
        match=r"credit tier asks for payment in full .* ¥8,000\.00 is required, ¥7,500\.00",
    ):
        projects.release_report(db, a["technician"], pid, TODAY)
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(risky, date(2026, 6, 25), 500_00), "none"
    )
    projects.release_report(db, a["technician"], pid, TODAY)
    assert _audits(db, "project.release") == 1
    with db.read() as s:
        check = projects.release_check(s, pid, TODAY)
    assert check.hold is projects.ReleaseHold.TIER_FULL
    assert (check.required_fen, check.paid_fen, check.credit_fen) == (8_000_00, 0, 8_000_00)
    with db.read() as s:
        assert s.get(Invoice, other).settled_fen == 0
    _sound(db)


def test_the_tier_share_hold_names_the_share(team):
    db, a, _, normal = team
    with db.write() as s:
        factories.tier(s, "regular").prepayment_share_bp = 3000
    pid = _project(db, a, normal, contract_fen=8_000_00)
    projects.advance(db, a["technician"], pid, "report_issued", date(2026, 6, 10))
    with pytest.raises(
        CreditHoldError,
        match=r"credit tier asks for 30% of the contract .* ¥2,400\.00 is required, ¥0\.00",
    ):
        projects.release_report(db, a["technician"], pid, TODAY)
    with db.read() as s:
        assert projects.release_check(s, pid, TODAY).hold is projects.ReleaseHold.TIER_SHARE


def test_an_installment_invoice_falls_due_on_the_installment_date(team):
    db, a, _, normal = team
    pid = _project(db, a, normal)
    projects.set_payment_plan(
        db,
        a["sales"],
        pid,
        (
            Spec(amount_fen=3_000_00, due_date=date(2026, 7, 31)),
            Spec(amount_fen=3_000_00, trigger="contract_signed", offset_days=10),
            Spec(amount_fen=4_000_00, due_date=date(2026, 9, 30)),
        ),
    )
    first, second, third = _plan(db, pid)
    assert second.due_date == date(2026, 5, 14)
    pending = {}
    for row in (first, second, third):
        pending[row.seq] = requests.request_invoice(
            db, a["sales"], pid, installment_id=row.id
        ).value
    # Set and still ahead: the installment's date, not issue date + terms (2026-07-30).
    assert requests.issue_request(db, a["finance"], pending[1], TODAY).value.due_date == date(
        2026, 7, 31
    )
    with db.read() as s:
        rows = {r.installment_seq: r for r in requests.pending_requests(s)}
    assert (rows[2].installment_due_date, rows[3].installment_due_date) == (
        date(2026, 5, 14),
        date(2026, 9, 30),
    )
    # Already passed when invoiced: the customer's terms from the issue date.
    late = requests.issue_request(db, a["finance"], pending[2], TODAY).value
    assert late.due_date == date(2026, 7, 30)
    # A date finance sets wins.
    chosen = requests.issue_request(
        db, a["finance"], pending[3], TODAY, due_date=date(2026, 10, 15)
    ).value
    assert chosen.due_date == date(2026, 10, 15)
    _sound(db)


@pytest.mark.parametrize(
    ("installment_due", "expected"),
    [
        (None, None),
        (date(2026, 6, 29), None),
        (date(2026, 6, 30), date(2026, 6, 30)),
        (date(2026, 7, 31), date(2026, 7, 31)),
    ],
)
def test_the_planned_due_date_rule(installment_due, expected):
    assert requests.planned_due_date(installment_due, TODAY) == expected


def test_a_closed_project_keeps_its_plan(team):
    db, a, _, cid = team
    pid = _project(db, a, cid)
    projects.set_payment_plan(db, a["sales"], pid, TWO_DATES)
    projects.advance(db, a["sales"], pid, "cancelled", TODAY, "客户取消")
    with pytest.raises(LedgerError, match="is closed"):
        projects.set_payment_plan(db, a["sales"], pid, _specs(_plan(db, pid)))
    _sound(db)
