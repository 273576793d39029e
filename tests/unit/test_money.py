from decimal import ROUND_HALF_UP, Decimal, localcontext
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.money import (
    MAX_AMOUNT_FEN,
    AmountTooLargeError,
    Money,
    check_amount_limit,
    div_half_up,
    split_by_shares,
    tax_of_inclusive,
)

amounts = st.integers(min_value=-(10**15), max_value=10**15).map(Money)
document_amounts = st.integers(min_value=-MAX_AMOUNT_FEN, max_value=MAX_AMOUNT_FEN).map(Money)


# --- construction and arithmetic -------------------------------------------------------


@pytest.mark.parametrize("bad", [1.5, 1.0, True, "100", Decimal("1"), None])
def test_money_rejects_non_int_fen(bad: object) -> None:
    with pytest.raises(TypeError):
        Money(bad)  # type: ignore[arg-type]


def test_arithmetic() -> None:
    a, b = Money(1050), Money(-300)
    assert a + b == Money(750)
    assert a - b == Money(1350)
    assert -a == Money(-1050)
    assert abs(b) == Money(300)
    assert a * 3 == Money(3150)
    assert 3 * a == Money(3150)
    assert sum([a, b, Money(1)]) == Money(751)
    assert sum([], Money.zero()) == Money(0)
    assert Money.zero() == Money(0)


@pytest.mark.parametrize("factor", [1.5, Decimal("2"), True])
def test_multiplying_by_non_int_is_refused(factor: object) -> None:
    with pytest.raises(TypeError):
        Money(100) * factor  # type: ignore[operator]


def test_adding_plain_numbers_is_refused() -> None:
    with pytest.raises(TypeError):
        Money(100) + 1  # type: ignore[operator]
    with pytest.raises(TypeError):
        5 + Money(100)  # type: ignore[operator]
    with pytest.raises(TypeError):
        sum([Money(1)], 1)  # type: ignore[arg-type]


def test_ordering_and_truth() -> None:
    assert Money(-1) < Money(0) < Money(1)
    assert max(Money(5), Money(20), Money(7)) == Money(20)
    assert sorted([Money(3), Money(-3), Money(0)]) == [Money(-3), Money(0), Money(3)]
    assert not Money(0)
    assert Money(1)
    assert Money(-1)
    with pytest.raises(TypeError):
        assert Money(1) < 2  # type: ignore[operator]


def test_money_is_hashable_and_immutable() -> None:
    assert len({Money(1), Money(1), Money(2)}) == 2
    m = Money(1)
    with pytest.raises(AttributeError):
        m.fen = 2  # type: ignore[misc]


# --- parsing ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fen"),
    [
        ("12345.6", 1234560),
        ("12345.60", 1234560),
        ("12,345.60", 1234560),
        ("1,234,567.89", 123456789),
        ("¥1,234.50", 123450),
        ("￥1 234.5", 123450),
        ("¥ 12", 1200),
        ("１２３．４５", 12345),
        ("１２，３４５．６０", 1234560),
        ("￥１，２３４．５０", 123450),
        ("1\u3000234.50", 123450),
        ("1\u00a0234.50", 123450),
        ("-12.30", -1230),
        ("－12.30", -1230),
        ("\u221212.30", -1230),
        ("+12.30", 1230),
        ("(12.30)", -1230),
        ("（１２．３０）", -1230),
        ("(¥1,234.50)", -123450),
        ("-¥12,345.60", -1234560),
        ("¥-12.30", -1230),
        ("12.30元", 1230),
        ("12.30 元", 1230),
        ("¥12元", 1200),
        ("  7  ", 700),
        ("0", 0),
        ("0.01", 1),
        (".5", 50),
        ("12.", 1200),
        ("1.2300", 123),
        ("5.000", 500),
        ("-0.00", 0),
    ],
)
def test_parse_accepts_typed_amounts(text: str, fen: int) -> None:
    assert Money.parse(text) == Money(fen)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "abc", "12a", "1.2.3", "12,5", "1,2345", "12 34", ".", "¥", "--1", "-(1)",
     "(-1)", "-¥-1", "(12.30", "1e3", "NaN", "12,345.60.1", "一百"],
)  # fmt: skip
def test_parse_rejects_garbage_and_quotes_the_input(text: str) -> None:
    with pytest.raises(ValueError, match="amount") as excinfo:
        Money.parse(text)
    assert repr(text) in str(excinfo.value)


