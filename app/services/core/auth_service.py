"""Log-in: passwords hashed with argon2 (argon2-cffi), a lock after repeated failures,
changing and resetting passwords, the first administrator, and the log-in policy.

Users are the ``users`` records that staff_service manages; a user can log in once they have
a password. Every log-in, failure, lock, unlock and password change is in the audit log
(never a password or a hash)."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from argon2.low_level import Type, hash_secret
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.session import Database
from app.domain.clock import Clock, SystemClock
from app.domain.enums import Role
from app.domain.errors import (
    AccountLockedError,
    LoginFailedError,
    NotFoundError,
    ValidationError,
)
from app.models import User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import require
from app.services.core.settings_service import get_value, set_value
from app.services.core.staff_service import LOGIN_PATTERN

MIN_PASSWORD = 8
MAX_PASSWORD = 128
MAX_LOCK_ATTEMPTS = 20
MAX_LOCK_MINUTES = 24 * 60

# argon2id with argon2-cffi's defaults (memory-hard: 64 MiB, 3 passes); tests use cheaper
# parameters (tests/conftest.py). A hash made with other parameters is renewed at log-in.
hasher = PasswordHasher()
_dummy: dict[PasswordHasher, str] = {}


def hash_password(password: str) -> str:
    return hasher.hash(password)


# Demo databases: every demo user logs in with this password, the administrator as "admin".
DEMO_ADMIN = "admin"
DEMO_PASSWORD = "demo1234"


def demo_password_hash() -> str:
    """The demo password's hash, with a fixed salt: the same seed gives the same database."""
    return hash_secret(
        DEMO_PASSWORD.encode(),
        b"labledger-demo-salt",
        time_cost=hasher.time_cost,
        memory_cost=hasher.memory_cost,
        parallelism=hasher.parallelism,
        hash_len=hasher.hash_len,
        type=Type.ID,
    ).decode("ascii")


def _verify(stored: str | None, password: str) -> bool:
    if stored is None:
        # A login that does not exist takes as long as a wrong password.
        if hasher not in _dummy:
            _dummy[hasher] = hasher.hash("no such user")
        with suppress(VerificationError, InvalidHashError):
            hasher.verify(_dummy[hasher], password)
        return False
    try:
        return hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def actor_for(user: User, clock: Clock | None = None) -> Actor:
    return Actor(
        user_id=user.id,
        login=user.login,
        role=Role(user.role),
        display_name=user.display_name,
        clock=clock or SystemClock(),
    )


# --- the policy ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginPolicy:
    """Failed log-ins in a row that lock an account, for how many minutes; and whether the
    command line needs ``--user`` (off by default)."""

    attempts: int = 5
    minutes: int = 15
    cli_requires_login: bool = False


def get_login_policy(session: Session) -> LoginPolicy:
    lockout = get_value(session, "login_lockout") or {}
    default = LoginPolicy()
    return LoginPolicy(
        int(lockout.get("attempts", default.attempts)),
        int(lockout.get("minutes", default.minutes)),
        bool(get_value(session, "cli_requires_login")),
    )


def save_login_policy(db: Database, actor: Actor, policy: LoginPolicy) -> Changed[LoginPolicy]:
    """Admins only; each change is audited as a setting."""
    require(actor, "change the log-in rules", ())
    if not 1 <= policy.attempts <= MAX_LOCK_ATTEMPTS:
        raise ValidationError(
            "attempts",
            "An account may be locked after 1 to {max} failed log-ins.",
            max=MAX_LOCK_ATTEMPTS,
        )
    if not 1 <= policy.minutes <= MAX_LOCK_MINUTES:
        raise ValidationError(
            "minutes", "A lock may last 1 to {max} minutes.", max=MAX_LOCK_MINUTES
        )
    with db.write() as session:
        stored = get_login_policy(session)
        if stored == policy:
            return Changed.of(policy)
        if (stored.attempts, stored.minutes) != (policy.attempts, policy.minutes):
            lockout = {"attempts": policy.attempts, "minutes": policy.minutes}
            set_value(session, actor, "login_lockout", lockout)
        if stored.cli_requires_login != policy.cli_requires_login:
            set_value(session, actor, "cli_requires_login", policy.cli_requires_login)
    return Changed.of(policy, Kind.SETTINGS)


