"""A customer's open invoices and how much of a payment goes to each: the automatic split
(oldest due first, as the service previews it), one typed by hand, or none at all; with the
totals and what stays as the customer's prepayment, updated as the user types."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Final, Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.ledger.payment_service import AllocationLine
from app.views.widgets.form_dialog import error_label
from app.views.widgets.money_edit import INVALID_STYLE, MoneyEdit

# How the payment is applied; "auto" and "none" are also what the payment service takes.
AllocationMode = Literal["auto", "manual", "none"]
AUTO: Final = "auto"
MANUAL: Final = "manual"
NONE: Final = "none"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AllocationColumn(IntEnum):
    NUMBER = 0
    ISSUED = 1
    DUE = 2
    OPEN = 3
    APPLY = 4


class AllocationTable(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[AllocationLine] = []
        self._preview: dict[int, int] = {}
        self._edits: list[MoneyEdit] = []
        self._mode: AllocationMode = AUTO
        self._payment_fen: int | None = None

        self.table = QTableWidget(0, len(AllocationColumn))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Invoice"),
                self.tr("Issued"),
                self.tr("Due"),
                self.tr("Open"),
                self.tr("Apply"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AllocationColumn.APPLY, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.empty_label = QLabel(
            self.tr("The customer has no open invoices: the whole payment stays as prepayment.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(False)

        self.open_total = QLabel()
        self.applied = QLabel()
        self.remaining = QLabel()
        totals = QHBoxLayout()
        for label in (self.open_total, self.applied, self.remaining):
            totals.addWidget(label)
        totals.addStretch(1)
        self.problem = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(totals)
        layout.addWidget(self.problem)
        self._update_totals()

    # --- what the dialog sets ------------------------------------------------------------

    @property
    def mode(self) -> AllocationMode:
        return self._mode

    @property
    def lines(self) -> list[AllocationLine]:
        return list(self._lines)

    def set_lines(self, lines: Sequence[AllocationLine]) -> None:
        """The customer's open invoices, oldest due first."""
        self._lines = list(lines)
        self._preview = {}
        self.table.setRowCount(len(self._lines))
        for row, line in enumerate(self._lines):
            open_item = QTableWidgetItem(Money(line.open_fen).format())
            open_item.setTextAlignment(RIGHT)
            cells = (
                (AllocationColumn.NUMBER, QTableWidgetItem(line.number)),
                (AllocationColumn.ISSUED, QTableWidgetItem(line.issue_date.isoformat())),
                (AllocationColumn.DUE, QTableWidgetItem(line.due_date.isoformat())),
                (AllocationColumn.OPEN, open_item),
            )
            for column, item in cells:
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self._lines)
        self.table.setVisible(bool(self._lines))
        self._edits = []
        self._fill_apply_column()

    def set_preview(self, lines: Sequence[AllocationLine]) -> None:
        """The service's automatic split of the payment (invoices it does not reach get 0)."""
        self._preview = {line.invoice_id: line.amount_fen for line in lines}
        if self._mode == AUTO:
            self._fill_apply_column()

    def set_payment(self, fen: int | None) -> None:
        self._payment_fen = fen
        self._update_totals()

    def set_mode(self, mode: AllocationMode) -> None:
        """Switching to a manual split starts from the automatic one."""
        if mode == self._mode:
            return
        self._mode = mode
        self._edits = []
        self._fill_apply_column()

    # --- what the dialog reads -----------------------------------------------------------

    def split(self) -> list[tuple[int, int]]:
        """The manual split as (invoice id, fen), leaving out invoices given nothing."""
        return [
            (line.invoice_id, fen)
            for line, fen in zip(self._lines, self._amounts(), strict=True)
            if fen
        ]

    def applied_fen(self) -> int:
        return sum(self._amounts())

    def problems(self) -> list[str]:
        """What is wrong with the split; empty when it can be saved."""
        if self._mode != MANUAL:
            return []
        found = []
        for line, edit in zip(self._lines, self._edits, strict=True):
            if edit.problem():
                found.append(
                    self.tr("Invoice {number}: {problem}").format(
                        number=line.number, problem=edit.problem()
                    )
                )
            elif (edit.fen() or 0) > line.open_fen:
                found.append(
                    self.tr(
                        "Invoice {number} has {open} open; {amount} cannot be applied to it."
                    ).format(
                        number=line.number,
                        open=Money(line.open_fen).format(),
                        amount=Money(edit.fen() or 0).format(),
                    )
                )
        applied = self.applied_fen()
        if self._payment_fen is not None and applied > self._payment_fen:
            found.append(
                self.tr("The split adds up to {total}, more than the payment of {amount}.").format(
                    total=Money(applied).format(), amount=Money(self._payment_fen).format()
                )
            )
        return found

    def amount_edit(self, row: int) -> MoneyEdit:
        """The manual amount of one row (for tests and keyboard focus)."""
        return self._edits[row]

    def apply_text(self, row: int) -> str:
        if self._mode == MANUAL:
            return self._edits[row].text()
        item = self.table.item(row, AllocationColumn.APPLY)
        return item.text() if item is not None else ""

    # --- internals -----------------------------------------------------------------------

    def _amounts(self) -> list[int]:
        if self._mode == MANUAL:
            return [edit.fen() or 0 for edit in self._edits]
        if self._mode == NONE:
            return [0] * len(self._lines)
        return [self._preview.get(line.invoice_id, 0) for line in self._lines]

    def _fill_apply_column(self) -> None:
        for row, line in enumerate(self._lines):
            self.table.removeCellWidget(row, AllocationColumn.APPLY)
            if self._mode == MANUAL:
                edit = MoneyEdit(allow_zero=True)
                edit.setFrame(False)
                edit.set_fen(self._preview.get(line.invoice_id) or None)
                edit.amountChanged.connect(self._update_totals)
                edit.problemChanged.connect(self._update_totals)
                self._edits.append(edit)
                self.table.setItem(row, AllocationColumn.APPLY, QTableWidgetItem())
                self.table.setCellWidget(row, AllocationColumn.APPLY, edit)
                continue
            fen = self._preview.get(line.invoice_id, 0) if self._mode == AUTO else 0
            item = QTableWidgetItem(Money(fen).format() if fen else "")
            item.setTextAlignment(RIGHT)
            self.table.setItem(row, AllocationColumn.APPLY, item)
        self._update_totals()

    def _update_totals(self, *_args: object) -> None:
        open_fen = sum(line.open_fen for line in self._lines)
        applied = self.applied_fen()
        self.open_total.setText(
            self.tr("Open invoices: {amount}").format(amount=Money(open_fen).format())
        )
        self.applied.setText(self.tr("Applied: {amount}").format(amount=Money(applied).format()))
        if self._payment_fen is None:
            self.remaining.setText("")
        else:
            left = self._payment_fen - applied
            self.remaining.setText(
                self.tr("Left as prepayment: {amount}").format(amount=Money(max(left, 0)).format())
            )
        if self._mode == MANUAL:
            for line, edit in zip(self._lines, self._edits, strict=True):
                if not edit.problem():
                    edit.setStyleSheet(INVALID_STYLE if (edit.fen() or 0) > line.open_fen else "")
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
