"""The statements section (对账单): the list of statements issued, a new statement in the print
preview (issued from there, saved as PDF), the period-end batch with progress and Cancel,
the day one was sent and the customer's reply; a disputed amount then shows apart in the
list, the customer 360 view and the aging report."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from app.domain.enums import StatementReply
from app.domain.money import Money
from app.models import Activity, Customer, Invoice, Statement
from app.services.core.changes import Changed
from app.services.core.context import system_actor
from app.services.statements import statement_service as svc
from app.views.statements.batch_dialog import BatchDialog
from app.views.statements.pdf_preview import (
    MAX_DPI,
    MIN_DPI,
    PREVIEW_DPI,
    PdfPreviewDialog,
    paint_pages,
)
from app.views.statements.statement_dialogs import MarkSentDialog, NewStatementDialog, ReplyDialog
from app.views.statements.statement_previews import DunningPreviewDialog, StatementPreviewDialog
from app.views.statements.statements_page import StatementFilter, StatementsPage
from app.views.widgets.period_chooser import Preset, preset_period

PERIOD = (date(2026, 3, 1), date(2026, 5, 31))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def customer_id(db, code: str) -> int:
    with db.read() as s:
        return s.scalar(select(Customer.id).where(Customer.code == code))


def issue(db, clock, code: str = "C001", period=PERIOD) -> svc.IssuedStatement:
    return svc.issue_statement(db, system_actor(clock), customer_id(db, code), *period).value


@pytest.fixture
def page(qtbot, window) -> StatementsPage:
    shown = window.show_section("statements")
    assert isinstance(shown, StatementsPage)
    return shown


def column(page: StatementsPage, name: str) -> list[str]:
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    at = headers.index(name)
    return [model.index(r, at).data() for r in range(model.rowCount())]


def pdf_text(data: bytes | Path) -> str:
    source = data if isinstance(data, Path) else io.BytesIO(data)
    with pdfplumber.open(source) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def span(preset: Preset, today: date) -> tuple[date, date]:
    period = preset_period(preset, today)
    assert period is not None
    return period.start, period.end


def test_periods_are_counted_from_the_working_day():
    today = date(2026, 6, 30)
    assert span(Preset.THIS_MONTH, today) == (date(2026, 6, 1), today)
    assert span(Preset.LAST_MONTH, today) == (date(2026, 5, 1), date(2026, 5, 31))
    assert span(Preset.LAST_QUARTER, today) == (
        date(2026, 1, 1),
        date(2026, 3, 31),
    )
    assert span(Preset.LAST_QUARTER, date(2026, 2, 3)) == (
        date(2025, 10, 1),
        date(2025, 12, 31),
    )
    assert span(Preset.LAST_MONTH, date(2026, 1, 9)) == (
        date(2025, 12, 1),
        date(2025, 12, 31),
    )


def test_the_section_sits_after_receivables_and_lists_issued_statements(
    qtbot, window, ledger, clock
):
    keys = window.section_keys()
    assert keys[keys.index("receivables") + 1] == "statements"
    issued = issue(ledger, clock)
    page = window.show_section("statements")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column(page, "Number") == [issued.number]
    assert column(page, "Customer") == ["上海浦东环境监测站"]
    assert column(page, "From") == ["2026-03-01"]
    closing = Money(issued.content.closing_fen).format()
    assert column(page, "Closing balance") == [closing] == ["¥600.00"]
    assert column(page, "Reply") == ["No reply yet"]
    assert page.totals.text() == f"1 statement · closing balances {closing}"
    # Searched by customer.
    issue(ledger, clock, "C004")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.search.setText("苏州")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column(page, "Customer") == ["苏州工业园区环保局"]


def test_a_new_statement_opens_in_the_preview_with_the_pdfs_pages_and_can_be_issued(
    qtbot, page, ledger, errors
):
    dialog = page.new_statement()
    assert isinstance(dialog, NewStatementDialog)
    dialog.customer.set_customer(customer_id(ledger, "C001"), "上海浦东环境监测站")
    dialog.period.set_period(*PERIOD)
    dialog.preview()
    qtbot.waitUntil(lambda: page.last_preview is not None)
    preview = page.last_preview
    assert isinstance(preview, StatementPreviewDialog)
    assert preview.content.is_draft
    assert "draft" in preview.windowTitle()
    pdf = pypdfium2.PdfDocument(preview.data)
    assert preview.page_count == len(pdf) >= 1
    preview.preview.updatePreview()
    assert preview.preview.pageCount() == preview.page_count
    assert preview.painted_dpi == PREVIEW_DPI  # the preview keeps every page: light ones
    assert "预览，未登记" in pdf_text(preview.data)
    # Nothing is recorded until it is issued from the preview.
    with ledger.read() as s:
        assert s.scalar(select(func.count(Statement.id))) == 0
    preview.issue_action.trigger()
    qtbot.waitUntil(lambda: not preview.content.is_draft)
    number = preview.content.number
    assert number in preview.windowTitle()
    assert number in pdf_text(preview.data)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert column(page, "Number") == [number]
    assert not errors.expected_errors


def test_a_customer_must_be_chosen_and_a_period_that_is_over(qtbot, page, ledger):
    dialog = page.new_statement()
    dialog.preview()
    assert dialog.errors.error_text("customer_id")
    dialog.customer.set_customer(customer_id(ledger, "C001"), "上海浦东环境监测站")
    dialog.period.set_period(date(2026, 6, 1), date(2026, 6, 30))
    dialog.period.end.setMaximumDate(dialog.period.end.maximumDate().addDays(5))
    dialog.period.end.setDate(dialog.period.end.date().addDays(3))
    dialog.preview()
    qtbot.waitUntil(lambda: bool(dialog.errors.error_text("period")))
    assert page.last_preview is None


def test_save_as_pdf_writes_the_statement_with_its_closing_balance(
    qtbot, page, ledger, clock, tmp_path
):
    issued = issue(ledger, clock)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)
    page.preview_selected()
    qtbot.waitUntil(lambda: page.last_preview is not None)
    preview = page.last_preview
    assert preview.issue_action is None  # issued already: a reprint
    assert preview.file_name.startswith("C001_上海浦东环境监测站_2026-03-01_2026-05-31")
    target = tmp_path / "statement.pdf"
    preview.ask_path = lambda: target
    assert preview.save_as() == target
    assert target.read_bytes() == preview.data
    text = pdf_text(target)
    closing = issued.content.closing_fen
    assert f"{closing // 100:,}.{closing % 100:02d}" in text
    assert issued.number in text


def test_pages_are_painted_onto_the_printer(qtbot, page, ledger, clock, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    issue(ledger, clock)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)
    page.preview_selected()
    qtbot.waitUntil(lambda: page.last_preview is not None)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert paint_pages(page.last_preview.pages, printer) == MIN_DPI
    printed = pypdfium2.PdfDocument(str(tmp_path / "printed.pdf"))
    assert len(printed) == page.last_preview.page_count
    # Paper gets the printer's resolution, up to 300 dpi.
    sharp = QPrinter(QPrinter.PrinterMode.HighResolution)
    sharp.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    sharp.setOutputFileName(str(tmp_path / "sharp.pdf"))
    assert paint_pages(page.last_preview.pages, sharp) == MAX_DPI


def test_mark_sent_sets_the_date(qtbot, page, ledger, clock):
    issue(ledger, clock)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)
    page.mark_sent()
    dialog = page.last_dialog
    assert isinstance(dialog, MarkSentDialog)
    dialog.save()
    qtbot.waitUntil(lambda: column(page, "Sent") == ["2026-06-30"])


def test_a_disputed_reply_shows_apart_in_the_list_the_360_and_the_aging(
    qtbot, window, page, ledger, clock, tmp_path
):
    issue(ledger, clock)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)
    dialog = page.record_reply()
    assert isinstance(dialog, ReplyDialog)
    qtbot.waitUntil(lambda: dialog.invoices.count() == 2)
    dialog.disputed.setChecked(True)
    with ledger.read() as s:
        invoice_id = s.scalar(select(Invoice.id).where(Invoice.number == "FP2026001"))
    assert dialog.check_invoice(invoice_id)
    assert dialog.amount.fen() == 60_000  # what the invoice leaves open, until typed
    dialog.amount.setText("250.00")
    dialog.amount.textEdited.emit("250.00")
    dialog.note.setPlainText("检测费单价有异议")
    scan = tmp_path / "回执.png"
    scan.write_bytes(PNG)
    dialog.ask_scan = lambda: scan
    dialog.choose_scan()
    dialog.save()
    qtbot.waitUntil(lambda: column(page, "Disputed amount") == ["¥250.00"])
    assert column(page, "Signed slip") == ["回执.png"]
    assert "disputed ¥250.00" in page.totals.text()
    with ledger.read() as s:
        row = s.scalars(select(Statement)).one()
        assert row.reply == StatementReply.DISPUTED.value
        assert row.disputed_invoice_ids == [invoice_id]
        assert row.signed_scan == PNG
    # The filter of disputed statements holds it; awaiting reply does not.
    page.show_filter(StatementFilter.AWAITING)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    page.show_filter(StatementFilter.DISPUTED)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    # The scan opens from the list.
    opened: list[Path] = []
    page.select_row(0)
    from app.views.statements.statement_previews import open_scan

    open_scan(page.ctx, page, page.selected().id, opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].read_bytes() == PNG

    # The customer 360 view shows the amount apart.
    from app.views.customers.customer_360_view import open_customer_360

    view = open_customer_360(window.ctx, window, customer_id(ledger, "C001"))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.data is not None)
    assert view.figures["disputed"].value.text() == "¥250.00"

    # And the aging report, in a column of its own and its totals.
    aging = window.show_section("receivables")
    qtbot.waitUntil(lambda: aging.model.rowCount() > 0)
    headers = [
        aging.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(aging.model.columnCount())
    ]
    at = headers.index("Disputed")
    names = [aging.model.index(r, 0).data() for r in range(aging.model.rowCount())]
    row = names.index("上海浦东环境监测站")
    assert aging.model.index(row, at).data() == "¥250.00"
    assert aging.totals.model().index(0, at).data() == "¥250.00"


def test_the_batch_writes_a_file_per_customer(qtbot, page, ledger, tmp_path, errors):
    dialog = page.batch()
    assert isinstance(dialog, BatchDialog)
    dialog.period.set_period(*PERIOD)
    out = tmp_path / "out"
    out.mkdir()
    dialog.ask_target = lambda combined, name: out
    dialog.start()
    qtbot.waitUntil(lambda: dialog.batch is not None, timeout=20_000)
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == len(dialog.batch.files) == dialog.batch.total >= 3
    assert all(name.endswith("_2026-03-01_2026-05-31.pdf") for name in files)
    assert f"{len(files)} statements written to {out}" in dialog.summary.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(files))
    assert not errors.expected_errors


@pytest.mark.parametrize("combined", [False, True])
def test_a_cancelled_batch_writes_and_issues_nothing_further(
    qtbot, window, page, ledger, tmp_path, combined
):
    dialog = page.batch()
    dialog.period.set_period(*PERIOD)
    dialog.combined.setChecked(combined)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "all.pdf" if combined else out
    dialog.ask_target = lambda _combined, _name: target
    # The writer is busy with an earlier write, so Cancel comes before the batch starts.
    release = threading.Event()
    window.ctx.writer.write(lambda _op: (release.wait(10), Changed.of(None))[1])
    dialog.start()
    dialog.progress.canceled.emit()  # its Cancel button
    release.set()
    qtbot.waitUntil(lambda: dialog.batch is not None, timeout=20_000)
    assert dialog.batch.cancelled
    assert list(out.iterdir()) == []
    assert "Cancelled" in dialog.summary.text()
    with ledger.read() as s:
        assert s.scalar(select(func.count(Statement.id))) == 0


def test_a_dunning_letter_previews_and_is_logged_once_sent(qtbot, page, ledger, clock):
    issue(ledger, clock)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_row(0)
    page.dunning_letter()
    qtbot.waitUntil(lambda: page.last_preview is not None)
    preview = page.last_preview
    assert isinstance(preview, DunningPreviewDialog)
    assert isinstance(preview, PdfPreviewDialog)
    assert "催款函" in pdf_text(preview.data)
    assert "FP2026001" in pdf_text(preview.data)
    preview.record_action.trigger()
    qtbot.waitUntil(lambda: _activities(ledger) == 1)


def _activities(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Activity.id)).where(Activity.kind == "dunning_letter"))


def test_the_360_statements_tab_makes_previews_and_records_replies(qtbot, window, ledger, clock):
    from app.views.customers.customer_360_view import open_customer_360

    cid = customer_id(ledger, "C001")
    view = open_customer_360(window.ctx, window, cid)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.data is not None)
    assert view.figures["disputed"].value.text() == "¥0.00"
    assert view.dunning_button.isEnabled()  # ¥600.00 is overdue
    assert not view.statement_reply_button.isEnabled()  # nothing chosen
    dialog = view.new_statement()
    assert isinstance(dialog, NewStatementDialog)
    assert dialog.customer.customer_id() == cid and dialog.customer.isReadOnly()
    dialog.period.set_period(*PERIOD)
    dialog.preview()
    qtbot.waitUntil(lambda: view.last_preview is not None)
    preview = view.last_preview
    preview.issue_action.trigger()
    # The issued statement shows in the tab (the 360 listens for statements).
    qtbot.waitUntil(lambda: view.statements.model.rowCount() == 1)
    # The preview shows the issued statement once its PDF is rendered (after the list has
    # heard of it, when other pages read at the same time).
    qtbot.waitUntil(lambda: not preview.content.is_draft)
    assert view.statements.model.rows[0].number == preview.content.number
    view.statements.table.selectRow(0)
    assert view.statement_reply_button.isEnabled()
    reply = view.record_statement_reply()
    assert isinstance(reply, ReplyDialog)
    reply.disputed.setChecked(True)
    reply.amount.setText("120.00")
    reply.note.setPlainText("少算一笔付款")
    reply.save()
    qtbot.waitUntil(lambda: view.figures["disputed"].value.text() == "¥120.00")
    assert "Statement " in view.figures["disputed"].note.text()
    view.last_preview = None
    view.statements.table.selectRow(0)
    view.open_statement()
    qtbot.waitUntil(lambda: view.last_preview is not None)
    assert view.last_preview.content.number == preview.content.number


def test_the_statement_chosen_stays_chosen_when_the_list_is_read_again(qtbot, page, ledger, clock):
    issue(ledger, clock)
    issue(ledger, clock, "C004")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.select_row(1)
    chosen = page.selected().id
    page.mark_sent()
    page.last_dialog.save()
    qtbot.waitUntil(lambda: page.model.rows[1].sent_date is not None)
    assert page.selected() is not None and page.selected().id == chosen
    assert page.reply_button.isEnabled()


def test_a_resolved_dispute_no_longer_shows_apart(qtbot, window, page, ledger, clock):
    issued = issue(ledger, clock)
    svc.record_reply(
        ledger,
        system_actor(clock),
        issued.statement_id,
        svc.ReplyInput(StatementReply.DISPUTED, date(2026, 6, 30), disputed_fen=9_900, note="x"),
    )
    page.reload()
    qtbot.waitUntil(lambda: column(page, "Disputed amount") == ["¥99.00"])
    page.select_row(0)
    assert page.resolve_button.isEnabled()
    dialog = page.resolve_dispute()
    dialog.save()  # without saying how: refused, at the note
    qtbot.waitUntil(lambda: bool(dialog.errors.error_text("note")))
    dialog.note.setPlainText("客户确认单价无误")
    dialog.save()
    qtbot.waitUntil(lambda: column(page, "Reply") == ["Disputed (resolved)"])
    assert column(page, "Disputed amount") == [""]
    assert not page.resolve_button.isEnabled()
    aging = window.show_section("receivables")
    qtbot.waitUntil(lambda: aging.model.rowCount() > 0)
    headers = [aging.model.headerData(c, Qt.Orientation.Horizontal) for c in range(14)]
    assert "Disputed" not in headers


def test_ctrl_n_starts_a_new_statement(qtbot, window, page):
    window.keys.new_action.trigger()
    assert isinstance(page.last_dialog, NewStatementDialog)
    page.last_dialog.reject()
