"""Reminders pushed to WeCom and DingTalk group robots, posted to a local HTTP server: the
JSON each robot documents, DingTalk's signed URL, which robots a salesperson's message goes
to, and retries when a robot answers errcode != 0."""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import LedgerError
from app.models import Activity, OutboxMessage
from app.services.core.context import Actor
from app.services.outbound.channel_check import send_test_robot_message
from app.services.outbound.channel_settings import TeamRobot, save_team_robots
from app.services.outbound.outbox import RETRY_DELAYS, deliver_pending
from app.services.outbound.team_messages import enqueue_team_message, robots_for
from tests import factories

NOW = datetime(2026, 6, 30, 1, 30, tzinfo=UTC)
SECRET = "SEC0123456789abcdef"
TEXT = "**无锡精密** 发票 FP00000101 逾期 30 天，未结 1,234.50 元"


@pytest.fixture
def env(db, memory_keyring):
    with db.write() as s:
        boss = factories.user(s, "李经理", role="manager")
        alice = factories.user(s, "王芳", role="sales")
        alice.manager_id = boss.id
        bob = factories.user(s, "陈刚", role="sales")
    actor = Actor(boss.id, boss.login, Role.MANAGER, clock=FixedClock(date(2026, 6, 30)))
    return db, actor, boss.id, alice.id, bob.id


def set_robots(db, actor, server, boss_id, bob_id):
    robots = [
        TeamRobot(
            "wecom", "华东销售群", f"{server.base}/cgi-bin/webhook/send?key=abc", "team", boss_id
        ),
        TeamRobot("dingtalk", "财务群", f"{server.base}/robot/send?access_token=xyz"),
        TeamRobot(
            "wecom", "陈刚", f"{server.base}/cgi-bin/webhook/send?key=bob", "salesperson", bob_id
        ),
    ]
    save_team_robots(db, actor, robots, {"财务群": SECRET})


def expected_sign(timestamp: str) -> str:
    """DingTalk's signature, computed here from its documentation."""
    digest = hmac.new(
        SECRET.encode(), f"{timestamp}\n{SECRET}".encode(), digestmod=hashlib.sha256
    ).digest()
    return base64.b64encode(digest).decode()


def test_a_salespersons_reminder_goes_to_their_teams_robot_and_the_one_for_everyone(
    env, robot_server
):
    db, actor, boss_id, alice_id, bob_id = env
    set_robots(db, actor, robot_server, boss_id, bob_id)
    with db.write() as s:
        assert [r.name for r in robots_for(s, alice_id)] == ["华东销售群", "财务群"]
        assert [r.name for r in robots_for(s, bob_id)] == ["财务群", "陈刚"]
        assert [r.name for r in robots_for(s, None)] == ["财务群"]
        queued = enqueue_team_message(
            s,
            alice_id,
            "逾期提醒",
            "**无锡精密** 发票 FP00000101 逾期 30 天，未结 1,234.50 元",
            "due:1",
            NOW,
        )
    assert [q.created for q in queued] == [True, True]

    report = deliver_pending(db, actor, NOW).value

    assert report.sent == 2
    wecom, dingtalk = sorted(robot_server.posts, key=lambda p: p.path)
    assert wecom.path == "/cgi-bin/webhook/send" and wecom.query == {"key": ["abc"]}
    assert wecom.body == {
        "msgtype": "markdown",
        "markdown": {
            "content": "**逾期提醒**\n**无锡精密** 发票 FP00000101 逾期 30 天，未结 1,234.50 元"
        },
    }
    assert dingtalk.path == "/robot/send" and dingtalk.query["access_token"] == ["xyz"]
    assert dingtalk.body == {
        "msgtype": "markdown",
        "markdown": {
            "title": "逾期提醒",
            "text": "**无锡精密** 发票 FP00000101 逾期 30 天，未结 1,234.50 元",
        },
    }
    [timestamp] = dingtalk.query["timestamp"]
    # DingTalk checks the time against its own clock: the real time, not the run's day.
    assert abs(int(timestamp) - time.time() * 1000) < 60_000
    # parse_qs has undone the URL encoding: what is left is the base64 signature itself.
    assert dingtalk.query["sign"] == [expected_sign(timestamp)]
    with db.read() as s:
        # Robot posts are not customer emails: no follow-up is logged.
        assert s.scalar(select(Activity.id)) is None


def test_a_robot_that_answers_an_error_is_tried_again_and_the_error_kept(env, robot_server):
    db, actor, boss_id, _, bob_id = env
    set_robots(db, actor, robot_server, boss_id, bob_id)
    robot_server.answers = [
        {"errcode": 310000, "errmsg": "sign not match"},
        {"errcode": 0, "errmsg": "ok"},
    ]
    with db.write() as s:
        [queued] = enqueue_team_message(s, None, "提醒", "内容", "k", NOW)
    report = deliver_pending(db, actor, NOW).value
    assert report.retried == 1 and report.errors == ("errcode 310000: sign not match",)
    with db.read() as s:
        row = s.get(OutboxMessage, queued.id)
        assert (row.status, row.attempts) == ("pending", 1)
        assert row.last_error == "errcode 310000: sign not match"
    assert deliver_pending(db, actor, NOW + RETRY_DELAYS[0]).value.sent == 1
    assert len(robot_server.posts) == 2
    with db.read() as s:
        row = s.get(OutboxMessage, queued.id)
        assert (row.status, row.attempts, row.last_error) == ("sent", 2, None)


def test_a_robot_removed_from_the_settings_fails_its_messages_at_once(env, robot_server):
    db, actor, boss_id, _alice_id, bob_id = env
    set_robots(db, actor, robot_server, boss_id, bob_id)
    with db.write() as s:
        enqueue_team_message(s, bob_id, "提醒", "内容", "k", NOW)
    save_team_robots(db, actor, [])
    report = deliver_pending(db, actor, NOW).value
    assert (report.failed, report.retried, report.sent) == (2, 0, 0)
    assert robot_server.posts == []


def test_a_robot_that_cannot_be_reached_is_tried_again(env, robot_server):
    db, actor, boss_id, _, bob_id = env
    set_robots(db, actor, robot_server, boss_id, bob_id)
    robot_server.answers = [{"errcode": 0}]
    with db.write() as s:
        [queued] = enqueue_team_message(s, None, "提醒", "内容", "k", NOW)
    save_team_robots(
        db, actor, [TeamRobot("dingtalk", "财务群", "http://127.0.0.1:9/robot/send?access_token=x")]
    )
    report = deliver_pending(db, actor, NOW).value
    assert report.retried == 1
    with db.read() as s:
        assert s.get(OutboxMessage, queued.id).next_attempt_at.replace(
            tzinfo=UTC
        ) == NOW + timedelta(minutes=5)


def test_the_settings_page_can_send_a_test_message(env, robot_server):
    robot = TeamRobot("dingtalk", "财务群", f"{robot_server.base}/robot/send?access_token=xyz")
    send_test_robot_message(robot, SECRET)
    [post] = robot_server.posts
    assert post.body["markdown"]["title"] == "LabLedger 测试消息"
    assert post.query["sign"] == [expected_sign(post.query["timestamp"][0])]
    robot_server.answers = [{"errcode": 93000, "errmsg": "invalid webhook url"}]
    with pytest.raises(LedgerError) as failed:
        send_test_robot_message(robot, SECRET)
    assert "invalid webhook url" in failed.value.message
