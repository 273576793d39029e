"""A bank or wallet statement export read into lines: date, direction, amount in fen, payer,
memo, the bank's serial and the running balance where the file has them.

Files come as the bank wrote them (see formats.py): preamble lines above the header (account
number, period, totals), GBK or UTF-8 CSV, .xls or .xlsx, cells padded with spaces and tabs,
amounts quoted with separators, signed or in separate in/out columns or with a 借/贷 column.
Rows below the header whose date cell is not a date (totals, blank lines, notes) are not
transactions and are passed over."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path

from app.domain.errors import ImportFileError
from app.importers.bank.formats import Columns, detect_format, fold, map_columns
from app.importers.values import CellValueError, is_blank, parse_amount, parse_date, text_of
from app.importers.workbook import Workbook, open_workbook

# The header is among the first rows (Alipay's preamble is 24 lines long).
HEADER_SEARCH_ROWS = 60

# Why a file that opened is still not a statement (translation keys, in KNOWN_TEMPLATES).
BANK_TEMPLATES = {
    "no_header": "Cannot import {path}: it is not a bank statement LabLedger can read (no "
    "header row names a date and an amount column, such as 交易日期 and 交易金额).",
    "no_lines": "Cannot import {path}: the statement has no transactions.",
    "amount": "Cannot import {path}: row {row} has an amount LabLedger cannot read ({value}).",
}


class Direction(StrEnum):
    CREDIT = "credit"  # money in: may be a customer's payment
    DEBIT = "debit"  # money out
    NEUTRAL = "neutral"  # moved between the holder's own accounts, closed, or zero


@dataclass(frozen=True)
class StatementLine:
    row: int  # row number in the file, 1-based
    date: date
    time: str  # HH:MM:SS, or "" when the file gives none
    direction: Direction
    amount_fen: int  # never negative; the direction says which way
    payer_name: str
    payer_account: str
    kind: str  # the bank's transaction type (摘要, 交易类型)
    memo: str  # remarks (附言, 备注, ...), joined
    serial: str  # the bank's own number for the transaction, "" if none
    balance_fen: int | None


@dataclass(frozen=True)
class BankStatement:
    file_name: str
    bank: str  # a code of formats.FORMATS, or "other"
    account: str  # the holder's account as the file names it, "" if it does not
    lines: tuple[StatementLine, ...]

    @property
    def credits(self) -> list[StatementLine]:
        return [line for line in self.lines if line.direction == Direction.CREDIT]

    def keys(self) -> list[str]:
        """Each line's identity (``line_key``), in file order."""
        seen: Counter[str] = Counter()
        found = []
        for line in self.lines:
            base = _base_key(self.bank, self.account, line)
            seen[base] += 1
            found.append(hashlib.sha256(f"{base}|{seen[base]}".encode()).hexdigest())
        return found


def _base_key(bank: str, account: str, line: StatementLine) -> str:
    """What makes a line itself: the bank's serial with the day and amount where the bank
    gives one (example exports repeat serials such as 0000000000 for interest lines), else
    everything the line says, running balance included. Two lines that say exactly the same
    in one file are told apart by their order (``keys`` numbers them), so a later export
    that overlaps this one yields the same keys for the same lines."""
    common = (bank, account, line.date.isoformat(), line.direction.value, str(line.amount_fen))
    if line.serial:
        parts: tuple[str, ...] = (*common, "serial", line.serial)
    else:
        balance = "" if line.balance_fen is None else str(line.balance_fen)
        parts = (*common, line.time, line.payer_name, line.payer_account, line.kind, line.memo)
        parts += (balance,)
    return "\x1f".join(parts)


def read_statement(path: Path) -> BankStatement:
    """The statement in ``path``, or ImportFileError saying why it cannot be read."""
    book = open_workbook(path)
    try:
        return _read(book, path)
    finally:
        book.close()


def _read(book: Workbook, path: Path) -> BankStatement:
    for sheet in book.sheets:
        rows = book.rows(sheet)
        preamble: list[list[object]] = []
        for number, values in rows:
            if number > HEADER_SEARCH_ROWS:
                break
            columns = map_columns(values)
            if sum(not is_blank(v) for v in values) >= 3 and columns.usable():
                return _body(path, rows, columns, detect_format(values), _account(preamble))
            preamble.append(values)
    raise ImportFileError(BANK_TEMPLATES["no_header"], path=path.name)


def _body(
    path: Path, rows: Iterator[tuple[int, list[object]]], columns: Columns, bank: str, account: str
) -> BankStatement:
    lines = []
    own = columns.single.get("own_account")
    for number, row in rows:
        line = _line(path, number, row, columns, bank)
        if line is None:
            continue
        lines.append(line)
        if not account and own is not None and own < len(row):
            account = clean(row[own])
    if not lines:
        raise ImportFileError(BANK_TEMPLATES["no_lines"], path=path.name)
    return BankStatement(path.name, bank, account, tuple(lines))


