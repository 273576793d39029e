"""Payment history, scores and tier proposals built from real invoices and payments: the
app proposes, a manager decides, nothing changes a tier silently."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError, PermissionDeniedError
from app.models import AuditEntry, Customer, TierProposal
from app.services.core.context import Actor
from app.services.credit import credit_score_service as scoring
from app.services.ledger import invoice_service as invoices
from app.services.ledger import payment_service as payments
from tests import factories

TODAY = date(2026, 6, 30)


@pytest.fixture
def env(db):
    with db.write() as s:
        people = {r: factories.user(s, r, role=r) for r in ("sales", "finance", "manager")}
        # Key accounts: credit control stays out of the way of building histories.
        late = factories.customer(s, "昆山五金制品有限公司", tier_code="key")
        late.since = date(2024, 1, 1)
        punctual = factories.customer(s, "张家港化工有限公司")
        punctual.since = date(2024, 1, 1)
    clock = FixedClock(TODAY)
    actors = {r: Actor(u.id, u.login, Role(r), clock=clock) for r, u in people.items()}
    return db, actors, late.id, punctual.id


def _invoice(db, a, cid, amount, issued, terms=30):
    data = invoices.InvoiceInput(cid, amount, issued, due_date=issued + timedelta(days=terms))
    return invoices.issue_invoice(db, a["finance"], data).value


def _pay(db, a, cid, amount, on, invoice_id):
    data = payments.PaymentInput(cid, on, amount)
    payments.record_payment(db, a["finance"], data, [(invoice_id, amount)])


def _set_tier(db, cid, code):
    with db.write() as s:
        s.get(Customer, cid).tier_id = factories.tier(s, code).id


def _paid_late(db, a, cid, n, start=date(2026, 1, 5), days_late=40, amount=1_000_00):
    for k in range(n):
        issued = start + timedelta(days=7 * k)
        inv = _invoice(db, a, cid, amount, issued)
        _pay(db, a, cid, amount, issued + timedelta(days=30 + days_late), inv.id)


def test_history_counts_late_settlements_weighted_by_amount(env):
    db, a, cid, _ = env
    small = _invoice(db, a, cid, 100_00, date(2026, 1, 1))  # due 01-31
    big = _invoice(db, a, cid, 900_00, date(2026, 2, 1))  # due 03-03
    on_time = _invoice(db, a, cid, 1_000_00, date(2026, 3, 1))  # due 03-31
    _pay(db, a, cid, 100_00, date(2026, 2, 10), small.id)  # 10 days late
    _pay(db, a, cid, 400_00, date(2026, 3, 1), big.id)
    _pay(db, a, cid, 500_00, date(2026, 3, 23), big.id)  # settled 20 days late
    _pay(db, a, cid, 1_000_00, date(2026, 3, 31), on_time.id)  # on the due date
    overdue = _invoice(db, a, cid, 300_00, date(2026, 4, 1))  # due 05-01, unpaid
    _pay(db, a, cid, 100_00, date(2026, 5, 20), overdue.id)
    _invoice(db, a, cid, 700_00, date(2026, 6, 15))  # not yet due
    with db.read() as s:
        h = scoring.payment_history(s, cid, TODAY)
    assert (h.settled_count, h.settled_late_count) == (3, 2)
    # (100 x 10 + 900 x 20 + 1000 x 0) / 2000 = 9.5 -> 10
    assert h.avg_days_late == 10
    assert (h.open_fen, h.overdue_fen) == (900_00, 200_00)
    assert h.invoiced_fen == 3_000_00
    assert h.late_streak == 0  # the latest settled invoice was paid on time
    assert h.days_since_late == (TODAY - date(2026, 3, 23)).days
    assert h.tenure_days == (TODAY - date(2024, 1, 1)).days


def test_history_as_of_a_past_date_ignores_what_came_later(env):
    db, a, cid, _ = env
    inv = _invoice(db, a, cid, 500_00, date(2026, 1, 1))  # due 01-31
    _pay(db, a, cid, 500_00, date(2026, 3, 1), inv.id)
    _invoice(db, a, cid, 200_00, date(2026, 4, 1))
    with db.read() as s:
        before = scoring.payment_history(s, cid, date(2026, 2, 15))
        after = scoring.payment_history(s, cid, TODAY)
    assert (before.settled_count, before.open_fen, before.overdue_fen) == (0, 500_00, 500_00)
    assert before.invoiced_fen == 500_00
    assert (after.settled_count, after.settled_late_count, after.invoiced_fen) == (1, 1, 700_00)


def test_write_offs_and_red_letters_settle_invoices_in_the_history(env):
    db, a, cid, _ = env
    bad = _invoice(db, a, cid, 1_000_00, date(2026, 1, 1))
    _pay(db, a, cid, 400_00, date(2026, 2, 1), bad.id)
    factories.written_off(db, a["finance"], a["manager"], bad.id, 600_00, date(2026, 5, 1), "破产")
    credited = _invoice(db, a, cid, 800_00, date(2026, 5, 1))
    invoices.issue_red_letter(db, a["finance"], credited.id, 800_00, date(2026, 5, 2), "开错")
    with db.read() as s:
        h = scoring.payment_history(s, cid, TODAY)
    assert h.written_off_fen == 600_00 and h.days_since_write_off == 60
    assert (h.open_fen, h.overdue_fen) == (0, 0)
    assert h.invoiced_fen == 1_000_00  # the red-letter invoice cancels its original
    assert (h.settled_count, h.settled_late_count) == (1, 1)  # the credited one was not paid


def test_the_late_streak_counts_payments_over_a_month_late_since_the_last_that_was_not(env):
    db, a, cid, _ = env
    _paid_late(db, a, cid, 2, start=date(2025, 10, 1), days_late=40)
    _paid_late(db, a, cid, 1, start=date(2025, 12, 1), days_late=10)  # late, but not by much
    _paid_late(db, a, cid, 2, start=date(2026, 1, 5), days_late=31)
    with db.read() as s:
        h = scoring.payment_history(s, cid, TODAY)
    assert (h.settled_count, h.settled_late_count, h.late_streak) == (5, 5, 2)


def test_histories_of_all_customers_match_each_ones_own(env):
    db, a, late, punctual = env
    _paid_late(db, a, late, 4)
    inv = _invoice(db, a, punctual, 500_00, date(2026, 5, 1))
    _pay(db, a, punctual, 500_00, date(2026, 5, 10), inv.id)
    with db.read() as s:
        everyone = scoring.payment_histories(s, TODAY)
        assert everyone[late] == scoring.payment_history(s, late, TODAY)
        assert everyone[punctual] == scoring.payment_history(s, punctual, TODAY)
    assert everyone[late].late_streak == 4 and everyone[punctual].settled_late_count == 0


def test_repeated_late_payment_is_proposed_for_high_risk_once(env):
    db, a, late, _ = env
    _paid_late(db, a, late, 3)
    [proposal] = scoring.propose_tier_changes(db, a["manager"], TODAY).value
    assert proposal.customer_id == late
    assert (proposal.from_tier_name, proposal.to_tier_name) == ("大客户", "高风险客户")
    template, params = proposal.reasons[0]
    assert template.format(**params) == (
        "The last 3 settled invoices were each paid more than 30 days late"
    )
    assert proposal.status == "pending"
    # Idempotent: the pending proposal is not made twice; the tier has not moved.
    assert scoring.propose_tier_changes(db, a["manager"], TODAY).value == []
    with db.read() as s:
        assert [p.id for p in scoring.pending_proposals(s)] == [proposal.id]
        assert s.get(Customer, late).tier_id == factories.tier(s, "key").id


def test_only_managers_decide_and_accepting_moves_the_customer_audited(env):
    db, a, late, _ = env
    _paid_late(db, a, late, 3)
    [proposal] = scoring.propose_tier_changes(db, a["manager"], TODAY).value
    with pytest.raises(PermissionDeniedError):
        scoring.decide_proposal(db, a["finance"], proposal.id, True, "同意")
    with pytest.raises(PermissionDeniedError):
        scoring.propose_tier_changes(db, a["sales"], TODAY)
    decided = scoring.decide_proposal(db, a["manager"], proposal.id, True, "连续逾期").value
    assert decided.status == "accepted" and decided.decided_by == "manager"
    with db.read() as s:
        assert s.get(Customer, late).tier_id == factories.tier(s, "high_risk").id
        entry = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "customer.tier_change")
        ).one()
        assert entry.before == {"tier_id": factories.tier(s, "key").id}
        assert entry.after["tier_id"] == factories.tier(s, "high_risk").id
        assert entry.reason == "连续逾期" and entry.user_id == a["manager"].user_id
    with pytest.raises(LedgerError, match="already accepted"):
        scoring.decide_proposal(db, a["manager"], proposal.id, False)


def test_rejecting_keeps_the_tier_and_the_change_is_not_proposed_again_soon(env):
    db, a, late, _ = env
    _paid_late(db, a, late, 3)
    [proposal] = scoring.propose_tier_changes(db, a["manager"], TODAY).value
    scoring.decide_proposal(db, a["manager"], proposal.id, False, "老客户，已沟通")
    with db.read() as s:
        assert s.get(Customer, late).tier_id == factories.tier(s, "key").id
        assert scoring.pending_proposals(s) == []
    assert scoring.propose_tier_changes(db, a["manager"], TODAY).value == []


def test_a_proposal_is_refused_once_the_customer_changed_tier(env):
    db, a, late, _ = env
    _paid_late(db, a, late, 3)
    [proposal] = scoring.propose_tier_changes(db, a["manager"], TODAY).value
    _set_tier(db, late, "regular")
    with pytest.raises(LedgerError, match="changed tier"):
        scoring.decide_proposal(db, a["manager"], proposal.id, True)
    with db.read() as s:
        assert s.get(Customer, late).tier_id == factories.tier(s, "regular").id
        assert s.get(TierProposal, proposal.id).status == "pending"


def test_a_year_of_punctual_payment_proposes_premium(env):
    db, a, _, punctual = env
    for k in range(4):
        issued = date(2025, 3, 1) + timedelta(days=60 * k)
        inv = _invoice(db, a, punctual, 2_000_00, issued)
        _pay(db, a, punctual, 2_000_00, issued + timedelta(days=25), inv.id)
    [proposal] = scoring.propose_tier_changes(db, a["manager"], TODAY).value
    assert (proposal.customer_id, proposal.to_tier_name) == (punctual, "优质客户")
    with db.read() as s:
        assert scoring.customer_score(s, punctual, TODAY).score == 100
