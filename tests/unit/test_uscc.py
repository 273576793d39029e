import random
import re
from pathlib import Path

import pytest

from app.domain.uscc import (
    ALPHABET,
    check_char,
    is_valid_uscc,
    make_uscc,
    normalize_uscc,
    org_code_check_char,
    uscc_problem,
)

# Real codes from python-stdnum's tests (see tests/data/README.md).
EXAMPLES_FILE = Path(__file__).resolve().parents[1] / "data" / "uscc-valid-examples.txt"


def _real_codes() -> list[str]:
    return [line.strip() for line in EXAMPLES_FILE.read_text("utf-8").splitlines() if line.strip()]


REAL_CODES = _real_codes()


def test_examples_file_is_not_empty() -> None:
    assert len(REAL_CODES) >= 100


@pytest.mark.parametrize("code", REAL_CODES)
def test_real_codes_are_valid(code: str) -> None:
    assert uscc_problem(code) is None
    assert is_valid_uscc(code)
    assert check_char(code[:17]) == code[17]


def test_any_other_check_character_is_invalid() -> None:
    for code in REAL_CODES:
        for char in ALPHABET.replace(code[17], ""):
            assert not is_valid_uscc(code[:17] + char), code


def test_any_single_substitution_is_detected() -> None:
    # Mod 31 with these weights catches every single-character error.
    for code in REAL_CODES[:20]:
        for position in range(18):
            for char in ALPHABET.replace(code[position], ""):
                changed = code[:position] + char + code[position + 1 :]
                assert not is_valid_uscc(changed), changed


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("91110000600037341", "length is 17, expected 18"),
        ("91110000600037341LL", "length is 19, expected 18"),
        ("", "length is 0, expected 18"),
        ("91110000600037341X", "check character at position 18 should be 'L', not 'X'"),
        ("9111000060003734IL", "invalid character 'I' at position 17"),
        ("O1110000600037341L", "invalid character 'O' at position 1"),
        ("91110000600037341l", "invalid character 'l' at position 18"),
        ("91110000 00037341L", "invalid character ' ' at position 9"),
    ],
)
def test_problem_messages_name_what_and_where(code: str, message: str) -> None:
    assert uscc_problem(code) == message
    assert not is_valid_uscc(code)


@pytest.mark.parametrize("letter", "IOSVZ")
def test_letters_outside_the_alphabet_are_rejected(letter: str) -> None:
    problem = uscc_problem("9111000060003734" + letter + "L")
    assert problem == f"invalid character {letter!r} at position 17"


@pytest.mark.parametrize("first17", ["9111000060003734", "9111000060003734I", "911100006000373411"])
def test_check_char_needs_17_alphabet_characters(first17: str) -> None:
    with pytest.raises(ValueError):
        check_char(first17)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("91110000600037341l", "91110000600037341L"),
        (" 9111 0000 6000 3734 1L\n", "91110000600037341L"),
        ("９１１１００００６０００３７３４１Ｌ", "91110000600037341L"),
        ("9111\u30000000600037341l", "91110000600037341L"),
    ],
)
def test_normalize(text: str, normalized: str) -> None:
    assert normalize_uscc(text) == normalized
    assert is_valid_uscc(normalize_uscc(text))


@pytest.mark.parametrize(
    ("body", "check"),
    [
        ("60003734", "1"),  # from the real code 91110000600037341L
        ("71092609", "4"),  # from the real code 91110000710926094P
        ("MA01XXXX", "8"),  # letters count A=10 ... Z=35: sum 773, 11 - 773 % 11 = 8
        ("00000006", "X"),  # sum 12: 11 - 1 = 10 is written as X
        ("00000000", "0"),  # sum 0: 11 - 0 = 11 is written as 0
    ],
)
def test_org_code_check_char(body: str, check: str) -> None:
    assert org_code_check_char(body) == check


def test_org_code_check_char_examples_are_real() -> None:
    # Guards the table above: both examples must still be in the real list.
    assert "91110000600037341L" in REAL_CODES
    assert "91110000710926094P" in REAL_CODES


@pytest.mark.parametrize("body", ["6000373", "600037341", "6000373a", "6000-373"])
def test_org_code_check_char_refuses_bad_bodies(body: str) -> None:
    with pytest.raises(ValueError):
        org_code_check_char(body)


def test_make_uscc_gives_valid_plausible_codes() -> None:
    divisions = {"110108", "310115", "440305", "330106", "320505", "510107", "420111", "370202"}
    codes = [make_uscc(random.Random(seed)) for seed in range(1000)]
    for code in codes:
        assert uscc_problem(code) is None, code
        assert re.fullmatch(r"9[123]\d{6}[0-9A-Z]{8}[0-9X][0-9A-Z]", code), code
        assert code[2:8] in divisions
        assert org_code_check_char(code[8:16]) == code[16], code
    assert len(set(codes)) == len(codes)
    assert {code[1] for code in codes} == {"1", "2", "3"}


def test_make_uscc_is_deterministic_per_seed() -> None:
    assert make_uscc(random.Random(7)) == make_uscc(random.Random(7))


def test_uscc_issue_gives_the_problem_as_data():
    from app.domain.uscc import UsccIssue, uscc_issue

    assert uscc_issue("91350100M000100Y43") is None
    assert uscc_issue("9135") == UsccIssue("length", found="4")
    assert uscc_issue("91350100M00O100Y43") == UsccIssue("character", char="O", position=12)
    assert uscc_issue("91350100M000100Y44") == UsccIssue(
        "check", expected="3", found="4", position=18
    )
