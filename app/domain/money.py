"""Money in integer fen (CNY cents): parsing, display, Chinese capitals, tax and splits."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Final, Self

from app.domain.errors import ValidationError

_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_GROUP_UNITS = ("仟", "佰", "拾", "")
# Bank forms go no higher than 万亿; larger amounts would need 亿亿 and are surely mistakes.
_CAPITALS_LIMIT_YUAN = 10**16

# The most one document may carry, of either sign: an invoice, payment, allocation, write-off,
# quote line, contract, installment, invoice request, promise to pay or credit limit.
# ¥10,000,000,000.00 (壹佰亿元) is far beyond any testing lab's document, so it refuses only
# mistakes (digits typed twice, an account number pasted as an amount); the write services and
# the database's CHECK constraints enforce it.
# It is what keeps sums exact: SQLite's SUM of integers fails on overflow, and a million
# documents all at this maximum add up to 10^18 fen, still below 2^63 (about 9.2 * 10^18).
MAX_AMOUNT_FEN: Final = 10**12

_AMOUNT_RE = re.compile(
    r"""
    (?P<int>\d{1,3}(?:[, ]\d{3})+|\d+)?   # thousands separators only in groups of three
    (?:\.(?P<frac>\d*))?
    """,
    re.VERBOSE,
)


class AmountTooLargeError(ValueError):
    """Typed text that is an amount, but more than one document may carry."""

    def __init__(self, text: object) -> None:
        super().__init__(f"amount more than {Money(MAX_AMOUNT_FEN).format()}: {text!r}")


def plain_yuan(fen: int) -> str:
    """Money(fen).plain() without making a Money: for exports of many thousands of figures."""
    yuan, cents = divmod(abs(fen), 100)
    return f"{'-' if fen < 0 else ''}{yuan}.{cents:02d}"


def check_amount_limit(field: str, fen: int, template: str, **params: object) -> None:
    """A ValidationError on ``field`` when ``fen`` is beyond MAX_AMOUNT_FEN of either sign;
    the template gets the limit, as displayed, in ``{max}``."""
    if not -MAX_AMOUNT_FEN <= fen <= MAX_AMOUNT_FEN:
        raise ValidationError(field, template, max=Money(MAX_AMOUNT_FEN).format(), **params)


def _require_int(value: object, what: str) -> None:
    # bool is an int subclass; True fen is always a bug, never an amount.
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{what} must be int, not {type(value).__name__}")


def div_half_up(numerator: int, denominator: int) -> int:
    """Integer division rounded half away from zero, so negatives mirror positives."""
    if denominator <= 0:
        raise ValueError("denominator must be positive")
    quotient, remainder = divmod(abs(numerator), denominator)
    if 2 * remainder >= denominator:
        quotient += 1
    return -quotient if numerator < 0 else quotient


@dataclass(frozen=True, slots=True, order=True)
class Money:
    """An amount of CNY in integer fen; never a float, so sums are exact."""

    fen: int

    def __post_init__(self) -> None:
        _require_int(self.fen, "Money.fen")

    @classmethod
    def zero(cls) -> Self:
        return cls(0)

    @classmethod
    def from_yuan_decimal(cls, d: Decimal) -> Self:
        """Exact conversion; a Decimal with non-zero digits beyond the fen is refused."""
        if not isinstance(d, Decimal):
            raise TypeError(f"expected Decimal, not {type(d).__name__}")
        if not d.is_finite():
            raise ValueError(f"not an amount: {d!r}")
        # Work on the digit tuple: Decimal arithmetic would round beyond the context precision.
        sign, digits, exponent = d.as_tuple()
        assert isinstance(exponent, int)  # finite, checked above
        coefficient = int("".join(map(str, digits)))
        shift = exponent + 2
        if shift >= 0:
            fen = coefficient * 10**shift
        else:
            fen, rest = divmod(coefficient, 10**-shift)
            if rest:
                raise ValueError(f"amount has more than 2 decimal places: {d}")
        return cls(-fen if sign else fen)

    @classmethod
    def parse(cls, text: str | int | Decimal) -> Self:
        """Parse an amount as people type or paste it, e.g. '￥1,234.50', '(12.30)', '12元'.

        More than MAX_AMOUNT_FEN either way is refused with AmountTooLargeError."""
        if isinstance(text, Decimal):
            # Compared before converting: 1E+999999999 would take long to turn into fen.
            if text.is_finite() and text.copy_abs() > Decimal(MAX_AMOUNT_FEN) / 100:
                raise AmountTooLargeError(text)
            return cls.from_yuan_decimal(text)
        if isinstance(text, int) and not isinstance(text, bool):
            if abs(text) * 100 > MAX_AMOUNT_FEN:
                raise AmountTooLargeError(text)
            return cls(text * 100)
        if not isinstance(text, str):
            raise TypeError(f"cannot parse {type(text).__name__} as money")
        return cls(_parse_fen(text))

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen + other.fen)

    def __radd__(self, other: object) -> Money:
        # sum() starts from the int 0; any other non-Money operand is an error.
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.fen - other.fen)

    def __neg__(self) -> Money:
        return Money(-self.fen)

    def __abs__(self) -> Money:
        return Money(abs(self.fen))

    def __mul__(self, other: object) -> Money:
        # Only whole multiples: fractional factors need an explicit rounding rule.
        if not isinstance(other, int) or isinstance(other, bool):
            return NotImplemented
        return Money(self.fen * other)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.fen != 0

    def to_decimal(self) -> Decimal:
        """Yuan with exactly two places, e.g. Decimal('12.30')."""
        return Decimal(self.plain())

    def plain(self) -> str:
        """'12345.60' or '-12.30': no symbol or separators, for CSV and machine output."""
        return plain_yuan(self.fen)

    def format(self) -> str:
        """'¥12,345.60' or '-¥12,345.60' for display."""
        yuan, fen = divmod(abs(self.fen), 100)
        return f"{'-' if self.fen < 0 else ''}¥{yuan:,}.{fen:02d}"

    def __str__(self) -> str:
        return self.format()

    def capitals(self) -> str:
        """人民币大写 following the PBoC rules for filling in bills and settlement vouchers."""
        if self.fen < 0:
            return "负" + Money(-self.fen).capitals()
        yuan, rest = divmod(self.fen, 100)
        if yuan >= _CAPITALS_LIMIT_YUAN:
            raise ValueError(f"amount too large for Chinese capitals: {self.plain()}")
        jiao, fen = divmod(rest, 10)
        if yuan == 0 and rest == 0:
            return "零元整"
        words = ""
        if yuan:
            words = _integer_capitals(yuan) + "元"
            if rest == 0:
                return words + "整"
            # A zero 元 or 角 digit before a non-zero fraction is written as one 零
            # (both forms are allowed; writing it keeps the amount hard to alter).
            if yuan % 10 == 0 or jiao == 0:
                words += "零"
        if jiao:
            words += _DIGITS[jiao] + "角"
        # 整 closes an amount that stops at 元 or 角, never one that has 分.
        return words + (_DIGITS[fen] + "分" if fen else "整")


def _parse_fen(text: str) -> int:
    # NFKC folds full-width digits, '．', '，', '（）', '－' and '￥' to their ASCII forms
    # and odd spaces (ideographic, no-break, thin) to a plain space.
    s = unicodedata.normalize("NFKC", text).replace("\u2212", "-").strip()
    if not s:
        raise ValueError(f"empty amount: {text!r}")
    # Accounting style: '(12.30)' is a negative amount.
    parenthesized = s.startswith("(") and s.endswith(")")
    if parenthesized:
        s = s[1:-1].strip()
    s = s.removesuffix("元").rstrip()
    # The sign may come before or after the currency symbol: '-¥12.30' and '¥-12.30'.
    sign, s = _take_sign(s)
    if s.startswith("¥"):
        s = s[1:].lstrip()
        if not sign:
            sign, s = _take_sign(s)
    match = _AMOUNT_RE.fullmatch(s)
    if match is None or not (match["int"] or match["frac"]) or (sign and parenthesized):
        raise ValueError(f"not an amount: {text!r}")
    whole_digits = re.sub("[, ]", "", match["int"] or "").lstrip("0")
    # Counted before int(): Python refuses to convert more than 4300 digits.
    if len(whole_digits) > len(str(MAX_AMOUNT_FEN // 100)):
        raise AmountTooLargeError(text)
    whole = int(whole_digits or "0")
    frac = (match["frac"] or "").ljust(2, "0")
    if frac[2:].strip("0"):
        raise ValueError(f"amount has more than 2 decimal places: {text!r}")
    fen = whole * 100 + int(frac[:2])
    if fen > MAX_AMOUNT_FEN:
        raise AmountTooLargeError(text)
    return -fen if parenthesized or sign == "-" else fen


def _take_sign(s: str) -> tuple[str, str]:
    if s[:1] in ("-", "+"):
        return s[0], s[1:].lstrip()
    return "", s


def _group_capitals(n: int) -> str:
    """1..9999 with 零 for inner zeros (one 零 per run) and nothing for trailing zeros."""
    words = ""
    pending_zero = False
    for digit, unit in zip(f"{n:04d}", _GROUP_UNITS, strict=True):
        if digit == "0":
            pending_zero = bool(words)
            continue
        if pending_zero:
            words += "零"
            pending_zero = False
        words += _DIGITS[int(digit)] + unit
    return words


def _integer_capitals(n: int) -> str:
    """Positive whole yuan; a lower section that does not fill its top digit gets a 零."""
    if n >= 10**8:
        high, low = divmod(n, 10**8)
        words = _integer_capitals(high) + "亿"
        if low:
            words += ("零" if low < 10**7 else "") + _integer_capitals(low)
        return words
    if n >= 10**4:
        high, low = divmod(n, 10**4)
        words = _group_capitals(high) + "万"
        if low:
            words += ("零" if low < 1000 else "") + _group_capitals(low)
        return words
    return _group_capitals(n)


def tax_of_inclusive(amount: Money, rate_bp: int) -> Money:
    """Tax contained in a tax-inclusive amount at rate_bp basis points, rounded once.

    amount * rate / (1 + rate), half away from zero, so a red-letter invoice carries
    exactly the negated tax of the invoice it cancels.
    """
    _require_int(rate_bp, "rate_bp")
    if rate_bp < 0:
        raise ValueError(f"tax rate must not be negative: {rate_bp} bp")
    return Money(div_half_up(amount.fen * rate_bp, 10_000 + rate_bp))


def split_by_shares(total: Money, shares_bp: list[int]) -> list[Money]:
    """Split total in proportion to shares (basis points summing to 10000), exactly.

    Largest-remainder method: every part is within one fen of its exact share, parts keep
    the sign of the total, and tied remainders give the spare fen to the earlier parts.
    """
    for share in shares_bp:
        _require_int(share, "share")
        if share < 0:
            raise ValueError(f"share must not be negative: {share} bp")
    if sum(shares_bp) != 10_000:
        raise ValueError(f"shares must sum to 10000 bp, got {sum(shares_bp)}")
    magnitude = abs(total.fen)
    floors_and_remainders = [divmod(magnitude * share, 10_000) for share in shares_bp]
    parts = [floor for floor, _ in floors_and_remainders]
    spare = magnitude - sum(parts)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-floors_and_remainders[i][1], i))
    for i in by_remainder[:spare]:
        parts[i] += 1
    sign = -1 if total.fen < 0 else 1
    return [Money(sign * part) for part in parts]
