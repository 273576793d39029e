"""Asks before a form saves an amount above the lab's large-amount setting (Settings ›
General, ¥100,000,000.00 unless changed): a slipped zero is caught before it reaches the
ledger. Distinct from MAX_AMOUNT_FEN, which no amount may pass at all."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import LabLedgerError
from app.domain.money import Money
from app.services.core.settings_service import get_large_amount_fen
from app.views.shell.view_context import ViewContext

# (what the amount is, e.g. "Amount incl. tax"; the amount in fen)
LabelledAmount = tuple[str, int]


class LargeAmountCheck(QObject):
    """One per form. ``check`` calls ``proceed`` at once when no amount is above the limit
    (read from the settings off the GUI thread), else once the user confirms; Cancel calls
    ``stop(None)`` and nothing is saved. An amount once confirmed is not asked about again
    (the same save coming back with a credit override reason, say)."""

    def __init__(self, ctx: ViewContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._parent = parent
        self._confirmed: set[LabelledAmount] = set()
        self.box: QMessageBox | None = None

    def check(
        self,
        amounts: Sequence[LabelledAmount],
        proceed: Callable[[], None],
        stop: Callable[[LabLedgerError | None], None],
    ) -> None:
        pending = [amount for amount in amounts if amount not in self._confirmed]
        if not pending:
            proceed()
            return
        self._ctx.runner.query(
            get_large_amount_fen,
            lambda limit: self._decide(limit, pending, proceed, stop),
            owner=self,
            on_expected_error=stop,
        )

    def _decide(
        self,
        limit: int,
        amounts: list[LabelledAmount],
        proceed: Callable[[], None],
        stop: Callable[[LabLedgerError | None], None],
    ) -> None:
        large = [amount for amount in amounts if amount[1] > limit]
        if not large:
            proceed()
            return
        lines = "\n".join(f"{label}: {Money(fen).format()}" for label, fen in large)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Large amount"),
            self.tr(
                "{amounts}\n\nThis is more than {limit}, above which LabLedger asks before "
                "saving, in case of a typing slip. Save it?"
            ).format(amounts=lines, limit=Money(limit).format()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            self._parent,
        )
        # Enter alone must not confirm what may be a slip.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        save = box.button(QMessageBox.StandardButton.Save)

        def answered() -> None:
            self.box = None
            if box.clickedButton() is save:
                self._confirmed.update(large)
                proceed()
            else:
                stop(None)

        box.finished.connect(answered)
        self.box = box
        box.open()
