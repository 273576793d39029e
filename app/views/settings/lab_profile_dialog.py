"""Edit the lab's letterhead and bank details (printed on reconciliation statements)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError, ValidationError
from app.services.core.settings_service import LabProfile, get_lab_profile, save_lab_profile
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT


class LabProfileDialog(QDialog):
    def __init__(
        self, ctx: ViewContext, profile: LabProfile, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: LabProfile | None = None
        self.setWindowTitle(self.tr("Lab profile"))
        self.setMinimumWidth(520)
        labels = {
            "name": self.tr("Lab name"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "tax_id": self.tr("Tax ID (USCC)"),
            "bank_name": self.tr("Bank"),
            "bank_account": self.tr("Bank account"),
            "contact": self.tr("Contact person"),
        }
        self.inputs: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for spec in fields(LabProfile):
            edit = QLineEdit(getattr(profile, spec.name))
            error = QLabel()
            error.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};")
            error.setVisible(False)
            self.inputs[spec.name] = edit
            self.field_errors[spec.name] = error
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(labels.get(spec.name, spec.name), cell)
        self.inputs["name"].setPlaceholderText(self.tr("Required"))
        self.inputs["tax_id"].setPlaceholderText(self.tr("18 characters, e.g. 91310115MA1H7XXXX0"))
        self.inputs["phone"].setPlaceholderText(self.tr("e.g. 021-5888 0001 转 123"))

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};")
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def profile(self) -> LabProfile:
        return LabProfile(**{name: edit.text() for name, edit in self.inputs.items()})

    def save(self) -> None:
        self._clear_errors()
        profile = self.profile()
        ctx = self._ctx
        self.buttons.setEnabled(False)
        ctx.writer.write(
            lambda op: save_lab_profile(op.database, ctx.actor, profile),
            self._saved,
            owner=self,
            on_expected_error=self._show_error,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self, profile: LabProfile) -> None:
        self.saved = profile
        self.accept()

    def _show_error(self, exc: LabLedgerError) -> None:
        text = translated_message(exc)
        field = exc.field if isinstance(exc, ValidationError) else None
        if field in self.field_errors:
            self.field_errors[field].setText(text)
            self.field_errors[field].setVisible(True)
            self.inputs[field].setFocus()
        else:
            self.message.setText(text)
            self.message.setVisible(True)

    def _clear_errors(self) -> None:
        for label in (*self.field_errors.values(), self.message):
            label.clear()
            label.setVisible(False)


def open_lab_profile_dialog(ctx: ViewContext, parent: QWidget) -> None:
    """Read the stored profile off the GUI thread, then open the dialog on it."""

    def show(profile: LabProfile) -> None:
        dialog = LabProfileDialog(ctx, profile, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    ctx.runner.query(get_lab_profile, show, owner=parent)
