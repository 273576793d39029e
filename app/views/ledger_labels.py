"""Display names for the codes of the ledger screens: project stages, payment-plan triggers,
payment methods and payment states."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.enums import InstallmentTrigger, PaymentMethod, ProjectStage
from app.views.translate import QT_TRANSLATE_NOOP

_CONTEXT = "ledger_labels"

STAGES = {
    ProjectStage.LEAD: QT_TRANSLATE_NOOP("ledger_labels", "Lead"),
    ProjectStage.QUOTED: QT_TRANSLATE_NOOP("ledger_labels", "Quoted"),
    ProjectStage.CONTRACTED: QT_TRANSLATE_NOOP("ledger_labels", "Contracted"),
    ProjectStage.SAMPLES_RECEIVED: QT_TRANSLATE_NOOP("ledger_labels", "Samples received"),
    ProjectStage.TESTING: QT_TRANSLATE_NOOP("ledger_labels", "Testing"),
    ProjectStage.REPORT_ISSUED: QT_TRANSLATE_NOOP("ledger_labels", "Report issued"),
    ProjectStage.INVOICED: QT_TRANSLATE_NOOP("ledger_labels", "Invoiced"),
    ProjectStage.PAID: QT_TRANSLATE_NOOP("ledger_labels", "Paid"),
    ProjectStage.CANCELLED: QT_TRANSLATE_NOOP("ledger_labels", "Cancelled"),
}

TRIGGERS = {
    InstallmentTrigger.FIXED: QT_TRANSLATE_NOOP("ledger_labels", "On a fixed date"),
    InstallmentTrigger.CONTRACT_SIGNED: QT_TRANSLATE_NOOP(
        "ledger_labels", "After the contract is signed"
    ),
    InstallmentTrigger.SAMPLES_RECEIVED: QT_TRANSLATE_NOOP(
        "ledger_labels", "After samples are received"
    ),
    InstallmentTrigger.REPORT_ISSUED: QT_TRANSLATE_NOOP(
        "ledger_labels", "After the report is issued"
    ),
}

METHODS = {
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("ledger_labels", "Bank transfer"),
    PaymentMethod.ACCEPTANCE_BILL: QT_TRANSLATE_NOOP("ledger_labels", "Acceptance bill"),
    PaymentMethod.WECHAT_ALIPAY: QT_TRANSLATE_NOOP("ledger_labels", "WeChat / Alipay"),
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("ledger_labels", "Cash"),
    PaymentMethod.CHEQUE: QT_TRANSLATE_NOOP("ledger_labels", "Cheque"),
}

# The payment list's status filter, keyed by payment_list_service.STATUS_FILTERS.
PAYMENT_FILTERS = {
    "unallocated": QT_TRANSLATE_NOOP("ledger_labels", "With prepayment left"),
    "allocated": QT_TRANSLATE_NOOP("ledger_labels", "Fully allocated"),
    "reversed": QT_TRANSLATE_NOOP("ledger_labels", "Reversed"),
}

PAYMENT_STATES = {
    "active": QT_TRANSLATE_NOOP("ledger_labels", "Active"),
    "reversed": QT_TRANSLATE_NOOP("ledger_labels", "Reversed"),
}

# Tax rates offered when issuing, in basis points (testing services are usually 6%).
TAX_RATES_BP = (600, 1300, 900, 300, 100, 0)


# Keyed by StrEnum members or plain codes: a member equals its code, so a code finds it.
def _label(table: Mapping[Any, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def stage_label(value: str) -> str:
    return _label(STAGES, value)


def trigger_label(value: str) -> str:
    return _label(TRIGGERS, value)


def method_label(value: str) -> str:
    return _label(METHODS, value)


def payment_filter_label(value: str) -> str:
    return _label(PAYMENT_FILTERS, value)


def payment_state_label(value: str) -> str:
    return _label(PAYMENT_STATES, value)
