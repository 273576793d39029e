"""Data rows turned into typed records, every bad cell reported where it is.

A row is skipped, not refused, when it is blank, repeats the header, or is a subtotal,
total or note row (小计, 合计, 总计, 备注, 说明, 注:) wherever it stands. Merged cells apply
to each row they cover, except amounts: money is never copied to a second row."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.domain.uscc import is_valid_uscc, normalize_uscc
from app.importers.headers import Columns
from app.importers.values import (
    REASON_TEMPLATES,
    CellValueError,
    is_blank,
    parse_amount,
    parse_date,
    parse_rate_bp,
    parse_terms,
    text_of,
)
from app.importers.workbook import NO_CACHED_VALUE

KINDS = ("customers", "projects", "invoices", "payments", "ledger")
_SKIP_CHARS = frozenset("计备说注")  # one of them is in every text _SKIP_RE matches
_SKIP_RE = re.compile(r"^(.{0,12}(小计|合计|总计|累计)|备注|说明|注[:：]|合\s*计|总\s*计)")
# Text limits are the columns' (String(n)) so nothing is cut when stored.
_TEXT_LIMITS = {
    "customer": 200,
    "uscc": 18,
    "customer_code": 32,
    "short_name": 100,
    "phone": 50,
    "address": 300,
    "project": 200,
    "project_code": 64,
    "contract_no": 64,
    "invoice_number": 40,
    "payment_ref": 100,
    "payer": 200,
    "note": 2000,
}
REQUIRED = {
    "customers": ("customer",),
    "projects": ("customer", "project"),
    "invoices": ("customer", "issue_date", "amount"),
    "payments": ("customer",),
    "ledger": ("customer", "issue_date", "amount"),
}


@dataclass(frozen=True)
class CellProblem:
    """One bad cell (or row, when ``column`` is empty): where, what it held and why."""

    sheet: str
    row: int  # 1-based, as Excel shows it
    column: str  # letter and header, e.g. "D (开票日期)"
    value: str
    reason: str  # an English template of REASON_TEMPLATES (the translation key)
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        try:
            return self.reason.format(**self.params)
        except (KeyError, IndexError):
            return self.reason

    def describe(self) -> str:
        """'台账!C4 (开票金额) '12.345': The amount has more than two decimals (fen).'"""
        value = f" {self.value!r}" if self.value else ""
        if not self.column:
            return f"{self.sheet} row {self.row}{value}: {self.message}"
        letter, _, header = self.column.partition(" ")
        where = f"{self.sheet}!{letter}{self.row}" + (f" {header}" if header else "")
        return f"{where}{value}: {self.message}"


@dataclass
class Record:
    sheet: str
    row: int
    values: list[object]
    customer: str = ""
    uscc: str = ""
    customer_code: str = ""
    short_name: str = ""
    phone: str = ""
    address: str = ""
    terms: int | None = None
    credit_limit: int | None = None
    project: str = ""
    project_code: str = ""
    contract_no: str = ""
    invoice_number: str = ""
    issue_date: date | None = None
    amount: int | None = None
    tax_rate: int | None = None
    due_date: date | None = None
    settled_date: date | None = None
    payments: list[tuple[date, int]] = field(default_factory=list)
    payment_ref: str = ""
    payer: str = ""
    note: str = ""


def skip_row(values: Sequence[object], columns: Columns) -> bool:
    """Blank, a repeated header, or a subtotal/total/note row. A formula with no saved
    result is not blank: it may be an amount, so its row is reported, not passed over."""
    note_col = columns.fields.get("note")
    filled = False
    for i, value in enumerate(values):
        if value is None or i == note_col:
            continue
        if not isinstance(value, str):  # a number, a date, or a formula with no saved result
            filled = True
            continue
        if not value.strip():
            continue
        filled = True
        if not value.isascii() and _is_subtotal(value):
            return True
    if not filled:
        return True
    # The header repeated (a sheet printed page by page): its texts in its columns.
    same = 0
    for col, header in columns.headers.items():
        if col < len(values) and header:
            value = values[col]
            if isinstance(value, str):
                same += value == header or " ".join(value.split()) == header
            elif isinstance(value, int | float):  # a header such as 2023
                same += text_of(value) == header
    return same >= 2


def _is_subtotal(text: str) -> bool:
    """小计, 合计, 总计, 备注, 说明, 注: ... (only text with CJK in it can say so)."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    if _SKIP_CHARS.isdisjoint(text):
        return False
    return _SKIP_RE.match(re.sub(r"\s+", "", text)) is not None


