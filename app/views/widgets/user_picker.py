"""A drop-down of active users with given roles (salesperson, technician, approver...); it
reloads when staff are added or edited (Settings › Staff), keeping the choice made."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.core.changes import Kind
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
        self._ctx = ctx
        self._roles = roles
        self._wanted: int | None = None
        self._loaded = False
        self.users: list[UserRow] = []
        if none_text is not None:
            self.addItem(none_text, None)
        self._fixed_items = self.count()
        self.setMinimumContentsLength(10)
        ctx.bus.changed.connect(self._on_changes)
        self._load()

    def user_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_user_id(self, user_id: int | None) -> None:
        """Select a user now, or once the list has arrived."""
        self._wanted = user_id
        index = self.findData(user_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def _load(self) -> None:
        roles = self._roles
        self._ctx.runner.query(
            lambda session: list_users(session, roles), self._show, owner=self, latest="users"
        )

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.USERS in kinds:
            self._load()

    def _show(self, users: list[UserRow]) -> None:
        if not self._loaded:
            self._loaded = True
            self._fill(users)
            if self._wanted is not None:
                self.set_user_id(self._wanted)
            return
        # Reloaded: the same person stays chosen, without a change signal for a list that
        # only gained or renamed people.
        chosen = self.user_id()
        blocked = self.blockSignals(True)
        while self.count() > self._fixed_items:
            self.removeItem(self._fixed_items)
        self._fill(users)
        self.setCurrentIndex(max(0, self.findData(chosen)) if self.count() else -1)
        self.blockSignals(blocked)
        if self.user_id() != chosen:  # they are no longer offered (made inactive)
            self.currentIndexChanged.emit(self.currentIndex())

    def _fill(self, users: list[UserRow]) -> None:
        self.users = users
        for user in users:
            self.addItem(user.display_name or user.login, user.id)
