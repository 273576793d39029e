"""Chinese phone numbers as people type them: a mobile number (11 digits, 1[3-9]...), a
landline with its area code (010 and 02x take three digits, the others four; then 7 or 8
digits) and an optional extension (转 123, ext 123, x123, -123), or a 400/800 service
number. Spaces, dots, dashes, brackets, full-width digits and +86 / 0086 are tolerated;
one number per field (a second one goes to a contact)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

MOBILE_DIGITS = 11
LOCAL_DIGITS = (7, 8)
MAX_EXTENSION_DIGITS = 6

# An extension marker and its digits at the end: 转 123, 分机 123, ext. 123, x123, #123.
_EXTENSION = re.compile(r"(?:转|分机|ext\.?|x|#)\s*(\d+)\s*$", re.IGNORECASE)
# What may stand between the digits of one number.
_SEPARATORS = " -.()‐–—"
_INTERNATIONAL = re.compile(r"^\(?\s*(?:\+|00)\s*86\s*\)?")
_GROUPS = re.compile(r"\d+")


class PhoneKind(StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    SERVICE = "service"  # 400 / 800 numbers companies publish


@dataclass(frozen=True)
class PhoneNumber:
    """A number understood: its kind, the digits to dial within China (area code included)
    and the extension ("" for none)."""

    kind: PhoneKind
    digits: str
    extension: str = ""


class PhoneProblem(StrEnum):
    CHARACTER = "character"  # something a phone number cannot contain (char)
    MOBILE_LENGTH = "mobile_length"  # starts like a mobile number but has not 11 digits
    MOBILE_PREFIX = "mobile_prefix"  # 10..., 11..., 12...: no mobile number starts so
    NO_AREA_CODE = "no_area_code"  # 7 or 8 digits: a landline without its area code
    LANDLINE_LENGTH = "landline_length"  # after the area code, not 7 or 8 digits (area)
    EXTENSION = "extension"  # an extension of more than MAX_EXTENSION_DIGITS digits
    SHAPE = "shape"  # anything else


@dataclass(frozen=True)
class PhoneIssue:
    """What is wrong, as data so that each front end can word (and translate) it."""

    problem: PhoneProblem
    char: str = ""
    digits: int = 0
    area: str = ""


def parse_phone(text: str) -> PhoneNumber | PhoneIssue:
    """The number in ``text`` or what is wrong with it. ``text`` must not be blank."""
    folded = unicodedata.normalize("NFKC", text).strip()
    extension = ""
    marked = _EXTENSION.search(folded)
    if marked is not None:
        extension = marked.group(1)
        folded = folded[: marked.start()].rstrip(" -,，")
    international = _INTERNATIONAL.match(folded)
    if international is not None:
        folded = folded[international.end() :]
    for char in folded:
        if not (char.isascii() and char.isdigit()) and char not in _SEPARATORS:
            return PhoneIssue(PhoneProblem.CHARACTER, char=char)
    groups = _GROUPS.findall(folded)
    digits = "".join(groups)
    if not digits:
        return PhoneIssue(PhoneProblem.SHAPE)
    if international is None and len(digits) == 13 and digits.startswith("861"):
        digits, groups = digits[2:], [digits[2:]]  # 86 13800138000 without its plus
    elif international is not None and not digits.startswith("0") and not digits.startswith("1"):
        digits, groups = "0" + digits, ["0" + groups[0], *groups[1:]]  # +86 21 ... is 021 ...
    found = _classify(digits, groups, bool(extension))
    if isinstance(found, PhoneIssue):
        return found
    if extension:
        if found.kind is PhoneKind.MOBILE:
            return PhoneIssue(PhoneProblem.SHAPE, digits=len(found.digits))
        if found.extension or len(extension) > MAX_EXTENSION_DIGITS:
            return PhoneIssue(PhoneProblem.EXTENSION, digits=len(extension))
        return PhoneNumber(found.kind, found.digits, extension)
    return found


def phone_issue(text: str) -> PhoneIssue | None:
    """None when ``text`` is a phone number LabLedger accepts."""
    found = parse_phone(text)
    return found if isinstance(found, PhoneIssue) else None


def _classify(digits: str, groups: list[str], has_extension: bool) -> PhoneNumber | PhoneIssue:
    if digits.startswith("1"):
        if len(digits) != MOBILE_DIGITS:
            return PhoneIssue(PhoneProblem.MOBILE_LENGTH, digits=len(digits))
        if digits[1] not in "3456789":
            return PhoneIssue(PhoneProblem.MOBILE_PREFIX)
        return PhoneNumber(PhoneKind.MOBILE, digits)
    if digits[:3] in ("400", "800") and len(digits) == 10:
        return PhoneNumber(PhoneKind.SERVICE, digits)
    if digits.startswith("0"):
        return _landline(digits, groups, has_extension)
    if len(digits) in LOCAL_DIGITS:
        return PhoneIssue(PhoneProblem.NO_AREA_CODE, digits=len(digits))
    return PhoneIssue(PhoneProblem.SHAPE, digits=len(digits))


def _landline(digits: str, groups: list[str], has_extension: bool) -> PhoneNumber | PhoneIssue:
    # 010 (Beijing) and 020-029 are three digits long; every other area code four.
    if len(digits) < 3 or digits[1] == "0":
        return PhoneIssue(PhoneProblem.SHAPE, digits=len(digits))
    area = digits[:3] if digits[1] in "12" else digits[:4]
    if len(area) < 3:
        return PhoneIssue(PhoneProblem.SHAPE, digits=len(digits))
    local = digits[len(area) :]
    # 021-58880001-123: a last group written after a complete number is its extension
    # (021-5888-0001 and 0571 888 8888 are one number: no complete number before the last).
    last = groups[-1] if len(groups) > 1 else ""
    rest = local[: len(local) - len(last)]
    if not has_extension and last and _local_ok(rest) and len(last) <= MAX_EXTENSION_DIGITS:
        return PhoneNumber(PhoneKind.LANDLINE, area + rest, last)
    if _local_ok(local):
        return PhoneNumber(PhoneKind.LANDLINE, digits)
    return PhoneIssue(PhoneProblem.LANDLINE_LENGTH, digits=len(local), area=area)


def _local_ok(local: str) -> bool:
    return len(local) in LOCAL_DIGITS and local[0] not in "01"
