"""Cell values as people type them in legacy ledgers, and header texts as they write them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.money import AmountTooLargeError, Money
from app.importers.headers import detect, field_of
from app.importers.values import (
    CellValueError,
    parse_amount,
    parse_date,
    parse_rate_bp,
    parse_terms,
)


@pytest.mark.parametrize(
    "cell",
    [
        date(2023, 5, 6),
        datetime(2023, 5, 6, 0, 0),
        45052,  # Excel's serial number
        45052.0,
        "45052",
        "2023.5.6",
        "2023年5月6日",
        "2023/05/06",
        "2023-05-06",
        "20230506",
        20230506,
        "２０２３年５月６日",
        "5/6/2023",  # M/D/YYYY as US exports write it
    ],
)
def test_every_spelling_of_a_date(cell):
    assert parse_date(cell) == date(2023, 5, 6)


@pytest.mark.parametrize("cell", ["2023.13.1", "明天", "", 3.5, True, "2023/2/30", 12])
def test_what_is_not_a_date(cell):
    with pytest.raises(CellValueError) as err:
        parse_date(cell)
    assert err.value.reason == "date"


@pytest.mark.parametrize(
    ("cell", "fen"),
    [
        (12345, 1234500),
        (12345.6, 1234560),
        (0.1 + 0.2 - 0.00000000000000004, 30),  # a float's shortest text, not its binary value
        ("¥12,345.00", 1234500),
        ("￥12,345.60", 1234560),
        ("12,345", 1234500),
        ("１２，３４５．６０", 1234560),
        ("-1,200.00", -120000),
        ("(1,200.00)", -120000),
        ("-¥1,200", -120000),
        ("12元", 1200),
    ],
)
def test_every_spelling_of_an_amount_in_fen(cell, fen):
    assert parse_amount(cell) == fen


@pytest.mark.parametrize(
    ("cell", "reason"),
    [(12.345, "decimals"), ("12.345", "decimals"), ("十二元", "amount"), ("1e400", "amount"),
     ("99999999999999", "too_large"), (None, "amount")],
)  # fmt: skip
def test_amounts_refused_with_the_reason(cell, reason):
    with pytest.raises(CellValueError) as err:
        parse_amount(cell)
    assert err.value.reason == reason


@given(
    st.floats(allow_nan=True, allow_infinity=True)
    | st.integers(-(10**13), 10**13).map(lambda fen: fen / 100)
)
def test_a_number_cell_reads_as_its_shortest_text_would(value):
    """The quick path for number cells gives exactly what Decimal(str(value)) gives: the
    same fen, or a refusal for the same reason."""
    try:
        expected: object = Money.parse(Decimal(str(value))).fen
    except AmountTooLargeError:
        expected = "too_large"
    except (ValueError, InvalidOperation) as exc:
        expected = "decimals" if "decimal places" in str(exc) else "amount"
    try:
        got: object = parse_amount(value)
    except CellValueError as exc:
        got = exc.reason
    assert got == expected


def test_terms_and_tax_rates():
    assert [parse_terms(v) for v in (30, 30.0, "30", "30天", "３０天", "45 days")] == [
        30, 30, 30, 30, 30, 45,
    ]  # fmt: skip
    with pytest.raises(CellValueError):
        parse_terms("一个月")
    assert [parse_rate_bp(v) for v in ("6%", 0.06, 6, "13%", "0")] == [600, 600, 600, 1300, 0]


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("客户名称", "customer"),
        ("客户\n名称", "customer"),
        ("开票金额（元）", "amount"),
        ("发票金额", "amount"),
        ("Invoice Amount", "amount"),
        ("到账金额", "payment_amount"),
        ("收款金额", "payment_amount"),
        ("第一次回款日期", "payment_date"),
        ("发票号码", "invoice_number"),
        ("信用期", "terms"),
        ("统一社会信用代码", "uscc"),
        ("序号", None),
    ],
)
def test_header_synonyms(header, field):
    assert field_of(header) == field


def test_a_two_row_header_below_title_rows():
    rows = [
        (1, ["应收账款台账", None, None, None]),
        (2, ["编制单位：某某检测", None, None, None]),
        (3, ["客户名称", "开票日期", "回款", "回款"]),  # the group cell, merged across
        (4, ["客户名称", "开票日期", "日期", "金额"]),
        (5, ["甲公司", "2023.5.6", "2023.6.1", "100"]),
    ]
    columns = detect(rows, filled=True)
    assert columns is not None
    assert columns.header_rows == (3, 4)
    assert columns.fields == {"customer": 0, "issue_date": 1}
    assert columns.payments == [(2, 3)]
    assert columns.data_start == 5


def test_without_merge_information_a_group_cell_spreads_right():
    rows = [
        (1, ["客户", "发票", "", "", "备注"]),
        (2, ["", "号码", "日期", "金额", ""]),
    ]
    columns = detect(rows, filled=False)
    assert columns is not None
    assert columns.fields == {
        "customer": 0,
        "invoice_number": 1,
        "issue_date": 2,
        "amount": 3,
        "note": 4,
    }