@pytest.mark.parametrize("text", ["1.234", "0.001", "12,345.605", "(1.999)"])
def test_parse_rejects_sub_fen_digits(text: str) -> None:
    with pytest.raises(ValueError, match="2 decimal places"):
        Money.parse(text)


@pytest.mark.parametrize(
    ("value", "fen"),
    [
        (Decimal("12.3"), 1230),
        (Decimal("12.3400"), 1234),
        (Decimal("-0.05"), -5),
        (Decimal("1E+3"), 100000),
        (Decimal("10000000000.00"), MAX_AMOUNT_FEN),
        (12, 1200),
        (-3, -300),
    ],
)
def test_parse_decimal_and_int_exactly(value: Decimal | int, fen: int) -> None:
    assert Money.parse(value) == Money(fen)


@pytest.mark.parametrize("value", [Decimal("0.005"), Decimal("1.231"), Decimal("NaN"),
                                   Decimal("Infinity")])  # fmt: skip
def test_parse_decimal_refuses_sub_fen_and_non_finite(value: Decimal) -> None:
    with pytest.raises(ValueError):
        Money.parse(value)


@pytest.mark.parametrize("value", [1.5, 12.0, True, None, b"12"])
def test_parse_refuses_float_and_other_types(value: object) -> None:
    with pytest.raises(TypeError):
        Money.parse(value)  # type: ignore[arg-type]


def test_from_yuan_decimal_requires_decimal() -> None:
    assert Money.from_yuan_decimal(Decimal("0.10")) == Money(10)
    # Exact at any size: sums and totals may go beyond what one document carries.
    big = Decimal("123456789012345678901234567890.12")
    assert Money.from_yuan_decimal(big) == Money(12345678901234567890123456789012)
    with pytest.raises(TypeError):
        Money.from_yuan_decimal(0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.from_yuan_decimal("0.10")  # type: ignore[arg-type]


# --- output -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fen", "plain", "formatted"),
    [
        (1234560, "12345.60", "¥12,345.60"),
        (-1230, "-12.30", "-¥12.30"),
        (0, "0.00", "¥0.00"),
        (5, "0.05", "¥0.05"),
        (-5, "-0.05", "-¥0.05"),
        (100, "1.00", "¥1.00"),
        (123456789, "1234567.89", "¥1,234,567.89"),
        (-123456789, "-1234567.89", "-¥1,234,567.89"),
    ],
)
def test_plain_format_and_str(fen: int, plain: str, formatted: str) -> None:
    m = Money(fen)
    assert m.plain() == plain
    assert m.format() == formatted
    assert str(m) == formatted


@pytest.mark.parametrize(
    ("fen", "text"),
    [(1230, "12.30"), (-5, "-0.05"), (0, "0.00"), (10**20, "1000000000000000000.00")],
)
def test_to_decimal_has_two_places(fen: int, text: str) -> None:
    d = Money(fen).to_decimal()
    assert str(d) == text
    assert d.as_tuple().exponent == -2


@pytest.mark.parametrize(
    "value",
    [
        "10000000000.01",
        "-10,000,000,000.01",
        "(10000000000.01)",
        "¥100000000000000000000",  # 10^22 fen
        "１００００００００００００",  # full-width digits
        "1" + "0" * 5000,  # beyond what int() converts
        Decimal("10000000000.01"),
        Decimal("-1E+999999999"),
        100_000_000_000,
    ],
)
def test_parse_refuses_more_than_one_document_can_carry(value: str | Decimal | int) -> None:
    with pytest.raises(AmountTooLargeError, match=r"more than ¥10,000,000,000\.00") as excinfo:
        Money.parse(value)
    assert isinstance(excinfo.value, ValueError)  # callers that catch ValueError still do


