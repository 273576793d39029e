"""A line edit for amounts as people type them ('12,345.60', '¥1,234.5', '１２３'): parsed with
Money.parse, a problem shown as soon as the text cannot be an amount, never a float."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from app.domain.money import MAX_AMOUNT_FEN, AmountTooLargeError, Money
from app.views.tables.paged_table_model import NEGATIVE_TEXT
from app.views.widgets.steady_size import hold_height

INVALID_STYLE = f"QLineEdit {{ border: 1px solid {NEGATIVE_TEXT.name()}; }}"


def amount_text(fen: int) -> str:
    """'12,345.60': what the edit shows for an amount (no currency sign, easy to retype)."""
    return Money(fen).format().replace("¥", "")


class MoneyEdit(QLineEdit):
    # The amount in fen, or None while the field is empty or not an amount.
    amountChanged = Signal(object)
    # What is wrong with the text ("" when nothing is).
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, allow_zero: bool = False) -> None:
        super().__init__(parent)
        self._allow_zero = allow_zero
        self._fen: int | None = None
        self._problem = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText("0.00")
        self.textChanged.connect(self._parse)
        self.editingFinished.connect(self._tidy)

    def fen(self) -> int | None:
        return self._fen

    def problem(self) -> str:
        return self._problem

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else amount_text(fen))

    def required_problem(self) -> str:
        """The problem to show on saving: an empty field is one too."""
        if not self.text().strip():
            return self.tr("Enter the amount.")
        return self._problem

    def _parse(self, text: str) -> None:
        fen: int | None = None
        problem = ""
        if text.strip():
            try:
                fen = Money.parse(text).fen
            except AmountTooLargeError:
                problem = self.tr("The amount cannot be more than {max}.").format(
                    max=Money(MAX_AMOUNT_FEN).format()
                )
            except ValueError:
                problem = self.tr("Not an amount; type it like 12,345.60.")
            else:
                if fen < 0 or (fen == 0 and not self._allow_zero):
                    problem = self.tr("The amount must be greater than zero.")
                    fen = None
        if problem:
            hold_height(self)
        self.setStyleSheet(INVALID_STYLE if problem else "")
        if problem != self._problem:
            self._problem = problem
            self.problemChanged.emit(problem)
        if fen != self._fen:
            self._fen = fen
            self.amountChanged.emit(fen)

    def _tidy(self) -> None:
        """Show what was understood in the usual form once the user leaves the field."""
        if self._fen is not None and self.text() != amount_text(self._fen):
            self.set_fen(self._fen)
