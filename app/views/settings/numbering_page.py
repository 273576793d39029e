"""Settings › numbering: the pattern of each kind of document's automatic numbers and the
number it gives next, worked out again as the pattern is typed. Finance edits them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import LabLedgerError, ValidationError
from app.domain.numbering import DEFAULT_PATTERNS, KINDS
from app.services.core.changes import Kind
from app.services.core.numbering_service import (
    NumberingRule,
    list_numbering_rules,
    parse,
    preview_number,
    save_numbering_rules,
)
from app.services.core.permissions import FINANCE
from app.views.shell.error_dialogs import translated_message
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.action_bar import ActionBar
from app.views.widgets.form_errors import INVALID_STYLE, MessageBar, error_label
from app.views.widgets.icons import Icon

KIND_LABELS = {
    "project": QT_TRANSLATE_NOOP("NumberingPage", "Projects"),
    "invoice_request": QT_TRANSLATE_NOOP("NumberingPage", "Invoice requests"),
    "invoice": QT_TRANSLATE_NOOP("NumberingPage", "Invoices (when left empty)"),
    "payment": QT_TRANSLATE_NOOP("NumberingPage", "Payments"),
    "statement": QT_TRANSLATE_NOOP("NumberingPage", "Statements"),
}
# Documents whose numbers, once given, move the next number on.
NUMBERED = frozenset({Kind.PROJECTS, Kind.INVOICE_REQUESTS, Kind.INVOICES, Kind.PAYMENTS})
NO_NUMBER = "—"


class NumberingPage(QWidget):
    loaded = Signal()  # the stored rules are shown
    previewed = Signal(str)  # the next number of this kind is shown

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.saved: dict[str, str] = {}
        self.setStyleSheet(INVALID_STYLE)
        intro = QLabel(
            self.tr(
                "Each kind of document is numbered by its pattern: text of your own with "
                "{yyyy} (year), {yy} (year, two digits), {mm} (month) and the running "
                "number {seq:6} (six digits, as many as you like from 1 to 9). The running "
                "number starts again each month when the pattern shows the month, each year "
                "when it shows only the year, and never without either. Numbers already "
                "given stay as they are; a new pattern carries on counting and skips numbers "
                "already used."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.patterns: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.next_numbers: dict[str, QLabel] = {}
        rules = QWidget()
        grid = QGridLayout(rules)
        grid.setContentsMargins(0, 8, 0, 8)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        for column, text in enumerate(
            (self.tr("Document"), self.tr("Pattern"), self.tr("Next number (dated today)"))
        ):
            header = QLabel(text)
            header.setStyleSheet("font-weight: bold;")
            header.setContentsMargins(0, 0, 0, 4)
            grid.addWidget(header, 0, column)
        editable = ctx.actor.can(*FINANCE)
        for row, kind in enumerate(KINDS, start=1):
            grid.addWidget(self._kind_label(kind), row * 2 - 1, 0)
            grid.addWidget(self._pattern_edit(kind, editable), row * 2 - 1, 1)
            grid.addWidget(self._next_label(kind), row * 2 - 1, 2)
            grid.addWidget(self._error_line(kind), row * 2, 1, 1, 2)

        self.actions_bar = ActionBar(ctx.actor)
        self.save_button = self.actions_bar.add(
            self.tr("Save"), self.save, FINANCE, "change numbering rules", Icon.APPROVE
        )
        self.defaults_button = self.actions_bar.add(
            self.tr("Restore defaults"),
            self.restore_defaults,
            FINANCE,
            "change numbering rules",
            Icon.UNDO,
        )
        self.actions_bar.add_stretch()
        self.status = QLabel()
        self.bar = MessageBar()

        body = QWidget()
        body.setMaximumWidth(900)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(rules)
        layout.addWidget(self.actions_bar)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 24)
        outer.addWidget(body)
        outer.addStretch(1)
        ctx.bus.changed.connect(self._on_changes)
        self.refresh()

    def _kind_label(self, kind: str) -> QLabel:
        return QLabel(QCoreApplication.translate("NumberingPage", KIND_LABELS[kind]))

    def _pattern_edit(self, kind: str, editable: bool) -> QLineEdit:
        edit = QLineEdit()
        edit.setReadOnly(not editable)
        edit.setPlaceholderText(DEFAULT_PATTERNS[kind])
        edit.textEdited.connect(lambda _text, kind=kind: self._edited(kind))
        self.patterns[kind] = edit
        return edit

    def _error_line(self, kind: str) -> QLabel:
        """Under the pattern, empty while it is fine. The line is always there, so the rows
        below never move as an error comes or goes."""
        label = error_label()
        label.setVisible(True)
        label.setMinimumHeight(label.fontMetrics().height())
        self.errors[kind] = label
        return label

    def _next_label(self, kind: str) -> QLabel:
        label = QLabel(NO_NUMBER)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("W" * 20))
        self.next_numbers[kind] = label
        return label

    # -- what is stored ---------------------------------------------------------------

    def refresh(self) -> None:
        today = self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: list_numbering_rules(session, today),
            self._show,
            owner=self,
            latest="rules",
        )

    def _show(self, rules: list[NumberingRule]) -> None:
        self.saved = {rule.kind: rule.pattern for rule in rules}
        for rule in rules:
            self.patterns[rule.kind].setText(rule.pattern)
            self._check(rule.kind)
            self._show_next(rule.kind, rule.next_number)
        self.loaded.emit()

    def is_edited(self) -> bool:
        return any(edit.text().strip() != self.saved.get(k) for k, edit in self.patterns.items())

    # -- editing ----------------------------------------------------------------------

    def _edited(self, kind: str) -> None:
        self.status.clear()
        self.bar.clear()
        self._preview(kind)

    def _preview(self, kind: str) -> None:
        """Show the number the pattern as typed gives next, or why it gives none."""
        text = self.patterns[kind].text()
        if not self._check(kind):
            self._ctx.runner.drop(self, ("next", kind))
            self._show_next(kind, None)
            return
        today = self._ctx.as_of()
        self._ctx.runner.query(
            lambda session: preview_number(session, kind, text, today),
            lambda number: self._show_next(kind, number),
            owner=self,
            latest=("next", kind),
            on_expected_error=lambda exc: self.show_error(kind, exc),
        )

    def _check(self, kind: str) -> bool:
        try:
            parse(kind, self.patterns[kind].text().strip())
        except ValidationError as exc:
            self.show_error(kind, exc)
            return False
        self._clear_error(kind)
        return True

    def _show_next(self, kind: str, number: str | None) -> None:
        self.next_numbers[kind].setText(number or NO_NUMBER)
        self.previewed.emit(kind)

    def show_error(self, kind: str, exc: LabLedgerError) -> None:
        label, edit = self.errors[kind], self.patterns[kind]
        label.setText(translated_message(exc))
        _mark(edit, True)

    def _clear_error(self, kind: str) -> None:
        self.errors[kind].clear()
        _mark(self.patterns[kind], False)

    def error_text(self, kind: str) -> str:
        return self.errors[kind].text()

    def restore_defaults(self) -> None:
        for kind, edit in self.patterns.items():
            if edit.text() != DEFAULT_PATTERNS[kind]:
                edit.setText(DEFAULT_PATTERNS[kind])
                self._edited(kind)

    # -- saving -----------------------------------------------------------------------

    def save(self) -> None:
        self.status.clear()
        self.bar.clear()
        invalid = [kind for kind in KINDS if not self._check(kind)]
        if invalid:
            self.patterns[invalid[0]].setFocus()
            return
        patterns = {kind: edit.text().strip() for kind, edit in self.patterns.items()}
        ctx = self._ctx
        self.save_button.setEnabled(False)
        ctx.writer.write(
            lambda op: save_numbering_rules(op.database, ctx.actor, patterns),
            self._saved,
            owner=self,
            on_expected_error=self._refused,
            on_finished=lambda: self.save_button.setEnabled(True),
        )

    def _saved(self, rules: dict[str, str]) -> None:
        self.saved = dict(rules)
        self.status.setText(self.tr("Numbering rules saved."))
        self.refresh()

    def _refused(self, exc: LabLedgerError) -> None:
        if isinstance(exc, ValidationError) and exc.field in self.patterns:
            self.show_error(exc.field, exc)
            self.patterns[exc.field].setFocus()
        else:
            self.bar.show_message_for(exc)

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if Kind.SETTINGS in kinds and not self.is_edited():
            self.refresh()  # changed on another page or PC
        elif kinds & (NUMBERED | {Kind.SETTINGS}):
            for kind in KINDS:
                self._preview(kind)


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
