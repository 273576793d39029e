"""The tamper-evident audit log: append entries and verify the hash chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, select, update
from sqlalchemy.orm import Session

from app.models import AuditChainHead, AuditEntry

if TYPE_CHECKING:
    from app.services.core.context import Actor

GENESIS = "0" * 64
# Where a session keeps the entries recorded in its transaction until it commits.
_RECORDED = "labledger.audit_recorded"


def _digest(
    prev_hash: str,
    at: datetime,
    user_id: int | None,
    action: str,
    entity_type: str,
    entity_id: int | None,
    before: Any,
    after: Any,
    reason: str | None,
) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(), user_id, action, entity_type, entity_id, before, after, reason],
        ensure_ascii=False,
        sort_keys=True,
        default=str,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record_audit(
    session: Session,
    actor: Actor,
    action: str,
    entity_type: str,
    entity_id: int | None,
    before: Any = None,
    after: Any = None,
    reason: str | None = None,
    *,
    plain: bool = False,
) -> None:
    """Record one entry in the caller's write transaction; it joins the chain when the
    transaction commits (see ``append_recorded``). ``plain``: ``before`` and ``after`` hold
    only JSON's own values (str, int, None, lists, dicts with str keys; dates already
    written as text), so the round trip below would change nothing (a large import's
    entries, where it is a tenth of the time)."""
    at = actor.clock.now_utc().replace(microsecond=0)
    if not plain:
        # JSON round trip so what is hashed is exactly what is stored (dates become text).
        before = json.loads(json.dumps(before, default=str)) if before is not None else None
        after = json.loads(json.dumps(after, default=str)) if after is not None else None
    session.connection()  # begins the transaction the entry belongs to, if nothing has yet
    _recorded(session).append(
        AuditEntry(
            at=at,
            user_id=actor.user_id,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            before=before,
            after=after,
            reason=reason,
        )
    )


def _recorded(session: Session) -> list[AuditEntry]:
    """The entries recorded in the session's current transaction and not appended yet."""
    transaction = session.get_transaction()
    held = session.info.get(_RECORDED)
    if held is None or held[0] is not transaction:
        held = session.info[_RECORDED] = (transaction, [])
    entries: list[AuditEntry] = held[1]
    return entries


@event.listens_for(Session, "before_commit")
def append_recorded(session: Session) -> None:
    """Append the transaction's entries to the chain, just before it commits.

    The chain head row is locked for that (SELECT ... FOR UPDATE on PostgreSQL; SQLite's
    writer already holds the whole file), so concurrent writers append one after the other
    and each entry links to the one before it in id order. Taken last, at commit, the lock
    is held for milliseconds and never waited for while holding it, so it cannot be part of
    a deadlock. A session that joins a transaction it does not commit (the demo load) calls
    this itself."""
    entries = _recorded(session)
    if not entries:
        return
    prev = session.execute(
        select(AuditChainHead.hash).where(AuditChainHead.id == 1).with_for_update()
    ).scalar_one()
    for entry in entries:
        entry.prev_hash = prev
        entry.hash = prev = _digest(
            prev,
            entry.at,
            entry.user_id,
            entry.action,
            entry.entity_type,
            entry.entity_id,
            entry.before,
            entry.after,
            entry.reason,
        )
        session.add(entry)
    entries.clear()
    session.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == 1)
        .values(hash=prev)
        .execution_options(synchronize_session=False)
    )
    session.flush()


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: str
    # What the broken entry says it is, so that a report names it (None when gone).
    at: datetime | None = None
    action: str = ""
    entity: str = ""

    def describe(self) -> str:
        """ "entry 12 (2026-03-01 09:30:00 UTC, customer.update of customer 4): ..."."""
        if self.at is None:
            return f"entry {self.entry_id}: {self.problem}"
        when = _as_utc(self.at).strftime("%Y-%m-%d %H:%M:%S UTC")
        return f"entry {self.entry_id} ({when}, {self.action} of {self.entity}): {self.problem}"


def verify_chain(session: Session) -> list[ChainBreak]:
    breaks: list[ChainBreak] = []
    prev = GENESIS
    last: AuditEntry | None = None
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
        last = e
        expected = _digest(
            prev,
            _as_utc(e.at),
            e.user_id,
            e.action,
            e.entity_type,
            e.entity_id,
            e.before,
            e.after,
            e.reason,
        )
        if e.prev_hash != prev:
            breaks.append(_break(e, "previous hash does not match the entry before"))
        elif e.hash != expected:
            breaks.append(_break(e, "content does not match its hash (edited)"))
        prev = e.hash
    if session.scalar(select(AuditChainHead.hash).where(AuditChainHead.id == 1)) != prev:
        gone = "the chain head names another entry: entries after it are gone"
        breaks.append(_break(last, gone) if last is not None else ChainBreak(0, gone))
    return breaks


def _break(entry: AuditEntry, problem: str) -> ChainBreak:
    entity = entry.entity_type + (f" {entry.entity_id}" if entry.entity_id is not None else "")
    return ChainBreak(entry.id, problem, entry.at, entry.action, entity)


def _as_utc(at: datetime) -> datetime:
    # SQLite hands timestamps back without their zone; they were stored as UTC. PostgreSQL
    # hands them back in the session's zone (+08:00 on a server set to Beijing time), and
    # the hash was taken over the UTC form.
    return at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)
