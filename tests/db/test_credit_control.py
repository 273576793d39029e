"""Credit control lives in services, so every path obeys it; the loopholes other systems
had are tested here."""

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import CreditHoldError, LedgerError, PermissionDeniedError
from app.models import AuditEntry, Customer
from app.services.core.context import Actor
from app.services.credit.credit_control_service import credit_position
from app.services.ledger import invoice_service as invoices
from app.services.projects import project_service as projects
from tests import factories

TODAY = date(2026, 6, 30)
LIMIT = 100_000_00  # ¥100,000.00


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "finance", "manager")}
        c = factories.customer(s, "常州精细化工有限公司")
        c.credit_limit_override_fen = LIMIT
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, c.id


def _project(db, a, cid, amount):
    p = projects.create_project(
        db,
        a["sales"],
        projects.ProjectInput(
            cid,
            "检测",
            lines=(projects.QuoteLine("综合检测", 1000, amount),),
            opened_on=date(2026, 6, 1),
        ),
    ).value
    return p.id


def _invoice(db, actor, cid, amount, issued=TODAY, **kw):
    return invoices.issue_invoice(db, actor, invoices.InvoiceInput(cid, amount, issued, **kw)).value


def test_invoice_over_the_limit_is_refused_with_the_figures(env):
    db, a, cid = env
    _invoice(db, a["finance"], cid, 70_000_00)
    with pytest.raises(CreditHoldError) as refused:
        _invoice(db, a["finance"], cid, 30_000_01)
    text = refused.value.message
    assert "¥100,000.01" in text and "¥100,000.00" in text and "¥30,000.01" in text
    _invoice(db, a["finance"], cid, 30_000_00)  # exactly at the limit is fine


def test_only_a_manager_overrides_and_the_override_is_audited(env):
    db, a, cid = env
    _invoice(db, a["finance"], cid, 90_000_00)
    with pytest.raises(PermissionDeniedError):
        _invoice(db, a["finance"], cid, 20_000_00, credit_override_reason="老客户")
    _invoice(db, a["manager"], cid, 20_000_00, credit_override_reason="总经理批准，月底回款")
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "credit.override")).one()
    assert entry.reason == "总经理批准，月底回款" and entry.user_id == a["manager"].user_id
    assert "¥110,000.00" in entry.before["refusals"][0]


def test_anything_overdue_past_the_tier_threshold_holds_even_small_invoices(env):
    db, a, cid = env
    _invoice(db, a["finance"], cid, 100_00, issued=date(2026, 3, 1))  # due 03-31, 91 days
    with pytest.raises(CreditHoldError, match="overdue more than 60 days"):
        _invoice(db, a["finance"], cid, 1)


def test_a_second_contract_counts_the_first_signed_one(env):
    db, a, cid = env
    first, second = _project(db, a, cid, 80_000_00), _project(db, a, cid, 30_000_00)
    projects.sign_contract(db, a["sales"], first, "HT-1", None, TODAY)
    with pytest.raises(CreditHoldError, match=r"contracts not yet invoiced ¥80,000\.00"):
        projects.sign_contract(db, a["sales"], second, "HT-2", None, TODAY)


def test_invoicing_signed_work_is_not_counted_twice(env):
    db, a, cid = env
    pid = _project(db, a, cid, 80_000_00)
    projects.sign_contract(db, a["sales"], pid, "HT-1", None, TODAY)
    _invoice(db, a["finance"], cid, 80_000_00, project_id=pid)
    with db.read() as s:
        assert credit_position(s, cid, TODAY).used_fen == 80_000_00
    with pytest.raises(CreditHoldError):
        _invoice(db, a["finance"], cid, 20_000_01, project_id=pid)  # beyond the contract


def test_signing_the_same_contract_twice_is_refused(env):
    db, a, cid = env
    pid = _project(db, a, cid, 60_000_00)
    projects.sign_contract(db, a["sales"], pid, "HT-1", None, TODAY)
    with pytest.raises(LedgerError, match="only move forward"):
        projects.sign_contract(db, a["sales"], pid, "HT-1", 90_000_00, TODAY)
    with db.read() as s:
        assert credit_position(s, cid, TODAY).contracted_uninvoiced_fen == 60_000_00


def test_a_cancelled_contract_cannot_be_reopened_and_frees_the_credit(env):
    db, a, cid = env
    pid = _project(db, a, cid, 90_000_00)
    projects.sign_contract(db, a["sales"], pid, "HT-1", None, TODAY)
    projects.advance(db, a["sales"], pid, "cancelled", TODAY, "客户取消")
    with pytest.raises(LedgerError, match="closed"):
        projects.sign_contract(db, a["manager"], pid, "HT-1", None, TODAY)
    with pytest.raises(LedgerError, match="closed"):
        projects.advance(db, a["manager"], pid, "testing", TODAY)
    other = _project(db, a, cid, 90_000_00)
    projects.sign_contract(db, a["sales"], other, "HT-2", None, TODAY)
    with db.read() as s:
        assert s.get(Customer, cid).archived is False
