"""`labledger report kpi`: the KPIs as the stable JSON of DESIGN.md and as a text table.

JSON keys, exactly: ``total_ar, overdue_ar, overdue_ratio, dso_days, cei, invoiced,
collected, collection_rate, written_off``. Amounts are strings in yuan with two decimals and
no separators (``"12345.60"``). Ratios are strings too, never floats: ``overdue_ratio`` and
``collection_rate`` as fractions with four decimals (``"0.4471"`` is 44.71%), ``cei`` as a
percentage with two decimals (``"84.61"``), ``dso_days`` in days with one decimal
(``"112.4"``); each is null when its denominator is zero or negative (no receivables, nothing
invoiced, nothing due).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from app.domain.money import Money, plain_yuan
from app.services.reports.kpi_service import KpiFigures

KPI_KEYS = (
    "total_ar",
    "overdue_ar",
    "overdue_ratio",
    "dso_days",
    "cei",
    "invoiced",
    "collected",
    "collection_rate",
    "written_off",
)


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def kpi_json(figures: KpiFigures) -> dict[str, Any]:
    """The DESIGN.md keys, in that order."""
    return {
        "total_ar": plain_yuan(figures.total_ar_fen),
        "overdue_ar": plain_yuan(figures.overdue_ar_fen),
        "overdue_ratio": _text(figures.overdue_ratio),
        "dso_days": _text(figures.dso_days),
        "cei": _text(figures.cei),
        "invoiced": plain_yuan(figures.invoiced_fen),
        "collected": plain_yuan(figures.collected_fen),
        "collection_rate": _text(figures.collection_rate),
        "written_off": plain_yuan(figures.written_off_fen),
    }


def _percent(value: Decimal | None) -> str:
    return "-" if value is None else f"{value * 100:.2f}%"


def kpi_lines(figures: KpiFigures) -> list[str]:
    """A short text table for people: one figure a line."""
    p = figures.period
    rows = [
        ("Receivables (open invoices)", Money(figures.total_ar_fen).format()),
        ("Overdue receivables", Money(figures.overdue_ar_fen).format()),
        ("Overdue ratio", _percent(figures.overdue_ratio)),
        ("Prepayments (not netted in)", Money(figures.prepaid_fen).format()),
        ("DSO", "-" if figures.dso_days is None else f"{figures.dso_days} days"),
        ("CEI", "-" if figures.cei is None else f"{figures.cei}"),
        ("Invoiced", Money(figures.invoiced_fen).format()),
        ("Collected", Money(figures.collected_fen).format()),
        ("Due in the period", "-" if figures.due_fen is None else Money(figures.due_fen).format()),
        ("Collection rate", _percent(figures.collection_rate)),
        ("Written off", Money(figures.written_off_fen).format()),
    ]
    width = max(len(label) for label, _ in rows)
    head = f"KPIs from {p.start.isoformat()} to {p.end.isoformat()} ({p.days} days)"
    return [head, *(f"{label.ljust(width)}  {value.rjust(18)}" for label, value in rows)]
