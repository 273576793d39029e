"""In Chinese, Qt's own dialogs speak Chinese too: message box buttons, the file dialog, the
print dialog and preview, the colour picker, the input box and a text field's menu. Qt's
zh_CN file lacks some of the strings Qt 6 asks for; our supplement fills them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QColorDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from app.views.shell.application import install_translators, resources_dir

# Strings Qt asks to translate that are no words: key names, placeholders.
NOT_WORDS = {"...", "%p%", "%1%", "A4", "Ctrl", "Alt+Left", "Alt+Right", "Alt+Up", "Show "}


class Listener(QTranslator):
    """Installed last, so Qt asks it first: notes every string and lets the others answer."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        self.asked.add((context, source, disambiguation or ""))
        return ""

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    installed = install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")
    QLocale.setDefault(QLocale("en"))


def test_message_box_and_dialog_buttons_read_chinese(qtbot, chinese):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "LabLedger",
        "?",
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Close,
    )
    qtbot.addWidget(box)
    texts = {box.button(b).text() for b in (box.StandardButton.Ok, box.StandardButton.Cancel)}
    assert texts == {"确定", "取消"}
    assert box.button(QMessageBox.StandardButton.Yes).text().startswith("是")
    assert box.button(QMessageBox.StandardButton.No).text().startswith("否")
    assert box.button(QMessageBox.StandardButton.Save).text() == "保存"
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert sorted(b.text() for b in buttons.buttons()) == sorted(["确定", "取消", "关闭"])


def qt_dialogs(qtbot) -> list[QWidget]:
    """Qt's dialogs as LabLedger uses them, shown once (Qt's own, not the desktop's)."""
    saving = QFileDialog(None, "", "", "Excel (*.xlsx)")
    saving.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    opening = QFileDialog(None, "", "", "Excel (*.xlsx)")
    printer = QPrinter()
    widgets: list[QWidget] = [
        saving,
        opening,
        QColorDialog(),
        QInputDialog(),
        QPrintDialog(printer),
        QPrintPreviewDialog(printer),
    ]
    for dialog in (saving, opening):
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    field = QLineEdit()
    widgets.append(field)
    for widget in widgets:
        qtbot.addWidget(widget)
        widget.show()
    # Cut, copy, paste...; the menu deletes itself when closed.
    menu = field.createStandardContextMenu()
    menu.show()
    menu.close()
    return widgets


def test_qt_dialogs_ask_for_no_string_chinese_lacks(qtbot, qapp, chinese):
    listener = Listener()
    qapp.installTranslator(listener)
    try:
        for widget in qt_dialogs(qtbot):
            widget.close()
    finally:
        qapp.removeTranslator(listener)
    assert len(listener.asked) > 100
    untranslated = sorted(
        (context, source)
        for context, source, disambiguation in listener.asked
        if source not in NOT_WORDS
        and QCoreApplication.translate(context, source, disambiguation or None) == source
    )
    assert not untranslated
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder") == "文件夹"


def test_the_supplement_to_qts_file_ships_compiled():
    folder = resources_dir() / "translations"
    assert (folder / "qtbase_extra_zh_CN.qm").is_file()
    assert (folder / "qtbase_extra_zh_CN.ts").is_file()
