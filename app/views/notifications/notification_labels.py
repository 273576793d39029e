"""Display names of the reminders' notification kinds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.views.translate import QT_TRANSLATE_NOOP

_CONTEXT = "notification_labels"

KINDS = {
    "due_soon": QT_TRANSLATE_NOOP("notification_labels", "Due soon"),
    "due": QT_TRANSLATE_NOOP("notification_labels", "Due today"),
    "overdue": QT_TRANSLATE_NOOP("notification_labels", "Overdue"),
    "task_escalated": QT_TRANSLATE_NOOP("notification_labels", "Task escalated"),
    "promise_broken": QT_TRANSLATE_NOOP("notification_labels", "Promise broken"),
    "promise_due": QT_TRANSLATE_NOOP("notification_labels", "Promise due"),
    "installment_due": QT_TRANSLATE_NOOP("notification_labels", "Instalment due"),
    "follow_up": QT_TRANSLATE_NOOP("notification_labels", "Follow-up due"),
    "stage_deadline": QT_TRANSLATE_NOOP("notification_labels", "Stage deadline"),
    "statement_reply": QT_TRANSLATE_NOOP("notification_labels", "Statement awaiting a reply"),
}


def notification_kind_label(kind: str) -> str:
    source = KINDS.get(kind)
    return QCoreApplication.translate(_CONTEXT, source) if source else kind
