"""Credit holds in dialogs: the refusal with its figures, and for a manager the way to save
anyway with a written reason (the service audits it). Non-managers see the refusal only."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CreditHoldError
from app.services.core.context import Actor
from app.services.core.permissions import MANAGERS
from app.views.shell.error_dialogs import translated_message
from app.views.tables.paged_table_model import HIGHLIGHT_BACKGROUND, NEGATIVE_TEXT
from app.views.widgets.form_fields import reason_edit


def can_override(actor: Actor) -> bool:
    """Managers (and admins) may override a credit hold or a report hold."""
    return actor.can(*MANAGERS)


class OverrideReasonDialog(QDialog):
    """Asks the manager why the hold is overridden; OK only once a reason is written."""

    def __init__(self, refusal: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the hold"))
        self.setMinimumWidth(460)
        intro = QLabel(self.tr("You are about to save despite this refusal:"))
        quoted = QLabel(refusal)
        quoted.setWordWrap(True)
        quoted.setStyleSheet("font-style: italic;")
        audit = QLabel(self.tr("Your reason is kept in the audit log with your name."))
        audit.setWordWrap(True)
        self.reason = reason_edit(self.tr("Why the lab accepts the risk"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = QPushButton(self.tr("Override and save"))
        self.buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: self.ok_button.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, quoted, self.reason, audit, self.buttons):
            layout.addWidget(widget)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class CreditHoldPanel(QFrame):
    """Shown inside a dialog when saving was refused by credit control."""

    overrideRequested = Signal(str)  # the manager's reason

    def __init__(
        self, actor: Actor, parent: QWidget | None = None, *, overridable: bool = True
    ) -> None:
        super().__init__(parent)
        self._manager = can_override(actor) and overridable
        self._overridable = overridable
        self.setObjectName("creditHold")
        self.setStyleSheet(
            f"#creditHold {{ background: {HIGHLIGHT_BACKGROUND.name()}; "
            f"border: 1px solid {NEGATIVE_TEXT.name()}; border-radius: 4px; }}"
        )
        self.title = QLabel(self.tr("Refused by credit control"))
        self.title.setStyleSheet(f"color: {NEGATIVE_TEXT.name()}; font-weight: bold;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel(self.tr("Only a manager can override this hold."))
        self.note.setWordWrap(True)
        self.note.setVisible(overridable and not self._manager)
        self.override_button = QPushButton(self.tr("Override with reason…"))
        self.override_button.setVisible(self._manager)
        self.override_button.clicked.connect(self.ask_reason)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addStretch(0)
        row.addWidget(self.override_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.setVisible(False)

    def show_refusal(self, exc: CreditHoldError) -> None:
        self.text.setText(translated_message(exc))
        self.setVisible(True)

    def clear(self) -> None:
        self.text.clear()
        self.setVisible(False)

    def ask_reason(self) -> OverrideReasonDialog:
        dialog = OverrideReasonDialog(self.text.text(), self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.overrideRequested.emit(dialog.reason_text()))
        dialog.open()
        return dialog
