"""Quote lines (报价明细): test item, standard, quantity, unit price and discount, with each
line's amount and the total worked out as the user types. Quantities may be fractional
(2.5 hours of sampling) and are kept in thousandths, exactly."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import MAX_AMOUNT_FEN, AmountTooLargeError, Money
from app.services.projects.project_service import QuoteLine
from app.views.tables.paged_table_model import HIGHLIGHT_BACKGROUND
from app.views.widgets.form_dialog import error_label
from app.views.widgets.money_edit import amount_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class QuoteColumn(IntEnum):
    ITEM = 0
    STANDARD = 1
    QUANTITY = 2
    PRICE = 3
    DISCOUNT = 4
    AMOUNT = 5


def parse_quantity(text: str) -> int:
    """'2', '2.5', '１２' -> thousandths; ValueError unless a positive number with at most
    three decimals."""
    try:
        value = Decimal(text.strip().replace(",", ""))
    except InvalidOperation:
        raise ValueError(text) from None
    milli = value * 1000
    if not value.is_finite() or value <= 0 or milli != milli.to_integral_value():
        raise ValueError(text)
    return int(milli)


def quantity_text(milli: int) -> str:
    whole, rest = divmod(milli, 1000)
    return str(whole) if not rest else f"{whole}.{rest:03d}".rstrip("0")


class QuoteLinesEditor(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(QuoteColumn))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Test item"),
                self.tr("Standard"),
                self.tr("Quantity"),
                self.tr("Unit price"),
                self.tr("Discount"),
                self.tr("Amount"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QuoteColumn.ITEM, QHeaderView.ResizeMode.Stretch)
        char = self.fontMetrics().horizontalAdvance("0")
        for column, chars in (
            (QuoteColumn.STANDARD, 12),
            (QuoteColumn.QUANTITY, 6),
            (QuoteColumn.PRICE, 10),
            (QuoteColumn.DISCOUNT, 9),
            (QuoteColumn.AMOUNT, 11),
        ):
            self.table.setColumnWidth(column, chars * char + 16)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(self._item_changed)

        self.add_button = QPushButton(self.tr("Add line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.add_button.clicked.connect(lambda: self.add_line())
        self.remove_button.clicked.connect(self.remove_current)
        self.total_label = QLabel()
        self.problem = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)
        self._updating = False
        self.add_line()

    # --- editing -------------------------------------------------------------------------

    def add_line(
        self,
        item: str = "",
        standard: str = "",
        quantity: str = "1",
        price: str = "",
        discount: str = "",
    ) -> int:
        row = self.table.rowCount()
        self._updating = True
        self.table.insertRow(row)
        for column, text in (
            (QuoteColumn.ITEM, item),
            (QuoteColumn.STANDARD, standard),
            (QuoteColumn.QUANTITY, quantity),
            (QuoteColumn.PRICE, price),
            (QuoteColumn.DISCOUNT, discount),
        ):
            cell = QTableWidgetItem(text)
            if column >= QuoteColumn.QUANTITY:
                cell.setTextAlignment(RIGHT)
            self.table.setItem(row, column, cell)
        amount = QTableWidgetItem()
        amount.setFlags(amount.flags() & ~Qt.ItemFlag.ItemIsEditable)
        amount.setTextAlignment(RIGHT)
        self.table.setItem(row, QuoteColumn.AMOUNT, amount)
        self._updating = False
        self._recalculate()
        return row

    def set_cell(self, row: int, column: QuoteColumn, text: str) -> None:
        """What typing into a cell and pressing Enter does."""
        self._cell(row, column).setText(text)

    def set_lines(self, lines: tuple[QuoteLine, ...]) -> None:
        """Show these lines instead of what is in the table (an existing quote)."""
        self.table.setRowCount(0)
        for line in lines:
            self.add_line(
                line.test_item,
                line.standard,
                quantity_text(line.quantity_milli),
                amount_text(line.unit_price_fen),
                amount_text(line.discount_fen) if line.discount_fen else "",
            )
        if not lines:
            self.add_line()

    def is_blank(self) -> bool:
        """Nothing typed yet."""
        return all(self._blank(row) for row in range(self.table.rowCount()))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._recalculate()

    # --- reading -------------------------------------------------------------------------

    def lines(self) -> tuple[QuoteLine, ...]:
        """The lines that parse (call ``problems`` first); blank rows are left out."""
        found = []
        for row in range(self.table.rowCount()):
            parsed = self._parse(row)
            if isinstance(parsed, QuoteLine):
                found.append(parsed)
        return tuple(found)

    def total_fen(self) -> int:
        return sum(line.amount_fen for line in self.lines())

    def problems(self) -> list[str]:
        return [
            p
            for row in range(self.table.rowCount())
            if isinstance(p := self._parse(row), str) and p
        ]

    # --- internals -----------------------------------------------------------------------

    def _cell(self, row: int, column: QuoteColumn) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "add_line puts an item in every cell"
        return item

    def _text(self, row: int, column: QuoteColumn) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _blank(self, row: int) -> bool:
        return not any(
            self._text(row, c)
            for c in (
                QuoteColumn.ITEM,
                QuoteColumn.STANDARD,
                QuoteColumn.PRICE,
                QuoteColumn.DISCOUNT,
            )
        )

    def _parse(self, row: int) -> QuoteLine | str:
        """The line, or what is wrong with it ("" for a blank row)."""
        if self._blank(row):
            return ""
        n = row + 1
        item = self._text(row, QuoteColumn.ITEM)
        if not item:
            return self.tr("Line {n}: enter the test item.").format(n=n)
        try:
            quantity = parse_quantity(self._text(row, QuoteColumn.QUANTITY))
        except ValueError:
            return self.tr(
                "Line {n}: the quantity must be a positive number (up to three decimals)."
            ).format(n=n)
        amounts = []
        for column, what in (
            (QuoteColumn.PRICE, self.tr("unit price")),
            (QuoteColumn.DISCOUNT, self.tr("discount")),
        ):
            text = self._text(row, column)
            try:
                fen = Money.parse(text).fen if text else 0
            except AmountTooLargeError:
                return self.tr("Line {n}: the {what} cannot be more than {max}.").format(
                    n=n, what=what, max=Money(MAX_AMOUNT_FEN).format()
                )
            except ValueError:
                return self.tr("Line {n}: the {what} is not an amount.").format(n=n, what=what)
            if fen < 0:
                return self.tr("Line {n}: the {what} cannot be negative.").format(n=n, what=what)
            amounts.append(fen)
        line = QuoteLine(
            item, quantity, amounts[0], amounts[1], self._text(row, QuoteColumn.STANDARD)
        )
        if line.amount_fen < 0:
            return self.tr("Line {n}: the discount is more than the amount.").format(n=n)
        return line

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._updating and item.column() != QuoteColumn.AMOUNT:
            self._recalculate()

    def _recalculate(self) -> None:
        self._updating = True
        problems = []
        for row in range(self.table.rowCount()):
            parsed = self._parse(row)
            amount = self._cell(row, QuoteColumn.AMOUNT)
            if isinstance(parsed, QuoteLine):
                amount.setText(amount_text(parsed.amount_fen))
            else:
                amount.setText("")
                if parsed:
                    problems.append(parsed)
            background = (
                QBrush(HIGHLIGHT_BACKGROUND) if parsed and isinstance(parsed, str) else QBrush()
            )
            for column in QuoteColumn:
                self._cell(row, column).setBackground(background)
        self._updating = False
        self.total_label.setText(
            self.tr("Total: {amount}").format(amount=Money(self.total_fen()).format())
        )
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.remove_button.setEnabled(self.table.rowCount() > 0)
