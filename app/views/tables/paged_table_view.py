"""The table view for paged models: uniform rows, SQL sorting on the sortable columns only,
and the id of the current row as a signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.views.tables.column_fit import fit_columns, make_room_for_sort_indicator, usual_width
from app.views.tables.paged_table_model import PAGE_SIZE, ItemRole, PagedTableModel


class PagedTableView(QTableView):
    # The id of the record in the current row, or None when nothing is selected.
    currentIdChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model: PagedTableModel[Any] | None = None
        self._current_id: int | None = None
        self._kept_id: int | None = None
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setVisible(False)
        # Fixed heights: the view never measures a million rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        make_room_for_sort_indicator(header)
        self._fitted = False

    def set_paged_model(self, model: PagedTableModel[Any]) -> None:
        self._model = model
        self.setModel(model)
        header = self.horizontalHeader()
        header.setSortIndicator(model.sort_column(), model.sort_order())
        self.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_indicator_on_sortable)
        for column, spec in enumerate(model.columns):
            self.setColumnWidth(column, usual_width(self, spec))
        self.selectionModel().currentRowChanged.connect(self._current_row_changed)
        model.dataChanged.connect(self._rows_arrived)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.loaded.connect(self._restore_current)
        model.loaded.connect(self._fit_first_page)
        # Queued: a page fetched while painting is measured once the painting is done.
        model.pageStored.connect(self._fit_money, Qt.ConnectionType.QueuedConnection)

    @property
    def current_id(self) -> int | None:
        return self._current_id

    def select_row(self, row: int) -> None:
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.scrollTo(index)

    def _keep_indicator_on_sortable(self, column: int, _order: Qt.SortOrder) -> None:
        """A click on a column that SQL cannot sort leaves the indicator where it was."""
        model = self._model
        if model is None or model.is_sortable(column):
            return
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(model.sort_column(), model.sort_order())
        header.blockSignals(False)

    def _fit_first_page(self) -> None:
        """Columns fit the first rows the first time there are any; later, only money
        columns grow when a wider amount arrives."""
        if self._model is None or not self._model.total:
            return
        last = min(self._model.total, PAGE_SIZE) - 1
        fit_columns(self, self._model.columns, 0, last, money_only=self._fitted)
        self._fitted = True

    def _fit_money(self, first: int, last: int) -> None:
        model = self._model
        # Measured only while still loaded: measuring must never fetch a page again.
        if model is not None and first // PAGE_SIZE in model.loaded_pages():
            fit_columns(self, model.columns, first, min(last, model.total - 1), money_only=True)

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row_id = current.data(int(ItemRole.RowIdRole)) if current.isValid() else None
        if row_id != self._current_id:
            self._current_id = row_id
            self.currentIdChanged.emit(row_id)

    def _rows_arrived(self, first: QModelIndex, last: QModelIndex, _roles: object = None) -> None:
        """A row that became current while its page was still loading had no record to
        announce; read it again when its page arrives, so that its details load too."""
        current = self.currentIndex()
        if current.isValid() and first.row() <= current.row() <= last.row():
            self._current_row_changed(current, current)

    def _remember_current(self) -> None:
        self._kept_id = self._current_id

    def _restore_current(self) -> None:
        """After a refresh, keep the same record selected if it is still in the first page,
        and announce it again so that its details reload too."""
        kept = self._kept_id
        row = self._model.row_of_id(kept) if kept is not None and self._model else None
        if row is not None:
            self.select_row(row)
            self._current_id = kept
            self.currentIdChanged.emit(kept)
        elif self._current_id is not None:
            self._current_id = None
            self.currentIdChanged.emit(None)
