"""Typed registry of business settings kept in the database, each with its default."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import asdict, dataclass, fields, replace
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy.orm import Session

from app.domain.aging import PROVISION_BUCKETS, make_buckets
from app.domain.errors import ValidationError
from app.domain.money import MAX_AMOUNT_FEN, Money
from app.domain.numbering import DEFAULT_PATTERNS
from app.domain.uscc import normalize_uscc
from app.models import Customer, Setting
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.field_checks import check_length, check_phone, raise_for_uscc
from app.services.core.permissions import FINANCE, MANAGERS, require, require_change

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


@dataclass(frozen=True)
class LabImages:
    """The lab's logo (letterhead) and seal (公章, printed where the lab seals a
    statement or letter), PNG or JPEG; None when not set."""

    logo: bytes | None = None
    seal: bytes | None = None


# PNG and JPEG: what reportlab draws without further libraries.
IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")
MAX_IMAGE_BYTES = 2 * 1024 * 1024

DEFAULTS: dict[str, Any] = {
    "lab_profile": asdict(LabProfile()),
    # Base64 text of each image (settings are JSON).
    "lab_images": {"logo": "", "seal": ""},
    "aging_bounds": [30, 60, 90, 180, 365],
    "provision_rates_bp": [500, 1000, 3000, 10000],
    # How many days after today a ledger entry may be dated (see services/core/dates.py).
    # 0 by default: the ledger records what has happened, and a document dated
    # tomorrow would be missing from today's balances although credit control counts it.
    "days_ahead": 0,
    # Above this amount the forms ask "is that right?" before saving (a slipped zero);
    # distinct from MAX_AMOUNT_FEN, which no document may pass at all.
    "large_amount_fen": 10_000_000_000,
    # Patterns of automatic document numbers per kind (see services/core/numbering_service.py).
    "numbering": dict(DEFAULT_PATTERNS),
    # The salesperson scorecard: weight of each part, and the DSO that scores full marks
    # (see services/reports/performance_service.py).
    "scorecard": {"target": 40, "on_time": 30, "overdue": 20, "dso": 10, "dso_aim_days": 60},
    # The lab's mail server and team-chat robots (app/services/outbound/channel_settings.py);
    # their password and signing secrets are in the OS keyring, never here.
    "smtp": {},
    "team_robots": [],
    # Log-in (app/services/core/auth_service.py): failed log-ins in a row that lock an
    # account and for how many minutes; whether the command line needs --user.
    "login_lockout": {"attempts": 5, "minutes": 15},
    "cli_requires_login": False,
    # Where the daily backups of a SQLite database go ("" the user data folder) and how
    # many are kept (app/services/backup/backup_service.py).
    "backup": {"folder": "", "keep": 14},
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


# The lab's own letterhead fits where a customer's would.
_PROFILE_FIELDS = (
    ("name", "Lab name", Customer.name),
    ("address", "Address", Customer.address),
    ("phone", "Phone", Customer.phone),
    ("bank_name", "Bank", Customer.bank_name),
    ("bank_account", "Bank account", Customer.bank_account),
    ("contact", "Contact person", 100),
)


def save_lab_profile(db: Database, actor: Actor, profile: LabProfile) -> Changed[LabProfile]:
    require_change(actor, "change the lab profile")
    if profile.is_empty:
        raise ValidationError("name", "The lab's name is required.")
    cleaned = LabProfile(**{k: str(v).strip() for k, v in asdict(profile).items()})
    if cleaned.tax_id:
        # The lab's 统一社会信用代码 (printed on statements) is checked like a customer's.
        cleaned = replace(cleaned, tax_id=normalize_uscc(cleaned.tax_id))
        raise_for_uscc("tax_id", cleaned.tax_id)
    for field, label, limit in _PROFILE_FIELDS:
        check_length(field, label, getattr(cleaned, field), limit)
    with db.write() as session:
        stored = get_lab_profile(session)
        check_phone("phone", "Phone", cleaned.phone, stored.phone)
        set_value(session, actor, "lab_profile", asdict(cleaned))
    return Changed.of(cleaned, Kind.SETTINGS)


def get_large_amount_fen(session: Session) -> int:
    """Amounts above this are confirmed in the forms before they are saved."""
    return int(get_value(session, "large_amount_fen"))


def save_large_amount(db: Database, actor: Actor, fen: int) -> Changed[int]:
    require(actor, "change when large amounts are confirmed", FINANCE)
    if not 0 < fen <= MAX_AMOUNT_FEN:
        raise ValidationError(
            "large_amount",
            "The amount to confirm must be above zero and at most {max}.",
            max=Money(MAX_AMOUNT_FEN).format(),
        )
    with db.write() as session:
        if get_large_amount_fen(session) == fen:
            return Changed.of(fen)
        set_value(session, actor, "large_amount_fen", fen)
    return Changed.of(fen, Kind.SETTINGS)


def get_lab_images(session: Session) -> LabImages:
    stored = get_value(session, "lab_images") or {}

    def image(key: str) -> bytes | None:
        text = stored.get(key) or ""
        try:
            return base64.b64decode(text, validate=True) or None
        except (binascii.Error, ValueError):
            return None

    return LabImages(logo=image("logo"), seal=image("seal"))


def save_lab_image(
    db: Database, actor: Actor, which: Literal["logo", "seal"], data: bytes | None
) -> Changed[LabImages]:
    """Set (or with None, remove) the lab's logo or seal image."""
    require(actor, "change the lab profile", FINANCE)
    if data is not None:
        if not data.startswith(IMAGE_SIGNATURES):
            raise ValidationError(which, "The image must be a PNG or JPEG file.")
        if len(data) > MAX_IMAGE_BYTES:
            raise ValidationError(
                which, "The image is larger than {max} MB.", max=MAX_IMAGE_BYTES // 1024 // 1024
            )
    with db.write() as session:
        row = session.get(Setting, "lab_images")
        stored: dict[str, str] = dict(DEFAULTS["lab_images"])
        if row is not None and isinstance(row.value, dict):
            stored.update(row.value)
        before = _digest(stored.get(which) or "")
        stored[which] = base64.b64encode(data).decode("ascii") if data is not None else ""
        if row is None:
            session.add(Setting(key="lab_images", value=stored))
        else:
            row.value = stored
        # The audit log keeps a digest, not a copy of the picture.
        record_audit(
            session,
            actor,
            "setting.change",
            "setting",
            None,
            {"key": f"lab_images.{which}", "sha256": before},
            {"key": f"lab_images.{which}", "sha256": _digest(stored[which])},
        )
        session.flush()
        images = get_lab_images(session)
    return Changed.of(images, Kind.SETTINGS)


