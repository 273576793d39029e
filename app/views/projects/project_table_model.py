"""Columns of the project list and the list source that feeds them from the service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject

from app.db.session import Database
from app.domain.clock import Clock
from app.services.core.list_request import ListRequest
from app.services.projects.project_list_service import (
    ProjectRow,
    ProjectTotals,
    count_projects,
    fetch_projects,
    project_totals,
)
from app.views.ledger_labels import stage_label
from app.views.ops.op_runner import OpRunner
from app.views.tables.paged_table_model import ColumnKind, ColumnSpec, PagedTableModel
from app.views.translate import QT_TRANSLATE_NOOP

# The order the list opens in (also that of `labledger export`).
DEFAULT_REQUEST = ListRequest(sort_key="stage_since", descending=True)
CONTEXT = "ProjectTableModel"


class ProjectColumn(IntEnum):
    CODE = 0
    TITLE = 1
    CUSTOMER = 2
    STAGE = 3
    AMOUNT = 4
    DAYS = 5
    DEADLINE = 6
    FLAGS = 7
    SALESPERSON = 8
    SINCE = 9


def project_amount(row: ProjectRow) -> int:
    """The contract amount once signed, the quote before."""
    return row.contract_amount_fen or row.quoted_amount_fen


def days_in_stage(row: ProjectRow, as_of: date) -> int:
    return max((as_of - row.stage_since).days, 0)


def needs_attention(row: ProjectRow, as_of: date) -> bool:
    return row.stalled or row.deadline_overdue(as_of)


def flags_text(row: ProjectRow, as_of: date) -> str:
    flags = []
    if row.stalled:
        flags.append(QCoreApplication.translate("ProjectTableModel", "Stalled"))
    if row.deadline_overdue(as_of):
        flags.append(QCoreApplication.translate("ProjectTableModel", "Deadline passed"))
    return " · ".join(flags)


COLUMNS: tuple[ColumnSpec[ProjectRow], ...] = (
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Code"),
        lambda r, _d: r.code,
        sort_key="code",
        width_chars=12,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Project"), lambda r, _d: r.title, width_chars=16
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Customer"),
        lambda r, _d: r.customer_name,
        sort_key="customer",
        width_chars=16,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Stage"),
        lambda r, _d: r.stage,
        text=lambda r, _d: stage_label(r.stage),
        width_chars=7,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Amount"),
        lambda r, _d: project_amount(r),
        ColumnKind.MONEY,
        sort_key="contract_amount",
        width_chars=11,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Days in stage"),
        days_in_stage,
        ColumnKind.COUNT,
        width_chars=6,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Stage deadline"),
        lambda r, _d: r.stage_deadline,
        ColumnKind.DATE,
        width_chars=10,
    ),
    ColumnSpec(QT_TRANSLATE_NOOP("ProjectTableModel", "Attention"), flags_text, width_chars=7),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Salesperson"),
        lambda r, _d: r.salesperson,
        width_chars=6,
    ),
    ColumnSpec(
        QT_TRANSLATE_NOOP("ProjectTableModel", "Since"),
        lambda r, _d: r.stage_since,
        ColumnKind.DATE,
        sort_key="stage_since",
        width_chars=10,
    ),
)
assert len(COLUMNS) == len(ProjectColumn)


class ProjectListSource:
    def __init__(self, db: Database) -> None:
        self._db = db

    def count(self, req: ListRequest) -> int:
        assert req.as_of is not None
        with self._db.read() as session:
            return count_projects(session, req, req.as_of)

    def fetch(
        self, req: ListRequest, offset: int, limit: int, total: int | None
    ) -> Sequence[ProjectRow]:
        assert req.as_of is not None
        with self._db.read() as session:
            return fetch_projects(session, req, offset, limit, req.as_of)

    def totals(self, req: ListRequest) -> ProjectTotals:
        assert req.as_of is not None
        with self._db.read() as session:
            return project_totals(session, req, req.as_of)


def project_table_model(
    db: Database, runner: OpRunner, clock: Clock, parent: QObject | None = None
) -> PagedTableModel[ProjectRow]:
    source = ProjectListSource(db)
    return PagedTableModel(
        COLUMNS,
        source,
        runner,
        clock,
        DEFAULT_REQUEST,
        context=CONTEXT,
        highlight=needs_attention,
        totals=source.totals,
        parent=parent,
    )
