"""The customer detail panel beside the customer list: credit, balance, aging, contacts and
invoicing details of the selected customer, loaded off the GUI thread."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.customers.customer_service import CustomerDetail, customer_detail
from app.views.labels import bucket_label, category_label, days_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.detail_panel import DetailPanel
from app.views.widgets.detail_section import DetailSection, heading_label, value_label


class CustomerDetailPanel(DetailPanel):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Select a customer to see their details."), parent)
        self.customer_id: int | None = None
        self.detail: CustomerDetail | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        # Narrow side margins: the panel may be only DETAIL_MIN_WIDTH wide.
        layout.setContentsMargins(4, 6, 4, 6)
        self.name_label = heading_label()
        self.subtitle_label = value_label("")
        layout.addWidget(self.name_label)
        layout.addWidget(self.subtitle_label)
        self.credit = DetailSection(self.tr("Credit and balance"))
        self.aging = DetailSection(self.tr("Aging of open invoices"))
        self.contacts = DetailSection(self.tr("Contacts"))
        self.invoicing = DetailSection(self.tr("Invoicing details"), stacked=True)
        self.activity = DetailSection(self.tr("Records"))
        for section in (self.credit, self.aging, self.contacts, self.invoicing, self.activity):
            layout.addWidget(section)
        layout.addStretch(1)
        # The panel wraps its text to its width rather than scrolling sideways, so that the
        # right-aligned amounts always show.
        self.set_content(content, scroll_sideways=False)

    def show_customer(self, customer_id: int | None) -> None:
        """Load and show a customer (None shows the hint). Older loads still running are
        ignored when they finish."""
        self.customer_id = customer_id
        if customer_id is None:
            self.show_hint()
            return
        as_of = self._ctx.as_of()
        self.load(lambda session: customer_detail(session, customer_id, as_of), self._loaded)

    def cleared(self) -> None:
        self.detail = None

    def _loaded(self, detail: CustomerDetail) -> None:
        self.detail = detail
        row = detail.row
        self.name_label.setText(row.name)
        parts = [row.code, row.tier_name, category_label(row.category)]
        if row.owner_name:
            parts.append(self.tr("Salesperson: {name}").format(name=row.owner_name))
        if row.archived:
            parts.append(self.tr("Archived"))
        self.subtitle_label.setText(" · ".join(parts))

        self.credit.clear()
        self.credit.add_money(self.tr("Credit limit"), detail.credit_limit_fen)
        self.credit.add_money(self.tr("Balance owed"), row.balance_fen)
        if detail.credit.contracted_uninvoiced_fen:
            self.credit.add_money(
                self.tr("Contracts not yet invoiced"), detail.credit.contracted_uninvoiced_fen
            )
        self.credit.add_money(self.tr("Available credit"), detail.available_credit_fen)
        self.credit.add_money(self.tr("Overdue"), row.overdue_fen, alert_if_positive=True)
        self.credit.add_money(self.tr("Unapplied payments"), row.unallocated_fen)
        self.credit.add(self.tr("Payment terms"), days_label(detail.payment_terms_days))

        self.aging.clear()
        for key, fen in detail.aging.items():
            self.aging.add_money(bucket_label(key), fen, alert_if_positive=key != "current")

        self.contacts.clear()
        if not detail.contacts:
            self.contacts.add_widget(value_label(self.tr("No contacts recorded.")))
        for contact in detail.contacts:
            name = contact.name + (f" ({contact.title})" if contact.title else "")
            if contact.is_primary:
                name = self.tr("{name} – primary").format(name=name)
            ways = [w for w in (contact.phone, contact.email) if w]
            if contact.wechat:
                ways.append(self.tr("WeChat: {id}").format(id=contact.wechat))
            # One full-width line each: a name in the label column squeezed the values.
            line = value_label("<br>".join([f"<b>{escape(name)}</b>", *(escape(w) for w in ways)]))
            line.setTextFormat(Qt.TextFormat.RichText)
            self.contacts.add_widget(line)

        self.invoicing.clear()
        self.invoicing.add(self.tr("Invoice title"), detail.invoice_title)
        self.invoicing.add(self.tr("Tax ID / USCC"), detail.tax_id)
        self.invoicing.add(self.tr("Bank"), detail.bank_name)
        self.invoicing.add(self.tr("Account"), detail.bank_account)
        self.invoicing.add(self.tr("Address"), detail.address)
        if detail.notes:
            self.invoicing.add(self.tr("Notes"), detail.notes)

        self.activity.clear()
        self.activity.add(self.tr("Projects"), f"{detail.project_count:,}")
        self.activity.add(self.tr("Invoices"), f"{detail.invoice_count:,}")
        self.show_content()