def test_the_maximum_itself_parses() -> None:
    assert MAX_AMOUNT_FEN == 10**12
    assert Money.parse("10,000,000,000.00") == Money(MAX_AMOUNT_FEN)
    assert Money.parse("-¥10000000000") == Money(-MAX_AMOUNT_FEN)
    assert Money.parse("0000000000000000000000012.30") == Money(1230)


def test_check_amount_limit_names_the_field() -> None:
    check_amount_limit("amount", MAX_AMOUNT_FEN, "The amount cannot be more than {max}.")
    check_amount_limit("amount", -MAX_AMOUNT_FEN, "The amount cannot be more than {max}.")
    with pytest.raises(ValidationError) as excinfo:
        check_amount_limit("items", 10**22, "Quote line {n}: more than {max}.", n=2)
    assert excinfo.value.field == "items"
    assert excinfo.value.message == "Quote line 2: more than ¥10,000,000,000.00."


@given(document_amounts)
def test_parse_round_trips_plain_and_format(m: Money) -> None:
    assert Money.parse(m.plain()) == m
    assert Money.parse(m.format()) == m
    assert Money.parse(m.to_decimal()) == m
    assert Money.from_yuan_decimal(m.to_decimal()) == m


# --- Chinese capitals -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "capitals"),
    [
        # Examples from the brief and from the PBoC rules for filling in bills.
        ("12345.60", "壹万贰仟叁佰肆拾伍元陆角整"),
        ("12345.00", "壹万贰仟叁佰肆拾伍元整"),
        ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
        ("1409.50", "壹仟肆佰零玖元伍角整"),
        ("6007.14", "陆仟零柒元壹角肆分"),
        ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
        ("107000.53", "壹拾万柒仟元零伍角叁分"),
        ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
        ("325.04", "叁佰贰拾伍元零肆分"),
        # Fractions with zero 元, and 零 between 元 and the fraction.
        ("0", "零元整"),
        ("0.05", "伍分"),
        ("0.50", "伍角整"),
        ("0.55", "伍角伍分"),
        ("0.01", "壹分"),
        ("1.00", "壹元整"),
        ("1.05", "壹元零伍分"),
        ("1.50", "壹元伍角整"),
        ("10.05", "壹拾元零伍分"),
        ("10.50", "壹拾元零伍角整"),
        ("10.55", "壹拾元零伍角伍分"),
        ("1000000.50", "壹佰万元零伍角整"),
        # Leading 壹拾 is kept.
        ("10", "壹拾元整"),
        ("11", "壹拾壹元整"),
        ("110", "壹佰壹拾元整"),
        ("100000", "壹拾万元整"),
        ("150000", "壹拾伍万元整"),
        # 零 inside a four-digit group: one per run of zeros, none for trailing zeros.
        ("101", "壹佰零壹元整"),
        ("1001", "壹仟零壹元整"),
        ("1005", "壹仟零伍元整"),
        ("1010", "壹仟零壹拾元整"),
        ("1100", "壹仟壹佰元整"),
        ("9999", "玖仟玖佰玖拾玖元整"),
        # 零 across the 万 boundary.
        ("10000", "壹万元整"),
        ("10001", "壹万零壹元整"),
        ("10010", "壹万零壹拾元整"),
        ("10100", "壹万零壹佰元整"),
        ("11000", "壹万壹仟元整"),
        ("100010", "壹拾万零壹拾元整"),
        ("1001000", "壹佰万壹仟元整"),
        ("10000000", "壹仟万元整"),
        ("10010000", "壹仟零壹万元整"),
        # 零 across the 亿 boundary, including a whole zero 万 group.
        ("100000000", "壹亿元整"),
        ("100000001", "壹亿零壹元整"),
        ("100010000", "壹亿零壹万元整"),
        ("100001000", "壹亿零壹仟元整"),
        ("101000000", "壹亿零壹佰万元整"),
        ("110000000", "壹亿壹仟万元整"),
        ("1000000000", "壹拾亿元整"),
        ("123456789.12", "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元壹角贰分"),
        ("1000000000000", "壹万亿元整"),
        ("4321009876543210", "肆仟叁佰贰拾壹万零玖拾捌亿柒仟陆佰伍拾肆万叁仟贰佰壹拾元整"),
        # Negative amounts (red-letter invoices, credit balances).
        ("-12.30", "负壹拾贰元叁角整"),
        ("-0.05", "负伍分"),
        ("-100000000", "负壹亿元整"),
    ],
)
def test_capitals(amount: str, capitals: str) -> None:
    # Not parsed: totals beyond one document's maximum are written in capitals too.
    assert Money.from_yuan_decimal(Decimal(amount)).capitals() == capitals


