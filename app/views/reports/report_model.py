"""A ReportTable shown as it will be exported and printed: its rows, then its totals row in
bold; some cells highlighted (the slowest stage of a cycle-time row)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.reports.report_table import ReportTable, cell_text, column_format

HIGHLIGHT = QColor("#fde2c8")
Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()


class ReportTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.table: ReportTable | None = None
        self.highlights: frozenset[tuple[int, int]] = frozenset()
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(
        self, table: ReportTable | None, highlights: frozenset[tuple[int, int]] = frozenset()
    ) -> None:
        self.beginResetModel()
        self.table = table
        self.highlights = highlights
        self.endResetModel()

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + (self.table.totals is not None)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.headers)

    def is_totals(self, row: int) -> bool:
        return self.table is not None and row == len(self.table.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        table = self.table
        if table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        values = table.totals if self.is_totals(row) else table.rows[row]
        assert values is not None
        numeric = table.money[column] or bool(column_format(table, column))
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(values[column], table.money[column], column_format(table, column))
        if role == Qt.ItemDataRole.UserRole:
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.FontRole and (
            self.is_totals(row) or (row, column) in self.highlights
        ):
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and (row, column) in self.highlights:
            return QBrush(HIGHLIGHT)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            self.table is None
            or orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
        ):
            return None
        return self.table.headers[section]
