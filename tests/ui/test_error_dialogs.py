"""Expected errors read as clear, translated messages; unexpected ones give a report the
user can copy, and land in the log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.views.shell.application import install_translators
from app.views.shell.error_dialogs import (
    ErrorPresenter,
    UnexpectedErrorDialog,
    show_expected_error,
    show_unexpected_error,
    translated_message,
)


def test_expected_error_dialog_shows_the_translated_message(qtbot, qapp):
    installed = install_translators(qapp, "zh_CN")
    try:
        box = show_expected_error(None, NotFoundError(entity="Customer", key="C042"))
        qtbot.addWidget(box)
        assert box.isVisible()
        assert box.text() == "客户 C042 不存在（可能已在另一台电脑上被删除）。"
        assert "Traceback" not in box.text()
        denied = PermissionDeniedError(role="sales", action="void invoices")
        assert translated_message(denied) == "您的角色（业务员）无权作废发票。"
        box.close()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")


def test_an_error_without_translation_shows_its_english_message(qapp):
    error = ValidationError("x", "Something new went wrong with {thing}.", thing="Z")
    assert translated_message(error) == "Something new went wrong with Z."


def _exc_info():
    try:
        {}["missing"]
    except KeyError:
        return sys.exc_info()
    raise AssertionError


def test_unexpected_error_dialog_has_a_copyable_report_and_the_log_path(qtbot, tmp_path):
    log_path = tmp_path / "labledger.log"
    dialog = show_unexpected_error(None, _exc_info(), log_path)
    qtbot.addWidget(dialog)
    report = dialog.report.toPlainText()
    assert "KeyError" in report and "Traceback" in report and "Qt " in report
    assert dialog.report.isReadOnly()
    assert any(str(log_path) in label.text() for label in dialog.findChildren(QLabel))
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report
    dialog.close()


def test_uncaught_exceptions_reach_the_log_and_one_dialog(qtbot, tmp_path, caplog):
    presenter = ErrorPresenter(Path(tmp_path / "labledger.log"))
    previous = sys.excepthook
    presenter.install_excepthook()
    try:
        with caplog.at_level(logging.ERROR):
            sys.excepthook(*_exc_info())
            sys.excepthook(*_exc_info())  # a repeat does not stack a second dialog
        assert "unexpected error" in caplog.text and "KeyError" in caplog.text
        dialogs = [
            w
            for w in QCoreApplication.instance().topLevelWidgets()
            if isinstance(w, UnexpectedErrorDialog) and w.isVisible()
        ]
        assert len(dialogs) == 1
        dialogs[0].close()
    finally:
        sys.excepthook = previous
