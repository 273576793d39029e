"""What every part of the demo generator shares: the run's state and bookkeeping (random
source, day values, row buffers, next ids, counters), the records of the staff, tiers and
projects being generated, and the positions of the per-invoice working list.

The parts (customers.py, projects.py, invoices.py, payments.py, follow_ups.py) are mixins
of ``_GeneratorState``; generator.py puts them together."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.demo.bulk import HORIZON_DAYS, _DayValues, _Sink
from app.demo.tables import _TABLE_COLUMNS, table_of
from app.domain.enums import CustomerCategory, ProjectStage
from app.domain.money import Money, tax_of_inclusive
from app.models import Base, InvoiceRequest, NumberSequence, Payment, Project
from app.services.core.numbering_service import numbering_rules, parse

Progress = Callable[[int, int], None]

YUAN = 100

_STAGES = (
    ProjectStage.LEAD,
    ProjectStage.QUOTED,
    ProjectStage.CONTRACTED,
    ProjectStage.SAMPLES_RECEIVED,
    ProjectStage.TESTING,
    ProjectStage.REPORT_ISSUED,
    ProjectStage.INVOICED,
    ProjectStage.PAID,
)
(_LEAD, _QUOTED, _CONTRACTED, _SAMPLES, _TESTING, _REPORT, _INVOICED, _PAID) = range(8)
_CANCELLED = -1

# Per-invoice working record, a list indexed by these positions (faster than objects).
_InvoiceRecord = list[Any]
(
    _I_DAY,
    _I_DUE,
    _I_AMT,
    _I_KIND,
    _I_RATE,
    _I_VOID,
    _I_PROJECT,
    _I_INSTALLMENT,
    _I_CREDIT,
    _I_SETTLED,
    _I_LAST,
) = range(11)


# A customer's identity (name, short name, tests, category, region...) by key.
_Identity = dict[str, Any]


class _Cancelled(Exception):
    pass


@dataclass
class _Tier:
    id: int
    code: str
    terms: int
    limit_fen: int
    stall_days: int
    hold_reports: bool


@dataclass
class _Person:
    id: int
    name: str
    login: str


@dataclass
class _Project:
    """A project being generated; ``days`` holds the day of each stage reached."""

    id: int
    category: str
    title: str
    salesperson: int
    technician: int
    finance: int
    quoted_fen: int
    contract_fen: int
    stage: int  # index into _STAGES, or _CANCELLED
    days: list[int | None]
    plan: int | None
    installment_ids: list[int]
    installment_amounts: list[int]
    invoices: list[int]  # positions in the customer's invoice list
    cancelled_day: int | None = None
    released_day: int | None = None

    @property
    def lead_day(self) -> int:
        day = self.days[_LEAD]
        assert day is not None, "every project starts as a lead"
        return day


# The numbered documents of the demo: the column the number goes to, and the one it is
# dated by (as the application numbers them: a project by its opening, a payment by the day
# it was received, an invoice request by the day it was made).
_NUMBERED: dict[str, tuple[type[Base], str, str]] = {
    "project": (Project, "code", "lead_date"),
    "invoice_request": (InvoiceRequest, "number", "requested_at"),
    "payment": (Payment, "number", "received_date"),
}


class _Numbers:
    """Document numbers by the database's numbering rules, as the application gives them.

    Rows are written with a stand-in first (customers are generated one after the other,
    so a number in date order is known only at the end); ``store`` then numbers each kind
    in date order, a running value per period, and leaves ``number_sequences`` where the
    application carries on."""

    def __init__(self, conn: Connection) -> None:
        # The session joins the load's transaction; closing it leaves that transaction alone.
        with Session(bind=conn) as session:
            rules = numbering_rules(session)
        self.patterns = {kind: parse(kind, rules[kind]) for kind in _NUMBERED}
        self.last = {
            (kind, period): value - 1
            for kind, period, value in conn.execute(
                select(NumberSequence.kind, NumberSequence.year, NumberSequence.next_value)
            )
        }
        self.stand_ins = 0

    def stand_in(self) -> str:
        """Unique, and unlike any number: a pattern cannot hold "#"."""
        self.stand_ins += 1
        return f"#{self.stand_ins}"

    def store(self, conn: Connection) -> None:
        # One UPDATE ... FROM a table of the numbers: far quicker than an UPDATE per row.
        numbers = Table(
            "demo_numbers",
            MetaData(),
            Column("id", Integer, primary_key=True),
            Column("number", String),
            prefixes=["TEMPORARY"],
        )
        for kind, (model, number, dated_by) in _NUMBERED.items():
            table = table_of(model)
            rows = conn.execute(
                select(table.c.id, table.c[dated_by])
                .where(table.c[number].startswith("#"))
                .order_by(table.c[dated_by], table.c.id)
            )
            values = [{"id": row_id, "number": self._take(kind, on)} for row_id, on in rows]
            if not values:
                continue
            numbers.create(conn)
            conn.execute(insert(numbers), values)
            # The rows keep their timestamps (derived from their dates, see generator.py).
            conn.execute(
                update(table)
                .where(table.c.id == numbers.c.id)
                .values({number: numbers.c.number, "updated_at": table.c.updated_at})
            )
            numbers.drop(conn)
        if not self.last:
            return
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(NumberSequence).values(
            [
                {"kind": kind, "year": period, "next_value": last + 1}
                for (kind, period), last in sorted(self.last.items())
            ]
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["kind", "year"], set_={"next_value": stmt.excluded.next_value}
            )
        )

    def _take(self, kind: str, on: date) -> str:
        pattern = self.patterns[kind]
        key = (kind, pattern.period(on))
        value = self.last[key] = self.last.get(key, 0) + 1
        return pattern.format(on, value)


class _GeneratorState:
    """The state of one run; the parts add the rows of their concern."""

    # Made once before the customers: the staff (customers.py) and the plan of every
    # customer (generator.py); names and registration codes already given out.
    users: list[_Person]
    manager: _Person
    finance: list[_Person]
    technicians: list[_Person]
    sales: list[_Person]
    sales_weights: list[int]
    category_of: list[CustomerCategory]
    used_names: set[str]
    used_uscc: set[str]

    def __init__(
        self,
        conn: Connection,
        rng: random.Random,
        today: date,
        customers: int,
        invoices: int,
        progress: Progress | None,
        is_cancelled: Callable[[], bool] | None,
    ) -> None:
        self.conn = conn
        self.rng = rng
        self.n_customers = customers
        self.n_invoices = invoices
        self.progress = progress
        self.is_cancelled = is_cancelled
        self.sink = _Sink(conn, self._checkpoint)
        self.d = _DayValues(conn, today, self.sink.preprocessed)
        self.T = self.d.today
        self.H = self.T - HORIZON_DAYS
        self.done = 0
        self.counts: dict[str, int] = dict.fromkeys(
            (
                "contacts",
                "projects",
                "red",
                "void",
                "payments",
                "allocations",
                "write_offs",
                "activities",
                "requests",
            ),
            0,
        )
        self.money: dict[str, int] = dict.fromkeys(
            ("invoiced", "credited", "received", "allocated", "written_off"), 0
        )
        self.tax_cache: dict[tuple[int, int], int] = {}
        self.numbers = _Numbers(conn)
        b = self.sink.buffers
        self.b_user, self.b_customer, self.b_contact = b["users"], b["customers"], b["contacts"]
        self.b_ownership, self.b_alias = b["customer_ownerships"], b["payer_aliases"]
        self.b_project, self.b_item = b["projects"], b["project_items"]
        self.b_event, self.b_installment = b["project_stage_events"], b["installments"]
        self.b_invoice, self.b_request = b["invoices"], b["invoice_requests"]
        self.b_payment, self.b_allocation = b["payments"], b["allocations"]
        self.b_write_off, self.b_activity = b["write_offs"], b["activities"]
        self.b_write_off_request = b["write_off_requests"]
        self.next_id = {
            table.name: (conn.scalar(select(func.max(table.c.id))) or 0) + 1
            for table in (table_of(model) for model, _ in _TABLE_COLUMNS)
        }

    # -- bookkeeping ------------------------------------------------------------------

    def _ids(self, table: str, n: int = 1) -> int:
        first = self.next_id[table]
        self.next_id[table] = first + n
        return first

    def _checkpoint(self) -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise _Cancelled
        if self.progress is not None:
            self.progress(self.done, self.n_customers + self.n_invoices)

    def _tax(self, amount: int, rate: int) -> int:
        key = (amount, rate)
        tax = self.tax_cache.get(key)
        if tax is None:
            tax = self.tax_cache[key] = tax_of_inclusive(Money(amount), rate).fen
        return tax
