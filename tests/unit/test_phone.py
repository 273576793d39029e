"""Phone numbers as people type them: mobile, landline with area code and extension."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.phone import (
    PhoneIssue,
    PhoneKind,
    PhoneNumber,
    PhoneProblem,
    parse_phone,
    phone_issue,
)


@pytest.mark.parametrize(
    ("text", "kind", "digits", "extension"),
    [
        ("13800138000", PhoneKind.MOBILE, "13800138000", ""),
        ("138 0013 8000", PhoneKind.MOBILE, "13800138000", ""),
        ("138-0013-8000", PhoneKind.MOBILE, "13800138000", ""),
        ("+86 138 0013 8000", PhoneKind.MOBILE, "13800138000", ""),
        ("(+86)13800138000", PhoneKind.MOBILE, "13800138000", ""),
        ("0086-199-0000-1111", PhoneKind.MOBILE, "19900001111", ""),
        ("8613800138000", PhoneKind.MOBILE, "13800138000", ""),
        ("１３８００１３８０００", PhoneKind.MOBILE, "13800138000", ""),
        ("021-5888 0001", PhoneKind.LANDLINE, "02158880001", ""),
        ("(021) 58880001", PhoneKind.LANDLINE, "02158880001", ""),
        ("（０２１）５８８８－０００１", PhoneKind.LANDLINE, "02158880001", ""),
        ("010.8888.8888", PhoneKind.LANDLINE, "01088888888", ""),
        ("0571-8765432", PhoneKind.LANDLINE, "05718765432", ""),
        ("0571 8765 4321", PhoneKind.LANDLINE, "057187654321", ""),
        ("+86 21 5888 0001", PhoneKind.LANDLINE, "02158880001", ""),
        ("+86 (0)755 2345 6789", PhoneKind.LANDLINE, "075523456789", ""),
        ("021-5888 0001 转 8012", PhoneKind.LANDLINE, "02158880001", "8012"),
        ("021-58880001分机12", PhoneKind.LANDLINE, "02158880001", "12"),
        ("021 5888 0001 ext. 12", PhoneKind.LANDLINE, "02158880001", "12"),
        ("021 5888 0001 EXT 12", PhoneKind.LANDLINE, "02158880001", "12"),
        ("021-58880001x3", PhoneKind.LANDLINE, "02158880001", "3"),
        ("021-58880001-123", PhoneKind.LANDLINE, "02158880001", "123"),
        ("0512-6666 888-66", PhoneKind.LANDLINE, "05126666888", "66"),
        ("400-820-8820", PhoneKind.SERVICE, "4008208820", ""),
        ("800 820 8820 转 2", PhoneKind.SERVICE, "8008208820", "2"),
    ],
)
def test_numbers_people_type_are_understood(text, kind, digits, extension):
    assert parse_phone(text) == PhoneNumber(kind, digits, extension)
    assert phone_issue(text) is None


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("见合同", PhoneIssue(PhoneProblem.CHARACTER, char="见")),
        ("021/58880001", PhoneIssue(PhoneProblem.CHARACTER, char="/")),
        ("021-58880001, 13800138000", PhoneIssue(PhoneProblem.CHARACTER, char=",")),
        ("1380013800", PhoneIssue(PhoneProblem.MOBILE_LENGTH, digits=10)),
        ("138001380001", PhoneIssue(PhoneProblem.MOBILE_LENGTH, digits=12)),
        ("12800138000", PhoneIssue(PhoneProblem.MOBILE_PREFIX)),
        ("5888 0001", PhoneIssue(PhoneProblem.NO_AREA_CODE, digits=8)),
        ("8765432", PhoneIssue(PhoneProblem.NO_AREA_CODE, digits=7)),
        ("021-588800", PhoneIssue(PhoneProblem.LANDLINE_LENGTH, digits=6, area="021")),
        ("0571-0888888", PhoneIssue(PhoneProblem.LANDLINE_LENGTH, digits=7, area="0571")),
        ("021-58880001 转 1234567", PhoneIssue(PhoneProblem.EXTENSION, digits=7)),
        ("13800138000 转 1", PhoneIssue(PhoneProblem.SHAPE, digits=11)),
        ("+86", PhoneIssue(PhoneProblem.SHAPE)),
        ("123", PhoneIssue(PhoneProblem.MOBILE_LENGTH, digits=3)),
        ("00123456789", PhoneIssue(PhoneProblem.SHAPE, digits=11)),
    ],
)
def test_what_is_not_a_number_says_why(text, issue):
    assert parse_phone(text) == issue
    assert phone_issue(text) == issue


separator = st.sampled_from(["", " ", "-", ".", "  ", " - "])
mobiles = st.builds(
    lambda second, rest: "1" + second + rest,
    st.sampled_from("3456789"),
    st.text("0123456789", min_size=9, max_size=9),
)


@given(mobiles, separator, separator, st.sampled_from(["", "+86 ", "+86-", "0086 ", "(+86)"]))
def test_any_mobile_number_in_any_usual_form(digits, sep1, sep2, prefix):
    text = f"{prefix}{digits[:3]}{sep1}{digits[3:7]}{sep2}{digits[7:]}"
    assert parse_phone(text) == PhoneNumber(PhoneKind.MOBILE, digits)


areas = st.one_of(
    st.just("010"),
    st.builds(lambda d: "02" + d, st.sampled_from("0123456789")),
    st.builds(
        lambda a, b, c: "0" + a + b + c,
        st.sampled_from("3456789"),
        st.sampled_from("0123456789"),
        st.sampled_from("0123456789"),
    ),
)
locals_ = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from("23456789"),
    st.text("0123456789", min_size=6, max_size=7),
)
extensions = st.one_of(
    st.just(("", "")),
    st.text("0123456789", min_size=1, max_size=6).flatmap(
        lambda ext: st.sampled_from(
            [(f" 转 {ext}", ext), (f"转{ext}", ext), (f" ext. {ext}", ext), (f"-{ext}", ext)]
        )
    ),
)


@given(areas, locals_, extensions, st.booleans(), st.sampled_from(["-", " ", ")"]))
def test_any_landline_with_area_code_and_extension(area, local, ext, wide, sep):
    written, extension = ext
    opening = "(" if sep == ")" else ""
    text = f"{opening}{area}{sep}{local}{written}"
    if wide:  # typed with a Chinese input method: full-width digits and brackets
        text = text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789()-"})
    assert parse_phone(text) == PhoneNumber(PhoneKind.LANDLINE, area + local, extension)


@given(st.text(min_size=1, max_size=40))
def test_any_text_gets_a_number_or_a_reason_never_an_exception(text):
    found = parse_phone(text)
    assert isinstance(found, PhoneNumber | PhoneIssue)
    if isinstance(found, PhoneNumber):
        assert found.digits.isdigit() and found.digits.isascii()
        assert len(found.digits) in (10, 11, 12)
