"""Step 1: the file, its sheets to import, and the kind of records it holds (guessed from
the first sheet's header). The file is opened off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.importers.preview import SheetInfo, SheetLayout, list_sheets, sheet_layout
from app.importers.records import KINDS
from app.views.bank.bank_statement_window import BankStatementWindow, show_bank_statements
from app.views.importing.import_draft import AUTO, ImportDraft
from app.views.importing.import_labels import kind_label
from app.views.shell.view_context import ViewContext
from app.views.widgets.file_dialogs import FilePurpose, ask_open_path
from app.views.widgets.icons import Icon, icon

SHEET_LIST_HEIGHT = 180


class FileStep(QWidget):
    changed = Signal()  # the file, the sheets or the kind changed

    def __init__(self, ctx: ViewContext, draft: ImportDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._draft = draft
        self.loading = False
        # Which file to read; tests replace it.
        self.ask_path: Callable[[], Path | None] = self._ask_path

        intro = QLabel(
            self.tr(
                "Choose an Excel workbook (.xlsx, .xls) or a CSV file. LabLedger finds the "
                "header row and the columns itself; the next steps show what it found, and "
                "nothing is written before the last step."
            )
        )
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(icon(Icon.IMPORT), self.tr("Choose file…"))
        self.choose_button.clicked.connect(self.choose)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        self.sheet_list = QListWidget()
        self.sheet_list.setMaximumHeight(SHEET_LIST_HEIGHT)
        self.sheet_list.itemChanged.connect(self._sheets_ticked)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Automatic"), AUTO)
        for kind in KINDS[::-1]:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_chosen)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        kind_row.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("File"), file_row)
        form.addRow(self.tr("Sheets to import"), self.sheet_list)
        form.addRow(self.tr("Records in the file"), kind_row)
        form.addRow("", self.status)
        # Bank statements are matched to invoices line by line in a window of their own
        # (also under 回款): offered here too, where staff look for anything to import.
        self.bank_button = QPushButton(icon(Icon.IMPORT), self.tr("Import a bank statement…"))
        self.bank_button.clicked.connect(self.open_bank_statements)
        self.bank_window: BankStatementWindow | None = None
        bank_row = QHBoxLayout()
        bank_row.addWidget(QLabel(self.tr("A bank statement, to record the payments it shows:")), 0)
        bank_row.addWidget(self.bank_button)
        bank_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addLayout(bank_row)
        layout.addStretch(1)

    def open_bank_statements(self) -> BankStatementWindow:
        """银行流水 in its window (the one 回款 opens, brought to the front if open)."""
        self.bank_window = show_bank_statements(self._ctx, self)
        return self.bank_window

    def _ask_path(self) -> Path | None:
        return ask_open_path(
            self,
            self.tr("Choose the file to import"),
            FilePurpose.IMPORT,
            self.tr("Workbooks and CSV files (*.xlsx *.xlsm *.xls *.csv);;All files (*)"),
        )

    def ready(self) -> bool:
        return not self.loading and self._draft.path is not None and bool(self._draft.chosen)

    def choose(self) -> None:
        path = self.ask_path()
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self._draft.reset(path)
        self.path_edit.setText(str(path))
        self.sheet_list.clear()
        self._show_kind()
        self.loading = True
        self.status.setText(self.tr("Reading {name}…").format(name=path.name))
        self.changed.emit()
        self._ctx.runner.run(
            lambda _op: list_sheets(path),
            self._sheets_read,
            owner=self,
            latest="file",
            on_expected_error=self._unreadable,
        )

    def _unreadable(self, exc: LabLedgerError) -> None:
        self.loading = False
        self._draft.reset()
        self.path_edit.clear()
        self.status.clear()
        self.changed.emit()
        self._ctx.errors.expected(exc)

    def _sheets_read(self, sheets: list[SheetInfo]) -> None:
        draft = self._draft
        draft.sheets = sheets
        draft.chosen = [s.name for s in sheets]
        self.sheet_list.blockSignals(True)
        for sheet in sheets:
            item = QListWidgetItem(
                self.tr("{sheet} ({rows} rows)").format(sheet=sheet.name, rows=f"{sheet.rows:,}")
            )
            item.setData(Qt.ItemDataRole.UserRole, sheet.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.sheet_list.addItem(item)
        self.sheet_list.blockSignals(False)
        if not sheets:
            self.loading = False
            self.status.setText(self.tr("The file has no sheets."))
            self.changed.emit()
            return
        path = draft.path
        assert path is not None
        first = sheets[0].name
        self.status.setText(self.tr("Looking for the header…"))
        self._ctx.runner.run(
            lambda _op: sheet_layout(path, first, None),
            self._guessed,
            owner=self,
            latest="file",
            on_expected_error=self._unreadable,
        )

    def _guessed(self, layout: SheetLayout) -> None:
        self.loading = False
        self._draft.guessed_kind = layout.guessed_kind
        self._draft.layout = layout
        if layout.guessed_kind is None:
            self.status.setText(
                self.tr(
                    "No header row was recognised on the first sheet: choose the kind of "
                    "records, then say in the next step which column holds what."
                )
            )
        else:
            self.status.setText(
                self.tr("Header found on sheet {sheet}, row {row}.").format(
                    sheet=layout.sheet, row=_rows_text(layout)
                )
            )
        self._show_kind()
        self.changed.emit()

    def _show_kind(self) -> None:
        guess = self._draft.guessed_kind
        self.kind_combo.setItemText(
            0,
            self.tr("Automatic ({kind})").format(kind=kind_label(guess))
            if guess
            else self.tr("Automatic"),
        )
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(self._draft.kind), 0))
        self.kind_combo.blockSignals(False)

    def show_kind(self) -> None:
        """The kind again, after a saved mapping chose one."""
        self._show_kind()

    def _sheets_ticked(self) -> None:
        self._draft.chosen = [
            self.sheet_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sheet_list.count())
            if self.sheet_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.changed.emit()

    def _kind_chosen(self) -> None:
        self._draft.kind = self.kind_combo.currentData()
        self.changed.emit()


def _rows_text(layout: SheetLayout) -> str:
    if layout.columns is None:
        return ""
    rows = layout.columns.header_rows
    return str(rows[0]) if len(rows) == 1 else f"{rows[0]}–{rows[-1]}"
