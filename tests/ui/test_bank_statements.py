"""The bank statement window: opened from the payments section, it imports an export, shows
each incoming line with the customer and invoices proposed, and confirms one as a payment."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from sqlalchemy import select

from app.domain.errors import ImportFileError
from app.models import Allocation, Invoice, PayerAlias, Payment
from app.views.bank.bank_statement_window import BankStatementWindow
from app.views.payments.payment_list_view import PaymentListView

STATEMENT = (
    "某银行 账户明细\n"
    "交易日期,交易金额,余额,对方户名,附言\n"
    '2026-06-25,"300.00",1300.00,上海浦东环境监测站,检测费\n'
    "2026-06-26,-20.00,1280.00,电力公司,电费\n"
    "2026-06-27,77.00,1357.00,某个不认识的人,\n"
)


@pytest.fixture
def bank(qtbot, window) -> BankStatementWindow:
    view = window.show_section("payments")
    assert isinstance(view, PaymentListView)
    assert view.bank_button.isEnabled()
    view.bank_button.click()
    opened = view.bank_window
    assert isinstance(opened, BankStatementWindow)
    qtbot.waitUntil(lambda: opened.loaded)
    return opened


def write(tmp_path: Path, text: str, name: str = "june.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_importing_and_confirming_one_line(qtbot, bank, ledger, tmp_path, errors):
    path = write(tmp_path, STATEMENT)
    bank.import_file(path)
    qtbot.waitUntil(lambda: len(bank.rows) == 2)  # the two incoming lines; the debit is ignored
    assert "3 new lines, 2 of them incoming to confirm" in bank.summary.text()
    # Newest first: the stranger's line, with no customer found.
    qtbot.waitUntil(lambda: bank.editor.line is not None)
    assert bank.editor.line.payer_name == "某个不认识的人"
    assert bank.editor.proposal.text().startswith("No customer found")
    pudong = next(r for r in bank.rows if r.payer_name == "上海浦东环境监测站")
    bank.select_row(bank.rows.index(pudong))
    qtbot.waitUntil(lambda: bank.editor.line == pudong and bank.editor.invoices_loaded)
    assert bank.editor.customer.text() == "上海浦东环境监测站"
    assert "same name 100%" in bank.editor.proposal.text()
    assert "FP2026002 (exact amount)" in bank.editor.proposal.text()
    # The proposal fills the split, which finance could still change.
    assert bank.editor.allocation.split() != []
    bank.editor.confirm_button.click()
    qtbot.waitUntil(lambda: len(bank.rows) == 1 and "Recorded 1 payment" in bank.summary.text())
    with ledger.read() as s:
        payment = s.scalars(select(Payment).where(Payment.payer_name == "上海浦东环境监测站")).one()
        assert payment.amount_fen == 30_000
        invoice = s.scalars(
            select(Invoice.number)
            .join(Allocation, Allocation.invoice_id == Invoice.id)
            .where(Allocation.payment_id == payment.id)
        ).one()
        assert invoice == "FP2026002"
    # The stranger's line has no customer until finance chooses one, by typing.
    assert bank.rows[0].customer is None
    assert not bank.confirm_selected_button.isEnabled()
    qtbot.waitUntil(lambda: bank.editor.line == bank.rows[0])
    picker = bank.editor.customer
    picker.setText("苏州工业")
    picker.search()
    qtbot.waitUntil(lambda: picker.matches.rowCount() == 1)
    picker.choose_match(0)
    qtbot.waitUntil(lambda: bank.editor.invoices_loaded)
    assert bank.editor.proposal.text() == "Chosen by hand; FP2026003 (oldest first)"
    bank.editor.confirm_button.click()
    qtbot.waitUntil(lambda: not bank.rows and "Recorded 1 payment" in bank.summary.text())
    with ledger.read() as s:
        assert s.scalar(select(PayerAlias.payer_name)) == "某个不认识的人"

    bank.import_file(path)
    qtbot.waitUntil(lambda: "Nothing new" in bank.summary.text())
    assert not errors.expected_errors


def test_a_file_that_is_no_statement_is_refused_in_words(qtbot, bank, tmp_path, errors):
    bank.import_file(write(tmp_path, "客户名称,开票金额\n甲,100\n", "customers.csv"))
    qtbot.waitUntil(lambda: bool(errors.expected_errors))
    assert isinstance(errors.expected_errors[0], ImportFileError)
    assert bank.summary.text() == "The file was not imported."
    assert bank.import_button.isEnabled()


@pytest.mark.parametrize(
    "area", [QRect(0, 0, 1366, 768 - 40), QRect(0, 0, 1093, 614 - 32)], ids=["100", "125"]
)
def test_the_window_fits_the_screens_labs_have(qtbot, window, monkeypatch, area):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(area))
    view = window.show_section("payments")
    assert isinstance(view, PaymentListView)
    opened = view.open_bank_statements()
    qtbot.waitUntil(lambda: opened.loaded)
    assert area.contains(opened.frameGeometry())
    assert opened.width() >= opened.minimumSizeHint().width()
    # Both ways to confirm are inside the window.
    for button in (opened.confirm_selected_button, opened.editor.confirm_button):
        corner = button.mapTo(opened, QPoint(button.width(), button.height()))
        assert opened.rect().contains(corner)
    opened.close()


def test_ignoring_the_line_shown_and_taking_it_back(qtbot, bank, tmp_path):
    bank.import_file(write(tmp_path, STATEMENT))
    qtbot.waitUntil(lambda: len(bank.rows) == 2 and bank.editor.line is not None)
    shown = bank.editor.line
    bank.editor.ignore_button.click()
    qtbot.waitUntil(lambda: len(bank.rows) == 1)
    assert shown.id not in [r.id for r in bank.rows]
    bank.status_filter.setCurrentIndex(bank.status_filter.findData("ignored"))
    # The debit is ignored from the start, and the line ignored by hand is with it.
    qtbot.waitUntil(lambda: len(bank.rows) == 2 and bank.shown_status() == "ignored")
    bank.select_row([r.id for r in bank.rows].index(shown.id))
    qtbot.waitUntil(lambda: bank.restore_button.isEnabled())
    bank.restore_button.click()
    qtbot.waitUntil(lambda: len(bank.rows) == 1)
    assert bank.rows[0].direction == "debit"
