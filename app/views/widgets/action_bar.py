"""A row of action buttons above a list; an action the user's role may not take stays
visible but disabled, saying why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.domain.enums import Role
from app.domain.errors import PermissionDeniedError
from app.services.core.context import Actor
from app.views.shell.error_dialogs import translated_message
from app.views.widgets import icons
from app.views.widgets.icons import Icon


class ActionBar(QWidget):
    def __init__(self, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._allowed: dict[QPushButton, bool] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def add(
        self,
        text: str,
        slot: Callable[[], object],
        roles: tuple[Role, ...],
        action: str,
        icon: Icon | None = None,
    ) -> QPushButton:
        """``roles`` may use the button; ``action`` names it as the services do ('record
        payments') for the explanation shown to everyone else."""
        button = QPushButton(text)
        if icon is not None:
            button.setIcon(icons.icon(icon))
        button.clicked.connect(lambda _checked=False: slot())
        allowed = self._actor.can(*roles)
        self._allowed[button] = allowed
        if not allowed:
            button.setToolTip(
                translated_message(
                    PermissionDeniedError(role=self._actor.role.value, action=action)
                )
            )
        button.setEnabled(allowed)
        self._layout.addWidget(button)
        return button

    def add_stretch(self) -> None:
        self._layout.addStretch(1)

    def set_available(self, button: QPushButton, available: bool) -> None:
        """Enable a button when the selection allows it and the role does."""
        button.setEnabled(available and self._allowed.get(button, True))
