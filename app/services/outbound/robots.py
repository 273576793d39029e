"""Posting to team-chat group robots: 企业微信 (WeCom) and 钉钉 (DingTalk) webhooks, in
their documented JSON message formats. A DingTalk robot with 加签 (a signing secret) wants
``&timestamp=..&sign=..`` on its URL: the HmacSHA256 of "timestamp\\nsecret" keyed with the
secret, base64, URL-encoded. Both answer JSON with ``errcode`` 0 when they took the message.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote_plus

from app.services.outbound.channel_settings import RobotKind, TeamRobot

# WeCom takes at most 4096 bytes of markdown, DingTalk about 20000: stay inside the smaller.
MAX_MARKDOWN_BYTES = 4000
DEFAULT_TIMEOUT = 10.0


class RobotError(Exception):
    """The robot did not take the message; the text says why (stored as the last error)."""


def payload(kind: str, title: str, text: str) -> dict[str, Any]:
    """The JSON body of a markdown message for a robot of ``kind``."""
    content = _clip(text)
    if kind == RobotKind.WECOM:
        # WeCom's markdown has no separate title: it leads the content in bold.
        return {"msgtype": "markdown", "markdown": {"content": _clip(f"**{title}**\n{text}")}}
    if kind == RobotKind.DINGTALK:
        return {"msgtype": "markdown", "markdown": {"title": title, "text": content}}
    raise RobotError(f"unknown robot kind {kind!r}")


def _clip(text: str) -> str:
    data = text.encode("utf-8")
    if len(data) <= MAX_MARKDOWN_BYTES:
        return text
    return data[: MAX_MARKDOWN_BYTES - 3].decode("utf-8", errors="ignore") + "..."


def dingtalk_sign(secret: str, timestamp_ms: int) -> str:
    """DingTalk's signature of ``timestamp_ms``, URL-encoded as it goes on the URL."""
    to_sign = f"{timestamp_ms}\n{secret}".encode()
    digest = hmac.new(secret.encode("utf-8"), to_sign, hashlib.sha256).digest()
    return quote_plus(base64.b64encode(digest))


def signed_url(url: str, secret: str, timestamp_ms: int) -> str:
    joiner = "&" if "?" in url else "?"
    return f"{url}{joiner}timestamp={timestamp_ms}&sign={dingtalk_sign(secret, timestamp_ms)}"


def post(
    robot: TeamRobot,
    title: str,
    text: str,
    *,
    secret: str | None,
    timestamp_ms: int,
    timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """Post one markdown message; raises RobotError unless the robot answered errcode 0."""
    url = robot.url
    if robot.kind == RobotKind.DINGTALK and secret:
        url = signed_url(url, secret, timestamp_ms)
    body = json.dumps(payload(robot.kind, title, text), ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"Content-Type": "application/json; charset=utf-8"},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = response.read()
    except urllib.error.HTTPError as exc:
        raise RobotError(f"HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise RobotError(f"{type(exc).__name__}: {exc}") from exc
    try:
        reply = json.loads(answer.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise RobotError(f"not a JSON answer: {answer[:200]!r}") from exc
    if not isinstance(reply, dict) or reply.get("errcode") != 0:
        errcode = reply.get("errcode") if isinstance(reply, dict) else None
        errmsg = reply.get("errmsg") if isinstance(reply, dict) else reply
        raise RobotError(f"errcode {errcode}: {errmsg}")
