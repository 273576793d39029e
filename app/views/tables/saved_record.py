"""After a save, the record is selected in its list once the list has reloaded, wherever it
falls (its page is found and loaded); when the search or filters hide it, a note says so and
offers to clear them, after which the record is selected."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt

from app.views.tables.hidden_record_note import HiddenRecordNote
from app.views.tables.paged_table_model import PagedTableModel
from app.views.tables.paged_table_view import PagedTableView


class SavedRecordSelector(QObject):
    def __init__(
        self,
        model: PagedTableModel[Any],
        table: PagedTableView,
        note: HiddenRecordNote,
        clear_filters: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._table = table
        self._note = note
        self._clear_filters = clear_filters
        self._saved: tuple[int, str] | None = None  # the record to select, and its name
        note.clearRequested.connect(self._clear_and_select)

    def select(self, record_id: int, name: str) -> None:
        """Select the record once the list has loaded (now, if it is not loading)."""
        self._saved = (record_id, name)
        self._note.hide()
        if self._model.is_loading:
            self._model.loaded.connect(self._find, Qt.ConnectionType.SingleShotConnection)
        else:
            self._find()

    def _find(self) -> None:
        if self._saved is None:
            return
        row = self._model.row_of_id(self._saved[0])
        if row is not None:
            self._located(row, True)
        else:
            self._model.locate(self._saved[0], self._located)

    def _located(self, row: int | None, matches: bool) -> None:
        if self._saved is None:
            return
        name = self._saved[1]
        if row is not None:
            self._saved = None
            self._table.select_row(row)
        elif not matches:
            self._note.show_hidden(name)
        else:
            self._saved = None  # further down than a look goes: the status bar said it

    def _clear_and_select(self) -> None:
        saved = self._saved
        self._note.hide()
        self._clear_filters()
        if saved is not None:
            self.select(*saved)