def test_capitals_refuses_absurd_amounts() -> None:
    huge = Money.from_yuan_decimal(Decimal("9999999999999999.99"))
    assert huge.capitals().startswith("玖仟玖佰玖拾玖万")
    with pytest.raises(ValueError, match="too large"):
        Money(10**18).capitals()


@given(amounts)
def test_capitals_well_formed(m: Money) -> None:
    text = m.capitals()
    body = text.removeprefix("负")
    assert text.startswith("负") == (m.fen < 0)
    assert "零零" not in body
    assert not body.startswith("零") or body == "零元整"
    # 整 only closes amounts without 分, and always does.
    assert body.endswith("整") == (abs(m.fen) % 10 == 0)
    assert ("元" in body) == (abs(m.fen) >= 100 or m.fen == 0)


_DIGIT_VALUES = {d: i for i, d in enumerate("零壹贰叁肆伍陆柒捌玖")}
_UNIT_VALUES = {"拾": 10, "佰": 100, "仟": 1000}


def _section(text: str) -> int:
    total = digit = 0
    for char in text:
        if char in _UNIT_VALUES:
            total += digit * _UNIT_VALUES[char]
            digit = 0
        else:
            digit = _DIGIT_VALUES[char]  # 零 reads as 0 and adds nothing
    return total + digit


def _whole(text: str) -> int:
    if "亿" in text:
        high, low = text.split("亿", 1)
        return _whole(high) * 10**8 + _whole(low)
    if "万" in text:
        high, low = text.split("万", 1)
        return _section(high) * 10**4 + _section(low)
    return _section(text)


def read_capitals(text: str) -> int:
    """Fen from Chinese capitals, written apart from the code under test (a reader of what
    a bank clerk reads), so that the round trip checks the value, not the writer twice."""
    sign = -1 if text.startswith("负") else 1
    body = text.removeprefix("负").removesuffix("整")
    yuan, _, fraction = body.rpartition("元")
    fen = _whole(yuan) * 100 if yuan else 0
    fraction = fraction.lstrip("零")
    if "角" in fraction:
        jiao, fraction = fraction.split("角")
        fen += _DIGIT_VALUES[jiao] * 10
    if fraction.endswith("分"):
        fen += _DIGIT_VALUES[fraction[:-1]]
    return sign * fen


@given(st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1))
def test_capitals_read_back_as_the_amount(fen: int) -> None:
    assert read_capitals(Money(fen).capitals()) == fen


def test_the_reader_reads_the_rules_examples() -> None:
    assert read_capitals("壹万贰仟叁佰肆拾伍元陆角整") == 1_234_560
    assert read_capitals("壹仟陆佰捌拾元零叁角贰分") == 168_032
    assert read_capitals("负伍分") == -5


# --- tax --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "rate_bp", "tax"),
    [
        ("106.00", 600, "6.00"),
        ("113.00", 1300, "13.00"),
        ("1000.00", 600, "56.60"),  # 56.603...
        ("1000.00", 1300, "115.04"),  # 115.044...
        ("0.53", 600, "0.03"),  # exactly 3 fen
        ("1.00", 0, "0.00"),
        ("-1000.00", 600, "-56.60"),
        ("-1000.00", 1300, "-115.04"),
        ("0.00", 1300, "0.00"),
    ],
)
def test_tax_of_inclusive_examples(amount: str, rate_bp: int, tax: str) -> None:
    assert tax_of_inclusive(Money.parse(amount), rate_bp) == Money.parse(tax)


