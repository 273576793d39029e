"""The outbound channels' settings: the lab's SMTP server (emails to customers) and the
team-chat robots (企业微信 WeCom and 钉钉 DingTalk group webhooks) that receive each
salesperson's reminders. Kept in the settings table (keys "smtp" and "team_robots"); the
SMTP password and DingTalk signing secrets are in the OS keyring (keyring_store.py)."""

from __future__ import annotations

import ipaddress
from dataclasses import asdict, dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import FieldProblems, ValidationError
from app.models import User
from app.services.core.changes import Changed, Kind
from app.services.core.field_checks import EMAIL, check_length
from app.services.core.permissions import MANAGERS, require
from app.services.core.settings_service import get_value, set_value
from app.services.outbound.keyring_store import (
    delete_secret,
    load_secret,
    robot_account,
    smtp_account,
    store_secret,
)

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.core.context import Actor


class Security(StrEnum):
    SSL = "ssl"  # SMTP over TLS from the start (port 465)
    STARTTLS = "starttls"  # plain connection upgraded with STARTTLS (port 587)
    NONE = "none"  # no encryption: only for a server inside the lab's own network


class RobotKind(StrEnum):
    WECOM = "wecom"
    DINGTALK = "dingtalk"


class Scope(StrEnum):
    ALL = "all"  # every salesperson's messages
    TEAM = "team"  # the messages of a manager and of the staff who report to them
    SALESPERSON = "salesperson"  # one person's messages


@dataclass(frozen=True)
class SmtpSettings:
    host: str = ""
    port: int = 465
    security: str = Security.SSL.value
    user: str = ""
    from_address: str = ""
    from_name: str = ""
    reply_to: str = ""
    timeout_seconds: int = 30

    @property
    def is_configured(self) -> bool:
        return bool(self.host and self.from_address)


@dataclass(frozen=True)
class TeamRobot:
    """A group robot: its ``name`` (unique) names it in the outbox; ``scope_user_id`` is
    the salesperson, or the team's manager, whose messages it receives."""

    kind: str
    name: str
    url: str
    scope: str = Scope.ALL.value
    scope_user_id: int | None = None


MAX_ROBOTS = 50


@dataclass(frozen=True)
class ChannelsShown:
    """What the settings page shows: the stored settings (no secrets) and the active staff
    a robot's scope can name."""

    smtp: SmtpSettings
    robots: list[TeamRobot]
    staff: list[tuple[int, str]]  # id and name


def channels_shown(session: Session) -> ChannelsShown:
    staff = [
        (user_id, name)
        for user_id, name in session.execute(
            select(User.id, User.display_name).where(User.active.is_(True)).order_by(User.id)
        )
    ]
    return ChannelsShown(get_smtp_settings(session), get_team_robots(session), staff)


def get_smtp_settings(session: Session) -> SmtpSettings:
    stored: dict[str, Any] = get_value(session, "smtp") or {}
    defaults = SmtpSettings()
    return SmtpSettings(
        host=str(stored.get("host", defaults.host)),
        port=int(stored.get("port", defaults.port)),
        security=str(stored.get("security", defaults.security)),
        user=str(stored.get("user", defaults.user)),
        from_address=str(stored.get("from_address", defaults.from_address)),
        from_name=str(stored.get("from_name", defaults.from_name)),
        reply_to=str(stored.get("reply_to", defaults.reply_to)),
        timeout_seconds=int(stored.get("timeout_seconds", defaults.timeout_seconds)),
    )


def smtp_password(settings: SmtpSettings) -> str | None:
    """The password in the keyring for the settings' user and host; None without a user."""
    if not settings.user:
        return None
    return load_secret(smtp_account(settings.user, settings.host))


def get_team_robots(session: Session) -> list[TeamRobot]:
    robots = []
    for item in get_value(session, "team_robots") or []:
        user_id = item.get("scope_user_id")
        robots.append(
            TeamRobot(
                kind=str(item.get("kind", "")),
                name=str(item.get("name", "")),
                url=str(item.get("url", "")),
                scope=str(item.get("scope", Scope.ALL.value)),
                scope_user_id=int(user_id) if user_id is not None else None,
            )
        )
    return robots


def robot_secret(robot: TeamRobot) -> str | None:
    """A DingTalk robot's signing secret from the keyring (None: the robot signs nothing)."""
    if robot.kind != RobotKind.DINGTALK:
        return None
    return load_secret(robot_account(robot.name))


