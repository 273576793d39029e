"""Patterns of document numbers, e.g. ``WT{yyyy}{seq:06}`` gives WT2026000123.

A pattern is literal text with tokens in braces (case does not matter):

- ``{yyyy}`` the year (2026), ``{yy}`` its last two digits (26), ``{mm}`` the month (06);
- ``{seq:N}`` the running number padded with zeros to N digits (1 to 9; ``{seq:06}`` is
  read as ``{seq:6}``), ``{seq}`` the running number unpadded. Past N digits it goes on
  with more (999999, 1000000), so it never runs out.

The literal text may hold letters (Chinese ones too), digits, ``-``, ``_`` and ``.``. Every
token appears at most once and ``{seq}`` exactly once.

The running number counts within the period the pattern shows: per month with ``{mm}``,
per year with only a year, and never restarting without either. A month needs a year
beside it, or June 2026 and June 2027 would give the same numbers. The period is a key:
0 for no period, the year (2026) for a yearly pattern, year and month (202606) for a
monthly one; a two-digit year stands for 20yy. The key does not depend on the rest of
the pattern, so a new prefix or width carries on counting where the old pattern stopped."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from app.domain.errors import ValidationError

# The kinds of documents numbered automatically, in the order settings show them, and the
# numbers they get until the lab sets its own rules.
KINDS = ("project", "invoice_request", "invoice", "payment", "statement")
DEFAULT_PATTERNS = {
    "project": "XM{yyyy}{seq:06}",
    "invoice_request": "KP{yyyy}{seq:06}",
    "invoice": "FP{yyyy}{seq:06}",
    "payment": "SK{yyyy}{seq:06}",
    "statement": "DZ{yyyy}{seq:06}",
}

# Wide enough for every value of the sequence column (a 32-bit integer has 10 digits).
MAX_SEQ_WIDTH = 10
MAX_PAD = 9
LITERAL_PUNCTUATION = "-_."

# What a bad pattern is told, by problem (the views translate them as error templates).
PATTERN_TEMPLATES = {
    "no_seq": (
        "{entity} numbers: the pattern needs the running number, e.g. {{seq:6}} for six digits."
    ),
    "twice": "{entity} numbers: {token} may appear only once in the pattern.",
    "unknown": (
        "{entity} numbers: {token} is not understood; a pattern can use {{yyyy}}, {{yy}}, "
        "{{mm}} and {{seq:N}}."
    ),
    "digits": "{entity} numbers: the running number takes 1 to 9 digits, not {digits}.",
    "month_without_year": (
        "{entity} numbers: a pattern with the month {{mm}} needs the year too, {{yyyy}} or {{yy}}."
    ),
    "bad_character": (
        "{entity} numbers: “{char}” cannot be part of a number; use letters, digits, - _ and ."
    ),
    "too_long": (
        "{entity} numbers: the text and dates around the running number may have at most "
        "{max} characters, not {length}."
    ),
}

_TOKEN = re.compile(r"\{([^{}]*)\}")
_SEQ = re.compile(r"seq(?::0*(\d+))?")
_WIDTHS = {"yyyy": 4, "yy": 2, "mm": 2}


@dataclass(frozen=True)
class NumberPattern:
    """A parsed pattern: ``parts`` are literal strings and the token names yyyy, yy, mm
    and seq; ``pad`` is the running number's width (1 when unpadded)."""

    text: str
    parts: tuple[str, ...]
    literals: frozenset[int]  # positions in ``parts`` that are literal text
    pad: int

    @property
    def has_year(self) -> bool:
        return "yyyy" in self._tokens or "yy" in self._tokens

    @property
    def has_month(self) -> bool:
        return "mm" in self._tokens

    @cached_property
    def _tokens(self) -> set[str]:
        return {p for i, p in enumerate(self.parts) if i not in self.literals}

    def period(self, on: date) -> int:
        """The key of the period a number dated ``on`` counts in (see the module)."""
        if self.has_month:
            return on.year * 100 + on.month
        return on.year if self.has_year else 0

    def format(self, on: date, value: int) -> str:
        """The number with running value ``value`` dated ``on``."""
        tokens = {
            "yyyy": f"{on.year:04d}",
            "yy": f"{on.year % 100:02d}",
            "mm": f"{on.month:02d}",
            "seq": f"{value:0{self.pad}d}",
        }
        return "".join(
            part if i in self.literals else tokens[part] for i, part in enumerate(self.parts)
        )

    def period_of(self, number: str) -> int | None:
        """The period key of ``number`` when it has the shape of this pattern's numbers
        (a typed number that the sequence could also reach), otherwise None."""
        match = self._shape().fullmatch(number)
        if match is None:
            return None
        found = match.groupdict()
        if found.get("yyyy"):
            year = int(found["yyyy"])
        elif found.get("yy"):
            year = 2000 + int(found["yy"])
        else:
            return 0
        return year * 100 + int(found["mm"]) if found.get("mm") else year

    def _shape(self) -> re.Pattern[str]:
        shapes = {
            "yyyy": r"(?P<yyyy>\d{4})",
            "yy": r"(?P<yy>\d{2})",
            "mm": r"(?P<mm>0[1-9]|1[0-2])",
            "seq": rf"\d{{{self.pad},}}",
        }
        return re.compile(
            "".join(
                re.escape(part) if i in self.literals else shapes[part]
                for i, part in enumerate(self.parts)
            )
        )


