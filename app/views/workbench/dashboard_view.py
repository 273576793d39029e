"""The dashboard on the 工作台: receivables, overdue amount and ratio, DSO, CEI, what was
collected this month against the target, the customers most overdue, the promises to pay of
the week and the statements waiting for a reply. Every figure is a link to the list behind
it; a customer's row opens the customer's 360 view. The figures are the dashboard
service's (app/services/reports/dashboard_service.py), formatted here, never recomputed."""

from __future__ import annotations

import html
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.reports.dashboard_service import DashboardFigures
from app.views.tables.paged_table_model import NEGATIVE_TEXT

# The links of the figures: "section:status", as SummaryPage.openList emits them.
RECEIVABLES_LINK = "invoices:open"
OVERDUE_LINK = "invoices:overdue"
DSO_LINK = "invoices:open"  # closing AR over the period's invoicing: the open invoices
CEI_LINK = "payments:"  # how much of what could be collected was: the money received
COLLECTED_LINK = "payments:"
PROMISES_LINK = "calendar:"
STATEMENTS_LINK = "statements:awaiting"
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole


def percent_text(value: Decimal | None, places: int = 1) -> str:
    """0.1234 -> '12.3%'; '–' when there is no ratio (nothing to divide by)."""
    if value is None:
        return "–"
    return f"{value * 100:.{places}f}%"


def link_html(text: str, link: str, *, alert: bool = False) -> str:
    style = f' style="color: {NEGATIVE_TEXT.name()};"' if alert else ""
    return f'<a href="{link}"{style}>{html.escape(text)}</a>'


