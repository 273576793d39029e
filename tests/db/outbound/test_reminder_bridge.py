"""From the reminder run to the customer's inbox: the e-mail a schedule level queues is
handed to the outbox once a mail server is set, sent once, and never again on later runs."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.models import Contact, EmailOutbox
from app.services.core.context import Actor, system_actor
from app.services.core.settings_service import LabProfile, save_lab_profile
from app.services.outbound.channel_settings import SmtpSettings, save_smtp_settings
from app.services.outbound.reminder_bridge import STALE, send_reminder_emails
from app.services.reminders.reminder_service import generate_reminders
from tests import factories
from tests.outbound_fixtures import PASSWORD, USER

TODAY = date(2026, 6, 30)


def _ledger(db):
    """A regular-tier customer ten days overdue: its schedule's +7 level e-mails it."""
    clock = FixedClock(TODAY)
    with db.write() as s:
        manager = factories.user(s, "李经理", role="manager")
        sales = factories.user(s, "王芳")
        cust = factories.customer(s, "无锡精密机械有限公司", owner=sales)
        s.add(
            Contact(
                customer_id=cust.id, name="赵出纳", email="zhao@jingmi.example.cn", is_primary=True
            )
        )
        factories.invoice(s, cust, 123_450, date(2026, 5, 21), number="FP00000101")
    actor = Actor(manager.id, manager.login, Role.MANAGER, clock=clock)
    save_lab_profile(db, actor, LabProfile(name="苏州华测检测技术有限公司"))
    return actor, system_actor(clock)


def _use_server(db, actor, port):
    settings = SmtpSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        user=USER,
        from_address="billing@lab.example.cn",
        timeout_seconds=5,
    )
    save_smtp_settings(db, actor, settings, PASSWORD)


def test_the_queued_reminder_is_sent_once_a_mail_server_is_set(db, memory_keyring, smtp_server):
    manager, system = _ledger(db)
    assert generate_reminders(db, system).value.emails == 1

    handed, sent = send_reminder_emails(db, system)  # no mail server yet: it stays queued
    assert (handed.queued, handed.skipped, sent.sent) == (0, 0, 0)

    _use_server(db, manager, smtp_server.port)
    handed, sent = send_reminder_emails(db, system)
    assert (handed.queued, sent.sent, sent.failed) == (1, 1, 0)
    [envelope] = smtp_server.sink.envelopes
    assert envelope.rcpt_tos == ["zhao@jingmi.example.cn"]
    mail = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert "FP00000101" in mail.get_body(preferencelist=("plain",)).get_content()

    # Later runs the same day: nothing new to queue, hand over or send.
    assert generate_reminders(db, system).value.emails == 0
    handed, sent = send_reminder_emails(db, system)
    assert (handed.queued, sent.sent) == (0, 0)
    assert len(smtp_server.sink.envelopes) == 1


def test_reminders_queued_long_before_the_server_was_set_are_not_sent(
    db, memory_keyring, smtp_server
):
    manager, system = _ledger(db)
    generate_reminders(db, system)
    with db.write() as s:
        s.execute(
            update(EmailOutbox).values(
                created_at=datetime(2026, 6, 30, tzinfo=UTC) - timedelta(days=10)
            )
        )
    _use_server(db, manager, smtp_server.port)
    handed, sent = send_reminder_emails(db, system)
    assert (handed.queued, handed.skipped, sent.sent) == (0, 1, 0)
    with db.read() as s:
        assert s.scalars(select(EmailOutbox.error)).all() == [STALE]
    assert smtp_server.sink.envelopes == []


def test_reminder_texts_are_in_chinese_with_the_amounts_of_the_ledger(db, memory_keyring):
    from app.models import Notification

    _, system = _ledger(db)
    generate_reminders(db, system)
    with db.read() as s:
        texts = set(s.scalars(select(Notification.message).where(Notification.kind == "overdue")))
    assert texts == {"无锡精密机械有限公司：1 张发票逾期，共 ¥1,234.50，最早的已逾期 10 天。"}


def test_each_new_reminder_is_posted_once_to_the_robot_covering_its_salesperson(
    db, memory_keyring, robot_server
):
    from app.services.outbound.channel_settings import TeamRobot, save_team_robots

    manager, system = _ledger(db)
    robot = TeamRobot("wecom", "销售群", f"{robot_server.base}/cgi-bin/webhook/send?key=abc")
    save_team_robots(db, manager, [robot], {})
    made = generate_reminders(db, system).value.notifications
    assert made >= 1

    handed, sent = send_reminder_emails(db, system)
    assert handed.posts == made and sent.sent == made and sent.failed == 0
    contents = [p.body["markdown"]["content"] for p in robot_server.posts]
    overdue = "无锡精密机械有限公司：1 张发票逾期，共 ¥1,234.50，最早的已逾期 10 天。"
    assert f"**逾期提醒**\n{overdue}" in contents

    generate_reminders(db, system)
    handed, sent = send_reminder_emails(db, system)  # nothing new: nothing posted again
    assert (handed.posts, sent.sent) == (0, 0) and len(robot_server.posts) == made
