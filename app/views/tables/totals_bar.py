"""The totals row under a list: how many rows the search and filters show and what their
money columns add up to (every row, not only those loaded)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.domain.money import Money
from app.views.tables.paged_table_model import NEGATIVE_TEXT


@dataclass(frozen=True)
class TotalFigure:
    """One sum: its (translated) name and amount; ``alert`` shows a non-zero one in red."""

    label: str
    fen: int
    alert: bool = False


class TotalsBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 3, 8, 3)
        self._layout.setSpacing(18)
        self.title = QLabel(self.tr("Totals"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count_label = QLabel()
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.count_label)
        self._figures: list[QLabel] = []
        self._layout.addStretch(1)
        self.show_pending()

    def show_pending(self) -> None:
        """While the sums are worked out (off the GUI thread)."""
        self.count_label.setText(self.tr("adding up…"))
        for label in self._figures:
            label.hide()

    def show_totals(self, count_text: str, figures: Sequence[TotalFigure]) -> None:
        self.count_label.setText(count_text)
        while len(self._figures) < len(figures):
            label = QLabel()
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.insertWidget(self._layout.count() - 1, label)
            self._figures.append(label)
        for label, figure in zip(self._figures, figures, strict=False):
            amount = Money(figure.fen).format()
            red = figure.fen < 0 or (figure.alert and figure.fen != 0)
            style = f' style="color: {NEGATIVE_TEXT.name()};"' if red else ""
            label.setText(f"{figure.label} <b{style}>{amount}</b>")
            label.show()
        for label in self._figures[len(figures) :]:
            label.hide()

    def text(self) -> str:
        """What the bar says, as plain text (the figures shown, in order)."""
        parts = [self.count_label.text()]
        parts += [label.text() for label in self._figures if not label.isHidden()]
        return "  ".join(QTextDocumentFragment.fromHtml(part).toPlainText() for part in parts)
