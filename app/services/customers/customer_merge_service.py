"""Merging a duplicate customer into the one that stays, moving every record it has."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import CursorResult, exists, select, update
from sqlalchemy.orm import Session, aliased

from app.db.session import Database
from app.domain.enums import Role
from app.domain.errors import LedgerError
from app.models import (
    Activity,
    CollectionTask,
    Contact,
    CustomerOwnership,
    EmailOutbox,
    Invoice,
    InvoiceRequest,
    OutboxMessage,
    PayerAlias,
    Payment,
    Project,
    Statement,
)
from app.models.collection_task import ACTIVE_STATUSES
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.customer_lock import lock_customers
from app.services.core.permissions import require
from app.services.credit.credit_control_service import credit_position, enforce_merge

# Every table that points at a customer; a new one must be added here (a test checks).
MOVED = (
    Contact,
    Activity,
    Project,
    InvoiceRequest,
    Invoice,
    Payment,
    Statement,
    CustomerOwnership,
    CollectionTask,
    EmailOutbox,
    OutboxMessage,  # the emails sent to (or waiting for) the customer
)
# What moving rows of a table changes (contacts and owners are part of the customer).
MOVED_KINDS = {
    Activity: Kind.ACTIVITIES,
    Project: Kind.PROJECTS,
    InvoiceRequest: Kind.INVOICE_REQUESTS,
    Invoice: Kind.INVOICES,
    Payment: Kind.PAYMENTS,
    CollectionTask: Kind.TASKS,
}


def merge_customers(
    db: Database, actor: Actor, keep_id: int, duplicate_id: int, override_reason: str = ""
) -> Changed[dict[str, int]]:
    """Moves the duplicate's records to ``keep_id`` and archives the duplicate. Returns the
    number of rows moved per table. Credit control refuses a merge that takes the customer
    past its limit or onto an overdue hold; a manager may override with a reason."""
    require(actor, "merge customers", (Role.MANAGER, Role.FINANCE))
    if keep_id == duplicate_id:
        raise LedgerError("Choose two different customers to merge.")
    with db.write() as session:
        keep, dup = lock_customers(session, keep_id, duplicate_id)
        before = credit_position(session, keep.id, actor.clock.today())
        moved = {}
        kinds = {Kind.CUSTOMERS}
        _close_duplicate_tasks(session, actor, keep.id, dup.id, keep.code)
        for model in MOVED:
            # An UPDATE returns a CursorResult, which has the rowcount; Session.execute is
            # typed as returning any Result.
            result = cast(
                CursorResult[Any],
                session.execute(
                    update(model)
                    .where(model.customer_id == dup.id)
                    .values(customer_id=keep.id)
                    .execution_options(synchronize_session=False)
                ),
            )
            moved[model.__tablename__] = result.rowcount
            if moved[model.__tablename__] and model in MOVED_KINDS:
                kinds.add(MOVED_KINDS[model])
        enforce_merge(session, actor, before, f"{dup.code} {dup.name}", override_reason)
        known = set(
            session.scalars(select(PayerAlias.payer_key).where(PayerAlias.customer_id == keep.id))
        )
        for alias in session.scalars(select(PayerAlias).where(PayerAlias.customer_id == dup.id)):
            if alias.payer_key in known:
                session.delete(alias)
            else:
                alias.customer_id = keep.id
        # The duplicate's name becomes a payer alias so its bank lines still match.
        if dup.name_key not in known:
            session.add(
                PayerAlias(customer_id=keep.id, payer_name=dup.name, payer_key=dup.name_key)
            )
        if not keep.uscc and dup.uscc:
            uscc, dup.uscc = dup.uscc, None
            session.flush()
            keep.uscc = uscc
        dup.archived = True
        dup.notes = ((dup.notes or "") + f"\n已合并到 {keep.code} {keep.name}").strip()
        record_audit(
            session,
            actor,
            "customer.merge",
            "customer",
            keep.id,
            {"duplicate": dup.code, "name": dup.name},
            {"moved": moved},
        )
        return Changed(moved, frozenset(kinds))


def _close_duplicate_tasks(
    session: Session, actor: Actor, keep_id: int, dup_id: int, keep_code: str
) -> None:
    """A customer has at most one active collection task: when both have one, the
    duplicate's is closed as merged (its history moves with it), and the next reminder run
    judges the merged customer's overdue as a whole."""
    kept = aliased(CollectionTask)
    both = exists().where(kept.customer_id == keep_id, kept.status.in_(ACTIVE_STATUSES))
    session.execute(
        update(CollectionTask)
        .where(
            CollectionTask.customer_id == dup_id, CollectionTask.status.in_(ACTIVE_STATUSES), both
        )
        .values(
            status="done",
            closed_on=actor.clock.today(),
            outcome=f"已合并到客户 {keep_code}",
        )
        .execution_options(synchronize_session=False)
    )