# --- the first administrator -----------------------------------------------------------


def needs_first_admin(session: Session) -> bool:
    """True until an active administrator can log in (a new database, or one from before
    log-in existed): the application then asks for one instead of a log-in."""
    stmt = select(User.id).where(
        User.role == Role.ADMIN.value, User.active.is_(True), User.password_hash.is_not(None)
    )
    return session.scalar(stmt.limit(1)) is None


def check_new_password(password: str, again: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            "password", "The password needs at least {min} characters.", min=MIN_PASSWORD
        )
    if len(password) > MAX_PASSWORD:
        raise ValidationError(
            "password", "The password may have at most {max} characters.", max=MAX_PASSWORD
        )
    if password != again:
        raise ValidationError("again", "The two passwords are not the same.")


def create_first_admin(
    db: Database,
    login: str,
    display_name: str,
    password: str,
    again: str,
    clock: Clock | None = None,
) -> Changed[Actor]:
    """The administrator of a database nobody can log in to yet; refused once one exists."""
    login = login.strip()
    display_name = display_name.strip() or login
    if not login:
        raise ValidationError("login", "The login name is required.")
    if not LOGIN_PATTERN.match(login) or len(login) > 64:
        raise ValidationError(
            "login",
            "The login {login} may use only letters a-z, digits and . _ @ - "
            "(it is typed when logging in).",
            login=login,
        )
    if len(display_name) > 100:
        raise ValidationError(
            "display_name", "The name may have at most {max} characters.", max=100
        )
    check_new_password(password, again)
    with db.write() as session:
        if not needs_first_admin(session):
            raise ValidationError(
                "login", "An administrator exists already: log in as them to add users."
            )
        user = session.scalar(select(User).where(func.lower(User.login) == login.lower()))
        if user is not None and user.password_hash is not None:
            raise ValidationError("login", "The login {login} is already used.", login=login)
        if user is None:
            user = User(login=login, display_name=display_name)
            session.add(user)
        user.role = Role.ADMIN.value
        user.display_name = display_name
        user.active = True
        user.password_hash = hash_password(password)
        user.must_change_password = False
        session.flush()
        actor = actor_for(user, clock)
        record_audit(
            session, actor, "user.first_admin", "user", user.id, None, {"login": user.login}
        )
    return Changed.of(actor, Kind.USERS)


# --- logging in ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoggedIn:
    actor: Actor
    must_change_password: bool


def _aware(moment: datetime | None) -> datetime | None:
    # SQLite gives back naive datetimes; they were stored as UTC.
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def log_in(db: Database, login: str, password: str, clock: Clock | None = None) -> LoggedIn:
    """The user ``login`` with ``password``, or LoginFailedError (which of the two was wrong
    is not said) or AccountLockedError. Failed tries are counted (and audited) even though
    the call fails."""
    clock = clock or SystemClock()
    now = clock.now_utc()
    failure: Exception | None = None
    with db.write() as session:
        policy = get_login_policy(session)
        user = session.scalar(select(User).where(func.lower(User.login) == login.strip().lower()))
        if user is None or not user.active or user.password_hash is None:
            _verify(None, password)  # the same time as a wrong password
            raise LoginFailedError()
        actor = actor_for(user, clock)
        locked_until = _aware(user.locked_until)
        if locked_until is not None and locked_until > now:
            raise AccountLockedError(attempts=policy.attempts, until=_local_time(locked_until))
        if not _verify(user.password_hash, password):
            user.failed_logins = (user.failed_logins or 0) + 1
            record_audit(
                session,
                actor,
                "user.login_failed",
                "user",
                user.id,
                None,
                {"failed": user.failed_logins},
            )
            if user.failed_logins >= policy.attempts:
                user.locked_until = now + timedelta(minutes=policy.minutes)
                user.failed_logins = 0
                record_audit(
                    session,
                    actor,
                    "user.locked",
                    "user",
                    user.id,
                    None,
                    {"until": user.locked_until, "attempts": policy.attempts},
                )
                failure = AccountLockedError(
                    attempts=policy.attempts, until=_local_time(user.locked_until)
                )
            else:
                failure = LoginFailedError()
        else:
            if hasher.check_needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            record_audit(session, actor, "user.login", "user", user.id)
            result = LoggedIn(actor, bool(user.must_change_password))
    # Raised after the commit, so that the failed try stays counted.
    if failure is not None:
        raise failure
    return result


