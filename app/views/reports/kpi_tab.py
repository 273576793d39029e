"""(a) 应收指标: the receivables KPIs of the period by customer, test category, salesperson,
credit tier, month or quarter, as kpi_service computes them; the totals row is the whole
ledger's KPIs for the period."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.reports.report_table import PERCENT, ReportCell, ReportTable
from app.services.reports.kpi_service import (
    KpiFigures,
    KpiGroup,
    countback_dso,
    countback_from,
    kpi_report,
    monthly_invoicing_for_countback,
)
from app.services.reports.periods import Interval, Period
from app.views.labels import category_label
from app.views.ops.op_runner import Op
from app.views.reports.interrupt import Reads, step
from app.views.reports.report_tab import Highlights, Job, ReportTab
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP

CONTEXT = "KpiTab"
DAYS = "0.0"


class Dimension(StrEnum):
    CUSTOMER = "customer"
    CATEGORY = "category"
    SALESPERSON = "salesperson"
    TIER = "tier"
    MONTH = "month"
    QUARTER = "quarter"

    @property
    def group(self) -> KpiGroup | None:
        return None if self in (Dimension.MONTH, Dimension.QUARTER) else KpiGroup(self.value)


DIMENSIONS = {
    Dimension.CUSTOMER: QT_TRANSLATE_NOOP("KpiTab", "By customer"),
    Dimension.CATEGORY: QT_TRANSLATE_NOOP("KpiTab", "By test category"),
    Dimension.SALESPERSON: QT_TRANSLATE_NOOP("KpiTab", "By salesperson"),
    Dimension.TIER: QT_TRANSLATE_NOOP("KpiTab", "By credit tier"),
    Dimension.MONTH: QT_TRANSLATE_NOOP("KpiTab", "By month"),
    Dimension.QUARTER: QT_TRANSLATE_NOOP("KpiTab", "By quarter"),
}
FIRST_COLUMN = {
    Dimension.CUSTOMER: QT_TRANSLATE_NOOP("KpiTab", "Customer"),
    Dimension.CATEGORY: QT_TRANSLATE_NOOP("KpiTab", "Test category"),
    Dimension.SALESPERSON: QT_TRANSLATE_NOOP("KpiTab", "Salesperson"),
    Dimension.TIER: QT_TRANSLATE_NOOP("KpiTab", "Credit tier"),
    Dimension.MONTH: QT_TRANSLATE_NOOP("KpiTab", "Month"),
    Dimension.QUARTER: QT_TRANSLATE_NOOP("KpiTab", "Quarter"),
}
NO_GROUP = {
    Dimension.CUSTOMER: QT_TRANSLATE_NOOP("KpiTab", "(no customer)"),
    Dimension.CATEGORY: QT_TRANSLATE_NOOP("KpiTab", "(no category)"),
    Dimension.SALESPERSON: QT_TRANSLATE_NOOP("KpiTab", "(no salesperson)"),
    Dimension.TIER: QT_TRANSLATE_NOOP("KpiTab", "(no tier)"),
}
# (header, money, number format) after the name and code columns.
COLUMNS: tuple[tuple[str, bool, str], ...] = (
    (QT_TRANSLATE_NOOP("KpiTab", "Opening AR"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Closing AR"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Overdue AR"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Overdue ratio"), False, PERCENT),
    (QT_TRANSLATE_NOOP("KpiTab", "DSO (days)"), False, DAYS),
    (QT_TRANSLATE_NOOP("KpiTab", "Countback DSO (days)"), False, DAYS),
    (QT_TRANSLATE_NOOP("KpiTab", "CEI"), False, "0.00"),
    (QT_TRANSLATE_NOOP("KpiTab", "Invoiced"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Collected"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Due in period"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Collection rate"), False, PERCENT),
    (QT_TRANSLATE_NOOP("KpiTab", "Average days to pay"), False, DAYS),
    (QT_TRANSLATE_NOOP("KpiTab", "Paid on time"), False, PERCENT),
    (QT_TRANSLATE_NOOP("KpiTab", "Written off"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Bad-debt provision"), True, ""),
    (QT_TRANSLATE_NOOP("KpiTab", "Prepaid"), True, ""),
)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class KpiResult:
    dimension: Dimension
    rows: tuple[tuple[str, str, KpiFigures], ...]  # (label, code, figures)
    total: KpiFigures


def figures_cells(f: KpiFigures) -> tuple[ReportCell, ...]:
    return (
        f.opening_ar_fen,
        f.total_ar_fen,
        f.overdue_ar_fen,
        f.overdue_ratio,
        f.dso_days,
        f.countback_dso_days,
        f.cei,
        f.invoiced_fen,
        f.collected_fen,
        f.due_fen,
        f.collection_rate,
        f.average_days_to_pay,
        f.on_time_rate,
        f.written_off_fen,
        f.provision_fen,
        f.prepaid_fen,
    )


def kpi_work(dimension: Dimension, period: Period, texts: dict[str, str]) -> Job:
    """The job: the whole ledger's KPIs, then the rows (per group, or per month or quarter,
    each a report of its own)."""

    def work(op: Op, read: Reads) -> KpiResult:
        def piece_figures(piece: Period) -> KpiFigures:
            return read(lambda s: kpi_report(s, piece, provision=True)).total

        group = dimension.group
        if group is not None:
            # Customers, salespeople and tiers add up to the whole ledger (tests prove it to
            # the fen): its figures are the rows' sum, and only its countback DSO is read.
            additive = group is not KpiGroup.CATEGORY
            steps = 2 if additive else 3
            step(op, 0, steps, texts["groups"])
            grouped = read(lambda s: kpi_report(s, period, group, countback=True, provision=True))
            step(op, 1, steps, texts["whole"])
            if additive:
                days = read(lambda s: countback_dso(s, period.end).get(None))
                total = replace(grouped.total, countback_dso_days=days)
            else:
                total = read(lambda s: kpi_report(s, period, countback=True, provision=True)).total
            rows = tuple(
                (r.label or ("" if r.key is None else str(r.key)), r.code, r) for r in grouped.rows
            )
            step(op, steps, steps)
            return KpiResult(dimension, rows, total)
        interval = Interval.MONTH if dimension is Dimension.MONTH else Interval.QUARTER
        pieces = period.split(interval)
        total_steps = len(pieces) + 1
        step(op, 0, total_steps, texts["whole"])
        whole = read(lambda s: kpi_report(s, period, provision=True))
        first_end = min(p.end for p in pieces)
        invoicing = read(lambda s: monthly_invoicing_for_countback(s, first_end, period.end))
        found = []
        for done, piece in enumerate(pieces, start=1):
            step(op, done, total_steps, texts["piece"].format(piece=piece.label(interval)))
            figures = piece_figures(piece)
            days = countback_from(figures.total_ar_fen, piece.end, invoicing)
            found.append((piece.label(interval), "", replace(figures, countback_dso_days=days)))
        step(op, total_steps, total_steps)
        days = countback_from(whole.total.total_ar_fen, period.end, invoicing)
        return KpiResult(dimension, tuple(found), replace(whole.total, countback_dso_days=days))

    return work


def kpi_table(result: KpiResult, period: Period, as_of_text: str) -> ReportTable:
    dimension = result.dimension
    none_label = tr(NO_GROUP[dimension]) if dimension in NO_GROUP else ""
    rows = []
    for label, code, figures in result.rows:
        if dimension is Dimension.CATEGORY:
            label = category_label(label) if figures.key is not None else none_label
        elif figures.key is None and dimension.group is not None:
            label = none_label
        rows.append((label, code, *figures_cells(figures)))
    notes = [
        QCoreApplication.translate(
            "KpiTab",
            "Overdue ratio = overdue AR / closing AR; DSO = closing AR / invoiced x days; "
            "countback DSO counts back the months of invoicing the closing AR covers; CEI = "
            "(opening AR + invoiced - closing AR) / (opening AR + invoiced - closing current "
            "AR) x 100; collection rate = collected (by cash-receipt date, less reversals) / "
            "due in the period; average days to pay and paid on time over the money applied "
            "in the period, weighted by amount; bad-debt provision by accounting band at "
            "the period's end.",
        ),
        QCoreApplication.translate(
            "KpiTab", "The totals row is the whole ledger's KPIs for the period."
        ),
    ]
    if dimension is Dimension.CATEGORY:
        notes.append(
            QCoreApplication.translate(
                "KpiTab",
                "By test category, collected is the money applied to the category's "
                "invoices and prepayments are left out: the rows need not add up to the "
                "totals row's collected.",
            )
        )
    if dimension in (Dimension.SALESPERSON, Dimension.TIER):
        notes.append(
            QCoreApplication.translate(
                "KpiTab",
                "Customers are grouped by today's salesperson and tier; the salesperson "
                "performance tab credits hand-overs by date.",
            )
        )
    if dimension in (Dimension.MONTH, Dimension.QUARTER):
        notes.append(
            QCoreApplication.translate(
                "KpiTab", "Each row is the KPIs of that month or quarter (cut to the period)."
            )
        )
    headers = (
        tr(FIRST_COLUMN[dimension]),
        QCoreApplication.translate("KpiTab", "Code"),
        *(tr(h) for h, _, _ in COLUMNS),
    )
    return ReportTable(
        title=QCoreApplication.translate(
            "KpiTab", "Receivables KPIs {dimension}, {start} to {end} (as of {as_of})"
        ).format(
            dimension=tr(DIMENSIONS[dimension]),
            start=period.start.isoformat(),
            end=period.end.isoformat(),
            as_of=as_of_text,
        ),
        headers=headers,
        money=(False, False, *(m for _, m, _ in COLUMNS)),
        formats=("", "", *(f for _, _, f in COLUMNS)),
        rows=tuple(rows),
        totals=(
            QCoreApplication.translate("KpiTab", "Whole ledger"),
            "",
            *figures_cells(result.total),
        ),
        notes=tuple(notes),
        sheet_name=QCoreApplication.translate("KpiTab", "Receivables KPIs"),
    )


class KpiTab(ReportTab):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_dimension_chooser(
            self.tr("Show"),
            [(tr(label), dimension.value) for dimension, label in DIMENSIONS.items()],
            Dimension.SALESPERSON.value,
        )

    def chosen(self) -> Dimension:
        return Dimension(self.dimension.currentData())

    def choose(self, dimension: Dimension) -> None:
        self.dimension.setCurrentIndex(self.dimension.findData(dimension.value))

    def job(self, period: Period) -> Job:
        texts = {
            "whole": self.tr("The whole ledger…"),
            "groups": self.tr("Each group…"),
            "piece": self.tr("{piece}…"),
        }
        return kpi_work(self.chosen(), period, texts)

    def present(self, result: Any, period: Period) -> tuple[ReportTable, Highlights]:
        return kpi_table(result, period, self.ctx.as_of().isoformat()), frozenset()
