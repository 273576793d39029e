"""Desktop notifications over D-Bus (Linux without a tray): sent to a private session bus
where the test serves org.freedesktop.Notifications itself; no bus or no service: False, so
the notification stays in the in-app centre only."""

from __future__ import annotations

import subprocess
import threading

import pytest
from jeepney import MessageType, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from app.views.notifications.desktop_notifier import dbus_notify


@pytest.fixture
def session_bus(monkeypatch):
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=10)


def serve_one_notification(received: list[tuple[object, ...]], ready: threading.Event) -> None:
    with open_dbus_connection(bus="SESSION") as connection:
        connection.send_and_get_reply(message_bus.RequestName("org.freedesktop.Notifications"))
        ready.set()
        while True:
            message = connection.receive(timeout=10)
            if message.header.message_type is MessageType.method_call:
                received.append(message.body)
                connection.send(new_method_return(message, "u", (7,)))
                return


def test_a_notification_goes_to_the_freedesktop_service(session_bus):
    received: list[tuple[object, ...]] = []
    ready = threading.Event()
    server = threading.Thread(target=serve_one_notification, args=(received, ready))
    server.start()
    assert ready.wait(10)
    assert dbus_notify("逾期", "南京客户 overdue 30 days")
    server.join(10)
    app_name, _replaces, _icon, title, body, *_rest = received[0]
    assert (app_name, title, body) == ("LabLedger", "逾期", "南京客户 overdue 30 days")


def test_no_service_or_no_bus_is_not_an_error(session_bus, monkeypatch):
    assert dbus_notify("t", "b") is False  # a bus, but nobody serves notifications
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    assert dbus_notify("t", "b") is False
