"""Excel export of the customer list: the same rows as the list, exact amounts in yuan."""

from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from app.reports import customer_list_export
from app.reports.customer_list_export import COLUMNS, DEFAULT_HEADERS, export_customer_list
from app.services.core.list_request import ListRequest
from app.services.customers.customer_list_service import count_customers, fetch_customers
from tests import factories

TODAY = date(2026, 6, 30)
MONEY = {
    "open": "open_fen",
    "overdue": "overdue_fen",
    "unallocated": "unallocated_fen",
    "balance": "balance_fen",
}


def _ledger(db):
    """Customers with awkward amounts (0.07, 0.10, a fen short of a yuan, large sums)."""
    with db.write() as s:
        seller = factories.user(s, "李娜")
        amounts = [7, 10, 99, 1_234_567_89, 98_765_432_10, 3_333_33, 100_00, 1]
        for n, fen in enumerate(amounts):
            c = factories.customer(
                s,
                f"测试客户{n:02d}有限公司",
                owner=seller if n % 2 else None,
                tier_code="premium" if n % 3 == 0 else "regular",
            )
            inv = factories.invoice(s, c, fen * 3 + 5, date(2026, 3, 1 + n))  # overdue
            factories.invoice(s, c, fen, date(2026, 6, 20))  # not yet due
            factories.payment(s, c, fen + 11, date(2026, 6, 25), [(inv, fen)])
        factories.customer(s, "=SUM(A1:A2) 公司")  # text, never a formula
        factories.customer(s, "已归档公司", archived=True)


def _read(path):
    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    return rows[0], rows[1:]


def test_every_row_and_amount_matches_the_list_exactly(db, tmp_path, monkeypatch):
    _ledger(db)
    monkeypatch.setattr(customer_list_export, "PAGE", 4)  # several pages, the last one short
    req = ListRequest(sort_key="balance", descending=True)
    path = tmp_path / "customers.xlsx"
    with db.read() as s:
        count = export_customer_list(s, req, COLUMNS, path, TODAY)
        expected = fetch_customers(s, req, 0, 1000, TODAY)
        assert count == count_customers(s, req) == len(expected) == 9
    header, rows = _read(path)
    assert header == tuple(DEFAULT_HEADERS[c] for c in COLUMNS)
    assert header[:4] == ("客户编号", "客户名称", "简称", "统一社会信用代码")
    assert [r[0] for r in rows] == [e.code for e in expected]  # same order as the list
    for row, customer in zip(rows, expected, strict=True):
        cells = dict(zip(COLUMNS, row, strict=True))
        for column, attr in MONEY.items():
            value = cells[column]
            assert isinstance(value, int | float)
            assert Decimal(str(value)) * 100 == getattr(customer, attr), (column, customer)
        assert cells["tier"] == customer.tier_name
        assert cells["owner"] == (customer.owner_name or None)
    assert "=SUM(A1:A2) 公司" in [r[1] for r in rows]
    assert "已归档公司" not in [r[1] for r in rows]


def test_filters_columns_and_headers_follow_the_request(db, tmp_path):
    _ledger(db)
    req = ListRequest(search="测试客户", sort_key="name", descending=True).with_filter(
        "category", "enterprise"
    )
    path = tmp_path / "filtered.xlsx"
    columns = ("overdue", "name", "category")
    with db.read() as s:
        count = export_customer_list(
            s, req, columns, path, TODAY, headers={"overdue": "Overdue", "name": "Customer"}
        )
        expected = fetch_customers(s, req, 0, 1000, TODAY)
    header, rows = _read(path)
    assert header == ("Overdue", "Customer", "类别")
    assert count == len(rows) == len(expected) == 8
    assert [r[1] for r in rows] == sorted((e.name for e in expected), reverse=True)
    assert {r[2] for r in rows} == {"企业"}
    assert [Decimal(str(r[0])) * 100 for r in rows] == [e.overdue_fen for e in expected]


def test_the_sheet_opens_on_a_frozen_header_with_money_formatted(db, tmp_path):
    _ledger(db)
    path = tmp_path / "format.xlsx"
    with db.read() as s:
        export_customer_list(s, ListRequest(), ("code", "name", "balance"), path, TODAY)
    sheet = load_workbook(path).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    assert sheet["C2"].number_format == "#,##0.00"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width
    [formula_like] = [c for c in sheet["B"] if str(c.value).startswith("=")]
    assert formula_like.data_type == "s" and formula_like.value == "=SUM(A1:A2) 公司"


def test_an_empty_list_gives_just_the_header(db, tmp_path):
    path = tmp_path / "empty.xlsx"
    with db.read() as s:
        assert export_customer_list(s, ListRequest(search="没有"), COLUMNS, path, TODAY) == 0
    header, rows = _read(path)
    assert len(header) == len(COLUMNS) and rows == []
