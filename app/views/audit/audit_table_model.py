"""Columns of the audit log and the list source that feeds them from the service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QObject

from app.db.session import Database
from app.domain.clock import Clock
from app.services.audit.audit_log_service import AuditRow, count_audit, fetch_audit
from app.services.core.context import Actor
from app.services.core.list_request import ListRequest
from app.views.audit.audit_labels import action_label, kind_label, system_label
from app.views.ops.op_runner import OpRunner
from app.views.tables.paged_table_model import ColumnSpec, PagedTableModel
from app.views.translate import QT_TRANSLATE_NOOP

CONTEXT = "AuditTableModel"


class AuditColumn(IntEnum):
    TIME = 0
    USER = 1
    ACTION = 2
    RECORD = 3
    REASON = 4


def local_time(at: datetime) -> str:
    """An entry's time on this PC's clock (entries are stored in UTC)."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def record_text(row: AuditRow) -> str:
    """ "Customer 苏州检测 (#12)": the kind, the record's name when it exists, its id."""
    parts = [kind_label(row.entity_type)]
    if row.entity_name:
        parts.append(row.entity_name)
    if row.entity_id is not None:
        parts.append(f"(#{row.entity_id})")
    return " ".join(parts)


def user_text(row: AuditRow) -> str:
    return row.user_name or (system_label() if row.user_id is None else f"#{row.user_id}")


COLUMNS: tuple[ColumnSpec[AuditRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
        lambda r, _d: r.at,
        sort_key="at",
        text=lambda r, _d: local_time(r.at),
        width_chars=18,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        lambda r, _d: user_text(r),
        width_chars=10,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        lambda r, _d: r.action,
        text=lambda r, _d: action_label(r.action),
        width_chars=20,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        lambda r, _d: record_text(r),
        width_chars=40,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("AuditTableModel", "Reason"), lambda r, _d: r.reason, width_chars=24
    ),
)
assert len(COLUMNS) == len(AuditColumn)


class AuditListSource:
    """The service's pages for ``actor``; it refuses anyone but managers and admins."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def count(self, req: ListRequest) -> int:
        with self._db.read() as session:
            return count_audit(session, self._actor, req)

    def fetch(
        self, req: ListRequest, offset: int, limit: int, total: int | None
    ) -> Sequence[AuditRow]:
        with self._db.read() as session:
            return fetch_audit(session, self._actor, req, offset, limit)


def audit_table_model(
    db: Database, actor: Actor, runner: OpRunner, clock: Clock, parent: QObject | None = None
) -> PagedTableModel[AuditRow]:
    return PagedTableModel(
        COLUMNS,
        AuditListSource(db, actor),
        runner,
        clock,
        ListRequest(sort_key="at", descending=True),
        context=CONTEXT,
        parent=parent,
    )
