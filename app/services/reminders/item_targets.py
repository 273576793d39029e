"""What "open the item" opens for a calendar item or a notification: the invoice, the
customer (a promise, a follow-up or a statement is on the customer's 360 view), the project
(an instalment is in its project) or the collection task."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.domain.errors import NotFoundError
from app.models import Activity, Installment, Statement

INVOICE, CUSTOMER, PROJECT, TASK = "invoice", "customer", "project", "task"


@dataclass(frozen=True)
class ItemTarget:
    what: str  # INVOICE, CUSTOMER, PROJECT or TASK
    id: int


def item_target(session: Session, entity_type: str, entity_id: int) -> ItemTarget:
    """The window to open for a record the reminders name by ``entity_type`` and id."""
    direct = {
        "invoice": INVOICE,
        "customer": CUSTOMER,
        "project": PROJECT,
        "collection_task": TASK,
    }
    if entity_type in direct:
        return ItemTarget(direct[entity_type], entity_id)
    if entity_type == "activity":
        activity = session.get(Activity, entity_id)
        if activity is not None:
            return ItemTarget(CUSTOMER, activity.customer_id)
    elif entity_type == "installment":
        installment = session.get(Installment, entity_id)
        if installment is not None:
            return ItemTarget(PROJECT, installment.project_id)
    elif entity_type == "statement":
        statement = session.get(Statement, entity_id)
        if statement is not None:
            return ItemTarget(CUSTOMER, statement.customer_id)
    raise NotFoundError(entity=entity_type, key=entity_id)
