"""The customer's timeline: everything that happened to the customer, newest first, a page
at a time. Invoices and red-letter invoices, voided invoices and reversed payments,
payments, write-offs, project stage moves, follow-ups, statements, and the customer's
creation, tier changes and credit-hold overrides from the audit log.

Every query is bounded by the customer's indexes; the sources with many rows read one page
after the cursor of the last entry shown, so a page costs as much for a customer with tens of
thousands of invoices as for a small one. Texts are English templates that the views
translate (TIMELINE_TEMPLATES in app/views/customers/customer_labels.py).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, func, or_, select
from sqlalchemy.orm import Session

from app.domain.money import Money
from app.models import (
    Activity,
    AuditEntry,
    CreditTier,
    Invoice,
    Payment,
    Project,
    ProjectStageEvent,
    Statement,
    WriteOff,
)
from app.services.customers.activity_service import local_date

PAGE = 200  # entries in one page, as many as the 360 view's other tabs show at a time

# Within a day, higher ranks come first: decisions and follow-ups above the ledger entries
# they react to, project moves at the bottom.
KIND_RANK: Mapping[str, int] = {
    "project_stage": 0,
    "invoice": 1,
    "red_letter": 1,
    "invoice_void": 2,
    "payment": 3,
    "payment_reversed": 4,
    "write_off": 5,
    "statement": 6,
    "follow_up": 7,
    "customer_created": 8,
    "tier_change": 8,
    "credit_override": 8,
}

# (day, rank, id): the position of an entry; the timeline is sorted by it, newest first.
TimelineCursor = tuple[date, int, int]


@dataclass(frozen=True)
class TimelineEntry:
    """One event. ``text`` is an English template to translate and fill with ``params``,
    except for follow-ups, whose text is the user's own summary (``is_template`` False)."""

    when: date
    kind: str
    text: str
    params: Mapping[str, object]
    amount_fen: int | None
    entity_type: str
    entity_id: int
    is_template: bool = True

    @property
    def cursor(self) -> TimelineCursor:
        return (self.when, KIND_RANK[self.kind], self.entity_id)

    @property
    def message(self) -> str:
        """The English text, for the command line and logs."""
        return self.text.format(**self.params) if self.is_template else self.text


def _before(
    day: SQLColumnExpression[date],
    ident: SQLColumnExpression[int],
    rank: int,
    cursor: TimelineCursor | None,
) -> list[ColumnElement[bool]]:
    """SQL condition: entries of ``rank`` that sort after ``cursor`` (older)."""
    if cursor is None:
        return []
    c_day, c_rank, c_id = cursor
    if rank < c_rank:
        return [day <= c_day]
    if rank > c_rank:
        return [day < c_day]
    return [or_(day < c_day, and_(day == c_day, ident < c_id))]


def _older(entry: TimelineEntry, cursor: TimelineCursor | None) -> bool:
    return cursor is None or entry.cursor < cursor


def _invoices(
    session: Session, cid: int, limit: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    # Invoices and red-letter invoices share a rank, so one query on the customer's
    # (customer_id, issue_date) index serves both.
    original = Invoice.__table__.alias("original")
    stmt = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.issue_date,
            Invoice.due_date,
            Invoice.amount_fen,
            Invoice.original_invoice_id,
            original.c.number,
        )
        .outerjoin(original, original.c.id == Invoice.original_invoice_id)
        .where(
            Invoice.customer_id == cid,
            *_before(Invoice.issue_date, Invoice.id, KIND_RANK["invoice"], cursor),
        )
        .order_by(Invoice.issue_date.desc(), Invoice.id.desc())
        .limit(limit)
    )
    for iid, number, issued, due, amount, original_id, original_number in session.execute(stmt):
        if original_id is None:
            yield TimelineEntry(
                issued,
                "invoice",
                "Invoice {number} issued, due {due}",
                {"number": number, "due": due.isoformat()},
                amount,
                "invoice",
                iid,
            )
        else:
            yield TimelineEntry(
                issued,
                "red_letter",
                "Red-letter invoice {number} credits invoice {original}",
                {"number": number, "original": original_number or ""},
                amount,
                "invoice",
                iid,
            )


