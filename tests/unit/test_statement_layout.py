"""The pieces of the statement PDF that need no database: wrapping Chinese text to a
column, the amounts and labels as printed, file names that every file system accepts."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.reports.pdf_fonts import find_cjk_font
from app.reports.pdf_layout import amount, join_fitting, long_date, wrap
from app.reports.statement_files import file_name
from app.reports.statement_pdf import bucket_label, line_summary
from app.services.core.settings_service import LabProfile
from app.services.statements.statement_content import (
    AgingAmount,
    CustomerDetails,
    LineKind,
    StatementContent,
    StatementLine,
)

FONT = find_cjk_font()
texts = st.text(alphabet="检测费用钢筋力学性能ABC123 -（）", max_size=80)


@given(texts, st.floats(min_value=20, max_value=200))
def test_wrapped_lines_fit_and_keep_the_text(text: str, width: float) -> None:
    wrapped = wrap(text, FONT, 8.5, width, max_lines=50)
    lines = wrapped.split("\n")
    # A line holds at least one character even when that one is wider than the column.
    assert all(FONT.width(line, 8.5) <= width or len(line) == 1 for line in lines)
    assert "".join(lines) == text


def test_what_does_not_fit_ends_in_an_ellipsis() -> None:
    text = "杭州市拱墅区市场监督管理局食品安全抽检项目第三批次委托检测"
    wrapped = wrap(text, FONT, 9, 60, max_lines=2)
    first, second = wrapped.split("\n")
    assert second.endswith("…") and FONT.width(second, 9) <= 60
    assert text.startswith(first + second[:-1])
    assert wrap("第一行\n第二行\n第三行", FONT, 9, 200, max_lines=2) == "第一行\n第二行…"


def test_parts_are_kept_whole_on_a_line() -> None:
    parts = [
        "地址：江苏省南京市江宁区秣周东路12号",
        "电话：025-8765 4321",
        "统一社会信用代码：91320115MA1N2X3Y4C",
    ]
    lines = join_fitting(parts, FONT, 8.5, 300)
    assert "".join(lines).replace("\u3000", "") == "".join(parts)
    for part in parts:
        assert any(part in line for line in lines)


@pytest.mark.parametrize(
    ("fen", "text"),
    [(0, "0.00"), (5, "0.05"), (123456789, "1,234,567.89"), (-100000, "-1,000.00")],
)
def test_amounts_as_printed(fen: int, text: str) -> None:
    assert amount(fen) == text


def test_dates_and_bucket_labels() -> None:
    assert long_date(date(2026, 3, 1)) == "2026年3月1日"
    assert bucket_label(AgingAmount("current", None, 0, 0)) == "未到期"
    assert bucket_label(AgingAmount("1-30", 1, 30, 0)) == "逾期1-30天"
    assert bucket_label(AgingAmount("365+", 366, None, 0)) == "逾期365天以上"


def line(kind: LineKind, **kw: object) -> StatementLine:
    values: dict[str, object] = {
        "on": date(2026, 3, 1),
        "kind": kind,
        "number": "FP1",
        "related": "",
        "detail": "vat_special",
        "text": "",
        "due_date": None,
        "debit_fen": 0,
        "credit_fen": 0,
        "balance_fen": 0,
    }
    values.update(kw)
    return StatementLine(**values)  # type: ignore[arg-type]


def test_summaries_as_the_customer_reads_them() -> None:
    invoice = line(LineKind.INVOICE, due_date=date(2026, 3, 31), text="WT1 水质检测")
    assert line_summary(invoice) == "增值税专用发票，到期日 2026-03-31\nWT1 水质检测"
    red = line(LineKind.RED_LETTER, related="FP0", text="开票有误")
    assert line_summary(red) == "红字发票，冲减 FP0\n开票有误"
    assert (
        line_summary(line(LineKind.RED_LETTER_VOID, related="FP0")) == "红字发票作废，恢复发票 FP0"
    )
    payment = line(LineKind.PAYMENT, detail="acceptance_bill", text="某某集团财务公司")
    assert line_summary(payment) == "收款（承兑汇票），付款人：某某集团财务公司"
    assert line_summary(line(LineKind.PAYMENT_REVERSAL, detail="cheque")) == "收款冲回（支票退回）"
    assert line_summary(line(LineKind.WRITE_OFF, text="内部原因")) == "坏账核销"


def test_file_names_are_safe_on_windows() -> None:
    content = StatementContent(
        customer=CustomerDetails(1, "C/01", '上海"某某"检测:有限公司?', "", "", "", ""),
        lab=LabProfile(),
        period_from=date(2026, 1, 1),
        period_to=date(2026, 3, 31),
        opening_fen=0,
        lines=(),
        closing_fen=0,
        aging=(),
        prepayments=(),
    )
    assert file_name(content) == "C_01_上海_某某_检测_有限公司__2026-01-01_2026-03-31.pdf"
