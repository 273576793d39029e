"""(c) 项目周期: the average and median days of each stage of the chain (quote → contract,
samples → report, report → invoice, invoice → cash) by test category, month or quarter,
from the stage history (cycle_time_service); each row's slowest stage is highlighted: where
the chain stalls."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.reports.report_table import ReportCell, ReportTable
from app.services.reports.cycle_time_service import (
    CycleTime,
    Transition,
    summarize,
    transition_days,
)
from app.services.reports.periods import Interval, Period
from app.views.labels import category_label
from app.views.ops.op_runner import Op
from app.views.reports.interrupt import Reads, step
from app.views.reports.report_tab import Highlights, Job, ReportTab
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP

STAGES = {
    Transition.QUOTE_TO_CONTRACT: QT_TRANSLATE_NOOP("CycleTab", "Quote → contract"),
    Transition.SAMPLES_TO_REPORT: QT_TRANSLATE_NOOP("CycleTab", "Samples → report"),
    Transition.REPORT_TO_INVOICE: QT_TRANSLATE_NOOP("CycleTab", "Report → invoice"),
    Transition.INVOICE_TO_CASH: QT_TRANSLATE_NOOP("CycleTab", "Invoice → cash"),
}
DAYS = "0.0"
FIRST_DATA_COLUMN = 2  # after the row's name and its slowest stage
PER_STAGE = 3  # projects, average, median


class CycleDimension(StrEnum):
    CATEGORY = "category"
    MONTH = "month"
    QUARTER = "quarter"


DIMENSIONS = {
    CycleDimension.CATEGORY: QT_TRANSLATE_NOOP("CycleTab", "By test category"),
    CycleDimension.MONTH: QT_TRANSLATE_NOOP("CycleTab", "By month"),
    CycleDimension.QUARTER: QT_TRANSLATE_NOOP("CycleTab", "By quarter"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CycleTab", text)


@dataclass(frozen=True)
class CycleResult:
    dimension: CycleDimension
    # (row key, transition) -> summary; row keys in the order shown
    keys: tuple[str | None, ...]
    cells: dict[tuple[str | None, Transition], CycleTime]
    overall: dict[Transition, CycleTime]


def cycle_work(dimension: CycleDimension, period: Period) -> Job:
    """Days of each project per transition, read per piece of the period (the whole period
    by category), summed up into the rows and the overall row."""

    def work(op: Op, read: Reads) -> CycleResult:
        def days_of(piece: Period, transition: Transition) -> list[tuple[str | None, int]]:
            return read(lambda s: transition_days(s, piece, transition))

        if dimension is CycleDimension.CATEGORY:
            pieces: tuple[tuple[str | None, Period], ...] = ((None, period),)
        else:
            interval = Interval.MONTH if dimension is CycleDimension.MONTH else Interval.QUARTER
            pieces = tuple((p.label(interval), p) for p in period.split(interval))
        total = len(pieces) * len(Transition)
        days: dict[tuple[str | None, Transition], list[int]] = defaultdict(list)
        overall: dict[Transition, list[int]] = defaultdict(list)
        keys: list[str | None] = []
        done = 0
        for label, piece in pieces:
            if label is not None:
                keys.append(label)
            for transition in Transition:
                step(op, done, total)
                moved = days_of(piece, transition)
                for category, count in moved:
                    key = category if dimension is CycleDimension.CATEGORY else label
                    days[(key, transition)].append(count)
                    overall[transition].append(count)
                done += 1
        step(op, total, total)
        if dimension is CycleDimension.CATEGORY:
            found = {key for key, _ in days}
            keys = sorted(found, key=lambda c: (c is None, c or ""))
        return CycleResult(
            dimension,
            tuple(keys),
            {k: summarize(k[1], None, v) for k, v in days.items()},
            {t: summarize(t, None, v) for t, v in overall.items()},
        )

    return work


def _row(cells: dict[Transition, CycleTime]) -> tuple[list[ReportCell], int | None]:
    """The cells of one row, and the column of its slowest stage's average (None: none)."""
    out: list[ReportCell] = []
    slowest: tuple[Any, int] | None = None
    for index, transition in enumerate(Transition):
        found = cells.get(transition)
        if found is None:
            out += [None, None, None]
            continue
        out += [found.projects, found.average_days, found.median_days]
        column = FIRST_DATA_COLUMN + index * PER_STAGE + 1
        if slowest is None or found.average_days > slowest[0]:
            slowest = (found.average_days, column)
    return out, None if slowest is None else slowest[1]


