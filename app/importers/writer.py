"""Records written through the ledger's rules, in the caller's write transaction.

The rows of a legacy ledger are history that already happened, so they are written with the
figures the write services compute (numbering, tax, due dates from terms, allocation dates,
cached settled and allocated totals, project stages and their events), with these
differences:
- credit control is not asked: an import records past invoices, it extends no new credit;
- ledger rows are inserted a chunk at a time (``CHUNK_ROWS``), a table per executemany, and
  audited by one entry per table and chunk that lists every record with its figures, in the
  same hash chain (customers, payments of the payments kind and rows imported before are
  written and audited one by one, as the services do);
- each record carries a source key, so that importing the same rows again adds nothing.

A source key is a digest of what identifies the row's record (customer, number, date,
amount, project) and of how many identical rows came before it in the file: re-importing a
file, or a later copy with rows added anywhere, finds the rows it already holds."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import Index, Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from app.db.bulk import driver_connection, drop_indexes, insert_rows, next_ids, update_rows
from app.domain.enums import InvoiceKind, InvoiceStatus, PaymentStatus, ProjectStage
from app.domain.money import Money, tax_of_inclusive
from app.domain.names import name_key
from app.importers.records import Record
from app.models import (
    Allocation,
    Base,
    CreditTier,
    Customer,
    Invoice,
    Payment,
    Project,
    ProjectStageEvent,
)
from app.models.base import utcnow
from app.services.core.audit_service import append_recorded, record_audit
from app.services.core.context import Actor
from app.services.core.numbering_service import NumberBlocks
from app.services.core.settings_service import get_days_ahead
from app.services.ledger.invoice_service import payment_terms_days
from app.services.ledger.payment_service import _allocate
from app.services.projects.project_service import after_invoicing, after_settlement

DEFAULT_TIER = "regular"
DEFAULT_TAX_BP = 600
CHUNK_ROWS = 500  # ledger rows inserted together
# An import of at least this many rows that at least doubles the invoices drops the
# secondary indexes of the tables it fills and builds them again at the end (SQLite).
BULK_ROWS = 2_000
_BULK_TABLES = (Invoice, Payment, Allocation, Project, ProjectStageEvent)
# Indexes the import itself reads through while it writes: kept.
_KEPT_INDEXES = frozenset({"ix_projects_customer_id"})
# SQLite's page cache during a large import: the unique indexes on random source keys are
# written all over; with the default 2 MiB most inserts would read pages back from disk.
_BULK_CACHE_KIB = 65_536
KEY_PREFIX = "imp1:"
_VAT_NORMAL = InvoiceKind.VAT_NORMAL.value
_ISSUED = InvoiceStatus.ISSUED.value
_ACTIVE = PaymentStatus.ACTIVE.value
_INVOICED = ProjectStage.INVOICED.value
# (field, reason template key, params) of a row the database refuses.
Refusal = tuple[str, str, dict[str, object]]


def _digest(*parts: object) -> str:
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:40]


def _row_payments(record: Record) -> list[tuple[date, int]]:
    """The row's payments; a settled date pays what the listed payments leave open."""
    paid = list(record.payments)
    if record.settled_date is not None:
        rest = (record.amount or 0) - sum(fen for _, fen in paid)
        if rest > 0:
            paid.append((record.settled_date, rest))
    return paid


