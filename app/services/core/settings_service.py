"""Typed registry of business settings kept in the database, each with its default."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from app.domain.aging import make_buckets
from app.domain.errors import ValidationError
from app.models import Setting
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.permissions import MANAGERS, require

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.core.context import Actor


@dataclass(frozen=True)
class LabProfile:
    """The lab's letterhead and bank details, printed on statements."""

    name: str = ""
    address: str = ""
    phone: str = ""
    tax_id: str = ""
    bank_name: str = ""
    bank_account: str = ""
    contact: str = ""

    @property
    def is_empty(self) -> bool:
        return not self.name.strip()


DEFAULTS: dict[str, Any] = {
    "lab_profile": asdict(LabProfile()),
    "aging_bounds": [30, 60, 90, 180, 365],
    "provision_rates_bp": [500, 1000, 3000, 10000],
    # How many days after today a ledger entry may be dated (see services/core/dates.py).
    # 0 by default: the ledger records what has happened, and a document dated
    # tomorrow would be missing from today's balances although credit control counts it.
    "days_ahead": 0,
}
MAX_DAYS_AHEAD = 31


def get_value(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    return DEFAULTS[key] if row is None else row.value


def set_value(session: Session, actor: Actor, key: str, value: Any) -> None:
    if key not in DEFAULTS:
        raise KeyError(key)
    row = session.get(Setting, key)
    before = None if row is None else row.value
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    record_audit(
        session,
        actor,
        "setting.change",
        "setting",
        None,
        {"key": key, "value": before},
        {"key": key, "value": value},
    )


def get_lab_profile(session: Session) -> LabProfile:
    stored = get_value(session, "lab_profile") or {}
    known = {f.name for f in fields(LabProfile)}
    return LabProfile(**{k: str(v) for k, v in stored.items() if k in known})


def save_lab_profile(db: Database, actor: Actor, profile: LabProfile) -> Changed[LabProfile]:
    if profile.is_empty:
        raise ValidationError("name", "The lab's name is required.")
    cleaned = LabProfile(**{k: str(v).strip() for k, v in asdict(profile).items()})
    with db.write() as session:
        set_value(session, actor, "lab_profile", asdict(cleaned))
    return Changed.of(cleaned, Kind.SETTINGS)


def get_aging_bounds(session: Session) -> list[int]:
    bounds = [int(b) for b in get_value(session, "aging_bounds")]
    make_buckets(bounds)  # raises ValueError for a broken stored value
    return bounds


def get_days_ahead(session: Session) -> int:
    return int(get_value(session, "days_ahead"))


def save_days_ahead(db: Database, actor: Actor, days: int) -> Changed[int]:
    """How far ahead entries may be dated: a manager's decision, audited."""
    require(actor, "change how far ahead entries may be dated", MANAGERS)
    if not 0 <= days <= MAX_DAYS_AHEAD:
        raise ValidationError(
            "days_ahead", "Entries may be dated 0 to {max} days ahead.", max=MAX_DAYS_AHEAD
        )
    with db.write() as session:
        set_value(session, actor, "days_ahead", days)
    return Changed.of(days, Kind.SETTINGS)
