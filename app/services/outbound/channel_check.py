""" "Send test email" and "test robot" for the settings page: one message sent at once, not
through the outbox, and the server's or robot's answer as a clear error when it fails."""

from __future__ import annotations

import time

from app.domain.errors import LedgerError, ValidationError
from app.services.core.field_checks import EMAIL
from app.services.outbound import email_sender, robots
from app.services.outbound.channel_settings import (
    SmtpSettings,
    TeamRobot,
    check_webhook_url,
    clean_smtp_settings,
)

TEST_SUBJECT = "LabLedger 测试邮件"
TEST_TEXT = (
    "这是 LabLedger 发送的测试邮件：收到即说明邮件服务器设置正确。\n"
    "This is a test email from LabLedger: the mail server settings work.\n"
)
TEST_ROBOT_TITLE = "LabLedger 测试消息"
TEST_ROBOT_TEXT = "这是 LabLedger 发送的测试消息：收到即说明机器人设置正确。"


def send_test_email(settings: SmtpSettings, password: str | None, to: str) -> None:
    """Send a short test email to ``to`` with ``settings`` (saved or not); LedgerError with
    the server's answer when it fails."""
    cleaned = clean_smtp_settings(settings)
    to = to.strip()
    if not EMAIL.match(to):
        raise ValidationError(
            "test_to", "{label}: {value} is not an email address.", label="Send to", value=to
        )
    try:
        email_sender.send(cleaned, password, email_sender.Email(to, TEST_SUBJECT, TEST_TEXT))
    except email_sender.EmailError as exc:
        raise LedgerError("The test email was not sent: {detail}", detail=str(exc)) from exc


def send_test_robot_message(robot: TeamRobot, secret: str | None) -> None:
    """Post a short test message to ``robot``; LedgerError with its answer when it fails."""
    check_webhook_url("url", robot.url.strip())
    try:
        robots.post(
            robot,
            TEST_ROBOT_TITLE,
            TEST_ROBOT_TEXT,
            secret=secret,
            timestamp_ms=int(time.time() * 1000),
        )
    except robots.RobotError as exc:
        raise LedgerError(
            "The robot {name} did not take the test message: {detail}",
            name=robot.name,
            detail=str(exc),
        ) from exc
