"""Add or edit one member of staff: name, login, role, phone, e-mail, manager and whether
they are active. The service validates; its message appears at the field it names."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.errors import LabLedgerError
from app.services.core.changes import Changed
from app.services.core.staff_service import (
    StaffInput,
    StaffRow,
    StaffSaved,
    create_staff,
    update_staff,
)
from app.views.customers.customer_labels import role_label
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.widgets.form_errors import INVALID_STYLE, FieldErrors, MessageBar, with_error

# In the order a lab adds people: the salespeople and their managers first.
ROLE_ORDER = (
    Role.SALES,
    Role.MANAGER,
    Role.FINANCE,
    Role.TECHNICIAN,
    Role.VIEWER,
    Role.ADMIN,
)
# Who may be someone's manager.
MANAGER_ROLES = (Role.MANAGER.value, Role.ADMIN.value)


class StaffDialog(QDialog):
    saved = Signal(object)  # StaffSaved

    def __init__(
        self,
        ctx: ViewContext,
        staff: Sequence[StaffRow],
        person: StaffRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.person = person
        self.setWindowTitle(
            self.tr("New member of staff")
            if person is None
            else self.tr("Staff: {name}").format(name=person.display_name)
        )
        self.setMinimumWidth(480)
        self.setStyleSheet(INVALID_STYLE)
        self.bar = MessageBar()
        self.errors = FieldErrors(self.bar)

        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("Required, e.g. 王芳"))
        self.login = QLineEdit()
        self.login.setPlaceholderText(self.tr("Typed when logging in; staff1, staff2… if empty"))
        self.role = QComboBox()
        for role in ROLE_ORDER:
            self.role.addItem(role_label(role), role.value)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 138 0013 8000 or 021-5888 0001 转 123"))
        self.email = QLineEdit()
        self.manager = QComboBox()
        self.manager.addItem(self.tr("(none)"), None)
        for row in staff:
            if row.active and row.role in MANAGER_ROLES and (person is None or row.id != person.id):
                self.manager.addItem(row.display_name, row.id)
        self.active = QCheckBox(self.tr("Active: offered when assigning customers and projects"))
        self.active.setChecked(True)
        self.team_visible = QCheckBox(
            self.tr("Sees the customers of the people they manage (salespeople)")
        )
        self.leaving_note = QLabel()
        self.leaving_note.setWordWrap(True)
        self.leaving_note.setVisible(False)
        self.active.toggled.connect(self._show_leaving_note)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for names, label, widget in (
            (("display_name",), self.tr("Name"), self.display_name),
            (("login",), self.tr("Login"), self.login),
            (("role",), self.tr("Role"), self.role),
            (("phone",), self.tr("Phone"), self.phone),
            (("email",), self.tr("E-mail"), self.email),
            (("manager",), self.tr("Manager"), self.manager),
            (("active",), "", self.active),
            (("team_visible",), "", self.team_visible),
        ):
            cell, error = with_error(widget)
            self.errors.add(names, widget, error)
            form.addRow(label, cell)
        form.addRow("", self.leaving_note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        if person is not None:
            self._show_person(person)

    def _show_person(self, person: StaffRow) -> None:
        self.display_name.setText(person.display_name)
        self.login.setText(person.login)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role)))
        self.phone.setText(person.phone)
        self.email.setText(person.email)
        if person.manager_id is not None and self.manager.findData(person.manager_id) < 0:
            # A manager who has left still shows as the manager.
            self.manager.addItem(
                self.tr("{name} (no longer active)").format(name=person.manager_name),
                person.manager_id,
            )
        self.manager.setCurrentIndex(max(0, self.manager.findData(person.manager_id)))
        self.active.setChecked(person.active)
        self.team_visible.setChecked(person.team_visible)

    def _show_leaving_note(self) -> None:
        person = self.person
        leaving = person is not None and person.active and not self.active.isChecked()
        if leaving and person is not None and person.customers:
            self.leaving_note.setText(
                self.tr(
                    "{name} owns %n customer(s). They stay theirs until they are handed "
                    "over to someone else (Customers › Hand over…).",
                    "",
                    person.customers,
                ).format(name=person.display_name)
            )
        self.leaving_note.setVisible(leaving and person is not None and person.customers > 0)
        self._fit_later()

    def _fit_later(self) -> None:
        """Grow once the new text is laid out, so that a note or an error is not cut off."""
        QTimer.singleShot(0, self._fit)

    def _fit(self) -> None:
        layout = self.layout()
        assert layout is not None
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def staff_input(self) -> StaffInput:
        return StaffInput(
            display_name=self.display_name.text(),
            role=self.role.currentData(),
            login=self.login.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            manager_id=self.manager.currentData(),
            active=self.active.isChecked(),
            team_visible=self.team_visible.isChecked(),
        )

    def save(self) -> None:
        self.errors.clear()
        data, person, actor = self.staff_input(), self.person, self._ctx.actor

        def write(op: Op) -> Changed[StaffSaved]:
            if person is None:
                return create_staff(op.database, actor, data)
            return update_staff(op.database, actor, person.id, person.version, data)

        self.buttons.setEnabled(False)
        self._ctx.writer.write(
            write,
            self._saved,
            owner=self,
            on_expected_error=self._failed,
            on_finished=lambda: self.buttons.setEnabled(True),
        )

    def _saved(self, result: StaffSaved) -> None:
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: LabLedgerError) -> None:
        self.buttons.setEnabled(True)
        self.errors.show(exc)
        self._fit_later()


def open_staff_dialog(
    ctx: ViewContext, parent: QWidget, staff: Sequence[StaffRow], person: StaffRow | None = None
) -> StaffDialog:
    dialog = StaffDialog(ctx, staff, person, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