def test_tax_rounds_half_away_from_zero() -> None:
    # At 10000 bp (100%) half of the amount is tax, so odd fen amounts end in exactly half.
    assert tax_of_inclusive(Money(1), 10_000) == Money(1)
    assert tax_of_inclusive(Money(-1), 10_000) == Money(-1)
    assert tax_of_inclusive(Money(3), 10_000) == Money(2)
    assert tax_of_inclusive(Money(-3), 10_000) == Money(-2)


def test_tax_refuses_bad_rates() -> None:
    with pytest.raises(ValueError):
        tax_of_inclusive(Money(100), -600)
    with pytest.raises(TypeError):
        tax_of_inclusive(Money(100), 6.0)  # type: ignore[arg-type]


@given(amounts, st.integers(min_value=0, max_value=10_000))
def test_tax_matches_decimal_half_up_reference(m: Money, rate_bp: int) -> None:
    with localcontext() as ctx:
        ctx.prec = 60
        exact = m.to_decimal() * rate_bp / (10_000 + rate_bp)
        expected = exact.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert tax_of_inclusive(m, rate_bp).to_decimal() == expected


@given(amounts, st.integers(min_value=0, max_value=10_000))
def test_red_letter_tax_is_exact_negation(m: Money, rate_bp: int) -> None:
    assert tax_of_inclusive(-m, rate_bp) == -tax_of_inclusive(m, rate_bp)


@pytest.mark.parametrize(
    ("numerator", "denominator", "quotient"),
    [(5, 10, 1), (4, 10, 0), (-5, 10, -1), (-4, 10, 0), (15, 10, 2), (-15, 10, -2), (0, 7, 0)],
)
def test_div_half_up(numerator: int, denominator: int, quotient: int) -> None:
    assert div_half_up(numerator, denominator) == quotient


# --- splitting --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "shares", "parts"),
    [
        (10000, [3000, 7000], [3000, 7000]),
        (100, [3333, 3333, 3334], [33, 33, 34]),
        (1, [5000, 5000], [1, 0]),  # tie: the earlier part gets the fen
        (3, [5000, 5000], [2, 1]),
        (-3, [5000, 5000], [-2, -1]),
        (2, [3333, 3333, 3334], [1, 0, 1]),  # largest remainder first, then the earliest tie
        (5, [0, 10000], [0, 5]),
        (7, [10000], [7]),
        (0, [2500, 7500], [0, 0]),
        (1, [100, 100, 9800], [0, 0, 1]),
    ],
)
def test_split_by_shares_examples(total: int, shares: list[int], parts: list[int]) -> None:
    assert split_by_shares(Money(total), shares) == [Money(p) for p in parts]


@pytest.mark.parametrize(
    ("shares", "error"),
    [([], ValueError), ([5000], ValueError), ([6000, 5000], ValueError),
     ([11000, -1000], ValueError), ([5000.0, 5000], TypeError)],
)  # fmt: skip
def test_split_by_shares_validates_shares(shares: list[int], error: type[Exception]) -> None:
    with pytest.raises(error):
        split_by_shares(Money(100), shares)


@st.composite
def shares_bp(draw: st.DrawFn) -> list[int]:
    cuts = sorted(draw(st.lists(st.integers(0, 10_000), max_size=8)))
    bounds = [0, *cuts, 10_000]
    return [high - low for low, high in pairwise(bounds)]


@given(amounts, shares_bp())
def test_split_sums_exactly_and_stays_within_a_fen(total: Money, shares: list[int]) -> None:
    parts = split_by_shares(total, shares)
    assert len(parts) == len(shares)
    assert sum(parts) == total
    for part, share in zip(parts, shares, strict=True):
        # |part * 10000 - total * share| < 10000 means within one fen of the exact share.
        assert abs(part.fen * 10_000 - total.fen * share) < 10_000
        assert part.fen * total.fen >= 0  # never the opposite sign of the total