class LedgerWriter:
    def __init__(self, session: Session, actor: Actor, reason: str) -> None:
        self.session = session
        self.actor = actor
        self.reason = reason
        self.counts: Counter[str] = Counter()
        self._by_uscc: dict[str, int] = {}
        self._by_name: dict[str, int] = {}
        self._projects: dict[tuple[int, str], int] = {}
        self._terms: dict[int, int] = {}
        self._seen: Counter[str] = Counter()
        self._tier_id: int | None = None
        self._next_code: int | None = None
        self.touched_projects: dict[int, date] = {}
        self._numbers: dict[str, NumberBlocks] = {}
        # A customer's name is on many rows, a project's looked up more than once per row.
        self._name_key = lru_cache(maxsize=16_384)(name_key)
        self._latest: date | None = None
        self._matched_projects: set[int] = set()
        self._projects_loaded: set[int] = set()
        # Projects this import created: (open fen of their invoices, last payment date).
        self._created_projects: dict[int, tuple[int, date]] = {}
        self._pending: list[tuple[Record, str, bool]] = []
        self._numbers_used: set[str] = set()
        self._dropped: list[Index] = []
        self._codes_used: set[str] = set()  # customer codes given by this import
        self._raw: Any = None  # the driver's connection, while the page cache is larger
        self._cache_size: int | None = None
        self._invoices_before: bool | None = None  # whether the ledger had invoices
        self.on_refused: Callable[[Record, list[Refusal]], None] = lambda record, refusals: None

    def prepare(self, rows: int) -> None:
        """Before a ledger or invoices import of about ``rows`` rows: on SQLite, when they
        at least double the invoices, the secondary indexes of the tables the rows fill are
        dropped, to be built once in ``finish`` (a rollback restores them)."""
        conn = self.session.connection()
        if conn.dialect.name != "sqlite" or rows < BULK_ROWS:
            return
        self._raw = driver_connection(conn)
        self._cache_size = self._raw.execute("PRAGMA cache_size").fetchone()[0]
        self._raw.execute(f"PRAGMA cache_size=-{_BULK_CACHE_KIB}")
        if rows >= (self.session.scalar(select(func.count()).select_from(Invoice)) or 0):
            tables = [cast(Table, model.__table__) for model in _BULK_TABLES]
            self._dropped = drop_indexes(conn, tables, keep=_KEPT_INDEXES)

    def close(self) -> None:
        """SQLite's page cache set back to its size before ``prepare`` (also after a failed
        import: the driver's connection is used, whatever state the session is in)."""
        if self._cache_size is not None:
            self._raw.execute(f"PRAGMA cache_size={int(self._cache_size)}")
            self._cache_size = None

    def next_number(self, kind: str, on: date) -> str:
        if kind not in self._numbers:
            self._numbers[kind] = NumberBlocks(self.session, kind)
        return self._numbers[kind].take(on)

    # -- keys ---------------------------------------------------------------------------

    def source_key(self, *parts: object) -> str:
        """The key of the next row identified by ``parts`` (its occurrence counted)."""
        base = _digest(*parts)
        self._seen[base] += 1
        return KEY_PREFIX + _digest(base, self._seen[base])

    # -- customers ----------------------------------------------------------------------

    def customer(self, record: Record, refusals: list[Refusal], create: bool = True) -> int | None:
        """The customer by unified social credit code, else by normalised name; created
        when new (and ``create``)."""
        key = self._name_key(record.customer)
        found = self._find_customer(record, key)
        if found is not None:
            return found
        if not create:
            refusals.append(("customer", "customer_unknown", {"name": record.customer}))
            return None
        customer_id = self._next_customer_ids(1).pop()
        values = self._new_customer(record, key, customer_id)
        self._core_insert(Customer, [values])
        record_audit(
            self.session,
            self.actor,
            "customer.create",
            "customer",
            customer_id,
            None,
            {"code": values["code"], "name": record.customer, "uscc": record.uscc},
            reason=self.reason,
        )
        return customer_id

    def _find_customer(self, record: Record, key: str) -> int | None:
        if record.uscc:
            found = self._by_uscc.get(record.uscc)
            if found is None:
                found = self.session.scalar(select(Customer.id).where(Customer.uscc == record.uscc))
                if found is not None:
                    self.counts["customers_matched"] += 1
            if found is not None:
                self._by_uscc[record.uscc] = found
                self._by_name.setdefault(key, found)
                return found
        found = self._by_name.get(key)
        if found is None:
            found = self.session.scalar(
                select(Customer.id).where(Customer.name_key == key).order_by(Customer.id).limit(1)
            )
            if found is not None:
                self.counts["customers_matched"] += 1
        if found is not None:
            self._by_name[key] = found
        return found

    def _chunk_customers(self, rows: list[tuple[Record, str, bool]]) -> list[int]:
        """Each row's customer, matched as ``customer`` matches them, row after row; the
        chunk's new customers inserted together, one audit entry listing them."""
        ids: list[int] = []
        new: list[dict[str, object]] = []
        free: list[int] = []
        for record, _, _ in rows:
            key = self._name_key(record.customer)
            found = self._find_customer(record, key)
            if found is None:
                if not free:
                    free = self._next_customer_ids(len(rows) - len(ids))
                found = free.pop()
                new.append(self._new_customer(record, key, found))
            ids.append(found)
        if new:
            self._core_insert(Customer, new)
            record_audit(
                self.session,
                self.actor,
                "customer.import",
                "customer",
                new[0]["id"],  # type: ignore[arg-type]
                None,
                {"customers": [[v["id"], v["code"], v["name"], v["uscc"]] for v in new]},
                reason=self.reason,
                plain=True,
            )
        return ids

    def _next_customer_ids(self, count: int) -> list[int]:
        """``count`` free customer ids, the smallest last (they are popped)."""
        table = cast(Table, Customer.__table__)
        return sorted(next_ids(self.session.connection(), table, count), reverse=True)

    def _new_customer(self, record: Record, key: str, customer_id: int) -> dict[str, object]:
        """The row of a new customer (with id ``customer_id``), known to the lookups from
        now on."""
        session = self.session
        if self._tier_id is None:
            self._tier_id = session.scalar(
                select(CreditTier.id).where(CreditTier.code == DEFAULT_TIER)
            ) or session.scalar(select(CreditTier.id).order_by(CreditTier.id).limit(1))
        code = record.customer_code
        if not code or code in self._codes_used or self._code_taken(code):
            code = self._generated_code()
        self._codes_used.add(code)
        self._projects_loaded.add(customer_id)  # a new customer has no projects to match
        self.counts["customers_created"] += 1
        self._by_name[key] = customer_id
        if record.uscc:
            self._by_uscc[record.uscc] = customer_id
        return {
            "id": customer_id,
            "code": code,
            "name": record.customer,
            "name_key": key,
            "uscc": record.uscc or None,
            "short_name": record.short_name or None,
            "phone": record.phone or None,
            "address": record.address or None,
            "tier_id": self._tier_id,
            "payment_terms_override_days": record.terms if not record.issue_date else None,
            "credit_limit_override_fen": record.credit_limit,
            "notes": record.note or None,
            "archived": False,
            "since": self.actor.clock.today(),
        }

    def _code_taken(self, code: str) -> bool:
        return self.session.scalar(select(Customer.id).where(Customer.code == code)) is not None

    def _generated_code(self) -> str:
        if self._next_code is None:
            codes = self.session.scalars(select(Customer.code).where(Customer.code.like("C%")))
            numbers = [int(c[1:]) for c in codes if len(c) == 7 and c[1:].isdigit()]
            self._next_code = max(numbers, default=0) + 1
        while True:
            code = f"C{self._next_code:06d}"
            self._next_code += 1
            if code not in self._codes_used and not self._code_taken(code):
                return code

    # -- projects -----------------------------------------------------------------------

    def project(self, customer_id: int, record: Record, on: date, stage: ProjectStage) -> int:
        key = (customer_id, self._name_key(record.project))
        found = self._projects.get(key) or self._existing_project(key)
        if found is not None:
            return found
        project = Project(
            code=self.next_number("project", on),
            customer_id=customer_id,
            title=record.project,
            contract_no=record.contract_no or record.project_code or None,
            quoted_amount_fen=0,
            contract_amount_fen=0,
            stage=stage.value,
            stage_since=on,
            lead_date=on,
            invoiced_date=on if stage == ProjectStage.INVOICED else None,
            notes=record.note or None if stage == ProjectStage.LEAD else None,
        )
        self.session.add(project)
        self.session.flush()
        self.session.add(
            ProjectStageEvent(
                project_id=project.id,
                from_stage=None,
                to_stage=stage.value,
                event_date=on,
                user_id=self.actor.user_id,
                note=self.reason,
            )
        )
        record_audit(
            self.session,
            self.actor,
            "project.create",
            "project",
            project.id,
            None,
            {"code": project.code, "title": project.title, "stage": stage.value},
            reason=self.reason,
        )
        self.counts["projects_created"] += 1
        self._projects[key] = project.id
        return project.id

    # -- invoices and payments ----------------------------------------------------------

    def _entry_date(self, name: str, on: date, refusals: list[Refusal]) -> bool:
        # check_entry_date's rule, its setting read once per import.
        if self._latest is None:
            days = get_days_ahead(self.session)
            self._latest = self.actor.clock.today() + timedelta(days=days)
        if on > self._latest:
            refusals.append((name, "future", {"date": on.isoformat()}))
            return False
        return True

    def invoice(self, record: Record, refusals: list[Refusal], with_payments: bool) -> None:
        """The row's invoice (with its project, and for a ledger row its payments)."""
        assert record.issue_date is not None and record.amount is not None
        key = self.source_key(
            "invoice",
            self._name_key(record.customer),
            record.uscc,
            record.invoice_number,
            record.issue_date,
            record.amount,
            self._name_key(record.project),
        )
        ok = self._entry_date("issue_date", record.issue_date, refusals)
        for paid_on, _ in record.payments:
            ok = self._entry_date("payment_date", paid_on, refusals) and ok
        if record.settled_date is not None:
            ok = self._entry_date("settled_date", record.settled_date, refusals) and ok
        if not ok:
            return
        self._pending.append((record, key, with_payments))
        if len(self._pending) >= CHUNK_ROWS:
            self.flush_pending()

    def flush_pending(self) -> None:
        """Write the rows waiting in the chunk: rows imported before go the one-by-one way
        (their new payments only); new rows are inserted together."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        session = self.session
        if self._invoices_before is None:
            self._invoices_before = session.scalar(select(Invoice.id).limit(1)) is not None
        existing: set[str] = set()
        taken: set[str] = set()
        # Into a ledger with no invoices before, this import's own keys and numbers are all
        # there is, and it keeps them apart itself: nothing to look up.
        if self._invoices_before:
            keys = [key for _, key, _ in pending]
            existing = set(
                session.scalars(select(Invoice.source_key).where(Invoice.source_key.in_(keys)))
            )
            numbers = [
                r.invoice_number for r, k, _ in pending if r.invoice_number and k not in existing
            ]
            if numbers:
                query = select(Invoice.number).where(Invoice.number.in_(numbers))
                taken = set(session.scalars(query))
        new = []
        for record, key, with_payments in pending:
            if key in existing:
                self._again(record, key, with_payments)
                continue
            number = record.invoice_number
            if number and (number in taken or number in self._numbers_used):
                self.on_refused(
                    record, [("invoice_number", "duplicate_number", {"number": number})]
                )
                continue
            if number:
                self._numbers_used.add(number)
            new.append((record, key, with_payments))
        if new:
            self._insert_chunk(new)

    def _again(self, record: Record, key: str, with_payments: bool) -> None:
        """A row imported before: only payments added to it since are new."""
        invoice = self.session.scalars(select(Invoice).where(Invoice.source_key == key)).one()
        self.counts["rows_already_imported"] += 1
        if not with_payments:
            return
        for n, (paid_on, fen) in enumerate(_row_payments(record), start=1):
            pkey = f"{key}:p{n}"
            if self.session.scalar(select(Payment.id).where(Payment.source_key == pkey)):
                continue
            payment = self._new_payment(invoice.customer_id, paid_on, fen, record, pkey)
            self._apply(payment, invoice, min(fen, invoice.amount_fen - invoice.settled_fen))
            if invoice.project_id is not None:
                self._touch(invoice.project_id, paid_on)

    def _insert_chunk(self, rows: list[tuple[Record, str, bool]]) -> None:
        """New invoices with their projects, payments and allocations, inserted a table at a
        time; figures as issue_in_session and the payment service compute them; one audit
        entry per table and chunk lists every record with its figures."""
        session = self.session
        customer_ids = self._chunk_customers(rows)
        project_ids = self._chunk_projects(rows, customer_ids)
        invoices: list[dict[str, object]] = []
        for (record, key, _), customer_id, project_id in zip(
            rows, customer_ids, project_ids, strict=True
        ):
            assert record.issue_date is not None and record.amount is not None
            rate = record.tax_rate if record.tax_rate is not None else DEFAULT_TAX_BP
            invoices.append(
                {
                    "number": record.invoice_number
                    or self.next_number("invoice", record.issue_date),
                    "kind": _VAT_NORMAL,
                    "customer_id": customer_id,
                    "project_id": project_id,
                    "issue_date": record.issue_date,
                    "due_date": self._due(record, customer_id),
                    "amount_fen": record.amount,
                    "tax_rate_bp": rate,
                    "tax_fen": tax_of_inclusive(Money(record.amount), rate).fen,
                    "settled_fen": 0,
                    "status": _ISSUED,
                    "issued_by": self.actor.user_id,
                    "note": record.note or None,
                    "source_key": key,
                }
            )
        # Payments and what each applies to its row's invoice, oldest first.
        payments: list[dict[str, object]] = []
        applied: list[tuple[int, int, date]] = []  # (invoice index, fen, allocation date)
        for i, (record, key, with_payments) in enumerate(rows):
            if not with_payments:
                continue
            invoice = invoices[i]
            for n, (paid_on, fen) in enumerate(_row_payments(record), start=1):
                open_fen = int(invoice["amount_fen"]) - int(invoice["settled_fen"])  # type: ignore[call-overload]
                share = min(fen, open_fen)
                invoice["settled_fen"] = int(invoice["settled_fen"]) + share  # type: ignore[call-overload]
                payments.append(
                    {
                        "number": self.next_number("payment", paid_on),
                        "customer_id": invoice["customer_id"],
                        "received_date": paid_on,
                        "amount_fen": fen,
                        "allocated_fen": share,
                        "method": "bank_transfer",
                        "bank_ref": record.payment_ref or None,
                        "payer_name": record.payer or None,
                        "status": _ACTIVE,
                        "recorded_by": self.actor.user_id,
                        "source_key": f"{key}:p{n}",
                    }
                )
                applied.append((i, share, max(paid_on, record.issue_date or paid_on)))
        invoice_ids = self._insert(Invoice, invoices)
        payment_ids = self._insert(Payment, payments)
        allocations = [
            {
                "payment_id": payment_id,
                "invoice_id": invoice_ids[i],
                "amount_fen": share,
                "allocated_date": on,
                "created_by": self.actor.user_id,
            }
            for payment_id, (i, share, on) in zip(payment_ids, applied, strict=True)
            if share > 0
        ]
        if allocations:
            self._core_insert(Allocation, allocations)
        record_audit(
            session,
            self.actor,
            "invoice.import",
            "invoice",
            invoice_ids[0],
            None,
            {
                "invoices": [
                    [
                        iid,
                        v["number"],
                        v["customer_id"],
                        v["amount_fen"],
                        v["tax_fen"],
                        str(v["issue_date"]),  # a date as its ISO text
                        str(v["due_date"]),  # a date as its ISO text
                    ]
                    for iid, v in zip(invoice_ids, invoices, strict=True)
                ]
            },
            reason=self.reason,
            plain=True,
        )
        if payments:
            record_audit(
                session,
                self.actor,
                "payment.import",
                "payment",
                payment_ids[0],
                None,
                {
                    "payments": [
                        [
                            pid,
                            v["number"],
                            v["customer_id"],
                            v["amount_fen"],
                            str(v["received_date"]),  # a date as its ISO text
                        ]
                        for pid, v in zip(payment_ids, payments, strict=True)
                    ],
                    "allocations": [
                        [
                            a["payment_id"],
                            a["invoice_id"],
                            a["amount_fen"],
                            str(a["allocated_date"]),  # a date as its ISO text
                        ]
                        for a in allocations
                    ],
                },
                reason=self.reason,
                plain=True,
            )
        if self._raw is not None:
            # SQLite's writer holds the whole file until the import commits, so the chunk's
            # audit entries can join the chain now rather than be held in memory till then.
            append_recorded(session)
        self.counts["invoices_created"] += len(invoices)
        self.counts["payments_created"] += len(payments)
        self.counts["allocations_created"] += len(allocations)
        paid_dates: dict[int, list[date]] = {}
        for i, share, on in applied:
            if share > 0:
                paid_dates.setdefault(i, []).append(on)
        for i, invoice in enumerate(invoices):
            of_project = invoice["project_id"]
            if of_project is None:
                continue
            assert isinstance(of_project, int)
            project_id = of_project
            last = max(paid_dates.get(i, ()), default=rows[i][0].issue_date)
            assert last is not None
            if project_id in self._created_projects:
                still = self._created_projects[project_id]
                open_fen = int(invoice["amount_fen"]) - int(invoice["settled_fen"])  # type: ignore[call-overload]
                self._created_projects[project_id] = (still[0] + open_fen, max(still[1], last))
            else:
                self._touch(project_id, last)
                if project_id in self._matched_projects:
                    after_invoicing(session, self.actor, project_id, rows[i][0].issue_date)  # type: ignore[arg-type]

    def _core_insert(self, model: type[Base], rows: Sequence[Mapping[str, object]]) -> None:
        """An executemany of the table's INSERT (the columns' defaults filled in), without
        the ORM's per-row bookkeeping."""
        insert_rows(self.session.connection(), cast(Table, model.__table__), rows)

    def _insert(
        self, model: type[Invoice | Payment | Project], rows: list[dict[str, object]]
    ) -> list[int]:
        """Insert ``rows`` in one executemany with ids taken beforehand (RETURNING would go
        row by row on SQLite); the ids in the rows' order."""
        table = cast(Table, model.__table__)
        ids = next_ids(self.session.connection(), table, len(rows))
        for row, id_ in zip(rows, ids, strict=True):
            row["id"] = id_
        self._core_insert(model, rows)
        return ids

    def _due(self, record: Record, customer_id: int) -> date:
        assert record.issue_date is not None
        if record.due_date is not None:
            return record.due_date
        terms = record.terms
        if terms is None:
            if customer_id not in self._terms:
                customer = self.session.get(Customer, customer_id)
                assert customer is not None
                self._terms[customer_id] = payment_terms_days(self.session, customer)
            terms = self._terms[customer_id]
        return record.issue_date + timedelta(days=terms)

    def _chunk_projects(
        self, rows: list[tuple[Record, str, bool]], customer_ids: list[int]
    ) -> list[int | None]:
        """Each row's project: matched by customer and title, else created (at invoiced,
        on its first invoice's date), a chunk's new projects inserted together."""
        found: list[int | None] = []
        wanted: dict[tuple[int, str], dict[str, object]] = {}
        for (record, _, _), customer_id in zip(rows, customer_ids, strict=True):
            if not record.project:
                found.append(None)
                continue
            key = (customer_id, self._name_key(record.project))
            pid = self._projects.get(key) or self._existing_project(key)
            if pid is None and key not in wanted:
                on = record.issue_date
                assert on is not None
                wanted[key] = {
                    "source_key": KEY_PREFIX + _digest("project", *key),
                    "code": self.next_number("project", on),
                    "customer_id": customer_id,
                    "title": record.project,
                    "contract_no": record.contract_no or record.project_code or None,
                    "quoted_amount_fen": 0,
                    "contract_amount_fen": 0,
                    "stage": _INVOICED,
                    "stage_since": on,
                    "lead_date": on,
                    "invoiced_date": on,
                }
            found.append(pid)
        if wanted:
            values = list(wanted.values())
            ids = self._insert(Project, values)
            self._core_insert(
                ProjectStageEvent,
                [
                    {
                        "project_id": pid,
                        "from_stage": None,
                        "to_stage": _INVOICED,
                        "event_date": v["stage_since"],
                        "user_id": self.actor.user_id,
                        "note": self.reason,
                    }
                    for pid, v in zip(ids, values, strict=True)
                ],
            )
            record_audit(
                self.session,
                self.actor,
                "project.import",
                "project",
                ids[0],
                None,
                {
                    "projects": [
                        [pid, v["code"], v["title"]] for pid, v in zip(ids, values, strict=True)
                    ]
                },
                reason=self.reason,
                plain=True,
            )
            for key, pid in zip(wanted, ids, strict=True):
                self._projects[key] = pid
                self._created_projects[pid] = (0, date.min)
            self.counts["projects_created"] += len(ids)
            found = [
                pid
                if pid is not None or not record.project
                else self._projects[(cid, self._name_key(record.project))]
                for pid, (record, _, _), cid in zip(found, rows, customer_ids, strict=True)
            ]
        return found

    def _existing_project(self, key: tuple[int, str]) -> int | None:
        customer_id = key[0]
        if customer_id not in self._projects_loaded:
            self._projects_loaded.add(customer_id)
            for pid, title in self.session.execute(
                select(Project.id, Project.title).where(Project.customer_id == customer_id)
            ):
                if self._projects.setdefault((customer_id, self._name_key(title)), pid) == pid:
                    self._matched_projects.add(pid)
        return self._projects.get(key)

    def _touch(self, project_id: int, on: date) -> None:
        self.touched_projects[project_id] = max(on, self.touched_projects.get(project_id, on))

    def _payment(
        self, customer_id: int, paid_on: date, fen: int, record: Record, key: str
    ) -> Payment:
        payment = Payment(
            number=self.next_number("payment", paid_on),
            customer_id=customer_id,
            received_date=paid_on,
            amount_fen=fen,
            allocated_fen=0,
            bank_ref=record.payment_ref or None,
            payer_name=record.payer or None,
            status=PaymentStatus.ACTIVE.value,
            recorded_by=self.actor.user_id,
            source_key=key,
        )
        self.session.add(payment)
        self.counts["payments_created"] += 1
        return payment

    def _audit_payment(self, payment: Payment) -> None:
        record_audit(
            self.session,
            self.actor,
            "payment.record",
            "payment",
            payment.id,
            None,
            {
                "number": payment.number,
                "customer_id": payment.customer_id,
                "amount_fen": payment.amount_fen,
                "date": payment.received_date,
            },
            reason=self.reason,
        )

    def _new_payment(
        self, customer_id: int, paid_on: date, fen: int, record: Record, key: str
    ) -> Payment:
        payment = self._payment(customer_id, paid_on, fen, record, key)
        self.session.flush()
        self._audit_payment(payment)
        return payment

    def _apply(self, payment: Payment, invoice: Invoice, fen: int) -> None:
        """Allocate as payment_service does: dated the later of the payment and invoice."""
        if fen <= 0:
            return
        self.session.add(
            Allocation(
                payment_id=payment.id,
                invoice_id=invoice.id,
                amount_fen=fen,
                allocated_date=max(payment.received_date, invoice.issue_date),
                created_by=self.actor.user_id,
            )
        )
        invoice.settled_fen += fen
        payment.allocated_fen += fen
        record_audit(
            self.session,
            self.actor,
            "payment.allocate",
            "payment",
            payment.id,
            None,
            {"allocations": [(invoice.number, fen)]},
            reason=self.reason,
        )
        self.counts["allocations_created"] += 1

    def payment(self, record: Record, refusals: list[Refusal]) -> None:
        """A payments-kind row: applied to the invoice it names, else oldest first."""
        for paid_on, _ in record.payments:
            if not self._entry_date("payment_date", paid_on, refusals):
                return
        for paid_on, fen in record.payments:
            key = self.source_key(
                "payment",
                self._name_key(record.customer),
                record.uscc,
                paid_on,
                fen,
                record.payment_ref,
                record.invoice_number,
            )
            if self.session.scalar(select(Payment.id).where(Payment.source_key == key)):
                self.counts["rows_already_imported"] += 1
                continue
            invoice = None
            # A payment for a named invoice needs its customer to exist already.
            customer_id = self.customer(record, refusals, create=not record.invoice_number)
            if customer_id is None:
                return
            if record.invoice_number:
                invoice = self.session.scalar(
                    select(Invoice).where(
                        Invoice.number == record.invoice_number,
                        Invoice.customer_id == customer_id,
                    )
                )
                if invoice is None:
                    refusals.append(
                        ("invoice_number", "invoice_unknown", {"number": record.invoice_number})
                    )
                    return
            payment = self._new_payment(customer_id, paid_on, fen, record, key)
            if invoice is not None:
                self._apply(payment, invoice, min(fen, invoice.amount_fen - invoice.settled_fen))
                if invoice.project_id is not None:
                    self._touch(invoice.project_id, paid_on)
            else:
                # The payment service's own rule: oldest open invoices first.
                lines = _allocate(self.session, self.actor, payment, "auto", paid_on).value
                self.counts["allocations_created"] += len(lines)

    def project_row(self, record: Record) -> None:
        customer_id = self.customer(record, [])
        assert customer_id is not None
        on = record.issue_date or self.actor.clock.today()
        self.project(customer_id, record, on, ProjectStage.LEAD)

    def finish(self) -> None:
        """The last chunk written; projects whose invoices the import settled in full move
        to paid on the day of their last payment; unused reserved numbers given back."""
        self.flush_pending()
        for index in self._dropped:
            index.create(self.session.connection())
        self._dropped = []
        paid = sorted(
            (pid, on)
            for pid, (open_fen, on) in self._created_projects.items()
            if open_fen == 0 and on != date.min
        )
        if paid:
            self._paid(paid)
        for project_id, on in sorted(self.touched_projects.items()):
            after_settlement(self.session, self.actor, {project_id}, on)
        for blocks in self._numbers.values():
            blocks.release()

    def _paid(self, paid: list[tuple[int, date]]) -> None:
        """Projects created at invoiced by this import and settled by it: to paid, with their
        stage events, as project_service's _move records them (one audit entry for all)."""
        table = cast(Table, Project.__table__)
        update_rows(
            self.session.connection(),
            update(table)
            .where(table.c.id == bindparam("pid"))
            .values(
                stage=ProjectStage.PAID.value,
                stage_since=bindparam("on"),
                paid_date=bindparam("on"),
                version=table.c.version + 1,
                updated_at=utcnow(),
            ),
            [{"pid": pid, "on": on} for pid, on in paid],
        )
        self._core_insert(
            ProjectStageEvent,
            [
                {
                    "project_id": pid,
                    "from_stage": ProjectStage.INVOICED.value,
                    "to_stage": ProjectStage.PAID.value,
                    "event_date": on,
                    "user_id": self.actor.user_id,
                    "note": self.reason,
                }
                for pid, on in paid
            ],
        )
        record_audit(
            self.session,
            self.actor,
            "project.import_paid",
            "project",
            paid[0][0],
            None,
            {"paid": [[pid, on] for pid, on in paid]},
            reason=self.reason,
        )
