"""Records every database needs: the four default credit tiers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.db.migrate import take_setup_lock
from app.models import CreditTier
from app.services.core.changes import Changed, Kind
from app.services.reminders.schedule import DEFAULT_SCHEDULES

if TYPE_CHECKING:
    from app.db.session import Database

YUAN = 100

DEFAULT_TIERS: tuple[dict[str, Any], ...] = (  # keyword arguments for CreditTier
    dict(
        code="key",
        reminder_schedule=DEFAULT_SCHEDULES["key"],
        name="大客户",
        name_en="Key account",
        sort_order=1,
        payment_terms_days=60,
        credit_limit_fen=5_000_000 * YUAN,
        reminder_days=[-7, 0, 15, 30, 60],
        escalate_to_role="manager",
        escalate_after_days=60,
        prepayment_share_bp=0,
        overdue_hold_days=180,
        hold_reports_until_paid=False,
        stall_days=21,
    ),
    dict(
        code="premium",
        reminder_schedule=DEFAULT_SCHEDULES["premium"],
        name="优质客户",
        name_en="Premium",
        sort_order=2,
        payment_terms_days=45,
        credit_limit_fen=1_000_000 * YUAN,
        reminder_days=[-7, 0, 7, 15, 30],
        escalate_to_role="manager",
        escalate_after_days=45,
        prepayment_share_bp=0,
        overdue_hold_days=90,
        hold_reports_until_paid=False,
        stall_days=14,
    ),
    dict(
        code="regular",
        reminder_schedule=DEFAULT_SCHEDULES["regular"],
        name="普通客户",
        name_en="Regular",
        sort_order=3,
        payment_terms_days=30,
        credit_limit_fen=200_000 * YUAN,
        reminder_days=[-7, 0, 7, 15, 30],
        escalate_to_role="manager",
        escalate_after_days=30,
        prepayment_share_bp=0,
        overdue_hold_days=60,
        hold_reports_until_paid=False,
        stall_days=14,
    ),
    dict(
        code="high_risk",
        reminder_schedule=DEFAULT_SCHEDULES["high_risk"],
        name="高风险客户",
        name_en="High risk",
        sort_order=4,
        payment_terms_days=15,
        credit_limit_fen=20_000 * YUAN,
        reminder_days=[-3, 0, 3, 7, 15],
        escalate_to_role="manager",
        escalate_after_days=15,
        prepayment_share_bp=5000,
        overdue_hold_days=0,
        hold_reports_until_paid=True,
        stall_days=7,
    ),
)


def ensure_defaults(db: Database) -> Changed[None]:
    """Idempotent: adds the default tiers only to a database that has no tiers at all."""
    with db.read() as session:
        if session.scalar(select(func.count()).select_from(CreditTier)):
            return Changed.of(None)
    with db.write() as session:
        # Another process opening a new database at the same moment adds them too.
        take_setup_lock(session.connection())
        if session.scalar(select(func.count()).select_from(CreditTier)):
            return Changed.of(None)
        session.add_all(CreditTier(**t) for t in DEFAULT_TIERS)
    return Changed.of(None, Kind.TIERS)