# Exports whose 对手信息 holds the payer's name and account together ("张三 66666666666666").
COMBINED_PAYER = frozenset({"abc", "cmb"})
_EMPTY = re.compile(r"[-/—_\s]*")
_TRAILING_ACCOUNT = re.compile(r"(.*?)\s*(\d{6,})")
_ACCOUNT_IN_TEXT = re.compile(r"(?:卡号|账号|支付宝账户|微信昵称)\s*[:：]\s*\[?([^\]\s,，]+)")
_TIME = re.compile(r"(\d{1,2}):?(\d{2}):?(\d{2})")


def clean(value: object) -> str:
    """A cell's text without padding; "", "-", "/", "--" and rules of dashes read as nothing."""
    text = text_of(value).replace("\t", " ").strip()
    return "" if _EMPTY.fullmatch(text) else text


def _line(
    path: Path, number: int, row: list[object], columns: Columns, bank: str
) -> StatementLine | None:
    def cell(field: str) -> object:
        index = columns.single.get(field)
        return row[index] if index is not None and index < len(row) else None

    date_cell = cell("date")
    on = _date(date_cell)
    if on is None:
        return None
    if {"credit", "debit"} <= columns.single.keys():  # in and out columns, if any
        credit = _amount(path, number, cell("credit"))
        debit = _amount(path, number, cell("debit"))
        direction = Direction.CREDIT if credit > 0 else _sign(-debit)
        amount = credit if credit > 0 else abs(debit)
    else:
        signed = _amount(path, number, cell("amount"))
        if "direction" in columns.single:
            direction = _direction(clean(cell("direction")), signed)
        else:
            direction = _sign(signed)
        amount = abs(signed)
    if direction == Direction.CREDIT and re.search(r"关闭|失败|撤销", clean(cell("status"))):
        direction = Direction.NEUTRAL
    payer, payer_account = clean(cell("payer")), clean(cell("payer_account"))
    combined = bank in COMBINED_PAYER
    if combined and not payer_account and (match := _TRAILING_ACCOUNT.fullmatch(payer)):
        payer, payer_account = match[1].strip(), match[2]
    balance: int | None
    try:
        balance = parse_amount(clean(cell("balance"))) if clean(cell("balance")) else None
    except CellValueError:
        balance = None  # masked in some exports ("xx,yyyy.zz"); the line stands without it
    return StatementLine(
        row=number,
        date=on,
        time=_time(clean(cell("time")) or _time_part(date_cell)),
        direction=direction,
        amount_fen=amount,
        payer_name=payer,
        payer_account=payer_account,
        kind=_joined(row, columns.joined.get("kind", ())),
        memo=_joined(row, columns.joined.get("memo", ())),
        serial=clean(cell("serial")),
        balance_fen=balance,
    )


def _date(value: object) -> date | None:
    if isinstance(value, datetime | date):
        return parse_date(value)
    text = clean(value)
    if not text:
        return None
    try:
        return parse_date(text.split()[0])
    except CellValueError:
        return None


def _time_part(value: object) -> str:
    if isinstance(value, datetime):
        return value.time().isoformat(timespec="seconds")
    parts = clean(value).split()
    return parts[1] if len(parts) > 1 else ""


def _time(text: str) -> str:
    match = _TIME.fullmatch(text)
    return f"{int(match[1]):02d}:{match[2]}:{match[3]}" if match else ""


def _amount(path: Path, number: int, value: object) -> int:
    text = clean(value)
    if not text:
        return 0
    try:
        return parse_amount(value if isinstance(value, int | float) else text)
    except CellValueError:
        raise ImportFileError(
            BANK_TEMPLATES["amount"], path=path.name, row=number, value=text
        ) from None


def _sign(signed: int) -> Direction:
    if signed > 0:
        return Direction.CREDIT
    return Direction.DEBIT if signed < 0 else Direction.NEUTRAL


def _direction(text: str, amount: int) -> Direction:
    """From a 借/贷 or 收/支 cell. WeChat writes "/" and Alipay 不计收支 for money moved
    between the holder's own accounts: neither in nor out."""
    folded = fold(text)
    if amount == 0 or not folded or "不计" in folded or "中性" in folded:
        return Direction.NEUTRAL
    if folded.startswith(("贷", "cr", "收")):
        return Direction.CREDIT
    if folded.startswith(("借", "dr", "支")):
        return Direction.DEBIT
    return Direction.NEUTRAL


def _joined(row: list[object], indexes: Sequence[int]) -> str:
    parts: list[str] = []
    for index in indexes:
        text = clean(row[index]) if index < len(row) else ""
        if text and text not in parts:
            parts.append(text)
    return " / ".join(parts)


def _account(preamble: Sequence[Sequence[object]]) -> str:
    """The holder's account from the lines above the header: "卡号: 1234****9876" in one cell
    (ICBC), or 账号 and the number in the next cell (SPDB)."""
    for values in preamble:
        texts = [clean(v) for v in values]
        for i, text in enumerate(texts):
            if fold(text) in ("账号", "卡号") and i + 1 < len(texts) and texts[i + 1]:
                return texts[i + 1]
            if match := _ACCOUNT_IN_TEXT.search(text):
                return match[1]
    return ""