def _digest(text: str) -> str | None:
    return hashlib.sha256(text.encode("ascii")).hexdigest() if text else None


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


# The aging report shows one column per bucket: a handful is what fits a page.
MAX_AGING_BOUNDS = 10
MAX_AGING_DAYS = 3650


@dataclass(frozen=True)
class AgingSettings:
    """Upper bounds in days of the aging buckets between "current" and the open-ended last
    one, and the bad-debt provision rate (basis points) of each accounting age band."""

    bounds: tuple[int, ...]
    provision_rates_bp: tuple[int, ...]


def get_aging_settings(session: Session) -> AgingSettings:
    return AgingSettings(
        tuple(get_aging_bounds(session)),
        tuple(int(r) for r in get_value(session, "provision_rates_bp")),
    )


def default_aging_settings() -> AgingSettings:
    return AgingSettings(tuple(DEFAULTS["aging_bounds"]), tuple(DEFAULTS["provision_rates_bp"]))


def _check_aging_settings(settings: AgingSettings) -> None:
    bounds = settings.bounds
    if not bounds:
        raise ValidationError("aging_bounds", "Aging buckets: give at least one bound in days.")
    if len(bounds) > MAX_AGING_BOUNDS:
        raise ValidationError(
            "aging_bounds", "Aging buckets: at most {max} bounds.", max=MAX_AGING_BOUNDS
        )
    previous = 0
    for bound in bounds:
        if not isinstance(bound, int) or isinstance(bound, bool) or bound <= 0:
            raise ValidationError(
                "aging_bounds",
                "Aging buckets: each bound must be a whole number of days above 0, not {value}.",
                value=bound,
            )
        if bound <= previous:
            raise ValidationError(
                "aging_bounds",
                "Aging buckets: the bounds must increase, but {value} follows {previous}.",
                value=bound,
                previous=previous,
            )
        if bound > MAX_AGING_DAYS:
            raise ValidationError(
                "aging_bounds",
                "Aging buckets: a bound cannot be more than {max} days.",
                max=MAX_AGING_DAYS,
            )
        previous = bound
    rates = settings.provision_rates_bp
    if len(rates) != len(PROVISION_BUCKETS):
        raise ValidationError(
            "provision_rates",
            "Provision rates: give one rate for each of the {count} age bands.",
            count=len(PROVISION_BUCKETS),
        )
    for rate in rates:
        if not isinstance(rate, int) or isinstance(rate, bool) or not 0 <= rate <= 10_000:
            raise ValidationError("provision_rates", "Provision rates must be between 0% and 100%.")


def save_aging_settings(
    db: Database, actor: Actor, settings: AgingSettings
) -> Changed[AgingSettings]:
    """Store the aging buckets and provision rates (each change audited). Reports as of any
    date use them from then on; nothing already recorded changes."""
    require(actor, "change aging settings", FINANCE)
    _check_aging_settings(settings)
    changed = False
    with db.write() as session:
        stored = get_aging_settings(session)
        if stored.bounds != settings.bounds:
            set_value(session, actor, "aging_bounds", list(settings.bounds))
            changed = True
        if stored.provision_rates_bp != settings.provision_rates_bp:
            set_value(session, actor, "provision_rates_bp", list(settings.provision_rates_bp))
            changed = True
    return Changed.of(settings, Kind.SETTINGS) if changed else Changed.of(settings)
