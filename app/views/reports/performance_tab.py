"""(b) 业务员业绩: per salesperson, the period's collection target and what was collected
(by cash-receipt date, credited to whoever owned the customer that day), the on-time share,
overdue invoices and amount, DSO of their customers, the scorecard's part scores and the
weighted score (performance_service). Managers set the targets and the weights here."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.reports.report_table import PERCENT, ReportCell, ReportTable
from app.services.core.changes import Kind
from app.services.reports.performance_service import (
    PARTS,
    Performance,
    ScorecardSettings,
    performance_report,
    scorecard_settings,
)
from app.services.reports.periods import Period, ratio
from app.views.ops.op_runner import Op
from app.views.reports.interrupt import Reads, step
from app.views.reports.report_tab import Highlights, Job, ReportTab
from app.views.reports.scorecard_dialog import ScorecardDialog
from app.views.reports.targets_dialog import TargetsDialog
from app.views.shell.view_context import ViewContext
from app.views.translate import QT_TRANSLATE_NOOP
from app.views.widgets.icons import Icon, icon

PART_LABELS = {
    "target": QT_TRANSLATE_NOOP("PerformanceTab", "Target"),
    "on_time": QT_TRANSLATE_NOOP("PerformanceTab", "On time"),
    "overdue": QT_TRANSLATE_NOOP("PerformanceTab", "Overdue"),
    "dso": QT_TRANSLATE_NOOP("PerformanceTab", "DSO"),
}
SCORE = "0.0"


def tr(text: str) -> str:
    return QCoreApplication.translate("PerformanceTab", text)


@dataclass(frozen=True)
class PerformanceResult:
    rows: tuple[Performance, ...]
    settings: ScorecardSettings


def performance_work(period: Period, text: str) -> Job:
    def work(op: Op, read: Reads) -> PerformanceResult:
        step(op, 0, 1, text)
        result = read(
            lambda s: PerformanceResult(performance_report(s, period), scorecard_settings(s))
        )
        step(op, 1, 1)
        return result

    return work


def weights_text(settings: ScorecardSettings) -> str:
    parts = "  ·  ".join(f"{tr(PART_LABELS[part])} {settings.weight(part)}" for part in PARTS)
    return QCoreApplication.translate(
        "PerformanceTab", "Scorecard weights: {parts}  ·  DSO aim {days} days"
    ).format(parts=parts, days=settings.dso_aim_days)


def performance_table(result: PerformanceResult, period: Period, as_of_text: str) -> ReportTable:
    rows: list[tuple[ReportCell, ...]] = []
    for p in result.rows:
        scores = dict(p.parts)
        rows.append(
            (
                p.name or p.login,
                p.login,
                p.score,
                p.target_fen,
                p.collected_fen,
                p.achievement,
                p.on_time_rate,
                p.overdue_invoices,
                p.overdue_ar_fen,
                p.total_ar_fen,
                p.dso_days,
                *(scores.get(part) for part in PARTS),
            )
        )
    targets = [p.target_fen for p in result.rows if p.target_fen is not None]
    target_total = sum(targets) if targets else None
    collected = sum(p.collected_fen for p in result.rows)
    settled = sum(p.settled_fen for p in result.rows)
    totals: tuple[ReportCell, ...] = (
        QCoreApplication.translate("PerformanceTab", "Total"),
        "",
        None,
        target_total,
        collected,
        None if not target_total else ratio(collected, target_total),
        ratio(sum(p.settled_on_time_fen for p in result.rows), settled),
        sum(p.overdue_invoices for p in result.rows),
        sum(p.overdue_ar_fen for p in result.rows),
        sum(p.total_ar_fen for p in result.rows),
        None,
        None,
        None,
        None,
        None,
    )
    settings = result.settings
    headers = (
        QCoreApplication.translate("PerformanceTab", "Salesperson"),
        QCoreApplication.translate("PerformanceTab", "Login"),
        QCoreApplication.translate("PerformanceTab", "Weighted score"),
        QCoreApplication.translate("PerformanceTab", "Collection target"),
        QCoreApplication.translate("PerformanceTab", "Collected"),
        QCoreApplication.translate("PerformanceTab", "Of target"),
        QCoreApplication.translate("PerformanceTab", "Paid on time"),
        QCoreApplication.translate("PerformanceTab", "Overdue invoices"),
        QCoreApplication.translate("PerformanceTab", "Overdue AR"),
        QCoreApplication.translate("PerformanceTab", "Customers' AR"),
        QCoreApplication.translate("PerformanceTab", "DSO (days)"),
        *(
            QCoreApplication.translate("PerformanceTab", "{part} score\n(weight {weight})").format(
                part=tr(PART_LABELS[part]), weight=settings.weight(part)
            )
            for part in PARTS
        ),
    )
    money = (
        False,
        False,
        False,
        True,
        True,
        False,
        False,
        False,
        True,
        True,
        False,
        *([False] * 4),
    )
    formats = ("", "", SCORE, "", "", PERCENT, PERCENT, "0", "", "", "0.0", *([SCORE] * 4))
    notes = (
        weights_text(settings),
        QCoreApplication.translate(
            "PerformanceTab",
            "Collected: payments by cash-receipt date less reversals, credited to whoever "
            "owned the customer that day (hand-overs count from their date). Paid on time: "
            "the part of the money applied in the period on or before the due date. "
            "Overdue, AR and DSO: the customers each one owns today, at the period's end. "
            "Each part scores 0-100; a part that cannot be scored is left out and the other "
            "weights count in its place.",
        ),
    )
    return ReportTable(
        title=QCoreApplication.translate(
            "PerformanceTab", "Salesperson performance, {start} to {end} (as of {as_of})"
        ).format(start=period.start.isoformat(), end=period.end.isoformat(), as_of=as_of_text),
        headers=headers,
        money=money,
        formats=formats,
        rows=tuple(rows),
        totals=totals,
        notes=notes,
        sheet_name=QCoreApplication.translate("PerformanceTab", "Performance"),
    )


class PerformanceTab(ReportTab):
    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.targets_button = QPushButton(icon(Icon.EDIT), self.tr("Collection targets…"))
        self.targets_button.clicked.connect(self.edit_targets)
        self.weights_button = QPushButton(icon(Icon.SETTINGS), self.tr("Scorecard weights…"))
        self.weights_button.clicked.connect(self.edit_weights)
        self.weights = QLabel()
        self.controls.addWidget(self.targets_button)
        self.controls.addWidget(self.weights_button)
        self.controls.addWidget(self.weights)
        ctx.bus.changed.connect(self._on_changes)

    def job(self, period: Period) -> Job:
        return performance_work(period, self.tr("Each salesperson…"))

    def present(self, result: Any, period: Period) -> tuple[ReportTable, Highlights]:
        assert isinstance(result, PerformanceResult)
        self.weights.setText(weights_text(result.settings))
        return performance_table(result, period, self.ctx.as_of().isoformat()), frozenset()

    def edit_targets(self) -> TargetsDialog:
        period = self.period or Period.month_of(self.ctx.as_of())
        dialog = TargetsDialog(self.ctx, period.end, self.window())
        dialog.open()
        return dialog

    def edit_weights(self) -> ScorecardDialog:
        dialog = ScorecardDialog(self.ctx, self.window())
        dialog.open()
        return dialog

    def _on_changes(self, kinds: frozenset[Kind]) -> None:
        if kinds & {Kind.SALES_TARGETS, Kind.SETTINGS}:
            self.dirty = True
            if self.isVisible():
                self.reload()
