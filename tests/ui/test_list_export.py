"""导出 Excel on the paged lists: read back with openpyxl, the file holds exactly what the list
shows — every row of the search and filters in the list's sort, the visible columns in
their on-screen order, amounts to the fen as numbers, dates as dates, the header frozen,
and text that looks like a formula kept as text. Cancelling leaves no file behind."""

from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.domain.money import Money
from app.views.customers.customer_table_model import CustomerColumn
from app.views.invoices.invoice_table_model import InvoiceColumn
from app.views.payments.payment_table_model import PaymentColumn
from app.views.tables import list_file
from app.views.tables.list_export import shown_columns
from app.views.tables.paged_list_page import PagedListPage
from app.views.tables.paged_table_model import ColumnKind
from app.views.widgets.excel_export import ExportFailed, ExportStopped
from tests import factories

AWKWARD = ("=1+2", "+8613800000000", "-x", "@x")


@pytest.fixture
def ledger(ledger):
    """The shared small ledger, with names that look like formulas and awkward amounts."""
    with ledger.write() as s:
        for n, name in enumerate(AWKWARD):
            customer = factories.customer(s, name, code=f"X{n}")
            inv = factories.invoice(
                s, customer, [7, 10, 99, 98_765_432_10][n], date(2026, 5, 1 + n), number=name
            )
            pay = factories.payment(s, customer, 1_234_567_89 + n, date(2026, 6, 1 + n))
            pay.payer_name = name
            pay.bank_ref = f"{name}-ref"
            del inv
    return ledger


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The save dialog answers with a file in tmp_path and remembers what it suggested."""
    asked: dict[str, str] = {}

    def answer(_parent, _title, suggested, _filter, **_options):
        asked["suggested"] = suggested
        return asked.get("answer", str(tmp_path / Path(suggested).name)), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return asked


def open_list(qtbot, window, section: str) -> PagedListPage:
    page = window.show_section(section)
    assert isinstance(page, PagedListPage)
    qtbot.waitUntil(lambda: page.model.is_counted and not page.model.is_loading)
    return page


def settle(qtbot, page: PagedListPage) -> None:
    qtbot.waitUntil(lambda: page.model.is_counted and not page.model.is_loading)


def shown(page: PagedListPage) -> tuple[list[str], list[list[str]]]:
    """The header and every row as the list displays them."""
    columns = shown_columns(page.table.horizontalHeader())
    model = page.model
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    rows = [[model.index(r, c).data() for c in columns] for r in range(model.rowCount())]
    return header, rows


def fen_of(value: object) -> int:
    assert isinstance(value, int | float), value  # a number, never text
    return int(Decimal(repr(value)) * 100)


def read_back(page: PagedListPage, path: Path):
    """The sheet, and its header and rows turned back into the texts the list shows."""
    sheet = load_workbook(path).active
    columns = shown_columns(page.table.horizontalHeader())
    kinds = [page.model.columns[c].kind for c in columns]
    header = [c.value for c in sheet[3]]
    rows = []
    for cells in sheet.iter_rows(min_row=4):
        texts = []
        for kind, cell in zip(kinds, cells, strict=True):
            value = cell.value
            if value is None:
                texts.append("")
            elif kind is ColumnKind.MONEY:
                assert cell.data_type == "n" and cell.number_format == "#,##0.00"
                texts.append(Money(fen_of(value)).format())
            elif kind is ColumnKind.DATE:
                assert cell.is_date and isinstance(value, datetime)
                texts.append(value.date().isoformat())
            elif kind is ColumnKind.COUNT:
                assert cell.data_type == "n"
                texts.append(f"{value:,}")
            else:
                assert cell.data_type == "s"
                texts.append(value)
        rows.append(texts)
    return sheet, header, rows


def run_export(qtbot, page: PagedListPage):
    export = page.export()
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=10_000) as done:
        pass
    return done.args[0]


def test_invoices_filtered_sorted_and_rearranged(qtbot, window, save_as, tmp_path, monkeypatch):
    # Pages of three: several queries, the later ones read from the other end of the order.
    monkeypatch.setattr(list_file, "EXPORT_PAGE", 3)
    page = open_list(qtbot, window, "invoices")
    page.status.setCurrentIndex(page.status.findData("open"))
    settle(qtbot, page)
    page.model.sort(InvoiceColumn.AMOUNT, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.request.sort_key == "amount")
    settle(qtbot, page)
    header = page.table.horizontalHeader()
    header.setSectionHidden(InvoiceColumn.KIND, True)
    header.setSectionHidden(InvoiceColumn.PROJECT, True)
    header.moveSection(header.visualIndex(InvoiceColumn.AMOUNT), 0)
    assert shown_columns(header)[:2] == [InvoiceColumn.AMOUNT, InvoiceColumn.NUMBER]

    assert run_export(qtbot, page) == page.model.rowCount() == 7
    assert save_as["suggested"].endswith("Invoice list-2026-06-30.xlsx")
    sheet, names, rows = read_back(page, tmp_path / "Invoice list-2026-06-30.xlsx")
    assert (names, rows) == shown(page)
    assert "Kind" not in names and names[0] == "Amount"
    assert rows[0][0] == "¥98,765,432.10"  # the largest first
    assert sheet.freeze_panes == "A4"
    assert sheet["A1"].value == "Invoice list"
    description = sheet["A2"].value
    assert "Open" in description and "Amount, descending" in description
    assert "2026-06-30" in description
    # Text that looks like a formula is text, as typed.
    numbers = {row[1] for row in rows}
    assert set(AWKWARD) <= numbers


def test_invoices_search_exports_only_the_matches(qtbot, window, save_as, tmp_path):
    page = open_list(qtbot, window, "invoices")
    page.search.setText("FP2026")
    qtbot.waitUntil(lambda: page.model.request.search == "FP2026")
    settle(qtbot, page)
    assert page.model.rowCount() == 3
    save_as["answer"] = str(tmp_path / "fp")  # the extension is added
    assert run_export(qtbot, page) == 3
    sheet, names, rows = read_back(page, tmp_path / "fp.xlsx")
    assert (names, rows) == shown(page)
    assert "“FP2026”" in sheet["A2"].value


def test_customers_with_formula_like_names(qtbot, window, save_as, tmp_path):
    page = open_list(qtbot, window, "customers")
    page.show_archived.setChecked(True)
    settle(qtbot, page)
    page.model.sort(CustomerColumn.BALANCE, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.request.sort_key == "balance")
    settle(qtbot, page)
    page.set_column_visible(CustomerColumn.USCC, False)
    header = page.table.horizontalHeader()
    header.moveSection(header.visualIndex(CustomerColumn.OVERDUE), 1)

    assert run_export(qtbot, page) == 9
    sheet, names, rows = read_back(page, tmp_path / "Customer list-2026-06-30.xlsx")
    assert (names, rows) == shown(page)
    assert "Show archived" in sheet["A2"].value
    name_column = names.index("Customer") + 1
    literal = {}
    for r in range(4, 4 + len(rows)):
        cell = sheet.cell(r, name_column)
        literal[cell.value] = (cell.data_type, cell.quotePrefix)
    for name in AWKWARD:
        assert literal[name] == ("s", True)


def test_payments_filtered_and_sorted(qtbot, window, save_as, tmp_path):
    page = open_list(qtbot, window, "payments")
    page.status.setCurrentIndex(page.status.findData("unallocated"))
    settle(qtbot, page)
    page.model.sort(PaymentColumn.RECEIVED, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: page.model.request.sort_key == "received_date" and not page.model.request.descending
    )
    settle(qtbot, page)
    header = page.table.horizontalHeader()
    header.setSectionHidden(PaymentColumn.METHOD, True)
    header.moveSection(header.visualIndex(PaymentColumn.PAYER), 0)

    count = run_export(qtbot, page)
    assert count == page.model.rowCount() == 5
    sheet, names, rows = read_back(page, tmp_path / "Payment list-2026-06-30.xlsx")
    assert (names, rows) == shown(page)
    assert names[0] == "Payer" and "Method" not in names
    assert [row[0] for row in rows[1:]] == list(AWKWARD)  # received in that order
    received = names.index("Received") + 1
    assert sheet.cell(4, received).is_date


def test_the_button_exports_the_list(qtbot, window, save_as, tmp_path):
    page = open_list(qtbot, window, "invoices")
    with qtbot.waitSignal(page.export_button.clicked):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "Invoice list-2026-06-30.xlsx"
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in page.findChildren(QMessageBox)
        )
    )
    _sheet, names, rows = read_back(page, target)
    assert (names, rows) == shown(page)


class BlockingSource:
    """The list's own source, made to wait before its first page until released."""

    def __init__(self, source) -> None:
        self._source = source
        self.release = threading.Event()

    def count(self, req):
        return self._source.count(req)

    def fetch(self, req, offset, limit, total):
        self.release.wait(10)
        return self._source.fetch(req, offset, limit, total)


def test_cancel_leaves_no_file(qtbot, window, save_as, tmp_path):
    page = open_list(qtbot, window, "invoices")
    blocking = BlockingSource(page.model.source)
    page.model._source = blocking
    export = page.export()
    assert export is not None and export.progress is not None
    with qtbot.waitSignal(export.finished, timeout=10_000) as done:
        qtbot.mouseClick(export.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        blocking.release.set()
    assert isinstance(done.args[0], ExportStopped)
    assert list(tmp_path.glob("*.xlsx*")) == []
    assert list(tmp_path.glob(".*")) == []


def test_a_file_that_cannot_be_replaced_is_explained(qtbot, window, save_as, tmp_path):
    page = open_list(qtbot, window, "payments")
    locked = tmp_path / "locked.xlsx"
    locked.mkdir()  # cannot be replaced, as a file open in Excel on Windows
    save_as["answer"] = str(locked)
    result = run_export(qtbot, page)
    assert isinstance(result, ExportFailed)
    boxes = [w for w in page.findChildren(QMessageBox) if w.isVisible()]
    assert any("close it and export again" in box.text() for box in boxes)
    assert locked.is_dir() and not list(tmp_path.glob("*.part"))
