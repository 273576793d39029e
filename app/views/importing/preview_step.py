"""Step 3: the first rows of the sheet as the import will read them: dates as dates, amounts
in yuan, days as days; a cell that cannot be imported is marked, its reason in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.importers.preview import PREVIEW_ROWS, PreviewRow, preview_rows
from app.importers.workbook import column_letter
from app.views.importing.import_draft import ImportDraft
from app.views.importing.import_labels import MONEY_FIELDS, field_label, reason_text, value_text
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import HIGHLIGHT_BACKGROUND, NEGATIVE_TEXT

BAD_ROLE = Qt.ItemDataRole.UserRole + 1  # True on a cell that cannot be imported


class PreviewStep(QWidget):
    changed = Signal()

    def __init__(self, ctx: ViewContext, draft: ImportDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._draft = draft
        self.loading = False
        self.rows: list[PreviewRow] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def ready(self) -> bool:
        return not self.loading

    def enter(self) -> None:
        draft = self._draft
        path, layout = draft.path, draft.layout
        if path is None or layout is None:
            return
        sheet, kind, mapping = layout.sheet, draft.effective_kind(), draft.mapping
        self.loading = True
        self.intro.setText(self.tr("Reading the first rows of {sheet}…").format(sheet=sheet))
        self.table.setRowCount(0)
        self.summary.clear()
        self.changed.emit()
        self._ctx.runner.run(
            lambda _op: preview_rows(path, sheet, kind, mapping),
            self._show,
            owner=self,
            latest="preview",
            on_expected_error=self._unreadable,
        )

    def _unreadable(self, exc: LabLedgerError) -> None:
        self.loading = False
        self.changed.emit()
        self._ctx.errors.expected(exc)

    def _show(self, rows: list[PreviewRow]) -> None:
        self.loading = False
        self.rows = rows
        layout = self._draft.layout
        assert layout is not None
        fields = layout.field_of_column()
        headers = layout.columns.headers if layout.columns is not None else {}
        columns = sorted(fields)
        self.intro.setText(
            self.tr(
                "The first {count} data rows of sheet {sheet} as they will be imported. "
                "Cells in red cannot be imported: point at one to see why."
            ).format(count=PREVIEW_ROWS, sheet=layout.sheet)
        )
        self.table.clear()
        self.table.setColumnCount(len(columns) + 1)
        self.table.setRowCount(len(rows))
        labels = [self.tr("Row")]
        for col in columns:
            where = column_letter(col) + (f" {headers[col]}" if col in headers else "")
            labels.append(f"{field_label(fields[col])}\n{where}")
        self.table.setHorizontalHeaderLabels(labels)
        self.table.verticalHeader().setVisible(False)
        bad_rows = 0
        for r, row in enumerate(rows):
            number = QTableWidgetItem(str(row.number))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 0, number)
            bad_rows += bool(row.problems)
            for c, col in enumerate(columns, start=1):
                self.table.setItem(r, c, self._cell(row, col, fields[col]))
            row_problems = [p for p in row.problems if not p.column]
            if row_problems:
                number.setForeground(NEGATIVE_TEXT)
                number.setToolTip(
                    "\n".join(reason_text(p.reason, p.params, p.message) for p in row_problems)
                )
        self.table.resizeColumnsToContents()
        for c in range(1, self.table.columnCount()):
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 240))
        if not rows:
            self.summary.setText(self.tr("The sheet has no data rows under its header."))
        elif bad_rows:
            self.summary.setText(
                self.tr("{bad} of these {count} rows have cells that cannot be imported.").format(
                    bad=bad_rows, count=len(rows)
                )
            )
        else:
            self.summary.setText(
                self.tr("All {count} rows shown can be imported.").format(count=len(rows))
            )
        self.changed.emit()

    def _cell(self, row: PreviewRow, col: int, name: str) -> QTableWidgetItem:
        cell = row.cells.get(col)
        if cell is None:
            return QTableWidgetItem("")
        item = QTableWidgetItem(cell.raw if cell.problem else value_text(name, cell.value))
        if name in MONEY_FIELDS or name == "terms":
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if cell.problem:
            item.setData(BAD_ROLE, True)
            item.setBackground(HIGHLIGHT_BACKGROUND)
            item.setForeground(NEGATIVE_TEXT)
            item.setToolTip(reason_text(cell.template, cell.params, cell.problem))
        elif cell.raw and value_text(name, cell.value) != cell.raw:
            item.setToolTip(self.tr("In the file: {raw}").format(raw=cell.raw))
        return item
