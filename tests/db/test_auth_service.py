"""Log-in: argon2 hashes, the first administrator, the lock after repeated failures,
changing and resetting passwords, and the log-in rules as audited settings."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.enums import Role
from app.domain.errors import (
    AccountLockedError,
    LoginFailedError,
    PermissionDeniedError,
    ValidationError,
)
from app.models import AuditEntry, User
from app.services.core.auth_service import (
    LoginPolicy,
    change_password,
    create_first_admin,
    get_login_policy,
    log_in,
    needs_first_admin,
    reset_password,
    save_login_policy,
    unlock,
)
from app.services.core.context import Actor
from tests import factories

PASSWORD = "correct horse"


class Clock:
    """A clock whose minutes can be moved on (the lock counts real minutes)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

    def today(self) -> date:
        return self.now.date()

    def now_utc(self) -> datetime:
        return self.now


@pytest.fixture
def admin(db) -> Actor:
    return create_first_admin(db, "boss", "老板", PASSWORD, PASSWORD).value


def _sales(db, admin: Actor, login: str = "wang") -> int:
    with db.write() as s:
        person = factories.user(s, "王芳", Role.SALES.value)
        person.login = login
        uid = person.id
    reset_password(db, admin, uid, "first password", "first password")
    return uid


def test_the_first_administrator_is_created_once_and_the_hash_is_argon2(db):
    with db.read() as s:
        assert needs_first_admin(s)
    actor = create_first_admin(db, "boss", "老板", PASSWORD, PASSWORD).value
    assert actor.role is Role.ADMIN and actor.login == "boss"
    with db.read() as s:
        stored = s.scalars(select(User).where(User.login == "boss")).one()
        assert not needs_first_admin(s)
    assert stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2id$") and PASSWORD not in stored.password_hash
    with pytest.raises(ValidationError, match="administrator exists"):
        create_first_admin(db, "other", "", PASSWORD, PASSWORD)


def test_the_password_must_be_long_enough_and_typed_twice_alike(db):
    with pytest.raises(ValidationError, match="at least 8"):
        create_first_admin(db, "boss", "", "short", "short")
    with pytest.raises(ValidationError, match="not the same"):
        create_first_admin(db, "boss", "", PASSWORD, PASSWORD + "x")


def test_a_wrong_password_and_an_unknown_login_get_the_same_message(db, admin):
    with pytest.raises(LoginFailedError) as wrong_password:
        log_in(db, "boss", "wrong password")
    with pytest.raises(LoginFailedError) as unknown:
        log_in(db, "nobody", PASSWORD)
    assert wrong_password.value.message == unknown.value.message
    assert "login name or the password" in unknown.value.message
    logged = log_in(db, "BOSS", PASSWORD)  # the login's case does not matter
    assert logged.actor.user_id == admin.user_id and not logged.must_change_password


def test_five_failures_lock_the_account_for_fifteen_minutes(db, admin):
    clock = Clock()
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            log_in(db, "boss", "wrong password", clock)
    with pytest.raises(AccountLockedError):
        log_in(db, "boss", "wrong password", clock)
    # Locked: even the right password is refused until the lock ends.
    clock.now += timedelta(minutes=14)
    with pytest.raises(AccountLockedError, match="locked after 5 failed"):
        log_in(db, "boss", PASSWORD, clock)
    clock.now += timedelta(minutes=2)
    assert log_in(db, "boss", PASSWORD, clock).actor.login == "boss"
    with db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]
    assert actions.count("user.login_failed") == 5 and "user.locked" in actions


def test_the_lock_rules_are_settings_only_an_admin_changes(db, admin):
    sales = Actor(_sales(db, admin), "wang", Role.SALES)
    with pytest.raises(PermissionDeniedError):
        save_login_policy(db, sales, LoginPolicy(attempts=3, minutes=5))
    save_login_policy(db, admin, LoginPolicy(attempts=2, minutes=5))
    with db.read() as s:
        assert get_login_policy(s) == LoginPolicy(2, 5, False)
        keys = [e.after.get("key") for e in s.scalars(select(AuditEntry)) if e.after]
    assert "login_lockout" in keys
    clock = Clock()
    with pytest.raises(LoginFailedError):
        log_in(db, "wang", "nope nope", clock)
    with pytest.raises(AccountLockedError):
        log_in(db, "wang", "nope nope", clock)
    # An administrator ends the lock.
    unlock(db, admin, sales.user_id or 0)
    assert log_in(db, "wang", "first password", clock).must_change_password


def test_a_reset_password_must_be_changed_and_only_an_admin_resets(db, admin):
    uid = _sales(db, admin)
    logged = log_in(db, "wang", "first password")
    assert logged.must_change_password
    with pytest.raises(PermissionDeniedError):
        reset_password(db, logged.actor, admin.user_id or 0, "hijacked!", "hijacked!")
    with pytest.raises(ValidationError, match="current password is wrong"):
        change_password(db, logged.actor, "not it at all", "my own secret", "my own secret")
    change_password(db, logged.actor, "first password", "my own secret", "my own secret")
    again = log_in(db, "wang", "my own secret")
    assert not again.must_change_password and again.actor.user_id == uid
    with pytest.raises(LoginFailedError):
        log_in(db, "wang", "first password")


def test_an_inactive_user_cannot_log_in(db, admin):
    uid = _sales(db, admin)
    with db.write() as s:
        s.get(User, uid).active = False
    with pytest.raises(LoginFailedError):
        log_in(db, "wang", "first password")
