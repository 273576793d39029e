"""Settings › notification channels: the mail server saved with its password in the
keyring, a test email and a test robot message sent from the page, errors at their fields."""

from __future__ import annotations

import email
import email.policy

from PySide6.QtWidgets import QComboBox, QLineEdit

from app.services.outbound.channel_settings import get_smtp_settings, get_team_robots
from app.services.outbound.keyring_store import SERVICE
from app.views.settings.channels_page import (
    KIND_COLUMN,
    NAME_COLUMN,
    SECRET_COLUMN,
    URL_COLUMN,
    ChannelsPage,
)
from app.views.settings.settings_page import SettingsPage
from tests.outbound_fixtures import (
    PASSWORD,
    USER,
    memory_keyring,
    robot_server,
    smtp_server,
)
from tests.ui.typing_helpers import type_text

__all__ = ["memory_keyring", "robot_server", "smtp_server"]


def channels_page(qtbot, window) -> ChannelsPage:
    settings = window.show_section("settings")
    assert isinstance(settings, SettingsPage)
    page = settings.show_tab(settings.channels)
    assert isinstance(page, ChannelsPage)
    qtbot.waitUntil(lambda: page.port.value() == 465)
    return page


def test_the_mail_server_is_saved_and_a_test_email_sent(
    qtbot, window, ledger, memory_keyring, smtp_server
):
    page = channels_page(qtbot, window)
    page.save_smtp_button.click()
    qtbot.waitUntil(lambda: page.smtp_errors.error_text("host") != "")
    assert "SMTP host" in page.smtp_errors.error_text("host")
    assert page.smtp_errors.error_text("from_address") != ""

    type_text(qtbot, page.host, "127.0.0.1")
    page.port.setValue(smtp_server.port)
    page.security.setCurrentIndex(page.security.findData("none"))
    type_text(qtbot, page.user, USER)
    type_text(qtbot, page.password, PASSWORD)
    type_text(qtbot, page.from_address, "billing@lab.example.cn")
    type_text(qtbot, page.from_name, "财务部")
    page.save_smtp_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Mail server saved.")
    with ledger.read() as s:
        saved = get_smtp_settings(s)
    assert (saved.host, saved.port, saved.security) == ("127.0.0.1", smtp_server.port, "none")
    assert memory_keyring.entries == {(SERVICE, f"smtp:{USER}@127.0.0.1"): PASSWORD}

    # The saved password comes from the keyring once the field is blank again.
    page.password.clear()
    type_text(qtbot, page.test_to, "me@lab.example.cn")
    page.test_email_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Test email sent to me@lab.example.cn.")
    [envelope] = smtp_server.sink.envelopes
    message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
    assert message["Subject"] == "LabLedger 测试邮件"
    assert smtp_server.sink.logins == [(USER, PASSWORD)]


def test_a_dingtalk_robot_is_saved_with_its_secret_and_tested(
    qtbot, window, ledger, memory_keyring, robot_server
):
    page = channels_page(qtbot, window)
    row = page.add_robot()
    kind = page.robots.cellWidget(row, KIND_COLUMN)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData("dingtalk"))
    page.robots.item(row, NAME_COLUMN).setText("财务群")
    page.robots.item(row, URL_COLUMN).setText("http://example.com/robot/send")
    secret = page.robots.cellWidget(row, SECRET_COLUMN)
    assert isinstance(secret, QLineEdit)
    type_text(qtbot, secret, "SECabc")
    page.save_robots_button.click()
    qtbot.waitUntil(lambda: page.bar.isVisible())
    assert "https://" in page.bar.label.text()

    page.robots.item(row, URL_COLUMN).setText(f"{robot_server.base}/robot/send?access_token=t")
    page.save_robots_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Robots saved.")
    with ledger.read() as s:
        [robot] = get_team_robots(s)
    assert (robot.kind, robot.name) == ("dingtalk", "财务群")
    assert memory_keyring.entries == {(SERVICE, "dingtalk:财务群"): "SECabc"}

    # After the reload the secret field is blank: the test takes the secret from the keyring.
    qtbot.waitUntil(lambda: page.robots.rowCount() == 1)
    page.robots.selectRow(0)
    page.test_robot_button.click()
    qtbot.waitUntil(lambda: page.status.text() == "Test message posted to 财务群.")
    [post] = robot_server.posts
    assert post.body["markdown"]["title"] == "LabLedger 测试消息"
    assert "sign" in post.query