def parse_row(
    kind: str,
    sheet: str,
    number: int,
    values: list[object],
    columns: Columns,
    problems: list[CellProblem],
) -> Record | None:
    """The row as a record, or None with its problems added."""
    record = Record(sheet, number, values)
    before = len(problems)

    def bad(col: int, reason: str, **params: object) -> None:
        raw = values[col] if 0 <= col < len(values) else None
        value = "" if raw is NO_CACHED_VALUE else text_of(raw)
        problems.append(
            CellProblem(
                sheet,
                number,
                columns.label(col) if col >= 0 else "",
                value,
                REASON_TEMPLATES[reason],
                params,
            )
        )

    def cell(col: int) -> object:
        return values[col] if 0 <= col < len(values) else None

    for name, col in columns.fields.items():
        raw = cell(col)
        if raw is NO_CACHED_VALUE:
            bad(col, "formula")
            continue
        if is_blank(raw):
            continue
        try:
            _set(record, name, raw)
        except CellValueError as exc:
            bad(col, exc.reason, **exc.params)
    for date_col, amount_col in columns.payments:
        raw_date = cell(date_col)
        raw_amount = cell(amount_col) if amount_col is not None else None
        if raw_date is NO_CACHED_VALUE or raw_amount is NO_CACHED_VALUE:
            bad(date_col if raw_date is NO_CACHED_VALUE else amount_col or 0, "formula")
            continue
        if is_blank(raw_date) and is_blank(raw_amount):
            continue
        if is_blank(raw_date) or is_blank(raw_amount) or amount_col is None:
            bad(date_col if is_blank(raw_date) else (amount_col or date_col), "pair")
            continue
        try:
            paid_on = parse_date(raw_date)
        except CellValueError as exc:
            bad(date_col, exc.reason)
            continue
        try:
            fen = parse_amount(raw_amount)
        except CellValueError as exc:
            bad(amount_col, exc.reason, **exc.params)
            continue
        if fen <= 0:
            bad(amount_col, "negative")
            continue
        record.payments.append((paid_on, fen))
    for name in REQUIRED[kind]:
        col = columns.fields.get(name, -1)
        if (
            col >= 0
            and not any(p.column == columns.label(col) for p in problems[before:])
            and getattr(record, name) in ("", None)
        ):
            bad(col, "required")
    if kind == "payments" and not record.payments and len(problems) == before:
        bad(columns.payments[0][0] if columns.payments else -1, "pair")
    _row_rules(kind, record, columns, bad)
    return record if len(problems) == before else None


def field_value(name: str, raw: object) -> object:
    """One cell of field ``name`` typed as the import types it; CellValueError if it is bad."""
    record = Record("", 0, [])
    _set(record, name, raw)
    return getattr(record, name)


def _set(record: Record, name: str, raw: object) -> None:
    if name in _TEXT_LIMITS:
        text = text_of(raw)
        if len(text) > _TEXT_LIMITS[name]:
            raise CellValueError("too_long", max=_TEXT_LIMITS[name])
        if name == "uscc":
            text = normalize_uscc(text)
            if not is_valid_uscc(text):
                raise CellValueError("uscc")
        setattr(record, name, text)
    elif name in ("issue_date", "due_date", "settled_date"):
        setattr(record, name, parse_date(raw))
    elif name in ("amount", "credit_limit"):
        setattr(record, name, parse_amount(raw))
    elif name == "terms":
        record.terms = parse_terms(raw)
    elif name == "tax_rate":
        record.tax_rate = parse_rate_bp(raw)


def _row_rules(kind: str, record: Record, columns: Columns, bad: object) -> None:
    """Rules across cells of one row."""
    assert callable(bad)
    fields = columns.fields
    if record.amount is not None and kind in ("invoices", "ledger"):
        if record.amount < 0:
            bad(fields["amount"], "red_letter")
        elif record.amount == 0:
            bad(fields["amount"], "negative")
    if record.credit_limit is not None and record.credit_limit < 0:
        bad(fields["credit_limit"], "negative")
    if record.issue_date and record.due_date and record.due_date < record.issue_date:
        bad(fields["due_date"], "due_before_issue")
    if kind == "ledger" and record.amount and record.amount > 0:
        paid = sum(fen for _, fen in record.payments)
        if paid > record.amount:
            bad(columns.payments[-1][1] or -1, "overpaid")
