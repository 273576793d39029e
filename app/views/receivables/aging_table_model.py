"""The 应收 tables as shown: the aging report (one column per bucket, total, prepaid apart,
net) or the bad-debt provision (open and provision per accounting band), built from what
the services return, with the translated headers and group names. The same shown table
feeds the screen, the Excel export and the printout, so all three hold the same figures.
It is built off the GUI thread, next to the query (translating is thread-safe).

The aggregate rows are few (one per customer at most), so the model holds them all and
sorts them itself; the totals row is a one-row model of its own, pinned under the table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.aging import PROVISION_BUCKETS, Bucket
from app.domain.money import Money
from app.reports.report_table import Cell, ReportTable
from app.services.ledger.aging_service import (
    AgingBy,
    AgingReport,
    GroupKey,
    ProvisionRow,
)
from app.views.receivables.aging_labels import (
    aging_notes,
    band_label,
    bucket_name,
    group_name,
    grouping_label,
    provision_notes,
    rate_text,
)
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.translate import QT_TRANSLATE_NOOP

CONTEXT = "AgingTableModel"
AGING_TITLE = QT_TRANSLATE_NOOP(
    "AgingTableModel", "Aging of receivables as of {date}, by {grouping}"
)
PROVISION_TITLE = QT_TRANSLATE_NOOP(
    "AgingTableModel", "Bad-debt provision as of {date}, by {grouping}"
)
CODE = QT_TRANSLATE_NOOP("AgingTableModel", "Code")
TOTAL = QT_TRANSLATE_NOOP("AgingTableModel", "Total")
PREPAID = QT_TRANSLATE_NOOP("AgingTableModel", "Prepaid")
NET = QT_TRANSLATE_NOOP("AgingTableModel", "Net")
DISPUTED = QT_TRANSLATE_NOOP("AgingTableModel", "Disputed")
BAND_OPEN = QT_TRANSLATE_NOOP("AgingTableModel", "{band}\nopen")
OPEN_TOTAL = QT_TRANSLATE_NOOP("AgingTableModel", "Open total")
BAND_PROVISION = QT_TRANSLATE_NOOP("AgingTableModel", "{band}\nprovision {rate}")
PROVISION = QT_TRANSLATE_NOOP("AgingTableModel", "Provision")
AGING_SHEET = QT_TRANSLATE_NOOP("AgingTableModel", "Aging")
ROW_TIP = QT_TRANSLATE_NOOP("AgingTableModel", "Double-click to list the invoices behind this row.")
CELL_TIP = QT_TRANSLATE_NOOP(
    "AgingTableModel", "Double-click to list the invoices behind this amount."
)
ZERO_TEXT = QColor("#8a8a8a")
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class AgingView(StrEnum):
    AGING = "aging"
    PROVISION = "provision"


class AgingRole(IntEnum):
    SortRole = Qt.ItemDataRole.UserRole + 2
    FenRole = Qt.ItemDataRole.UserRole + 3  # the amount of a money cell, in fen


@dataclass(frozen=True)
class Drill:
    """The invoices behind a cell: those of the row's group in ``bucket`` of ``buckets``
    (None: in every bucket)."""

    buckets: tuple[Bucket, ...]
    bucket: Bucket | None


@dataclass(frozen=True)
class TableColumn:
    header: str  # translated; may hold a line break
    money: bool
    drill: Drill | None = None  # what double-clicking a cell of the column lists
    apart: bool = False  # prepayments, disputes: not part of the buckets' total


@dataclass(frozen=True)
class TableRow:
    key: GroupKey
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class ShownReport:
    view: AgingView
    as_of: date
    by: AgingBy
    title: str
    columns: tuple[TableColumn, ...]
    rows: tuple[TableRow, ...]
    totals: TableRow
    notes: tuple[str, ...]
    all_buckets: Drill  # what double-clicking a group's name lists
    # Per column, the texts among which the widest is (for sizing the column without
    # measuring every row on the GUI thread); empty for the name column.
    widest: tuple[tuple[str, ...], ...]

    @property
    def total_column(self) -> int:
        """The column rows are first sorted by (largest first), as the service orders them."""
        return next(i for i, c in enumerate(self.columns) if c.drill and c.drill.bucket is None)

    def report_table(self, rows: Sequence[TableRow]) -> ReportTable:
        """What is shown, in the order shown, for the Excel export and the printout."""
        return ReportTable(
            title=self.title,
            headers=tuple(c.header.replace("\n", " ") for c in self.columns),
            money=tuple(c.money for c in self.columns),
            rows=tuple(r.cells for r in rows),
            totals=self.totals.cells,
            notes=self.notes,
            sheet_name=_tr(AGING_SHEET) if self.view is AgingView.AGING else _tr(PROVISION),
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _name_columns(by: AgingBy) -> list[TableColumn]:
    return [
        TableColumn(grouping_label(by), False),
        TableColumn(_tr(CODE), False),
    ]


def aging_title(view: AgingView, as_of: date, by: AgingBy) -> str:
    template = AGING_TITLE if view is AgingView.AGING else PROVISION_TITLE
    return _tr(template).format(date=as_of.isoformat(), grouping=grouping_label(by))


def aging_shown(report: AgingReport) -> ShownReport:
    """Name, code, one column per bucket, total, prepaid (apart), net, and, when some
    customer disputes an amount in its reply to a statement, the amounts disputed (apart:
    they stay in the buckets). Without disputes the column is left out: the table is wide
    enough on a small screen as it is."""
    buckets = report.buckets
    disputes = any(r.disputed_fen for r in report.rows) or report.disputed_fen != 0
    disputed = (report.disputed_fen,) if disputes else ()
    every = Drill(buckets, None)
    columns = [
        *_name_columns(report.by),
        *(TableColumn(bucket_name(b.key), True, Drill(buckets, b)) for b in buckets),
        TableColumn(_tr(TOTAL), True, every),
        TableColumn(_tr(PREPAID), True, apart=True),
        TableColumn(_tr(NET), True),
        *((TableColumn(_tr(DISPUTED), True, apart=True),) if disputes else ()),
    ]
    rows = tuple(
        TableRow(
            r.key,
            (
                group_name(report.by, r.label),
                r.code,
                *r.amounts,
                r.total_fen,
                r.prepaid_fen,
                r.net_fen,
                *((r.disputed_fen,) if disputes else ()),
            ),
        )
        for r in report.rows
    )
    totals = TableRow(
        None,
        (
            _tr(TOTAL),
            "",
            *report.totals,
            report.total_fen,
            report.prepaid_fen,
            report.net_fen,
            *disputed,
        ),
    )
    return ShownReport(
        AgingView.AGING,
        report.as_of,
        report.by,
        aging_title(AgingView.AGING, report.as_of, report.by),
        tuple(columns),
        rows,
        totals,
        aging_notes(report.as_of, report.by, disputes=disputes),
        every,
        _widest(columns, rows, totals),
    )


def provision_shown(
    rows: Sequence[ProvisionRow], as_of: date, by: AgingBy, rates: tuple[int, ...]
) -> ShownReport:
    """Name, code, open per accounting band, open total, provision per band (the rate in
    its header), total provision."""
    bands = PROVISION_BUCKETS
    every = Drill(bands, None)
    columns = [
        *_name_columns(by),
        *(
            TableColumn(
                _tr(BAND_OPEN).format(band=band_label(b.key)),
                True,
                Drill(bands, b),
            )
            for b in bands
        ),
        TableColumn(_tr(OPEN_TOTAL), True, every),
        *(
            TableColumn(
                _tr(BAND_PROVISION).format(band=band_label(b.key), rate=rate_text(r)),
                True,
            )
            for b, r in zip(bands, rates, strict=True)
        ),
        TableColumn(_tr(PROVISION), True),
    ]
    shown = tuple(
        TableRow(
            r.key,
            (
                group_name(by, r.label),
                r.code,
                *(line.open_fen for line in r.lines),
                r.open_fen,
                *(line.provision_fen for line in r.lines),
                r.provision_fen,
            ),
        )
        for r in rows
    )
    sums = [sum(int(row.cells[i]) for row in shown) for i in range(2, len(columns))]
    totals = TableRow(None, (_tr(TOTAL), "", *sums))
    return ShownReport(
        AgingView.PROVISION,
        as_of,
        by,
        aging_title(AgingView.PROVISION, as_of, by),
        tuple(columns),
        shown,
        totals,
        (provision_notes(as_of, rates, bands),),
        every,
        _widest(columns, shown, totals),
    )


def money_text(fen: int) -> str:
    return Money(fen).format()


def _widest(
    columns: Sequence[TableColumn], rows: Sequence[TableRow], totals: TableRow
) -> tuple[tuple[str, ...], ...]:
    """The longest texts of each column (rows and totals): for amounts, those of the largest
    and the smallest (a figure's width grows with its digits and its sign)."""
    found: list[tuple[str, ...]] = [()]
    for number in range(1, len(columns)):
        values = [row.cells[number] for row in rows]
        values.append(totals.cells[number])
        if columns[number].money:
            amounts = [int(v) for v in values]
            found.append((money_text(max(amounts)), money_text(min(amounts))))
        else:
            texts = [str(v) for v in values]
            longest = max(len(t) for t in texts)
            found.append(tuple({t for t in texts if len(t) >= longest - 2}))
    return tuple(found)


class AgingTableModel(QAbstractTableModel):
    """The rows of a shown report (or, with ``totals``, its totals row)."""

    def __init__(self, *, totals: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._totals = totals
        self._report: ShownReport | None = None
        self._rows: list[TableRow] = []

    @property
    def report(self) -> ShownReport | None:
        return self._report

    @property
    def rows(self) -> list[TableRow]:
        """In the order shown."""
        return self._rows

    def set_report(self, report: ShownReport | None, rows: Sequence[TableRow]) -> None:
        self.beginResetModel()
        self._report = report
        self._rows = list(rows)
        self.endResetModel()

    def column(self, number: int) -> TableColumn | None:
        if self._report is None or not 0 <= number < len(self._report.columns):
            return None
        return self._report.columns[number]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() or self._report is None:
            return 0
        return len(self._report.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        column = self.column(section)
        if orientation != Qt.Orientation.Horizontal or column is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = self.column(index.column())
        if not index.isValid() or column is None or not 0 <= index.row() < len(self._rows):
            return None
        value = self._rows[index.row()].cells[index.column()]
        fen = value if column.money and isinstance(value, int) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return money_text(fen) if fen is not None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and fen is not None:
            if fen < 0:
                return QBrush(NEGATIVE_TEXT)
            return QBrush(ZERO_TEXT) if fen == 0 else None
        # The totals row's label in bold; its figures keep the rows' weight (and width).
        if role == Qt.ItemDataRole.FontRole and self._totals and not column.money:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(column, str(value), index.column())
        if role == AgingRole.FenRole:
            return fen
        if role == AgingRole.SortRole:
            return fen if fen is not None else str(value).casefold()
        return None

    def _tooltip(self, column: TableColumn, text: str, number: int) -> str | None:
        if self._totals:
            return None
        if number == 0:
            return text + "\n" + _tr(ROW_TIP)
        if column.drill is not None:
            return _tr(CELL_TIP)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        spec = self.column(column)
        if spec is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder

        def key(row: TableRow) -> Any:
            value = row.cells[column]
            return int(value) if spec.money else str(value).casefold()

        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(index, self._rows[index.row()]) for index in before]
        # Stable: equal values keep their order (at first the service's, largest total first).
        self._rows.sort(key=key, reverse=descending)
        where = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(where[id(row)], index.column()) for index, row in moved]
        )
        self.layoutChanged.emit()


def _alignment(column: TableColumn) -> Qt.AlignmentFlag:
    if column.money:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