def clean_smtp_settings(settings: SmtpSettings) -> SmtpSettings:
    """The settings with text trimmed, or ValidationError(s) naming each wrong field."""
    cleaned = replace(
        settings,
        host=settings.host.strip(),
        user=settings.user.strip(),
        from_address=settings.from_address.strip(),
        from_name=settings.from_name.strip(),
        reply_to=settings.reply_to.strip(),
    )
    problems = FieldProblems()
    if not cleaned.user.isascii():
        problems.add(
            ValidationError(
                "user", "The user name can have only letters, digits and ASCII symbols."
            )
        )
    if not cleaned.host:
        problems.add(ValidationError("host", "The mail server (SMTP host) is required."))
    with problems.collect():
        check_length("host", "Mail server", cleaned.host, 255)
    if not 1 <= cleaned.port <= 65535:
        problems.add(ValidationError("port", "The port must be a number from 1 to 65535."))
    if cleaned.security not in {s.value for s in Security}:
        problems.add(
            ValidationError(
                "security", "Unknown connection security: {value}.", value=cleaned.security
            )
        )
    if not cleaned.from_address:
        problems.add(ValidationError("from_address", "The sender's email address is required."))
    for field, label, value in (
        ("from_address", "Sender's address", cleaned.from_address),
        ("reply_to", "Reply-to address", cleaned.reply_to),
    ):
        if value and not EMAIL.match(value):
            problems.add(
                ValidationError(
                    field, "{label}: {value} is not an email address.", label=label, value=value
                )
            )
        with problems.collect():
            check_length(field, label, value, 200)
    for field, label, value in (
        ("user", "User name", cleaned.user),
        ("from_name", "Sender's name", cleaned.from_name),
    ):
        with problems.collect():
            check_length(field, label, value, 200)
    if not 1 <= cleaned.timeout_seconds <= 300:
        problems.add(ValidationError("timeout", "The time-out must be from 1 to 300 seconds."))
    problems.raise_if_any()
    return cleaned


def save_smtp_settings(
    db: Database, actor: Actor, settings: SmtpSettings, password: str | None = None
) -> Changed[SmtpSettings]:
    """Store the mail server settings (audited); ``password``, when given, goes to the OS
    keyring ("" removes it), and nothing is saved if the keyring cannot keep it."""
    require(actor, "change the notification channels", MANAGERS)
    cleaned = clean_smtp_settings(settings)
    if password is not None:
        if password and not cleaned.user:
            raise ValidationError("user", "A password needs the user name it belongs to.")
        if not password.isascii():
            # smtplib logs in with ASCII only; mail servers' app passwords are ASCII.
            raise ValidationError(
                "password", "The password can have only letters, digits and ASCII symbols."
            )
        if cleaned.user:
            store_secret(smtp_account(cleaned.user, cleaned.host), password)
    with db.write() as session:
        if get_smtp_settings(session) == cleaned and get_value(session, "smtp"):
            return Changed.of(cleaned)
        set_value(session, actor, "smtp", asdict(cleaned))
    return Changed.of(cleaned, Kind.SETTINGS)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_webhook_url(field: str, url: str) -> None:
    """A robot's webhook: https (plain http only to this PC, for tests and local relays)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    secure = parts.scheme == "https" or (parts.scheme == "http" and _is_loopback(host))
    if not host or not secure:
        raise ValidationError(
            field, "The webhook address must start with https:// and name a server: {url}", url=url
        )


def clean_team_robots(robots: list[TeamRobot]) -> list[TeamRobot]:
    problems = FieldProblems()
    if len(robots) > MAX_ROBOTS:
        problems.add(
            ValidationError("robots", "At most {max} team robots can be set.", max=MAX_ROBOTS)
        )
    cleaned: list[TeamRobot] = []
    names: set[str] = set()
    for robot in robots:
        robot = replace(robot, name=robot.name.strip(), url=robot.url.strip())
        if robot.kind not in {k.value for k in RobotKind}:
            problems.add(
                ValidationError(
                    "kind", "A robot is WeCom or DingTalk, not {value}.", value=robot.kind
                )
            )
        if not robot.name:
            problems.add(ValidationError("name", "Each robot needs a name."))
        elif robot.name in names:
            problems.add(ValidationError("name", "Two robots are named {name}.", name=robot.name))
        names.add(robot.name)
        with problems.collect():
            check_length("name", "Robot name", robot.name, 100)
        with problems.collect():
            check_webhook_url("url", robot.url)
        with problems.collect():
            check_length("url", "Webhook address", robot.url, 1000)
        if robot.scope not in {s.value for s in Scope}:
            problems.add(
                ValidationError("scope", "Unknown robot scope: {value}.", value=robot.scope)
            )
        elif robot.scope == Scope.ALL:
            robot = replace(robot, scope_user_id=None)
        elif robot.scope_user_id is None:
            problems.add(
                ValidationError(
                    "scope_user",
                    "The robot {name} is for one salesperson or team: choose whom.",
                    name=robot.name,
                )
            )
        cleaned.append(robot)
    problems.raise_if_any()
    return cleaned


def save_team_robots(
    db: Database,
    actor: Actor,
    robots: list[TeamRobot],
    secrets: dict[str, str] | None = None,
) -> Changed[list[TeamRobot]]:
    """Store the team robots (audited). ``secrets`` maps a DingTalk robot's name to its
    signing secret for the OS keyring ("" removes it); the secrets of robots no longer
    listed are removed."""
    require(actor, "change the notification channels", MANAGERS)
    cleaned = clean_team_robots(robots)
    by_name = {r.name: r for r in cleaned}
    for name, secret in (secrets or {}).items():
        robot = by_name.get(name)
        if robot is None or robot.kind != RobotKind.DINGTALK:
            raise ValidationError(
                "secret", "Only a DingTalk robot has a signing secret: {name}.", name=name
            )
        store_secret(robot_account(name), secret)
    with db.write() as session:
        before = get_team_robots(session)
        if before == cleaned:
            return Changed.of(cleaned)
        set_value(session, actor, "team_robots", [asdict(r) for r in cleaned])
    for old in before:
        if old.kind == RobotKind.DINGTALK and old.name not in by_name:
            delete_secret(robot_account(old.name))
    return Changed.of(cleaned, Kind.SETTINGS)
