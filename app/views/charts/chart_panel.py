"""One chart of the 工作台's charts: its title, the chart, the value under the mouse as a
tooltip, and 另存为 PNG (what is shown, as drawn)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.views.widgets.detail_section import heading_label
from app.views.widgets.file_dialogs import FilePurpose, ask_save_path
from app.views.widgets.icons import Icon, icon

# Two colours that read apart in black and white too: invoiced dark, collected light.
INVOICED = QColor("#1f4e79")
COLLECTED = QColor("#6fa8dc")
OVERDUE = QColor("#b3261e")
NEUTRAL = QColor("#5b7fa6")
# Yuan per axis unit: amounts of millions read in 万元.
TEN_THOUSAND = 10_000
LARGE_YUAN = 1_000_000
MIN_HEIGHT = 230


class ChartPanel(QWidget):
    def __init__(self, title: str, file_stem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file_stem = file_stem
        self.hover_text = ""  # the last value shown under the mouse
        self.title = heading_label(title)
        font = self.title.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * 1.1)
        self.title.setFont(font)
        self.save_button = QPushButton(icon(Icon.EXPORT), self.tr("Save as PNG…"))
        self.save_button.setToolTip(self.tr("Save this chart as a PNG picture"))
        self.save_button.clicked.connect(self.ask_and_save)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setFont(small_font())
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Below this Qt Charts drops axis labels; the page scrolls instead (125%).
        self.view.setMinimumHeight(MIN_HEIGHT)
        self.empty = QLabel()
        self.empty.setEnabled(False)
        self.empty.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)

    def clear(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            axis.deleteLater()
        self.hover_text = ""

    def show_note(self, text: str) -> None:
        """A line above the chart (nothing to show, or the unit of the amounts)."""
        self.empty.setText(text)
        self.empty.setVisible(bool(text))

    def attach(
        self, series: QAbstractSeries, *axes: tuple[QAbstractAxis, Qt.AlignmentFlag]
    ) -> None:
        self.chart.addSeries(series)
        for axis, where in axes:
            if axis not in self.chart.axes():
                axis.setLabelsFont(small_font())
                axis.setTitleFont(small_font())
                self.chart.addAxis(axis, where)
            series.attachAxis(axis)

    def show_hover(self, text: str) -> None:
        self.hover_text = text
        if text:
            QToolTip.showText(QCursor.pos(), text, self.view)
        else:
            QToolTip.hideText()

    def save_png(self, path: Path) -> bool:
        """The chart as shown, saved as a PNG picture."""
        return self.view.grab().save(str(path), "PNG")

    def ask_and_save(self) -> Path | None:
        path = ask_save_path(
            self,
            self.tr("Save chart as PNG"),
            FilePurpose.EXPORT,
            self.tr("PNG pictures (*.png)"),
            file_name=f"{self.file_stem}.png",
            suffix=".png",
        )
        if path is None:
            return None
        return path if self.save_png(path) else None


def small_font() -> QFont:
    """Axis labels and legends a little smaller than the text around them, so that twelve
    months or ten customers fit a chart a quarter of the page at 125%."""
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * 0.85)
    return font


def category_axis(labels: Sequence[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(list(labels))
    return axis


def value_axis(title: str, top: float, *, label_format: str = "%.0f") -> QValueAxis:
    axis = QValueAxis()
    # A little room above the highest bar, so that it never touches the frame.
    axis.setRange(0, top * 1.05 if top > 0 else 1)
    axis.setLabelFormat(label_format)
    axis.setTitleText(title)
    axis.applyNiceNumbers()
    return axis


def bar_set(name: str, values: Sequence[float], colour: QColor) -> QBarSet:
    bars = QBarSet(name)
    bars.append(list(values))
    bars.setColor(colour)
    bars.setBorderColor(colour)
    return bars
