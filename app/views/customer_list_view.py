"""The customer section: search-as-you-type, filters, the paged list and the detail panel."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from app.domain.enums import CustomerCategory
from app.services.credit_tier_service import TierRow, list_tiers
from app.views.change_bus import CUSTOMERS, INVOICES, PAYMENTS, TIERS
from app.views.customer_detail_panel import CustomerDetailPanel
from app.views.customer_table_model import customer_table_model
from app.views.labels import category_label, tier_label
from app.views.paged_list_page import PagedListPage
from app.views.view_context import ViewContext


class CustomerListView(PagedListPage):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, customer_table_model(ctx.db, ctx.runner, ctx.clock),
                         CustomerDetailPanel(ctx), frozenset({CUSTOMERS, INVOICES, PAYMENTS}),
                         parent)
        self.search.setPlaceholderText(self.tr("Search name, short name, code or USCC"))

        self.tier = QComboBox()
        self.tier.addItem(self.tr("All credit tiers"), None)
        self.tier.currentIndexChanged.connect(
            lambda: self.model.set_filter("tier_id", self.tier.currentData()))
        self.add_filter(self.tier)

        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for category in CustomerCategory:
            self.category.addItem(category_label(category), category.value)
        self.category.currentIndexChanged.connect(
            lambda: self.model.set_filter("category", self.category.currentData()))
        self.add_filter(self.category)

        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(
            lambda on: self.model.set_filter("archived", "any" if on else None))
        self.add_filter(self.show_archived)

        self.table.currentIdChanged.connect(self.detail.show_customer)
        ctx.bus.changed.connect(self._on_tier_changes)
        self.load_tiers()
        self.start()

    def load_tiers(self) -> None:
        self._ctx.runner.query(list_tiers, self._show_tiers, owner=self)

    def _show_tiers(self, tiers: list[TierRow]) -> None:
        """Fill the tier filter, keeping the chosen tier if it still exists."""
        chosen = self.tier.currentData()
        self.tier.blockSignals(True)
        while self.tier.count() > 1:
            self.tier.removeItem(1)
        for tier in tiers:
            self.tier.addItem(tier_label(tier.name, tier.name_en), tier.id)
        self.tier.setCurrentIndex(max(0, self.tier.findData(chosen)))
        self.tier.blockSignals(False)
        if self.tier.currentData() != chosen:
            self.model.set_filter("tier_id", None)

    def _on_tier_changes(self, kinds: frozenset[str]) -> None:
        if TIERS in kinds:
            self.load_tiers()

    def count_text(self, total: int) -> str:
        return self.tr("%Ln customer(s)", "", total)
