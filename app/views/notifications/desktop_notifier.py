"""Desktop notifications (PLATFORM.md "Tray and desktop notifications"): the system tray's
balloon where a tray exists (always on Windows), else the freedesktop notification service
over the D-Bus session bus (Linux desktops without a tray), else nothing more: the in-app
notification centre always has every notification.

D-Bus goes through the small pure-Python ``jeepney``: PySide6's QtDBus sent the Notify call
with argument types the service rejected (PLATFORM.md)."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from app.views.ops.op_runner import Op, OpRunner
from app.views.widgets.icons import app_icon

log = logging.getLogger(__name__)

APP_NAME = "LabLedger"
TRAY, DBUS, NONE = "tray", "dbus", "none"
DBUS_TIMEOUT_S = 2.0


def dbus_notify(title: str, body: str) -> bool:
    """Send one notification to org.freedesktop.Notifications; False when there is no
    session bus, no service, or jeepney is not installed."""
    try:
        from jeepney import DBusAddress, new_method_call  # type: ignore[import-untyped]
        from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]
    except ImportError:
        return False
    address = DBusAddress(
        "/org/freedesktop/Notifications",
        bus_name="org.freedesktop.Notifications",
        interface="org.freedesktop.Notifications",
    )
    hints: dict[str, Any] = {}
    message = new_method_call(
        address, "Notify", "susssasa{sv}i", (APP_NAME, 0, "", title, body, [], hints, -1)
    )
    try:
        with open_dbus_connection(bus="SESSION") as connection:
            reply = connection.send_and_get_reply(message, timeout=DBUS_TIMEOUT_S)
    except Exception as exc:  # no session bus (KeyError), no service, a timeout...
        log.info("no desktop notification service: %s", exc)
        return False
    return bool(reply.header.message_type.name == "method_return")


class DesktopNotifier(QObject):
    """Shows notifications on the desktop the best way this machine offers; D-Bus calls run
    off the GUI thread."""

    shown = Signal(str, str)  # title, text: what was handed to the desktop

    def __init__(self, runner: OpRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._runner = runner
        self.tray: QSystemTrayIcon | None = None
        self.mode = TRAY if QSystemTrayIcon.isSystemTrayAvailable() else DBUS
        if self.mode == TRAY:
            self.tray = QSystemTrayIcon(app_icon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.show()

    def notify_all(self, messages: list[tuple[str, str]]) -> None:
        """Hand each (title, text) to the desktop, in order."""
        if not messages:
            return
        if self.mode == TRAY and self.tray is not None:
            for title, text in messages:
                self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
                self.shown.emit(title, text)
        elif self.mode == DBUS:

            def send(_op: Op) -> list[tuple[str, str]]:
                sent: list[tuple[str, str]] = []
                for title, text in messages:
                    if not dbus_notify(title, text):
                        break
                    sent.append((title, text))
                return sent

            self._runner.run(send, self._sent, owner=self)

    def _sent(self, sent: list[tuple[str, str]]) -> None:
        if not sent:
            self.mode = NONE  # no service: the centre alone has them from now on
        for title, text in sent:
            self.shown.emit(title, text)
