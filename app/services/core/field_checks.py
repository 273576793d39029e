"""Checks the write services apply to text people type: lengths (which the database also
enforces, see ``text_limit`` in app/models/base.py), phone numbers and 统一社会信用代码.

``label`` names the field in the message ("Customer name", "Phone"); the views translate
it like the template (it is listed with the other words of errors in error_dialogs.py)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import InstrumentedAttribute

from app.domain.errors import ValidationError
from app.domain.phone import PhoneProblem, phone_issue
from app.domain.uscc import uscc_issue

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

USCC_TEMPLATES = {
    "length": "The unified social credit code {code} has {found} characters; it must have 18.",
    "character": "The unified social credit code {code} has an invalid character {char} at "
    "position {position}.",
    "check": "The unified social credit code {code} is wrong at position 18: the check "
    "character should be {expected}, not {found}.",
}

PHONE_TEMPLATES = {
    PhoneProblem.CHARACTER: "{label}: {phone} is not a phone number ({char} cannot be part of "
    "one). Give one number, e.g. 138 0013 8000 or 021-5888 0001 转 123.",
    PhoneProblem.MOBILE_LENGTH: "{label}: {phone} has {digits} digits; a mobile number has 11.",
    PhoneProblem.MOBILE_PREFIX: "{label}: {phone} is not a mobile number; those start with 13 "
    "to 19.",
    PhoneProblem.NO_AREA_CODE: "{label}: {phone} needs its area code, e.g. 021-5888 0001.",
    PhoneProblem.LANDLINE_LENGTH: "{label}: after the area code {area}, {phone} should have 7 "
    "or 8 digits, not {digits}.",
    PhoneProblem.EXTENSION: "{label}: the extension of {phone} can have at most 6 digits.",
    PhoneProblem.SHAPE: "{label}: {phone} is not a phone number. Give a mobile number (11 "
    "digits) or a landline with its area code, e.g. 138 0013 8000 or 021-5888 0001 转 123.",
}


def column_length(attribute: InstrumentedAttribute[Any]) -> int:
    """The n of a String(n) column."""
    column_type = attribute.property.columns[0].type
    assert isinstance(column_type, String) and column_type.length is not None
    return column_type.length


def check_length(
    field: str, label: str, value: str | None, limit: InstrumentedAttribute[Any] | int
) -> None:
    """``limit``: a number of characters, or the mapped column whose String(n) it is."""
    most = limit if isinstance(limit, int) else column_length(limit)
    if value is not None and len(value) > most:
        raise ValidationError(
            field,
            "{label} can have at most {max} characters; this one has {length}.",
            label=label,
            max=most,
            length=len(value),
        )


def check_phone(field: str, label: str, value: str, stored: str | None = None) -> None:
    """A phone number must be one LabLedger understands (app/domain/phone.py), unless it is
    the value already stored: numbers saved before the rule existed (two numbers in one
    field, a note) stay until someone changes them, so editing another field of the record
    still saves. Empty is allowed."""
    if not value or value == (stored or ""):
        return
    issue = phone_issue(value)
    if issue is not None:
        raise ValidationError(
            field,
            PHONE_TEMPLATES[issue.problem],
            label=label,
            phone=value,
            char=issue.char,
            digits=issue.digits,
            area=issue.area,
        )


def raise_for_uscc(field: str, code: str) -> None:
    """A ValidationError on ``field`` unless ``code`` (normalised: normalize_uscc) is a valid
    统一社会信用代码, worded per problem so it can be translated."""
    issue = uscc_issue(code)
    if issue is not None:
        raise ValidationError(
            field,
            USCC_TEMPLATES[issue.kind],
            code=code,
            found=issue.found,
            char=issue.char,
            position=issue.position,
            expected=issue.expected,
        )
