"""Matching keys for names typed by different people in different files."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def name_key(text: str) -> str:
    """Fold full-/half-width forms (NFKC turns （ into ( and Ａ into A), drop white space,
    ignore case: '上海 某某（集团）有限公司' and '上海某某(集团)有限公司' get the same key."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).casefold()
