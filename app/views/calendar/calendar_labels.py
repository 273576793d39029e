"""Display names and colours of the calendar's kinds and states, and of collection tasks'
actions and statuses."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.views.translate import QT_TRANSLATE_NOOP

_CONTEXT = "calendar_labels"

KINDS = {
    "invoice": QT_TRANSLATE_NOOP("calendar_labels", "Invoice due"),
    "installment": QT_TRANSLATE_NOOP("calendar_labels", "Instalment"),
    "promise": QT_TRANSLATE_NOOP("calendar_labels", "Promise to pay"),
    "follow_up": QT_TRANSLATE_NOOP("calendar_labels", "Follow-up"),
    "stage_deadline": QT_TRANSLATE_NOOP("calendar_labels", "Stage deadline"),
    "task": QT_TRANSLATE_NOOP("calendar_labels", "Collection task"),
}

# The month grid's narrow cells name each kind in a word.
SHORT_KINDS = {
    "invoice": QT_TRANSLATE_NOOP("calendar_labels", "Invoices"),
    "installment": QT_TRANSLATE_NOOP("calendar_labels", "Instalments"),
    "promise": QT_TRANSLATE_NOOP("calendar_labels", "Promises"),
    "follow_up": QT_TRANSLATE_NOOP("calendar_labels", "Follow-ups"),
    "stage_deadline": QT_TRANSLATE_NOOP("calendar_labels", "Stages"),
    "task": QT_TRANSLATE_NOOP("calendar_labels", "Tasks"),
}

STATES = {
    "done": QT_TRANSLATE_NOOP("calendar_labels", "Done"),
    "overdue": QT_TRANSLATE_NOOP("calendar_labels", "Overdue"),
    "due_soon": QT_TRANSLATE_NOOP("calendar_labels", "Due soon"),
    "upcoming": QT_TRANSLATE_NOOP("calendar_labels", "Upcoming"),
}

# Text colour of an item in a list, and the tint of a day in the month, by state.
STATE_COLOURS = {"done": "#2e7d32", "overdue": "#c62828", "due_soon": "#b26a00"}
STATE_TINTS = {"done": "#e8f5e9", "overdue": "#fdecea", "due_soon": "#fff4e0"}

ACTIONS = {
    "call": QT_TRANSLATE_NOOP("calendar_labels", "Phone call"),
    "visit": QT_TRANSLATE_NOOP("calendar_labels", "Visit"),
    "letter": QT_TRANSLATE_NOOP("calendar_labels", "Dunning letter"),
    "email": QT_TRANSLATE_NOOP("calendar_labels", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("calendar_labels", "WeChat"),
}

TASK_STATUSES = {
    "open": QT_TRANSLATE_NOOP("calendar_labels", "Open"),
    "promised": QT_TRANSLATE_NOOP("calendar_labels", "Promised"),
    "broken": QT_TRANSLATE_NOOP("calendar_labels", "Promise broken"),
    "escalated": QT_TRANSLATE_NOOP("calendar_labels", "Escalated"),
    "done": QT_TRANSLATE_NOOP("calendar_labels", "Done"),
}


def _label(table: Mapping[str, str], value: str) -> str:
    source = table.get(value)
    return QCoreApplication.translate(_CONTEXT, source) if source else value


def kind_label(kind: str) -> str:
    return _label(KINDS, kind)


def short_kind_label(kind: str) -> str:
    return _label(SHORT_KINDS, kind)


def item_text(kind: str, label: str) -> str:
    """An item's label as the agenda shows it: codes (a stage, a follow-up's kind, a task's
    status, a promise's state) in words."""
    from app.views.customers.customer_labels import activity_kind_label, promise_status_label
    from app.views.ledger_labels import stage_label

    if kind == "stage_deadline" and " " in label:
        code, stage = label.rsplit(" ", 1)
        return f"{code} {stage_label(stage)}"
    if kind == "follow_up":
        return activity_kind_label(label)
    if kind == "task":
        return task_status_label(label)
    if kind == "promise":
        return promise_status_label(label) if label else ""
    return label


def state_label(state: str) -> str:
    return _label(STATES, state)


def action_label(action: str) -> str:
    return _label(ACTIONS, action)


def task_status_label(status: str) -> str:
    return _label(TASK_STATUSES, status)


def state_colour(state: str) -> QColor | None:
    colour = STATE_COLOURS.get(state)
    return QColor(colour) if colour else None


def state_tint(state: str) -> QColor | None:
    colour = STATE_TINTS.get(state)
    return QColor(colour) if colour else None
