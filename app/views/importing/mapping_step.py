"""Step 2: the header row found and what each source column holds, changed column by column
("not imported" leaves one out); a mapping can be saved under a name and used again (see
app/importers/saved_mappings.py), and the mappings shipped with LabLedger are offered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError
from app.importers.headers import FIELDS, ColumnMapping
from app.importers.preview import SheetLayout, relayout, sheet_layout
from app.importers.saved_mappings import (
    SavedMapping,
    delete_mapping,
    read_saved,
    save_mapping,
    saved_mappings,
)
from app.importers.workbook import column_letter
from app.views.importing.import_draft import ImportDraft
from app.views.importing.import_labels import field_label, kind_label, listing
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.icons import Icon, icon

HEAD_COLUMNS = 3  # column letter, header, first value; then the field chooser
NOT_IMPORTED = ""
CHOOSER_WIDTH = 240


class MappingStep(QWidget):
    changed = Signal()  # the mapping changed (and with it, perhaps, the kind)

    def __init__(self, ctx: ViewContext, draft: ImportDraft, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._draft = draft
        self.loading = False
        self._saved: list[SavedMapping] = []
        # The name to save the mapping under; tests replace it.
        self.ask_name: Callable[[str], str | None] = self._ask_name
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_sheet_row())
        layout.addLayout(self._build_saved_row())
        layout.addWidget(self._build_table(), 1)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet(f"color: {NEGATIVE_TEXT.name()};")
        layout.addWidget(self.missing)
        self._fill_saved()

    def _build_sheet_row(self) -> QHBoxLayout:
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self.load())
        self.header_spin = QSpinBox()
        self.header_spin.setRange(0, 30)
        self.header_spin.setSpecialValueText(self.tr("Automatic"))
        self.header_spin.valueChanged.connect(self._header_row_chosen)
        self.found = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sheet")))
        top.addWidget(self.sheet_combo)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Header row")))
        top.addWidget(self.header_spin)
        top.addSpacing(12)
        top.addWidget(self.found, 1)
        return top

    def _build_saved_row(self) -> QHBoxLayout:
        self.saved_combo = QComboBox()
        self.saved_combo.setMinimumContentsLength(24)
        self.saved_combo.activated.connect(self._saved_chosen)
        self.save_button = QPushButton(self.tr("Save mapping…"))
        self.save_button.clicked.connect(self.save)
        self.delete_button = QPushButton(icon(Icon.DELETE), self.tr("Delete mapping"))
        self.delete_button.clicked.connect(self.delete)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mapping")))
        saved_row.addWidget(self.saved_combo)
        saved_row.addWidget(self.save_button)
        saved_row.addWidget(self.delete_button)
        saved_row.addStretch(1)
        return saved_row

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, HEAD_COLUMNS + 1)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Header in the file"),
                self.tr("First value"),
                self.tr("Imported as"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(HEAD_COLUMNS, CHOOSER_WIDTH)
        return self.table

    # What the page asks

    def enter(self) -> None:
        """Shown: the chosen sheets, and the first one's layout under the draft's mapping."""
        chosen = self._draft.chosen
        self.sheet_combo.blockSignals(True)
        current = self.sheet_combo.currentText()
        self.sheet_combo.clear()
        self.sheet_combo.addItems(chosen)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findText(current), 0))
        self.sheet_combo.blockSignals(False)
        self._fill_saved()
        self.load()

    def ready(self) -> bool:
        layout = self._draft.layout
        return not self.loading and layout is not None and not layout.missing(self._kind())

    # Reading

    def load(self) -> None:
        path = self._draft.path
        sheet = self.sheet_combo.currentText()
        if path is None or not sheet:
            return
        mapping = self._draft.mapping
        self.loading = True
        self.found.setText(self.tr("Reading the sheet…"))
        self.changed.emit()
        self._ctx.runner.run(
            lambda _op: sheet_layout(path, sheet, mapping),
            self._show,
            owner=self,
            latest="layout",
            on_expected_error=self._unreadable,
        )

    def _unreadable(self, exc: LabLedgerError) -> None:
        self.loading = False
        self.found.clear()
        self.changed.emit()
        self._ctx.errors.expected(exc)

    def _show(self, layout: SheetLayout) -> None:
        self.loading = False
        self._draft.layout = layout
        self._show_header_row(layout)
        fields = layout.field_of_column()
        headers = layout.columns.headers if layout.columns is not None else {}
        self.table.setRowCount(layout.width)
        for col in range(layout.width):
            self.table.setItem(col, 0, QTableWidgetItem(column_letter(col)))
            self.table.setItem(col, 1, QTableWidgetItem(headers.get(col, "")))
            self.table.setItem(col, 2, QTableWidgetItem(layout.samples.get(col, "")))
            combo = QComboBox()
            combo.addItem(self.tr("Not imported"), NOT_IMPORTED)
            for name in FIELDS:
                combo.addItem(field_label(name), name)
            combo.setCurrentIndex(max(combo.findData(fields.get(col, NOT_IMPORTED)), 0))
            combo.currentIndexChanged.connect(lambda _i: self._column_changed())
            self.table.setCellWidget(col, HEAD_COLUMNS, combo)
        self.table.resizeColumnToContents(1)
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 260))
        self._show_missing()
        self.changed.emit()

    def _show_header_row(self, layout: SheetLayout) -> None:
        self.header_spin.blockSignals(True)
        mapping = self._draft.mapping
        self.header_spin.setValue((mapping.header_row or 0) if mapping is not None else 0)
        self.header_spin.blockSignals(False)
        if layout.columns is None:
            self.found.setText(
                self.tr("No header row recognised: give its number, then choose the columns.")
            )
            return
        rows = layout.columns.header_rows
        text = str(rows[0]) if len(rows) == 1 else f"{rows[0]}–{rows[-1]}"
        self.found.setText(
            self.tr("Header: row {rows}; data from row {first}.").format(
                rows=text, first=layout.columns.data_start
            )
        )

    def _kind(self) -> str:
        return self._draft.effective_kind()

    def _show_missing(self) -> None:
        layout = self._draft.layout
        missing = layout.missing(self._kind()) if layout is not None else []
        if not missing:
            self.missing.clear()
            return
        self.missing.setText(
            self.tr("{kind} needs a column for: {fields}.").format(
                kind=kind_label(self._kind()),
                fields=listing(field_label(name) for name in missing),
            )
        )

    def kind_changed(self) -> None:
        self._show_missing()

    # Changing the mapping

    def chosen_fields(self) -> dict[int, str]:
        """Column index -> field (NOT_IMPORTED for none), as the choosers show it."""
        out = {}
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, HEAD_COLUMNS)
            assert isinstance(combo, QComboBox)
            out[row] = combo.currentData()
        return out

    def current_mapping(self) -> ColumnMapping:
        """Every column as chosen, keyed by its header text where that names one column
        (so the mapping fits a file whose columns stand elsewhere), else by its letter."""
        layout = self._draft.layout
        headers = layout.columns.headers if layout is not None and layout.columns else {}
        texts = [" ".join(t.split()) for t in headers.values()]
        columns: dict[str, str] = {}
        for col, name in self.chosen_fields().items():
            text = headers.get(col, "")
            key = text if text and texts.count(text) == 1 else column_letter(col)
            columns[key] = name
        previous = self._draft.mapping
        kind = self._draft.kind if self._draft.kind != "auto" else None
        return ColumnMapping(kind, previous.header_row if previous else None, columns)

    def _column_changed(self) -> None:
        draft = self._draft
        draft.mapping = self.current_mapping()
        if draft.layout is not None:
            draft.layout = relayout(
                draft.layout.sheet, draft.layout.head, draft.mapping, draft.layout.filled
            )
        self.saved_combo.setCurrentIndex(0)
        self._show_missing()
        self.changed.emit()

    def _header_row_chosen(self, row: int) -> None:
        draft = self._draft
        base = draft.mapping or ColumnMapping(None, None, {})
        draft.mapping = ColumnMapping(base.kind, row or None, base.columns if row else {})
        if draft.layout is not None:
            self._show(
                relayout(draft.layout.sheet, draft.layout.head, draft.mapping, draft.layout.filled)
            )

    # Saved mappings

    def _fill_saved(self) -> None:
        self._saved = saved_mappings()
        self.saved_combo.clear()
        self.saved_combo.addItem(self.tr("(as found in the file)"))
        for saved in self._saved:
            text = saved.name
            if saved.shipped:
                text = self.tr("{name} (comes with LabLedger)").format(name=saved.name)
            self.saved_combo.addItem(text)
            if saved.description:
                self.saved_combo.setItemData(
                    self.saved_combo.count() - 1, saved.description, Qt.ItemDataRole.ToolTipRole
                )
        self.delete_button.setEnabled(False)

    def _chosen_saved(self) -> SavedMapping | None:
        index = self.saved_combo.currentIndex()
        return self._saved[index - 1] if index > 0 else None

    def _saved_chosen(self, index: int) -> None:
        saved = self._chosen_saved()
        self.delete_button.setEnabled(saved is not None and not saved.shipped)
        try:
            mapping = read_saved(saved) if saved is not None else None
        except LabLedgerError as exc:
            self._ctx.errors.expected(exc)
            return
        self.apply_mapping(mapping)
        self.saved_combo.setCurrentIndex(index)
        self.delete_button.setEnabled(saved is not None and not saved.shipped)

    def apply_mapping(self, mapping: ColumnMapping | None) -> None:
        draft = self._draft
        draft.mapping = mapping
        if mapping is not None and mapping.kind:
            draft.kind = mapping.kind
        self.changed.emit()
        self.load()

    def choose_saved(self, name: str) -> None:
        """Use the saved mapping called ``name`` (as picking it in the list does)."""
        for i, saved in enumerate(self._saved, start=1):
            if saved.name == name:
                self.saved_combo.setCurrentIndex(i)
                self._saved_chosen(i)
                return

    def _ask_name(self, proposed: str) -> str | None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save mapping"),
            self.tr("Save the mapping under the name:"),
            text=proposed,
        )
        return name if ok else None

    def save(self) -> None:
        draft = self._draft
        proposed = draft.path.stem if draft.path is not None else ""
        name = self.ask_name(proposed)
        if name is None:
            return
        mapping = self.current_mapping()
        mapping = ColumnMapping(draft.effective_kind(), mapping.header_row, mapping.columns)
        try:
            saved = save_mapping(name, mapping)
        except LabLedgerError as exc:
            self._ctx.errors.expected(exc)
            return
        draft.mapping = mapping
        self._fill_saved()
        self.saved_combo.setCurrentIndex(
            next(i for i, s in enumerate(self._saved, start=1) if s.path == saved.path)
        )
        self.delete_button.setEnabled(True)
        self._ctx.bus.notice(self.tr("Mapping {name} saved.").format(name=saved.name))

    def delete(self) -> None:
        saved = self._chosen_saved()
        if saved is None or saved.shipped:
            return
        try:
            delete_mapping(saved)
        except LabLedgerError as exc:
            self._ctx.errors.expected(exc)
            return
        self._fill_saved()
