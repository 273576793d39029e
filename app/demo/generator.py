"""Demo data (`labledger demo`): a realistic lab ledger of any size, reproducible from a seed.

The generator streams rows with SQLAlchemy Core in one transaction instead of building ORM
objects, so a million invoices fit in about a minute and in bounded memory. Every id is
assigned here, every cached sum (``Invoice.settled_fen``, ``Payment.allocated_fen``) is
computed as the rows are made, and every timestamp is derived from the business dates, so
the same seed, sizes and ``today`` always give the same rows."""

from __future__ import annotations

import math
import random
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, time
from itertools import accumulate

from sqlalchemy import Connection, Date, DateTime, Index, Table, func, insert, inspect, select
from sqlalchemy.orm import Session

from app.db.engine import writer
from app.db.session import Database
from app.demo import names
from app.domain.clock import FixedClock
from app.domain.enums import (
    ActivityKind,
    CustomerCategory,
    InstallmentTrigger,
    InvoiceKind,
    InvoiceRequestStatus,
    InvoiceStatus,
    PaymentMethod,
    PaymentStatus,
    ProjectStage,
    PromiseStatus,
    Role,
)
from app.domain.errors import LedgerError, ValidationError
from app.domain.money import Money, split_by_shares, tax_of_inclusive
from app.domain.names import name_key
from app.domain.uscc import check_char, make_uscc
from app.models import (
    Activity,
    Allocation,
    Contact,
    CreditTier,
    Customer,
    CustomerOwnership,
    Installment,
    Invoice,
    InvoiceRequest,
    PayerAlias,
    Payment,
    Project,
    ProjectItem,
    ProjectStageEvent,
    User,
    WriteOff,
)
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor

Progress = Callable[[int, int], None]

# Rows buffered across all tables before they are written: bounds memory, keeps executemany
# batches large enough to be fast.
CHUNK_ROWS = 20_000
HORIZON_DAYS = 3652  # ten years of history up to `today`
PROJECT_WINDOW_DAYS = 365  # older invoices come from the legacy ledger, without projects
RED_LETTER_SHARE = 0.02
YUAN = 100

