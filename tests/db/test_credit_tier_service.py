"""Credit tiers in settings: defaults, editing with validation, deleting, and the terms
that apply to a customer."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import (
    ConcurrentEditError,
    LedgerError,
    PermissionDeniedError,
    ValidationError,
)
from app.models import AuditEntry
from app.services.core.context import Actor
from app.services.credit import credit_tier_service as tiers
from app.services.credit.credit_tier_service import TierInput
from tests import factories

GOVERNMENT = TierInput(
    code="government",
    name="政府客户",
    name_en="Government",
    payment_terms_days=90,
    credit_limit_fen=3_000_000_00,
    reminder_days=(30, 0, -7, 30),
    escalate_to_role="manager",
    escalate_after_days=90,
    prepayment_share_bp=0,
    overdue_hold_days=None,
    hold_reports_until_paid=False,
    stall_days=30,
    sort_order=5,
)


@pytest.fixture
def env(db):
    with db.write() as s:
        boss = factories.user(s, "钱经理", role="manager")
        clerk = factories.user(s, "赵会计", role="finance")
    clock = FixedClock(date(2026, 6, 30))
    return (
        db,
        Actor(boss.id, boss.login, Role.MANAGER, clock=clock),
        Actor(clerk.id, clerk.login, Role.FINANCE, clock=clock),
    )


def test_the_four_default_tiers_come_in_order_with_their_customer_counts(env):
    db, _, _ = env
    with db.write() as s:
        factories.customer(s, "甲公司", tier_code="premium")
        factories.customer(s, "乙公司", tier_code="premium")
    with db.read() as s:
        rows = tiers.list_tiers(s)
    assert [(r.name, r.customer_count) for r in rows] == [
        ("大客户", 0),
        ("优质客户", 2),
        ("普通客户", 0),
        ("高风险客户", 0),
    ]
    assert rows[3].reminder_days == (-3, 0, 3, 7, 15) and rows[3].hold_reports_until_paid


def test_a_manager_adds_a_tier_and_it_is_audited(env):
    db, boss, _ = env
    tier_id = tiers.create_tier(db, boss, GOVERNMENT).value
    with db.read() as s:
        row = tiers.get_tier(s, tier_id)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "tier.create")).one()
    assert row.reminder_days == (-7, 0, 30)  # sorted, each day once
    assert row.payment_terms_days == 90 and row.credit_limit_fen == 3_000_000_00
    assert not row.built_in
    assert entry.entity_id == tier_id and entry.after["name"] == "政府客户"


def test_only_managers_edit_tiers(env):
    db, _, clerk = env
    with pytest.raises(PermissionDeniedError):
        tiers.create_tier(db, clerk, GOVERNMENT)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": ""}, "code"),
        ({"code": "Gov Tier"}, "code"),
        ({"name": " "}, "name"),
        ({"payment_terms_days": 366}, "payment_terms_days"),
        ({"payment_terms_days": -1}, "payment_terms_days"),
        ({"credit_limit_fen": -1}, "credit_limit"),
        ({"reminder_days": (-91,)}, "reminder_days"),
        ({"reminder_days": (366,)}, "reminder_days"),
        ({"escalate_to_role": "boss"}, "escalate_to_role"),
        ({"escalate_after_days": None}, "escalate_after_days"),
        ({"escalate_to_role": None}, "escalate_to_role"),
        ({"prepayment_share_bp": 10_001}, "prepayment_share"),
        ({"overdue_hold_days": -1}, "overdue_hold_days"),
        ({"stall_days": 0}, "stall_days"),
        ({"code": "regular"}, "code"),
        ({"name": "普通客户"}, "name"),
    ],
)
def test_a_bad_tier_is_refused_naming_the_field(env, changes, field):
    db, boss, _ = env
    with pytest.raises(ValidationError) as refused:
        tiers.create_tier(db, boss, replace(GOVERNMENT, **changes))
    assert refused.value.field == field
    with db.read() as s:
        assert len(tiers.list_tiers(s)) == 4


def test_editing_a_tier_from_a_stale_form_is_refused(env):
    db, boss, _ = env
    with db.read() as s:
        regular = next(t for t in tiers.list_tiers(s) if t.code == "regular")
    data = replace(GOVERNMENT, code="regular", name="普通客户", payment_terms_days=45)
    tiers.update_tier(db, boss, regular.id, regular.version, data)
    with pytest.raises(ConcurrentEditError):
        tiers.update_tier(db, boss, regular.id, regular.version, replace(data, stall_days=9))
    with db.read() as s:
        row = tiers.get_tier(s, regular.id)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "tier.update")).one()
    assert row.payment_terms_days == 45 and row.stall_days == 30
    assert (entry.before["payment_terms_days"], entry.after["payment_terms_days"]) == (30, 45)


def test_the_code_of_a_default_tier_stays(env):
    db, boss, _ = env
    with db.read() as s:
        premium = next(t for t in tiers.list_tiers(s) if t.code == "premium")
    with pytest.raises(ValidationError) as refused:
        tiers.update_tier(db, boss, premium.id, premium.version, replace(GOVERNMENT, name="A"))
    assert refused.value.field == "code"


def test_a_tier_in_use_cannot_be_deleted_and_says_how_many_customers_use_it(env):
    db, boss, _ = env
    tier_id = tiers.create_tier(db, boss, GOVERNMENT).value
    with db.write() as s:
        for name in ("市环保局", "区水务局", "市疾控中心"):
            factories.customer(s, name, tier_code="government")
    with pytest.raises(LedgerError, match="3 customers"):
        tiers.delete_tier(db, boss, tier_id)
    with db.read() as s:
        regular = next(t for t in tiers.list_tiers(s) if t.code == "regular")
    with pytest.raises(LedgerError, match="default tier"):
        tiers.delete_tier(db, boss, regular.id)


def test_an_unused_tier_is_deleted(env):
    db, boss, _ = env
    tier_id = tiers.create_tier(db, boss, GOVERNMENT).value
    tiers.delete_tier(db, boss, tier_id)
    with db.read() as s:
        assert [t.code for t in tiers.list_tiers(s)] == ["key", "premium", "regular", "high_risk"]
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "tier.delete")).one()


def test_the_customers_own_terms_win_over_the_tier(env):
    db, _, _ = env
    with db.write() as s:
        plain = factories.customer(s, "嘉兴电子有限公司", tier_code="high_risk")
        special = factories.customer(s, "湖州建材有限公司", tier_code="high_risk")
        special.payment_terms_override_days = 45
        special.credit_limit_override_fen = 80_000_00
    with db.read() as s:
        tier_terms = tiers.effective_terms(s, plain.id)
        own = tiers.effective_terms(s, special.id)
    assert (tier_terms.payment_terms_days, tier_terms.credit_limit_fen) == (15, 20_000_00)
    assert not tier_terms.terms_overridden and not tier_terms.limit_overridden
    assert (own.payment_terms_days, own.credit_limit_fen) == (45, 80_000_00)
    assert own.terms_overridden and own.limit_overridden
    # What only the tier sets still comes from the tier.
    assert own.tier_name == "高风险客户" and own.hold_reports_until_paid
    assert own.prepayment_share_bp == 5000 and own.reminder_days == (-3, 0, 3, 7, 15)
