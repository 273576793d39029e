"""Display names of the bank statement codes: banks, how a proposal was found, line states."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.bank.matching import CustomerHow, CustomerMatch, InvoiceProposal, InvoicesHow
from app.views.translate import QT_TRANSLATE_NOOP

_CONTEXT = "bank_labels"

BANKS = {
    "abc": QT_TRANSLATE_NOOP("bank_labels", "Agricultural Bank of China"),
    "boc": QT_TRANSLATE_NOOP("bank_labels", "Bank of China"),
    "bocom": QT_TRANSLATE_NOOP("bank_labels", "Bank of Communications"),
    "cmb": QT_TRANSLATE_NOOP("bank_labels", "China Merchants Bank"),
    "icbc": QT_TRANSLATE_NOOP("bank_labels", "ICBC"),
    "icbc_v2": QT_TRANSLATE_NOOP("bank_labels", "ICBC"),
    "spdb": QT_TRANSLATE_NOOP("bank_labels", "SPD Bank"),
    "alipay": QT_TRANSLATE_NOOP("bank_labels", "Alipay"),
    "wechat": QT_TRANSLATE_NOOP("bank_labels", "WeChat Pay"),
    "other": QT_TRANSLATE_NOOP("bank_labels", "Other bank"),
}

CUSTOMER_HOW = {
    CustomerHow.ALIAS: QT_TRANSLATE_NOOP("bank_labels", "remembered payer"),
    CustomerHow.NAME: QT_TRANSLATE_NOOP("bank_labels", "same name"),
    CustomerHow.REFERENCE: QT_TRANSLATE_NOOP("bank_labels", "invoice in the memo"),
    CustomerHow.FUZZY: QT_TRANSLATE_NOOP("bank_labels", "similar name"),
}

INVOICES_HOW = {
    InvoicesHow.AMOUNT: QT_TRANSLATE_NOOP("bank_labels", "exact amount"),
    InvoicesHow.REFERENCE: QT_TRANSLATE_NOOP("bank_labels", "named in the memo"),
    InvoicesHow.OLDEST: QT_TRANSLATE_NOOP("bank_labels", "oldest first"),
    InvoicesHow.NONE: QT_TRANSLATE_NOOP("bank_labels", "no open invoice"),
}

STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("bank_labels", "To confirm"),
    "confirmed": QT_TRANSLATE_NOOP("bank_labels", "Confirmed"),
    "ignored": QT_TRANSLATE_NOOP("bank_labels", "Ignored"),
}

DIRECTIONS = {
    "credit": QT_TRANSLATE_NOOP("bank_labels", "In"),
    "debit": QT_TRANSLATE_NOOP("bank_labels", "Out"),
    "neutral": QT_TRANSLATE_NOOP("bank_labels", "Neither"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def bank_name(code: str) -> str:
    return _tr(BANKS.get(code, BANKS["other"]))


def status_label(status: str) -> str:
    return _tr(STATUSES[status]) if status in STATUSES else status


def direction_label(direction: str) -> str:
    return _tr(DIRECTIONS[direction]) if direction in DIRECTIONS else direction


def match_text(match: CustomerMatch | None) -> str:
    """How sure the proposal is: "same name 100%", "similar name 86%"."""
    if match is None:
        return ""
    return f"{_tr(CUSTOMER_HOW[match.how])} {match.score}%"


def invoices_text(proposal: InvoiceProposal | None) -> str:
    """The invoices a proposal settles and why: "FP-1, FP-2 (oldest first)"."""
    if proposal is None:
        return ""
    numbers = ", ".join(line.number for line in proposal.lines if line.amount_fen)
    how = _tr(INVOICES_HOW[proposal.how])
    return f"{numbers} ({how})" if numbers else how
