"""The main window's keys, wired once for every section: Ctrl+N (new record), Ctrl+F
(search) and F5 (refresh) ask the section shown (a SectionPage); Esc and Ctrl+W close the
secondary windows; F1 lists the shortcuts (Help → Keyboard shortcuts). Standard keys are the
platform's own (QKeySequence.StandardKey), with F5 and Ctrl+W kept on every platform."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStackedWidget, QWidget

from app.views.shell.section_page import SectionPage
from app.views.shell.shortcuts_dialog import ShortcutsDialog
from app.views.shell.window_keys import SecondaryWindowKeys

SK = QKeySequence.StandardKey
HINT_MS = 4000


def key_sequences(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, plus ``extra`` keys it lacks."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in extra:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys


def keys_text(keys: list[QKeySequence]) -> str:
    """The keys as the platform spells them, leaving out the dedicated keys of some
    keyboards (Qt binds a "New", "Close" or "Help" key too): after F35 come those."""
    typed = [
        k
        for k in keys
        if k.count() and k[0].key().value <= Qt.Key.Key_F35.value  # type: ignore[index]
    ]
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in typed)


class SectionKeys(QObject):
    def __init__(
        self, window: QMainWindow, stack: QStackedWidget, file_menu: QMenu, help_menu: QMenu
    ) -> None:
        super().__init__(window)
        self._window = window
        self._stack = stack
        self.new_action = self._action(self.tr("&New…"), key_sequences(SK.New), self.new_record)
        self.find_action = self._action(
            self.tr("&Search"), key_sequences(SK.Find), self.focus_search
        )
        self.refresh_action = self._action(
            self.tr("&Refresh"), key_sequences(SK.Refresh, "F5"), self.refresh
        )
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"),
            key_sequences(SK.HelpContents, "F1"),
            self.show_shortcuts,
        )
        # The main window's menus are built already (File starts with the database).
        first = file_menu.actions()[0]
        file_menu.insertAction(first, self.new_action)
        file_menu.insertSeparator(first)
        view_menu = QMenu(self.tr("&View"), window)
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        window.menuBar().insertMenu(help_menu.menuAction(), view_menu)
        help_menu.insertAction(help_menu.actions()[0], self.shortcuts_action)
        self.window_keys = SecondaryWindowKeys(window)

    def _action(self, text: str, keys: list[QKeySequence], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    # --- what the keys ask of the section shown ------------------------------------------

    def page(self) -> SectionPage | None:
        page = self._stack.currentWidget()
        return page if isinstance(page, SectionPage) else None

    def new_record(self) -> QWidget | None:
        page = self.page()
        opened = page.new_record() if page is not None else None
        if opened is None:
            self._hint(self.tr("Nothing to create here, or your role may not."))
        return opened

    def focus_search(self) -> bool:
        page = self.page()
        if page is not None and page.focus_search():
            return True
        self._hint(self.tr("This section has no search."))
        return False

    def refresh(self) -> None:
        page = self.page()
        if page is not None:
            page.refresh()
            self._hint(self.tr("Refreshed."))

    def _hint(self, text: str) -> None:
        self._window.statusBar().showMessage(text, HINT_MS)

    # --- Help → Keyboard shortcuts -------------------------------------------------------

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Each key and what it does; the section keys as the platform spells them."""
        rows = [
            (
                keys_text(self.new_action.shortcuts()),
                self.tr(
                    "New record in the section shown: a customer, a project, an invoice "
                    "(issue), a payment (record), a credit tier"
                ),
            ),
            (keys_text(self.find_action.shortcuts()), self.tr("Go to the section's search box")),
            (keys_text(self.refresh_action.shortcuts()), self.tr("Refresh the section shown")),
            (
                self.tr("Enter, double-click"),
                self.tr(
                    "Open the selected row: a customer's 360 view, an invoice, a payment or a "
                    "project in a window of its own, the invoices behind an aging figure"
                ),
            ),
            (
                keys_text([QKeySequence(Qt.Key.Key_Escape), *key_sequences(SK.Close, "Ctrl+W")]),
                self.tr("Close the window or dialog (the main window stays open)"),
            ),
            (self.tr("Tab, Shift+Tab"), self.tr("Next or previous field of a form")),
            (self.tr("Alt + underlined letter"), self.tr("Open that menu")),
            (keys_text(self.shortcuts_action.shortcuts()), self.tr("This list")),
        ]
        return rows

    def show_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self.shortcut_rows(), self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
