"""How a form shows what the service refused: a ValidationError at the field it names (red
frame, message under the field, the field's tab brought forward and focused), every error of
a ValidationErrors at once, any other expected error in a message bar at the bottom, and a
concurrent edit with a Reload button. The line under a field keeps its room while empty, so
that no field moves when a message appears."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import (
    ConcurrentEditError,
    LabLedgerError,
    ValidationError,
    ValidationErrors,
)
from app.views.shell.error_dialogs import translated_message
from app.views.tables.paged_table_model import HIGHLIGHT_BACKGROUND, NEGATIVE_TEXT
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.steady_size import hold_height

# A form's own error for an amount it cannot read (services take fen, so they never see
# the text); translated in the "errors" context like the services' messages.
AMOUNT_TEMPLATE = QT_TRANSLATE_NOOP("errors", "Enter an amount in yuan, e.g. 50000 or 50,000.00.")

# Set on a dialog (or any ancestor of its fields): marks the fields flagged invalid.
INVALID_STYLE = (
    f'*[invalid="true"] {{ border: 2px solid {NEGATIVE_TEXT.name()}; border-radius: 3px; }}'
)


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};")
    label.setVisible(False)
    return label


def keep_room(label: QLabel) -> QLabel:
    """The label keeps one line of room while hidden: a message that appears under a field
    moves nothing (a longer one wraps into more lines below)."""
    text = label.text()
    label.setText("Xg国")  # one line, as tall as a message will be (Chinese is taller)
    label.setMinimumHeight(label.sizeHint().height())
    label.setText(text)
    policy = label.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    label.setSizePolicy(policy)
    return label


def with_error(widget: QWidget) -> tuple[QWidget, QLabel]:
    """The widget with a (hidden) error line under it, to put in a form row."""
    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(1)
    column.addWidget(widget)
    label = keep_room(error_label())
    column.addWidget(label)
    return cell, label


def each_error(exc: LabLedgerError) -> tuple[LabLedgerError, ...]:
    """The errors in ``exc``: those of a ValidationErrors, else ``exc`` itself."""
    return exc.errors if isinstance(exc, ValidationErrors) else (exc,)


class MessageBar(QFrame):
    """A message at the bottom of a form; with ``show_conflict`` it offers Reload."""

    reloadRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet(
            f"#messageBar {{ background: {HIGHLIGHT_BACKGROUND.name()}; border-radius: 4px; }}"
        )
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};")
        self.reload_button = QPushButton(QCoreApplication.translate("MessageBar", "Reload"))
        self.reload_button.clicked.connect(self.reloadRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.clear()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.reload_button.setVisible(False)
        self.setVisible(True)

    def show_conflict(self, text: str) -> None:
        self.label.setText(
            text
            + "\n"
            + QCoreApplication.translate(
                "MessageBar", "Reload shows what is saved now; your changes in this form are lost."
            )
        )
        self.reload_button.setVisible(True)
        self.setVisible(True)

    def show_message_for(self, exc: LabLedgerError) -> None:
        """An expected error in the user's language (a concurrent edit offers Reload)."""
        if isinstance(exc, ConcurrentEditError):
            self.show_conflict(translated_message(exc))
        else:
            self.show_message(translated_message(exc))

    def clear(self) -> None:
        self.label.clear()
        self.reload_button.setVisible(False)
        self.setVisible(False)


@dataclass
class _Field:
    widget: QWidget
    label: QLabel
    reveal: Callable[[], None] | None


class FieldErrors:
    """The fields of one form by the names services use in ``ValidationError.field``."""

    def __init__(self, bar: MessageBar) -> None:
        self.bar = bar
        self._fields: dict[str, _Field] = {}
        self.shown_field: str | None = None
        self.shown_fields: list[str] = []  # every field with a message, in order

    def add(
        self,
        names: str | tuple[str, ...],
        widget: QWidget,
        label: QLabel,
        reveal: Callable[[], None] | None = None,
    ) -> None:
        """``names``: the field name(s) the services use for this widget; ``reveal`` brings
        it into view (e.g. selects its tab)."""
        for name in (names,) if isinstance(names, str) else names:
            self._fields[name] = _Field(widget, label, reveal)

    def show(self, exc: LabLedgerError) -> str | None:
        """Show the error (every one of a ValidationErrors, each at its field); returns the
        field brought forward and focused, the first named (None: only the message bar)."""
        self.clear()
        elsewhere: list[LabLedgerError] = []
        for error in each_error(exc):
            name = error.field if isinstance(error, ValidationError) else None
            field = self._fields.get(name) if name is not None else None
            if name is None or field is None:
                elsewhere.append(error)
                continue
            text = translated_message(error)
            field.label.setText(f"{field.label.text()}\n{text}" if field.label.text() else text)
            field.label.setVisible(True)
            _mark(field.widget, True)
            self.shown_fields.append(name)
        if len(elsewhere) == 1 and not self.shown_fields:
            self.bar.show_message_for(elsewhere[0])
        elif elsewhere:
            self.bar.show_message("\n".join(translated_message(e) for e in elsewhere))
        if not self.shown_fields:
            return None
        # The field highest in the form is brought forward, whatever the errors' order.
        order = list(self._fields)
        self.shown_field = min(self.shown_fields, key=order.index)
        first = self._fields[self.shown_field]
        if first.reveal is not None:
            first.reveal()
        first.widget.setFocus()
        return self.shown_field

    def widget(self, name: str) -> QWidget | None:
        field = self._fields.get(name)
        return field.widget if field is not None else None

    def error_text(self, name: str) -> str:
        field = self._fields.get(name)
        return field.label.text() if field is not None and field.label.isVisible() else ""

    def is_marked(self, name: str) -> bool:
        field = self._fields.get(name)
        return field is not None and field.widget.property("invalid") is True

    def clear(self) -> None:
        self.shown_field = None
        self.shown_fields = []
        self.bar.clear()
        for field in self._fields.values():
            field.label.clear()
            field.label.setVisible(False)
            _mark(field.widget, False)


def _mark(widget: QWidget, invalid: bool) -> None:
    if invalid:
        hold_height(widget)
    widget.setProperty("invalid", invalid)
    # A dynamic property only restyles once the style is applied again.
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()
