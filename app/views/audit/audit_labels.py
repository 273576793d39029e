"""Display names of the audit log's actions and kinds of record, and its values as a person
reads them (amounts in yuan). An action or kind without a name here shows its code."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.money import Money
from app.views.translate import QT_TRANSLATE_NOOP

_CONTEXT = "audit_labels"

ACTIONS = {
    "activity.log": QT_TRANSLATE_NOOP("audit_labels", "Follow-up logged"),
    "activity.promise": QT_TRANSLATE_NOOP("audit_labels", "Promise to pay judged"),
    "allocation.remove": QT_TRANSLATE_NOOP("audit_labels", "Allocation removed"),
    "bank.import": QT_TRANSLATE_NOOP("audit_labels", "Bank statement imported"),
    "bank_line.confirm": QT_TRANSLATE_NOOP("audit_labels", "Bank line recorded as a payment"),
    "bank_line.ignore": QT_TRANSLATE_NOOP("audit_labels", "Bank line ignored"),
    "bank_line.restore": QT_TRANSLATE_NOOP("audit_labels", "Bank line brought back"),
    "credit.hold_by_reversal": QT_TRANSLATE_NOOP("audit_labels", "Credit hold after a reversal"),
    "credit.override": QT_TRANSLATE_NOOP("audit_labels", "Credit hold overridden"),
    "customer.archive": QT_TRANSLATE_NOOP("audit_labels", "Customer archived"),
    "customer.contacts": QT_TRANSLATE_NOOP("audit_labels", "Contacts changed"),
    "customer.create": QT_TRANSLATE_NOOP("audit_labels", "Customer created"),
    "customer.hand_over": QT_TRANSLATE_NOOP("audit_labels", "Customer handed over"),
    "customer.import": QT_TRANSLATE_NOOP("audit_labels", "Customers imported"),
    "customer.merge": QT_TRANSLATE_NOOP("audit_labels", "Customers merged"),
    "customer.restore": QT_TRANSLATE_NOOP("audit_labels", "Customer restored"),
    "customer.tier_change": QT_TRANSLATE_NOOP("audit_labels", "Credit tier changed"),
    "customer.update": QT_TRANSLATE_NOOP("audit_labels", "Customer edited"),
    "database.restore": QT_TRANSLATE_NOOP("audit_labels", "Database restored from a backup"),
    "email.send": QT_TRANSLATE_NOOP("audit_labels", "E-mail sent"),
    "generate_demo": QT_TRANSLATE_NOOP("audit_labels", "Demo data generated"),
    "import.batch": QT_TRANSLATE_NOOP("audit_labels", "File imported"),
    "invoice.import": QT_TRANSLATE_NOOP("audit_labels", "Invoice imported"),
    "invoice.issue": QT_TRANSLATE_NOOP("audit_labels", "Invoice issued"),
    "invoice.red_letter": QT_TRANSLATE_NOOP("audit_labels", "Red-letter invoice issued"),
    "invoice.void": QT_TRANSLATE_NOOP("audit_labels", "Invoice voided"),
    "invoice.write_off": QT_TRANSLATE_NOOP("audit_labels", "Bad debt written off"),
    "invoice_request.create": QT_TRANSLATE_NOOP("audit_labels", "Invoice requested"),
    "invoice_request.issue": QT_TRANSLATE_NOOP("audit_labels", "Invoice request issued"),
    "invoice_request.reject": QT_TRANSLATE_NOOP("audit_labels", "Invoice request rejected"),
    "payment.allocate": QT_TRANSLATE_NOOP("audit_labels", "Payment allocated"),
    "payment.import": QT_TRANSLATE_NOOP("audit_labels", "Payment imported"),
    "payment.record": QT_TRANSLATE_NOOP("audit_labels", "Payment recorded"),
    "payment.reverse": QT_TRANSLATE_NOOP("audit_labels", "Payment reversed"),
    "project.create": QT_TRANSLATE_NOOP("audit_labels", "Project created"),
    "project.import": QT_TRANSLATE_NOOP("audit_labels", "Project imported"),
    "project.import_paid": QT_TRANSLATE_NOOP("audit_labels", "Paid project imported"),
    "project.plan": QT_TRANSLATE_NOOP("audit_labels", "Payment plan changed"),
    "project.plan_follows": QT_TRANSLATE_NOOP("audit_labels", "Payment plan followed a stage"),
    "project.quote": QT_TRANSLATE_NOOP("audit_labels", "Quote changed"),
    "project.release": QT_TRANSLATE_NOOP("audit_labels", "Report released"),
    "project.release_override": QT_TRANSLATE_NOOP("audit_labels", "Report released despite a hold"),
    "project.reopen": QT_TRANSLATE_NOOP("audit_labels", "Project reopened"),
    "project.stage": QT_TRANSLATE_NOOP("audit_labels", "Project stage changed"),
    "reminders.run": QT_TRANSLATE_NOOP("audit_labels", "Reminders run"),
    "sales_target.set": QT_TRANSLATE_NOOP("audit_labels", "Sales target set"),
    "setting.change": QT_TRANSLATE_NOOP("audit_labels", "Setting changed"),
    "statement.dispute_resolved": QT_TRANSLATE_NOOP("audit_labels", "Statement dispute resolved"),
    "statement.issue": QT_TRANSLATE_NOOP("audit_labels", "Statement issued"),
    "statement.reply": QT_TRANSLATE_NOOP("audit_labels", "Statement reply recorded"),
    "statement.scan": QT_TRANSLATE_NOOP("audit_labels", "Signed statement attached"),
    "statement.sent": QT_TRANSLATE_NOOP("audit_labels", "Statement sent"),
    "task.action": QT_TRANSLATE_NOOP("audit_labels", "Collection task updated"),
    "tier.create": QT_TRANSLATE_NOOP("audit_labels", "Credit tier created"),
    "tier.delete": QT_TRANSLATE_NOOP("audit_labels", "Credit tier deleted"),
    "tier.reminder_schedule": QT_TRANSLATE_NOOP("audit_labels", "Reminder schedule changed"),
    "tier.update": QT_TRANSLATE_NOOP("audit_labels", "Credit tier edited"),
    "tier_proposal.create": QT_TRANSLATE_NOOP("audit_labels", "Tier change proposed"),
    "tier_proposal.reject": QT_TRANSLATE_NOOP("audit_labels", "Tier proposal rejected"),
    "user.create": QT_TRANSLATE_NOOP("audit_labels", "User created"),
    "user.first_admin": QT_TRANSLATE_NOOP("audit_labels", "First administrator created"),
    "user.locked": QT_TRANSLATE_NOOP("audit_labels", "Account locked after failed log-ins"),
    "user.login": QT_TRANSLATE_NOOP("audit_labels", "Logged in"),
    "user.login_failed": QT_TRANSLATE_NOOP("audit_labels", "Log-in failed"),
    "user.password_change": QT_TRANSLATE_NOOP("audit_labels", "Password changed"),
    "user.password_reset": QT_TRANSLATE_NOOP("audit_labels", "Password reset"),
    "user.unlock": QT_TRANSLATE_NOOP("audit_labels", "Account unlocked"),
    "user.update": QT_TRANSLATE_NOOP("audit_labels", "User edited"),
    "write_off_request.approve": QT_TRANSLATE_NOOP("audit_labels", "Write-off approved"),
    "write_off_request.create": QT_TRANSLATE_NOOP("audit_labels", "Write-off requested"),
    "write_off_request.reject": QT_TRANSLATE_NOOP("audit_labels", "Write-off rejected"),
}

KINDS = {
    "activity": QT_TRANSLATE_NOOP("audit_labels", "Follow-up"),
    "allocation": QT_TRANSLATE_NOOP("audit_labels", "Allocation"),
    "bank_line": QT_TRANSLATE_NOOP("audit_labels", "Bank line"),
    "bank_statement": QT_TRANSLATE_NOOP("audit_labels", "Bank statement"),
    "collection_task": QT_TRANSLATE_NOOP("audit_labels", "Collection task"),
    "credit_tier": QT_TRANSLATE_NOOP("audit_labels", "Credit tier"),
    "customer": QT_TRANSLATE_NOOP("audit_labels", "Customer"),
    "database": QT_TRANSLATE_NOOP("audit_labels", "Database"),
    "import_batch": QT_TRANSLATE_NOOP("audit_labels", "Import"),
    "invoice": QT_TRANSLATE_NOOP("audit_labels", "Invoice"),
    "invoice_request": QT_TRANSLATE_NOOP("audit_labels", "Invoice request"),
    "payment": QT_TRANSLATE_NOOP("audit_labels", "Payment"),
    "project": QT_TRANSLATE_NOOP("audit_labels", "Project"),
    "reminders": QT_TRANSLATE_NOOP("audit_labels", "Reminders"),
    "setting": QT_TRANSLATE_NOOP("audit_labels", "Setting"),
    "statement": QT_TRANSLATE_NOOP("audit_labels", "Statement"),
    "tier_proposal": QT_TRANSLATE_NOOP("audit_labels", "Tier proposal"),
    "user": QT_TRANSLATE_NOOP("audit_labels", "User"),
    "write_off": QT_TRANSLATE_NOOP("audit_labels", "Write-off"),
    "write_off_request": QT_TRANSLATE_NOOP("audit_labels", "Write-off request"),
}


# The fields most entries record; any other shows its stored name.
FIELDS = {
    "added": QT_TRANSLATE_NOOP("audit_labels", "Amount added"),
    "allocations": QT_TRANSLATE_NOOP("audit_labels", "Allocations"),
    "customers": QT_TRANSLATE_NOOP("audit_labels", "Customers"),
    "invoices": QT_TRANSLATE_NOOP("audit_labels", "Invoices"),
    "payments": QT_TRANSLATE_NOOP("audit_labels", "Payments"),
    "projects": QT_TRANSLATE_NOOP("audit_labels", "Projects"),
    "amount": QT_TRANSLATE_NOOP("audit_labels", "Amount"),
    "as_of": QT_TRANSLATE_NOOP("audit_labels", "As of"),
    "code": QT_TRANSLATE_NOOP("audit_labels", "Code"),
    "credit_limit": QT_TRANSLATE_NOOP("audit_labels", "Credit limit"),
    "date": QT_TRANSLATE_NOOP("audit_labels", "Date"),
    "key": QT_TRANSLATE_NOOP("audit_labels", "Setting"),
    "kind": QT_TRANSLATE_NOOP("audit_labels", "Kind"),
    "name": QT_TRANSLATE_NOOP("audit_labels", "Name"),
    "number": QT_TRANSLATE_NOOP("audit_labels", "Number"),
    "paid": QT_TRANSLATE_NOOP("audit_labels", "Paid"),
    "promise_amount": QT_TRANSLATE_NOOP("audit_labels", "Amount promised"),
    "promise_status": QT_TRANSLATE_NOOP("audit_labels", "Promise"),
    "quoted_amount": QT_TRANSLATE_NOOP("audit_labels", "Quoted amount"),
    "reason": QT_TRANSLATE_NOOP("audit_labels", "Reason"),
    "reference": QT_TRANSLATE_NOOP("audit_labels", "Document"),
    "refusals": QT_TRANSLATE_NOOP("audit_labels", "Refused because"),
    "stage": QT_TRANSLATE_NOOP("audit_labels", "Stage"),
    "status": QT_TRANSLATE_NOOP("audit_labels", "Status"),
    "tier_id": QT_TRANSLATE_NOOP("audit_labels", "Credit tier"),
    "value": QT_TRANSLATE_NOOP("audit_labels", "Value"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def action_label(action: str) -> str:
    return _tr(ACTIONS[action]) if action in ACTIONS else action


def kind_label(kind: str) -> str:
    return _tr(KINDS[kind]) if kind in KINDS else kind


def system_label() -> str:
    return _tr(QT_TRANSLATE_NOOP("audit_labels", "System"))


def field_label(key: str) -> str:
    """A stored key as shown: amounts (``*_fen``) lose the unit, their values are in yuan."""
    bare = key.removesuffix("_fen")
    return _tr(FIELDS[bare]) if bare in FIELDS else bare


def value_text(key: str, value: Any) -> str:
    if value is None:
        return ""
    if key.endswith("_fen") and isinstance(value, int) and not isinstance(value, bool):
        return Money(value).format()
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return "\n".join(str(v) for v in value)
    if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        # Records an import lists with their figures: one per line.
        return "\n".join(json.dumps(v, ensure_ascii=False, default=str) for v in value)
    return json.dumps(value, ensure_ascii=False, default=str)


def side_by_side(before: Any, after: Any) -> list[tuple[str, str, str, bool]]:
    """(field, before, after, changed) for every key of either side, in the order they
    first appear; a value that is not a mapping shows as one row."""
    if not isinstance(before, dict) and not isinstance(after, dict):
        if before is None and after is None:
            return []
        b, a = value_text("", before), value_text("", after)
        return [("", b, a, before != after)]
    old = before if isinstance(before, dict) else {}
    new = after if isinstance(after, dict) else {}
    keys = list(dict.fromkeys([*old, *new]))
    return [
        (
            field_label(k),
            value_text(k, old.get(k)),
            value_text(k, new.get(k)),
            old.get(k) != new.get(k),
        )
        for k in keys
    ]
