"""The 工作台's charts (Qt Charts, imported only when they are first shown): invoiced
against collected each month, the aging of what is open by bucket, the overdue ratio and
DSO month by month, and the ten customers most overdue. A filter bar (period, salesperson,
credit tier or test category) drives all four; the data come from the chart service
(app/services/reports/chart_service.py) off the GUI thread. Amounts are plotted in yuan
(万元 when they run into millions) and shown to the fen under the mouse."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QHorizontalBarSeries,
    QLineSeries,
)
from PySide6.QtCore import QPointF, Qt, QThreadPool
from PySide6.QtGui import QPen, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.money import Money
from app.services.reports.chart_service import (
    BucketAmount,
    ChartChoices,
    ChartData,
    ChartFilter,
    MonthFigures,
    chart_choices,
    chart_data,
)
from app.services.reports.periods import Period
from app.views.charts.chart_panel import (
    COLLECTED,
    INVOICED,
    LARGE_YUAN,
    NEUTRAL,
    OVERDUE,
    TEN_THOUSAND,
    ChartPanel,
    bar_set,
    category_axis,
    value_axis,
)
from app.views.labels import bucket_label, tier_label
from app.views.shell.view_context import ViewContext
from app.views.workbench.dashboard_view import percent_text

LAST_12 = "last12"
THIS_YEAR = "this_year"
LAST_YEAR = "last_year"
NAME_CHARS = 10  # a customer's name on the top-ten axis, cut to this


def period_of(choice: str, as_of: date) -> Period:
    if choice == THIS_YEAR:
        return Period(date(as_of.year, 1, 1), as_of)
    if choice == LAST_YEAR:
        return Period(date(as_of.year - 1, 1, 1), date(as_of.year - 1, 12, 31))
    return ChartFilter.last_months(as_of).period


def _yuan(fen: int, unit: int) -> float:
    """For drawing only: the figures themselves stay in fen (shown exactly on hover)."""
    return float(Decimal(fen) / 100 / unit)


class ChartsPage(QWidget):
    def __init__(
        self, ctx: ViewContext, salesperson_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        # A year of monthly KPIs (seconds on a million invoices): on a thread of its own, so
        # that nothing else waits behind it.
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self._runner = ctx.runner.sibling(pool, parent=self)
        self._scope = salesperson_id  # a salesperson sees their own customers only
        self.data: ChartData | None = None
        self.choices: ChartChoices | None = None
        self.stale = False
        self._build_filters()
        self.flows = ChartPanel(self.tr("Invoiced and collected by month"), "invoiced-collected")
        self.aging = ChartPanel(self.tr("Aging of receivables"), "aging")
        self.trend = ChartPanel(self.tr("Overdue ratio and DSO by month"), "overdue-dso")
        self.top = ChartPanel(self.tr("Ten customers most overdue"), "top-overdue")
        board = QWidget()
        grid = QGridLayout(board)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self.flows, 0, 0)
        grid.addWidget(self.aging, 0, 1)
        grid.addWidget(self.trend, 1, 0)
        grid.addWidget(self.top, 1, 1)
        self.status = QLabel(self.tr("Loading…"))
        self.status.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(self.filter_bar)
        layout.addWidget(self.status)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(board)
        layout.addWidget(scroller, 1)
        self._load_choices()

    @property
    def panels(self) -> tuple[ChartPanel, ...]:
        return (self.flows, self.aging, self.trend, self.top)

    # --- the filter bar -------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.period = QComboBox()
        self.period.addItem(self.tr("Last 12 months"), LAST_12)
        self.period.addItem(self.tr("This year"), THIS_YEAR)
        self.period.addItem(self.tr("Last year"), LAST_YEAR)
        self.salesperson = QComboBox()
        self.tier = QComboBox()
        self.category = QComboBox()
        self.category.setToolTip(
            self.tr("The charts can be kept to a credit tier or a test category, not both.")
        )
        self.tier.setToolTip(self.category.toolTip())
        self.filter_bar = QHBoxLayout()
        for caption, combo in (
            (self.tr("Period"), self.period),
            (self.tr("Salesperson"), self.salesperson),
            (self.tr("Credit tier"), self.tier),
            (self.tr("Test category"), self.category),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.filter_bar.addWidget(label)
            self.filter_bar.addWidget(combo)
            self.filter_bar.addSpacing(8)
        self.filter_bar.addStretch(1)

    def _load_choices(self) -> None:
        self._ctx.runner.query(chart_choices, self._show_choices, owner=self, latest="choices")

    def _show_choices(self, choices: ChartChoices) -> None:
        self.choices = choices
        for combo in (self.salesperson, self.tier, self.category):
            combo.blockSignals(True)
            combo.clear()
        self.salesperson.addItem(self.tr("All salespeople"), None)
        for person in choices.salespeople:
            self.salesperson.addItem(person.name, person.key)
        if self._scope is not None:
            self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(self._scope)))
            self.salesperson.setEnabled(False)
        self.tier.addItem(self.tr("All tiers"), None)
        for tier in choices.tiers:
            self.tier.addItem(tier_label(tier.name, tier.name_en), tier.key)
        self.category.addItem(self.tr("All categories"), None)
        for category in choices.categories:
            self.category.addItem(category, category)
        for combo in (self.period, self.salesperson, self.tier, self.category):
            combo.blockSignals(False)
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._filter_changed(c))
        self.reload()

    def _filter_changed(self, combo: QComboBox) -> None:
        # A tier and a test category are not combined: choosing one lets go of the other.
        other = {self.tier: self.category, self.category: self.tier}.get(combo)
        if other is not None and combo.currentData() is not None:
            other.blockSignals(True)
            other.setCurrentIndex(0)
            other.blockSignals(False)
        self.reload()

    def chart_filter(self) -> ChartFilter:
        salesperson = self.salesperson.currentData()
        return ChartFilter(
            period_of(self.period.currentData() or LAST_12, self._ctx.as_of()),
            self._scope if self._scope is not None else salesperson,
            self.tier.currentData(),
            self.category.currentData(),
        )

    # --- loading --------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def refresh(self) -> None:
        """The ledger changed: load again now if shown, else when next shown (a year of
        monthly figures is too much work for a page nobody looks at)."""
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def reload(self) -> None:
        self.stale = False
        if self.choices is None:
            return
        chosen, as_of = self.chart_filter(), self._ctx.as_of()
        self.status.setText(self.tr("Loading…"))
        self.status.setVisible(True)
        self._runner.query(
            lambda session: chart_data(session, as_of, chosen),
            self._show,
            owner=self,
            latest="charts",
        )

    def _show(self, data: ChartData) -> None:
        self.data = data
        self.status.setVisible(False)
        self._show_flows(data)
        self._show_aging(data)
        self._show_trend(data)
        self._show_top(data)

    def _unit(self, largest_fen: int) -> tuple[int, str]:
        """The axis unit for amounts up to ``largest_fen``: yuan, or 万元 for millions."""
        if largest_fen >= LARGE_YUAN * 100:
            return TEN_THOUSAND, self.tr("Amount (10,000 yuan)")
        return 1, self.tr("Amount (yuan)")

    def _show_flows(self, data: ChartData) -> None:
        panel = self.flows
        panel.clear()
        months = data.months
        largest = max([m.invoiced_fen for m in months] + [m.collected_fen for m in months] + [0])
        unit, title = self._unit(largest)
        series = QBarSeries()
        invoiced = bar_set(
            self.tr("Invoiced"), [_yuan(m.invoiced_fen, unit) for m in months], INVOICED
        )
        collected = bar_set(
            self.tr("Collected"), [_yuan(m.collected_fen, unit) for m in months], COLLECTED
        )
        series.append(invoiced)
        series.append(collected)

        def hovered(state: bool, index: int, bars: QBarSet) -> None:
            if not state or not 0 <= index < len(months):
                panel.show_hover("")
                return
            month = months[index]
            fen = month.invoiced_fen if bars is invoiced else month.collected_fen
            panel.show_hover(f"{month.label} {bars.label()}: {Money(fen).format()}")

        series.hovered.connect(hovered)
        panel.attach(
            series,
            (month_axis(months), Qt.AlignmentFlag.AlignBottom),
            (value_axis(title, _yuan(largest, unit)), Qt.AlignmentFlag.AlignLeft),
        )
        panel.chart.legend().setVisible(True)
        panel.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)

    def _show_aging(self, data: ChartData) -> None:
        panel = self.aging
        panel.clear()
        buckets = data.buckets
        largest = max([b.open_fen for b in buckets] + [0])
        unit, title = self._unit(largest)
        series = QBarSeries()
        bars = bar_set(
            self.tr("Open on {date}: {amount}").format(
                date=data.as_of.isoformat(), amount=Money(data.open_fen).format()
            ),
            [_yuan(b.open_fen, unit) for b in buckets],
            NEUTRAL,
        )
        series.append(bars)

        def hovered(state: bool, index: int, _bars: QBarSet) -> None:
            if not state or not 0 <= index < len(buckets):
                panel.show_hover("")
                return
            bucket = buckets[index]
            panel.show_hover(f"{bucket_label(bucket.key)}: {Money(bucket.open_fen).format()}")

        series.hovered.connect(hovered)
        panel.attach(
            series,
            (bucket_axis(buckets), Qt.AlignmentFlag.AlignBottom),
            (value_axis(title, _yuan(largest, unit)), Qt.AlignmentFlag.AlignLeft),
        )
        panel.chart.legend().setVisible(True)
        panel.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)

    def _show_trend(self, data: ChartData) -> None:
        panel = self.trend
        panel.clear()
        months = data.months
        ratio = QLineSeries()
        ratio.setName(self.tr("Overdue ratio (%)"))
        dso = QLineSeries()
        dso.setName(self.tr("DSO (days)"))
        for series, colour in ((ratio, OVERDUE), (dso, INVOICED)):
            pen = QPen(colour)
            pen.setWidth(2)
            series.setPen(pen)
            series.setPointsVisible(True)
        for index, month in enumerate(months):
            if month.overdue_ratio is not None:
                ratio.append(QPointF(index, float(month.overdue_ratio * 100)))
            if month.dso_days is not None:
                dso.append(QPointF(index, float(month.dso_days)))
        top_ratio = max([float(m.overdue_ratio * 100) for m in months if m.overdue_ratio] + [0])
        top_dso = max([float(m.dso_days) for m in months if m.dso_days is not None] + [0])
        labels = month_axis(months)
        ratio_axis = value_axis(self.tr("Overdue ratio (%)"), min(top_ratio, 100))
        days_axis = value_axis(self.tr("DSO (days)"), top_dso)

        def hover_of(series: QLineSeries, ratio_series: bool) -> None:
            def hovered(point: QPointF, state: bool) -> None:
                index = round(point.x())
                if not state or not 0 <= index < len(months):
                    panel.show_hover("")
                    return
                month = months[index]
                if ratio_series:
                    text = self.tr("{month} overdue ratio: {ratio}").format(
                        month=month.label, ratio=percent_text(month.overdue_ratio)
                    )
                else:
                    days = "–" if month.dso_days is None else f"{month.dso_days}"
                    text = self.tr("{month} DSO: {days} days").format(month=month.label, days=days)
                panel.show_hover(text)

            series.hovered.connect(hovered)

        hover_of(ratio, True)
        hover_of(dso, False)
        panel.attach(
            ratio, (labels, Qt.AlignmentFlag.AlignBottom), (ratio_axis, Qt.AlignmentFlag.AlignLeft)
        )
        panel.attach(
            dso, (labels, Qt.AlignmentFlag.AlignBottom), (days_axis, Qt.AlignmentFlag.AlignRight)
        )
        panel.chart.legend().setVisible(True)
        panel.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)

    def _show_top(self, data: ChartData) -> None:
        panel = self.top
        panel.clear()
        # Largest at the top: a horizontal bar chart draws its first category at the bottom.
        customers = list(reversed(data.top_overdue))
        largest = max([c.overdue_fen for c in customers] + [0])
        unit, title = self._unit(largest)
        series = QHorizontalBarSeries()
        bars = bar_set(
            self.tr("Overdue on {date}").format(date=data.as_of.isoformat()),
            [_yuan(c.overdue_fen, unit) for c in customers],
            OVERDUE,
        )
        series.append(bars)

        def hovered(state: bool, index: int, _bars: QBarSet) -> None:
            if not state or not 0 <= index < len(customers):
                panel.show_hover("")
                return
            customer = customers[index]
            panel.show_hover(
                self.tr("{customer}: overdue {overdue} of {open} open").format(
                    customer=customer.name,
                    overdue=Money(customer.overdue_fen).format(),
                    open=Money(customer.total_fen).format(),
                )
            )

        series.hovered.connect(hovered)
        names = category_axis(_axis_names([(c.name or c.code, c.code) for c in customers]))
        names.setTruncateLabels(False)
        panel.attach(
            series,
            (names, Qt.AlignmentFlag.AlignLeft),
            (value_axis(title, _yuan(largest, unit)), Qt.AlignmentFlag.AlignBottom),
        )
        panel.chart.legend().setVisible(False)
        panel.show_note("" if customers else self.tr("No customer is overdue."))


def month_axis(months: tuple[MonthFigures, ...]) -> QBarCategoryAxis:
    """Months as 25-12, slanted so that twelve of them fit a narrow chart."""
    axis = category_axis([m.label[2:] for m in months])
    axis.setLabelsAngle(-45)
    axis.setTruncateLabels(False)
    return axis


def bucket_axis(buckets: tuple[BucketAmount, ...]) -> QBarCategoryAxis:
    """Short enough for seven side by side: '1-30', '365+'; not yet due in words."""
    axis = category_axis([bucket_label(b.key) if b.key == "current" else b.key for b in buckets])
    axis.setTruncateLabels(False)
    return axis


def _axis_names(customers: list[tuple[str, str]]) -> list[str]:
    """Names cut to fit the axis, each one unique (an axis drops a repeated category)."""
    names: list[str] = []
    for name, code in customers:
        short = name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"
        if short in names:
            short = f"{short} ({code})"
        while short in names:
            short += " "
        names.append(short)
    return names
