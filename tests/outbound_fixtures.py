"""Fixtures of the outbound channels' tests (db and ui): an in-memory keyring, a local SMTP server
(aiosmtpd) and a local HTTP server standing in for the WeCom and DingTalk robots."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in a dict, so tests never touch the PC's own."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


def free_port() -> int:
    """A port nothing listens on (bound, read and released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SmtpSink:
    """Keeps every message the local SMTP server accepts."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []
        self.logins: list[tuple[str, str]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Envelope) -> str:
        self.envelopes.append(envelope)
        return "250 OK"


@dataclass
class SmtpServer:
    port: int
    sink: SmtpSink


USER, PASSWORD = "billing@lab.example.cn", "s3cret-Pa55"


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A local SMTP server that wants USER and PASSWORD (AUTH over a plain connection, as a
    test allows)."""
    sink = SmtpSink()

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any):
        sink.logins.append((auth.login.decode(), auth.password.decode()))
        ok = auth.login.decode() == USER and auth.password.decode() == PASSWORD
        # handled=False: the server answers the failure itself (535).
        return AuthResult(success=ok, handled=False)

    port = free_port()
    controller = Controller(
        sink,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield SmtpServer(port, sink)
    finally:
        controller.stop()


@dataclass
class RobotPost:
    path: str
    query: dict[str, list[str]]
    body: dict[str, Any]


@dataclass
class RobotServer:
    base: str
    posts: list[RobotPost] = field(default_factory=list)
    # What the robot answers to each post, in turn; the last one repeats.
    answers: list[dict[str, Any]] = field(default_factory=lambda: [{"errcode": 0, "errmsg": "ok"}])


@pytest.fixture
def robot_server() -> Iterator[RobotServer]:
    server_state = RobotServer(base="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = json.loads(self.rfile.read(length).decode("utf-8"))
            parts = urlsplit(self.path)
            server_state.posts.append(RobotPost(parts.path, parse_qs(parts.query), body))
            answers = server_state.answers
            answer = answers.pop(0) if len(answers) > 1 else answers[0]
            data = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server_state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
