"""A drop-down of active users with given roles (salesperson, technician, approver...)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.core.user_service import UserRow, list_users
from app.views.shell.view_context import ViewContext


class UserCombo(QComboBox):
    def __init__(
        self,
        ctx: ViewContext,
        roles: tuple[str, ...],
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._wanted: int | None = None
        self.users: list[UserRow] = []
        if none_text is not None:
            self.addItem(none_text, None)
        self.setMinimumContentsLength(10)
        ctx.runner.query(lambda session: list_users(session, roles), self._show, owner=self)

    def user_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_user_id(self, user_id: int | None) -> None:
        """Select a user now, or once the list has arrived."""
        self._wanted = user_id
        index = self.findData(user_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def _show(self, users: list[UserRow]) -> None:
        self.users = users
        for user in users:
            self.addItem(user.display_name or user.login, user.id)
        if self._wanted is not None:
            self.set_user_id(self._wanted)
