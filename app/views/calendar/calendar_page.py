"""The calendar section (日历): a month of due dates (how many items of each kind and their
amount, per day, aggregated in SQL off the GUI thread), the agenda of the day or week chosen,
coloured overdue / due soon / done, filtered by salesperson and kind; a double-click opens the
item. A second tab lists my collection tasks for today. "Export .ics…" writes the month's
items as an RFC 5545 calendar."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.money import Money
from app.services.core.changes import Kind
from app.services.reminders.calendar_service import (
    CALENDAR_KINDS,
    DUE_SOON_DAYS,
    CalendarItem,
    DayTotal,
    calendar_items,
    month_totals,
)
from app.services.reminders.ics_export import calendar_ics
from app.views.calendar.calendar_labels import (
    item_text,
    kind_label,
    short_kind_label,
    state_colour,
    state_label,
    state_tint,
)
from app.views.calendar.item_opener import ItemOpener
from app.views.calendar.my_tasks_page import MyTasksPage
from app.views.ops.op_runner import Op
from app.views.shell.view_context import ViewContext
from app.views.tables.view_export import export_button, export_view
from app.views.widgets.excel_export import ExcelExport
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.icons import Icon, icon
from app.views.widgets.user_picker import UserCombo

WEEKS = 6
SHOWN_CHANGES = frozenset(
    {Kind.INVOICES, Kind.PAYMENTS, Kind.ACTIVITIES, Kind.PROJECTS, Kind.TASKS, Kind.CUSTOMERS}
)
DAY_ROLE = Qt.ItemDataRole.UserRole
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(first: date, months: int) -> date:
    index = first.year * 12 + first.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def grid_start(first: date) -> date:
    """The Monday on or before the first of the month: the grid's top-left day."""
    return first - timedelta(days=first.weekday())


def yuan_text(fen: int) -> str:
    """Whole yuan, rounded, for the narrow cells (the tooltip has the exact amount)."""
    return f"¥{(fen + 50) // 100:,}"


def day_state(day: date, totals: list[DayTotal], today: date) -> str:
    """The state a day is tinted with: overdue if anything before today is not done, due soon
    if something within the next days is open, done if every item is."""
    count = sum(t.count for t in totals)
    done = sum(t.done for t in totals)
    if count == 0:
        return ""
    if done >= count:
        return "done"
    if day < today:
        return "overdue"
    if day <= today + timedelta(days=DUE_SOON_DAYS):
        return "due_soon"
    return "upcoming"


