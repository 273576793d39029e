"""Fuzzed cells: the importer imports a sheet exactly, or rejects it with every bad row
located and nothing written; it never crashes and never half-writes."""

from __future__ import annotations

import shutil
import unicodedata
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from app.db.location import resolve
from app.domain.clock import FixedClock
from app.domain.errors import ImportValidationError
from app.importers.engine import ImportOptions, run_import
from app.models import Invoice, Payment
from app.services.core.context import system_actor
from app.services.core.startup import open_database

TODAY = date(2025, 1, 1)
NAMES = ["甲检测客户有限公司", "乙（上海）科技有限公司", "Acme Ltd"]

# Each strategy gives (cell as typed, value it means or None when it is wrong).
days = st.dates(min_value=date(2015, 1, 1), max_value=date(2024, 12, 31))
good_dates = days.flatmap(
    lambda d: st.sampled_from(
        [
            d,
            (d - date(1899, 12, 30)).days,
            f"{d.year}.{d.month}.{d.day}",
            f"{d.year}年{d.month}月{d.day}日",
            f"{d:%Y/%m/%d}",
            f"{d:%Y%m%d}",
        ]
    ).map(lambda cell: (cell, d))
)
bad_dates = st.sampled_from(["2023.13.1", "昨天", "2023/2/30", None]).map(lambda c: (c, None))
fen = st.integers(min_value=1, max_value=10**9)


def _spell(f: int) -> st.SearchStrategy[object]:
    yuan = Decimal(f) / 100
    text = f"{yuan:,.2f}"
    return st.sampled_from(
        [
            float(yuan),
            f"¥{text}",
            text,
            unicodedata.normalize("NFKC", text).translate(
                str.maketrans("0123456789,.", "０１２３４５６７８９，．")
            ),
        ]
        + ([int(yuan)] if f % 100 == 0 else [])
    )


good_amounts = fen.flatmap(lambda f: _spell(f).map(lambda cell: (cell, f)))
bad_amounts = st.sampled_from(["12.345", "abc", "-5", 0, "=A1", None]).map(lambda c: (c, None))


@st.composite
def rows(draw: st.DrawFn) -> tuple[list[object], bool, int, int]:
    """(cells, valid, invoice fen, paid fen)."""
    name = draw(st.sampled_from([*NAMES, None]))
    issued, on = draw(st.one_of(good_dates, good_dates, bad_dates))
    amount, fen_ = draw(st.one_of(good_amounts, good_amounts, bad_amounts))
    paid = draw(st.sampled_from(["none", "some", "too much", "half a pair"]))
    cells: list[object] = [name, issued, amount, None, None]
    valid = name is not None and on is not None and fen_ is not None
    paid_fen = 0
    if paid != "none" and fen_ is not None and on is not None:
        paid_fen = fen_ if paid == "some" else fen_ + 1
        cells[3] = (on + timedelta(days=10)).isoformat() if on < TODAY - timedelta(10) else on
        cells[4] = str(Decimal(paid_fen) / 100)
        if paid == "too much":
            valid = False
        if paid == "half a pair":
            cells[4] = None
            valid = False
    return cells, valid, fen_ or 0, paid_fen


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fuzz") / "template.sqlite3"
    db, _ = open_database(resolve(str(path)))
    db.dispose()
    return path


@pytest.mark.slow
@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sheet=st.lists(rows(), min_size=1, max_size=6))
def test_fuzzed_cells_import_exactly_or_are_rejected_where_they_are(template, tmp_path, sheet):
    path = tmp_path / "ledger.sqlite3"
    shutil.copyfile(template, path)
    book = tmp_path / "fuzz.xlsx"
    wb = Workbook()
    wb.active.append(["客户名称", "开票日期", "开票金额", "回款日期", "回款金额"])
    for cells, *_ in sheet:
        wb.active.append(cells)
    wb.save(book)
    db, _ = open_database(resolve(str(path)))
    try:
        actor = system_actor(FixedClock(TODAY))
        # A row with no cell filled is blank: passed over, neither imported nor refused.
        blank = {n for n, (cells, *_) in enumerate(sheet, start=2) if all(c is None for c in cells)}
        bad_rows = {
            n for n, (_, valid, *_) in enumerate(sheet, start=2) if not valid and n not in blank
        }
        try:
            result = run_import(db, actor, book, ImportOptions(kind="ledger")).value
        except ImportValidationError as exc:
            assert bad_rows, [p.describe() for p in exc.problems]
            assert {p.row for p in exc.problems} == bad_rows  # type: ignore[attr-defined]
            assert all(p.sheet == "Sheet" and p.column for p in exc.problems)  # type: ignore[attr-defined]
            with db.read() as s:
                assert s.scalar(select(func.count()).select_from(Invoice)) == 0
                assert s.scalar(select(func.count()).select_from(Payment)) == 0
            return
        assert not bad_rows
        assert result.counts["invoices_created"] == len(sheet) - len(blank)
        with db.read() as s:
            total = s.scalar(select(func.coalesce(func.sum(Invoice.amount_fen), 0)))
            assert total == sum(r[2] for r in sheet)
            assert s.scalar(select(func.coalesce(func.sum(Invoice.settled_fen), 0))) == sum(
                r[3] for r in sheet
            )
    finally:
        db.dispose()
