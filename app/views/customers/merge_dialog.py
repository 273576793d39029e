"""Merge a duplicate customer into the one that stays: every invoice, payment, project,
contact, follow-up and statement of the duplicate moves, and the duplicate is archived.
Credit control refuses a merge that takes the customer past its limit or onto an overdue
hold; a manager can merge anyway with a reason."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import CreditHoldError, LabLedgerError
from app.services.customers.customer_merge_service import merge_customers
from app.services.customers.customer_service import CustomerDetail, customer_detail
from app.views.credit.credit_override import CreditHoldPanel
from app.views.customers.customer_search_box import CustomerSearchBox
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_section import DetailSection
from app.views.widgets.form_errors import MessageBar
from app.views.widgets.messages import show_information


class MergeDialog(QDialog):
    merged = Signal(object)  # the moved counts per table

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.details: dict[str, CustomerDetail | None] = {"keep": None, "duplicate": None}
        self.setWindowTitle(self.tr("Merge customers"))
        self.setMinimumWidth(720)

        intro = QLabel(
            self.tr(
                "When the same customer was entered twice, merge the duplicate into the customer "
                "to keep: its invoices, payments, projects, contacts, follow-ups and statements "
                "move over, its name is remembered as a payer name, and the duplicate is "
                "archived."
            )
        )
        intro.setWordWrap(True)
        self.keep = CustomerSearchBox(ctx)
        self.duplicate = CustomerSearchBox(ctx)
        self.swap_button = QPushButton(self.tr("Swap"))
        self.swap_button.clicked.connect(self.swap)
        pickers = QFormLayout()
        pickers.addRow(self.tr("Customer to keep"), self.keep)
        pickers.addRow(self.tr("Duplicate to merge"), self.duplicate)
        pickers.addRow("", self.swap_button)

        self.keep_section = DetailSection(self.tr("Kept"))
        self.duplicate_section = DetailSection(self.tr("Merged and archived"))
        sections = QHBoxLayout()
        sections.addWidget(self.keep_section, 1)
        sections.addWidget(self.duplicate_section, 1)

        self.confirm = QCheckBox(self.tr("I understand that this cannot be undone."))
        self.bar = MessageBar()
        self.credit = CreditHoldPanel(ctx.actor)
        self.credit.overrideRequested.connect(self.merge)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.merge_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.merge_button.setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(pickers)
        layout.addLayout(sections, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.bar)
        layout.addWidget(self.credit)
        layout.addWidget(self.buttons)

        self.keep.customerChanged.connect(lambda cid: self._load("keep", cid))
        self.duplicate.customerChanged.connect(lambda cid: self._load("duplicate", cid))
        self.confirm.toggled.connect(self._update_button)
        self._busy = False
        self._update_button()

    def swap(self) -> None:
        keep, duplicate = self.keep.customer_id, self.duplicate.customer_id
        if duplicate is not None:
            self.keep.select_customer(duplicate)
        if keep is not None:
            self.duplicate.select_customer(keep)

    def _load(self, which: str, customer_id: int | None) -> None:
        self.details[which] = None
        section = self.keep_section if which == "keep" else self.duplicate_section
        section.clear()
        self._update_button()
        if customer_id is None:
            self._ctx.runner.drop(self, which)
            return
        as_of = self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: customer_detail(session, customer_id, as_of),
            lambda detail: self._show(which, detail),
            owner=self,
            latest=which,
            on_expected_error=self.bar.show_message_for,
        )

    def _show(self, which: str, detail: CustomerDetail) -> None:
        self.details[which] = detail
        row = detail.row
        section = self.keep_section if which == "keep" else self.duplicate_section
        section.clear()
        section.add(self.tr("Customer"), f"{row.code} {row.name}")
        section.add(self.tr("USCC"), row.uscc or "–")
        section.add(self.tr("Credit tier"), row.tier_name)
        section.add(self.tr("Salesperson"), row.owner_name or "–")
        section.add(self.tr("Invoices"), f"{detail.invoice_count:,}")
        section.add(self.tr("Projects"), f"{detail.project_count:,}")
        section.add(self.tr("Contacts"), f"{len(detail.contacts):,}")
        section.add_money(self.tr("Balance owed"), row.balance_fen)
        if row.archived:
            section.add(self.tr("Archived"), self.tr("yes"))
        self._update_button()

    def _ready(self) -> bool:
        keep, duplicate = self.details["keep"], self.details["duplicate"]
        return keep is not None and duplicate is not None and keep.row.id != duplicate.row.id

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self._ready() and self.confirm.isChecked() and not self._busy)

    def merge(self, override_reason: str = "") -> None:
        if not (self._ready() and self.confirm.isChecked()):
            return
        keep, duplicate = self.details["keep"], self.details["duplicate"]
        assert keep is not None and duplicate is not None
        keep_id, duplicate_id, actor = keep.row.id, duplicate.row.id, self._ctx.actor
        reason = override_reason if isinstance(override_reason, str) else ""
        self.bar.clear()
        self.credit.clear()
        self._busy = True
        self._update_button()
        self._ctx.writer.write(
            lambda op: merge_customers(op.database, actor, keep_id, duplicate_id, reason),
            self._merged,
            owner=self,
            on_expected_error=self._failed,
            on_finished=self._finished,
        )

    def _merged(self, moved: Mapping[str, int]) -> None:
        keep, duplicate = self.details["keep"], self.details["duplicate"]
        assert keep is not None and duplicate is not None
        self.merged.emit(dict(moved))
        show_information(
            self.parentWidget(),
            self.tr("Customers merged"),
            self.tr(
                "{duplicate} was merged into {keep}: {invoices} invoices, {payments} payments, "
                "{projects} projects, {contacts} contacts and {follow_ups} follow-ups moved."
            ).format(
                duplicate=duplicate.row.name,
                keep=keep.row.name,
                invoices=moved.get("invoices", 0),
                payments=moved.get("payments", 0),
                projects=moved.get("projects", 0),
                contacts=moved.get("contacts", 0),
                follow_ups=moved.get("activities", 0),
            ),
        )
        self.accept()

    def _failed(self, exc: LabLedgerError) -> None:
        if isinstance(exc, CreditHoldError):
            self.credit.show_refusal(exc)
        else:
            self.bar.show_message_for(exc)

    def _finished(self) -> None:
        self._busy = False
        self._update_button()


def open_merge_dialog(
    ctx: ViewContext, parent: QWidget, duplicate_id: int | None = None
) -> MergeDialog:
    """Open with ``duplicate_id`` (e.g. the customer selected in the list) as the duplicate."""
    dialog = MergeDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    if duplicate_id is not None:
        dialog.duplicate.select_customer(duplicate_id)
    return dialog
