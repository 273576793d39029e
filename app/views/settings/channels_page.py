"""Settings › notification channels (通知渠道): the lab's mail server, through which payment
reminders are emailed to customers, and the team-chat robots (企业微信 WeCom, 钉钉 DingTalk)
that receive the salespeople's reminders. The password and signing secrets go to the
system keyring; the page never reads them back, so a blank field keeps what is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.services.core.permissions import MANAGERS
from app.services.outbound.channel_check import send_test_email, send_test_robot_message
from app.services.outbound.channel_settings import (
    ChannelsShown,
    RobotKind,
    Scope,
    Security,
    SmtpSettings,
    TeamRobot,
    channels_shown,
    robot_secret,
    save_smtp_settings,
    save_team_robots,
    smtp_password,
)
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.form_errors import INVALID_STYLE, FieldErrors, MessageBar, with_error
from app.views.widgets.icons import Icon

SECURITY_LABELS = {
    Security.SSL: QT_TRANSLATE_NOOP("ChannelsPage", "SSL/TLS (usually port 465)"),
    Security.STARTTLS: QT_TRANSLATE_NOOP("ChannelsPage", "STARTTLS (usually port 587)"),
    Security.NONE: QT_TRANSLATE_NOOP("ChannelsPage", "None (only inside the lab's network)"),
}
KIND_LABELS = {
    RobotKind.WECOM: QT_TRANSLATE_NOOP("ChannelsPage", "WeCom"),
    RobotKind.DINGTALK: QT_TRANSLATE_NOOP("ChannelsPage", "DingTalk"),
}
SCOPE_LABELS = {
    Scope.ALL: QT_TRANSLATE_NOOP("ChannelsPage", "Everyone"),
    Scope.TEAM: QT_TRANSLATE_NOOP("ChannelsPage", "A manager's team"),
    Scope.SALESPERSON: QT_TRANSLATE_NOOP("ChannelsPage", "One salesperson"),
}
KIND_COLUMN, NAME_COLUMN, URL_COLUMN, SCOPE_COLUMN, PERSON_COLUMN, SECRET_COLUMN = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChannelsPage", text)


class ChannelsPage(QWidget):
    loaded = Signal()  # the stored settings are shown
    finished = Signal()  # a save or a test has come back (status or message shown)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._staff: list[tuple[int, str]] = []
        self.setStyleSheet(INVALID_STYLE)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = MessageBar()
        self.smtp_errors = FieldErrors(self.bar)
        body = QWidget()
        body.setMaximumWidth(980)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build_mail_box())
        layout.addWidget(self._build_robots_box())
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(body)
        outer.addStretch(1)
        self.refresh()

    # -- building -----------------------------------------------------------------------

    def _build_mail_box(self) -> QGroupBox:
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.exmail.qq.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for value, label in SECURITY_LABELS.items():
            self.security.addItem(_tr(label), value.value)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Kept in the system keyring; blank keeps it"))
        self.from_address = QLineEdit()
        self.from_name = QLineEdit()
        self.reply_to = QLineEdit()
        box = QGroupBox(self.tr("Mail server (reminders emailed to customers)"))
        form = QFormLayout(box)
        rows = (
            ("host", self.tr("SMTP server"), self.host),
            ("port", self.tr("Port"), self.port),
            ("security", self.tr("Encryption"), self.security),
            ("user", self.tr("User name"), self.user),
            ("password", self.tr("Password"), self.password),
            ("from_address", self.tr("Sender's address"), self.from_address),
            ("from_name", self.tr("Sender's name"), self.from_name),
            ("reply_to", self.tr("Reply-to address"), self.reply_to),
        )
        for name, label, widget in rows:
            cell, error = with_error(widget)
            self.smtp_errors.add(name, widget, error)
            form.addRow(label, cell)
        actions = ActionBar(self._ctx.actor)
        self.save_smtp_button = actions.add(
            self.tr("Save mail server"),
            self.save_smtp,
            MANAGERS,
            "change the notification channels",
            Icon.APPROVE,
        )
        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText(self.tr("Send a test email to…"))
        self.test_email_button = QPushButton(self.tr("Send test email"))
        self.test_email_button.clicked.connect(self.send_test_email)
        actions.add_stretch()
        line = QHBoxLayout()
        line.addWidget(actions, 1)
        line.addWidget(self.test_to)
        line.addWidget(self.test_email_button)
        form.addRow(line)
        return box

    def _build_robots_box(self) -> QGroupBox:
        self.robots = QTableWidget(0, 6)
        self.robots.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Name"),
                self.tr("Webhook address"),
                self.tr("Receives the messages of"),
                self.tr("Person"),
                self.tr("Signing secret (DingTalk)"),
            ]
        )
        header = self.robots.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(URL_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.robots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.robots.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.robots.verticalHeader().setVisible(False)
        self.robots.setMinimumHeight(160)
        hint = QLabel(
            self.tr(
                "Each salesperson's reminders and escalations are also posted to the group "
                "robots that receive their messages: those for everyone, the robot of their "
                "manager's team and their own. Copy the webhook address from the group's robot "
                "settings; a DingTalk robot with signing (加签) needs its secret."
            )
        )
        hint.setWordWrap(True)
        actions = ActionBar(self._ctx.actor)
        action = "change the notification channels"
        self.add_robot_button = actions.add(
            self.tr("Add robot"), self.add_robot, MANAGERS, action, Icon.NEW
        )
        self.remove_robot_button = actions.add(
            self.tr("Remove robot"), self.remove_robot, MANAGERS, action, Icon.DELETE
        )
        self.save_robots_button = actions.add(
            self.tr("Save robots"), self.save_robots, MANAGERS, action, Icon.APPROVE
        )
        actions.add_stretch()
        self.test_robot_button = QPushButton(self.tr("Send test message"))
        self.test_robot_button.clicked.connect(self.send_test_robot)
        line = QHBoxLayout()
        line.addWidget(actions, 1)
        line.addWidget(self.test_robot_button)
        box = QGroupBox(self.tr("Team chat robots"))
        column = QVBoxLayout(box)
        column.addWidget(hint)
        column.addWidget(self.robots)
        column.addLayout(line)
        return box

    # -- what is stored -----------------------------------------------------------------

    def refresh(self) -> None:
        self._ctx.runner.query(channels_shown, self._show, owner=self, latest="channels")

    def _show(self, shown: ChannelsShown) -> None:
        self._staff = shown.staff
        smtp = shown.smtp
        self.host.setText(smtp.host)
        self.port.setValue(smtp.port)
        self.security.setCurrentIndex(max(0, self.security.findData(smtp.security)))
        self.user.setText(smtp.user)
        self.password.clear()
        self.from_address.setText(smtp.from_address)
        self.from_name.setText(smtp.from_name)
        self.reply_to.setText(smtp.reply_to)
        self.robots.setRowCount(0)
        for robot in shown.robots:
            self.add_robot(robot)
        self.loaded.emit()

    # -- mail server --------------------------------------------------------------------

    def smtp_settings(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=str(self.security.currentData()),
            user=self.user.text(),
            from_address=self.from_address.text(),
            from_name=self.from_name.text(),
            reply_to=self.reply_to.text(),
        )

    def save_smtp(self) -> None:
        self._clear()
        settings, password = self.smtp_settings(), self.password.text() or None
        ctx = self._ctx
        self.save_smtp_button.setEnabled(False)
        ctx.writer.write(
            lambda op: save_smtp_settings(op.database, ctx.actor, settings, password),
            lambda _saved: self._done(self.tr("Mail server saved.")),
            owner=self,
            on_expected_error=self._smtp_refused,
            on_finished=lambda: self.save_smtp_button.setEnabled(True),
        )

    def send_test_email(self) -> None:
        self._clear()
        settings, typed, to = self.smtp_settings(), self.password.text(), self.test_to.text()
        self.test_email_button.setEnabled(False)
        self._ctx.runner.run(
            lambda _op: send_test_email(settings, typed or smtp_password(settings), to),
            lambda _none: self._done(self.tr("Test email sent to {to}.").format(to=to.strip())),
            owner=self,
            on_expected_error=self._smtp_refused,
            on_finished=lambda: self.test_email_button.setEnabled(True),
        )

    def _smtp_refused(self, exc: LabLedgerError) -> None:
        self.smtp_errors.show(exc)
        self.finished.emit()

    # -- robots -------------------------------------------------------------------------

    def add_robot(self, robot: TeamRobot | None = None) -> int:
        row = self.robots.rowCount()
        self.robots.insertRow(row)
        kind = QComboBox()
        for kind_value, label in KIND_LABELS.items():
            kind.addItem(_tr(label), kind_value.value)
        scope = QComboBox()
        for scope_value, label in SCOPE_LABELS.items():
            scope.addItem(_tr(label), scope_value.value)
        person = QComboBox()
        person.addItem("—", None)
        for user_id, name in self._staff:
            person.addItem(name, user_id)
        secret = QLineEdit()
        secret.setEchoMode(QLineEdit.EchoMode.Password)
        secret.setPlaceholderText(self.tr("blank keeps it"))
        if robot is not None:
            kind.setCurrentIndex(max(0, kind.findData(robot.kind)))
            scope.setCurrentIndex(max(0, scope.findData(robot.scope)))
            person.setCurrentIndex(max(0, person.findData(robot.scope_user_id)))
        self.robots.setCellWidget(row, KIND_COLUMN, kind)
        self.robots.setItem(row, NAME_COLUMN, QTableWidgetItem(robot.name if robot else ""))
        self.robots.setItem(row, URL_COLUMN, QTableWidgetItem(robot.url if robot else ""))
        self.robots.setCellWidget(row, SCOPE_COLUMN, scope)
        self.robots.setCellWidget(row, PERSON_COLUMN, person)
        self.robots.setCellWidget(row, SECRET_COLUMN, secret)
        self.robots.selectRow(row)
        return row

    def remove_robot(self) -> None:
        row = self.robots.currentRow()
        if row >= 0:
            self.robots.removeRow(row)

    def robot_at(self, row: int) -> TeamRobot:
        def combo(column: int) -> QComboBox:
            widget = self.robots.cellWidget(row, column)
            assert isinstance(widget, QComboBox)
            return widget

        def text(column: int) -> str:
            item = self.robots.item(row, column)
            return item.text() if item is not None else ""

        person = combo(PERSON_COLUMN).currentData()
        return TeamRobot(
            kind=str(combo(KIND_COLUMN).currentData()),
            name=text(NAME_COLUMN),
            url=text(URL_COLUMN),
            scope=str(combo(SCOPE_COLUMN).currentData()),
            scope_user_id=int(person) if person is not None else None,
        )

    def secret_at(self, row: int) -> str:
        widget = self.robots.cellWidget(row, SECRET_COLUMN)
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def save_robots(self) -> None:
        self._clear()
        robots = [self.robot_at(row) for row in range(self.robots.rowCount())]
        secrets = {
            robot.name.strip(): self.secret_at(row)
            for row, robot in enumerate(robots)
            if self.secret_at(row)
        }
        ctx = self._ctx
        self.save_robots_button.setEnabled(False)
        ctx.writer.write(
            lambda op: save_team_robots(op.database, ctx.actor, robots, secrets),
            lambda _saved: self._saved_robots(),
            owner=self,
            on_expected_error=self._refused,
            on_finished=lambda: self.save_robots_button.setEnabled(True),
        )

    def _saved_robots(self) -> None:
        self._done(self.tr("Robots saved."))
        self.refresh()

    def send_test_robot(self) -> None:
        self._clear()
        row = self.robots.currentRow()
        if row < 0:
            self.bar.show_message(self.tr("Choose the robot to test."))
            return
        robot, typed = self.robot_at(row), self.secret_at(row)
        self.test_robot_button.setEnabled(False)
        self._ctx.runner.run(
            lambda _op: send_test_robot_message(robot, typed or robot_secret(robot)),
            lambda _none: self._done(
                self.tr("Test message posted to {name}.").format(name=robot.name)
            ),
            owner=self,
            on_expected_error=self._refused,
            on_finished=lambda: self.test_robot_button.setEnabled(True),
        )

    # -- messages -----------------------------------------------------------------------

    def _clear(self) -> None:
        self.status.clear()
        self.smtp_errors.clear()

    def _done(self, text: str) -> None:
        self.status.setText(text)
        self.finished.emit()

    def _refused(self, exc: LabLedgerError) -> None:
        self.bar.show_message_for(exc)
        self.finished.emit()
