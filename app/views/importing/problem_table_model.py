"""Every problem a check or an import found, one per row: sheet, row, column, value, reason."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.importers.records import CellProblem
from app.views.importing.import_labels import problem_reason

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ProblemColumn(IntEnum):
    SHEET = 0
    ROW = 1
    COLUMN = 2
    VALUE = 3
    REASON = 4


class ProblemTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._problems: list[CellProblem] = []
        self._reasons: list[str] = []
        self._headers = (
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Value"),
            self.tr("Problem"),
        )

    def set_problems(self, problems: Sequence[CellProblem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self._reasons = [problem_reason(p) for p in self._problems]
        self.endResetModel()

    def problem(self, row: int) -> CellProblem:
        return self._problems[row]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(ProblemColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        column = ProblemColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {
                ProblemColumn.SHEET: problem.sheet,
                ProblemColumn.ROW: problem.row,
                ProblemColumn.COLUMN: problem.column,
                ProblemColumn.VALUE: problem.value,
                ProblemColumn.REASON: self._reasons[index.row()],
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ProblemColumn.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
