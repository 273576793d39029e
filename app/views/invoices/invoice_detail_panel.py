"""The invoice detail panel beside the invoice list: amounts, tax, open balance, days overdue
and what settled the invoice, loaded off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from app.domain.money import Money
from app.services.ledger.invoice_service import InvoiceDetail, invoice_detail
from app.views.labels import (
    days_label,
    invoice_kind_label,
    invoice_status,
    invoice_status_label,
    settlement_kind_label,
)
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.detail_panel import DetailPanel
from app.views.widgets.detail_section import (
    DetailSection,
    heading_label,
    readonly_table,
    value_label,
)


def tax_rate_text(rate_bp: int) -> str:
    """600 basis points -> '6%', 650 -> '6.5%'."""
    whole, rest = divmod(rate_bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


class InvoiceDetailPanel(DetailPanel):
    # The shown invoice's details (InvoiceDetail), or None when none is shown.
    loaded = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Select an invoice to see its details."), parent)
        self.invoice_id: int | None = None
        self.detail: InvoiceDetail | None = None

        content = QWidget()
        layout = QVBoxLayout(content)
        self.number_label = heading_label()
        self.subtitle_label = value_label("")
        layout.addWidget(self.number_label)
        layout.addWidget(self.subtitle_label)
        self.facts = DetailSection(self.tr("Invoice"))
        self.amounts = DetailSection(self.tr("Amounts"))
        layout.addWidget(self.facts)
        layout.addWidget(self.amounts)
        self.settlements_title = QLabel()
        layout.addWidget(self.settlements_title)
        self.settlements = readonly_table(
            [self.tr("Date"), self.tr("Kind"), self.tr("Reference"), self.tr("Amount")], 2, 160
        )
        self.settlements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.settlements)
        layout.addStretch(1)
        self.set_content(content)

    def show_invoice(self, invoice_id: int | None) -> None:
        self.invoice_id = invoice_id
        if invoice_id is None:
            self.show_hint()
            return
        self.load(lambda session: invoice_detail(session, invoice_id), self._loaded)

    def cleared(self) -> None:
        self.detail = None
        self.loaded.emit(None)

    def _loaded(self, detail: InvoiceDetail) -> None:
        self.detail = detail
        row = detail.row
        as_of = self._ctx.as_of()
        self.number_label.setText(row.number)
        status = invoice_status_label(row, as_of)
        self.subtitle_label.setText(f"{invoice_kind_label(row.kind)} · {status}")
        if invoice_status(row, as_of) == "overdue":
            self.subtitle_label.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};")
        else:
            self.subtitle_label.setStyleSheet("")

        self.facts.clear()
        self.facts.add(self.tr("Customer"), row.customer_name)
        if row.project_code:
            project = row.project_code + (
                f" – {detail.project_title}" if detail.project_title else ""
            )
            self.facts.add(self.tr("Project"), project)
        self.facts.add(self.tr("Issue date"), row.issue_date.isoformat())
        self.facts.add(self.tr("Due date"), row.due_date.isoformat())
        if detail.original_number:
            self.facts.add(self.tr("Cancels invoice"), detail.original_number)
        if detail.void_reason:
            self.facts.add(self.tr("Reason for voiding"), detail.void_reason)
        if detail.note:
            self.facts.add(self.tr("Note"), detail.note)

        self.amounts.clear()
        self.amounts.add_money(self.tr("Amount incl. tax"), row.amount_fen)
        self.amounts.add_money(
            self.tr("Tax ({rate})").format(rate=tax_rate_text(detail.tax_rate_bp)), row.tax_fen
        )
        self.amounts.add_money(self.tr("Amount excl. tax"), row.amount_fen - row.tax_fen)
        self.amounts.add_money(self.tr("Settled"), row.settled_fen)
        self.amounts.add_money(self.tr("Open balance"), row.open_fen)
        if detail.write_off_requested_fen:
            self.amounts.add_money(
                self.tr("Write-off waiting for approval"), detail.write_off_requested_fen
            )
        days = row.days_overdue(as_of)
        if days > 0:
            self.amounts.add(self.tr("Days overdue"), days_label(days), alert=True)

        lines = detail.settlements
        self.settlements_title.setText(
            self.tr("Settlements") if lines else self.tr("Nothing has settled this invoice yet.")
        )
        self.settlements.setRowCount(len(lines))
        for number, line in enumerate(lines):
            amount = QTableWidgetItem(Money(line.amount_fen).format())
            amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if line.amount_fen < 0:
                amount.setForeground(NEGATIVE_TEXT)
            for column, item in enumerate(
                (
                    QTableWidgetItem(line.date.isoformat()),
                    QTableWidgetItem(settlement_kind_label(line.kind)),
                    QTableWidgetItem(line.reference),
                    amount,
                )
            ):
                self.settlements.setItem(number, column, item)
        self.settlements.resizeColumnToContents(0)
        self.settlements.resizeColumnToContents(1)
        self.settlements.setVisible(bool(lines))
        self.show_content()
        self.loaded.emit(detail)
