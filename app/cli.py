"""`labledger [--db PATH_OR_URL] [--as-of YYYY-MM-DD] COMMAND ...`; no command opens the GUI.

The command line and the GUI call the same services."""

from __future__ import annotations

import argparse
import getpass
import io
import json
import os
import sys
import time
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from app.db.location import DbLocation, resolve
from app.db.migrate import backup_sqlite, restore_sqlite, verify_backup
from app.db.session import Database
from app.db.sqlite_file import require_file
from app.domain.clock import Clock, FixedClock, SystemClock
from app.domain.errors import LabLedgerError, LoginRequiredError, ReportFileError
from app.services.core.context import Actor
from app.services.core.startup import open_database
from app.services.ledger.aging_service import AgingBy

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FORMATS = ("table", "csv", "json", "xlsx")
# The lists `export` writes (app/views/shell/list_exports.py has the same).
EXPORT_KINDS = ("customers", "invoices", "payments", "projects")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="labledger", description="LabLedger (检测回款): receivables for testing labs."
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file or database URL (default: LABLEDGER_DB, the saved "
        "choice, or the local file in the user data folder)",
    )
    parser.add_argument(
        "--as-of", type=_date, metavar="YYYY-MM-DD", help="treat this date as today"
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="act as this user, seeing what they see (the password is asked for, or read "
        "from LABLEDGER_PASSWORD); without it the command acts as the system, unless an "
        "administrator made the command line require a log-in",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("init", help="create or upgrade the database")
    demo = sub.add_parser("demo", help="fill an empty database with realistic demo data")
    demo.add_argument("--customers", type=_positive, default=300)
    demo.add_argument("--invoices", type=_positive, default=5000)
    demo.add_argument("--seed", type=int, default=1)
    sub.add_parser("check", help="verify integrity and the ledger invariants")
    backup = sub.add_parser("backup", help="copy the SQLite database to a file")
    backup.add_argument("-o", "--output", type=Path, help="target file")
    restore = sub.add_parser("restore", help="replace the SQLite database with a backup")
    restore.add_argument("file", type=Path)
    migrate_to = sub.add_parser(
        "migrate-to",
        help="copy this SQLite database into an empty PostgreSQL database and verify it",
        description="Copy every table of the SQLite database (--db) into an empty PostgreSQL "
        "database, migrated here to the same schema, then compare rows per table, each "
        "customer's open balance and the audit chain. The SQLite file is not changed.",
    )
    migrate_to.add_argument("url", metavar="URL", help="postgresql://user@host/database")
    report = sub.add_parser("report", help="print a report (aging, provision, kpi)")
    reports = report.add_subparsers(dest="report", metavar="REPORT", required=True)
    for name, text in (
        ("aging", "receivables by due-date bucket as of today or --as-of"),
        ("provision", "bad-debt provision (坏账准备) by accounting band"),
    ):
        one = reports.add_parser(name, help=text)
        one.add_argument("--by", choices=[b.value for b in AgingBy], default="customer")
        one.add_argument("--format", choices=FORMATS, default="table")
        one.add_argument("-o", "--output", type=Path, help="write to this file")
    kpi = reports.add_parser(
        "kpi",
        help="receivables KPIs for a period (DSO, CEI, collection rate, ...)",
        description="--to defaults to today (or --as-of), --from to 1 January of --to's year.",
    )
    kpi.add_argument("--from", dest="period_from", type=_date, metavar="YYYY-MM-DD")
    kpi.add_argument("--to", dest="period_to", type=_date, metavar="YYYY-MM-DD")
    kpi.add_argument("--format", choices=("table", "json"), default="table")
    statement = sub.add_parser(
        "statement",
        help="reconciliation statements (对账单) as PDF",
        description="Issue (record and number) the statements of one customer or of every "
        "customer with a balance or entries in the period, and write them as PDF: -o FILE.pdf "
        "for one file (all statements in it), --out-dir DIR for one file per customer.",
    )
    who = statement.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", metavar="NAME_OR_CODE", help="the customer's code or name")
    who.add_argument("--all", action="store_true", help="every customer with a balance or entries")
    statement.add_argument(
        "--from", dest="period_from", type=_date, required=True, metavar="YYYY-MM-DD"
    )
    statement.add_argument(
        "--to", dest="period_to", type=_date, required=True, metavar="YYYY-MM-DD"
    )
    target = statement.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    target.add_argument("--out-dir", type=Path, metavar="DIR")
    statement.add_argument(
        "--draft",
        action="store_true",
        help="preview only: nothing is recorded and the statements carry no number",
    )
    remind = sub.add_parser("remind", help="create the reminders, tasks and escalations due now")
    remind.add_argument("--dry-run", action="store_true", help="write nothing; say what it would")
    remind.add_argument("--json", action="store_true", help="print the counts created as JSON")
    calendar = sub.add_parser("calendar", help="the due-date calendar as an .ics file")
    calendar.add_argument("--from", dest="day_from", type=_date, metavar="YYYY-MM-DD")
    calendar.add_argument("--to", dest="day_to", type=_date, metavar="YYYY-MM-DD")
    calendar.add_argument("--ics", type=Path, required=True, metavar="FILE")
    _import_parser(sub)
    _export_parser(sub)
    return parser


def _import_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.importers.records import KINDS

    imp = sub.add_parser("import", help="import legacy records from .xlsx, .xls or .csv")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--kind",
        choices=("auto", *KINDS, "bank"),
        default="auto",
        help="bank: a bank statement export; prints what each incoming line most likely pays",
    )
    imp.add_argument("--sheet", metavar="NAME", help="only this sheet (default: every sheet)")
    imp.add_argument("--mapping", type=Path, metavar="FILE", help="column mapping (JSON)")
    imp.add_argument("--dry-run", action="store_true", help="check and count, write nothing")
    imp.add_argument("--skip-invalid", action="store_true", help="import the good rows")
    imp.add_argument("--errors", type=Path, metavar="OUT.xlsx", help="rejected rows to here")


