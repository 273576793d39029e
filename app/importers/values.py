"""Cell values as people type them, turned into dates, integer fen and days.

Each parser takes what a reader gives for a cell (str, int, float, bool, date, datetime,
None) and returns the value or raises ``CellValueError`` with a reason template (listed in
``REASON_TEMPLATES``) and its parameters. Money never passes through a float: a numeric cell
is read as ``Decimal(str(value))``, its shortest round-trip text, and more than two decimals
are refused rather than rounded."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

from app.domain.money import MAX_AMOUNT_FEN, AmountTooLargeError, Money

# Why a cell was refused: the English template is the translation key (KNOWN_TEMPLATES).
REASON_TEMPLATES = {
    "date": "Not a date: write it as 2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日 or 20230506.",
    "amount": "Not an amount: write it as 12345.60, ¥12,345.60 or 12,345.",
    "decimals": "The amount has more than two decimals (fen).",
    "too_large": "The amount is more than {max}.",
    "terms": "Not a number of days: write it as 30 or 30天.",
    "required": "This cell is required.",
    "formula": "A formula with no saved result: open the file in Excel, save it, then import.",
    "too_long": "The text is longer than {max} characters.",
    "negative": "The amount must be greater than zero.",
    "uscc": "Not a valid unified social credit code (统一社会信用代码).",
    "due_before_issue": "The due date is before the issue date.",
    "future": "The date {date} is after today.",
    "rate": "Not a tax rate: write it as 6%, 0.06 or 6.",
    "pair": "A payment needs both its date and its amount.",
    "overpaid": "The payments add up to more than the invoice.",
    "duplicate_number": "Invoice number {number} is already used by another invoice.",
    "customer_unknown": "No customer {name} in LabLedger or earlier in this file.",
    "invoice_unknown": "No invoice {number} of this customer.",
    "red_letter": "A negative (red-letter) amount cannot be imported as an invoice; enter the "
    "red-letter invoice in LabLedger against the invoice it credits.",
}

# Excel's day 0 is 1899-12-30 (its 1900 leap-year bug is why not 12-31).
_EXCEL_EPOCH = date(1899, 12, 30)
# Serial numbers people actually have: 1990-01-01 .. 2099-12-31.
_SERIALS = range(32874, 73416)
_DATE_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_COMPACT_DATE_RE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TERMS_RE = re.compile(r"(\d{1,3})\s*(天|日|days?)?", re.IGNORECASE)
_RATE_RE = re.compile(r"(\d{1,2}(?:\.\d{1,2})?)\s*%?")
MAX_TERMS_DAYS = 365


class CellValueError(ValueError):
    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text_of(value: object) -> str:
    """A cell as text: numbers without a spurious '.0' (an invoice number read as 12345.0)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def _folded(value: object) -> str:
    return unicodedata.normalize("NFKC", text_of(value)).strip()


def parse_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellValueError("date")
    if isinstance(value, int | float):
        if float(value).is_integer() and int(value) in _SERIALS:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        value = text_of(value)  # 20230506 typed as a number
    if not isinstance(value, str):
        raise CellValueError("date")
    text = unicodedata.normalize("NFKC", value).strip()
    match = _DATE_RE.fullmatch(text) or _COMPACT_DATE_RE.fullmatch(text)
    if match is None and len(text.split("/")) == 3:  # M/D/YYYY, as US exports write it
        parts = text.split("/")
        if all(p.isdigit() for p in parts) and len(parts[2]) == 4:
            return _make_date(parts[2], parts[0], parts[1])
    if match is None:
        if text.isdigit() and int(text) in _SERIALS:
            return _EXCEL_EPOCH + timedelta(days=int(text))
        raise CellValueError("date")
    return _make_date(*match.groups())


def _make_date(year: str, month: str, day: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise CellValueError("date") from None


def parse_amount(value: object) -> int:
    """Integer fen; negative amounts (red-letter, '(1,200.00)', '-¥12') stay negative."""
    if isinstance(value, bool) or value is None:
        raise CellValueError("amount")
    try:
        if isinstance(value, int):
            return Money.parse(value).fen
        if isinstance(value, float):
            fen = _plain_float_fen(value)
            if fen is not None and abs(fen) <= MAX_AMOUNT_FEN:
                return fen
            return Money.parse(Decimal(str(value))).fen
        if isinstance(value, Decimal):
            return Money.parse(value).fen
        if isinstance(value, str):
            return Money.parse(value).fen
    except AmountTooLargeError:
        raise CellValueError("too_large", max=Money(MAX_AMOUNT_FEN).format()) from None
    except (ValueError, InvalidOperation) as exc:
        if "decimal places" in str(exc):
            raise CellValueError("decimals") from None
        raise CellValueError("amount") from None
    raise CellValueError("amount")


def _plain_float_fen(value: float) -> int | None:
    """The fen of a number cell whose shortest text (what ``Decimal(str(value))`` reads)
    is plain digits with at most two decimals, computed without Decimal; None for any other
    (exponent, more decimals, inf, nan), which the Decimal path then judges."""
    text = repr(value)
    negative = text.startswith("-")
    whole, _, decimals = (text[1:] if negative else text).partition(".")
    if not (whole.isdigit() and decimals.isdigit() and len(decimals) <= 2):
        return None
    fen = int(whole) * 100 + int(decimals.ljust(2, "0"))
    return -fen if negative else fen


def parse_terms(value: object) -> int:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        days = value
    else:
        match = _TERMS_RE.fullmatch(_folded(value))
        if match is None:
            raise CellValueError("terms")
        days = int(match[1])
    if not 0 <= days <= MAX_TERMS_DAYS:
        raise CellValueError("terms")
    return days


def parse_rate_bp(value: object) -> int:
    """A tax rate in basis points: 6%, '6%', 0.06 and 6 are all 600."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = Decimal(str(value))
    else:
        match = _RATE_RE.fullmatch(_folded(value))
        if match is None:
            raise CellValueError("rate")
        number = Decimal(match[1])
    if number < 1:
        number *= 100
    bp = number * 100
    if bp != bp.to_integral_value() or not 0 <= bp <= 1700:
        raise CellValueError("rate")
    return int(bp)
