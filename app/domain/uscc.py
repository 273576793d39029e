"""统一社会信用代码 (unified social credit code, GB 32100-2015): validation and test codes."""

from __future__ import annotations

import random
import re
import string
import unicodedata
from dataclasses import dataclass

# 31 symbols: I, O, S, V and Z are left out because they are easily misread.
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_VALUES = {char: value for value, char in enumerate(ALPHABET)}
_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18

# GB 11714 organisation code (positions 9-17): 8 body characters and a mod-11 check.
_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)

# Real administrative division codes (districts of Beijing, Shanghai, Shenzhen, Hangzhou,
# Suzhou, Chengdu, Wuhan, Qingdao) so generated demo codes look like real ones.
_DIVISIONS = ("110108", "310115", "440305", "330106", "320505", "510107", "420111", "370202")


def check_char(first17: str) -> str:
    """The 18th character for the first 17 characters of a code."""
    if len(first17) != LENGTH - 1:
        raise ValueError(f"expected {LENGTH - 1} characters, got {len(first17)}")
    problem = _invalid_char(first17)
    if problem:
        raise ValueError(problem)
    total = sum(_VALUES[char] * weight for char, weight in zip(first17, _WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


@dataclass(frozen=True)
class UsccIssue:
    """What is wrong with a code, as data so that each front end can word it (and
    translate it): kind "length" (found), "character" (char, position) or "check"
    (expected, found)."""

    kind: str
    found: str = ""
    char: str = ""
    position: int = 0
    expected: str = ""


def uscc_issue(code: str) -> UsccIssue | None:
    """None if code is a valid USCC as given. Input is checked as is; run normalize_uscc
    first on what a user typed."""
    if len(code) != LENGTH:
        return UsccIssue("length", found=str(len(code)))
    for position, char in enumerate(code, start=1):
        if char not in _VALUES:
            return UsccIssue("character", char=char, position=position)
    expected = check_char(code[:-1])
    if code[-1] != expected:
        return UsccIssue("check", expected=expected, found=code[-1], position=LENGTH)
    return None


def uscc_problem(code: str) -> str | None:
    """None if code is a valid USCC as given, else a short reason (positions are 1-based)."""
    issue = uscc_issue(code)
    if issue is None:
        return None
    if issue.kind == "length":
        return f"length is {issue.found}, expected {LENGTH}"
    if issue.kind == "character":
        return f"invalid character {issue.char!r} at position {issue.position}"
    return f"check character at position {LENGTH} should be {issue.expected!r}, not {issue.found!r}"


def is_valid_uscc(code: str) -> bool:
    return uscc_problem(code) is None


def normalize_uscc(text: str) -> str:
    """Fold full-width characters, drop all whitespace and upper-case, as pasted codes vary."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)).upper()


def org_code_check_char(first8: str) -> str:
    """GB 11714 check character of an organisation code body ('0'-'9' or 'X')."""
    if len(first8) != len(_ORG_WEIGHTS) or not all(
        char in string.digits + string.ascii_uppercase for char in first8
    ):
        raise ValueError(f"organisation code body must be 8 of 0-9A-Z: {first8!r}")
    # int(char, 36) gives 0-9 for digits and A=10 ... Z=35, as the standard specifies.
    total = sum(int(char, 36) * weight for char, weight in zip(first8, _ORG_WEIGHTS, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def make_uscc(rng: random.Random) -> str:
    """A plausible, valid code for an enterprise (registration authority 9, 工商)."""
    org_type = rng.choice("123")
    division = rng.choice(_DIVISIONS)
    if rng.random() < 0.3:
        # Codes issued since 2015 often carry 'MA' plus letters in the organisation code.
        body = "MA" + "".join(rng.choice(ALPHABET) for _ in range(6))
    else:
        body = "".join(rng.choice(string.digits) for _ in range(8))
    first17 = "9" + org_type + division + body + org_code_check_char(body)
    return first17 + check_char(first17)


def _invalid_char(code: str) -> str | None:
    for position, char in enumerate(code, start=1):
        if char not in _VALUES:
            return f"invalid character {char!r} at position {position}"
    return None