# Parents before children: rows are written table by table in this order at every flush.
_TABLE_COLUMNS: tuple[tuple[type, tuple[str, ...]], ...] = (
    (
        User,
        (
            "id",
            "login",
            "display_name",
            "role",
            "password_hash",
            "active",
            "manager_id",
            "email",
            "phone",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
    (
        Customer,
        (
            "id",
            "code",
            "name",
            "name_key",
            "short_name",
            "uscc",
            "category",
            "tier_id",
            "credit_limit_override_fen",
            "payment_terms_override_days",
            "owner_id",
            "region",
            "address",
            "mailing_address",
            "phone",
            "invoice_title",
            "tax_id",
            "bank_name",
            "bank_account",
            "notes",
            "archived",
            "since",
            "source_key",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
    (
        Contact,
        (
            "id",
            "customer_id",
            "name",
            "title",
            "phone",
            "email",
            "wechat",
            "is_primary",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
    (CustomerOwnership, ("id", "customer_id", "owner_id", "start_date", "end_date")),
    (PayerAlias, ("id", "customer_id", "payer_name", "payer_key", "created_at", "updated_at")),
    (
        Project,
        (
            "id",
            "code",
            "customer_id",
            "title",
            "test_category",
            "salesperson_id",
            "technician_id",
            "finance_id",
            "contract_no",
            "quoted_amount_fen",
            "contract_amount_fen",
            "stage",
            "stage_since",
            "stage_deadline",
            "lead_date",
            "quoted_date",
            "contracted_date",
            "samples_received_date",
            "testing_date",
            "report_issued_date",
            "report_released_date",
            "invoiced_date",
            "paid_date",
            "cancelled_date",
            "notes",
            "source_key",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
    (
        ProjectItem,
        (
            "id",
            "project_id",
            "line_no",
            "test_item",
            "standard",
            "quantity_milli",
            "unit_price_fen",
            "discount_fen",
            "amount_fen",
        ),
    ),
    (
        ProjectStageEvent,
        ("id", "project_id", "from_stage", "to_stage", "event_date", "user_id", "at", "note"),
    ),
    (
        Installment,
        (
            "id",
            "project_id",
            "seq",
            "share_bp",
            "amount_fen",
            "trigger",
            "offset_days",
            "due_date",
            "description",
            "version",
        ),
    ),
    (
        Invoice,
        (
            "id",
            "number",
            "kind",
            "customer_id",
            "project_id",
            "installment_id",
            "issue_date",
            "due_date",
            "amount_fen",
            "tax_rate_bp",
            "tax_fen",
            "settled_fen",
            "currency",
            "status",
            "original_invoice_id",
            "void_reason",
            "issued_by",
            "source_key",
            "note",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
    (
        InvoiceRequest,
        (
            "id",
            "customer_id",
            "project_id",
            "installment_id",
            "amount_fen",
            "kind",
            "tax_rate_bp",
            "requested_by",
            "requested_at",
            "status",
            "reject_reason",
            "invoice_id",
            "note",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
    (
        Payment,
        (
            "id",
            "number",
            "customer_id",
            "received_date",
            "amount_fen",
            "allocated_fen",
            "method",
            "bank_ref",
            "payer_name",
            "status",
            "recorded_by",
            "source_key",
            "note",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
    (
        Allocation,
        (
            "id",
            "payment_id",
            "invoice_id",
            "amount_fen",
            "allocated_date",
            "created_by",
            "created_at",
            "updated_at",
        ),
    ),
    (
        WriteOff,
        (
            "id",
            "invoice_id",
            "amount_fen",
            "write_off_date",
            "reason",
            "approver_id",
            "created_by",
            "created_at",
            "updated_at",
        ),
    ),
    (
        Activity,
        (
            "id",
            "customer_id",
            "project_id",
            "user_id",
            "kind",
            "occurred_at",
            "summary",
            "next_action_date",
            "promise_amount_fen",
            "promise_date",
            "promise_status",
            "version",
            "created_at",
            "updated_at",
        ),
    ),
)

# Share of customers per tier, and what kind of payer each tier mostly is.
_TIER_SHARES = (("key", 5), ("premium", 20), ("regular", 65), ("high_risk", 10))
_TIER_MEDIAN_YUAN = {"key": 26_000, "premium": 12_000, "regular": 5_000, "high_risk": 3_000}
# Payment delay after the due date: (low, high, mode) days of a triangular distribution,
# and the chance that an invoice is never paid.
_PAYER_PROFILES = (
    ((-12, 6, -2), 0.001),  # prompt
    ((-5, 45, 8), 0.004),  # normal
    ((5, 150, 40), 0.015),  # slow
    ((20, 420, 100), 0.22),  # bad
)
_PROFILE_MIX = {
    "key": (5, 55, 40, 0),
    "premium": (45, 45, 10, 0),
    "regular": (20, 47, 25, 8),
    "high_risk": (0, 15, 40, 45),
}
_GOVERNMENT_PROFILE_MIX = (5, 30, 60, 5)  # budgets are approved late, but they pay
_BIG_CUSTOMER_SHARE = 0.05  # the largest customers are the key accounts
_SIZE_EXPONENT = 0.9  # invoice share of the customer at size rank r is proportional to r^-0.9

# Payment plans (回款计划): (share_bp, trigger, offset days, description) per installment.
_PLANS: tuple[tuple[tuple[int, InstallmentTrigger, int, str], ...], ...] = (
    ((10_000, InstallmentTrigger.REPORT_ISSUED, 30, "报告出具后30天内付清"),),
    (
        (3_000, InstallmentTrigger.CONTRACT_SIGNED, 0, "合同签订后支付30%"),
        (7_000, InstallmentTrigger.REPORT_ISSUED, 30, "报告出具后30天内支付70%"),
    ),
    (
        (5_000, InstallmentTrigger.SAMPLES_RECEIVED, 0, "收样后支付50%"),
        (5_000, InstallmentTrigger.REPORT_ISSUED, 60, "报告出具后60天内支付50%"),
    ),
)
_PLAN_SINGLE, _PLAN_30_70, _PLAN_50_50 = range(3)
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
_TRIGGER_STAGE = {
    InstallmentTrigger.CONTRACT_SIGNED: _CONTRACTED,
    InstallmentTrigger.SAMPLES_RECEIVED: _SAMPLES,
    InstallmentTrigger.REPORT_ISSUED: _REPORT,
}
# Stages of projects that have no invoice yet; the last entry stands for cancelled.
_PIPELINE_WEIGHTS = (14, 18, 14, 10, 16, 16, 12)
_CANCELLED = -1

# Per-invoice working record, a list indexed by these positions (faster than objects).
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


@dataclass(frozen=True)
class DemoSummary:
    """What was generated; amounts in fen. ``cancelled`` means nothing was written."""

    users: int = 0
    customers: int = 0
    contacts: int = 0
    projects: int = 0
    invoices: int = 0
    red_letter_invoices: int = 0
    void_invoices: int = 0
    payments: int = 0
    allocations: int = 0
    write_offs: int = 0
    activities: int = 0
    invoice_requests: int = 0
    invoiced_fen: int = 0  # issued positive invoices
    credited_fen: int = 0  # red-letter credits, as a positive amount
    received_fen: int = 0
    allocated_fen: int = 0
    written_off_fen: int = 0
    open_fen: int = 0  # receivables still open: invoiced - credited - allocated - written off
    cancelled: bool = False

    def describe(self) -> str:
        """One line for the command line, e.g. '300 customers, 5,000 invoices (...)'."""
        if self.cancelled:
            return "cancelled, nothing was written"
        return (
            f"{self.customers:,} customers, {self.invoices:,} invoices "
            f"({self.red_letter_invoices:,} red-letter), {self.payments:,} payments, "
            f"{self.write_offs:,} write-offs, {self.projects:,} projects, "
            f"{self.users:,} users; open receivables {Money(self.open_fen)}"
        )


# What a load writes (it uses the credit tiers and settings the database has).
DEMO_KINDS = frozenset(
    {
        Kind.USERS,
        Kind.CUSTOMERS,
        Kind.ACTIVITIES,
        Kind.PROJECTS,
        Kind.INVOICE_REQUESTS,
        Kind.INVOICES,
        Kind.PAYMENTS,
    }
)


class _Cancelled(Exception):
    pass


def generate_demo(
    db: Database,
    *,
    customers: int,
    invoices: int,
    seed: int,
    today: date,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Changed[DemoSummary]:
    """Fill an empty database with demo users, customers, projects, invoices and payments.

    ``invoices`` counts every invoice row, red-letter ones included. Refuses a database that
    already has customers. When ``is_cancelled`` returns True the transaction is rolled back
    and the summary says ``cancelled``."""
    if customers < 1:
        raise ValidationError(
            "customers", "At least one customer is needed, not {value}.", value=customers
        )
    if invoices < 0:
        raise ValidationError(
            "invoices", "The number of invoices cannot be {value}.", value=invoices
        )
    engine = writer(db.engine)
    with engine.connect() as conn, _bulk_load_settings(conn):
        try:
            with conn.begin():
                if conn.scalar(select(func.count()).select_from(Customer)):
                    raise LedgerError(
                        "The database already has customers. Demo data can only be "
                        "generated into an empty database."
                    )
                generator = _Generator(
                    conn, random.Random(seed), today, customers, invoices, progress, is_cancelled
                )
                tables = [model.__table__ for model, _ in _TABLE_COLUMNS]
                dropped = _drop_indexes(conn, tables)
                summary = generator.run()
                for index in dropped:
                    index.create(conn)
                _advance_id_sequences(conn, tables)
                _record_audit(conn, today, summary)
        except _Cancelled:
            return Changed.of(DemoSummary(cancelled=True))
    if progress is not None:
        progress(customers + invoices, customers + invoices)
    return Changed(summary, DEMO_KINDS)


@contextmanager
def _bulk_load_settings(conn: Connection) -> Iterator[None]:
    """On SQLite, skip fsync and use a larger page cache for the load, then restore both.

    Safe because the load is one transaction: a crash leaves the database as it was."""
    if conn.dialect.name != "sqlite":
        yield
        return
    # PRAGMA synchronous cannot change inside a transaction, so talk to the driver directly
    # before SQLAlchemy begins one.
    raw = conn.connection.driver_connection
    saved = {
        name: raw.execute(f"PRAGMA {name}").fetchone()[0] for name in ("synchronous", "cache_size")
    }
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("PRAGMA cache_size=-65536")  # 64 MiB
    try:
        yield
    finally:
        for name, value in saved.items():
            raw.execute(f"PRAGMA {name}={int(value)}")


def _drop_indexes(conn: Connection, tables: Sequence[Table]) -> list[Index]:
    """Secondary indexes are cheaper to build once after the load than to maintain row by
    row; DDL is transactional on SQLite and PostgreSQL, so a rollback restores them."""
    inspector = inspect(conn)
    dropped = []
    for table in tables:
        existing = {ix["name"] for ix in inspector.get_indexes(table.name)}
        for index in sorted(table.indexes, key=lambda ix: str(ix.name)):
            if index.name in existing:
                index.drop(conn)
                dropped.append(index)
    return dropped


def _advance_id_sequences(conn: Connection, tables: Sequence[Table]) -> None:
    """Explicit ids bypass PostgreSQL's sequences; move them past the ids used."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            select(
                func.setval(
                    func.pg_get_serial_sequence(table.name, "id"),
                    select(func.max(table.c.id)).scalar_subquery(),
                )
            )
        )


def _record_audit(conn: Connection, today: date, summary: DemoSummary) -> None:
    actor = Actor(
        user_id=None,
        login="system",
        role=Role.ADMIN,
        display_name="system",
        clock=FixedClock(today),
    )
    # The session joins the load's transaction; closing it leaves that transaction alone.
    with Session(bind=conn) as session:
        record_audit(session, actor, "generate_demo", "database", None, after=asdict(summary))


class _Sink:
    """Buffers rows per table and writes every buffer, parents first, once enough rows
    are waiting. Rows are tuples in the column order of ``_TABLE_COLUMNS``."""

    def __init__(self, conn: Connection, on_flush: Callable[[], None]) -> None:
        self._conn = conn
        self._on_flush = on_flush
        # SQLAlchemy's per-value processing would double the load time, so on SQLite the
        # rows go to the driver as they are (dates already in SQLAlchemy's storage format,
        # see _DayValues) and PostgreSQL with psycopg gets COPY. Others get Core executemany.
        dialect = conn.dialect
        self.mode = (
            "sqlite"
            if dialect.name == "sqlite"
            else "copy"
            if dialect.name == "postgresql" and dialect.driver == "psycopg"
            else "core"
        )
        self.preprocessed = self.mode == "sqlite"
        quote = dialect.identifier_preparer
        self._targets: list[tuple[Table, tuple[str, ...], str, list[tuple]]] = []
        self.buffers: dict[str, list[tuple]] = {}
        for model, columns in _TABLE_COLUMNS:
            table: Table = model.__table__
            expected = tuple(c.key for c in table.c if c.key in columns or c.default is not None)
            if expected != columns:
                # A column with a Python default would be filled by the clock or left out;
                # either breaks reproducibility, so the generator must be taught about it.
                raise AssertionError(f"demo columns for {table.name} must be {expected}")
            if self.mode == "copy":
                sql = (
                    f"COPY {quote.format_table(table)} "
                    f"({', '.join(quote.quote(c) for c in columns)}) FROM STDIN"
                )
            else:
                sql = insert(table).compile(dialect=dialect, column_keys=list(columns)).string
            buffer: list[tuple] = []
            self.buffers[table.name] = buffer
            self._targets.append((table, columns, sql, buffer))

    def maybe_flush(self) -> None:
        if sum(len(b) for b in self.buffers.values()) >= CHUNK_ROWS:
            self.flush()

    def flush(self) -> None:
        for table, columns, sql, buffer in self._targets:
            if not buffer:
                continue
            if self.mode == "sqlite":
                self._conn.exec_driver_sql(sql, buffer)
            elif self.mode == "copy":
                raw = self._conn.connection.driver_connection
                with raw.cursor() as cursor, cursor.copy(sql) as copy:
                    for row in buffer:
                        copy.write_row(row)
            else:
                self._conn.execute(
                    insert(table), [dict(zip(columns, row, strict=True)) for row in buffer]
                )
            buffer.clear()
        self._on_flush()


class _DayValues:
    """Dates as day numbers (0 = the first day the generator can use) and their database
    values: strings in SQLAlchemy's own format on SQLite, date/datetime objects elsewhere."""

    def __init__(self, conn: Connection, today: date, preprocessed: bool) -> None:
        self.first = today.toordinal() - HORIZON_DAYS - 400
        self.today = today.toordinal() - self.first
        last = self.today + 800  # room for due dates and promises after today
        days = [date.fromordinal(self.first + k) for k in range(last)]
        to_date = _storage(Date(), conn) if preprocessed else _unchanged
        to_datetime = _storage(DateTime(timezone=True), conn) if preprocessed else _unchanged
        self.date = [to_date(d) for d in days]
        # 09:30 and 14:20 Beijing time: office hours, so records look entered by people.
        self.morning = [to_datetime(datetime.combine(d, time(1, 30), UTC)) for d in days]
        self.afternoon = [to_datetime(datetime.combine(d, time(6, 20), UTC)) for d in days]
        self.year = [d.year for d in days]
        self.ymd = [d.strftime("%Y%m%d") for d in days]
        self.days = days


def _storage(sa_type: Date | DateTime, conn: Connection) -> Callable[[object], object]:
    process = sa_type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    return process or _unchanged


def _unchanged(value: object) -> object:
    return value


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


class _Generator:
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
        b = self.sink.buffers
        self.b_user, self.b_customer, self.b_contact = b["users"], b["customers"], b["contacts"]
        self.b_ownership, self.b_alias = b["customer_ownerships"], b["payer_aliases"]
        self.b_project, self.b_item = b["projects"], b["project_items"]
        self.b_event, self.b_installment = b["project_stage_events"], b["installments"]
        self.b_invoice, self.b_request = b["invoices"], b["invoice_requests"]
        self.b_payment, self.b_allocation = b["payments"], b["allocations"]
        self.b_write_off, self.b_activity = b["write_offs"], b["activities"]
        self.next_id = {
            model.__table__.name: (conn.scalar(select(func.max(model.__table__.c.id))) or 0) + 1
            for model, _ in _TABLE_COLUMNS
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

    # -- the whole run ----------------------------------------------------------------

    def run(self) -> DemoSummary:
        self._load_tiers()
        self._make_users()
        self._plan_customers()
        self.used_names: set[str] = set()
        self.used_uscc: set[str] = set()
        for i in range(self.n_customers):
            self._customer(i)
            self.done += 1
            if i % 256 == 255:
                self._checkpoint()
            self.sink.maybe_flush()
        self.sink.flush()
        c, m = self.counts, self.money
        open_fen = m["invoiced"] - m["credited"] - m["allocated"] - m["written_off"]
        return DemoSummary(
            users=len(self.users),
            customers=self.n_customers,
            contacts=c["contacts"],
            projects=c["projects"],
            invoices=self.n_invoices,
            red_letter_invoices=c["red"],
            void_invoices=c["void"],
            payments=c["payments"],
            allocations=c["allocations"],
            write_offs=c["write_offs"],
            activities=c["activities"],
            invoice_requests=c["requests"],
            invoiced_fen=m["invoiced"],
            credited_fen=m["credited"],
            received_fen=m["received"],
            allocated_fen=m["allocated"],
            written_off_fen=m["written_off"],
            open_fen=open_fen,
        )

    def _load_tiers(self) -> None:
        rows = self.conn.execute(
            select(
                CreditTier.id,
                CreditTier.code,
                CreditTier.payment_terms_days,
                CreditTier.credit_limit_fen,
                CreditTier.stall_days,
                CreditTier.hold_reports_until_paid,
            ).order_by(CreditTier.sort_order, CreditTier.id)
        ).all()
        if not rows:
            raise LedgerError("The database has no credit tiers; run `labledger init` first.")
        by_code = {
            r.code: _Tier(
                r.id,
                r.code,
                r.payment_terms_days,
                r.credit_limit_fen,
                r.stall_days,
                bool(r.hold_reports_until_paid),
            )
            for r in rows
        }
        fallback = by_code.get("regular") or _Tier(
            rows[0].id, "regular", rows[0][2], rows[0][3], rows[0][4], bool(rows[0][5])
        )
        # A lab may have renamed or removed a default tier: its customers go to 'regular'.
        self.tiers = {code: by_code.get(code, fallback) for code, _ in _TIER_SHARES}

    def _make_users(self) -> None:
        rng, d = self.rng, self.d
        taken = set(self.conn.scalars(select(User.login)).all())
        used_names: set[str] = set()
        self.users: list[_Person] = []
        start = self.H - 30
        created = d.morning[start]
        manager_id = None
        plan = ((Role.MANAGER, 1), (Role.FINANCE, 2), (Role.TECHNICIAN, 3), (Role.SALES, 8))
        groups: dict[Role, list[_Person]] = {}
        for role, count in plan:
            for _ in range(count):
                while True:
                    (sur, sur_py), (given, given_py) = (
                        rng.choice(names.SURNAMES),
                        rng.choice(names.GIVEN_NAMES),
                    )
                    if sur + given not in used_names:
                        break
                used_names.add(sur + given)
                login = sur_py + given_py
                n = 2
                while login in taken:
                    login, n = f"{sur_py}{given_py}{n}", n + 1
                taken.add(login)
                person = _Person(self._ids("users"), sur + given, login)
                self.b_user.append(
                    (
                        person.id,
                        login,
                        person.name,
                        str(role),
                        None,
                        True,
                        None if role == Role.MANAGER else manager_id,
                        f"{login}@example.com",
                        _mobile(rng),
                        1,
                        created,
                        created,
                    )
                )
                if role == Role.MANAGER:
                    manager_id = person.id
                groups.setdefault(role, []).append(person)
                self.users.append(person)
        self.manager = groups[Role.MANAGER][0]
        self.finance = groups[Role.FINANCE]
        self.technicians = groups[Role.TECHNICIAN]
        self.sales = groups[Role.SALES]
        # Some salespeople look after many more customers than others.
        self.sales_weights = list(accumulate(rng.randint(4, 16) for _ in self.sales))

    def _plan_customers(self) -> None:
        """Size rank, invoice count, tier and category of every customer, before any rows."""
        rng, n = self.rng, self.n_customers
        by_rank = list(range(n))
        rng.shuffle(by_rank)  # by_rank[r] is the customer with the r-th most invoices
        weights = [int(1e12 / (r + 1) ** _SIZE_EXPONENT) for r in range(n)]
        total_weight = sum(weights)
        # Largest remainder: the counts add up to exactly the requested number.
        floors = [self.n_invoices * w // total_weight for w in weights]
        spare = self.n_invoices - sum(floors)
        order = sorted(range(n), key=lambda r: (-(self.n_invoices * weights[r] % total_weight), r))
        for r in order[:spare]:
            floors[r] += 1
        self.count_of = [0] * n
        self.rank_of = [0] * n
        for r, customer in enumerate(by_rank):
            self.count_of[customer] = floors[r]
            self.rank_of[customer] = r
        big = max(1, round(n * _BIG_CUSTOMER_SHARE))
        self.big_cut = big
        rest = [(code, share) for code, share in _TIER_SHARES if code != "key"]
        rest_codes = [code for code, _ in rest]
        rest_weights = [share for _, share in rest]
        self.tier_of: list[str] = [""] * n
        self.category_of: list[CustomerCategory] = [CustomerCategory.ENTERPRISE] * n
        for r, customer in enumerate(by_rank):
            if r < big:
                self.tier_of[customer] = "key" if rng.random() < 0.9 else "premium"
            else:
                self.tier_of[customer] = rng.choices(rest_codes, rest_weights)[0]
            x = rng.random()
            if x < 0.05:
                category = CustomerCategory.GOVERNMENT
            elif x < 0.13:
                category = CustomerCategory.INSTITUTION
            elif x < 0.16 and r > n // 2:
                category = CustomerCategory.INDIVIDUAL  # only among the small customers
            else:
                category = CustomerCategory.ENTERPRISE
            self.category_of[customer] = category

    # -- one customer -----------------------------------------------------------------

    def _customer(self, i: int) -> None:
        rng, rnd, d, T = self.rng, self.rng.random, self.d, self.T
        cid = self._ids("customers")
        n = self.count_of[i]
        rank = self.rank_of[i]
        tier = self.tiers[self.tier_of[i]]
        big = rank < self.big_cut
        ident = self._who(i)
        category = ident["category"]

        # When the customer came and (for some) when they stopped sending work.
        start = self.H + int(rnd() * (730 if big else HORIZON_DAYS - 60))
        end = T
        if not big and rnd() < 0.25 and start < T - 400:
            end = start + 60 + int(rnd() * (T - 400 - start))
        since = start - int(rnd() * 90)

        terms = tier.terms
        override_terms = None
        x = rnd()
        if (category == CustomerCategory.GOVERNMENT and x < 0.3) or (
            tier.code == "key" and x < 0.15
        ):
            override_terms = 90
        elif x < 0.04:
            override_terms = rng.choice((15, 45, 60))
        if override_terms is not None:
            terms = override_terms
        limit_override = None
        if tier.code in ("key", "premium") and rnd() < 0.08:
            limit_override = tier.limit_fen * 2

        mix = (
            _GOVERNMENT_PROFILE_MIX
            if category == CustomerCategory.GOVERNMENT
            else _PROFILE_MIX[tier.code]
        )
        (low, high, mode), p_never = _PAYER_PROFILES[rng.choices(range(4), mix)[0]]
        if tier.code == "key":
            p_never *= 0.3
        median = _TIER_MEDIAN_YUAN[tier.code] * rng.lognormvariate(0, 0.4)
        if category == CustomerCategory.INDIVIDUAL:
            median = 800 * rng.lognormvariate(0, 0.3)
        elif category == CustomerCategory.GOVERNMENT:
            median *= 1.5
        # Plain strings, not enum members: rows go to the driver without SQLAlchemy's help.
        if category == CustomerCategory.ENTERPRISE:
            usual_kind = _SPECIAL if rnd() < 0.7 else _NORMAL
        elif category == CustomerCategory.INDIVIDUAL:
            usual_kind = _RECEIPT if rnd() < 0.5 else _NORMAL
        else:
            usual_kind = _NORMAL
        # Fully digital invoices (数电) replaced paper ones during 2024.
        digital_from = date(2024, 1, 1).toordinal() - d.first + int(rnd() * 365)
        owner = self._pick_sales()

        n_red = min(int(n * RED_LETTER_SHARE + rnd()), n // 2) if n >= 2 else 0
        n_pos = n - n_red

        # Invoices: more of them in recent years (the lab and the customer grew).
        span = end - start
        sqrt = math.sqrt
        lognorm = rng.lognormvariate
        invs: list[list] = []
        for day in sorted(start + int(span * sqrt(rnd())) for _ in range(n_pos)):
            yuan = int(median * lognorm(0, 0.7))
            fen = (yuan // 10 * 10 if yuan > 2000 else max(yuan, 200)) * YUAN
            kind = usual_kind
            if day >= digital_from and kind != _RECEIPT:
                kind = _DIGITAL
            invs.append(
                [
                    day,
                    day + terms,
                    fen,
                    kind,
                    1300 if rnd() < 0.06 else 600,
                    rnd() < 0.003,
                    None,
                    None,
                    0,
                    0,
                    day,
                ]
            )

        projects = self._invoiced_projects(invs, tier, owner, ident)
        reds = self._red_letters(invs, n_red)
        events, write_offs = self._settle(invs, low, high, mode, p_never)
        payments = self._group_payments(invs, events, category)
        pipeline = self._pipeline_projects(tier, owner, ident, median, end == T, len(projects))
        prepayments = []
        if tier.code == "high_risk":
            for p in pipeline:
                contracted = p.days[_CONTRACTED]
                if contracted is not None and p.stage != _CANCELLED:
                    prepayments.append((contracted, p.contract_fen // 2))

        # Rows, parents first. The customer record predates its first project.
        since = min([since] + [p.days[_LEAD] for p in projects + pipeline])
        # A few customers that never sent work have been archived.
        archived = n == 0 and not pipeline and rnd() < 0.3
        self._customer_rows(
            cid, i, ident, tier, owner, since, override_terms, limit_override, archived
        )
        inv_base = self._ids("invoices", n)
        for p in projects + pipeline:
            self._project_rows(cid, p, invs, tier)
            if len(self.b_event) >= CHUNK_ROWS:
                self.sink.flush()
        self._invoice_rows(cid, invs, reds, inv_base)
        self._request_rows(cid, projects, pipeline, invs, inv_base, usual_kind)
        self._payment_rows(cid, invs, payments, prepayments, inv_base, ident, owner)
        self._write_off_rows(write_offs, inv_base)
        self._activity_rows(cid, invs, owner)
        self.done += n

    def _pick_sales(self) -> _Person:
        x = self.rng.random() * self.sales_weights[-1]
        return self.sales[bisect_left(self.sales_weights, x)]

    # -- identity: name, USCC, address, bank -------------------------------------------

    def _who(self, i: int) -> dict:
        rng = self.rng
        category = self.category_of[i]
        region = rng.choices(names.REGIONS, names.REGION_WEIGHTS)[0]
        district = rng.choice(region.districts)
        city_short = region.city.removesuffix("市")
        for _ in range(12):
            ident = self._name(category, region, district, city_short)
            if ident["name"] not in self.used_names:
                break
        else:
            # Government names (and people's names) run out in very large runs.
            category = CustomerCategory.ENTERPRISE
            while True:
                ident = self._name(category, region, district, city_short)
                if ident["name"] not in self.used_names:
                    break
        self.used_names.add(ident["name"])
        ident["category"] = category
        ident["region"] = region
        ident["district"] = district
        ident["city_short"] = city_short
        return ident

    def _name(
        self, category: CustomerCategory, region: names.Region, district: str, city_short: str
    ) -> dict:
        rng = self.rng
        if category == CustomerCategory.GOVERNMENT:
            bureau, categories = rng.choice(names.GOVERNMENT_BUREAUS)
            where = region.city + (district if rng.random() < 0.7 else "")
            return {"name": where + bureau, "short": None, "tests": categories}
        if category == CustomerCategory.INSTITUTION:
            pattern, categories = rng.choice(names.INSTITUTION_PATTERNS)
            name = pattern.format(
                city=region.city,
                district=district,
                short=city_short,
                n=rng.choice(names.CHINESE_ORDINALS),
            )
            return {"name": name, "short": None, "tests": categories}
        if category == CustomerCategory.INDIVIDUAL:
            (sur, _), (given, _) = rng.choice(names.SURNAMES), rng.choice(names.GIVEN_NAMES)
            return {"name": sur + given, "short": None, "tests": ("室内空气", "水质检测")}
        trade = rng.choice(names.TRADE_NAME_FIRST) + rng.choice(names.TRADE_NAME_SECOND)
        industry = rng.choice(names.INDUSTRIES)
        prefix = (
            region.province.removesuffix("省").removesuffix("市")
            if rng.random() < 0.15
            else city_short
        )
        suffix = "股份有限公司" if rng.random() < 0.15 else "有限公司"
        return {
            "name": prefix + trade + industry.name + suffix,
            "prefix": prefix,
            "trade": trade,
            "short": trade + industry.name[:2],
            "tests": industry.test_categories,
        }

    def _uscc(self, category: CustomerCategory) -> str | None:
        if category == CustomerCategory.INDIVIDUAL:
            return None
        while True:
            code = make_uscc(self.rng)
            # Registration authority and type: 11 = 机关 (government), 12 = 事业单位.
            head = {CustomerCategory.GOVERNMENT: "11", CustomerCategory.INSTITUTION: "12"}.get(
                category
            )
            if head is not None:
                first17 = head + code[2:17]
                code = first17 + check_char(first17)
            if code not in self.used_uscc:
                self.used_uscc.add(code)
                return code

    def _customer_rows(
        self,
        cid: int,
        i: int,
        ident: dict,
        tier: _Tier,
        owner: _Person,
        since: int,
        terms: int | None,
        limit: int | None,
        archived: bool,
    ) -> None:
        rng, d = self.rng, self.d
        region: names.Region = ident["region"]
        district: str = ident["district"]
        category: CustomerCategory = ident["category"]
        name: str = ident["name"]
        uscc = self._uscc(category)
        address = (
            f"{region.province if region.province != region.city else ''}{region.city}"
            f"{district}{rng.choice(region.roads)}{rng.randint(1, 999)}号"
        )
        mailing = address if rng.random() < 0.8 else f"{address}{rng.randint(1, 12)}幢"
        phone = f"{region.area_code}-{rng.randint(5_000_000, 8_999_999)}"
        bank = f"{rng.choice(names.BANKS)}{ident['city_short']}{district.rstrip('区市县')}支行"
        account = "".join(str(rng.randint(0, 9)) for _ in range(rng.choice((16, 19))))
        notes = None
        if tier.code == "high_risk":
            notes = "历史回款较慢，新委托需先收预付款"
        elif category == CustomerCategory.GOVERNMENT:
            notes = "财政支付，付款需走审批流程，年底集中支付"
        created = d.morning[since]
        is_person = category == CustomerCategory.INDIVIDUAL
        where = region.city if region.province == region.city else region.province + region.city
        self.b_customer.append(
            (
                cid,
                f"C{i + 1:06d}",
                name,
                name_key(name),
                ident["short"],
                uscc,
                str(category),
                tier.id,
                limit,
                terms,
                owner.id,
                where,
                address,
                mailing,
                phone,
                name,
                uscc,
                None if is_person else bank,
                None if is_person else account,
                notes,
                archived,
                d.date[since],
                None,
                1,
                created,
                created,
            )
        )
        # Contacts: one to three, the first is the primary one.
        titles = {
            CustomerCategory.GOVERNMENT: names.CONTACT_TITLES_GOVERNMENT,
            CustomerCategory.INSTITUTION: names.CONTACT_TITLES_INSTITUTION,
        }.get(category, names.CONTACT_TITLES_ENTERPRISE)
        n_contacts = 1 if category == CustomerCategory.INDIVIDUAL else rng.choice((1, 2, 2, 3))
        first = self._ids("contacts", n_contacts)
        for k in range(n_contacts):
            if category == CustomerCategory.INDIVIDUAL:
                person, pinyin, title = name, "", None
            else:
                (sur, sur_py), (given, given_py) = (
                    rng.choice(names.SURNAMES),
                    rng.choice(names.GIVEN_NAMES),
                )
                person, pinyin, title = sur + given, sur_py + given_py, rng.choice(titles)
            mobile = _mobile(rng)
            email = (
                f"{pinyin}{rng.randint(1, 99)}@{rng.choice(('163.com', 'qq.com', '126.com'))}"
                if pinyin
                else None
            )
            self.b_contact.append(
                (
                    first + k,
                    cid,
                    person,
                    title,
                    mobile,
                    email,
                    mobile if rng.random() < 0.6 else None,
                    k == 0,
                    1,
                    created,
                    created,
                )
            )
        self.counts["contacts"] += n_contacts
        # Ownership history: some customers were handed over from another salesperson.
        if rng.random() < 0.1 and since < self.T - 200:
            handover = since + rng.randint(60, self.T - since - 30)
            previous = self._pick_sales()
            self.b_ownership.append(
                (
                    self._ids("customer_ownerships"),
                    cid,
                    previous.id,
                    d.date[since],
                    d.date[handover],
                )
            )
            self.b_ownership.append(
                (self._ids("customer_ownerships"), cid, owner.id, d.date[handover], None)
            )
        else:
            self.b_ownership.append(
                (self._ids("customer_ownerships"), cid, owner.id, d.date[since], None)
            )
        # A few customers are paid for by a parent company or a person (代付).
        ident["payer"] = name
        ident["third_party"] = None
        if category == CustomerCategory.ENTERPRISE and rng.random() < 0.03:
            third = f"{ident['prefix']}{ident['trade']}集团有限公司"
            ident["third_party"] = third
            self.b_alias.append(
                (self._ids("payer_aliases"), cid, third, name_key(third), created, created)
            )

    # -- projects ---------------------------------------------------------------------

    def _new_project(
        self,
        tier: _Tier,
        owner: _Person,
        ident: dict,
        stage: int,
        days: list[int | None],
        plan: int | None,
        contract_fen: int,
        invoices: list[int],
    ) -> _Project:
        rng = self.rng
        category = rng.choice(ident["tests"])
        spec = _CATEGORY_BY_NAME[category]
        prefix = ident["short"] or ""
        title = prefix + rng.choice(spec.titles)
        # The quote is in whole yuan, at or above the contract price (discounts are agreed).
        quoted = (
            -(-contract_fen // YUAN) + contract_fen * rng.choice((0, 0, 3, 5, 8)) // 10_000
        ) * YUAN
        pid = self._ids("projects")
        installment_ids: list[int] = []
        amounts: list[int] = []
        if plan is not None:
            shares = [share for share, *_ in _PLANS[plan]]
            amounts = [m.fen for m in split_by_shares(Money(contract_fen), shares)]
            first = self._ids("installments", len(shares))
            installment_ids = list(range(first, first + len(shares)))
        return _Project(
            pid,
            category,
            title,
            owner.id,
            rng.choice(self.technicians).id,
            rng.choice(self.finance).id,
            quoted,
            contract_fen,
            stage,
            days,
            plan,
            installment_ids,
            amounts,
            invoices,
        )

    def _invoiced_projects(
        self, invs: list[list], tier: _Tier, owner: _Person, ident: dict
    ) -> list[_Project]:
        """Group the invoices of the last year into projects, one invoice per installment,
        and work the stage dates back from the invoice dates."""
        rng, T = self.rng, self.T
        r = rng.randint
        projects = []
        j = bisect_left(invs, [T - PROJECT_WINDOW_DAYS])
        n = len(invs)
        while j < n:
            inv = invs[j]
            if inv[_I_VOID]:
                j += 1
                continue
            x = rng.random()
            plan = _PLAN_SINGLE if x < 0.5 else (_PLAN_30_70 if x < 0.85 else _PLAN_50_50)
            day1 = inv[_I_DAY]
            days: list[int | None] = [None] * 8
            members = [j]
            if plan != _PLAN_SINGLE:
                nxt = invs[j + 1] if j + 1 < n else None
                if nxt is not None and not nxt[_I_VOID] and 7 <= nxt[_I_DAY] - day1 <= 150:
                    members.append(j + 1)
                elif T - day1 > 60:
                    plan = _PLAN_SINGLE
            total = sum(invs[m][_I_AMT] for m in members)
            share1 = _PLANS[plan][0][0]
            if plan != _PLAN_SINGLE and len(members) == 1:
                total = total * 10_000 // share1 // YUAN * YUAN  # the rest is not invoiced yet
            if plan == _PLAN_SINGLE:
                report = day1 - r(0, 5)
                testing = report - r(2, 14)
                samples = testing - r(0, 3)
                contracted = samples - r(1, 10)
                days[_INVOICED] = day1
                stage = _INVOICED
            else:
                trigger_day = day1
                if plan == _PLAN_30_70:
                    contracted = trigger_day
                    samples = contracted + r(1, 7)
                else:
                    samples = trigger_day
                    contracted = samples - r(1, 10)
                if len(members) == 2:
                    day2 = invs[j + 1][_I_DAY]
                    gap = day2 - day1
                    report = max(day2 - min(r(0, 5), gap // 4), samples)
                    samples = min(samples, report)
                    testing = samples + min(r(0, 3), report - samples)
                    days[_INVOICED] = day2
                    stage = _INVOICED
                else:
                    # In progress: only the first installment is invoiced so far.
                    testing = samples + r(1, 6)
                    report = testing + r(3, 14)
                    stage = _SAMPLES if plan == _PLAN_50_50 else _CONTRACTED
                    for candidate, day in (
                        (_SAMPLES, samples),
                        (_TESTING, testing),
                        (_REPORT, report),
                    ):
                        if day <= T and rng.random() < 0.7:
                            stage = max(stage, candidate)
                        else:
                            break
                    if stage < _SAMPLES:
                        samples = testing = report = None
                    elif stage < _TESTING:
                        testing = report = None
                    elif stage < _REPORT:
                        report = None
            quoted = contracted - r(1, 15)
            days[_LEAD] = quoted - r(0, 10)
            days[_QUOTED] = quoted
            days[_CONTRACTED] = contracted
            days[_SAMPLES] = samples
            days[_TESTING] = testing
            days[_REPORT] = report
            project = self._new_project(tier, owner, ident, stage, days, plan, total, members)
            for seq, m in enumerate(members):
                invs[m][_I_AMT] = project.installment_amounts[seq]
                invs[m][_I_PROJECT] = project.id
                invs[m][_I_INSTALLMENT] = project.installment_ids[seq]
            projects.append(project)
            j += len(members)
        return projects

    def _pipeline_projects(
        self, tier: _Tier, owner: _Person, ident: dict, median: float, active: bool, invoiced: int
    ) -> list[_Project]:
        """Projects without invoices: leads, quotes, work in the lab, cancellations."""
        rng, T = self.rng, self.T
        r = rng.randint
        if not active:
            return []
        count = int(invoiced * 0.25 + rng.random()) + (rng.random() < 0.08)
        projects = []
        for _ in range(count):
            choice = rng.choices(range(len(_PIPELINE_WEIGHTS)), _PIPELINE_WEIGHTS)[0]
            cancelled = choice == len(_PIPELINE_WEIGHTS) - 1
            stage = r(_LEAD, _TESTING) if cancelled else choice
            # Most projects moved recently; some are stalled.
            since = T - (
                r(0, 300) if cancelled else r(30, 120) if rng.random() < 0.15 else r(0, 30)
            )
            days: list[int | None] = [None] * 8
            day = since
            for s in range(stage, _LEAD - 1, -1):
                days[s] = day
                day -= r(1, 10)
            yuan = int(median * rng.lognormvariate(0, 0.7))
            amount = max(yuan // 10 * 10, 300) * YUAN
            contracted = stage >= _CONTRACTED
            project = self._new_project(
                tier,
                owner,
                ident,
                stage,
                days,
                _PLAN_SINGLE if contracted else None,
                amount if contracted else 0,
                [],
            )
            if stage == _LEAD:
                project.quoted_fen = 0
            elif not contracted:
                project.quoted_fen = amount
            if cancelled:
                project.stage = _CANCELLED
                project.cancelled_day = min(T, since + r(1, 30))
            projects.append(project)
        return projects

    def _project_rows(self, cid: int, p: _Project, invs: list[list], tier: _Tier) -> None:
        rng, d, T = self.rng, self.d, self.T
        days = p.days
        if p.invoices and p.stage == _INVOICED:
            settled = all(invs[m][_I_SETTLED] == invs[m][_I_AMT] for m in p.invoices)
            if settled:
                days[_PAID] = max(invs[m][_I_LAST] for m in p.invoices)
                p.stage = _PAID
        report = days[_REPORT]
        if report is not None:
            if tier.hold_reports:
                p.released_day = days[_PAID]  # released only once paid
            else:
                p.released_day = min(T, report + rng.randint(0, 2))
        reached = [s for s in range(8) if days[s] is not None]
        last = reached[-1]
        stage_since = p.cancelled_day if p.stage == _CANCELLED else days[last]
        stage_name = ProjectStage.CANCELLED if p.stage == _CANCELLED else _STAGES[p.stage]
        deadline = None
        if p.stage in (_LEAD, _QUOTED, _CONTRACTED, _SAMPLES, _TESTING, _REPORT):
            deadline = d.date[stage_since + tier.stall_days]
        contract_no = (
            f"HT{d.year[days[_CONTRACTED]]}-{p.id:05d}" if days[_CONTRACTED] is not None else None
        )
        created = d.morning[days[_LEAD]]
        dv = d.date

        def opt(day: int | None) -> object:
            return None if day is None else dv[day]

        self.b_project.append(
            (
                p.id,
                f"WT{d.year[days[_LEAD]]}{p.id:05d}",
                cid,
                p.title,
                p.category,
                p.salesperson,
                p.technician,
                p.finance,
                contract_no,
                p.quoted_fen,
                p.contract_fen,
                str(stage_name),
                dv[stage_since],
                deadline,
                opt(days[_LEAD]),
                opt(days[_QUOTED]),
                opt(days[_CONTRACTED]),
                opt(days[_SAMPLES]),
                opt(days[_TESTING]),
                opt(report),
                opt(p.released_day),
                opt(days[_INVOICED]),
                opt(days[_PAID]),
                opt(p.cancelled_day),
                None,
                None,
                1,
                created,
                d.morning[stage_since],
            )
        )
        self.counts["projects"] += 1
        # Quote lines add up to the quoted amount.
        if p.quoted_fen:
            spec = _CATEGORY_BY_NAME[p.category]
            items = rng.sample(spec.items, min(len(spec.items), rng.randint(1, 4)))
            raw = [rng.randint(1, 10) for _ in items]
            total = sum(raw)
            shares = [w * 10_000 // total for w in raw]
            shares[0] += 10_000 - sum(shares)
            # Quotes are in whole yuan: split the yuan, then price each line in whole yuan
            # with a discount that brings it back to its share.
            parts = split_by_shares(Money(p.quoted_fen // YUAN), shares)
            first = self._ids("project_items", len(items))
            for k, (item, part) in enumerate(zip(items, parts, strict=True)):
                quantity = rng.randint(1, 12)
                amount = part.fen * YUAN
                price = -(-amount // (quantity * YUAN)) * YUAN
                self.b_item.append(
                    (
                        first + k,
                        p.id,
                        k + 1,
                        item.name,
                        item.standard,
                        quantity * 1000,
                        price,
                        quantity * price - amount,
                        amount,
                    )
                )
        # Stage history: who moved the project, and when.
        previous = None
        for s in reached:
            user = (
                p.salesperson if s <= _CONTRACTED else p.technician if s <= _REPORT else p.finance
            )
            self.b_event.append(
                (
                    self._ids("project_stage_events"),
                    p.id,
                    None if previous is None else str(previous),
                    str(_STAGES[s]),
                    dv[days[s]],
                    user,
                    d.morning[days[s]],
                    None,
                )
            )
            previous = _STAGES[s]
        if p.cancelled_day is not None:
            self.b_event.append(
                (
                    self._ids("project_stage_events"),
                    p.id,
                    str(previous),
                    str(ProjectStage.CANCELLED),
                    dv[p.cancelled_day],
                    p.salesperson,
                    d.morning[p.cancelled_day],
                    "客户取消委托",
                )
            )
        # Payment plan; a due date is set once its triggering event has happened.
        if p.plan is not None:
            for seq, (share, trigger, offset, text) in enumerate(_PLANS[p.plan]):
                event_day = days[_TRIGGER_STAGE[trigger]]
                self.b_installment.append(
                    (
                        p.installment_ids[seq],
                        p.id,
                        seq + 1,
                        share,
                        p.installment_amounts[seq],
                        str(trigger),
                        offset,
                        None if event_day is None else dv[event_day + offset],
                        text,
                        1,
                    )
                )

    # -- invoices, red-letter invoices and settlement -----------------------------------

    def _red_letters(self, invs: list[list], n_red: int) -> list[tuple[int, int, int, str]]:
        """(original position, day, credit, note) for each red-letter invoice."""
        rng, T = self.rng, self.T
        reds = []
        for j in sorted(rng.sample(range(len(invs)), n_red)):
            inv = invs[j]
            inv[_I_VOID] = False  # an invoice is either voided or credited, not both
            amount = inv[_I_AMT]
            day = min(T, inv[_I_DAY] + rng.randint(3, 60))
            if rng.random() < 0.55 or amount < 1000 * YUAN:
                credit, note = amount, rng.choice(names.RED_LETTER_FULL_NOTES)
            else:
                credit = amount * rng.randint(10, 60) // 100 // YUAN * YUAN
                note = rng.choice(names.RED_LETTER_PARTIAL_NOTES)
            # The credit comes off what the customer owes; payments cover only the rest, so
            # the original never goes below zero, whenever they arrive.
            inv[_I_CREDIT] = credit
            inv[_I_SETTLED] = credit
            inv[_I_LAST] = day
            reds.append((j, day, credit, note))
        return reds

    def _settle(
        self, invs: list[list], low: int, high: int, mode: int, p_never: float
    ) -> tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]:
        """When each invoice is paid (in one or two parts), never paid, or written off."""
        rng, T = self.rng, self.T
        rnd, tri, r = rng.random, rng.triangular, rng.randint
        events: list[tuple[int, int, int]] = []  # (day, invoice position, amount)
        write_offs: list[tuple[int, int, int]] = []  # (invoice position, amount, day)
        for j, inv in enumerate(invs):
            if inv[_I_VOID]:
                continue
            payable = inv[_I_AMT] - inv[_I_CREDIT]
            if payable <= 0:
                continue
            day, due = inv[_I_DAY], inv[_I_DUE]
            if rnd() < p_never:
                paid = 0
                last = day
                if rnd() < 0.3 and payable >= 200 * YUAN:
                    paid = payable * r(20, 60) // 100 // YUAN * YUAN
                    last = day + r(10, 120)
                    if last <= T:
                        events.append((last, j, paid))
                    else:
                        paid = 0
                        last = day
                if due < T - 730 and rnd() < 0.6:
                    # Given up on after more than two years: written off as bad debt.
                    wo_day = max(min(T, due + r(400, 1000)), last, inv[_I_LAST])
                    write_offs.append((j, payable - paid, wo_day))
                    inv[_I_SETTLED] += payable - paid
                    inv[_I_LAST] = wo_day
                continue
            pay_day = due + int(tri(low, high, mode))
            if pay_day <= day:
                pay_day = day + 1
            if rnd() < 0.07 and payable >= 400 * YUAN:
                first = payable * r(30, 70) // 100 // YUAN * YUAN
                first_day = day + (pay_day - day) // 2
                if first_day <= T:
                    events.append((first_day, j, first))
                if pay_day <= T:
                    events.append((pay_day, j, payable - first))
            elif pay_day <= T:
                events.append((pay_day, j, payable))
        return events, write_offs

    def _group_payments(
        self, invs: list[list], events: list[tuple[int, int, int]], category: CustomerCategory
    ) -> list[tuple[int, dict[int, int], int]]:
        """Turn settlement events into payments: (day, {invoice position: amount}, extra).
        Customers often pay several invoices with one transfer; a few pay too much."""
        rng = self.rng
        rnd = rng.random
        events.sort()
        batch = (
            0.45 if category in (CustomerCategory.GOVERNMENT, CustomerCategory.INSTITUTION) else 0.2
        )
        payments = []
        k, n = 0, len(events)
        while k < n:
            first_day, j, amount = events[k]
            allocations = {j: amount}
            pay_day = first_day
            k += 1
            while k < n and events[k][0] - first_day <= 25 and rnd() < batch:
                pay_day, j, amount = events[k]
                allocations[j] = allocations.get(j, 0) + amount
                k += 1
            extra = rng.randint(1, 50) * 100 * YUAN if rnd() < 0.015 else 0
            for j, amount in allocations.items():
                inv = invs[j]
                inv[_I_SETTLED] += amount
                if pay_day > inv[_I_LAST]:
                    inv[_I_LAST] = pay_day
            payments.append((pay_day, allocations, extra))
        return payments

    def _invoice_rows(
        self, cid: int, invs: list[list], reds: list[tuple[int, int, int, str]], base: int
    ) -> None:
        rng, d = self.rng, self.d
        dv, tv, yv = d.date, d.morning, d.year
        finance = [f.id for f in self.finance]
        tax = self._tax
        rows = self.b_invoice
        invoiced = 0
        issued, void = str(InvoiceStatus.ISSUED), str(InvoiceStatus.VOID)
        for j, inv in enumerate(invs):
            iid = base + j
            day, amount, kind, rate = inv[_I_DAY], inv[_I_AMT], inv[_I_KIND], inv[_I_RATE]
            is_void = inv[_I_VOID]
            if not is_void:
                invoiced += amount
            rows.append(
                (
                    iid,
                    _invoice_number(kind, iid, yv[day]),
                    kind,
                    cid,
                    inv[_I_PROJECT],
                    inv[_I_INSTALLMENT],
                    dv[day],
                    dv[inv[_I_DUE]],
                    amount,
                    rate,
                    tax(amount, rate),
                    inv[_I_SETTLED],
                    "CNY",
                    void if is_void else issued,
                    None,
                    rng.choice(names.VOID_REASONS) if is_void else None,
                    finance[iid % 2],
                    None,
                    None,
                    1,
                    tv[day],
                    tv[inv[_I_LAST]],
                )
            )
            if len(rows) >= CHUNK_ROWS:
                self.sink.flush()
        credited = 0
        for k, (j, day, credit, note) in enumerate(reds):
            iid = base + len(invs) + k
            original = invs[j]
            kind, rate = original[_I_KIND], original[_I_RATE]
            credited += credit
            rows.append(
                (
                    iid,
                    _invoice_number(kind, iid, yv[day]),
                    kind,
                    cid,
                    original[_I_PROJECT],
                    None,
                    dv[day],
                    dv[day],
                    -credit,
                    rate,
                    tax(-credit, rate),
                    -credit,
                    "CNY",
                    issued,
                    base + j,
                    None,
                    finance[iid % 2],
                    None,
                    note,
                    1,
                    tv[day],
                    tv[day],
                )
            )
        self.counts["red"] += len(reds)
        self.counts["void"] += sum(1 for inv in invs if inv[_I_VOID])
        self.money["invoiced"] += invoiced
        self.money["credited"] += credited

    def _request_rows(
        self,
        cid: int,
        projects: list[_Project],
        pipeline: list[_Project],
        invs: list[list],
        base: int,
        kind: str,
    ) -> None:
        """Invoice requests (开票申请): issued for recent project invoices, pending or
        rejected for finished work not invoiced yet."""
        rng, d, T = self.rng, self.d, self.T
        for p in projects:
            for seq, m in enumerate(p.invoices):
                day = invs[m][_I_DAY]
                if day < T - 60 or rng.random() < 0.2:
                    continue
                at = d.morning[day - rng.randint(0, 3)]
                self.b_request.append(
                    (
                        self._ids("invoice_requests"),
                        cid,
                        p.id,
                        p.installment_ids[seq],
                        invs[m][_I_AMT],
                        invs[m][_I_KIND],
                        invs[m][_I_RATE],
                        p.salesperson,
                        at,
                        str(InvoiceRequestStatus.ISSUED),
                        None,
                        base + m,
                        None,
                        1,
                        at,
                        d.morning[day],
                    )
                )
                self.counts["requests"] += 1
        for p in pipeline:
            report = p.days[_REPORT]
            if p.stage != _REPORT or report is None:
                continue
            x = rng.random()
            if x > 0.7:
                continue
            rejected = x < 0.07
            at = d.morning[min(T, report + rng.randint(0, 3))]
            self.b_request.append(
                (
                    self._ids("invoice_requests"),
                    cid,
                    p.id,
                    p.installment_ids[0],
                    p.contract_fen,
                    kind,
                    600,
                    p.salesperson,
                    at,
                    str(
                        InvoiceRequestStatus.REJECTED if rejected else InvoiceRequestStatus.PENDING
                    ),
                    rng.choice(names.REQUEST_REJECT_REASONS) if rejected else None,
                    None,
                    None,
                    1,
                    at,
                    at,
                )
            )
            self.counts["requests"] += 1

    # -- payments, write-offs, follow-ups ----------------------------------------------

    def _payment_rows(
        self,
        cid: int,
        invs: list[list],
        payments: list[tuple[int, dict[int, int], int]],
        prepayments: list[tuple[int, int]],
        base: int,
        ident: dict,
        owner: _Person,
    ) -> None:
        rng, d = self.rng, self.d
        rnd = rng.random
        dv, tv, yv, ymd = d.date, d.afternoon, d.year, d.ymd
        category: CustomerCategory = ident["category"]
        payer, third = ident["payer"], ident["third_party"]
        methods = _METHODS_BY_CATEGORY[category]
        finance = [f.id for f in self.finance]
        b_pay, b_alloc = self.b_payment, self.b_allocation
        n_alloc = sum(len(a) for _, a, _ in payments)
        pid = self._ids("payments", len(payments) + len(prepayments))
        aid = self._ids("allocations", n_alloc)
        received = allocated = 0
        active, cnt = str(PaymentStatus.ACTIVE), self.counts
        for day, allocations, extra in payments:
            amount = sum(allocations.values())
            total = amount + extra
            method = methods[int(rnd() * len(methods))]
            bank_ref = (
                f"{ymd[day]}{pid * 7_919 % 100_000_000:08d}" if method in _BANK_METHODS else None
            )
            note = "多付款项，留作预收" if extra else None
            b_pay.append(
                (
                    pid,
                    f"SK{yv[day]}{pid:07d}",
                    cid,
                    dv[day],
                    total,
                    amount,
                    method,
                    bank_ref,
                    third if third is not None and rnd() < 0.3 else payer,
                    active,
                    finance[pid % 2],
                    None,
                    note,
                    1,
                    tv[day],
                    tv[day],
                )
            )
            for j, part in allocations.items():
                b_alloc.append(
                    (aid, pid, base + j, part, dv[day], finance[pid % 2], tv[day], tv[day])
                )
                aid += 1
            late = day - min(invs[j][_I_DUE] for j in allocations)
            if late > 20 and rnd() < 0.15:
                # Late payers are chased; this one kept the date promised on the phone.
                self._activity(
                    cid,
                    owner.id,
                    ActivityKind.CALL,
                    day - rng.randint(3, 15),
                    names.PROMISE_KEPT_SUMMARY,
                    None,
                    total,
                    day,
                    PromiseStatus.KEPT,
                )
            received += total
            allocated += amount
            pid += 1
            if len(b_alloc) >= CHUNK_ROWS:
                self.sink.flush()
        for day, amount in prepayments:
            b_pay.append(
                (
                    pid,
                    f"SK{yv[day]}{pid:07d}",
                    cid,
                    dv[day],
                    amount,
                    0,
                    str(PaymentMethod.BANK_TRANSFER),
                    f"{ymd[day]}{pid * 7_919 % 100_000_000:08d}",
                    payer,
                    active,
                    finance[pid % 2],
                    None,
                    names.PREPAYMENT_NOTE,
                    1,
                    tv[day],
                    tv[day],
                )
            )
            received += amount
            pid += 1
        cnt["payments"] += len(payments) + len(prepayments)
        cnt["allocations"] += n_alloc
        self.money["received"] += received
        self.money["allocated"] += allocated

    def _write_off_rows(self, write_offs: list[tuple[int, int, int]], base: int) -> None:
        rng, d = self.rng, self.d
        first = self._ids("write_offs", len(write_offs))
        total = 0
        for k, (j, amount, day) in enumerate(write_offs):
            self.b_write_off.append(
                (
                    first + k,
                    base + j,
                    amount,
                    d.date[day],
                    rng.choice(names.WRITE_OFF_REASONS),
                    self.manager.id,
                    self.finance[k % 2].id,
                    d.morning[day],
                    d.morning[day],
                )
            )
            total += amount
        self.counts["write_offs"] += len(write_offs)
        self.money["written_off"] += total

    def _activity(
        self,
        cid: int,
        user: int,
        kind: ActivityKind,
        day: int,
        summary: str,
        next_action: int | None,
        promise_fen: int | None,
        promise_day: int | None,
        promise_status: PromiseStatus | None,
    ) -> None:
        d = self.d
        self.b_activity.append(
            (
                self._ids("activities"),
                cid,
                None,
                user,
                str(kind),
                d.afternoon[day],
                summary,
                None if next_action is None else d.date[next_action],
                promise_fen,
                None if promise_day is None else d.date[promise_day],
                None if promise_status is None else str(promise_status),
                1,
                d.afternoon[day],
                d.afternoon[day],
            )
        )
        self.counts["activities"] += 1

    def _activity_rows(self, cid: int, invs: list[list], owner: _Person) -> None:
        """Collection follow-ups for what is overdue today, visits to the best customers."""
        rng, T = self.rng, self.T
        r = rng.randint
        overdue = 0
        oldest_due = T
        for inv in invs:
            if not inv[_I_VOID] and inv[_I_DUE] < T and inv[_I_SETTLED] < inv[_I_AMT]:
                overdue += inv[_I_AMT] - inv[_I_SETTLED]
                oldest_due = min(oldest_due, inv[_I_DUE])
        if overdue:
            days = sorted(
                T - r(1, 60) for _ in range(1 + (overdue > 50_000 * YUAN) + (rng.random() < 0.3))
            )
            for k, day in enumerate(days):
                kind = rng.choice(
                    (ActivityKind.CALL, ActivityKind.CALL, ActivityKind.WECHAT, ActivityKind.VISIT)
                )
                summary = rng.choice(names.DUNNING_CALLS)
                promise = overdue * r(30, 100) // 100 // YUAN * YUAN
                if k == len(days) - 1 and promise:
                    promise_day = T + r(3, 30)
                    self._activity(
                        cid,
                        owner.id,
                        kind,
                        day,
                        summary,
                        promise_day,
                        promise,
                        promise_day,
                        PromiseStatus.OPEN,
                    )
                elif promise and rng.random() < 0.5 and day + 7 < T:
                    self._activity(
                        cid,
                        owner.id,
                        kind,
                        day,
                        summary,
                        None,
                        promise,
                        day + 7,
                        PromiseStatus.BROKEN,
                    )
                else:
                    self._activity(cid, owner.id, kind, day, summary, day + 7, None, None, None)
            if T - oldest_due > 90:
                self._activity(
                    cid,
                    self.finance[0].id,
                    ActivityKind.DUNNING_LETTER,
                    T - r(1, 30),
                    names.DUNNING_LETTER_SUMMARY,
                    T + 15,
                    None,
                    None,
                    None,
                )
        elif invs and invs[-1][_I_DAY] > T - 365 and rng.random() < 0.15:
            self._activity(
                cid,
                owner.id,
                ActivityKind.VISIT,
                T - r(1, 180),
                rng.choice(names.VISIT_SUMMARIES),
                None,
                None,
                None,
                None,
            )


_CATEGORY_BY_NAME = {c.name: c for c in names.TEST_CATEGORIES}
_SPECIAL, _NORMAL, _DIGITAL, _RECEIPT = (
    k.value
    for k in (
        InvoiceKind.VAT_SPECIAL,
        InvoiceKind.VAT_NORMAL,
        InvoiceKind.DIGITAL,
        InvoiceKind.RECEIPT,
    )
)
_BANK_METHODS = frozenset((str(PaymentMethod.BANK_TRANSFER), str(PaymentMethod.ACCEPTANCE_BILL)))
# Weighted by repetition: companies wire money (large ones also use 承兑汇票), people pay by
# phone or in cash.
_METHODS_BY_CATEGORY = {
    CustomerCategory.ENTERPRISE: tuple(
        map(
            str,
            (PaymentMethod.BANK_TRANSFER,) * 16
            + (
                PaymentMethod.ACCEPTANCE_BILL,
                PaymentMethod.ACCEPTANCE_BILL,
                PaymentMethod.CHEQUE,
                PaymentMethod.WECHAT_ALIPAY,
            ),
        )
    ),
    CustomerCategory.GOVERNMENT: (str(PaymentMethod.BANK_TRANSFER),),
    CustomerCategory.INSTITUTION: tuple(
        map(str, (PaymentMethod.BANK_TRANSFER,) * 9 + (PaymentMethod.CHEQUE,))
    ),
    CustomerCategory.INDIVIDUAL: tuple(
        map(
            str,
            (
                PaymentMethod.WECHAT_ALIPAY,
                PaymentMethod.WECHAT_ALIPAY,
                PaymentMethod.CASH,
                PaymentMethod.BANK_TRANSFER,
            ),
        )
    ),
}


def _invoice_number(kind: str, iid: int, year: int) -> str:
    """Numbers shaped like the real ones; the id keeps them unique."""
    if kind == _DIGITAL:
        return f"{year % 100:02d}322{iid:015d}"  # 20 digits: year, region, channel, serial
    if kind == _RECEIPT:
        return f"SJ{year}{iid:07d}"
    return f"{iid:08d}"


def _mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randint(0, 999_999_999):09d}"