def _export_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        help="a list (customers, invoices, payments, projects) as an Excel workbook",
        description="Write a list as the user sees it when it opens: its columns in their "
        "order with the screen's headers (in the language the GUI uses), its first order, "
        "every row the user may see (--user), amounts in yuan, dates as dates, figures as "
        "of today or --as-of.",
    )
    export.add_argument("kind", metavar="KIND", choices=EXPORT_KINDS, help=", ".join(EXPORT_KINDS))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--search", default="", metavar="TEXT", help="what the search box finds")
    export.add_argument(
        "--sort", metavar="COLUMN", help="sort by this column's key (e.g. amount, due_date)"
    )
    export.add_argument("--desc", action="store_true", help="with --sort: descending")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    clock: Clock = FixedClock(args.as_of) if args.as_of else SystemClock()
    try:
        location = resolve(args.db)
    except LabLedgerError as exc:  # an unusable --db or LABLEDGER_DB
        print(f"labledger: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    if args.command is None:
        from app.views.shell.application import run_gui  # Qt only when the GUI is wanted

        return run_gui(location, clock)
    try:
        args.actor = _log_in(args, location, clock)
        return COMMANDS[args.command](args, location, clock)
    except LabLedgerError as exc:
        print(f"labledger: {exc.message}", file=sys.stderr)
        return EXIT_FAILED


# What runs without --user even where an administrator made the command line require a
# log-in: keeping the database itself sound, and the scheduled reminders.
WITHOUT_LOGIN = frozenset({"init", "check", "backup", "restore", "remind"})


def _log_in(args: argparse.Namespace, location: DbLocation, clock: Clock) -> Actor | None:
    """The user named by --user, logged in with the password from LABLEDGER_PASSWORD or a
    prompt; None (the system) without --user, where the settings allow it."""
    from app.services.core.auth_service import get_login_policy, log_in

    if args.user is None and args.command in WITHOUT_LOGIN:
        return None
    db, _ = open_database(location)
    try:
        if args.user is None:
            with db.read() as session:
                if get_login_policy(session).cli_requires_login:
                    raise LoginRequiredError()
            return None
        password = os.environ.get("LABLEDGER_PASSWORD")
        if password is None:
            password = getpass.getpass(f"Password for {args.user}: ")
        # The lock counts real minutes, whatever --as-of says.
        logged = log_in(db, args.user, password, SystemClock())
    finally:
        db.dispose()
    if logged.must_change_password:
        raise LabLedgerError(
            "The password of {login} was reset: log in to the application and change it first.",
            login=args.user,
        )
    return replace(logged.actor, clock=clock)


def _acting(args: argparse.Namespace, clock: Clock) -> Actor:
    from app.services.core.context import system_actor

    actor: Actor | None = getattr(args, "actor", None)
    return actor if actor is not None else system_actor(clock)


def _open_as(args: argparse.Namespace, location: DbLocation) -> Database:
    """The database seen by --user (all of it without)."""
    db, _ = open_database(location)
    return db.as_viewer(getattr(args, "actor", None))


def _init(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    db, result = open_database(location)
    db.dispose()
    assert result is not None
    if result.changed:
        print(
            f"Database {location.display()} upgraded from "
            f"{result.from_revision or 'empty'} to schema {result.to_revision}."
        )
        if result.backup:
            print(f"Backup of the previous file: {result.backup}")
    else:
        print(f"Database {location.display()} is up to date (schema {result.to_revision}).")
    return EXIT_OK


def _demo(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from app.demo.generator import generate_demo

    db, _ = open_database(location)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.perf_counter()
        if now - last[0] > 2 and sys.stderr.isatty():
            print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)
            last[0] = now

    try:
        summary = generate_demo(
            db,
            customers=args.customers,
            invoices=args.invoices,
            seed=args.seed,
            today=clock.today(),
            progress=progress,
        ).value
    finally:
        db.dispose()
    print(
        f"Demo data in {location.display()}: {summary.describe()} "
        f"({time.perf_counter() - started:.1f} s)."
    )
    return EXIT_OK


def _check(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from app.services.core.check_service import check_database, check_sqlite_file

    path = location.sqlite_path
    # The file must exist (a mistyped path is not a new, sound database) and SQLite's
    # integrity check must pass before it is opened, since opening may migrate it.
    problems = check_sqlite_file(path) if path is not None else []
    if not problems:
        db, _ = open_database(location)
        try:
            with db.read() as session:
                problems = check_database(session, integrity=path is None, today=clock.today())
        finally:
            db.dispose()
    if not problems:
        print(f"{location.display()}: integrity and ledger invariants OK.")
        return EXIT_OK
    for p in problems:
        print(f"{p.check}: {p.detail}")
    print(f"{len(problems)} problem(s) found.", file=sys.stderr)
    return EXIT_FAILED


def _sqlite_path(location: DbLocation) -> Path:
    path = location.sqlite_path
    if path is None:
        raise LabLedgerError(
            "backup and restore work on SQLite files; for a server database use the "
            "server's own tools (pg_dump / pg_restore)."
        )
    return path


def _backup(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    path = _sqlite_path(location)
    require_file(path)
    target = backup_sqlite(path, target=args.output) if args.output else backup_sqlite(path)
    print(f"Backed up {path} to {target}.")
    return EXIT_OK


def _restore(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    path = _sqlite_path(location)
    source: Path = args.file
    verify_backup(source)  # before the live database is touched
    kept = restore_sqlite(source, path)
    if kept is not None:
        print(f"Current database kept as {kept}.")
    db, _ = open_database(location)  # upgrades an older backup to the current schema
    db.dispose()
    print(f"Restored {source} into {path}.")
    return EXIT_OK


def _migrate_to(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from app.services.backup.server_copy import copy_to_server, server_location

    path = location.sqlite_path
    if path is None:
        print("labledger migrate-to: --db must name a SQLite file", file=sys.stderr)
        return EXIT_USAGE
    require_file(path)
    target = server_location(args.url)
    started = time.perf_counter()
    shown = [""]

    def progress(table: str, done: int, total: int) -> None:
        if table != shown[0]:
            shown[0] = table
            print(f"  {table}: {total:,} row(s)", flush=True)
        elif sys.stderr.isatty() and total > 0:
            print(f"\r    {done:,}/{total:,}", end="", file=sys.stderr, flush=True)
            if done == total:
                print(file=sys.stderr)

    print(f"Copying {path} to {target.display()}…", flush=True)
    db, _ = open_database(location)
    try:
        report = copy_to_server(db, target, progress)
    finally:
        db.dispose()
    print(
        f"Verified: {len(report.rows)} tables, {report.total_rows:,} rows, the open balances "
        f"of {report.customers:,} customer(s) and {report.audit_entries:,} audit entries agree "
        f"(schema {report.revision}, {time.perf_counter() - started:.1f} s)."
    )
    print(f"Open it with: labledger --db {args.url}")
    return EXIT_OK


def _report(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from app.reports import aging_export as out
    from app.services.ledger.aging_service import aging_report, provision_report

    if args.report == "kpi":
        return _kpi(args, location, clock)
    by = AgingBy(args.by)
    if args.format == "xlsx" and (args.output is None or args.report != "aging"):
        print("labledger: --format xlsx needs -o FILE (aging only)", file=sys.stderr)
        return EXIT_USAGE
    db = _open_as(args, location)
    try:
        with db.read() as session:
            if args.report == "aging":
                aging = aging_report(session, clock.today(), by)
            else:
                provision = provision_report(session, clock.today(), by)
    finally:
        db.dispose()
    if args.format == "xlsx":
        _writable(args.output)
        try:
            out.write_xlsx(aging, args.output)
        except OSError as exc:
            raise ReportFileError(path=str(args.output), reason=exc.strerror or str(exc)) from exc
        print(f"Aging as of {clock.today().isoformat()} by {by.value} -> {args.output}")
        return EXIT_OK
    buffer = io.StringIO()
    if args.report == "aging":
        if args.format == "csv":
            out.write_csv(aging, buffer)
        elif args.format == "json":
            out.write_json(aging, buffer)
        else:
            buffer.write("\n".join(out.table_lines(aging)) + "\n")
    elif args.format == "csv":
        out.provision_csv(by, provision, buffer)
    elif args.format == "json":
        json.dump(out.provision_json(by, provision), buffer, ensure_ascii=False, indent=2)
        buffer.write("\n")
    else:
        buffer.write("\n".join(out.provision_lines(by, provision)) + "\n")
    if args.output is None:
        sys.stdout.write(buffer.getvalue())
    else:
        _writable(args.output)
        try:
            args.output.write_text(buffer.getvalue(), encoding="utf-8")
        except OSError as exc:
            raise ReportFileError(path=str(args.output), reason=exc.strerror or str(exc)) from exc
    return EXIT_OK


def _kpi(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from app.reports.kpi_export import kpi_json, kpi_lines
    from app.services.reports.kpi_service import kpi_report
    from app.services.reports.periods import Period

    end = args.period_to or clock.today()
    start = args.period_from or Period.year_to_date(end).start
    if start > end or end > clock.today():
        print(
            f"labledger report kpi: the period {start} to {end} must start on or before its "
            f"end, and end on or before today ({clock.today()})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    db = _open_as(args, location)
    try:
        with db.read() as session:
            figures = kpi_report(session, Period(start, end), settlements=False).total
    finally:
        db.dispose()
    if args.format == "json":
        print(json.dumps(kpi_json(figures), indent=2))
    else:
        print("\n".join(kpi_lines(figures)))
    return EXIT_OK


def _statement(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from app.domain.money import Money
    from app.reports.statement_files import write_statement_files
    from app.services.statements.statement_builder import check_period, statement_customers
    from app.services.statements.statement_service import find_customers

    def usage(message: str) -> int:
        print(f"labledger statement: {message}", file=sys.stderr)
        return EXIT_USAGE

    start, end = args.period_from, args.period_to
    try:
        check_period(start, end, clock.today())
    except LabLedgerError as exc:
        return usage(exc.message)
    out_dir: Path | None = args.out_dir
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        return usage(f"{out_dir} is not a folder")
    if args.output is not None and not args.output.parent.is_dir():
        return usage(f"there is no folder {args.output.parent}")
    db = _open_as(args, location)
    try:
        with db.read() as session:
            if args.all:
                ids = statement_customers(session, start, end)
            else:
                found = find_customers(session, args.customer, limit=11)
                if len(found) != 1:
                    listed = "".join(f"\n  {code}  {name}" for _, code, name in found[:10])
                    if not found:
                        return usage(f"no customer has the code or name {args.customer!r}")
                    return usage(
                        f"{args.customer!r} matches {len(found)} customers; give the code:" + listed
                    )
                ids = [found[0][0]]
        if not ids:
            print(f"No customer has a balance or entries from {start} to {end}.")
            return EXIT_OK
        if out_dir is not None:
            out_dir.mkdir(parents=True, exist_ok=True)
        last = [0.0]

        def progress(done: int, total: int) -> None:
            now = time.perf_counter()
            if sys.stderr.isatty() and (now - last[0] > 1 or done == total):
                print(f"\r{done:,}/{total:,}", end="", file=sys.stderr, flush=True)
                last[0] = now

        batch = write_statement_files(
            db,
            _acting(args, clock),
            ids,
            start,
            end,
            out_dir=out_dir,
            combined=args.output,
            draft=args.draft,
            progress=progress,
        ).value
    finally:
        db.dispose()
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for f in batch.files:
        mark = " (issued before: reprinted)" if f.reused else ""
        print(
            f"{f.number or 'draft'}  {f.customer_code}  {f.customer_name}  "
            f"{f.lines} line(s), closing balance {Money(f.closing_fen).format()}{mark}"
            + ("" if args.output is not None else f" -> {f.path}")
        )
    where = args.output if args.output is not None else out_dir
    reprinted = sum(f.reused for f in batch.files)
    print(
        f"{len(batch.files)} statement(s) for {start} to {end}"
        + (f", {reprinted} of them issued before" if reprinted else "")
        + (" (drafts, not recorded)" if args.draft else "")
        + f" -> {where}"
    )
    return EXIT_OK


def _remind(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from app.services.outbound.reminder_bridge import send_reminder_emails
    from app.services.reminders.reminder_service import generate_reminders

    db = _open_as(args, location)
    try:
        actor = _acting(args, clock)
        run = generate_reminders(db, actor, dry_run=args.dry_run).value
        # The e-mails the run queued (and any due for a retry) go out through the outbox.
        mail = None if args.dry_run else send_reminder_emails(db, actor)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(run.counts()))
        return EXIT_OK
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(run.by_kind.items()))
    print(
        ("Would create" if args.dry_run else "Created")
        + f" {run.notifications} notification(s)"
        + (f" ({kinds})" if kinds else "")
        + f", {run.tasks} collection task(s), {run.emails} email(s) to customers; "
        + f"{run.escalated} task(s) escalated, {run.closed} closed as paid, promises "
        + f"{run.promises_kept} kept and {run.promises_broken} broken, as of {clock.today()}."
    )
    if mail is not None:
        handed, sent = mail
        print(
            f"E-mail: {handed.queued} handed to the outbox, {handed.skipped} not sent "
            f"(no mail server, address or open item); sent {sent.sent}, to retry "
            f"{sent.retried}, failed {sent.failed}."
        )
    return EXIT_OK


def _calendar(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    from datetime import timedelta

    from app.services.reminders.calendar_service import calendar_items
    from app.services.reminders.ics_export import calendar_ics

    start = args.day_from or clock.today()
    end = args.day_to or start + timedelta(days=90)
    _writable(args.ics)
    db = _open_as(args, location)
    try:
        with db.read() as session:
            items = calendar_items(session, start, end, clock.today())
    finally:
        db.dispose()
    try:
        args.ics.write_bytes(calendar_ics(items, clock.now_utc()))
    except OSError as exc:
        raise ReportFileError(path=str(args.ics), reason=exc.strerror or str(exc)) from exc
    print(f"{len(items)} calendar item(s) from {start} to {end} -> {args.ics}")
    return EXIT_OK


def _import(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    """Exit 0 imported (or nothing new), 1 bad rows and nothing written, 2 unusable file."""
    from app.domain.errors import ImportFileError, ImportValidationError
    from app.importers.engine import ImportOptions, load_mapping, run_import

    if args.kind == "bank":
        return _import_bank(args, location, clock)
    try:
        options = ImportOptions(
            args.kind,
            args.sheet,
            load_mapping(args.mapping) if args.mapping else None,
            args.dry_run,
            args.skip_invalid,
            args.errors,
        )
        if not args.file.is_file():
            raise ImportFileError(path=str(args.file), reason="there is no such file")
        db = _open_as(args, location)
        try:
            result = run_import(db, _acting(args, clock), args.file, options).value
        finally:
            db.dispose()
    except ImportFileError as exc:
        print(f"labledger import: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except ImportValidationError as exc:
        for problem in exc.problems:
            print(problem.describe(), file=sys.stderr)  # type: ignore[attr-defined]
        print(f"labledger import: {exc.message}", file=sys.stderr)
        return EXIT_FAILED
    for name, columns in result.sheets:
        print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in columns.items()))
    for problem in result.problems:
        print(problem.describe(), file=sys.stderr)
    counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(result.counts.items()))
    verb = "would import" if result.dry_run else "imported"
    print(f"{result.file} ({result.kind}): {verb}: {counts or 'nothing'}")
    if result.imported_before and not result.written:
        print("This file was imported before; nothing new was added.")
    if result.errors_file is not None:
        print(f"Rejected rows -> {result.errors_file}")
    return EXIT_OK


def _import_bank(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    """A bank statement: its new lines recorded once (unless --dry-run), and for each
    incoming line the customer and invoices proposed; confirming is done in the GUI."""
    from app.domain.errors import ImportFileError
    from app.domain.money import Money
    from app.importers.bank.statement_reader import read_statement
    from app.services.bank.bank_line_service import import_statement, statement_proposals
    from app.services.core.context import system_actor

    unused = [
        flag
        for flag, value in (
            ("--sheet", args.sheet),
            ("--mapping", args.mapping),
            ("--skip-invalid", args.skip_invalid),
            ("--errors", args.errors),
        )
        if value
    ]
    if unused:
        print(f"labledger import: {', '.join(unused)} do not apply to --kind bank", file=sys.stderr)
        return EXIT_USAGE
    try:
        if not args.file.is_file():
            raise ImportFileError(path=str(args.file), reason="there is no such file")
        statement = read_statement(args.file)
    except ImportFileError as exc:
        print(f"labledger import: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    db, _ = open_database(location)
    try:
        with db.read() as session:
            proposals = statement_proposals(session, statement)
        if not args.dry_run:
            summary = import_statement(db, system_actor(clock), statement).value
    finally:
        db.dispose()
    credits = len(statement.credits)
    if args.dry_run:
        print(
            f"{statement.file_name} ({statement.bank}): would import {len(statement.lines)} "
            f"line(s), {credits} incoming; nothing written"
        )
    elif summary.added:
        print(
            f"{statement.file_name} ({statement.bank}): imported {summary.added} new line(s), "
            f"{summary.credits} incoming to confirm; {summary.already} imported before"
        )
    else:
        print(f"{statement.file_name}: every line was imported before; nothing new was added.")
    for found in proposals:
        line = found.line
        head = f"{line.date.isoformat()}  {Money(line.amount_fen).format():>16}  {line.payer_name}"
        if found.status not in (None, "proposed"):
            print(f"{head}  -> {found.status} before")
        elif found.customer is None:
            print(f"{head}  -> no customer found")
        else:
            match = found.customer
            paid = ""
            if found.invoices is not None:
                split = ", ".join(
                    f"{a.number} {Money(a.amount_fen).format()}"
                    for a in found.invoices.lines
                    if a.amount_fen
                )
                paid = f"; {split or 'no open invoice'} ({found.invoices.how.value})"
            print(f"{head}  -> {match.name} ({match.how.value} {match.score}%){paid}")
    return EXIT_OK


def _export(args: argparse.Namespace, location: DbLocation, clock: Clock) -> int:
    """Exit 0 written, 2 unusable arguments or a file that cannot be written."""

    def usage(message: str) -> int:
        print(f"labledger export: {message}", file=sys.stderr)
        return EXIT_USAGE

    output: Path = args.output
    if output.suffix.lower() != ".xlsx":
        return usage(f"the file must be an Excel workbook (.xlsx): {output}")
    if not output.parent.is_dir():
        return usage(f"there is no folder {output.parent}")
    if args.desc and args.sort is None:
        return usage("--desc needs --sort")
    from app.views.shell.list_exports import LIST_KINDS, export_list_file  # Qt only here

    keys = LIST_KINDS[args.kind].sort_keys()
    if args.sort is not None and args.sort not in keys:
        return usage(f"--sort {args.sort!r}: {args.kind} sort by {', '.join(keys)}")
    db = _open_as(args, location)
    try:
        rows = export_list_file(
            db,
            args.kind,
            output,
            clock.today(),
            search=args.search,
            sort_key=args.sort,
            descending=args.desc,
        )
    except OSError as exc:
        error = ReportFileError(path=str(output), reason=exc.strerror or str(exc))
        return usage(error.message)
    finally:
        db.dispose()
    print(f"{rows} rows written to {output}")
    return EXIT_OK


def _writable(path: Path) -> None:
    if not path.parent.is_dir():
        raise ReportFileError(path=str(path), reason=f"there is no folder {path.parent}")


COMMANDS = {
    "init": _init,
    "demo": _demo,
    "check": _check,
    "backup": _backup,
    "restore": _restore,
    "migrate-to": _migrate_to,
    "report": _report,
    "statement": _statement,
    "remind": _remind,
    "calendar": _calendar,
    "import": _import,
    "export": _export,
}
