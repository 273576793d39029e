"""What a paged list asks for: search text, sort and filters. Shared by every list service."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class ListRequest:
    search: str = ""
    sort_key: str = ""
    descending: bool = False
    # Service-specific filters as pairs so the request stays hashable and frozen.
    filters: tuple[tuple[str, object], ...] = ()
    as_of: date | None = None

    def filter(self, name: str, default: object = None) -> object:
        return dict(self.filters).get(name, default)

    def with_filter(self, name: str, value: object) -> ListRequest:
        kept = tuple((k, v) for k, v in self.filters if k != name)
        if value is None or value == "":
            return replace(self, filters=kept)
        return replace(self, filters=(*kept, (name, value)))


def like_pattern(text: str) -> str:
    """A LIKE pattern that finds ``text`` anywhere, with LIKE's wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
