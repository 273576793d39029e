"""Display names for what the customer screens show as codes: follow-up kinds, promise
outcomes, roles, statement replies; and the translated
sentences of credit-score reasons and timeline entries (services give them as English
templates with parameters)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.credit_score import Reason
from app.domain.enums import ActivityKind, PromiseStatus, Role, StatementReply
from app.domain.money import Money
from app.services.customers.customer_timeline_service import TimelineEntry
from app.views.ledger_labels import stage_label
from app.views.translate import QT_TRANSLATE_NOOP

CONTEXT = "CustomerLabels"
SCORE_CONTEXT = "CreditScore"
TIMELINE_CONTEXT = "Timeline"

ACTIVITY_KINDS = {
    ActivityKind.CALL: QT_TRANSLATE_NOOP("CustomerLabels", "Phone call"),
    ActivityKind.VISIT: QT_TRANSLATE_NOOP("CustomerLabels", "Visit"),
    ActivityKind.EMAIL: QT_TRANSLATE_NOOP("CustomerLabels", "E-mail"),
    ActivityKind.WECHAT: QT_TRANSLATE_NOOP("CustomerLabels", "WeChat"),
    ActivityKind.NOTE: QT_TRANSLATE_NOOP("CustomerLabels", "Note"),
    ActivityKind.DUNNING_LETTER: QT_TRANSLATE_NOOP("CustomerLabels", "Dunning letter"),
}

PROMISE_STATUSES = {
    PromiseStatus.OPEN: QT_TRANSLATE_NOOP("CustomerLabels", "Open"),
    PromiseStatus.KEPT: QT_TRANSLATE_NOOP("CustomerLabels", "Kept"),
    PromiseStatus.PARTIAL: QT_TRANSLATE_NOOP("CustomerLabels", "Partly kept"),
    PromiseStatus.BROKEN: QT_TRANSLATE_NOOP("CustomerLabels", "Broken"),
}


STATEMENT_REPLIES = {
    StatementReply.NONE: QT_TRANSLATE_NOOP("CustomerLabels", "No reply yet"),
    StatementReply.AGREED: QT_TRANSLATE_NOOP("CustomerLabels", "Agreed"),
    StatementReply.DISPUTED: QT_TRANSLATE_NOOP("CustomerLabels", "Disputed"),
}

ROLES = {
    Role.ADMIN: QT_TRANSLATE_NOOP("CustomerLabels", "Administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("CustomerLabels", "Manager"),
    Role.SALES: QT_TRANSLATE_NOOP("CustomerLabels", "Sales"),
    Role.FINANCE: QT_TRANSLATE_NOOP("CustomerLabels", "Finance"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("CustomerLabels", "Technician"),
    Role.VIEWER: QT_TRANSLATE_NOOP("CustomerLabels", "Viewer"),
}

# Every reason app/domain/credit_score.py gives (tests/ui/test_customer_labels.py checks).
SCORE_REASONS = (
    QT_TRANSLATE_NOOP("CreditScore", "Paid {late} of {total} invoices late (-{points} points)"),
    QT_TRANSLATE_NOOP("CreditScore", "Paid all {total} invoices on time"),
    QT_TRANSLATE_NOOP(
        "CreditScore", "Paid {days} days late on average, weighted by amount (-{points} points)"
    ),
    QT_TRANSLATE_NOOP("CreditScore", "{overdue} of the open {open} is overdue (-{points} points)"),
    QT_TRANSLATE_NOOP("CreditScore", "Nothing is overdue"),
    QT_TRANSLATE_NOOP("CreditScore", "{amount} written off as bad debt (-{points} points)"),
    QT_TRANSLATE_NOOP("CreditScore", "Customer for only {days} days (-{points} points)"),
    QT_TRANSLATE_NOOP(
        "CreditScore", "The last {count} settled invoices were each paid more than {days} days late"
    ),
    QT_TRANSLATE_NOOP(
        "CreditScore", "Paid {late} of {total} invoices late, {days} days on average"
    ),
    QT_TRANSLATE_NOOP("CreditScore", "Bad debt written off {days} days ago"),
    QT_TRANSLATE_NOOP("CreditScore", "{amount} overdue, the oldest invoice {days} days past due"),
    QT_TRANSLATE_NOOP(
        "CreditScore", "No late payment, write-off or overdue invoice for {days} days"
    ),
    QT_TRANSLATE_NOOP(
        "CreditScore", "A customer for {days} days, every invoice of the last year paid on time"
    ),
)

# Every template app/services/customers/customer_timeline_service.py gives timeline entries
# (checked too).
TIMELINE_TEMPLATES = (
    QT_TRANSLATE_NOOP("Timeline", "Invoice {number} issued, due {due}"),
    QT_TRANSLATE_NOOP("Timeline", "Red-letter invoice {number} credits invoice {original}"),
    QT_TRANSLATE_NOOP("Timeline", "Invoice {number} voided"),
    QT_TRANSLATE_NOOP("Timeline", "Payment {number} reversed"),
    QT_TRANSLATE_NOOP("Timeline", "Payment {number} received from {payer}"),
    QT_TRANSLATE_NOOP("Timeline", "Invoice {number}: {amount} written off ({reason})"),
    QT_TRANSLATE_NOOP("Timeline", "Project {code} {title}: {from_stage} -> {to_stage}"),
    QT_TRANSLATE_NOOP(
        "Timeline", "Statement {number} for {start} to {end}, closing balance {amount}"
    ),
    QT_TRANSLATE_NOOP("Timeline", "Became a customer in tier {tier}"),
    QT_TRANSLATE_NOOP("Timeline", "Credit hold overridden for {kind} {reference}: {reason}"),
    QT_TRANSLATE_NOOP("Timeline", "Credit tier changed from {old} to {new}"),
)

# After a follow-up's summary on the timeline, when it carried a promise to pay.
PROMISE_NOTE = QT_TRANSLATE_NOOP("CustomerLabels", "(promised {amount} by {date}: {status})")

TIMELINE_KINDS = {
    "invoice": QT_TRANSLATE_NOOP("CustomerLabels", "Invoice"),
    "red_letter": QT_TRANSLATE_NOOP("CustomerLabels", "Red-letter invoice"),
    "invoice_void": QT_TRANSLATE_NOOP("CustomerLabels", "Invoice voided"),
    "payment": QT_TRANSLATE_NOOP("CustomerLabels", "Payment"),
    "payment_reversed": QT_TRANSLATE_NOOP("CustomerLabels", "Payment reversed"),
    "write_off": QT_TRANSLATE_NOOP("CustomerLabels", "Write-off"),
    "project_stage": QT_TRANSLATE_NOOP("CustomerLabels", "Project"),
    "statement": QT_TRANSLATE_NOOP("CustomerLabels", "Statement"),
    "follow_up": QT_TRANSLATE_NOOP("CustomerLabels", "Follow-up"),
    "customer_created": QT_TRANSLATE_NOOP("CustomerLabels", "Customer"),
    "tier_change": QT_TRANSLATE_NOOP("CustomerLabels", "Credit tier"),
    "credit_override": QT_TRANSLATE_NOOP("CustomerLabels", "Credit override"),
}


def _tr(text: str, context: str = CONTEXT) -> str:
    return QCoreApplication.translate(context, text)


# Keyed by StrEnum members or plain codes: a member equals its code, so a code finds it.
def _label(table: Mapping[Any, str], value: str | None) -> str:
    source = table.get(value or "")
    return _tr(source) if source else (value or "")


def activity_kind_label(kind: str) -> str:
    return _label(ACTIVITY_KINDS, kind)


def promise_status_label(status: str | None) -> str:
    return _label(PROMISE_STATUSES, status)


def statement_reply_label(reply: str) -> str:
    return _label(STATEMENT_REPLIES, reply)


def role_label(role: str | None) -> str:
    return _label(ROLES, role)


def timeline_kind_label(kind: str) -> str:
    return _label(TIMELINE_KINDS, kind)


def _fill(context: str, template: str, params: Mapping[str, object]) -> str:
    """The translated template filled in; the English sentence if a translation does not
    fit its parameters (a wrong translation must never hide the fact)."""
    try:
        return _tr(template, context).format(**params)
    except (KeyError, IndexError, ValueError):
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template


def reason_text(reason: Reason) -> str:
    template, params = reason
    return _fill(SCORE_CONTEXT, template, params)


def timeline_text(entry: TimelineEntry) -> str:
    """The sentence for one timeline entry. Follow-ups are the user's own words, with the
    kind in front and the promise to pay (if any) after."""
    if not entry.is_template:
        kind = activity_kind_label(str(entry.params.get("kind", "")))
        text = f"{kind}: {entry.text}" if kind else entry.text
        promised = entry.params.get("promise_date")
        if promised and entry.amount_fen is not None:
            text += " " + _tr(PROMISE_NOTE).format(
                amount=Money(entry.amount_fen).format(),
                date=promised,
                status=promise_status_label(str(entry.params.get("promise_status", ""))),
            )
        return text
    params = dict(entry.params)
    if entry.kind == "project_stage":
        params["from_stage"] = stage_label(str(params.get("from_stage", ""))) or "–"
        params["to_stage"] = stage_label(str(params.get("to_stage", "")))
    return _fill(TIMELINE_CONTEXT, entry.text, params)
