"""`labledger export KIND -o FILE.xlsx`: the list as the user sees it when it opens — the
screen's columns and headers (in the GUI's language), its first order, every row the list's
service gives the user (a salesperson's own with --user), amounts to the fen as numbers in
yuan, dates as dates, the header frozen — through app.cli.main on a real database."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QSettings

from app.cli import EXPORT_KINDS, main
from app.db.location import resolve
from app.domain.enums import Role
from app.models import Project, User
from app.services.core.auth_service import create_first_admin, reset_password
from app.services.core.list_request import ListRequest
from app.services.core.startup import open_database
from app.services.customers.customer_list_service import count_customers, fetch_customers
from app.services.ledger.invoice_list_service import count_invoices, fetch_invoices
from app.services.ledger.payment_list_service import count_payments
from app.services.projects.project_list_service import count_projects
from app.views.shell.list_exports import LIST_KINDS
from app.views.shell.translations import APP_NAME
from app.views.shell.ui_settings import LANGUAGE_KEY
from app.views.tables import list_file
from tests import factories

TODAY = date(2026, 6, 30)
INVOICE_HEADERS = [
    "Number",
    "Issued",
    "Customer",
    "Amount",
    "Open",
    "Due",
    "Days overdue",
    "Status",
    "Kind",
    "Project",
]


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Three customers with invoices (one paid in part, in fen that floats get wrong), payments
    and a project each, on a SQLite file."""
    path = tmp_path_factory.mktemp("export") / "ledger.sqlite3"
    db, _ = open_database(resolve(str(path)))
    with db.write() as s:
        for n, name in enumerate(("华东检测客户", "北方建材有限公司", "南方医药有限公司")):
            customer = factories.customer(s, name, code=f"E{n}")
            first = factories.invoice(
                s, customer, 1_234_567 + n, date(2026, 4, 1 + n), number=f"FP-E{n}-1"
            )
            factories.invoice(s, customer, 10_01 * (n + 1), date(2026, 6, 10), number=f"FP-E{n}-2")
            factories.payment(s, customer, 234_501, date(2026, 5, 20), [(first, 234_501)])
            s.add(
                Project(
                    code=f"XM-E{n}",
                    customer_id=customer.id,
                    title=f"{name}检测",
                    stage="contracted",
                    stage_since=date(2026, 6, 1),
                    contract_amount_fen=99_999_99 + n,
                )
            )
    db.dispose()
    return str(path)


