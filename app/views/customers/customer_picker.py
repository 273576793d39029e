"""Choosing a customer by typing part of the name, code or USCC: matches come from the
customer list service (searched in SQL, off the GUI thread, so it works on any number of
customers) and drop down under the field without taking the keyboard from it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from app.services.core.list_request import ListRequest
from app.services.customers.customer_list_service import CustomerRow, fetch_customers
from app.views.shell.view_context import ViewContext

MATCHES = 20
SEARCH_DELAY_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class CustomerPicker(QLineEdit):
    # The chosen customer's id, or None while nothing (or only typed text) is chosen.
    customerChanged = Signal(object)

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: int | None = None
        self._chosen_name = ""
        self.setPlaceholderText(self.tr("Type part of the customer's name or code"))
        self.setClearButtonEnabled(True)
        self.matches = QStandardItemModel(self)
        self._completer = QCompleter(self.matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(NAME_ROLE)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        # The QModelIndex overload of activated; PySide6's stubs lack SignalInstance.__getitem__.
        self._completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(self._edited)

    def customer_id(self) -> int | None:
        return self._customer_id

    def set_customer(self, customer_id: int | None, name: str = "") -> None:
        """Choose a customer whose name is known (e.g. the one selected in a list)."""
        self._chosen_name = name
        self.setText(name)
        self._set_id(customer_id)

    def choose_match(self, row: int) -> None:
        """Take one of the matches shown (what clicking it in the drop-down does)."""
        self._activated(self.matches.index(row, 0))

    def search(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if not text or text == self._chosen_name:
            self._ctx.runner.drop(self, "matches")
            self.matches.clear()
            return
        as_of = self._ctx.as_of()
        request = ListRequest(search=text, sort_key="name")
        self._ctx.runner.query(
            lambda session: fetch_customers(session, request, 0, MATCHES, as_of),
            self._show,
            owner=self,
            latest="matches",
        )

    def _edited(self, text: str) -> None:
        if text != self._chosen_name:
            self._set_id(None)
        self._timer.start()

    def _show(self, rows: list[CustomerRow]) -> None:
        self.matches.clear()
        for row in rows:
            item = QStandardItem(f"{row.name}  ·  {row.code}")
            item.setData(row.id, ID_ROLE)
            item.setData(row.name, NAME_ROLE)
            item.setEditable(False)
            self.matches.appendRow(item)
        if rows and self.hasFocus():
            self._completer.complete()

    def _activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._chosen_name = str(index.data(NAME_ROLE))
        self.setText(self._chosen_name)
        self._set_id(int(index.data(ID_ROLE)))
        popup = self._completer.popup()
        assert popup is not None, "a popup completer makes its list on demand"
        popup.hide()

    def _set_id(self, customer_id: int | None) -> None:
        if customer_id != self._customer_id:
            self._customer_id = customer_id
            self.customerChanged.emit(customer_id)