def cycle_table(
    result: CycleResult, period: Period, as_of_text: str
) -> tuple[ReportTable, Highlights]:
    def slowest_text(column: int | None) -> str:
        if column is None:
            return ""
        return tr(STAGES[list(Transition)[(column - FIRST_DATA_COLUMN) // PER_STAGE]])

    rows: list[tuple[ReportCell, ...]] = []
    marks: set[tuple[int, int]] = set()
    for index, key in enumerate(result.keys):
        cells = {t: c for (k, t), c in result.cells.items() if k == key}
        values, column = _row(cells)
        if result.dimension is CycleDimension.CATEGORY:
            label = (
                QCoreApplication.translate("CycleTab", "(no category)")
                if key is None
                else category_label(key)
            )
        else:
            label = str(key)
        rows.append((label, slowest_text(column), *values))
        if column is not None:
            marks.add((index, column))
    values, column = _row(result.overall)
    if column is not None:
        marks.add((len(rows), column))
    first = {
        CycleDimension.CATEGORY: QCoreApplication.translate("CycleTab", "Test category"),
        CycleDimension.MONTH: QCoreApplication.translate("CycleTab", "Month"),
        CycleDimension.QUARTER: QCoreApplication.translate("CycleTab", "Quarter"),
    }[result.dimension]
    headers: list[str] = [first, QCoreApplication.translate("CycleTab", "Slowest stage")]
    for transition in Transition:
        stage = tr(STAGES[transition])
        headers += [
            QCoreApplication.translate("CycleTab", "{stage}\nprojects").format(stage=stage),
            QCoreApplication.translate("CycleTab", "{stage}\naverage days").format(stage=stage),
            QCoreApplication.translate("CycleTab", "{stage}\nmedian days").format(stage=stage),
        ]
    width = len(headers)
    formats = ("", "", *(("0", DAYS, DAYS) * len(Transition)))
    table = ReportTable(
        title=QCoreApplication.translate(
            "CycleTab", "Project cycle times {dimension}, {start} to {end} (as of {as_of})"
        ).format(
            dimension=tr(DIMENSIONS[result.dimension]),
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            as_of=as_of_text,
        ),
        headers=tuple(headers),
        money=(False,) * width,
        formats=formats,
        rows=tuple(rows),
        totals=(
            QCoreApplication.translate("CycleTab", "All projects"),
            slowest_text(column),
            *values,
        ),
        notes=(
            QCoreApplication.translate(
                "CycleTab",
                "Each stage counts the projects that reached its end in the period (or the "
                "month or quarter), from the first day they entered its start; projects "
                "that skipped the start are not counted. The slowest stage of each row "
                "(highest average) is highlighted.",
            ),
        ),
        sheet_name=QCoreApplication.translate("CycleTab", "Cycle times"),
    )
    return table, frozenset(marks)


class CycleTab(ReportTab):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_dimension_chooser(
            self.tr("Show"),
            [(tr(label), dimension.value) for dimension, label in DIMENSIONS.items()],
        )

    def chosen(self) -> CycleDimension:
        return CycleDimension(self.dimension.currentData())

    def choose(self, dimension: CycleDimension) -> None:
        self.dimension.setCurrentIndex(self.dimension.findData(dimension.value))

    def job(self, period: Period) -> Job:
        return cycle_work(self.chosen(), period)

    def present(self, result: Any, period: Period) -> tuple[ReportTable, Highlights]:
        return cycle_table(result, period, self.ctx.as_of().isoformat())
