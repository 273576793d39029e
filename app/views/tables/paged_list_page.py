"""The layout every list section shares: a search box that searches as you type, filters,
a row count, the paged table and a detail panel beside it, and the totals row under them.
The section's keys (Ctrl+F, F5) and the record just saved, selected wherever it falls in
the list (or, when the search or filters hide it, a note that says so and clears them)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.core.changes import Kind
from app.views.shell.ui_settings import remember_splitter
from app.views.shell.view_context import ViewContext
from app.views.tables.hidden_record_note import HiddenRecordNote
from app.views.tables.list_export import export_list
from app.views.tables.paged_table_model import ListTotals, PagedTableModel
from app.views.tables.paged_table_view import PagedTableView
from app.views.tables.saved_record import SavedRecordSelector
from app.views.tables.totals_bar import TotalFigure, TotalsBar
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.icons import Icon, icon

SEARCH_DELAY_MS = 250
# The details beside a list get up to DETAIL_WIDTH, but on a small screen the list keeps
# LIST_WIDTH (its key columns) and the details make do with down to DETAIL_MIN_WIDTH.
DETAIL_WIDTH = 320
DETAIL_MIN_WIDTH = 230
LIST_WIDTH = 700


def place_detail(splitter: QSplitter) -> None:
    """Share a shown splitter between a list (first) and its details (second)."""
    total = sum(splitter.sizes())
    detail = min(DETAIL_WIDTH, max(DETAIL_MIN_WIDTH, total - LIST_WIDTH))
    splitter.setSizes([total - detail, detail])


class PagedListPage(QWidget):
    """Subclasses add their filters with ``add_filter``, say how to count rows and, for a
    model with totals, which sums the totals row shows (``totals_figures``)."""

    def __init__(
        self,
        ctx: ViewContext,
        model: PagedTableModel[Any],
        detail: QWidget,
        shown_changes: frozenset[Kind],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._shown_changes = shown_changes
        self.model = model
        model.setParent(self)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon(Icon.SEARCH), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(300)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)

        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._bar = QHBoxLayout()
        self._bar.addWidget(self.search, 2)
        self._bar.addStretch(1)
        self._bar.addWidget(self.count_label)
        # Every list exports what it shows (all rows of the search and filters).
        self.export_button = QPushButton(icon(Icon.EXPORT), self.tr("Export to Excel…"))
        self.export_button.setToolTip(
            self.tr(
                "Every row of this list as searched, filtered and sorted, with the columns "
                "shown, to an Excel workbook"
            )
        )
        self.export_button.clicked.connect(lambda _checked=False: self.export())
        self._bar.addWidget(self.export_button)

        self.table = PagedTableView()
        self.table.set_paged_model(model)
        self.detail = detail
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        # A wider window widens the list; the details keep their width.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self._splitter_placed = False

        self._filters: list[QWidget] = []
        self.hidden_note = HiddenRecordNote()
        self.saved_record = SavedRecordSelector(
            model, self.table, self.hidden_note, self.clear_filters, self
        )

        self.totals_bar = TotalsBar()

        # Subclasses insert their action bars here.
        self.body = QVBoxLayout(self)
        self.body.addLayout(self._bar)
        self.body.addWidget(self.hidden_note)
        self.body.addWidget(self.splitter, 1)
        self.body.addWidget(self.totals_bar)

        model.loaded.connect(self._update_count)
        model.counted.connect(self._update_count)
        model.loadingChanged.connect(self._update_count)
        model.totalsChanged.connect(self._update_totals)
        ctx.bus.changed.connect(self._on_changes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The first time the page shows, unless the user's own place was restored.
        if not self._splitter_placed:
            self._splitter_placed = True
            place_detail(self.splitter)

    def remember_splitter(self, key: str) -> None:
        """Start from where the user left the splitter (saved under ``key``), and keep it."""
        if remember_splitter(self.splitter, key):
            self._splitter_placed = True

    def add_filter(self, widget: QWidget) -> None:
        """Filters sit between the search box and the row count."""
        self._bar.insertWidget(self._bar.count() - 3, widget)
        self._filters.append(widget)

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def totals_figures(self, totals: ListTotals) -> list[TotalFigure]:
        """The sums of the totals row (a list without any shows only its count)."""
        return []

    def column_title(self, column: int) -> str:
        """A column's header, for the sum of that column in the totals row."""
        return str(self.model.headerData(column, Qt.Orientation.Horizontal))

    def export_title(self) -> str:
        """The list's name: the export's title and file name (e.g. 发票列表)."""
        return self.tr("List")

    def filter_texts(self) -> list[str]:
        """The filters as the user set them (those not at their first choice, "all")."""
        texts = []
        for widget in self._filters:
            if isinstance(widget, QComboBox) and widget.currentIndex() > 0:
                texts.append(widget.currentText())
            elif isinstance(widget, QCheckBox) and widget.isChecked():
                texts.append(widget.text().replace("&", ""))
        return texts

    def export(self) -> ExcelExport | None:
        """Every row of the list as it is searched, filtered and sorted, the visible columns
        in their order, to an Excel file chosen by the user (written off the GUI thread)."""
        model = self.model
        return export_list(
            self._ctx,
            self,
            self.export_title(),
            model.source,
            # The figures as of the date the list shows them.
            replace(model.request, as_of=model.as_of),
            self.table.horizontalHeader(),
            self.filter_texts(),
        )

    def start(self) -> None:
        """First load, once the subclass has set its filters up."""
        self._update_count()
        self.model.refresh()

    # --- the section's keys ---------------------------------------------------------------

    def new_record(self) -> QWidget | None:
        """Ctrl+N; a section that creates records says how."""
        return None

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True

    def refresh(self) -> None:
        self.model.refresh()

    # --- the record just saved -----------------------------------------------------------

    def show_saved(self, record_id: int, name: str) -> None:
        """Select the record just saved once the list has reloaded (see SavedRecordSelector)."""
        self.saved_record.select(record_id, name)

    def clear_filters(self) -> None:
        """The search box emptied and every filter back to its first choice (all)."""
        self.search.clear()
        self._apply_search()
        for widget in self._filters:
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            elif isinstance(widget, QCheckBox):
                widget.setChecked(False)

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text().strip())

    def _update_count(self) -> None:
        if not self.model.is_counted:
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.count_text(self.model.total))

    def _update_totals(self) -> None:
        totals = self.model.totals
        if totals is None:
            self.totals_bar.show_pending()
        else:
            self.totals_bar.show_totals(self.count_text(totals.count), self.totals_figures(totals))

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & self._shown_changes:
            self.model.refresh()
