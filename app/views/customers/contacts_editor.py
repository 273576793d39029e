"""The contacts of one customer in the customer dialog: a small table to add, edit and remove
contacts, exactly one of them primary (the primary column behaves like radio buttons)."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.customers.contact_service import ContactInput

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactColumn(IntEnum):
    NAME = 0
    TITLE = 1
    PHONE = 2
    EMAIL = 3
    WECHAT = 4
    PRIMARY = 5


class ContactsEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(ContactColumn))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Title"),
                self.tr("Phone"),
                self.tr("E-mail"),
                self.tr("WeChat"),
                self.tr("Primary"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ContactColumn.EMAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ContactColumn.PRIMARY, QHeaderView.ResizeMode.ResizeToContents)
        char = self.fontMetrics().horizontalAdvance("0")
        for column, chars in (
            (ContactColumn.NAME, 8),
            (ContactColumn.TITLE, 9),
            (ContactColumn.PHONE, 14),
            (ContactColumn.WECHAT, 11),
        ):
            self.table.setColumnWidth(column, chars * char + 16)
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(self.tr("Add contact"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_contact())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())

    def set_contacts(self, contacts: Sequence[ContactInput]) -> None:
        self.table.setRowCount(0)
        for contact in contacts:
            self.add_contact(contact, edit=False)
        self._ensure_one_primary()

    def contacts(self) -> list[ContactInput]:
        found = []
        for row in range(self.table.rowCount()):
            name_item = self.table.item(row, ContactColumn.NAME)
            found.append(
                ContactInput(
                    name=self._text(row, ContactColumn.NAME),
                    title=self._text(row, ContactColumn.TITLE),
                    phone=self._text(row, ContactColumn.PHONE),
                    email=self._text(row, ContactColumn.EMAIL),
                    wechat=self._text(row, ContactColumn.WECHAT),
                    is_primary=self.primary_row() == row,
                    id=name_item.data(ID_ROLE) if name_item is not None else None,
                )
            )
        return found

    def add_contact(self, contact: ContactInput | None = None, *, edit: bool = True) -> int:
        """Append a row (an empty one to type into, unless ``contact`` is given)."""
        contact = contact or ContactInput(name="")
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        name = QTableWidgetItem(contact.name)
        name.setData(ID_ROLE, contact.id)
        self.table.setItem(row, ContactColumn.NAME, name)
        for column, text in (
            (ContactColumn.TITLE, contact.title),
            (ContactColumn.PHONE, contact.phone),
            (ContactColumn.EMAIL, contact.email),
            (ContactColumn.WECHAT, contact.wechat),
        ):
            self.table.setItem(row, column, QTableWidgetItem(text))
        primary = QTableWidgetItem()
        primary.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        primary.setCheckState(
            Qt.CheckState.Checked if contact.is_primary else Qt.CheckState.Unchecked
        )
        self.table.setItem(row, ContactColumn.PRIMARY, primary)
        self.table.blockSignals(False)
        self._ensure_one_primary()
        if edit:
            self.table.setCurrentCell(row, ContactColumn.NAME)
            self.table.editItem(name)
        self._update_buttons()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._ensure_one_primary()
        self._update_buttons()

    def set_primary(self, row: int) -> None:
        self.table.blockSignals(True)
        for other in range(self.table.rowCount()):
            self._primary_item(other).setCheckState(
                Qt.CheckState.Checked if other == row else Qt.CheckState.Unchecked
            )
        self.table.blockSignals(False)

    def primary_row(self) -> int | None:
        for row in range(self.table.rowCount()):
            if self._primary_item(row).checkState() == Qt.CheckState.Checked:
                return row
        return None

    def _primary_item(self, row: int) -> QTableWidgetItem:
        item = self.table.item(row, ContactColumn.PRIMARY)
        assert item is not None, "add_contact gives every row its check box"
        return item

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _item_changed(self, item: QTableWidgetItem) -> None:
        # Ticking a contact makes it the primary one; unticking the primary contact would
        # leave none, so it stays primary until another one is ticked.
        if item.column() == ContactColumn.PRIMARY:
            self.set_primary(item.row())

    def _ensure_one_primary(self) -> None:
        if self.table.rowCount() == 0:
            return
        row = self.primary_row()
        self.set_primary(0 if row is None else row)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
