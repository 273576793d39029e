"""Who is acting: handed to every service so permissions and the audit log live in one place."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.clock import Clock, SystemClock
from app.domain.enums import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    login: str
    role: Role
    display_name: str = ""
    clock: Clock = field(default_factory=SystemClock, compare=False)

    def can(self, *roles: Role) -> bool:
        return self.role in (Role.ADMIN, *roles)


def system_actor(clock: Clock | None = None) -> Actor:
    """The actor for the command line and start-up jobs until users log in (issue: security)."""
    return Actor(
        user_id=None,
        login="system",
        role=Role.ADMIN,
        display_name="system",
        clock=clock or SystemClock(),
    )
