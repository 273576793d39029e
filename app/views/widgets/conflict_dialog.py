"""Shown when a save is refused because another PC saved the record first: which fields
differ, as this form has them and as they are saved now. The form keeps the user's input;
"Reload" replaces it with what is saved, "Keep my input" goes back to the form."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import ConcurrentEditError
from app.views.labels import category_label
from app.views.ledger_labels import PAYMENT_STATES, stage_label
from app.views.shell.error_dialogs import translated_message
from app.views.translate import QT_TRANSLATE_NOOP

_CONTEXT = "ConflictDialog"

# The field labels services put in FieldChange.field (app/services/core/conflicts.py and
# the customer edit service), for lupdate.
FIELD_LABELS = (
    QT_TRANSLATE_NOOP("ConflictDialog", "Status"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Amount"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Applied"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Allocated"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Stage"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Quoted amount"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Contract amount"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Customer name"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Customer code"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Short name"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Category"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Unified social credit code"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Credit tier"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Owner"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Credit limit"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Payment terms (days)"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Region"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Address"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Phone"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Invoice title"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Tax ID"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Bank"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Bank account"),
    QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
)
INVOICE_STATES = {
    "issued": QT_TRANSLATE_NOOP("ConflictDialog", "Issued"),
    "void": QT_TRANSLATE_NOOP("ConflictDialog", "Void"),
}


def shown_value(field: str, value: str) -> str:
    """A coded value (a status, a stage, a category) in the UI language; others as they are."""
    if field == "Stage":
        return stage_label(value)
    if field == "Category":
        return category_label(value)
    if field == "Status":
        source = INVOICE_STATES.get(value)
        if source is not None:
            return QCoreApplication.translate(_CONTEXT, source)
        source = PAYMENT_STATES.get(value)
        if source is not None:
            return QCoreApplication.translate("ledger_labels", source)
    return value


class ConflictDialog(QDialog):
    """Modal over the form; ``on_reload`` runs when the user chooses to reload."""

    COLUMNS = 3

    def __init__(
        self,
        exc: ConcurrentEditError,
        on_reload: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.setMinimumWidth(560)
        self._on_reload = on_reload
        text = QLabel(
            translated_message(exc)
            + "\n"
            + self.tr(
                "Nothing was saved and your input is still in the form. Reload shows what is "
                "saved now (your input is replaced); keep your input to copy it first."
            )
        )
        text.setWordWrap(True)
        self.table = QTableWidget(len(exc.changes), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your value"), self.tr("Saved by the other PC")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, change in enumerate(exc.changes):
            cells = (
                QCoreApplication.translate(_CONTEXT, change.field),
                shown_value(change.field, change.yours),
                shown_value(change.field, change.theirs),
            )
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        self.table.setVisible(bool(exc.changes))
        self.buttons = QDialogButtonBox()
        self.reload_button = self.buttons.addButton(
            self.tr("Reload"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button = self.buttons.addButton(
            self.tr("Keep my input"), QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter keeps the input: replacing it is the choice that loses something.
        self.keep_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.accepted.connect(self._on_reload)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row (for tests and for reading aloud)."""
        return [
            tuple(
                item.text() if (item := self.table.item(r, c)) is not None else ""
                for c in range(self.COLUMNS)
            )
            for r in range(self.table.rowCount())
        ]
