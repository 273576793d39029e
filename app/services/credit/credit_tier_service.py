"""Credit tiers in settings: the four defaults and any the lab adds, each with payment
terms, credit limit, reminder schedule, escalation and hold rules; and the terms that
apply to one customer, whose own overrides win over its tier."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.enums import Role
from app.domain.errors import ConcurrentEditError, LedgerError, NotFoundError, ValidationError
from app.domain.money import check_amount_limit
from app.models import CreditTier, Customer, TierProposal
from app.services.core.audit_service import record_audit
from app.services.core.bootstrap_service import DEFAULT_TIERS
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import MANAGERS, require

MAX_TERMS_DAYS = 365
REMINDER_MIN_DAYS, REMINDER_MAX_DAYS = -90, 365
MAX_SHARE_BP = 10_000
MAX_DAYS = 3650
MAX_NAME = 50
# Credit scoring proposes moves between these by code, so they stay.
BUILT_IN_CODES = frozenset(t["code"] for t in DEFAULT_TIERS)
_CODE = re.compile(r"[a-z][a-z0-9_]{0,31}")


@dataclass(frozen=True)
class TierInput:
    code: str
    name: str
    name_en: str = ""
    payment_terms_days: int = 30
    credit_limit_fen: int = 0
    reminder_days: Sequence[int] = field(default_factory=tuple)
    escalate_to_role: str | None = None
    escalate_after_days: int | None = None
    prepayment_share_bp: int = 0
    overdue_hold_days: int | None = None
    hold_reports_until_paid: bool = False
    stall_days: int = 14
    sort_order: int = 0


@dataclass(frozen=True)
class TierRow:
    id: int
    version: int
    code: str
    name: str
    name_en: str
    sort_order: int
    payment_terms_days: int
    credit_limit_fen: int
    reminder_days: tuple[int, ...]
    escalate_to_role: str | None
    escalate_after_days: int | None
    prepayment_share_bp: int
    overdue_hold_days: int | None
    hold_reports_until_paid: bool
    stall_days: int
    customer_count: int

    @property
    def built_in(self) -> bool:
        return self.code in BUILT_IN_CODES


@dataclass(frozen=True)
class EffectiveTerms:
    """What applies to one customer: the tier's rules with the customer's overrides."""

    customer_id: int
    tier_id: int
    tier_code: str
    tier_name: str
    payment_terms_days: int
    credit_limit_fen: int
    terms_overridden: bool
    limit_overridden: bool
    reminder_days: tuple[int, ...]
    escalate_to_role: str | None
    escalate_after_days: int | None
    prepayment_share_bp: int
    overdue_hold_days: int | None
    hold_reports_until_paid: bool
    stall_days: int


def _int(value: Any, name: str, low: int | None, high: int | None, template: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(name, template, low=low, high=high)
    if (low is not None and value < low) or (high is not None and value > high):
        raise ValidationError(name, template, low=low, high=high)
    return value


def _clean(data: TierInput) -> dict[str, Any]:
    """Validated values ready for the model; every error names its field."""
    code = data.code.strip()
    if not code:
        raise ValidationError("code", "The tier code is required.")
    if not _CODE.fullmatch(code):
        raise ValidationError(
            "code",
            "The tier code {code} must start with a lower-case letter and use only a-z, 0-9 "
            "and _ (at most 32 characters).",
            code=code,
        )
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "The tier name is required.")
    if len(name) > MAX_NAME:
        raise ValidationError("name", "The tier name has more than {max} characters.", max=MAX_NAME)
    if len(data.name_en.strip()) > MAX_NAME:
        raise ValidationError(
            "name_en", "The English tier name has more than {max} characters.", max=MAX_NAME
        )
    values: dict[str, Any] = {"code": code, "name": name, "name_en": data.name_en.strip()}
    values["payment_terms_days"] = _int(
        data.payment_terms_days,
        "payment_terms_days",
        0,
        MAX_TERMS_DAYS,
        "Payment terms must be {low} to {high} days.",
    )
    values["credit_limit_fen"] = _int(
        data.credit_limit_fen, "credit_limit", 0, None, "The credit limit cannot be negative."
    )
    check_amount_limit(
        "credit_limit", values["credit_limit_fen"], "The credit limit cannot be more than {max}."
    )
    days = []
    for day in data.reminder_days:
        days.append(
            _int(
                day,
                "reminder_days",
                REMINDER_MIN_DAYS,
                REMINDER_MAX_DAYS,
                "Reminder days must be whole days from {low} to {high} relative to the due date.",
            )
        )
    values["reminder_days"] = sorted(set(days))
    role = data.escalate_to_role or None
    if role is not None and role not in {r.value for r in Role}:
        raise ValidationError("escalate_to_role", "Unknown role: {role}.", role=role)
    after = data.escalate_after_days
    if role is not None and after is None:
        raise ValidationError("escalate_after_days", "Say after how many days overdue to escalate.")
    if role is None and after is not None:
        raise ValidationError("escalate_to_role", "Choose whom to escalate to.")
    if after is not None:
        _int(
            after,
            "escalate_after_days",
            0,
            MAX_DAYS,
            "Escalation must come {low} to {high} days after the due date.",
        )
    values["escalate_to_role"], values["escalate_after_days"] = role, after
    values["prepayment_share_bp"] = _int(
        data.prepayment_share_bp,
        "prepayment_share",
        0,
        MAX_SHARE_BP,
        "The prepayment share must be between 0% and 100%.",
    )
    hold = data.overdue_hold_days
    if hold is not None:
        _int(
            hold,
            "overdue_hold_days",
            0,
            MAX_DAYS,
            "The credit hold must start {low} to {high} days after the due date.",
        )
    values["overdue_hold_days"] = hold
    values["hold_reports_until_paid"] = bool(data.hold_reports_until_paid)
    values["stall_days"] = _int(
        data.stall_days,
        "stall_days",
        1,
        MAX_DAYS,
        "A project stalls after {low} to {high} days without moving.",
    )
    values["sort_order"] = _int(
        data.sort_order, "sort_order", None, None, "The sort order must be a whole number."
    )
    return values


def _check_unique(session: Session, values: dict[str, Any], tier_id: int | None) -> None:
    others = select(CreditTier.code, CreditTier.name).where(
        or_(CreditTier.code == values["code"], CreditTier.name == values["name"])
    )
    if tier_id is not None:
        others = others.where(CreditTier.id != tier_id)
    for code, name in session.execute(others):
        if code == values["code"]:
            raise ValidationError("code", "Tier code {code} is already used.", code=code)
        if name == values["name"]:
            raise ValidationError("name", "A tier named {name} already exists.", name=name)


def _snapshot(tier: CreditTier) -> dict[str, Any]:
    return {
        c: getattr(tier, c)
        for c in (
            "code",
            "name",
            "name_en",
            "sort_order",
            "payment_terms_days",
            "credit_limit_fen",
            "reminder_days",
            "escalate_to_role",
            "escalate_after_days",
            "prepayment_share_bp",
            "overdue_hold_days",
            "hold_reports_until_paid",
            "stall_days",
        )
    }


def list_tiers(session: Session) -> list[TierRow]:
    """Every tier in display order, with how many customers it has."""
    counts = {
        tier_id: count
        for tier_id, count in session.execute(
            select(Customer.tier_id, func.count()).group_by(Customer.tier_id)
        )
    }
    tiers = session.scalars(select(CreditTier).order_by(CreditTier.sort_order, CreditTier.id))
    return [_row(t, counts.get(t.id, 0)) for t in tiers]


def get_tier(session: Session, tier_id: int) -> TierRow:
    tier = session.get(CreditTier, tier_id)
    if tier is None:
        raise NotFoundError(entity="Credit tier", key=tier_id)
    count = session.scalar(
        select(func.count()).select_from(Customer).where(Customer.tier_id == tier_id)
    )
    return _row(tier, count or 0)


def _row(tier: CreditTier, customer_count: int) -> TierRow:
    return TierRow(
        id=tier.id,
        version=tier.version,
        code=tier.code,
        name=tier.name,
        name_en=tier.name_en or "",
        sort_order=tier.sort_order,
        payment_terms_days=tier.payment_terms_days,
        credit_limit_fen=tier.credit_limit_fen,
        reminder_days=tuple(tier.reminder_days or ()),
        escalate_to_role=tier.escalate_to_role,
        escalate_after_days=tier.escalate_after_days,
        prepayment_share_bp=tier.prepayment_share_bp,
        overdue_hold_days=tier.overdue_hold_days,
        hold_reports_until_paid=bool(tier.hold_reports_until_paid),
        stall_days=tier.stall_days,
        customer_count=customer_count,
    )


def create_tier(db: Database, actor: Actor, data: TierInput) -> Changed[int]:
    require(actor, "edit credit tiers", MANAGERS)
    values = _clean(data)
    with db.write() as session:
        _check_unique(session, values, None)
        tier = CreditTier(**values)
        session.add(tier)
        session.flush()
        record_audit(session, actor, "tier.create", "credit_tier", tier.id, None, _snapshot(tier))
        return Changed.of(tier.id, Kind.TIERS)


def update_tier(
    db: Database, actor: Actor, tier_id: int, version: int, data: TierInput
) -> Changed[None]:
    """``version`` is the one the form loaded; a newer one means someone else saved first.
    The codes of the default tiers stay, as credit scoring refers to them."""
    require(actor, "edit credit tiers", MANAGERS)
    values = _clean(data)
    with db.write() as session:
        tier = session.get(CreditTier, tier_id, with_for_update=True)
        if tier is None:
            raise NotFoundError(entity="Credit tier", key=tier_id)
        if tier.version != version:
            raise ConcurrentEditError(entity="Credit tier", key=tier.name)
        if tier.code in BUILT_IN_CODES and values["code"] != tier.code:
            raise ValidationError(
                "code", "The code of the default tier {name} cannot change.", name=tier.name
            )
        _check_unique(session, values, tier_id)
        before = _snapshot(tier)
        for key, value in values.items():
            setattr(tier, key, value)
        session.flush()
        record_audit(session, actor, "tier.update", "credit_tier", tier.id, before, _snapshot(tier))
    return Changed.of(None, Kind.TIERS)


def delete_tier(db: Database, actor: Actor, tier_id: int) -> Changed[None]:
    """Only a tier the lab added, that no customer uses and no proposal refers to."""
    require(actor, "edit credit tiers", MANAGERS)
    with db.write() as session:
        tier = session.get(CreditTier, tier_id, with_for_update=True)
        if tier is None:
            raise NotFoundError(entity="Credit tier", key=tier_id)
        if tier.code in BUILT_IN_CODES:
            raise LedgerError(
                "{name} is a default tier and cannot be deleted; edit it instead.",
                name=tier.name,
            )
        used = (
            session.scalar(
                select(func.count()).select_from(Customer).where(Customer.tier_id == tier_id)
            )
            or 0
        )
        if used:
            raise LedgerError(
                "{count} customers are in the tier {name}; move them to another tier first.",
                count=used,
                name=tier.name,
            )
        proposals = (
            session.scalar(
                select(func.count())
                .select_from(TierProposal)
                .where(
                    or_(TierProposal.from_tier_id == tier_id, TierProposal.to_tier_id == tier_id)
                )
            )
            or 0
        )
        if proposals:
            raise LedgerError(
                "{count} tier-change proposals refer to the tier {name}, so it stays in the "
                "history.",
                count=proposals,
                name=tier.name,
            )
        before = _snapshot(tier)
        session.delete(tier)
        session.flush()
        record_audit(session, actor, "tier.delete", "credit_tier", tier_id, before, None)
    return Changed.of(None, Kind.TIERS)


def effective_terms(session: Session, customer_id: int) -> EffectiveTerms:
    row = session.execute(
        select(Customer, CreditTier)
        .join(CreditTier, CreditTier.id == Customer.tier_id)
        .where(Customer.id == customer_id)
    ).first()
    if row is None:
        raise NotFoundError(entity="Customer", key=customer_id)
    customer, tier = row
    terms = customer.payment_terms_override_days
    limit = customer.credit_limit_override_fen
    return EffectiveTerms(
        customer_id=customer.id,
        tier_id=tier.id,
        tier_code=tier.code,
        tier_name=tier.name,
        payment_terms_days=tier.payment_terms_days if terms is None else terms,
        credit_limit_fen=tier.credit_limit_fen if limit is None else limit,
        terms_overridden=terms is not None,
        limit_overridden=limit is not None,
        reminder_days=tuple(tier.reminder_days or ()),
        escalate_to_role=tier.escalate_to_role,
        escalate_after_days=tier.escalate_after_days,
        prepayment_share_bp=tier.prepayment_share_bp,
        overdue_hold_days=tier.overdue_hold_days,
        hold_reports_until_paid=bool(tier.hold_reports_until_paid),
        stall_days=tier.stall_days,
    )
