"""The customer section: actions (new, edit, 360 view, follow-up, hand over, archive, merge,
export), search-as-you-type, filters, the paged list and the detail panel."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QMenu, QWidget

from app.domain.enums import CustomerCategory, Role
from app.services.core.changes import Kind
from app.services.core.permissions import SALES
from app.services.credit.credit_tier_service import TierRow, list_tiers
from app.services.customers.customer_edit_service import set_archived
from app.services.customers.customer_list_service import CustomerRow, CustomerTotals
from app.views.customers.customer_360_view import Customer360View, open_customer_360
from app.views.customers.customer_detail_panel import CustomerDetailPanel
from app.views.customers.customer_dialog import CustomerDialog, open_customer_dialog
from app.views.customers.customer_table_model import CustomerColumn, customer_table_model
from app.views.customers.follow_up_dialog import FollowUpDialog, open_follow_up_dialog
from app.views.customers.hand_over_dialog import HandOverDialog, open_hand_over_dialog
from app.views.customers.merge_dialog import MergeDialog, open_merge_dialog
from app.views.labels import category_label, tier_label
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_list_page import PagedListPage
from app.views.tables.paged_table_model import ListTotals
from app.views.tables.row_opener import open_rows
from app.views.tables.totals_bar import TotalFigure
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.icons import Icon

HEADER_KEY = "customer_list/header"
SPLITTER_KEY = "customer_list/splitter"
EVERYONE = tuple(Role)
MERGERS = (Role.MANAGER, Role.FINANCE)


class CustomerListView(PagedListPage):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        detail = CustomerDetailPanel(ctx)
        super().__init__(
            ctx,
            customer_table_model(ctx.db, ctx.runner, ctx.clock),
            detail,
            # The detail panel counts the customer's projects; the list names the salesperson.
            frozenset(
                {
                    Kind.CUSTOMERS,
                    Kind.INVOICES,
                    Kind.PAYMENTS,
                    Kind.PROJECTS,
                    Kind.TIERS,
                    Kind.USERS,
                }
            ),
            parent,
        )
        self._windows: dict[int, Customer360View] = {}
        self.search.setPlaceholderText(self.tr("Search name, short name, code or USCC"))

        self.actions_bar = ActionBar(ctx.actor)
        bar = self.actions_bar
        self.new_button = bar.add(
            self.tr("New customer…"), self.new_customer, SALES, "create customers", icon=Icon.NEW
        )
        self.open_button = bar.add(
            self.tr("Customer 360"), self.open_360, EVERYONE, "", icon=Icon.OPEN
        )
        self.edit_button = bar.add(
            self.tr("Edit…"), self.edit_customer, SALES, "edit customers", icon=Icon.EDIT
        )
        self.follow_up_button = bar.add(
            self.tr("Log follow-up…"),
            self.log_follow_up,
            SALES,
            "log follow-ups",
            icon=Icon.FOLLOW_UP,
        )
        self.hand_over_button = bar.add(
            self.tr("Hand over…"), self.hand_over, SALES, "hand customers over", icon=Icon.HAND_OVER
        )
        self.archive_button = bar.add(
            self.tr("Archive"), self.toggle_archived, SALES, "archive customers", icon=Icon.ARCHIVE
        )
        self.merge_button = bar.add(
            self.tr("Merge…"), self.merge, MERGERS, "merge customers", icon=Icon.MERGE
        )
        bar.add_stretch()
        self.body.insertWidget(0, bar)

        self.tier = QComboBox()
        self.tier.addItem(self.tr("All credit tiers"), None)
        self.tier.currentIndexChanged.connect(
            lambda: self.model.set_filter("tier_id", self.tier.currentData())
        )
        self.add_filter(self.tier)

        self.category = QComboBox()
        self.category.addItem(self.tr("All categories"), None)
        for category in CustomerCategory:
            self.category.addItem(category_label(category), category.value)
        self.category.currentIndexChanged.connect(
            lambda: self.model.set_filter("category", self.category.currentData())
        )
        self.add_filter(self.category)

        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.toggled.connect(
            lambda on: self.model.set_filter("archived", "any" if on else None)
        )
        self.add_filter(self.show_archived)

        self.table.currentIdChanged.connect(detail.show_customer)
        self.table.currentIdChanged.connect(lambda _id: self._update_actions())
        open_rows(self.table, lambda _index: self.open_360())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionMoved.connect(self._save_header)
        self._restore_header()
        self.remember_splitter(SPLITTER_KEY)
        self.model.loaded.connect(self._update_actions)

        ctx.bus.changed.connect(self._on_tier_changes)
        self.load_tiers()
        self._update_actions()
        self.start()

    # --- the selected customer ----------------------------------------------------------

    def current_row(self) -> CustomerRow | None:
        customer_id = self.table.current_id
        if customer_id is None:
            return None
        row = self.model.row_of_id(customer_id)
        return self.model.row_at(row) if row is not None else None

    def _update_actions(self) -> None:
        row = self.current_row()
        for button in (
            self.open_button,
            self.edit_button,
            self.follow_up_button,
            self.hand_over_button,
            self.archive_button,
        ):
            self.actions_bar.set_available(button, row is not None)
        self.archive_button.setText(
            self.tr("Restore") if row is not None and row.archived else self.tr("Archive")
        )

    # --- actions ------------------------------------------------------------------------

    def new_record(self) -> CustomerDialog | None:
        return self.new_customer() if self.new_button.isEnabled() else None

    def refresh(self) -> None:
        super().refresh()
        self.load_tiers()

    def new_customer(self) -> CustomerDialog:
        dialog = open_customer_dialog(self._ctx, self)
        dialog.saved.connect(lambda customer_id: self.show_saved(customer_id, dialog.name.text()))
        return dialog

    def edit_customer(self) -> CustomerDialog | None:
        row = self.current_row()
        if row is None:
            return None
        dialog = open_customer_dialog(self._ctx, self, row.id)
        dialog.saved.connect(lambda customer_id: self.show_saved(customer_id, dialog.name.text()))
        return dialog

    def open_360(self, customer_id: int | None = None) -> Customer360View | None:
        """The customer's 360 window; one per customer (shown again if already open)."""
        if customer_id is None:
            row = self.current_row()
            if row is None:
                return None
            customer_id = row.id
        window = self._windows.get(customer_id)
        if window is not None and shiboken6.isValid(window):
            window.showNormal()
            window.raise_()
            window.activateWindow()
            return window
        window = open_customer_360(self._ctx, self.window(), customer_id)
        self._windows[customer_id] = window
        window.destroyed.connect(lambda _obj=None, cid=customer_id: self._windows.pop(cid, None))
        return window

    def log_follow_up(self) -> FollowUpDialog | None:
        row = self.current_row()
        if row is None:
            return None
        return open_follow_up_dialog(self._ctx, self, row.id, row.name)

    def hand_over(self) -> HandOverDialog | None:
        row = self.current_row()
        if row is None:
            return None
        return open_hand_over_dialog(self._ctx, self, row.id, row.name)

    def toggle_archived(self) -> None:
        row = self.current_row()
        if row is None:
            return
        customer_id, archive, actor = row.id, not row.archived, self._ctx.actor
        self._ctx.writer.write(
            lambda op: set_archived(op.database, actor, customer_id, archive), owner=self
        )

    def merge(self) -> MergeDialog:
        row = self.current_row()
        return open_merge_dialog(self._ctx, self, row.id if row is not None else None)

    def export_title(self) -> str:
        return self.tr("Customer list")

    # --- menus --------------------------------------------------------------------------

    def _row_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.select_row(index.row())
        menu = QMenu(self)
        for button in (
            self.open_button,
            self.edit_button,
            self.follow_up_button,
            self.hand_over_button,
            self.archive_button,
            self.merge_button,
            None,
            self.new_button,
            self.export_button,
        ):
            if button is None:
                menu.addSeparator()
                continue
            action = menu.addAction(button.icon(), button.text())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
        menu.popup(self.table.viewport().mapToGlobal(position))

    def _column_menu(self, position: QPoint) -> QMenu:
        """Show or hide columns; what is shown is also what an export writes."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        for column in range(header.count()):
            title = self.model.headerData(column, header.orientation())
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            # The last visible column stays: a list with no columns shows nothing.
            action.setEnabled(not (len(visible) == 1 and column in visible))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(position))
        return menu

    def set_column_visible(self, column: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(column, not visible)
        self._save_header()

    def _save_header(self) -> None:
        QSettings().setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    def _restore_header(self) -> None:
        state = QSettings().value(HEADER_KEY)
        if isinstance(state, QByteArray):
            header = self.table.horizontalHeader()
            header.restoreState(state)
            # The sort comes from the request, not from the saved state.
            header.setSortIndicator(self.model.sort_column(), self.model.sort_order())

    # --- tiers --------------------------------------------------------------------------

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

    def _on_tier_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.TIERS in kinds:
            self.load_tiers()

    def count_text(self, total: int) -> str:
        return self.tr("%Ln customer(s)", "", total)

    def totals_figures(self, totals: ListTotals) -> list[TotalFigure]:
        assert isinstance(totals, CustomerTotals)
        return [
            TotalFigure(self.column_title(CustomerColumn.BALANCE), totals.balance_fen),
            TotalFigure(self.column_title(CustomerColumn.OVERDUE), totals.overdue_fen, alert=True),
            TotalFigure(self.column_title(CustomerColumn.UNALLOCATED), totals.unallocated_fen),
        ]
