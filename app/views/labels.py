"""Display names for the values services return as codes (categories, kinds, statuses...)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.domain.enums import CustomerCategory, InvoiceKind
from app.services.ledger.invoice_list_service import InvoiceRow
from app.views.translate import QT_TRANSLATE_NOOP

_CONTEXT = "labels"

CATEGORIES = {
    CustomerCategory.GOVERNMENT: QT_TRANSLATE_NOOP("labels", "Government"),
    CustomerCategory.ENTERPRISE: QT_TRANSLATE_NOOP("labels", "Enterprise"),
    CustomerCategory.INSTITUTION: QT_TRANSLATE_NOOP("labels", "Public institution"),
    CustomerCategory.INDIVIDUAL: QT_TRANSLATE_NOOP("labels", "Individual"),
}

INVOICE_KINDS = {
    InvoiceKind.VAT_SPECIAL: QT_TRANSLATE_NOOP("labels", "VAT special invoice"),
    InvoiceKind.VAT_NORMAL: QT_TRANSLATE_NOOP("labels", "VAT normal invoice"),
    InvoiceKind.DIGITAL: QT_TRANSLATE_NOOP("labels", "Fully digital invoice"),
    InvoiceKind.RECEIPT: QT_TRANSLATE_NOOP("labels", "Receipt"),
}

# The invoice list's status filter, keyed by invoice_list_service.STATUS_FILTERS.
STATUS_FILTERS = {
    "open": QT_TRANSLATE_NOOP("labels", "Open"),
    "overdue": QT_TRANSLATE_NOOP("labels", "Overdue"),
    "settled": QT_TRANSLATE_NOOP("labels", "Settled"),
    "void": QT_TRANSLATE_NOOP("labels", "Void"),
    "red": QT_TRANSLATE_NOOP("labels", "Red-letter"),
}

SETTLEMENT_KINDS = {
    "payment": QT_TRANSLATE_NOOP("labels", "Payment"),
    "write_off": QT_TRANSLATE_NOOP("labels", "Bad-debt write-off"),
    "red_letter": QT_TRANSLATE_NOOP("labels", "Red-letter invoice"),
}


# Keyed by StrEnum members or plain codes: a member equals its code, so a code finds it.
def _label(table: Mapping[Any, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def category_label(value: str) -> str:
    return _label(CATEGORIES, value)


def invoice_kind_label(value: str) -> str:
    return _label(INVOICE_KINDS, value)


def status_filter_label(value: str) -> str:
    return _label(STATUS_FILTERS, value)


def settlement_kind_label(value: str) -> str:
    return _label(SETTLEMENT_KINDS, value)


def invoice_status(row: InvoiceRow, as_of: date) -> str:
    """The status filter an invoice falls under as of a date (same rules as the service)."""
    if row.status == "void":
        return "void"
    if row.is_red_letter:
        return "red"
    if row.open_fen <= 0:
        return "settled"
    return "overdue" if row.due_date < as_of else "open"


def invoice_status_label(row: InvoiceRow, as_of: date) -> str:
    return status_filter_label(invoice_status(row, as_of))


def bucket_label(key: str) -> str:
    """Aging bucket keys from app.domain.aging: 'current', '1-30', ..., '365+'."""
    if key == "current":
        return QCoreApplication.translate("labels", "Not yet due")
    if key.endswith("+"):
        return QCoreApplication.translate("labels", "Over {days} days").format(days=key[:-1])
    low, _, high = key.partition("-")
    return QCoreApplication.translate("labels", "{low}–{high} days").format(low=low, high=high)


def days_label(days: int) -> str:
    return QCoreApplication.translate("labels", "{days} days").format(days=days)


def tier_label(name: str, name_en: str) -> str:
    """Credit tiers carry a Chinese name and, optionally, an English one."""
    if name_en and QLocale().language() != QLocale.Language.Chinese:
        return name_en
    return name
