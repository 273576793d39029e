"""The pattern language of document numbers: tokens, literal text, the period a pattern
counts in, the shape of its numbers, and the errors a bad pattern gets."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import ValidationError
from app.domain.numbering import DEFAULT_PATTERNS, PATTERN_TEMPLATES, NumberPattern, parse_pattern

JUNE = date(2026, 6, 30)


def pattern(text: str, max_length: int = 40) -> NumberPattern:
    return parse_pattern(text, field="project", entity="Project", max_length=max_length)


@pytest.mark.parametrize(
    ("text", "value", "number"),
    [
        ("WT{yyyy}{seq:06}", 123, "WT2026000123"),
        ("WT{yyyy}{seq:6}", 123, "WT2026000123"),
        ("XM-{yy}{mm}-{seq:4}", 7, "XM-2606-0007"),
        ("{YYYY}{MM}{Seq:3}", 7, "202606007"),
        ("检测{yyyy}.{seq}", 42, "检测2026.42"),
        ("P_{seq:2}", 1234, "P_1234"),  # past its width the number grows
    ],
)
def test_a_pattern_gives_its_numbers(text, value, number):
    assert pattern(text).format(JUNE, value) == number


def test_the_defaults_keep_the_numbers_the_app_always_gave():
    for kind, text in DEFAULT_PATTERNS.items():
        assert pattern(text).format(JUNE, 1) == text[:2] + "2026000001", kind


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # The running number counts within the period the pattern shows.
        ("SK{yyyy}{seq:6}", (2025, 2026, 2026)),
        ("SK{yy}{seq:6}", (2025, 2026, 2026)),
        ("SK{yyyy}{mm}{seq:4}", (202512, 202606, 202607)),
        ("SK{mm}{yy}{seq:4}", (202512, 202606, 202607)),
        ("SK{seq:8}", (0, 0, 0)),
    ],
)
def test_the_period_is_what_the_pattern_shows(text, periods):
    days = (date(2025, 12, 31), JUNE, date(2026, 7, 1))
    assert tuple(pattern(text).period(day) for day in days) == periods


@pytest.mark.parametrize(
    ("text", "number", "period"),
    [
        ("FP{yyyy}{seq:06}", "FP2026000003", 2026),
        ("FP{yyyy}{seq:06}", "FP20251000000", 2025),
        ("FP{yyyy}{seq:06}", "FP2026O00002", None),
        ("FP{yyyy}{seq:06}", "FP202600002", None),
        ("FP{yyyy}{seq:06}", "fp2026000003", None),
        ("FP-{yy}{mm}-{seq:4}", "FP-2606-0012", 202606),
        ("FP-{yy}{mm}-{seq:4}", "FP-2613-0012", None),
        ("{seq:8}", "04400001", 0),
        ("{seq:8}", "0440001", None),
    ],
)
def test_a_typed_number_is_recognised_by_its_shape(text, number, period):
    assert pattern(text).period_of(number) == period


@pytest.mark.parametrize(
    ("text", "problem", "params"),
    [
        ("", "no_seq", {}),
        ("WT{yyyy}", "no_seq", {}),
        ("WT{yyyy}{seq:6}{seq:4}", "twice", {"token": "{seq:4}"}),
        ("WT{yyyy}{YYYY}{seq}", "twice", {"token": "{YYYY}"}),
        ("WT{dd}{seq}", "unknown", {"token": "{dd}"}),
        ("WT{seq:}", "unknown", {"token": "{seq:}"}),
        ("WT{yyyy{seq}", "unknown", {"token": "{yyyy"}),
        ("WT}{seq}", "unknown", {"token": "}"}),
        ("WT{seq:0}", "digits", {"digits": 0}),
        ("WT{seq:10}", "digits", {"digits": 10}),
        ("WT{mm}{seq}", "month_without_year", {}),
        ("WT {seq}", "bad_character", {"char": " "}),
        ("WT/{yyyy}{seq}", "bad_character", {"char": "/"}),
        ("ABCDEFGHIJKLMNOPQRSTUV{yyyy}{seq:6}", "too_long", {"max": 22, "length": 26}),
    ],
)
def test_a_bad_pattern_is_refused_naming_the_field_and_the_document(text, problem, params):
    with pytest.raises(ValidationError) as err:
        parse_pattern(text, field="project", entity="Project", max_length=32)
    assert err.value.field == "project"
    assert err.value.template == PATTERN_TEMPLATES[problem]
    assert err.value.params == {"field": "project", "entity": "Project", **params}
    assert err.value.message.startswith("Project numbers: ")


def test_the_length_limit_leaves_room_for_the_longest_running_number():
    assert pattern("ABCDEFGHIJKLMNOPQR{yyyy}{seq:9}", max_length=32).pad == 9
    with pytest.raises(ValidationError, match="at most 22 characters, not 23"):
        pattern("ABCDEFGHIJKLMNOPQRS{yyyy}{seq}", max_length=32)


def test_braces_in_a_message_show_as_tokens():
    with pytest.raises(ValidationError) as err:
        pattern("WT{mm}{seq}")
    assert err.value.message == (
        "Project numbers: a pattern with the month {mm} needs the year too, {yyyy} or {yy}."
    )
