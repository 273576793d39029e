"""Two PCs open the same record; the second to save is refused, sees what the first saved,
and nothing of the first save is overwritten: customers, projects, invoices, payments."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import ConcurrentEditError, FieldChange
from app.models import AuditEntry, Customer, Invoice, Payment, Project
from app.services.core.conflicts import invoice_facts, payment_facts, project_facts
from app.services.core.context import Actor
from app.services.customers import customer_edit_service as edit
from app.services.ledger import invoice_service, payment_service
from app.services.projects import project_service
from app.services.projects.project_service import QuoteLine
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def admin(db) -> Actor:
    with db.write() as s:
        boss = factories.user(s, "赵经理", role="admin")
    return Actor(boss.id, boss.login, Role.ADMIN, clock=FixedClock(TODAY))


def _audits(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_customer_edit_after_another_pc_saved_lists_the_fields_and_keeps_theirs(db, admin):
    with db.write() as s:
        c = factories.customer(s, "华测环境检测有限公司")
        cid, tier = c.id, c.tier_id
    form = edit.CustomerInput(name="华测环境检测有限公司", tier_id=tier, code=c.code)
    # PC A saves a new phone number over version 1.
    edit.update_customer(
        db, admin, cid, 1, edit.CustomerInput(**{**form.__dict__, "phone": "0592-5551234"})
    )
    audits = _audits(db)
    # PC B still has version 1 open and changes the notes.
    mine = edit.CustomerInput(**{**form.__dict__, "notes": "由李强跟进"})
    with pytest.raises(ConcurrentEditError) as refused:
        edit.update_customer(db, admin, cid, 1, mine)
    assert set(refused.value.changes) == {
        FieldChange("Phone", "", "0592-5551234"),
        FieldChange("Notes", "由李强跟进", ""),
    }
    with db.read() as s:
        saved = s.get(Customer, cid)
        assert (saved.phone, saved.notes or "", saved.version) == ("0592-5551234", "", 2)
    assert _audits(db) == audits


def test_quote_revision_after_another_pc_signed_is_refused(db, admin):
    with db.write() as s:
        c = factories.customer(s, "厦门海沧检测有限公司")
        cid = c.id
    created = project_service.create_project(
        db,
        admin,
        project_service.ProjectInput(customer_id=cid, title="土壤检测"),
    ).value
    lines = (QuoteLine("重金属", 1000, 500_00),)
    project_service.quote(db, admin, created.id, lines)
    with db.read() as s:
        p = s.get(Project, created.id)
        seen = project_facts(p.stage, p.quoted_amount_fen, p.contract_amount_fen)
    # Another PC revises the quote while this one has the quote form open.
    project_service.quote(db, admin, created.id, (QuoteLine("重金属", 2000, 500_00),))
    with pytest.raises(ConcurrentEditError) as refused:
        project_service.quote(db, admin, created.id, (QuoteLine("有机物", 1000, 80_00),), seen)
    assert refused.value.changes == (FieldChange("Quoted amount", "¥500.00", "¥1,000.00"),)
    with db.read() as s:
        assert s.get(Project, created.id).quoted_amount_fen == 1000_00


def test_void_after_another_pc_applied_a_payment_is_refused(db, admin):
    with db.write() as s:
        c = factories.customer(s, "华测环境检测有限公司")
        inv = factories.invoice(s, c, 300_00, TODAY)
        iid, cid = inv.id, c.id
        seen = invoice_facts(inv.status, inv.amount_fen, inv.settled_fen)
    payment_service.record_payment(
        db, admin, payment_service.PaymentInput(cid, TODAY, 100_00), "auto"
    )
    with pytest.raises(ConcurrentEditError) as refused:
        invoice_service.void_invoice(db, admin, iid, "开错抬头", seen=seen)
    assert refused.value.changes == (FieldChange("Applied", "¥0.00", "¥100.00"),)
    with db.read() as s:
        assert s.get(Invoice, iid).status == "issued"


def test_reverse_after_another_pc_reversed_is_refused(db, admin):
    with db.write() as s:
        c = factories.customer(s, "华测环境检测有限公司")
        pay = factories.payment(s, c, 200_00, TODAY)
        pid = pay.id
        seen = payment_facts(pay.status, pay.amount_fen, pay.allocated_fen)
    payment_service.reverse_payment(db, admin, pid, "重复登记", seen)
    audits = _audits(db)
    with pytest.raises(ConcurrentEditError) as refused:
        payment_service.reverse_payment(db, admin, pid, "客户退款", seen)
    assert refused.value.changes == (FieldChange("Status", "active", "reversed"),)
    assert _audits(db) == audits
    with db.read() as s:
        assert s.get(Payment, pid).status == "reversed"


def test_an_unchanged_record_is_saved_as_the_form_saw_it(db, admin):
    with db.write() as s:
        c = factories.customer(s, "华测环境检测有限公司")
        pay = factories.payment(s, c, 200_00, TODAY)
        pid = pay.id
        seen = payment_facts(pay.status, pay.amount_fen, pay.allocated_fen)
    payment_service.reverse_payment(db, admin, pid, "重复登记", seen)
    with db.read() as s:
        assert s.get(Payment, pid).status == "reversed"
