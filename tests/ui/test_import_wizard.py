"""The 导入 wizard: a messy ledger's guessed mapping, changed; the preview as parsed; bad
cells located and nothing imported; the good rows imported when asked; the summary as the
database has it; a cancel that writes nothing; a mapping saved and used again; refusals."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from app.db.session import Database
from app.domain.enums import Role
from app.domain.errors import ImportFileError, PermissionDeniedError
from app.importers.saved_mappings import user_folder
from app.models import Customer, Invoice, Payment, Project
from app.services.core.changes import Changed
from app.services.core.context import Actor
from app.views.importing.import_page import CHECK, IMPORT, MAPPING, PREVIEW, ImportPage
from app.views.importing.preview_step import BAD_ROLE
from app.views.shell.application import create_main_window
from tests import factories
from tests.import_workbooks import messy_ledger

WAIT_MS = 15_000


def _page(qtbot, db, clock, errors, actor: Actor | None = None) -> ImportPage:
    main = create_main_window(db, clock, errors=errors, actor=actor)
    qtbot.addWidget(main)
    main.show()
    page = main.show_section("import")
    assert isinstance(page, ImportPage)
    return page


def _open(qtbot, page: ImportPage, path: Path) -> None:
    page.file_step.open_file(path)
    qtbot.waitUntil(page.file_step.ready, timeout=WAIT_MS)


def _next(qtbot, page: ImportPage) -> None:
    """To the next step, once it has read what it shows."""
    assert page.next_button.isEnabled()
    page.next_button.click()
    steps = {
        MAPPING: lambda: not page.mapping_step.loading and page.draft.layout is not None,
        PREVIEW: page.preview_step.ready,
        CHECK: lambda: page.check_step.result is not None or not page.check_step.running,
    }
    wait = steps.get(page.step)
    if wait is not None:
        qtbot.waitUntil(wait, timeout=WAIT_MS)


def _counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            name: s.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (
                ("customers", Customer),
                ("projects", Project),
                ("invoices", Invoice),
                ("payments", Payment),
            )
        }


def _column(page: ImportPage, label: str) -> int:
    table = page.preview_step.table
    for c in range(table.columnCount()):
        if table.horizontalHeaderItem(c).text().startswith(label):
            return c
    raise AssertionError(f"no preview column {label}")


def _set_field(page: ImportPage, col: int, field: str) -> None:
    combo = page.mapping_step.table.cellWidget(col, 3)
    combo.setCurrentIndex(combo.findData(field))


BAD = [
    ["甲公司", "2023.5.6", "1,000.00"],
    ["乙公司", "2023.13.6", "1,000.00"],  # row 3: not a date
    ["丙公司", "2023.5.6", "12.345"],  # row 4: three decimals
    ["丁公司", "2023.6.1", "¥2,500"],
]


def _sheet(path: Path, rows: list[list[object]], header: list[str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append(header)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_a_messy_ledger_shows_its_guessed_mapping_and_the_preview_as_parsed(
    qtbot, db, clock, errors, tmp_path
):
    path = tmp_path / "台账.xlsx"
    messy_ledger(path)
    page = _page(qtbot, db, clock, errors)
    _open(qtbot, page, path)
    assert page.draft.chosen == ["2023年", "2024年"]
    assert page.draft.guessed_kind == "ledger"
    assert "Ledger" in page.file_step.kind_combo.currentText()
    _next(qtbot, page)
    assert page.step == MAPPING
    assert "row 3–4" in page.mapping_step.found.text()
    fields = page.mapping_step.chosen_fields()
    assert (fields[1], fields[4], fields[5], fields[6]) == (
        "customer",
        "issue_date",
        "amount",
        "terms",
    )
    assert (fields[7], fields[8], fields[0]) == ("payment_date", "payment_amount", "")
    _set_field(page, 6, "")  # the terms are left out
    assert page.draft.mapping is not None and page.draft.mapping.columns["账期"] == ""
    _next(qtbot, page)
    assert page.step == PREVIEW
    table = page.preview_step.table
    assert table.rowCount() == 5
    issued, amount = _column(page, "Issue date"), _column(page, "Invoice amount")
    assert table.item(0, issued).text() == "2023-05-06"
    assert table.item(2, issued).text() == "2023-05-06"  # 45052, an Excel serial number
    assert table.item(1, amount).text() == "¥12,345.60"
    assert table.item(1, _column(page, "Payment amount")).text() == "¥12,345.60"  # full-width
    assert table.item(1, 1).text() == "上海甲乙环境科技有限公司"  # merged down
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert not any(h.startswith("Terms") for h in headers)


def test_bad_cells_are_located_exportable_and_nothing_is_imported(
    qtbot, db, clock, errors, tmp_path
):
    path = _sheet(tmp_path / "bad.xlsx", BAD, ["客户名称", "开票日期", "开票金额"])
    page = _page(qtbot, db, clock, errors)
    before = _counts(db)
    _open(qtbot, page, path)
    _next(qtbot, page)
    _next(qtbot, page)
    table = page.preview_step.table
    bad = {
        (r, c)
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None and table.item(r, c).data(BAD_ROLE)
    }
    assert bad == {(1, 2), (2, 3)}
    assert "Not a date" in table.item(1, 2).toolTip()
    _next(qtbot, page)
    check = page.check_step
    qtbot.waitUntil(lambda: check.result is not None, timeout=WAIT_MS)
    model = check.model
    found = {(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert found == {(3, "B (开票日期)"), (4, "C (开票金额)")}
    assert model.index(0, 0).data() == "台账"
    assert not page.next_button.isEnabled()  # all or nothing: nothing to import
    target = tmp_path / "problems.xlsx"
    check.ask_export_path = lambda _name: target
    check.export_button.click()
    qtbot.waitUntil(lambda: check.exported == target, timeout=WAIT_MS)
    rows = list(load_workbook(target)["problems"].iter_rows(values_only=True))
    assert {(r[1], r[2]) for r in rows[1:]} == found
    assert _counts(db) == before


def test_skip_invalid_imports_the_good_rows_and_the_summary_matches_the_database(
    qtbot, db, clock, errors, tmp_path
):
    path = _sheet(tmp_path / "bad.xlsx", BAD, ["客户名称", "开票日期", "开票金额"])
    with db.write() as s:
        factories.customer(s, "甲公司")  # matched, not created again
    page = _page(qtbot, db, clock, errors)
    before = _counts(db)
    _open(qtbot, page, path)
    for _ in range(3):
        _next(qtbot, page)
    qtbot.waitUntil(lambda: page.check_step.result is not None, timeout=WAIT_MS)
    page.check_step.skip_invalid.setChecked(True)
    _next(qtbot, page)
    assert page.step == IMPORT
    step = page.import_step
    step.start_button.click()
    qtbot.waitUntil(lambda: step.result is not None, timeout=WAIT_MS)
    after = _counts(db)
    counts = step.result.counts
    assert after["invoices"] - before["invoices"] == counts["invoices_created"] == 2
    assert after["customers"] - before["customers"] == counts["customers_created"] == 1
    assert counts["customers_matched"] == 1
    assert counts["rows_rejected"] == 2
    shown = {
        step.summary.item(r, 0).text(): step.summary.item(r, 1).text()
        for r in range(step.summary.rowCount())
    }
    assert shown["Invoices created"] == "2"
    assert shown["Customers created"] == "1"
    assert shown["Customers matched"] == "1"
    assert shown["Rows skipped (with problems)"] == "2"
    assert step.another_button.isVisible()


def test_a_cancelled_import_leaves_the_database_as_it_was(qtbot, db, clock, errors, tmp_path):
    rows = [[f"客户{i % 40}", date(2024, 1, 1 + i % 28), 100 + i] for i in range(600)]
    path = _sheet(tmp_path / "big.xlsx", rows, ["客户名称", "开票日期", "开票金额"])
    page = _page(qtbot, db, clock, errors)
    before = _counts(db)
    _open(qtbot, page, path)
    for _ in range(3):
        _next(qtbot, page)
    qtbot.waitUntil(lambda: page.check_step.result is not None, timeout=WAIT_MS)
    _next(qtbot, page)
    # The writer is held until the import has been cancelled, so the cancel lands mid-run.
    hold = threading.Event()
    page._ctx.writer.write(lambda _op: (hold.wait(WAIT_MS / 1000), Changed(None, frozenset()))[1])
    step = page.import_step
    step.start_button.click()
    assert step.cancel_button.isVisible()
    step.cancel_button.click()
    hold.set()
    qtbot.waitUntil(lambda: not step.running, timeout=WAIT_MS)
    assert step.result is None
    assert "cancelled" in step.status.text()
    assert _counts(db) == before
    assert not errors.expected_errors


def test_a_saved_mapping_is_used_again_for_the_next_file(qtbot, db, clock, errors, tmp_path):
    header = ["Kunde", "Datum", "Betrag"]  # names LabLedger does not know
    first = _sheet(tmp_path / "jan.xlsx", [["甲公司", "2024.1.5", "100"]], header)
    second = _sheet(tmp_path / "feb.xlsx", [["乙公司", "2024.2.5", "200"]], header)
    page = _page(qtbot, db, clock, errors)
    _open(qtbot, page, first)
    page.file_step.kind_combo.setCurrentIndex(page.file_step.kind_combo.findData("invoices"))
    _next(qtbot, page)
    mapping = page.mapping_step
    assert "No header row" in mapping.found.text()
    assert not page.next_button.isEnabled()
    mapping.header_spin.setValue(1)
    for col, field in enumerate(("customer", "issue_date", "amount")):
        _set_field(page, col, field)
    assert page.next_button.isEnabled()
    mapping.ask_name = lambda _proposed: "月度发票"
    mapping.save_button.click()
    saved = user_folder() / "月度发票.json"
    assert saved.exists()
    assert "Mapping 月度发票 saved." in page.window().statusBar().currentMessage()

    page.start_over()
    _open(qtbot, page, second)
    _next(qtbot, page)
    names = [mapping.saved_combo.itemText(i) for i in range(mapping.saved_combo.count())]
    assert "月度发票" in names
    assert any("ibm-accounts-receivable" in n for n in names)  # shipped
    mapping.choose_saved("月度发票")
    qtbot.waitUntil(mapping.ready, timeout=WAIT_MS)
    assert mapping.chosen_fields() == {0: "customer", 1: "issue_date", 2: "amount"}
    assert page.draft.effective_kind() == "invoices"
    for _ in range(2):
        _next(qtbot, page)
    qtbot.waitUntil(lambda: page.check_step.result is not None, timeout=WAIT_MS)
    _next(qtbot, page)
    page.import_step.start_button.click()
    qtbot.waitUntil(lambda: page.import_step.result is not None, timeout=WAIT_MS)
    with db.read() as s:
        assert s.scalar(select(Invoice.amount_fen)) == 20_000


def test_an_unreadable_file_is_a_clear_message(qtbot, db, clock, errors, tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    page = _page(qtbot, db, clock, errors)
    page.file_step.open_file(path)
    qtbot.waitUntil(lambda: bool(errors.expected_errors), timeout=WAIT_MS)
    assert isinstance(errors.expected_errors[0], ImportFileError)
    assert "damaged" in errors.expected_errors[0].message
    assert not page.next_button.isEnabled()


def test_a_salesperson_is_told_they_may_not_import(qtbot, db, clock, errors, tmp_path):
    with db.write() as s:
        sales = factories.user(s, "王芳", Role.SALES.value)
    actor = Actor(sales.id, sales.login, Role.SALES, clock=clock)
    path = _sheet(tmp_path / "ok.xlsx", BAD[:1], ["客户名称", "开票日期", "开票金额"])
    page = _page(qtbot, db, clock, errors, actor)
    assert page.refusal.isVisible()
    assert "may not import records" in page.refusal.label.text()
    _open(qtbot, page, path)
    _next(qtbot, page)
    _next(qtbot, page)
    page.next_button.click()
    qtbot.waitUntil(lambda: bool(errors.expected_errors), timeout=WAIT_MS)
    assert isinstance(errors.expected_errors[0], PermissionDeniedError)
    qtbot.waitUntil(lambda: not page.check_step.running, timeout=WAIT_MS)
    assert not page.next_button.isEnabled()
    assert not page.check_step.again_button.isEnabled()
    assert page.check_step.problems.model().rowCount() == 0
    page.back_button.click()
    assert page.step == PREVIEW


def test_a_bank_statement_is_offered_here_in_the_window_payments_opens(qtbot, db, clock, errors):
    from app.views.bank.bank_statement_window import BankStatementWindow
    from app.views.payments.payment_list_view import PaymentListView

    page = _page(qtbot, db, clock, errors)
    page.file_step.bank_button.click()
    opened = page.file_step.bank_window
    assert isinstance(opened, BankStatementWindow) and opened.isVisible()
    payments = page.window().show_section("payments")
    assert isinstance(payments, PaymentListView)
    assert payments.open_bank_statements() is opened  # one window, brought to the front
    opened.close()