def _local_time(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# --- passwords -------------------------------------------------------------------------


def change_password(
    db: Database, actor: Actor, current: str, password: str, again: str
) -> Changed[None]:
    """The actor's own password; the current one must be given."""
    check_new_password(password, again)
    with db.write() as session:
        user = session.get(User, actor.user_id) if actor.user_id is not None else None
        if user is None:
            raise NotFoundError(entity="User", key=actor.login)
        if not _verify(user.password_hash, current):
            raise ValidationError("current", "The current password is wrong.")
        if current == password:
            raise ValidationError("password", "The new password must differ from the current one.")
        user.password_hash = hash_password(password)
        user.must_change_password = False
        record_audit(session, actor, "user.password_change", "user", user.id)
    return Changed.of(None, Kind.USERS)


def reset_password(
    db: Database, actor: Actor, user_id: int, password: str, again: str
) -> Changed[None]:
    """An administrator sets someone's password (also the first one a user gets); they must
    change it at their next log-in. A lock ends with it."""
    require(actor, "reset passwords", ())
    check_new_password(password, again)
    with db.write() as session:
        user = session.get(User, user_id, with_for_update=True)
        if user is None:
            raise NotFoundError(entity="User", key=user_id)
        before = _login_state(user)
        user.password_hash = hash_password(password)
        user.must_change_password = user.id != actor.user_id
        user.failed_logins = 0
        user.locked_until = None
        record_audit(
            session, actor, "user.password_reset", "user", user.id, before, _login_state(user)
        )
    return Changed.of(None, Kind.USERS)


def unlock(db: Database, actor: Actor, user_id: int) -> Changed[None]:
    require(actor, "unlock accounts", ())
    with db.write() as session:
        user = session.get(User, user_id, with_for_update=True)
        if user is None:
            raise NotFoundError(entity="User", key=user_id)
        if user.locked_until is None and not user.failed_logins:
            return Changed.of(None)
        before = _login_state(user)
        user.failed_logins = 0
        user.locked_until = None
        record_audit(session, actor, "user.unlock", "user", user.id, before, _login_state(user))
    return Changed.of(None, Kind.USERS)


def _login_state(user: User) -> dict[str, Any]:
    return {
        "has_password": user.password_hash is not None,
        "must_change_password": bool(user.must_change_password),
        "failed_logins": user.failed_logins or 0,
        "locked_until": user.locked_until,
    }


@dataclass(frozen=True)
class LoginState:
    has_password: bool
    locked: bool
    must_change_password: bool


def login_states(session: Session, now: datetime) -> dict[int, LoginState]:
    """Per user: whether they can log in, are locked now, must change their password."""
    has_password = User.password_hash.is_not(None)
    rows = session.execute(
        select(User.id, has_password, User.locked_until, User.must_change_password)
    )
    return {
        uid: LoginState(bool(has), (_aware(until) or now) > now, bool(must))
        for uid, has, until, must in rows
    }
