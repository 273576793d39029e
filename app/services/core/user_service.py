"""Users for pickers (salesperson, technician, approver); log-in and passwords come later."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import User


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    display_name: str
    role: str


def list_users(
    session: Session, roles: tuple[str, ...] = (), active_only: bool = True
) -> list[UserRow]:
    stmt = select(User.id, User.login, User.display_name, User.role).order_by(
        User.display_name, User.id
    )
    if roles:
        stmt = stmt.where(User.role.in_(roles))
    if active_only:
        stmt = stmt.where(User.active.is_(True))
    return [UserRow(*row) for row in session.execute(stmt)]
