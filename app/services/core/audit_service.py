"""The tamper-evident audit log: append entries and verify the hash chain."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import AuditEntry

if TYPE_CHECKING:
    from app.services.core.context import Actor

GENESIS = "0" * 64


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
) -> AuditEntry:
    """Append one entry inside the caller's write transaction."""
    last = session.execute(
        select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1).with_for_update()
    ).scalar()
    at = actor.clock.now_utc().replace(microsecond=0)
    # JSON round trip so what is hashed is exactly what is stored (dates become strings).
    before = json.loads(json.dumps(before, default=str)) if before is not None else None
    after = json.loads(json.dumps(after, default=str)) if after is not None else None
    prev = last or GENESIS
    entry = AuditEntry(
        at=at,
        user_id=actor.user_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        before=before,
        after=after,
        reason=reason,
        prev_hash=prev,
        hash=_digest(
            prev, at, actor.user_id, action, entity_type, entity_id, before, after, reason
        ),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainBreak:
    entry_id: int
    problem: str


def verify_chain(session: Session) -> list[ChainBreak]:
    breaks: list[ChainBreak] = []
    prev = GENESIS
    for e in session.scalars(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000):
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
            breaks.append(ChainBreak(e.id, "previous hash does not match the entry before"))
        elif e.hash != expected:
            breaks.append(ChainBreak(e.id, "content does not match its hash (edited)"))
        prev = e.hash
    return breaks


def _as_utc(at: datetime) -> datetime:
    # SQLite hands timestamps back without their zone; they were stored as UTC.
    return at if at.tzinfo else at.replace(tzinfo=UTC)
