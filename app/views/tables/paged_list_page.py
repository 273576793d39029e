"""The layout every list section shares: a search box that searches as you type, filters,
a row count, the paged table and a detail panel beside it, and the totals row under them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.services.core.changes import Kind
from app.views.shell.view_context import ViewContext
from app.views.tables.paged_table_model import ListTotals, PagedTableModel
from app.views.tables.paged_table_view import PagedTableView
from app.views.tables.totals_bar import TotalFigure, TotalsBar

SEARCH_DELAY_MS = 250


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

        self.table = PagedTableView()
        self.table.set_paged_model(model)
        self.detail = detail
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 380])

        self.totals_bar = TotalsBar()

        # Subclasses insert their action bars here.
        self.body = QVBoxLayout(self)
        self.body.addLayout(self._bar)
        self.body.addWidget(self.splitter, 1)
        self.body.addWidget(self.totals_bar)

        model.loaded.connect(self._update_count)
        model.counted.connect(self._update_count)
        model.loadingChanged.connect(self._update_count)
        model.totalsChanged.connect(self._update_totals)
        ctx.bus.changed.connect(self._on_changes)

    def add_filter(self, widget: QWidget) -> None:
        """Filters sit between the search box and the row count."""
        self._bar.insertWidget(self._bar.count() - 2, widget)

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def totals_figures(self, totals: ListTotals) -> list[TotalFigure]:
        """The sums of the totals row (a list without any shows only its count)."""
        return []

    def column_title(self, column: int) -> str:
        """A column's header, for the sum of that column in the totals row."""
        return str(self.model.headerData(column, Qt.Orientation.Horizontal))

    def start(self) -> None:
        """First load, once the subclass has set its filters up."""
        self._update_count()
        self.model.refresh()

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
