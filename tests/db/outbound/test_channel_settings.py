"""The channels' settings: validated field by field, the SMTP password and DingTalk secrets
in the OS keyring and never in the database, a clear refusal when there is no keyring."""

from __future__ import annotations

import email
import email.policy
from datetime import date

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError, PermissionDeniedError, ValidationError
from app.models import AuditEntry, Setting
from app.services.core.context import Actor
from app.services.outbound.channel_check import send_test_email
from app.services.outbound.channel_settings import (
    SmtpSettings,
    TeamRobot,
    get_smtp_settings,
    get_team_robots,
    robot_secret,
    save_smtp_settings,
    save_team_robots,
    smtp_password,
)
from app.services.outbound.keyring_store import SERVICE
from tests import factories
from tests.outbound_fixtures import PASSWORD, USER

SETTINGS = SmtpSettings(
    host=" smtp.exmail.qq.com ",
    port=465,
    security="ssl",
    user=USER,
    from_address="billing@lab.example.cn",
    from_name="华测财务部",
)


@pytest.fixture
def actors(db):
    with db.write() as s:
        manager = factories.user(s, "李经理", role="manager")
        sales = factories.user(s, "王芳", role="sales")
    clock = FixedClock(date(2026, 6, 30))
    return (
        Actor(manager.id, manager.login, Role.MANAGER, clock=clock),
        Actor(sales.id, sales.login, Role.SALES, clock=clock),
    )


def stored_text(db) -> str:
    """Everything the settings table and the audit log hold, as text."""
    with db.read() as s:
        settings = [str(v) for v in s.scalars(select(Setting.value))]
        audits = [f"{a.before} {a.after}" for a in s.scalars(select(AuditEntry))]
    return "\n".join(settings + audits)


def test_the_password_goes_to_the_keyring_and_never_into_the_database(db, actors, memory_keyring):
    manager, _ = actors
    saved = save_smtp_settings(db, manager, SETTINGS, PASSWORD).value
    assert saved.host == "smtp.exmail.qq.com"
    assert memory_keyring.entries == {(SERVICE, f"smtp:{USER}@smtp.exmail.qq.com"): PASSWORD}
    with db.read() as s:
        assert get_smtp_settings(s) == saved
        assert smtp_password(get_smtp_settings(s)) == PASSWORD
    text = stored_text(db)
    assert "smtp.exmail.qq.com" in text and PASSWORD not in text
    # Saving again without a password keeps the one in the keyring.
    save_smtp_settings(db, manager, saved)
    assert smtp_password(saved) == PASSWORD


def test_without_a_keyring_the_password_is_refused_with_what_to_install(db, actors):
    manager, _ = actors
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(LedgerError) as refused:
            save_smtp_settings(db, manager, SETTINGS, PASSWORD)
        # Settings without a password can still be saved.
        save_smtp_settings(db, manager, SETTINGS)
        with db.read() as s:
            stored = get_smtp_settings(s)
        # Reading the password tells the same story instead of a traceback.
        with pytest.raises(LedgerError):
            smtp_password(stored)
    finally:
        keyring.set_keyring(previous)
    message = refused.value.message
    assert "No system keyring" in message and "Secret Service" in message
    assert "secretstorage" in message and "never keeps the password in the database" in message
    assert PASSWORD not in stored_text(db)


def test_smtp_settings_name_each_wrong_field(db, actors, memory_keyring):
    manager, sales = actors
    wrong = SmtpSettings(
        host="", port=0, security="tls13", from_address="billing", reply_to="a@b", user="用户"
    )
    with pytest.raises(ValidationError) as failed:
        save_smtp_settings(db, manager, wrong)
    fields = {e.field for e in failed.value.errors}
    assert fields == {"host", "port", "security", "from_address", "reply_to", "user"}
    with pytest.raises(ValidationError) as no_user:
        save_smtp_settings(db, manager, SmtpSettings(**{**SETTINGS.__dict__, "user": ""}), "pw")
    assert no_user.value.field == "user"
    with pytest.raises(PermissionDeniedError):
        save_smtp_settings(db, sales, SETTINGS, PASSWORD)
    assert memory_keyring.entries == {}


def test_team_robots_are_checked_and_their_secrets_kept_in_the_keyring(db, actors, memory_keyring):
    manager, sales = actors
    good = [
        TeamRobot("wecom", "销售群", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k"),
        TeamRobot("dingtalk", "财务群", "https://oapi.dingtalk.com/robot/send?access_token=t"),
    ]
    save_team_robots(db, manager, good, {"财务群": "SECabc"})
    with db.read() as s:
        robots = get_team_robots(s)
    assert robots == good
    assert robot_secret(robots[1]) == "SECabc" and robot_secret(robots[0]) is None
    assert "SECabc" not in stored_text(db)

    bad = [
        TeamRobot("slack", "a", "https://example.com/hook"),
        TeamRobot("wecom", "a", "http://example.com/hook"),
        TeamRobot("wecom", "", "https://example.com/hook", "team", None),
    ]
    with pytest.raises(ValidationError) as failed:
        save_team_robots(db, manager, bad)
    messages = [e.message for e in failed.value.errors]
    assert {e.field for e in failed.value.errors} == {"kind", "name", "url", "scope_user"}
    assert "Two robots are named a." in messages
    with pytest.raises(ValidationError):
        save_team_robots(db, manager, good, {"销售群": "WeCom has no secret"})
    with pytest.raises(PermissionDeniedError):
        save_team_robots(db, sales, good)

    # A robot taken out of the list takes its secret with it.
    save_team_robots(db, manager, good[:1])
    assert memory_keyring.entries == {}


def test_a_test_email_reaches_the_server_or_says_why_not(db, memory_keyring, smtp_server):
    settings = SmtpSettings(
        host="127.0.0.1",
        port=smtp_server.port,
        security="none",
        user=USER,
        from_address="billing@lab.example.cn",
        timeout_seconds=5,
    )
    send_test_email(settings, PASSWORD, "me@lab.example.cn")
    [envelope] = smtp_server.sink.envelopes
    assert envelope.rcpt_tos == ["me@lab.example.cn"]
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert message["Subject"] == "LabLedger 测试邮件"
    assert "邮件服务器设置正确" in message.get_content()
    with pytest.raises(LedgerError) as failed:
        send_test_email(settings, "wrong", "me@lab.example.cn")
    assert "refused the user name or password" in failed.value.message
    with pytest.raises(ValidationError):
        send_test_email(settings, PASSWORD, "not an address")