class MonthGrid(QTableWidget):
    """Six weeks of days, Monday first; each day lists its kinds with count and amount."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(WEEKS, 7, parent)
        locale = QLocale()
        self.setHorizontalHeaderLabels(
            [locale.dayName(n, QLocale.FormatType.ShortFormat) for n in range(1, 8)]
        )
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.first = date.today().replace(day=1)
        self.totals: dict[date, list[DayTotal]] = {}

    def cell_of(self, day: date) -> tuple[int, int]:
        offset = (day - grid_start(self.first)).days
        return offset // 7, offset % 7

    def day_at(self, row: int, column: int) -> date:
        return grid_start(self.first) + timedelta(days=row * 7 + column)

    def fill(self, first: date, totals: list[DayTotal], today: date) -> None:
        self.first = first
        by_day: dict[date, list[DayTotal]] = defaultdict(list)
        for total in totals:
            by_day[total.day].append(total)
        self.totals = dict(by_day)
        for row in range(WEEKS):
            for column in range(7):
                day = self.day_at(row, column)
                self.setItem(row, column, self._cell(day, by_day.get(day, []), today))

    def _cell(self, day: date, totals: list[DayTotal], today: date) -> QTableWidgetItem:
        lines = [str(day.day)]
        tips = []
        for total in totals:
            amount = f" {yuan_text(total.amount_fen)}" if total.amount_fen else ""
            lines.append(f"{short_kind_label(total.kind)} {total.count}{amount}")
            tips.append(
                f"{kind_label(total.kind)}: {total.count}"
                + (f", {Money(total.amount_fen).format()}" if total.amount_fen else "")
            )
        item = QTableWidgetItem("\n".join(lines))
        item.setData(DAY_ROLE, day)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        item.setToolTip("\n".join([day.isoformat(), *tips]))
        tint = state_tint(day_state(day, totals, today))
        if tint is not None:
            item.setBackground(QBrush(tint))
        if day.month != self.first.month:
            item.setForeground(QBrush(self.palette().placeholderText().color()))
        if day == today:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        return item


class CalendarPage(QWidget):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        today = ctx.as_of()
        self.first = month_start(today)
        self.selected = today
        self.items: list[CalendarItem] = []
        self.opener = ItemOpener(ctx, self)

        self.previous_button = QPushButton(self.tr("‹ Previous"))
        self.today_button = QPushButton(self.tr("Today"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.month_label = QLabel()
        font = QFont(self.month_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.month_label.setFont(font)
        self.salesperson = UserCombo(
            ctx, (Role.SALES.value, Role.MANAGER.value), self.tr("All salespeople")
        )
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in CALENDAR_KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.span = QComboBox()
        self.span.addItem(self.tr("Day"), 1)
        self.span.addItem(self.tr("Week"), 7)
        self.export_button = QPushButton(icon(Icon.EXPORT), self.tr("Export .ics…"))

        bar = QHBoxLayout()
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.month_label)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Salesperson")))
        bar.addWidget(self.salesperson)
        bar.addWidget(QLabel(self.tr("Kind")))
        bar.addWidget(self.kind)
        bar.addWidget(self.export_button)

        self.grid = MonthGrid()
        self.agenda_title = QLabel()
        self.agenda = QTableWidget(0, 6)
        self.agenda.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Kind"),
                self.tr("Item"),
                self.tr("Amount"),
                self.tr("State"),
                self.tr("Customer"),
            ]
        )
        self.agenda.verticalHeader().setVisible(False)
        self.agenda.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agenda.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda.horizontalHeader().setStretchLastSection(True)
        agenda_bar = QHBoxLayout()
        agenda_bar.addWidget(self.agenda_title, 1)
        agenda_bar.addWidget(self.span)
        self.export_button = export_button(self.export)
        agenda_bar.addWidget(self.export_button)
        agenda_box = QWidget()
        agenda_layout = QVBoxLayout(agenda_box)
        agenda_layout.setContentsMargins(0, 0, 0, 0)
        agenda_layout.addLayout(agenda_bar)
        agenda_layout.addWidget(self.agenda)
        hint = QLabel(self.tr("Double-click an item to open it."))
        hint.setEnabled(False)
        agenda_layout.addWidget(hint)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.grid)
        splitter.addWidget(agenda_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        month_tab = QWidget()
        month_layout = QVBoxLayout(month_tab)
        month_layout.addLayout(bar)
        month_layout.addWidget(splitter, 1)

        self.tasks = MyTasksPage(ctx, self.opener)
        self.tabs = QTabWidget()
        self.tabs.addTab(month_tab, icon(Icon.CALENDAR), self.tr("Month"))
        self.tabs.addTab(self.tasks, icon(Icon.REVIEW), self.tr("My tasks today"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.previous_button.clicked.connect(lambda: self.show_month(add_months(self.first, -1)))
        self.next_button.clicked.connect(lambda: self.show_month(add_months(self.first, 1)))
        self.today_button.clicked.connect(self.go_today)
        self.salesperson.currentIndexChanged.connect(self.reload)
        self.kind.currentIndexChanged.connect(self.reload)
        self.span.currentIndexChanged.connect(self.load_agenda)
        self.grid.currentCellChanged.connect(self._cell_chosen)
        self.agenda.cellDoubleClicked.connect(self.open_row)
        self.export_button.clicked.connect(self.export_ics)
        ctx.bus.changed.connect(self._on_changes)
        self.show_month(self.first)

    # --- what is shown ---------------------------------------------------------------

    def export(self) -> ExcelExport | None:
        """The table as shown, to an Excel file."""
        return export_view(
            self._ctx, self, self.agenda, self.tr("Agenda"), (self.agenda_title.text(),)
        )

    def filters(self) -> tuple[int | None, list[str] | None]:
        kind = self.kind.currentData()
        return self.salesperson.user_id(), None if kind is None else [str(kind)]

    def show_month(self, first: date) -> None:
        self.first = month_start(first)
        if month_start(self.selected) != self.first:
            self.selected = self.first
        locale = QLocale()
        self.month_label.setText(
            f"{locale.standaloneMonthName(self.first.month)} {self.first.year}"
        )
        self.reload()

    def go_today(self) -> None:
        today = self._ctx.as_of()
        self.selected = today
        self.show_month(today)

    def reload(self) -> None:
        self.load_month()
        self.load_agenda()

    def load_month(self) -> None:
        start = grid_start(self.first)
        end = start + timedelta(days=WEEKS * 7 - 1)
        salesperson, kinds = self.filters()
        self._ctx.runner.query(
            lambda s: month_totals(s, start, end, salesperson_id=salesperson, kinds=kinds),
            self._show_month,
            owner=self,
            latest="month",
        )

    def _show_month(self, totals: list[DayTotal]) -> None:
        self.grid.blockSignals(True)
        self.grid.fill(self.first, totals, self._ctx.as_of())
        row, column = self.grid.cell_of(self.selected)
        self.grid.setCurrentCell(row, column)
        self.grid.blockSignals(False)

    def agenda_range(self) -> tuple[date, date]:
        if self.span.currentData() == 7:
            start = self.selected - timedelta(days=self.selected.weekday())
            return start, start + timedelta(days=6)
        return self.selected, self.selected

    def load_agenda(self) -> None:
        start, end = self.agenda_range()
        today = self._ctx.as_of()
        salesperson, kinds = self.filters()
        if start == end:
            self.agenda_title.setText(self.tr("Agenda of {day}").format(day=start.isoformat()))
        else:
            self.agenda_title.setText(
                self.tr("Agenda of {start} to {end}").format(
                    start=start.isoformat(), end=end.isoformat()
                )
            )
        self._ctx.runner.query(
            lambda s: calendar_items(s, start, end, today, salesperson_id=salesperson, kinds=kinds),
            self._show_agenda,
            owner=self,
            latest="agenda",
        )

    def _show_agenda(self, items: list[CalendarItem]) -> None:
        self.items = items
        self.agenda.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = [
                item.day.isoformat(),
                kind_label(item.kind),
                item_text(item.kind, item.label),
                Money(item.amount_fen).format() if item.amount_fen else "",
                state_label(item.state),
                item.customer_name,
            ]
            colour = state_colour(item.state)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ITEM_ROLE, row)
                if column == 3:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if colour is not None:
                    cell.setForeground(QBrush(colour))
                self.agenda.setItem(row, column, cell)
        self.agenda.resizeColumnsToContents()

    def _cell_chosen(self, row: int, column: int, *_previous: int) -> None:
        if row < 0 or column < 0:
            return
        day = self.grid.day_at(row, column)
        self.selected = day
        if month_start(day) != self.first:
            self.show_month(day)
        else:
            self.load_agenda()

    def select_day(self, day: date) -> None:
        """Select ``day`` in the grid (its month is shown first) and list its items."""
        self.selected = day
        if month_start(day) != self.first:
            self.show_month(day)
        else:
            row, column = self.grid.cell_of(day)
            self.grid.setCurrentCell(row, column)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & SHOWN_CHANGES:
            self.reload()

    # --- actions ---------------------------------------------------------------------

    def open_row(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.items):
            item = self.items[row]
            self.opener.open(item.entity_type, item.entity_id)

    def export_ics(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Export the calendar"),
            FilePurpose.EXPORT,
            self.tr("iCalendar files (*.ics)"),
            file_name=f"labledger-{self.first:%Y-%m}.ics",
            suffix=".ics",
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, target: Path) -> None:
        """Write the items of the month shown (with the filters) to ``path``."""
        start = self.first
        end = add_months(self.first, 1) - timedelta(days=1)
        today = self._ctx.as_of()
        salesperson, kinds = self.filters()
        stamp = self._ctx.clock.now_utc()

        def work(op: Op) -> int:
            with op.database.read() as session:
                items = calendar_items(
                    session, start, end, today, salesperson_id=salesperson, kinds=kinds
                )
            target.write_bytes(calendar_ics(items, stamp))
            return len(items)

        self._ctx.runner.run(
            work,
            lambda count: self._ctx.bus.notice(
                self.tr("{count} calendar items exported to {path}").format(
                    count=count, path=str(target)
                )
            ),
            owner=self,
        )
