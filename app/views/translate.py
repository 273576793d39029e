"""``QT_TRANSLATE_NOOP`` with a type: marks a string for lupdate and returns it unchanged.

PySide6's own returns ``object`` in its stubs; the views import this one so that marked
strings stay ``str`` for the type checker. lupdate finds the calls by name either way.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    del context
    return source
