"""Start-up: the language, the translators, and a database that cannot be opened."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QLocale, QSettings

from app.db.location import resolve
from app.domain.clock import FixedClock
from app.views.shell import application
from app.views.shell.application import resources_dir, run_gui
from app.views.shell.ui_settings import LANGUAGE_KEY, save_language, system_language, ui_language
from tests.ui.conftest import AS_OF


def test_the_language_follows_the_system_until_one_is_chosen():
    assert system_language(QLocale("zh_CN")) == "zh_CN"
    assert system_language(QLocale("zh_TW")) == "zh_CN"
    assert system_language(QLocale("de_DE")) == "en"
    save_language("en")
    assert QSettings().value(LANGUAGE_KEY) == "en"
    assert ui_language() == "en"
    save_language(None)
    assert ui_language() == system_language()


def test_translation_files_ship_for_both_languages():
    for language in ("zh_CN", "en"):
        assert (resources_dir() / "translations" / f"labledger_{language}.qm").is_file()


class FakeBox:
    shown: list[str] = []

    def __init__(self, _parent, exc) -> None:
        self.exc = exc

    def exec(self) -> int:
        FakeBox.shown.append(self.exc.message)
        return 0


def test_a_database_that_cannot_be_opened_gives_a_message_and_a_failing_exit(
    qapp, tmp_path, monkeypatch
):
    monkeypatch.setattr(application, "expected_error_box", FakeBox)
    monkeypatch.setattr(application, "ui_language", lambda: "en")  # as the other tests read
    previous_hook = sys.excepthook
    handlers = list(logging.getLogger().handlers)
    try:
        # A folder is no SQLite file.
        code = run_gui(resolve(str(tmp_path)), FixedClock(AS_OF))
    finally:
        sys.excepthook = previous_hook
        for handler in logging.getLogger().handlers:
            if handler not in handlers:
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert code == application.EXIT_CANNOT_OPEN
    assert FakeBox.shown and "Cannot open the database" in FakeBox.shown[-1]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_installing_a_language_loads_our_file(qapp, language):
    installed = application.install_translators(qapp, language)
    try:
        assert installed, "no translator loaded"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        application.install_translators(qapp, "en")