@pytest.fixture
def language(tmp_path):
    """The language chosen in the GUI, kept where QSettings finds it for the export (under
    the name of the running Qt application, LabLedger when there is none)."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))

    def choose(name: str) -> None:
        names = (APP_NAME, APP_NAME)
        if QCoreApplication.instance() is not None:
            names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
        settings = QSettings(*names)
        settings.setValue(LANGUAGE_KEY, name)
        settings.sync()

    return choose


def export(capsys, db: str, kind: str, out: Path, *args: str, as_of: date = TODAY) -> int:
    code = main(["--db", db, "--as-of", as_of.isoformat(), "export", kind, "-o", str(out), *args])
    assert code == 0, capsys.readouterr().err
    line = capsys.readouterr().out.strip()
    rows = int(line.split()[0])
    assert line == f"{rows} rows written to {out}"
    return rows


def read(path: Path):
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[3]]
    rows = [list(r) for r in sheet.iter_rows(min_row=4)]
    return sheet, header, rows


def fen(value: object) -> int:
    assert isinstance(value, int | float) and not isinstance(value, bool), value
    return int(Decimal(repr(value)) * 100)


def service(db: str):
    database, _ = open_database(resolve(db))
    return database


def test_invoices_as_the_list_shows_them(ledger, capsys, tmp_path, language):
    language("en")
    out = tmp_path / "invoices.xlsx"
    written = export(capsys, ledger, "invoices", out)
    database = service(ledger)
    with database.read() as s:
        request = ListRequest(sort_key="issue_date", descending=True)
        assert written == count_invoices(s, request, TODAY) == 6
        expected = fetch_invoices(s, request, 0, 100, TODAY)
    database.dispose()
    sheet, header, rows = read(out)
    assert sheet["A1"].value == "Invoice list"
    assert "Issued, descending" in sheet["A2"].value and "As of 2026-06-30" in sheet["A2"].value
    assert header == INVOICE_HEADERS
    assert sheet.freeze_panes == "A4"
    assert len(rows) == written
    assert [r[0].value for r in rows] == [i.number for i in expected]  # the list's order
    for cells, invoice in zip(rows, expected, strict=True):
        _number, issued, _customer, amount, open_, due, days = cells[:7]
        assert fen(amount.value) == invoice.amount_fen and amount.number_format == "#,##0.00"
        assert fen(open_.value) == invoice.open_fen
        assert issued.is_date and issued.value == datetime.combine(
            invoice.issue_date, datetime.min.time()
        )
        assert due.is_date and due.value.date() == invoice.due_date
        overdue = invoice.days_overdue(TODAY)
        assert days.value == (overdue if overdue > 0 else None)
    # The ledger: 12,345.67 invoiced, 2,345.01 of it paid.
    first = next(r for r in rows if r[0].value == "FP-E0-1")
    assert (fen(first[3].value), fen(first[4].value)) == (1_234_567, 1_234_567 - 234_501)
    assert first[3].value == pytest.approx(12345.67) and first[4].value == pytest.approx(10000.66)


def test_every_list_in_chinese_with_every_row(ledger, capsys, tmp_path, language):
    language("zh_CN")
    database = service(ledger)
    with database.read() as s:
        counts = {
            "customers": count_customers(s, ListRequest()),
            "invoices": count_invoices(s, ListRequest(), TODAY),
            "payments": count_payments(s, ListRequest()),
            "projects": count_projects(s, ListRequest(), TODAY),
        }
    database.dispose()
    titles = {
        "customers": ("客户列表", "应收余额"),
        "invoices": ("发票列表", "价税合计"),
        "payments": ("收款列表", "回款金额"),
        "projects": ("项目列表", "项目编号"),
    }
    assert set(EXPORT_KINDS) == set(LIST_KINDS) == set(titles)
    for kind in EXPORT_KINDS:
        out = tmp_path / f"{kind}.xlsx"
        assert export(capsys, ledger, kind, out) == counts[kind] > 0
        sheet, header, rows = read(out)
        title, column = titles[kind]
        assert (sheet.title, sheet["A1"].value) == (title, title)
        assert column in header and len(header) == len(LIST_KINDS[kind].columns)
        assert "截至 2026-06-30" in sheet["A2"].value
        assert len(rows) == counts[kind] and sheet.freeze_panes == "A4"
    _, header, rows = read(tmp_path / "projects.xlsx")
    amounts = {r[0].value: fen(r[header.index("金额")].value) for r in rows}
    assert amounts == {"XM-E0": 99_999_99, "XM-E1": 99_999_99 + 1, "XM-E2": 99_999_99 + 2}
    # The GUI's language is back to what it was.
    assert QCoreApplication.translate("InvoiceListView", "Invoice list") == "Invoice list"


def test_a_list_longer_than_a_page_is_read_page_by_page(
    ledger, capsys, tmp_path, language, monkeypatch
):
    language("en")
    monkeypatch.setattr(list_file, "EXPORT_PAGE", 2)
    pages = []
    source = LIST_KINDS["customers"].source

    class Counting(source):
        def fetch(self, req, offset, limit, total):
            pages.append((offset, limit))
            return super().fetch(req, offset, limit, total)

    monkeypatch.setitem(LIST_KINDS, "customers", _with_source(LIST_KINDS["customers"], Counting))
    out = tmp_path / "customers.xlsx"
    assert export(capsys, ledger, "customers", out) == 3
    assert pages == [(0, 2), (2, 2)]
    database = service(ledger)
    with database.read() as s:
        codes = [c.code for c in fetch_customers(s, ListRequest(sort_key="code"), 0, 10, TODAY)]
    database.dispose()
    assert [r[0].value for r in read(out)[2]] == codes == ["E0", "E1", "E2"]


def _with_source(kind, source):
    from dataclasses import replace

    return replace(kind, source=source)


def test_search_and_sort(ledger, capsys, tmp_path, language):
    language("en")
    out = tmp_path / "found.xlsx"
    assert export(capsys, ledger, "invoices", out, "--search", "北方", "--sort", "amount") == 2
    sheet, _header, rows = read(out)
    assert {r[2].value for r in rows} == {"北方建材有限公司"}
    assert [fen(r[3].value) for r in rows] == [10_01 * 2, 1_234_568]  # ascending
    assert "Search: “北方”" in sheet["A2"].value and "Amount, ascending" in sheet["A2"].value
    export(capsys, ledger, "invoices", out, "--sort", "amount", "--desc")
    assert [fen(r[3].value) for r in read(out)[2]][:2] == [1_234_569, 1_234_568]


def test_as_of_moves_the_days_overdue(ledger, capsys, tmp_path, language):
    language("en")
    days = {}
    for as_of in (TODAY, date(2026, 5, 15)):
        out = tmp_path / f"{as_of}.xlsx"
        export(capsys, ledger, "invoices", out, "--search", "FP-E0-1", as_of=as_of)
        sheet, header, rows = read(out)
        assert f"As of {as_of.isoformat()}" in sheet["A2"].value
        days[as_of] = rows[0][header.index("Days overdue")].value
    # Issued 1 April on 30 days' terms: due 1 May.
    assert days == {TODAY: 60, date(2026, 5, 15): 14}


def test_unusable_arguments_and_files_exit_2(ledger, capsys, tmp_path, language):
    language("en")
    with pytest.raises(SystemExit) as stopped:
        main(["--db", ledger, "export", "bills", "-o", str(tmp_path / "x.xlsx")])
    assert stopped.value.code == 2
    assert "customers" in capsys.readouterr().err
    folder = tmp_path / "taken.xlsx"
    folder.mkdir()
    for target, args, says in (
        (folder, (), "Cannot write the report"),
        (tmp_path / "none" / "x.xlsx", (), "there is no folder"),
        (tmp_path / "x.csv", (), ".xlsx"),
        (tmp_path / "x.xlsx", ("--sort", "colour"), "number, issue_date"),
        (tmp_path / "x.xlsx", ("--desc",), "--desc needs --sort"),
    ):
        code = main(["--db", ledger, "export", "invoices", "-o", str(target), *args])
        assert code == 2
        assert says in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_a_salesperson_exports_only_their_rows(db, capsys, tmp_path, monkeypatch, language):
    language("en")
    with db.write() as s:
        wang = factories.user(s, "王芳", Role.SALES.value)
        zhao = factories.user(s, "赵敏", Role.SALES.value)
        for owner, name, amount in ((wang, "王芳的客户", 100_00), (zhao, "赵敏的客户", 900_00)):
            customer = factories.customer(s, name, owner=owner)
            factories.invoice(s, customer, amount, date(2026, 5, 1))
            factories.payment(s, customer, amount // 2, date(2026, 5, 20))
            s.add(
                Project(
                    code=f"XM-{amount}",
                    customer_id=customer.id,
                    title=name,
                    salesperson_id=owner.id,
                    stage_since=date(2026, 6, 1),
                )
            )
        wang_id = wang.id
    admin = create_first_admin(db, "boss", "老板", "admin password", "admin password").value
    with db.write() as s:
        s.get(User, wang_id).login = "wang"
    reset_password(db, admin, wang_id, "sales password", "sales password")
    with db.write() as s:
        s.get(User, wang_id).must_change_password = False
    url = db.engine.url.render_as_string(hide_password=False)
    monkeypatch.setenv("LABLEDGER_PASSWORD", "sales password")
    for kind, column in (("customers", 1), ("invoices", 2), ("payments", 2), ("projects", 2)):
        out = tmp_path / f"{kind}.xlsx"
        wang_args = ["--db", url, "--as-of", TODAY.isoformat(), "--user", "wang"]
        assert main([*wang_args, "export", kind, "-o", str(out)]) == 0
        assert capsys.readouterr().out.strip() == f"1 rows written to {out}"
        rows = read(out)[2]
        assert [r[column].value for r in rows] == ["王芳的客户"]
        if kind in ("invoices", "payments"):  # the amount column
            assert fen(rows[0][3].value) == {"invoices": 100_00, "payments": 50_00}[kind]
        # Without --user: the system, everything.
        assert export(capsys, url, kind, out) == 2


NO_QT_ELSEWHERE = """
import sys
from app.cli import main
db, out = sys.argv[1:]
assert main(["--db", db, "report", "aging", "--format", "csv"]) == 0
assert not [m for m in sys.modules if m.startswith("PySide6")], "report imported Qt"
assert main(["--db", db, "--as-of", "2026-06-30", "export", "invoices", "-o", out]) == 0
"""


def test_the_system_language_without_a_choice_and_qt_only_for_export(ledger, tmp_path):
    """In a process of its own: no language chosen in the GUI, a Chinese system."""
    out = tmp_path / "发票.xlsx"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "LANG": "zh_CN.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    done = subprocess.run(
        [sys.executable, "-c", NO_QT_ELSEWHERE, ledger, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == f"6 rows written to {out}"
    sheet, header, _rows = read(out)
    assert sheet["A1"].value == "发票列表" and header[:2] == ["发票号码", "开票日期"]