class FigureTile(QFrame):
    """One headline figure: a caption, the value as a link, a line of detail."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.value = QLabel("…")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_value(self, text: str, link: str, *, alert: bool = False, detail: str = "") -> None:
        self.value.setText(link_html(text, link, alert=alert))
        self.detail.setText(detail)

    def show_loading(self, text: str) -> None:
        self.value.setText(html.escape(text))
        self.detail.setText("")


def small_table(headers: list[str], stretch: int, tooltip: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setToolTip(tooltip)
    return table


def _money_item(fen: int) -> QTableWidgetItem:
    item = QTableWidgetItem(Money(fen).format())
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class DashboardFiguresView(QWidget):
    """The headline tiles."""

    openList = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.receivables = FigureTile(self.tr("Total receivables"))
        self.overdue = FigureTile(self.tr("Overdue"))
        self.dso = FigureTile(self.tr("DSO"))
        self.dso.caption.setToolTip(
            self.tr(
                "Days sales outstanding: receivables at the end of the period / invoiced in "
                "the period × its days"
            )
        )
        self.cei = FigureTile(self.tr("CEI"))
        self.cei.caption.setToolTip(
            self.tr(
                "Collection effectiveness index: (opening receivables + invoiced − closing "
                "receivables) / (opening receivables + invoiced − closing current "
                "receivables) × 100"
            )
        )
        self.collected = FigureTile(self.tr("Collected this month"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        layout = self.collected.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.progress)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        for column, tile in enumerate(self.tiles):
            grid.addWidget(tile, 0, column)
            grid.setColumnStretch(column, 2 if tile is self.collected else 1)
            tile.value.linkActivated.connect(self._open_link)
            tile.value.setToolTip(self.tr("Show the list behind this figure"))

    @property
    def tiles(self) -> tuple[FigureTile, ...]:
        return (self.receivables, self.overdue, self.dso, self.cei, self.collected)

    def show_loading(self) -> None:
        for tile in self.tiles:
            tile.show_loading(self.tr("Loading…"))
        self.progress.setVisible(False)

    def show_figures(self, figures: DashboardFigures) -> None:
        trailing = self.tr("the last {days} days").format(days=figures.kpis.period.days)
        self.receivables.show_value(
            Money(figures.receivables_fen).format(),
            RECEIVABLES_LINK,
            detail=self.tr("Open invoices"),
        )
        late = figures.overdue_fen > 0
        self.overdue.show_value(
            Money(figures.overdue_fen).format(),
            OVERDUE_LINK,
            alert=late,
            detail=self.tr("{ratio} of receivables").format(
                ratio=percent_text(figures.overdue_ratio)
            ),
        )
        dso = figures.dso_days
        self.dso.show_value(
            "–" if dso is None else self.tr("{days} days").format(days=f"{dso}"),
            DSO_LINK,
            detail=trailing,
        )
        cei = figures.cei
        self.cei.show_value(
            "–" if cei is None else f"{cei}%",
            CEI_LINK,
            detail=trailing,
        )
        self._show_collected(figures)

    def _show_collected(self, figures: DashboardFigures) -> None:
        target = figures.target_this_month_fen
        achieved = figures.target_achievement
        if target is None:
            detail = self.tr("No target set for {month}").format(
                month=figures.month.start.strftime("%Y-%m")
            )
        else:
            detail = self.tr("Target {target}: {share} reached").format(
                target=Money(target).format(), share=percent_text(achieved)
            )
        self.collected.show_value(
            Money(figures.collected_this_month_fen).format(), COLLECTED_LINK, detail=detail
        )
        self.progress.setVisible(target is not None)
        share = 0 if achieved is None else int(min(achieved, Decimal(1)) * 100)
        self.progress.setValue(share)
        self.progress.setFormat(percent_text(achieved, 0))

    def _open_link(self, link: str) -> None:
        section, _, status = link.partition(":")
        self.openList.emit(section, status)


class DashboardListsView(QWidget):
    """The customers most overdue, the week's promises and the statements awaiting reply."""

    openList = Signal(str, str)
    openCustomer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.top_box, self.top_title, self.top = self._box(
            [self.tr("Customer"), self.tr("Overdue"), self.tr("Open")], 0
        )
        self.promises_box, self.promises_title, self.promises = self._box(
            [self.tr("Date"), self.tr("Customer"), self.tr("Promised")], 1
        )
        self.replies_box, self.replies_title, self.replies = self._box(
            [self.tr("Statement"), self.tr("Customer"), self.tr("Sent"), self.tr("Days")], 1
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.top_box, 1)
        layout.addWidget(self.promises_box)
        layout.addWidget(self.replies_box)
        layout.addStretch(0)
        # Ten rows where there is room (1366x768 at 100%); fewer, scrolled, at 125%.
        self.top.setMinimumHeight(self._rows_height(self.top, 3))
        self.top.setMaximumHeight(self._rows_height(self.top, 10))
        for table in (self.promises, self.replies):
            table.setMinimumHeight(self._rows_height(table, 1))
            table.setMaximumHeight(self._rows_height(table, 3))

    def _box(self, headers: list[str], stretch: int) -> tuple[QGroupBox, QLabel, QTableWidget]:
        box = QGroupBox()
        title = QLabel()
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        title.linkActivated.connect(self._open_link)
        title.setToolTip(self.tr("Show the list behind this figure"))
        table = small_table(headers, stretch, self.tr("Double-click a row to open the customer"))
        table.cellActivated.connect(lambda row, _col, t=table: self._open_row(t, row))
        table.cellDoubleClicked.connect(lambda row, _col, t=table: self._open_row(t, row))
        inner = QVBoxLayout(box)
        inner.setContentsMargins(8, 6, 8, 6)
        inner.addWidget(title)
        inner.addWidget(table, 1)
        inner.addStretch(0)  # below the table once it shows all its rows
        return box, title, table

    @staticmethod
    def _rows_height(table: QTableWidget, rows: int) -> int:
        return (
            table.horizontalHeader().sizeHint().height()
            + rows * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )

    def show_loading(self) -> None:
        loading = self.tr("Loading…")
        for title, table in (
            (self.top_title, self.top),
            (self.promises_title, self.promises),
            (self.replies_title, self.replies),
        ):
            title.setText(html.escape(loading))
            table.setRowCount(0)

    def show_figures(self, figures: DashboardFigures) -> None:
        self.top_title.setText(
            link_html(
                self.tr("Customers most overdue ({count})").format(count=len(figures.top_overdue)),
                OVERDUE_LINK,
            )
        )
        self._fill(
            self.top,
            [
                (c.customer_id, [c.name or c.code, Money(c.overdue_fen), Money(c.total_fen)])
                for c in figures.top_overdue
            ],
        )
        promised = sum(p.promise_amount_fen for p in figures.promises_this_week)
        self.promises_title.setText(
            link_html(
                self.tr("Promises to pay {start} – {end}: {count}, {amount}").format(
                    start=figures.week.start.strftime("%m-%d"),
                    end=figures.week.end.strftime("%m-%d"),
                    count=len(figures.promises_this_week),
                    amount=Money(promised).format(),
                ),
                PROMISES_LINK,
            )
        )
        self._fill(
            self.promises,
            [
                (
                    p.customer_id,
                    [p.promise_date.isoformat(), p.customer_name, Money(p.promise_amount_fen)],
                )
                for p in figures.promises_this_week
            ],
        )
        self.replies_title.setText(
            link_html(
                self.tr("Statements awaiting the customer's reply: {count}").format(
                    count=len(figures.awaiting_replies)
                ),
                STATEMENTS_LINK,
            )
        )
        self._fill(
            self.replies,
            [
                (
                    r.customer_id,
                    [r.number, r.customer_name, r.sent_date.isoformat(), f"{r.days_waiting:,}"],
                )
                for r in figures.awaiting_replies
            ],
        )

    def _fill(self, table: QTableWidget, rows: list[tuple[int, list[str | Money]]]) -> None:
        if table is not self.top:
            # No taller than its rows, so that the customers most overdue get the room.
            table.setMaximumHeight(self._rows_height(table, min(max(len(rows), 1), 3)))
        table.setRowCount(len(rows))
        for number, (customer_id, cells) in enumerate(rows):
            for column, cell in enumerate(cells):
                item = _money_item(cell.fen) if isinstance(cell, Money) else QTableWidgetItem(cell)
                item.setData(CUSTOMER_ROLE, customer_id)
                table.setItem(number, column, item)

    def _open_row(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        customer_id = item.data(CUSTOMER_ROLE) if item is not None else None
        if isinstance(customer_id, int):
            self.openCustomer.emit(customer_id)

    def _open_link(self, link: str) -> None:
        section, _, status = link.partition(":")
        self.openList.emit(section, status)
