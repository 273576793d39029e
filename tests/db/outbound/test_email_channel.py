"""Payment reminders emailed to customers through a local SMTP server: what arrives, the
timeline entry and audit, retries with backoff, idempotent enqueueing, one send per claim."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.models import AuditEntry, Contact, OutboxMessage
from app.services.core.context import Actor, system_actor
from app.services.core.settings_service import LabProfile, save_lab_profile
from app.services.customers.customer_timeline_service import timeline
from app.services.outbound import outbox
from app.services.outbound.channel_settings import SmtpSettings, save_smtp_settings
from app.services.outbound.outbox import RETRY_DELAYS, OutboundMessage, deliver_pending
from app.services.outbound.reminder_email import (
    Attachment,
    enqueue_customer_reminder,
    statement_attachment,
)
from tests import factories
from tests.outbound_fixtures import PASSWORD, USER, free_port

TODAY = date(2026, 6, 30)
NOW = datetime(2026, 6, 30, 1, 0, tzinfo=UTC)
BANK_ACCOUNT = "3100 1234 5678 9012 345"


@pytest.fixture
def env(db, memory_keyring):
    clock = FixedClock(TODAY)
    with db.write() as s:
        manager = factories.user(s, "李经理", role="manager")
        cust = factories.customer(s, "无锡精密机械有限公司")
        s.add(Contact(customer_id=cust.id, name="张会计", email="", is_primary=True))
        s.add(Contact(customer_id=cust.id, name="赵出纳", email="zhao@jingmi.example.cn"))
        overdue = factories.invoice(s, cust, 123_450, date(2026, 4, 1), number="FP00000101")
        not_due = factories.invoice(s, cust, 2_000_000_00, date(2026, 6, 20), number="FP00000102")
    actor = Actor(manager.id, manager.login, Role.MANAGER, clock=clock)
    save_lab_profile(
        db,
        actor,
        LabProfile(
            name="苏州华测检测技术有限公司", bank_name="工商银行苏州分行", bank_account=BANK_ACCOUNT
        ),
    )
    return db, actor, cust.id, overdue, not_due


def use_server(db, actor, port: int, password: str | None = PASSWORD) -> None:
    settings = SmtpSettings(
        host="127.0.0.1",
        port=port,
        security="none",
        user=USER,
        from_address="billing@lab.example.cn",
        from_name="华测财务部",
        reply_to="finance@lab.example.cn",
        timeout_seconds=5,
    )
    save_smtp_settings(db, actor, settings, password)


def enqueue(db, cid, key="reminder:1", attachment=None):
    with db.write() as s:
        return enqueue_customer_reminder(s, cid, TODAY, key, NOW, attachment=attachment)


def test_the_reminder_reaches_the_billing_contact_with_items_bank_account_and_pdf(env, smtp_server):
    db, actor, cid, _overdue, _ = env
    use_server(db, actor, smtp_server.port)
    with db.read() as s:
        pdf = statement_attachment(s, cid, date(2026, 4, 1), TODAY)
    assert pdf.data.startswith(b"%PDF")
    queued = enqueue(db, cid, attachment=pdf)
    assert queued is not None and queued.created

    report = deliver_pending(db, system_actor(FixedClock(TODAY)), NOW).value

    assert (report.sent, report.retried, report.failed) == (1, 0, 0)
    [envelope] = smtp_server.sink.envelopes
    # The primary contact has no address: the first contact with one gets it.
    assert envelope.rcpt_tos == ["zhao@jingmi.example.cn"]
    assert smtp_server.sink.logins == [(USER, PASSWORD)]
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert message["Subject"].startswith("【苏州华测检测技术有限公司】付款提醒")
    assert message["Reply-To"] == "finance@lab.example.cn"
    assert "华测财务部" in message["From"]
    text = message.get_body(("plain",)).get_content()
    assert "尊敬的无锡精密机械有限公司 赵出纳：" in text
    item = "发票号 FP00000101，开票日期 2026-04-01，到期日 2026-05-01，未结金额 1,234.50 元"
    assert f"{item}，逾期 60 天" in text
    assert "FP00000102" in text and "20 天后到期" in text
    assert "合计未结：2,001,234.50 元" in text and "其中已逾期：1,234.50 元" in text
    assert f"账号：{BANK_ACCOUNT}" in text
    html = message.get_body(("html",)).get_content()
    assert "<td>FP00000101</td>" in html and "2,001,234.50" in html
    [attached] = list(message.iter_attachments())
    assert attached.get_filename() == pdf.name
    assert attached.get_content() == pdf.data

    with db.read() as s:
        entries = [e for e in timeline(s, cid) if e.kind == "follow_up"]
        row = s.scalars(select(OutboxMessage)).one()
        audits = s.scalars(select(AuditEntry).where(AuditEntry.action == "email.send")).all()
    assert [e.params["kind"] for e in entries] == ["email"]
    assert "zhao@jingmi.example.cn" in entries[0].text and pdf.name in entries[0].text
    assert row.status == "sent" and row.attempts == 1 and row.last_error is None
    assert [a.entity_id for a in audits] == [cid]

    # Nothing is due any more: a second run sends nothing.
    again = deliver_pending(db, system_actor(FixedClock(TODAY)), NOW + timedelta(hours=1)).value
    assert again.sent == 0 and len(smtp_server.sink.envelopes) == 1


def test_enqueueing_the_same_reminder_twice_keeps_one_message(env, smtp_server):
    db, actor, cid, _, _ = env
    use_server(db, actor, smtp_server.port)
    first = enqueue(db, cid)
    second = enqueue(db, cid)
    assert first.created and not second.created and second.id == first.id
    deliver_pending(db, actor, NOW)
    # Once sent, the same key still adds nothing.
    third = enqueue(db, cid)
    assert not third.created
    assert deliver_pending(db, actor, NOW + timedelta(days=1)).value.sent == 0
    assert len(smtp_server.sink.envelopes) == 1
    with db.read() as s:
        assert s.scalar(select(OutboxMessage.id).where(OutboxMessage.dedupe_key != "")) == first.id


def test_no_contact_with_an_email_address_means_no_reminder(env):
    db, _, _, _, _ = env
    with db.write() as s:
        other = factories.customer(s, "常熟纺织有限公司")
        factories.invoice(s, other, 500_00, date(2026, 5, 1))
        s.add(Contact(customer_id=other.id, name="钱经理", phone="13800138000"))
    assert enqueue(db, other.id) is None


def test_a_server_that_refuses_the_password_is_tried_again_then_given_up(env, smtp_server):
    db, actor, cid, _, _ = env
    use_server(db, actor, smtp_server.port, password="wrong")
    queued = enqueue(db, cid)
    moment = NOW
    expected_waits = [*RETRY_DELAYS, None]
    for attempt, wait in enumerate(expected_waits, start=1):
        report = deliver_pending(db, actor, moment).value
        with db.read() as s:
            row = s.get(OutboxMessage, queued.id)
        assert row.attempts == attempt
        assert "refused the user name or password" in row.last_error
        if wait is None:
            assert row.status == "failed" and (report.failed, report.retried) == (1, 0)
            break
        assert row.status == "pending" and (report.failed, report.retried) == (0, 1)
        assert row.next_attempt_at.replace(tzinfo=UTC) == moment + wait
        # Not due a minute before its time.
        early = deliver_pending(db, actor, moment + wait - timedelta(minutes=1)).value
        assert early == outbox.DeliveryReport()
        moment += wait
    assert smtp_server.sink.envelopes == []
    # Failed for good: no further try.
    assert deliver_pending(db, actor, moment + timedelta(days=1)).value.retried == 0
    with db.read() as s:
        assert not [e for e in timeline(s, cid) if e.kind == "follow_up"]


def test_a_server_that_is_not_there_is_tried_again_and_a_later_success_counts(env, smtp_server):
    db, actor, cid, _, _ = env
    use_server(db, actor, free_port())
    queued = enqueue(db, cid)
    report = deliver_pending(db, actor, NOW).value
    assert report.retried == 1 and "Connection" in report.errors[0]
    with db.read() as s:
        row = s.get(OutboxMessage, queued.id)
        assert row.status == "pending" and row.attempts == 1
    # The server is set right; the message goes at its next try.
    use_server(db, actor, smtp_server.port)
    report = deliver_pending(db, actor, NOW + RETRY_DELAYS[0]).value
    assert report.sent == 1 and len(smtp_server.sink.envelopes) == 1
    with db.read() as s:
        assert s.get(OutboxMessage, queued.id).attempts == 2


def test_two_pcs_delivering_at_once_send_each_message_once(env, smtp_server, location):
    db, actor, _cid, _, _ = env
    use_server(db, actor, smtp_server.port)
    with db.write() as s:
        for n in range(5):
            outbox.enqueue(
                s,
                OutboundMessage("email", f"p{n}@example.cn", f"第 {n} 封", "正文", f"k{n}"),
                NOW,
            )
    from app.services.core.startup import open_database

    other, _ = open_database(location)
    try:
        # The second PC claims the first two; the first PC then claims what is left.
        claimed = outbox._claim(other, NOW, 2)
        first = deliver_pending(db, actor, NOW).value
        assert first.sent == 3
        # The second PC's claimed rows are not due again while it holds them.
        assert deliver_pending(db, actor, NOW).value.sent == 0
        assert len(claimed) == 2
        for row in claimed:
            outbox._Senders(other).send(row)
            assert outbox._mark_sent(other, actor, row, NOW) is False
    finally:
        other.dispose()
    recipients = sorted(e.rcpt_tos[0] for e in smtp_server.sink.envelopes)
    assert recipients == [f"p{n}@example.cn" for n in range(5)]


def test_a_claim_abandoned_by_a_stopped_pc_is_taken_up_later(env, smtp_server):
    db, actor, _cid, _, _ = env
    use_server(db, actor, smtp_server.port)
    with db.write() as s:
        outbox.enqueue(s, OutboundMessage("email", "p@example.cn", "主题", "正文", "k"), NOW)
    [lost] = outbox._claim(db, NOW, 10)
    assert deliver_pending(db, actor, NOW + timedelta(minutes=10)).value.sent == 0
    later = NOW + outbox.STALE_CLAIM + timedelta(seconds=1)
    assert deliver_pending(db, actor, later).value.sent == 1
    # The stopped PC's late report changes nothing.
    assert outbox._mark_sent(db, actor, lost, later) is False
    with db.read() as s:
        row = s.scalars(select(OutboxMessage)).one()
    assert row.status == "sent" and row.attempts == 2


def test_email_without_a_mail_server_waits_for_one(env):
    db, actor, cid, _, _ = env
    queued = enqueue(db, cid)
    report = deliver_pending(db, actor, NOW).value
    assert report.retried == 1 and report.errors == ("no mail server is set in the settings",)
    with db.read() as s:
        assert s.get(OutboxMessage, queued.id).status == "pending"


def test_an_attachment_given_by_the_caller_goes_out_as_is(env, smtp_server):
    db, actor, cid, _, _ = env
    use_server(db, actor, smtp_server.port)
    enqueue(db, cid, attachment=Attachment("说明.txt", "附件内容".encode()))
    deliver_pending(db, actor, NOW)
    [envelope] = smtp_server.sink.envelopes
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    [attached] = list(message.iter_attachments())
    assert attached.get_filename() == "说明.txt"
    assert attached.get_content_type() == "application/octet-stream"
    assert attached.get_content() == "附件内容".encode()


def test_the_longest_names_still_fit_the_subject(env):
    db, actor, _cid, _, _ = env
    save_lab_profile(db, actor, LabProfile(name="检" * 200))
    with db.write() as s:
        long_named = factories.customer(s, "测" * 200)
        factories.invoice(s, long_named, 500_00, date(2026, 5, 1))
        s.add(Contact(customer_id=long_named.id, name="钱经理", email="qian@example.cn"))
    queued = enqueue(db, long_named.id)
    with db.read() as s:
        subject = s.get(OutboxMessage, queued.id).subject
    assert len(subject) == 300 and subject.startswith("【" + "检" * 200)
