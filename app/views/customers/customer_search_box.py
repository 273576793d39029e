"""Pick one customer by typing part of its name, code or USCC (the search runs in SQL, so it
works on any number of customers)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from app.services.core.list_request import ListRequest
from app.services.customers.customer_list_service import CustomerRow, fetch_customers
from app.views.shell.view_context import ViewContext
from app.views.widgets.icons import Icon, icon

MAX_MATCHES = 50
SEARCH_DELAY_MS = 250


class CustomerSearchBox(QWidget):
    # The chosen customer's id, or None.
    customerChanged = Signal(object)
    # After the matches of a search have arrived.
    searched = Signal()

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.rows: dict[int, CustomerRow] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, code or USCC"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon(Icon.SEARCH), QLineEdit.ActionPosition.LeadingPosition)
        self.matches = QComboBox()
        self.matches.setMinimumContentsLength(24)
        self.matches.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.matches.currentIndexChanged.connect(
            lambda: self.customerChanged.emit(self.customer_id)
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.matches, 2)

    @property
    def customer_id(self) -> int | None:
        value = self.matches.currentData()
        return int(value) if value is not None else None

    @property
    def customer(self) -> CustomerRow | None:
        customer_id = self.customer_id
        return self.rows.get(customer_id) if customer_id is not None else None

    def run_search(self, select_id: int | None = None) -> None:
        """Show the customers matching the search text (archived ones too: a duplicate may
        already have been archived)."""
        self._timer.stop()
        request = ListRequest(
            search=self.search.text().strip(), sort_key="name", filters=(("archived", "any"),)
        )
        if select_id is not None:
            request = request.with_filter("id", select_id)
        as_of = self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: fetch_customers(session, request, 0, MAX_MATCHES, as_of),
            self._show,
            owner=self,
            latest="matches",
        )

    def select_customer(self, customer_id: int) -> None:
        """Show this one customer (e.g. the one selected in the list)."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.run_search(select_id=customer_id)

    def _show(self, rows: list[CustomerRow]) -> None:
        chosen = self.customer_id
        self.rows = {row.id: row for row in rows}
        self.matches.blockSignals(True)
        self.matches.clear()
        for row in rows:
            self.matches.addItem(f"{row.code}  {row.name}", row.id)
        index = self.matches.findData(chosen)
        self.matches.setCurrentIndex(index if index >= 0 else 0 if rows else -1)
        self.matches.blockSignals(False)
        self.customerChanged.emit(self.customer_id)
        self.searched.emit()
