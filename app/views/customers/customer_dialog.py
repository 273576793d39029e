"""Create or edit a customer: identity, credit (tier, and the customer's own terms and limit
that win over the tier's), invoicing details and contacts. The service validates; its
message appears at the field it names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from app.domain.enums import CustomerCategory, Role
from app.domain.errors import (
    ConcurrentEditError,
    LabLedgerError,
    ValidationError,
    ValidationErrors,
)
from app.domain.money import Money
from app.services.core.changes import Changed
from app.services.core.user_service import UserRow, list_users
from app.services.credit.credit_tier_service import TierRow, list_tiers
from app.services.customers import customer_edit_service
from app.services.customers.contact_service import ContactInput
from app.services.customers.customer_edit_service import (
    MAX_TERMS_DAYS,
    CustomerInput,
    check_customer,
    create_customer,
    update_customer,
)
from app.views.customers.contacts_editor import ContactsEditor
from app.views.labels import category_label, days_label, tier_label
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.conflict_dialog import ConflictDialog
from app.views.widgets.form_errors import (
    AMOUNT_TEMPLATE,
    INVALID_STYLE,
    FieldErrors,
    MessageBar,
    error_label,
    with_error,
)
from app.views.widgets.money_edit import MoneyEdit

# Who can own customers (the salesperson picker).
OWNER_ROLES = (Role.SALES.value, Role.MANAGER.value)


@dataclass(frozen=True)
class CustomerChoices:
    """What the pickers offer, and the customer as stored when editing."""

    tiers: tuple[TierRow, ...]
    owners: tuple[UserRow, ...]
    form: customer_edit_service.CustomerForm | None = None


def customer_choices(session: Session, customer_id: int | None) -> CustomerChoices:
    form = (
        customer_edit_service.customer_form(session, customer_id)
        if customer_id is not None
        else None
    )
    return CustomerChoices(
        tuple(list_tiers(session)), tuple(list_users(session, OWNER_ROLES)), form
    )


@dataclass(frozen=True)
class SaveOutcome:
    customer_id: int
    contacts: tuple[ContactInput, ...]


class CustomerDialog(QDialog):
    loaded = Signal()
    saved = Signal(int)  # customer id

    def __init__(
        self, ctx: ViewContext, customer_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.customer_id = customer_id
        self.version: int | None = None
        self.archived = False
        self._tiers: dict[int, TierRow] = {}
        # The customer's own (terms, limit) as loaded; a non-manager may not loosen them.
        self._own_credit: tuple[int | None, int | None] = (None, None)
        self.setWindowTitle(
            self.tr("New customer") if customer_id is None else self.tr("Edit customer")
        )
        self.setMinimumSize(780, 500)
        self.setStyleSheet(INVALID_STYLE)

        self.conflict: ConflictDialog | None = None
        self.bar = MessageBar()
        self.bar.reloadRequested.connect(self.load)
        self.errors = FieldErrors(self.bar)
        self._saves = 0  # a check that answers after a newer save is not shown
        self.tabs = QTabWidget()

        # --- the customer ---------------------------------------------------------------
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Required, e.g. 上海浦东环境监测站"))
        self.short_name = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Given automatically when left empty"))
        self.uscc = QLineEdit()
        self.uscc.setPlaceholderText(self.tr("18 characters, e.g. 91310115MA1H7XXXX0"))
        self.uscc.setMaxLength(40)
        self.category = QComboBox()
        for category in CustomerCategory:
            self.category.addItem(category_label(category), category.value)
        self.category.setCurrentIndex(self.category.findData(CustomerCategory.ENTERPRISE.value))
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(nobody)"), None)
        self.region = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("e.g. 021-5888 0001 转 123 or 138 0013 8000"))
        self.address = QLineEdit()
        basics = self._page(
            [
                (("name",), self.tr("Name"), self.name),
                (("short_name",), self.tr("Short name"), self.short_name),
                (("code",), self.tr("Customer code"), self.code),
                (("uscc",), self.tr("Unified social credit code"), self.uscc),
                (("category",), self.tr("Category"), self.category),
                (("owner",), self.tr("Salesperson"), self.owner),
                (("region",), self.tr("Region"), self.region),
                (("phone",), self.tr("Phone"), self.phone),
                (("address",), self.tr("Address"), self.address),
            ]
        )
        self.tabs.addTab(basics, self.tr("Customer"))

        # --- credit ---------------------------------------------------------------------
        self.tier = QComboBox()
        self.tier.currentIndexChanged.connect(self._show_tier_terms)
        self.tier_terms = QLabel()
        self.tier_terms.setWordWrap(True)
        self.own_terms = QCheckBox(self.tr("Own payment terms"))
        self.terms = QSpinBox()
        self.terms.setRange(0, MAX_TERMS_DAYS)
        self.terms.setSuffix(self.tr(" days"))
        self.own_limit = QCheckBox(self.tr("Own credit limit"))
        self.limit = MoneyEdit(allow_zero=True)
        self.own_terms.toggled.connect(self._overrides_changed)
        self.own_limit.toggled.connect(self._overrides_changed)
        self.terms.valueChanged.connect(self._show_effective)
        self.limit.textChanged.connect(self._show_effective)
        self.effective = QLabel()
        self.effective.setWordWrap(True)
        # Raising a limit or lengthening terms is a manager's credit decision.
        self.credit_rule = QLabel()
        self.credit_rule.setWordWrap(True)
        if self._may_loosen_credit():
            self.credit_rule.hide()
        terms_row = _row(self.own_terms, self.terms)
        limit_row = _row(self.own_limit, self.limit)
        credit = self._page(
            [
                (("tier", "tier_id"), self.tr("Credit tier"), self.tier),
                ((), "", self.tier_terms),
                (("payment_terms", "payment_terms_days"), self.tr("Payment terms"), terms_row),
                (("credit_limit",), self.tr("Credit limit"), limit_row),
                ((), self.tr("Applies"), self.effective),
                ((), "", self.credit_rule),
            ],
            {"payment_terms": self.terms, "credit_limit": self.limit},
        )
        note = QLabel(
            self.tr(
                "The customer's own payment terms and credit limit win over those of the tier. "
                "Reminders, escalation, prepayment and report holds follow the tier."
            )
        )
        note.setWordWrap(True)
        credit_column = credit.layout()
        assert credit_column is not None, "_page lays every page out in a column"
        credit_column.addWidget(note)
        self.tabs.addTab(credit, self.tr("Credit"))

        # --- invoicing ------------------------------------------------------------------
        self.invoice_title = QLineEdit()
        self.invoice_title.setPlaceholderText(self.tr("The customer's name when left empty"))
        self.tax_id = QLineEdit()
        self.tax_id.setPlaceholderText(self.tr("The unified social credit code when left empty"))
        self.bank_name = QLineEdit()
        self.bank_account = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        invoicing = self._page(
            [
                (("invoice_title",), self.tr("Invoice title"), self.invoice_title),
                (("tax_id",), self.tr("Tax ID"), self.tax_id),
                (("bank_name",), self.tr("Bank"), self.bank_name),
                (("bank_account",), self.tr("Bank account"), self.bank_account),
                ((), self.tr("Notes"), self.notes),
            ]
        )
        self.tabs.addTab(invoicing, self.tr("Invoicing"))

        # --- contacts -------------------------------------------------------------------
        self.contacts = ContactsEditor()
        contacts_page = QWidget()
        contacts_layout = QVBoxLayout(contacts_page)
        contacts_hint = QLabel(
            self.tr("One contact is the primary contact: statements and reminders go to them.")
        )
        contacts_hint.setWordWrap(True)
        contacts_error = error_label()
        contacts_layout.addWidget(contacts_hint)
        contacts_layout.addWidget(self.contacts, 1)
        contacts_layout.addWidget(contacts_error)
        index = self.tabs.addTab(contacts_page, self.tr("Contacts"))
        self.errors.add(
            "contacts",
            self.contacts.table,
            contacts_error,
            lambda: self.tabs.setCurrentIndex(index),
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self._set_busy(True)
        self._overrides_changed()

    def _page(
        self,
        rows: Sequence[tuple[tuple[str, ...], str, QWidget]],
        targets: dict[str, QWidget] | None = None,
    ) -> QWidget:
        """A tab of form rows. Rows with field names get an error line, and the service's
        message for one of those names shows there (on ``targets[name]`` if given, else on
        the row's widget) with the tab brought forward."""
        page = QWidget()
        column = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        tab_index = self.tabs.count()
        for names, label, widget in rows:
            if names:
                cell, error = with_error(widget)
                target = (targets or {}).get(names[0], widget)
                self.errors.add(names, target, error, partial(self.tabs.setCurrentIndex, tab_index))
                form.addRow(label, cell)
            else:
                form.addRow(label, widget)
        column.addLayout(form)
        column.addStretch(1)
        return page

    # --- loading ------------------------------------------------------------------------

    def load(self) -> None:
        """Tiers and salespeople, and (when editing) the customer as stored now."""
        self._set_busy(True)
        self._show_errors(None)
        customer_id = self.customer_id
        self._ctx.runner.query(
            lambda session: customer_choices(session, customer_id),
            self._fill,
            owner=self,
            on_expected_error=self._load_failed,
        )

    def _load_failed(self, exc: LabLedgerError) -> None:
        self.errors.show(exc)
        self.tabs.setEnabled(False)

    def _fill(self, choices: CustomerChoices) -> None:
        self._tiers = {t.id: t for t in choices.tiers}
        self.tier.blockSignals(True)
        self.tier.clear()
        for tier in choices.tiers:
            self.tier.addItem(tier_label(tier.name, tier.name_en), tier.id)
        self.tier.blockSignals(False)
        while self.owner.count() > 1:
            self.owner.removeItem(1)
        for user in choices.owners:
            self.owner.addItem(user.display_name, user.id)
        form = choices.form
        if form is None:
            regular = next((t.id for t in choices.tiers if t.code == "regular"), None)
            self._select(self.tier, regular)
            if self._ctx.actor.user_id is not None:
                self._select(self.owner, self._ctx.actor.user_id)
        else:
            self._show_form(form)
        self._show_tier_terms()
        self._set_busy(False)
        self.name.setFocus()
        self.loaded.emit()

    def _show_form(self, form: customer_edit_service.CustomerForm) -> None:
        data = form.data
        # Before the tier is selected: the terms' range follows from both.
        self._own_credit = (data.payment_terms_override_days, data.credit_limit_override_fen)
        self.customer_id = form.id
        self.version = form.version
        self.archived = form.archived
        for edit, text in (
            (self.name, data.name),
            (self.short_name, data.short_name),
            (self.code, data.code),
            (self.uscc, data.uscc),
            (self.region, data.region),
            (self.phone, data.phone),
            (self.address, data.address),
            (self.invoice_title, data.invoice_title),
            (self.tax_id, data.tax_id),
            (self.bank_name, data.bank_name),
            (self.bank_account, data.bank_account),
        ):
            edit.setText(text)
        self.notes.setPlainText(data.notes)
        self._select(self.category, data.category)
        self._select(self.tier, data.tier_id)
        # A customer's tier is a manager's credit decision (or an accepted proposal).
        may_change_tier = self._ctx.actor.can(Role.MANAGER)
        self.tier.setEnabled(may_change_tier)
        self.tier.setToolTip(
            "" if may_change_tier else self.tr("Only managers change a customer's credit tier.")
        )
        if data.owner_id is not None and self.owner.findData(data.owner_id) < 0:
            # An owner who has left (inactive) still shows as the owner.
            self.owner.addItem(self.tr("(no longer active)"), data.owner_id)
        self._select(self.owner, data.owner_id)
        self.own_terms.setChecked(data.payment_terms_override_days is not None)
        if data.payment_terms_override_days is not None:
            self.terms.setValue(data.payment_terms_override_days)
        self.own_limit.setChecked(data.credit_limit_override_fen is not None)
        if data.credit_limit_override_fen is not None:
            self.limit.set_fen(data.credit_limit_override_fen)
        self.contacts.set_contacts(form.contacts)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- credit -------------------------------------------------------------------------

    def _current_tier(self) -> TierRow | None:
        return self._tiers.get(self.tier.currentData())

    def _show_tier_terms(self) -> None:
        self._show_credit_rule()
        tier = self._current_tier()
        if tier is None:
            self.tier_terms.clear()
        else:
            self.tier_terms.setText(
                self.tr("The tier gives {terms} and a credit limit of {limit}.").format(
                    terms=days_label(tier.payment_terms_days),
                    limit=Money(tier.credit_limit_fen).format(),
                )
            )
            if not self.own_terms.isChecked():
                self.terms.setValue(tier.payment_terms_days)
            if not self.own_limit.isChecked():
                self.limit.set_fen(tier.credit_limit_fen)
        self._show_effective()

    def _may_loosen_credit(self) -> bool:
        return self._ctx.actor.can(Role.MANAGER)

    def _show_credit_rule(self) -> None:
        """For anyone but a manager: how far the limit and terms may go (no looser than they
        are now, the tier's for a new customer), as a note, tooltips and the terms' range."""
        tier = self._current_tier()
        if self._may_loosen_credit() or tier is None:
            return
        own_terms, own_limit = self._own_credit
        terms = tier.payment_terms_days if own_terms is None else own_terms
        limit = tier.credit_limit_fen if own_limit is None else own_limit
        text = self.tr(
            "Only a manager can raise the credit limit or lengthen the payment terms. You may "
            "keep them or make them stricter: at most {limit} and {terms}."
        ).format(limit=Money(limit).format(), terms=days_label(terms))
        self.credit_rule.setText(text)
        for widget in (self.own_terms, self.terms, self.own_limit, self.limit):
            widget.setToolTip(text)
        self.terms.setMaximum(terms)

    def _overrides_changed(self) -> None:
        self.terms.setEnabled(self.own_terms.isChecked())
        self.limit.setEnabled(self.own_limit.isChecked())
        self._show_tier_terms()

    def _show_effective(self) -> None:
        tier = self._current_tier()
        if tier is None:
            self.effective.clear()
            return
        terms = days_label(
            self.terms.value() if self.own_terms.isChecked() else tier.payment_terms_days
        )
        limit_fen = self.limit.fen() if self.own_limit.isChecked() else tier.credit_limit_fen
        limit = Money(limit_fen).format() if limit_fen is not None else "–"
        self.effective.setText(
            self.tr("{terms} ({terms_source}), credit limit {limit} ({limit_source})").format(
                terms=terms,
                limit=limit,
                terms_source=(
                    self.tr("the customer's own")
                    if self.own_terms.isChecked()
                    else self.tr("from the tier")
                ),
                limit_source=(
                    self.tr("the customer's own")
                    if self.own_limit.isChecked()
                    else self.tr("from the tier")
                ),
            )
        )

    # --- saving -------------------------------------------------------------------------

    def customer_input(self) -> CustomerInput:
        """What the form says. Raises ValidationError for an amount that cannot be read."""
        limit = None
        if self.own_limit.isChecked():
            limit = self.limit.fen()
            if limit is None:
                raise ValidationError("credit_limit", AMOUNT_TEMPLATE)
        return self._input(limit)

    def _input(self, limit: int | None) -> CustomerInput:
        return CustomerInput(
            name=self.name.text(),
            tier_id=self.tier.currentData(),
            category=self.category.currentData(),
            code=self.code.text(),
            short_name=self.short_name.text(),
            uscc=self.uscc.text(),
            owner_id=self.owner.currentData(),
            credit_limit_override_fen=limit,
            payment_terms_override_days=(
                self.terms.value() if self.own_terms.isChecked() else None
            ),
            region=self.region.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            invoice_title=self.invoice_title.text(),
            tax_id=self.tax_id.text(),
            bank_name=self.bank_name.text(),
            bank_account=self.bank_account.text(),
            notes=self.notes.toPlainText(),
        )

    def save(self) -> None:
        self._show_errors(None)
        self._saves += 1
        try:
            data = self.customer_input()
        except ValidationError as exc:
            self._show_errors(exc)
            self._check_the_rest(exc)
            return
        contacts = self.contacts.contacts()
        customer_id, version, actor = self.customer_id, self.version, self._ctx.actor

        def write(op: Op) -> Changed[SaveOutcome]:
            # Customer and contacts in one transaction: either both are saved or neither.
            if customer_id is None:
                created = create_customer(op.database, actor, data, contacts)
                return created.with_value(SaveOutcome(created.value, tuple(contacts)))
            assert version is not None
            updated = update_customer(op.database, actor, customer_id, version, data, contacts)
            return updated.with_value(SaveOutcome(customer_id, tuple(contacts)))

        self._set_busy(True)
        self._ctx.writer.write(
            write,
            self._saved,
            owner=self,
            on_expected_error=self._save_failed,
            on_finished=lambda: self._set_busy(False),
        )

    def _check_the_rest(self, problem: ValidationError) -> None:
        """Nothing is sent while the limit cannot be read; the service still says what else
        it would refuse, so that every problem shows at once."""
        data, contacts = self._input(None), self.contacts.contacts()
        customer_id, actor, saves = self.customer_id, self._ctx.actor, self._saves

        def show(found: tuple[ValidationError, ...]) -> None:
            if found and saves == self._saves:
                self._show_errors(ValidationErrors((problem, *found)))

        self._ctx.runner.query(
            lambda session: check_customer(session, actor, data, customer_id, contacts),
            show,
            owner=self,
            latest="check",
        )

    def _show_errors(self, exc: LabLedgerError | None) -> None:
        """The errors at their fields (None: clear them), with the tabs that hold one
        marked, since only the first of them is brought forward."""
        self.errors.clear()
        if exc is not None:
            self.errors.show(exc)
        bar = self.tabs.tabBar()
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            marked = page is not None and any(
                page.isAncestorOf(widget)
                for widget in map(self.errors.widget, self.errors.shown_fields)
                if widget is not None
            )
            bar.setTabTextColor(index, NEGATIVE_TEXT if marked else QColor())

    def _saved(self, outcome: SaveOutcome) -> None:
        new = self.customer_id is None
        self.customer_id = outcome.customer_id
        name = self.name.text().strip()
        self._ctx.bus.notice(
            self.tr("Created customer {name}").format(name=name)
            if new
            else self.tr("Saved customer {name}").format(name=name)
        )
        self.saved.emit(outcome.customer_id)
        self.accept()

    def _save_failed(self, exc: LabLedgerError) -> None:
        # Enabled first: a disabled field cannot take the focus.
        self._set_busy(False)
        self._show_errors(exc)
        if isinstance(exc, ConcurrentEditError):
            # Which fields the other PC saved differently; the form keeps the input.
            self.conflict = ConflictDialog(exc, self.load, self)
            self.conflict.open()

    def _set_busy(self, busy: bool) -> None:
        self.tabs.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)


def _row(check: QCheckBox, field: QWidget) -> QWidget:
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(check)
    row.addWidget(field, 1)
    return cell


def open_customer_dialog(
    ctx: ViewContext, parent: QWidget, customer_id: int | None = None
) -> CustomerDialog:
    """Open the dialog at once (its fields fill when the data has been read)."""
    dialog = CustomerDialog(ctx, customer_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
    return dialog
