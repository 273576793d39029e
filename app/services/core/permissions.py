"""One place that decides what a role may do."""

from __future__ import annotations

from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError
from app.services.core.context import Actor

FINANCE = (Role.FINANCE, Role.MANAGER)
SALES = (Role.SALES, Role.FINANCE, Role.MANAGER)
MANAGERS = (Role.MANAGER,)
STAFF = (Role.SALES, Role.FINANCE, Role.MANAGER, Role.TECHNICIAN)


def require(actor: Actor, action: str, roles: tuple[Role, ...]) -> None:
    """Admins may do anything; everyone else needs one of ``roles``."""
    if not actor.can(*roles):
        raise PermissionDeniedError(role=actor.role.value, action=action)


def require_change(actor: Actor, action: str) -> None:
    """Anyone but a viewer: for the writes every role may make (viewers change nothing)."""
    if actor.role is Role.VIEWER:
        raise PermissionDeniedError(role=actor.role.value, action=action)
