"""Words of the import wizard: the fields a column can hold, the kinds of import, the
counts of the summary, and values shown as parsed (dates, yuan, days)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from app.domain.money import Money
from app.importers.records import CellProblem
from app.views.translate import QT_TRANSLATE_NOOP

FIELD_LABELS = {
    "customer": QT_TRANSLATE_NOOP("ImportLabels", "Customer name"),
    "uscc": QT_TRANSLATE_NOOP("ImportLabels", "Unified social credit code"),
    "customer_code": QT_TRANSLATE_NOOP("ImportLabels", "Customer code"),
    "short_name": QT_TRANSLATE_NOOP("ImportLabels", "Short name"),
    "phone": QT_TRANSLATE_NOOP("ImportLabels", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportLabels", "Address"),
    "terms": QT_TRANSLATE_NOOP("ImportLabels", "Terms (days)"),
    "credit_limit": QT_TRANSLATE_NOOP("ImportLabels", "Credit limit"),
    "project": QT_TRANSLATE_NOOP("ImportLabels", "Project"),
    "project_code": QT_TRANSLATE_NOOP("ImportLabels", "Project code"),
    "contract_no": QT_TRANSLATE_NOOP("ImportLabels", "Contract number"),
    "invoice_number": QT_TRANSLATE_NOOP("ImportLabels", "Invoice number"),
    "issue_date": QT_TRANSLATE_NOOP("ImportLabels", "Issue date"),
    "amount": QT_TRANSLATE_NOOP("ImportLabels", "Invoice amount"),
    "tax_rate": QT_TRANSLATE_NOOP("ImportLabels", "Tax rate"),
    "due_date": QT_TRANSLATE_NOOP("ImportLabels", "Due date"),
    "settled_date": QT_TRANSLATE_NOOP("ImportLabels", "Settled on"),
    "payment_date": QT_TRANSLATE_NOOP("ImportLabels", "Payment date"),
    "payment_amount": QT_TRANSLATE_NOOP("ImportLabels", "Payment amount"),
    "payment_ref": QT_TRANSLATE_NOOP("ImportLabels", "Bank reference"),
    "payer": QT_TRANSLATE_NOOP("ImportLabels", "Payer"),
    "note": QT_TRANSLATE_NOOP("ImportLabels", "Note"),
}
KIND_LABELS = {
    "ledger": QT_TRANSLATE_NOOP("ImportLabels", "Ledger (invoices with their payments)"),
    "invoices": QT_TRANSLATE_NOOP("ImportLabels", "Invoices"),
    "payments": QT_TRANSLATE_NOOP("ImportLabels", "Payments"),
    "projects": QT_TRANSLATE_NOOP("ImportLabels", "Projects"),
    "customers": QT_TRANSLATE_NOOP("ImportLabels", "Customers"),
}
# The summary's lines, in order (the engine's counts by key).
COUNT_LABELS = {
    "customers_created": QT_TRANSLATE_NOOP("ImportLabels", "Customers created"),
    "customers_matched": QT_TRANSLATE_NOOP("ImportLabels", "Customers matched"),
    "projects_created": QT_TRANSLATE_NOOP("ImportLabels", "Projects created"),
    "invoices_created": QT_TRANSLATE_NOOP("ImportLabels", "Invoices created"),
    "payments_created": QT_TRANSLATE_NOOP("ImportLabels", "Payments created"),
    "allocations_created": QT_TRANSLATE_NOOP("ImportLabels", "Payment allocations created"),
    "rows_read": QT_TRANSLATE_NOOP("ImportLabels", "Rows read"),
    "rows_already_imported": QT_TRANSLATE_NOOP("ImportLabels", "Rows imported before (matched)"),
    "rows_rejected": QT_TRANSLATE_NOOP("ImportLabels", "Rows skipped (with problems)"),
}
MONEY_FIELDS = frozenset({"amount", "credit_limit", "payment_amount"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportLabels", text)


def field_label(name: str) -> str:
    return _tr(FIELD_LABELS[name]) if name in FIELD_LABELS else name


def kind_label(kind: str) -> str:
    return _tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind


def count_label(key: str) -> str:
    return _tr(COUNT_LABELS[key]) if key in COUNT_LABELS else key


def value_text(name: str, value: object) -> str:
    """A parsed cell as the ledger will show it."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int) and name in MONEY_FIELDS:
        return Money(value).format()
    if isinstance(value, int) and name == "terms":
        return QCoreApplication.translate("ImportLabels", "{days} days").format(days=value)
    if isinstance(value, int) and name == "tax_rate":
        return f"{Decimal(value) / 100:f}".rstrip("0").rstrip(".") + "%"
    return str(value)


def sentences(*parts: str) -> str:
    """Sentences one after another (a space between them in English, none in Chinese)."""
    text = ""
    for part in parts:
        if not part:
            continue
        text = (
            QCoreApplication.translate("ImportLabels", "{first} {second}").format(
                first=text, second=part
            )
            if text
            else part
        )
    return text


def listing(items: Iterable[str]) -> str:
    """``a, b, c`` (``a、b、c`` in Chinese)."""
    return QCoreApplication.translate("ImportLabels", ", ").join(items)


def reason_text(template: str, params: dict[str, object], english: str) -> str:
    """A cell's problem in the UI language (the engine's templates are translated with the
    other errors); ``english`` when the translation does not fit its parameters."""
    try:
        return QCoreApplication.translate("errors", template).format(**params)
    except (KeyError, IndexError, ValueError):
        return english


def problem_reason(problem: CellProblem) -> str:
    return reason_text(problem.reason, problem.params, problem.message)
