"""坏账核销申请: a write-off waits for a manager other than the one who asked; only the approval
writes it off, re-checking what is open then. Everything is audited and `check` stays clean."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError, PermissionDeniedError, ValidationError
from app.models import AuditEntry, Invoice, WriteOff, WriteOffRequest
from app.services.core.changes import Kind
from app.services.core.check_service import check_database
from app.services.core.context import Actor, system_actor
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from app.services.ledger.write_off_service import (
    approve_write_off,
    cancel_write_off_request,
    pending_write_offs,
    reject_write_off,
    request_write_off,
)
from tests import factories

TODAY = date(2026, 6, 30)
ISSUED = date(2025, 3, 1)


@pytest.fixture
def env(db):
    clock = FixedClock(TODAY)
    with db.write() as s:
        customer = factories.customer(s, "宁波港检测服务有限公司", tier_code="key")
        people = {
            name: factories.user(s, name, role)
            for name, role in (
                ("finance", "finance"),
                ("clerk", "finance"),
                ("boss", "manager"),
                ("deputy", "manager"),
                ("sales", "sales"),
            )
        }
        bad = factories.invoice(s, customer, 1_000_00, ISSUED, number="FP2025000001")
    actors = {
        name: Actor(u.id, u.login, Role(u.role), u.display_name, clock)
        for name, u in people.items()
    }
    return db, actors, bad.id, customer.id


def invoice(db, invoice_id: int) -> Invoice:
    with db.read() as s:
        found = s.get(Invoice, invoice_id)
        assert found is not None
        return found


def request_row(db, request_id: int) -> WriteOffRequest:
    with db.read() as s:
        found = s.get(WriteOffRequest, request_id)
        assert found is not None
        return found


def audit(db) -> list[tuple[str, int | None, str | None]]:
    with db.read() as s:
        return [
            tuple(r)
            for r in s.execute(
                select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.reason)
                .where(AuditEntry.action.like("%write_off%"))
                .order_by(AuditEntry.id)
            )
        ]


def assert_sound(db) -> None:
    with db.read() as s:
        assert check_database(s) == []


def test_the_invoice_stays_open_until_another_manager_approves(env):
    db, a, bad, _ = env
    asked = request_write_off(db, a["finance"], bad, 600_00, TODAY, " 客户破产清算 ")
    assert asked.kinds == frozenset({Kind.WRITE_OFF_REQUESTS})
    assert invoice(db, bad).settled_fen == 0
    with db.read() as s:
        assert s.scalars(select(WriteOff)).all() == []
        [row] = pending_write_offs(s)
    assert (row.id, row.invoice_number, row.amount_fen, row.open_fen) == (
        asked.value,
        "FP2025000001",
        600_00,
        1_000_00,
    )
    assert (row.requested_by_id, row.reason, row.write_off_date) == (
        a["finance"].user_id,
        "客户破产清算",
        TODAY,
    )
    assert_sound(db)

    approved = approve_write_off(db, a["boss"], asked.value)

    assert approved.kinds == frozenset({Kind.WRITE_OFF_REQUESTS, Kind.INVOICES})
    assert invoice(db, bad).settled_fen == 600_00
    req = request_row(db, asked.value)
    assert (req.status, req.decided_by, req.write_off_id) == (
        "approved",
        a["boss"].user_id,
        approved.value,
    )
    with db.read() as s:
        entry = s.get(WriteOff, approved.value)
        assert entry is not None
        assert (entry.amount_fen, entry.approver_id, entry.created_by) == (
            600_00,
            a["boss"].user_id,
            a["finance"].user_id,
        )
        assert pending_write_offs(s) == []
    assert audit(db) == [
        ("write_off_request.create", asked.value, "客户破产清算"),
        ("write_off_request.approve", asked.value, None),
        ("invoice.write_off", approved.value, "客户破产清算"),
    ]
    assert_sound(db)


def test_a_manager_cannot_approve_or_reject_their_own_request(env):
    db, a, bad, _ = env
    asked = request_write_off(db, a["boss"], bad, 300_00, TODAY, "判决无法执行").value
    with pytest.raises(LedgerError, match="another manager must approve or reject it"):
        approve_write_off(db, a["boss"], asked)
    with pytest.raises(LedgerError, match="another manager must approve or reject it"):
        reject_write_off(db, a["boss"], asked, "再等等")
    assert request_row(db, asked).status == "pending"
    assert invoice(db, bad).settled_fen == 0
    approve_write_off(db, a["deputy"], asked)
    assert invoice(db, bad).settled_fen == 300_00
    assert_sound(db)


def test_only_managers_under_their_own_name_decide(env):
    db, a, bad, _ = env
    with pytest.raises(PermissionDeniedError):
        request_write_off(db, a["sales"], bad, 100_00, TODAY, "破产")
    asked = request_write_off(db, a["finance"], bad, 100_00, TODAY, "破产").value
    for who in ("clerk", "sales"):
        with pytest.raises(PermissionDeniedError):
            approve_write_off(db, a[who], asked)
        with pytest.raises(PermissionDeniedError):
            reject_write_off(db, a[who], asked, "不同意")
    # The command line's actor is an administrator without a user: no one to answer for it.
    with pytest.raises(LedgerError, match="under their own name, not by system"):
        approve_write_off(db, system_actor(FixedClock(TODAY)), asked)
    assert request_row(db, asked).status == "pending"
    assert invoice(db, bad).settled_fen == 0


def test_the_requester_withdraws_a_request_while_it_waits(env):
    db, a, bad, _ = env
    asked = request_write_off(db, a["finance"], bad, 100_00, TODAY, "破产").value
    with pytest.raises(LedgerError, match="Only the person who asked"):
        cancel_write_off_request(db, a["clerk"], asked)
    with pytest.raises(LedgerError, match="Only the person who asked"):
        cancel_write_off_request(db, a["boss"], asked)
    cancelled = cancel_write_off_request(db, a["finance"], asked, "已收到部分款项")
    assert cancelled.kinds == frozenset({Kind.WRITE_OFF_REQUESTS})
    req = request_row(db, asked)
    assert (req.status, req.decision_reason, req.decided_by) == (
        "cancelled",
        "已收到部分款项",
        a["finance"].user_id,
    )
    with pytest.raises(LedgerError, match="already cancelled"):
        approve_write_off(db, a["boss"], asked)
    with pytest.raises(LedgerError, match="already cancelled"):
        cancel_write_off_request(db, a["finance"], asked)
    assert invoice(db, bad).settled_fen == 0
    assert audit(db)[-1] == ("write_off_request.cancel", asked, "已收到部分款项")
    assert_sound(db)


def test_a_rejection_needs_a_reason_and_writes_nothing_off(env):
    db, a, bad, _ = env
    asked = request_write_off(db, a["finance"], bad, 100_00, TODAY, "破产").value
    with pytest.raises(ValidationError) as err:
        reject_write_off(db, a["boss"], asked, "  ")
    assert err.value.field == "reason"
    reject_write_off(db, a["boss"], asked, "催收尚未穷尽")
    req = request_row(db, asked)
    assert (req.status, req.decision_reason, req.decided_by, req.write_off_id) == (
        "rejected",
        "催收尚未穷尽",
        a["boss"].user_id,
        None,
    )
    with pytest.raises(LedgerError, match="already rejected"):
        approve_write_off(db, a["deputy"], asked)
    assert invoice(db, bad).settled_fen == 0
    assert audit(db)[-1] == ("write_off_request.reject", asked, "催收尚未穷尽")
    assert_sound(db)


def test_approval_checks_what_is_open_then(env):
    db, a, bad, customer = env
    asked = request_write_off(db, a["finance"], bad, 600_00, TODAY, "破产").value
    # The customer paid half meanwhile: 500 are open, the request asks for 600.
    payments.record_payment(
        db, a["finance"], payments.PaymentInput(customer, TODAY, 500_00), [(bad, 500_00)]
    )
    with pytest.raises(LedgerError, match=r"only ¥500\.00 open now, less than the ¥600\.00"):
        approve_write_off(db, a["boss"], asked)
    assert invoice(db, bad).settled_fen == 500_00
    assert request_row(db, asked).status == "pending"
    reject_write_off(db, a["boss"], asked, "客户已部分付款")
    smaller = request_write_off(db, a["finance"], bad, 500_00, TODAY, "余款坏账").value
    approve_write_off(db, a["boss"], smaller)
    assert invoice(db, bad).settled_fen == 1_000_00
    assert_sound(db)


def test_pending_requests_together_cannot_ask_for_more_than_is_open(env):
    db, a, bad, _ = env
    first = request_write_off(db, a["finance"], bad, 600_00, TODAY, "破产").value
    with pytest.raises(LedgerError, match=r"¥1,000\.00 open and write-offs of ¥600\.00"):
        request_write_off(db, a["clerk"], bad, 400_01, TODAY, "破产")
    with pytest.raises(LedgerError, match=r"only ¥1,000\.00 open"):
        request_write_off(db, a["clerk"], bad, 1_000_01, TODAY, "破产")
    second = request_write_off(db, a["clerk"], bad, 400_00, TODAY, "破产").value
    approve_write_off(db, a["boss"], second)
    approve_write_off(db, a["boss"], first)
    assert invoice(db, bad).settled_fen == 1_000_00
    assert_sound(db)


def test_voiding_the_invoice_withdraws_its_pending_requests(env):
    db, a, bad, _ = env
    asked = request_write_off(db, a["finance"], bad, 100_00, TODAY, "破产").value
    voided = invoices.void_invoice(db, a["clerk"], bad, "抬头错误，重开")
    assert Kind.WRITE_OFF_REQUESTS in voided.kinds
    req = request_row(db, asked)
    assert (req.status, req.decision_reason, req.decided_by) == (
        "cancelled",
        "抬头错误，重开",
        a["clerk"].user_id,
    )
    assert audit(db)[-1] == ("write_off_request.cancel", asked, "抬头错误，重开")
    with pytest.raises(LedgerError, match="already cancelled"):
        approve_write_off(db, a["boss"], asked)
    with pytest.raises(LedgerError, match="void or a red-letter invoice"):
        request_write_off(db, a["finance"], bad, 100_00, TODAY, "破产")
    assert_sound(db)


def test_a_void_without_requests_reports_only_invoices(env):
    db, a, bad, _ = env
    assert invoices.void_invoice(db, a["clerk"], bad, "开错").kinds == frozenset({Kind.INVOICES})


def test_red_letter_invoices_are_not_written_off(env):
    db, a, bad, _ = env
    red = invoices.issue_red_letter(db, a["finance"], bad, 100_00, TODAY, "折让").value
    with pytest.raises(LedgerError, match="void or a red-letter invoice"):
        request_write_off(db, a["finance"], red.id, 100_00, TODAY, "破产")


def test_check_finds_write_offs_that_no_approval_stands_behind(env):
    db, a, bad, _ = env
    asked = request_write_off(db, a["finance"], bad, 100_00, TODAY, "破产").value
    approve_write_off(db, a["boss"], asked)
    assert_sound(db)
    with db.write() as s:
        s.execute(update(WriteOffRequest).values(amount_fen=200_00))
    with db.read() as s:
        assert [p.check for p in check_database(s)] == ["write-off approval"]
    with db.write() as s:
        s.execute(update(WriteOffRequest).values(amount_fen=100_00, status="rejected"))
    with db.read() as s:
        found = [p.detail for p in check_database(s)]
    assert found == [
        f"requests whose write-off is missing, differs or should not exist: {asked}",
        f"write-offs without an approved request: {request_row(db, asked).write_off_id}",
    ]
