"""Who a reminder goes to: the schedule's recipients resolved to active users."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import Role
from app.models import User
from app.services.reminders.schedule import MANAGER, ROLE_PREFIX, SALESPERSON


@dataclass
class Staff:
    """The active users, read once per reminder run."""

    manager_of: dict[int, int | None] = field(default_factory=dict)
    by_role: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    @classmethod
    def load(cls, session: Session) -> Staff:
        staff = cls()
        rows = session.execute(
            select(User.id, User.role, User.manager_id)
            .where(User.active.is_(True))
            .order_by(User.id)
        )
        for uid, role, manager_id in rows:
            staff.manager_of[uid] = manager_id
            staff.by_role[role].append(uid)
        return staff

    def is_active(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.manager_of

    def resolve(self, recipient: str, salesperson_id: int | None) -> list[int]:
        """The users ``recipient`` names for a customer owned by ``salesperson_id``. A customer
        without an active owner is the managers' to chase; a salesperson without an active
        manager is escalated to every manager."""
        managers = list(self.by_role.get(Role.MANAGER.value, ()))
        if recipient == SALESPERSON:
            return [salesperson_id] if salesperson_id in self.manager_of else managers
        if recipient == MANAGER:
            boss = self.manager_of.get(salesperson_id) if salesperson_id is not None else None
            return [boss] if boss is not None and self.is_active(boss) else managers
        if recipient.startswith(ROLE_PREFIX):
            return list(self.by_role.get(recipient[len(ROLE_PREFIX) :], ()))
        return []

    def resolve_all(self, recipients: tuple[str, ...], salesperson_id: int | None) -> list[int]:
        """Every user the recipients name, each once, in the schedule's order."""
        found: list[int] = []
        for recipient in recipients:
            for uid in self.resolve(recipient, salesperson_id):
                if uid not in found:
                    found.append(uid)
        return found
