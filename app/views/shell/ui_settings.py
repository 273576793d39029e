"""Per-user interface preferences kept in QSettings (business settings live in the database)."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

LANGUAGE_KEY = "ui/language"
LANGUAGES = ("zh_CN", "en")
GEOMETRY_KEY = "main_window/geometry"


def saved_language() -> str | None:
    value = QSettings().value(LANGUAGE_KEY, "")
    return value if value in LANGUAGES else None


def save_language(language: str | None) -> None:
    """None follows the system language again."""
    settings = QSettings()
    if language is None:
        settings.remove(LANGUAGE_KEY)
    else:
        settings.setValue(LANGUAGE_KEY, language)


def system_language(locale: QLocale | None = None) -> str:
    name = (locale or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") else "en"


def ui_language() -> str:
    return saved_language() or system_language()
