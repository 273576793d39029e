"""Staff: the people customers and projects are assigned to (salespeople, managers, finance,
technicians...), added and edited in Settings so that a new database can be used before
anyone logs in. They are the ``users`` records; log-in and passwords come later and attach to
these same records.

Someone who leaves is made inactive, never deleted: pickers stop offering them, while the
customers they own stay theirs (and editable) until they are handed over; the result says
how many that is, so the page can say so."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.db.session import Database
from app.domain.enums import Role
from app.domain.errors import (
    ConcurrentEditError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from app.models import Customer, User
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.field_checks import EMAIL, check_length, check_phone
from app.services.core.permissions import MANAGERS, require

# What a log-in name may be made of (it will be typed at the log-in prompt).
LOGIN_PATTERN = _LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]*$")


@dataclass(frozen=True)
class StaffInput:
    display_name: str
    role: str = Role.SALES.value
    login: str = ""  # staff1, staff2... when left empty
    phone: str = ""
    email: str = ""
    manager_id: int | None = None
    active: bool = True
    team_visible: bool = False  # a salesperson sees the customers of those they manage


@dataclass(frozen=True)
class StaffRow:
    id: int
    version: int
    login: str
    display_name: str
    role: str
    phone: str
    email: str
    manager_id: int | None
    manager_name: str
    active: bool
    customers: int  # customers they own (archived ones not counted)
    team_visible: bool = False

    def as_input(self) -> StaffInput:
        return StaffInput(
            self.display_name,
            self.role,
            self.login,
            self.phone,
            self.email,
            self.manager_id,
            self.active,
            self.team_visible,
        )


@dataclass(frozen=True)
class StaffSaved:
    id: int
    display_name: str
    active: bool
    customers: int  # customers they own now: someone inactive who still owns some needs a note


def _rows(session: Session, user_id: int | None = None) -> list[StaffRow]:
    manager = aliased(User)
    owned = (
        select(func.count(Customer.id))
        .where(Customer.owner_id == User.id, Customer.archived.is_(False))
        .correlate(User)
        .scalar_subquery()
    )
    stmt = (
        select(
            User.id,
            User.version,
            User.login,
            User.display_name,
            User.role,
            func.coalesce(User.phone, ""),
            func.coalesce(User.email, ""),
            User.manager_id,
            func.coalesce(manager.display_name, ""),
            User.active,
            owned,
            User.team_visible,
        )
        .outerjoin(manager, manager.id == User.manager_id)
        .order_by(User.active.desc(), User.display_name, User.id)
    )
    if user_id is not None:
        stmt = stmt.where(User.id == user_id)
    return [
        StaffRow(*row[:9], bool(row[9]), int(row[10] or 0), bool(row[11]))
        for row in session.execute(stmt)
    ]


def list_staff(session: Session) -> list[StaffRow]:
    """Everyone, the active first, by name."""
    return _rows(session)


def get_staff(session: Session, user_id: int) -> StaffRow:
    rows = _rows(session, user_id)
    if not rows:
        raise NotFoundError(entity="User", key=user_id)
    return rows[0]


def _clean(data: StaffInput) -> StaffInput:
    return StaffInput(
        display_name=data.display_name.strip(),
        role=data.role,
        login=data.login.strip(),
        phone=data.phone.strip(),
        email=data.email.strip(),
        manager_id=data.manager_id,
        active=data.active,
        team_visible=data.team_visible,
    )


def _validate(session: Session, actor: Actor, data: StaffInput, stored: User | None) -> None:
    if not data.display_name:
        raise ValidationError("display_name", "The name is required.")
    check_length("display_name", "Name", data.display_name, User.display_name)
    if data.role not in {r.value for r in Role}:
        raise ValidationError("role", "Unknown role: {role}.", role=data.role)
    # Admins may do anything: only an admin makes someone one, or takes it away.
    admin = Role.ADMIN.value
    if (data.role == admin or (stored is not None and stored.role == admin)) and (
        actor.role is not Role.ADMIN
    ):
        raise PermissionDeniedError(role=actor.role.value, action="give or take the admin role")
    if data.login:
        check_length("login", "Login", data.login, User.login)
        if not _LOGIN.match(data.login):
            raise ValidationError(
                "login",
                "The login {login} may use only letters a-z, digits and . _ @ - "
                "(it is typed when logging in).",
                login=data.login,
            )
        others = select(User.id).where(func.lower(User.login) == data.login.lower())
        if stored is not None:
            others = others.where(User.id != stored.id)
        if session.scalar(others) is not None:
            raise ValidationError("login", "The login {login} is already used.", login=data.login)
    check_length("phone", "Phone", data.phone, User.phone)
    check_phone("phone", "Phone", data.phone, stored.phone if stored is not None else None)
    check_length("email", "E-mail", data.email, User.email)
    if data.email and not EMAIL.match(data.email):
        raise ValidationError("email", "{email} is not an e-mail address.", email=data.email)
    _check_manager(session, data, stored)
    if stored is not None and not data.active and stored.id == actor.user_id:
        raise ValidationError("active", "You cannot make yourself inactive.")


def _check_manager(session: Session, data: StaffInput, stored: User | None) -> None:
    manager_id = data.manager_id
    if manager_id is None or (stored is not None and manager_id == stored.manager_id):
        return
    if stored is not None and manager_id == stored.id:
        raise ValidationError("manager", "Nobody can be their own manager.")
    manager = session.get(User, manager_id)
    if manager is None or not manager.active:
        raise ValidationError("manager", "The manager does not exist or is inactive.")
    if stored is None:
        return
    # Up the chain from the new manager: meeting this person would make a loop.
    seen: set[int] = set()
    current: User | None = manager
    while current is not None and current.id not in seen:
        if current.id == stored.id:
            raise ValidationError(
                "manager",
                "{name} cannot be managed by {manager}: {manager} reports to {name}.",
                name=stored.display_name,
                manager=manager.display_name,
            )
        seen.add(current.id)
        current = session.get(User, current.manager_id) if current.manager_id else None


def _next_login(session: Session) -> str:
    taken = {
        login.lower()
        for login in session.scalars(select(User.login).where(User.login.like("staff%")))
    }
    n = 1
    while f"staff{n}" in taken:
        n += 1
    return f"staff{n}"


def _snapshot(user: User) -> dict[str, Any]:
    return {
        "login": user.login,
        "display_name": user.display_name,
        "role": user.role,
        "phone": user.phone,
        "email": user.email,
        "manager_id": user.manager_id,
        "active": user.active,
        "team_visible": bool(user.team_visible),
    }


def _apply(user: User, data: StaffInput) -> None:
    user.display_name = data.display_name
    user.role = data.role
    user.phone = data.phone or None
    user.email = data.email or None
    user.manager_id = data.manager_id
    user.active = data.active
    user.team_visible = data.team_visible


def _owned(session: Session, user_id: int) -> int:
    return int(
        session.scalar(
            select(func.count(Customer.id)).where(
                Customer.owner_id == user_id, Customer.archived.is_(False)
            )
        )
        or 0
    )


def create_staff(db: Database, actor: Actor, data: StaffInput) -> Changed[StaffSaved]:
    require(actor, "manage staff", MANAGERS)
    cleaned = _clean(data)
    with db.write() as session:
        _validate(session, actor, cleaned, None)
        user = User(login=cleaned.login or _next_login(session))
        _apply(user, cleaned)
        session.add(user)
        session.flush()
        record_audit(session, actor, "user.create", "user", user.id, None, _snapshot(user))
        return Changed.of(StaffSaved(user.id, user.display_name, user.active, 0), Kind.USERS)


def update_staff(
    db: Database, actor: Actor, user_id: int, version: int, data: StaffInput
) -> Changed[StaffSaved]:
    """``version`` is the one the form loaded; a newer one means someone else saved first.
    The login stays as it is when left empty."""
    require(actor, "manage staff", MANAGERS)
    cleaned = _clean(data)
    with db.write() as session:
        user = session.get(User, user_id, with_for_update=True)
        if user is None:
            raise NotFoundError(entity="User", key=user_id)
        if user.version != version:
            raise ConcurrentEditError(entity="User", key=user.display_name)
        _validate(session, actor, cleaned, user)
        before = _snapshot(user)
        _apply(user, cleaned)
        if cleaned.login:
            user.login = cleaned.login
        owned = _owned(session, user.id)
        after = _snapshot(user)
        if after == before:
            return Changed.of(StaffSaved(user.id, user.display_name, user.active, owned))
        session.flush()
        # Whoever made someone inactive who still owns customers is on record with the count.
        record_audit(
            session, actor, "user.update", "user", user.id, before, {**after, "customers": owned}
        )
        return Changed.of(StaffSaved(user.id, user.display_name, user.active, owned), Kind.USERS)
