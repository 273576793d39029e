"""One import: the file read sheet by sheet, each row parsed and written in one write
transaction, every problem located. All or nothing by default; with ``skip_invalid`` the
good rows are written and the rejected ones listed (and written to an error workbook).

Rows stream from the reader to the database: only the first rows of a sheet (to find the
header) and the rejected rows (up to ``MAX_KEPT``) are held, so memory stays bounded for
100k-row files. ``progress(done, total)`` and ``cancelled()`` are called between rows, from
the thread doing the work, as in app/reports/statement_files.py; a cancelled import writes
nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from app.db.session import Database
from app.domain.errors import ImportCancelledError, ImportFileError, ImportValidationError
from app.importers.error_workbook import write_error_workbook
from app.importers.headers import ColumnMapping, Columns, assign, detect, read_mapping
from app.importers.records import KINDS, REQUIRED, CellProblem, Record, parse_row, skip_row
from app.importers.values import REASON_TEMPLATES, text_of
from app.importers.workbook import FILE_TEMPLATES, Sheet, Workbook, open_workbook
from app.importers.writer import LedgerWriter, Refusal
from app.models import ImportBatch
from app.services.core.audit_service import record_audit
from app.services.core.changes import Changed, Kind
from app.services.core.context import Actor
from app.services.core.permissions import FINANCE, require

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
MAX_KEPT = 10_000  # problems and rejected rows kept for the report; the rest are counted
_EVERY = 200  # rows between progress reports and cancel checks


@dataclass
class ImportOptions:
    kind: str = "auto"
    sheet: str | None = None
    mapping: ColumnMapping | None = None
    dry_run: bool = False
    skip_invalid: bool = False
    errors_path: Path | None = None
    sheets: tuple[str, ...] | None = None  # these sheets (the wizard's choice); None: all


@dataclass
class SheetPlan:
    sheet: Sheet
    columns: Columns


@dataclass
class ImportResult:
    file: str
    kind: str
    sheets: list[tuple[str, dict[str, str]]]  # (name, field -> column) of each sheet read
    skipped_sheets: list[str]
    counts: dict[str, int]
    problems: list[CellProblem]
    problem_count: int
    written: bool
    dry_run: bool
    imported_before: bool = False  # a batch with the same content was imported earlier
    errors_file: Path | None = None
    rejected: list[tuple[str, int, list[object], str]] = field(default_factory=list)


def load_mapping(path: Path) -> ColumnMapping:
    try:
        return read_mapping(path)
    except ValueError as exc:
        raise ImportFileError(FILE_TEMPLATES["mapping"], path=path.name, detail=str(exc)) from exc


def content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _plan(book: Workbook, options: ImportOptions) -> tuple[str, list[SheetPlan], list[str]]:
    mapping = options.mapping
    wanted = options.sheet or (mapping.sheet if mapping else None)
    sheets = book.sheets
    if wanted is not None:
        sheets = [s for s in sheets if s.name == wanted]
        if not sheets:
            raise ImportFileError(FILE_TEMPLATES["no_sheet"], path=book.path.name, sheet=wanted)
    if options.sheets is not None:
        for name in options.sheets:
            if name not in {s.name for s in sheets}:
                raise ImportFileError(FILE_TEMPLATES["no_sheet"], path=book.path.name, sheet=name)
        sheets = [s for s in sheets if s.name in options.sheets]
    filled = is_filled(book)
    plans: list[SheetPlan] = []
    skipped: list[str] = []
    for sheet in sheets:
        columns = sheet_columns(head_rows(book, sheet), mapping, filled)
        if columns is None:
            skipped.append(sheet.name)
        else:
            plans.append(SheetPlan(sheet, columns))
    kind = options.kind if options.kind != "auto" else (mapping.kind if mapping else None)
    if kind is None or kind == "auto":
        kind = guess_kind(plans[0].columns) if plans else "ledger"
    usable = []
    for plan in plans:
        if all(name in plan.columns.fields for name in REQUIRED[kind]) and (
            kind != "payments" or plan.columns.payments
        ):
            usable.append(plan)
        else:
            skipped.append(plan.sheet.name)
    if not usable:
        raise ImportFileError(FILE_TEMPLATES["no_header"], path=book.path.name)
    return kind, usable, skipped


def sheet_columns(
    head: list[tuple[int, list[object]]], mapping: ColumnMapping | None, filled: bool
) -> Columns | None:
    """Where each field is on a sheet whose first rows are ``head``: the header row the
    mapping names, else the one detected, with the mapping's columns over the guess.
    ``filled``: merged cells carry their value (Excel, not CSV)."""
    if mapping is not None and mapping.header_row is not None:
        row = next((v for n, v in head if n == mapping.header_row), [])
        texts = [text_of(t) for t in row]
        return assign((mapping.header_row,), texts, mapping.columns)
    columns = detect(head, filled)
    if columns is not None and mapping is not None:
        texts = _header_texts(head, columns)
        columns = assign(columns.header_rows, texts, mapping.columns)
    return columns


def is_filled(book: Workbook) -> bool:
    """Whether merged cells carry their value in every cell (Excel files, not CSV)."""
    return book.path.suffix.lower() != ".csv"


def head_rows(book: Workbook, sheet: Sheet) -> list[tuple[int, list[object]]]:
    rows = []
    for number, values in filled_rows(book, sheet, header=True):
        rows.append((number, values))
        if len(rows) >= 30:
            break
    return rows


def _header_texts(head: list[tuple[int, list[object]]], columns: Columns) -> list[str]:
    width = max((len(v) for _, v in head), default=0)
    return [columns.headers.get(i, "") for i in range(width)]


def guess_kind(columns: Columns) -> str:
    fields = columns.fields
    has_payments = bool(columns.payments) or "settled_date" in fields
    if "amount" in fields and "issue_date" in fields:
        return "ledger" if has_payments else "invoices"
    if has_payments:
        return "payments"
    if "project" in fields:
        return "projects"
    return "customers"


def filled_rows(
    book: Workbook, sheet: Sheet, header: bool = False, money: frozenset[int] = frozenset()
) -> Iterator[tuple[int, list[object]]]:
    """Rows with each merged cell's value in every cell of its range, except the money
    columns ``money`` below the header (an amount is never copied to a second row)."""
    merged = sorted(sheet.merged)
    anchors: dict[tuple[int, int], object] = {}
    active: list[tuple[int, int, int, int]] = []
    pending = 0
    for number, values in book.rows(sheet):
        while pending < len(merged) and merged[pending][0] <= number:
            active.append(merged[pending])
            pending += 1
        if active:
            active = [m for m in active if m[2] >= number]
            for r0, c0, _r1, c1 in active:
                if r0 == number:
                    anchors[(r0, c0)] = values[c0] if c0 < len(values) else None
                    start = c0 + 1
                else:
                    start = c0
                value = anchors.get((r0, c0))
                if len(values) <= c1:
                    values.extend([None] * (c1 + 1 - len(values)))
                for c in range(start, c1 + 1):
                    if header or c not in money or r0 == number:
                        values[c] = value
        yield number, values


def run_import(
    db: Database,
    actor: Actor,
    path: Path,
    options: ImportOptions,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Changed[ImportResult]:
    """Import ``path``. Raises ImportFileError (unusable file), ImportValidationError (bad
    cells, nothing written, unless ``skip_invalid``) or ImportCancelledError."""
    require(actor, "import records", FINANCE)
    if options.kind not in ("auto", *KINDS):
        raise ImportFileError(FILE_TEMPLATES["mapping"], path=path.name, detail=options.kind)
    book = open_workbook(path)
    try:
        kind, plans, skipped = _plan(book, options)
        digest = content_hash(path)
        result = ImportResult(
            path.name,
            kind,
            [(p.sheet.name, p.columns.describe()) for p in plans],
            skipped,
            {},
            [],
            0,
            written=False,
            dry_run=options.dry_run,
        )
        try:
            with db.write() as session:
                result.imported_before = (
                    session.scalar(
                        select(ImportBatch.id).where(
                            ImportBatch.content_hash == digest, ImportBatch.kind == kind
                        )
                    )
                    is not None
                )
                writer = LedgerWriter(session, actor, f"import of {path.name}")
                try:
                    if kind in ("invoices", "ledger"):
                        writer.prepare(sum(p.sheet.height for p in plans))
                    _import_rows(
                        book, plans, kind, writer, result, progress, cancelled, options.skip_invalid
                    )
                    writer.finish()
                finally:
                    writer.close()
                result.counts = dict(writer.counts)
                created = sum(v for k, v in writer.counts.items() if k.endswith("_created"))
                failed = result.problem_count and not options.skip_invalid
                if options.dry_run or failed:
                    raise _Rollback()
                if created:
                    batch = ImportBatch(
                        file_name=path.name[:300],
                        content_hash=digest,
                        kind=kind,
                        user_id=actor.user_id,
                        counts=result.counts,
                    )
                    session.add(batch)
                    session.flush()
                    record_audit(
                        session,
                        actor,
                        "import.batch",
                        "import_batch",
                        batch.id,
                        None,
                        {"file": path.name, "hash": digest, "kind": kind, **result.counts},
                    )
                result.written = bool(created)
        except _Rollback:
            pass
    finally:
        book.close()
    if result.problem_count and options.errors_path is not None:
        write_error_workbook(options.errors_path, result)
        result.errors_file = options.errors_path
    if result.problem_count and not options.skip_invalid and not options.dry_run:
        raise ImportValidationError(result.problems, result.problem_count)
    kinds = (
        {Kind.CUSTOMERS, Kind.PROJECTS, Kind.INVOICES, Kind.PAYMENTS} if result.written else set()
    )
    return Changed(result, frozenset(kinds))


class _Rollback(Exception):
    """Leaves the write transaction without committing (dry run, or bad rows)."""


def _import_rows(
    book: Workbook,
    plans: list[SheetPlan],
    kind: str,
    writer: LedgerWriter,
    result: ImportResult,
    progress: Progress | None,
    cancelled: Cancelled | None,
    skip_invalid: bool,
) -> None:
    total = sum(p.sheet.height for p in plans)
    done = 0
    by_sheet = {p.sheet.name: p.columns for p in plans}

    def refused(record: Record, refusals: list[Refusal]) -> None:
        """Rows the writer refuses when it writes a chunk of them."""
        columns = by_sheet[record.sheet]
        problems = _refused(record.sheet, record.row, record.values, columns, refusals)
        _reject(result, record.sheet, record.row, record.values, problems, writer)

    writer.on_refused = refused
    for plan in plans:
        columns = plan.columns
        money = frozenset(
            [columns.fields[f] for f in ("amount", "credit_limit") if f in columns.fields]
            + [a for _, a in columns.payments if a is not None]
        )
        for number, values in filled_rows(book, plan.sheet, money=money):
            done += 1
            if done % _EVERY == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelledError()
                if progress is not None:
                    progress(done, total)
            if number < columns.data_start or skip_row(values, columns):
                continue
            writer.counts["rows_read"] += 1
            problems: list[CellProblem] = []
            record = parse_row(kind, plan.sheet.name, number, values, columns, problems)
            # After the first bad row of an all-or-nothing import nothing more is written
            # (it will be rolled back); the rest is still checked, to report every problem.
            stopped = bool(result.problem_count) and not skip_invalid
            if record is not None and not stopped:
                refusals: list[Refusal] = []
                if kind in ("invoices", "ledger"):
                    writer.invoice(record, refusals, with_payments=kind == "ledger")
                elif kind == "payments":
                    writer.payment(record, refusals)
                elif kind == "projects":
                    writer.project_row(record)
                else:
                    writer.customer(record, refusals)
                problems += _refused(plan.sheet.name, number, values, columns, refusals)
            if problems:
                _reject(result, plan.sheet.name, number, values, problems, writer)
    if progress is not None:
        progress(total, total)


def _refused(
    sheet: str, number: int, values: list[object], columns: Columns, refusals: list[Refusal]
) -> list[CellProblem]:
    problems = []
    for name, reason, params in refusals:
        col = columns.fields.get(name, -1)
        if name == "payment_date" and columns.payments:
            col = columns.payments[0][0]
        raw = values[col] if 0 <= col < len(values) else None
        problems.append(
            CellProblem(
                sheet,
                number,
                columns.label(col) if col >= 0 else "",
                "" if raw is None else text_of(raw),
                REASON_TEMPLATES[reason],
                params,
            )
        )
    return problems


def _reject(
    result: ImportResult,
    sheet: str,
    number: int,
    values: list[object],
    problems: list[CellProblem],
    writer: LedgerWriter,
) -> None:
    writer.counts["rows_rejected"] += 1
    result.problem_count += len(problems)
    room = MAX_KEPT - len(result.problems)
    result.problems.extend(problems[: max(room, 0)])
    if len(result.rejected) < MAX_KEPT:
        reason = "; ".join(p.message for p in problems)
        result.rejected.append((sheet, number, values, reason))


__all__ = ["ImportOptions", "ImportResult", "load_mapping", "run_import"]