def parse_pattern(text: str, *, field: str, entity: str, max_length: int) -> NumberPattern:
    """The pattern in ``text``, or a ValidationError of ``field`` naming ``entity`` ("Project")
    in its message. ``max_length`` is the length of the column the numbers go to: the rest of
    the pattern must leave room for the longest running number."""

    def refuse(problem: str, **params: object) -> ValidationError:
        return ValidationError(field, PATTERN_TEMPLATES[problem], entity=entity, **params)

    parts: list[str] = []
    literals: set[int] = set()
    seen: set[str] = set()
    pad = 0
    end = 0
    for match in [*_TOKEN.finditer(text), None]:
        stop = match.start() if match else len(text)
        for at in range(end, stop):
            char = text[at]
            if char in "{}":
                raise refuse("unknown", token=_stray(text, at))
            if not (char.isalnum() or char in LITERAL_PUNCTUATION):
                raise refuse("bad_character", char=char)
        if stop > end:
            literals.add(len(parts))
            parts.append(text[end:stop])
        if match is None:
            break
        end = match.end()
        name = match.group(1).strip().lower()
        seq = _SEQ.fullmatch(name)
        if seq is not None:
            name, width = "seq", int(seq.group(1) or 1)
            if not 1 <= width <= MAX_PAD:
                raise refuse("digits", digits=width)
            pad = width
        elif name not in _WIDTHS:
            raise refuse("unknown", token=match.group(0))
        if name in seen:
            raise refuse("twice", token=match.group(0))
        seen.add(name)
        parts.append(name)
    if "seq" not in seen:
        raise refuse("no_seq")
    pattern = NumberPattern(text, tuple(parts), frozenset(literals), pad)
    if pattern.has_month and not pattern.has_year:
        raise refuse("month_without_year")
    fixed = sum(len(p) if i in literals else _WIDTHS.get(p, 0) for i, p in enumerate(parts))
    if fixed + MAX_SEQ_WIDTH > max_length:
        raise refuse("too_long", max=max_length - MAX_SEQ_WIDTH, length=fixed)
    return pattern


def _stray(text: str, at: int) -> str:
    """A brace that opens or closes no token, with the text it seems to start."""
    if text[at] == "}":
        return "}"
    rest = re.match(r"[^{}]{0,12}", text[at + 1 :])
    return "{" + (rest.group(0) if rest else "")
