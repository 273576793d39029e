"""Settings › credit tiers: the four default tiers and any the lab adds, with their terms,
limits, reminder schedule, escalation and hold rules. Managers edit them; everyone sees them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.core.permissions import MANAGERS
from app.services.credit.credit_tier_service import TierRow, delete_tier, list_tiers
from app.views.credit.tier_dialog import TierDialog, open_tier_dialog, reminder_text
from app.views.customers.customer_labels import role_label
from app.views.labels import days_label
from app.views.shell.view_context import ViewContext
from app.views.tables.row_opener import open_rows
from app.views.tables.view_export import export_button, export_view
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.form_errors import MessageBar
from app.views.widgets.icons import Icon

TIER_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_PADDING = 18
REMINDERS_COLUMN = 5


def share_text(bp: int) -> str:
    """5000 basis points -> '50%', 3350 -> '33.5%'."""
    whole, rest = divmod(bp, 100)
    return f"{whole}%" if not rest else f"{whole}.{rest:02d}".rstrip("0") + "%"


class CreditTiersPage(QWidget):
    loaded = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.tiers: list[TierRow] = []
        intro = QLabel(
            self.tr(
                "Each customer belongs to a credit tier. The tier sets the payment terms and "
                "credit limit (a customer's own terms and limit win over them), when reminders go "
                "out, whom overdue invoices are escalated to, how much is paid in advance and "
                "whether reports wait for payment."
            )
        )
        intro.setWordWrap(True)
        self.actions_bar = ActionBar(ctx.actor)
        self.add_button = self.actions_bar.add(
            self.tr("Add tier…"), self.add_tier, MANAGERS, "edit credit tiers", icon=Icon.NEW
        )
        self.edit_button = self.actions_bar.add(
            self.tr("Edit…"), self.edit_tier, MANAGERS, "edit credit tiers", icon=Icon.EDIT
        )
        self.delete_button = self.actions_bar.add(
            self.tr("Delete"), self.confirm_delete, MANAGERS, "edit credit tiers", icon=Icon.DELETE
        )
        self.actions_bar.add_stretch()
        self.export_button = export_button(self.export)
        bar_layout = self.actions_bar.layout()
        assert bar_layout is not None
        bar_layout.addWidget(self.export_button)

        headers = [
            self.tr("Tier"),
            self.tr("English"),
            self.tr("Code"),
            self.tr("Terms"),
            self.tr("Credit limit"),
            self.tr("Reminders"),
            self.tr("Escalation"),
            self.tr("Prepaid"),
            self.tr("Credit hold"),
            self.tr("Reports"),
            self.tr("Customers"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        reminders = self.table.horizontalHeaderItem(REMINDERS_COLUMN)
        assert reminders is not None, "setHorizontalHeaderLabels made the header items"
        reminders.setToolTip(
            self.tr("Days from the due date: negative before it, positive after it.")
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        open_rows(self.table, lambda _index: self.edit_tier())
        self.table.currentCellChanged.connect(lambda *_: self._update_actions())
        self.bar = MessageBar()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(intro)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.bar)
        ctx.bus.changed.connect(self._on_changes)
        self._update_actions()
        self.refresh()

    def export(self) -> ExcelExport | None:
        """The table as shown, to an Excel file."""
        return export_view(self._ctx, self, self.table, self.tr("Credit tiers"), ())

    def refresh(self) -> None:
        self._ctx.runner.query(list_tiers, self._show, owner=self)

    def _show(self, tiers: list[TierRow]) -> None:
        chosen = self.current_tier()
        self.tiers = tiers
        self.table.setRowCount(len(tiers))
        for row, tier in enumerate(tiers):
            escalation = (
                self.tr("{role} after {days}").format(
                    role=role_label(tier.escalate_to_role),
                    days=days_label(tier.escalate_after_days or 0),
                )
                if tier.escalate_to_role
                else self.tr("none")
            )
            hold = (
                self.tr("over {days} overdue").format(days=days_label(tier.overdue_hold_days))
                if tier.overdue_hold_days is not None
                else self.tr("none")
            )
            cells = (
                tier.name,
                tier.name_en,
                tier.code,
                days_label(tier.payment_terms_days),
                Money(tier.credit_limit_fen).format(),
                reminder_text(tier.reminder_days),
                escalation,
                share_text(tier.prepayment_share_bp),
                hold,
                self.tr("held until paid") if tier.hold_reports_until_paid else self.tr("released"),
                f"{tier.customer_count:,}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (3, 4, 7, 10):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setData(TIER_ROLE, tier.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column in range(self.table.columnCount()):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + CELL_PADDING)
        again = next(
            (r for r, t in enumerate(tiers) if chosen is not None and t.id == chosen.id),
            0 if tiers else -1,
        )
        if again >= 0:
            self.table.selectRow(again)
        self._update_actions()
        self.loaded.emit()

    def current_tier(self) -> TierRow | None:
        row = self.table.currentRow()
        return self.tiers[row] if 0 <= row < len(self.tiers) else None

    def select_tier(self, code: str) -> None:
        row = next((r for r, t in enumerate(self.tiers) if t.code == code), -1)
        if row >= 0:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        tier = self.current_tier()
        self.actions_bar.set_available(self.edit_button, tier is not None)
        # The default tiers stay (credit scoring moves customers between them).
        self.actions_bar.set_available(self.delete_button, tier is not None and not tier.built_in)

    def add_tier(self) -> TierDialog:
        return open_tier_dialog(self._ctx, self)

    def edit_tier(self) -> TierDialog | None:
        tier = self.current_tier()
        if tier is None or not self.edit_button.isEnabled():
            return None
        return open_tier_dialog(self._ctx, self, tier)

    def confirm_delete(self) -> QMessageBox | None:
        tier = self.current_tier()
        if tier is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete credit tier"),
            self.tr("Delete the credit tier {name}?").format(name=tier.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).clicked.connect(
            lambda: self.delete_tier(tier.id)
        )
        box.open()
        return box

    def delete_tier(self, tier_id: int) -> None:
        actor = self._ctx.actor
        self.bar.clear()
        self._ctx.writer.write(
            lambda op: delete_tier(op.database, actor, tier_id),
            owner=self,
            on_expected_error=self.bar.show_message_for,
        )

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        # Customers moving between tiers change the counts.
        if kinds & {Kind.TIERS, Kind.CUSTOMERS}:
            self.refresh()
