"""Building blocks of the detail panels: a titled section of label/value lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QWidget,
)

from app.domain.money import Money
from app.views.tables.paged_table_model import NEGATIVE_TEXT


class DetailSection(QGroupBox):
    """A group box of 'label: value' lines that can be refilled for each record."""

    def __init__(self, title: str, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        """``stacked``: each value under its label, for values that cannot wrap (a tax ID, an
        account number) and would not fit beside a long label in a narrow panel."""
        super().__init__(title, parent)
        self._form = QFormLayout(self)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if stacked
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )

    def clear(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)

    def add(self, label: str, value: str, *, alert: bool = False) -> QLabel:
        field = value_label(value)
        if alert:
            field.setStyleSheet(f"color: {NEGATIVE_TEXT.name()}; font-weight: bold;")
        self._form.addRow(label, field)
        return field

    def add_money(self, label: str, fen: int, *, alert_if_positive: bool = False) -> QLabel:
        alert = fen < 0 or (alert_if_positive and fen > 0)
        field = self.add(label, Money(fen).format(), alert=alert)
        field.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return field

    def add_widget(self, widget: QWidget) -> None:
        self._form.addRow(widget)


def value_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


def heading_label(text: str = "") -> QLabel:
    label = value_label(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def readonly_table(headers: list[str], stretch: int, min_height: int = 0) -> QTableWidget:
    """A small read-only table for a detail panel: no row numbers, ``stretch`` takes the
    spare width."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    if min_height:
        table.setMinimumHeight(min_height)
    return table


def placeholder_label(text: str) -> QLabel:
    """What a detail panel shows while nothing is selected."""
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    return label