def _corrections(
    session: Session, cid: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    """Voided invoices and reversed payments, dated by their audit entry (or, for records
    made outside the services, the time of the row's last change)."""
    sources = (
        (
            Invoice,
            "invoice",
            "invoice.void",
            "invoice_void",
            "Invoice {number} voided",
            Invoice.status == "void",
        ),
        (
            Payment,
            "payment",
            "payment.reverse",
            "payment_reversed",
            "Payment {number} reversed",
            Payment.status == "reversed",
        ),
    )
    for model, entity, action, kind, template, condition in sources:
        stmt = (
            select(
                model.id, model.number, model.amount_fen, model.updated_at, func.max(AuditEntry.at)
            )
            .outerjoin(
                AuditEntry,
                and_(
                    AuditEntry.entity_type == entity,
                    AuditEntry.entity_id == model.id,
                    AuditEntry.action == action,
                ),
            )
            .where(model.customer_id == cid, condition)
            .group_by(model.id, model.number, model.amount_fen, model.updated_at)
        )
        for ident, number, amount, updated, audited in session.execute(stmt):
            moment = audited or updated
            entry = TimelineEntry(
                local_date(moment), kind, template, {"number": number}, amount, entity, ident
            )
            if _older(entry, cursor):
                yield entry


def _payments(
    session: Session, cid: int, limit: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    stmt = (
        select(
            Payment.id,
            Payment.number,
            Payment.received_date,
            Payment.amount_fen,
            Payment.payer_name,
        )
        .where(
            Payment.customer_id == cid,
            *_before(Payment.received_date, Payment.id, KIND_RANK["payment"], cursor),
        )
        .order_by(Payment.received_date.desc(), Payment.id.desc())
        .limit(limit)
    )
    for pid, number, received, amount, payer in session.execute(stmt):
        yield TimelineEntry(
            received,
            "payment",
            "Payment {number} received from {payer}",
            {"number": number, "payer": payer or ""},
            amount,
            "payment",
            pid,
        )


def _write_offs(
    session: Session, cid: int, limit: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    stmt = (
        select(
            WriteOff.id,
            WriteOff.write_off_date,
            WriteOff.amount_fen,
            Invoice.number,
            WriteOff.reason,
        )
        .join(Invoice, Invoice.id == WriteOff.invoice_id)
        .where(
            Invoice.customer_id == cid,
            *_before(WriteOff.write_off_date, WriteOff.id, KIND_RANK["write_off"], cursor),
        )
        .order_by(WriteOff.write_off_date.desc(), WriteOff.id.desc())
        .limit(limit)
    )
    for wid, on, amount, number, reason in session.execute(stmt):
        yield TimelineEntry(
            on,
            "write_off",
            "Invoice {number}: {amount} written off ({reason})",
            {"number": number, "amount": _yuan(amount), "reason": reason},
            amount,
            "write_off",
            wid,
        )


def _stages(
    session: Session, cid: int, limit: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    stmt = (
        select(
            ProjectStageEvent.id,
            ProjectStageEvent.event_date,
            ProjectStageEvent.from_stage,
            ProjectStageEvent.to_stage,
            Project.code,
            Project.title,
        )
        .join(Project, Project.id == ProjectStageEvent.project_id)
        .where(
            Project.customer_id == cid,
            *_before(
                ProjectStageEvent.event_date,
                ProjectStageEvent.id,
                KIND_RANK["project_stage"],
                cursor,
            ),
        )
        .order_by(ProjectStageEvent.event_date.desc(), ProjectStageEvent.id.desc())
        .limit(limit)
    )
    for eid, on, from_stage, to_stage, code, title in session.execute(stmt):
        yield TimelineEntry(
            on,
            "project_stage",
            "Project {code} {title}: {from_stage} -> {to_stage}",
            {"code": code, "title": title, "from_stage": from_stage or "", "to_stage": to_stage},
            None,
            "project",
            eid,
        )


def _follow_ups(
    session: Session, cid: int, limit: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    conds = [Activity.customer_id == cid]
    if cursor is not None:
        # Activities carry a moment; the cursor's day is a range of moments.
        c_day, c_rank, c_id = cursor
        rank = KIND_RANK["follow_up"]
        day_start, day_end = _utc_bounds(c_day)
        if rank < c_rank:
            conds.append(Activity.occurred_at < day_end)
        elif rank > c_rank:
            conds.append(Activity.occurred_at < day_start)
        else:
            conds.append(
                or_(
                    Activity.occurred_at < day_start,
                    and_(Activity.occurred_at < day_end, Activity.id < c_id),
                )
            )
    columns = (
        Activity.id,
        Activity.occurred_at,
        Activity.kind,
        Activity.summary,
        Activity.promise_amount_fen,
        Activity.promise_date,
        Activity.promise_status,
    )
    newest = (Activity.occurred_at.desc(), Activity.id.desc())
    rows = {
        r[0]: r
        for r in session.execute(select(*columns).where(*conds).order_by(*newest).limit(limit))
    }
    if len(rows) == limit:
        # The page ends inside a day that sorts by id, not by time: read all of that day.
        last_start, last_end = _utc_bounds(local_date(min(r[1] for r in rows.values())))
        rows.update(
            (r[0], r)
            for r in session.execute(
                select(*columns).where(
                    *conds, Activity.occurred_at >= last_start, Activity.occurred_at < last_end
                )
            )
        )
    for aid, at, kind, summary, promise_fen, promise_date, promise_status in rows.values():
        yield TimelineEntry(
            local_date(at),
            "follow_up",
            summary,
            {
                "kind": kind,
                "promise_date": promise_date.isoformat() if promise_date else "",
                "promise_status": promise_status or "",
            },
            promise_fen,
            "activity",
            aid,
            is_template=False,
        )


def _utc_bounds(day: date) -> tuple[datetime, datetime]:
    """The local calendar day as a half-open range of UTC moments."""
    start = datetime.combine(day, time(0)).astimezone(UTC)
    return start, datetime.combine(day + timedelta(days=1), time(0)).astimezone(UTC)


def _statements(
    session: Session, cid: int, limit: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    stmt = (
        select(
            Statement.id,
            Statement.number,
            Statement.period_from,
            Statement.period_to,
            Statement.closing_balance_fen,
            Statement.reply,
        )
        .where(
            Statement.customer_id == cid,
            *_before(Statement.period_to, Statement.id, KIND_RANK["statement"], cursor),
        )
        .order_by(Statement.period_to.desc(), Statement.id.desc())
        .limit(limit)
    )
    for sid, number, start, end, closing, reply in session.execute(stmt):
        yield TimelineEntry(
            end,
            "statement",
            "Statement {number} for {start} to {end}, closing balance {amount}",
            {
                "number": number,
                "start": start.isoformat(),
                "end": end.isoformat(),
                "amount": _yuan(closing),
                "reply": reply,
            },
            closing,
            "statement",
            sid,
        )


def _credit_decisions(
    session: Session, cid: int, cursor: TimelineCursor | None
) -> Iterator[TimelineEntry]:
    """From the audit log: the customer created, tier changes, credit-hold overrides."""
    stmt = (
        select(
            AuditEntry.id,
            AuditEntry.at,
            AuditEntry.action,
            AuditEntry.before,
            AuditEntry.after,
            AuditEntry.reason,
        )
        .where(
            AuditEntry.entity_type == "customer",
            AuditEntry.entity_id == cid,
            AuditEntry.action.in_(
                ("customer.create", "customer.update", "customer.tier_change", "credit.override")
            ),
        )
        .order_by(AuditEntry.id.desc())
    )
    rows = session.execute(stmt).all()
    tier_ids = {
        value.get("tier_id")
        for _, _, _, before, after, _ in rows
        for value in (before or {}, after or {})
        if isinstance(value, dict)
    } - {None}
    # Keyed for lookups with the audit entries' tier_id, which is None when absent.
    names: dict[int | None, str] = {
        tier_id: name
        for tier_id, name in session.execute(
            select(CreditTier.id, CreditTier.name).where(CreditTier.id.in_(tier_ids))
        )
    }
    for aid, at, action, before, after, reason in rows:
        before, after = before or {}, after or {}
        on = local_date(at)
        if action == "customer.create":
            entry = TimelineEntry(
                on,
                "customer_created",
                "Became a customer in tier {tier}",
                {"tier": names.get(after.get("tier_id"), "")},
                None,
                "audit",
                aid,
            )
        elif action == "credit.override":
            entry = TimelineEntry(
                on,
                "credit_override",
                "Credit hold overridden for {kind} {reference}: {reason}",
                {
                    "kind": after.get("kind", ""),
                    "reference": after.get("reference", ""),
                    "reason": reason or "",
                },
                after.get("added_fen"),
                "audit",
                aid,
            )
        elif before.get("tier_id") != after.get("tier_id") and "tier_id" in after:
            entry = TimelineEntry(
                on,
                "tier_change",
                "Credit tier changed from {old} to {new}",
                {
                    "old": names.get(before.get("tier_id"), ""),
                    "new": names.get(after.get("tier_id"), ""),
                    "reason": reason or "",
                },
                None,
                "audit",
                aid,
            )
        else:
            continue
        if _older(entry, cursor):
            yield entry


def _yuan(fen: int) -> str:
    return Money(fen).format()


def timeline(
    session: Session, customer_id: int, limit: int = PAGE, before: TimelineCursor | None = None
) -> list[TimelineEntry]:
    """Up to ``limit`` entries, newest first. For the next page pass the ``cursor`` of the
    last entry shown as ``before``."""
    entries = [
        *_invoices(session, customer_id, limit, before),
        *_corrections(session, customer_id, before),
        *_payments(session, customer_id, limit, before),
        *_write_offs(session, customer_id, limit, before),
        *_stages(session, customer_id, limit, before),
        *_follow_ups(session, customer_id, limit, before),
        *_statements(session, customer_id, limit, before),
        *_credit_decisions(session, customer_id, before),
    ]
    entries.sort(key=lambda e: e.cursor, reverse=True)
    return entries[:limit]
