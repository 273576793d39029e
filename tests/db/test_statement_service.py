"""Statements from the dated ledger: the lines of a period with their running balance, the
figures against the as-of balances, issuing and reprinting (the same document after later
entries), replies, disputes and the statements awaiting a reply."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from app.domain.enums import Role, StatementReply
from app.domain.errors import (
    LedgerError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from app.models import Customer, Payment, Setting, Statement
from app.services.core.changes import Kind
from app.services.core.context import Actor
from app.services.ledger import payment_service
from app.services.ledger.aging_service import AgingBy, aging_report
from app.services.ledger.balances import customer_balance
from app.services.statements import statement_service as svc
from app.services.statements.disputes import disputed_amounts
from app.services.statements.statement_builder import (
    build_statement,
    statement_customers,
)
from app.services.statements.statement_content import LineKind, StatementContent
from tests import factories
from tests.db.statement_ledger import (
    CLOSING,
    EXPECTED,
    LAB,
    OPEN_31_60,
    OPENING,
    PERIOD,
    PREPAID,
    USCC,
    make_ledger,
)

ISSUE_DAY = date(2026, 4, 1)
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
def ledger(db):
    return make_ledger(db)


def lines_of(content: StatementContent, ledger) -> list[tuple[str, str, int, int, int]]:
    names = {number: key for key, number in ledger.numbers.items()}
    return [
        (line.on.isoformat(), names[line.number], line.debit_fen, line.credit_fen, line.balance_fen)
        for line in content.lines
    ]


def test_the_lines_of_the_period_with_their_running_balance(ledger):
    with ledger.db.read() as s:
        content = build_statement(s, ledger.customer_id, *PERIOD)
    assert content.opening_fen == OPENING
    assert lines_of(content, ledger) == EXPECTED
    assert [line.kind for line in content.lines] == [
        LineKind.PAYMENT,
        LineKind.RED_LETTER,
        LineKind.PAYMENT,
        LineKind.PAYMENT_REVERSAL,
        LineKind.INVOICE,
        LineKind.INVOICE_VOID,
        LineKind.WRITE_OFF,
    ]
    assert content.lines[1].related == ledger.numbers["I2"]
    assert content.closing_fen == CLOSING
    aging = {a.key: a.amount_fen for a in content.aging}
    assert aging == {
        "current": 0,
        "1-30": 0,
        "31-60": OPEN_31_60,
        "61-90": 0,
        "91-180": 0,
        "181-365": 0,
        "365+": 0,
    }
    assert [(p.number, p.unallocated_fen) for p in content.prepayments] == [
        (ledger.numbers["P2"], PREPAID)
    ]
    assert content.open_fen - content.prepaid_fen == content.closing_fen
    assert content.customer.uscc == USCC
    assert (content.customer.contact, content.customer.phone) == ("何立新", "13661697748")
    assert content.lab == LAB
    assert content.is_draft


def test_opening_and_closing_are_the_as_of_balances(ledger):
    start, end = PERIOD
    with ledger.db.read() as s:
        content = build_statement(s, ledger.customer_id, start, end)
        before = customer_balance(s, ledger.customer_id, start - timedelta(days=1))
        after = customer_balance(s, ledger.customer_id, end)
    assert content.opening_fen == before.balance_fen
    assert content.closing_fen == after.balance_fen
    assert content.prepaid_fen == after.unallocated_fen


def test_a_period_without_entries_has_no_lines_and_carries_the_balance(ledger):
    with ledger.db.read() as s:
        content = build_statement(s, ledger.customer_id, date(2026, 3, 20), date(2026, 3, 31))
    assert content.lines == ()
    assert content.opening_fen == content.closing_fen == CLOSING


def test_the_batch_takes_customers_with_a_balance_or_entries(ledger):
    with ledger.db.read() as s:
        assert statement_customers(s, *PERIOD) == [ledger.customer_id]
        # Before anything happened: nobody.
        assert statement_customers(s, date(2025, 1, 1), date(2025, 12, 31)) == []


def test_a_ledger_that_does_not_add_up_is_refused(ledger):
    # A cached total edited behind the ledger's back (what `labledger check` reports):
    # the prepayment shrinks with no entry to say so.
    with ledger.db.write() as s:
        s.execute(
            update(Payment)
            .where(Payment.id == ledger.ids["P2"])
            .values(allocated_fen=100)
            .execution_options(synchronize_session=False)
        )
    with ledger.db.read() as s, pytest.raises(LedgerError, match="does not add up"):
        build_statement(s, ledger.customer_id, *PERIOD)


def test_issuing_records_the_statement_with_a_number(ledger):
    issued = svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY), ledger.customer_id, *PERIOD)
    assert issued.kinds == {Kind.STATEMENTS}
    value = issued.value
    assert value.number == "DZ2026000001" and not value.reused
    assert value.content.number == value.number and value.content.issued_on == ISSUE_DAY
    with ledger.db.read() as s:
        row = s.get(Statement, value.statement_id)
        assert (row.period_from, row.period_to) == PERIOD
        assert (row.opening_balance_fen, row.closing_balance_fen) == (OPENING, CLOSING)
        assert row.issued_on == ISSUE_DAY and row.reply == "none" and row.sent_date is None


def test_issuing_again_without_changes_gives_the_same_statement(ledger):
    first = svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY), ledger.customer_id, *PERIOD)
    again = svc.issue_statement(
        ledger.db, ledger.on(ISSUE_DAY + timedelta(days=3)), ledger.customer_id, *PERIOD
    )
    assert again.value.reused and again.kinds == frozenset()
    assert again.value.number == first.value.number
    assert again.value.content == first.value.content
    with ledger.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Statement)) == 1


def test_reprint_after_a_later_reversal_gives_the_same_figures(ledger):
    issued = svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY), ledger.customer_id, *PERIOD)
    # The prepayment P2 bounces after the statement went out.
    payment_service.reverse_payment(
        ledger.db, ledger.on(date(2026, 4, 10)), ledger.ids["P2"], "退票"
    )
    with ledger.db.read() as s:
        reprint = svc.statement_content(s, issued.value.statement_id)
        rebuilt = build_statement(s, ledger.customer_id, *PERIOD)
        today = customer_balance(s, ledger.customer_id, date(2026, 4, 10))
    assert reprint == issued.value.content
    assert lines_of(reprint, ledger) == EXPECTED and reprint.closing_fen == CLOSING
    # The dated ledger says the same of the period: the reversal is dated after it.
    assert rebuilt.same_figures(reprint)
    assert today.balance_fen == CLOSING + PREPAID


def test_a_payment_back_dated_into_an_issued_period_does_not_change_the_reprint(ledger):
    issued = svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY), ledger.customer_id, *PERIOD)
    late = payment_service.PaymentInput(ledger.customer_id, date(2026, 3, 30), 10_000)
    payment_service.record_payment(ledger.db, ledger.on(date(2026, 4, 12)), late, "none")
    with ledger.db.read() as s:
        reprint = svc.statement_content(s, issued.value.statement_id)
        rebuilt = build_statement(s, ledger.customer_id, *PERIOD)
    assert reprint == issued.value.content
    assert rebuilt.closing_fen == CLOSING - 10_000
    # Issued again, the changed figures get a statement of their own.
    again = svc.issue_statement(
        ledger.db, ledger.on(date(2026, 4, 12)), ledger.customer_id, *PERIOD
    )
    assert not again.value.reused and again.value.number != issued.value.number


def test_content_survives_its_json_round_trip(ledger):
    issued = svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY), ledger.customer_id, *PERIOD)
    content = issued.value.content
    assert StatementContent.from_json(content.to_json()) == content


def test_a_statement_recorded_without_content_is_rebuilt_from_the_ledger(ledger):
    issued = svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY), ledger.customer_id, *PERIOD)
    with ledger.db.write() as s:
        s.execute(update(Statement).values(content=None))
    with ledger.db.read() as s:
        reprint = svc.statement_content(s, issued.value.statement_id)
    assert reprint.same_figures(issued.value.content)
    assert (reprint.number, reprint.issued_on) == (issued.value.number, ISSUE_DAY)


def test_the_period_must_be_over_and_run_forwards(ledger):
    actor = ledger.on(date(2026, 3, 15))
    with pytest.raises(ValidationError, match="after today"):
        svc.issue_statement(ledger.db, actor, ledger.customer_id, *PERIOD)
    with pytest.raises(ValidationError, match="after its end"):
        svc.issue_statement(
            ledger.db, actor, ledger.customer_id, date(2026, 3, 1), date(2026, 2, 1)
        )
    with ledger.db.read() as s, pytest.raises(ValidationError):
        svc.draft_statement(s, ledger.customer_id, *PERIOD, today=date(2026, 3, 15))


def test_no_statement_is_issued_without_the_labs_name(ledger):
    with ledger.db.write() as s:
        s.execute(delete(Setting).where(Setting.key == "lab_profile"))
    with pytest.raises(ValidationError, match="lab's name"):
        svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY), ledger.customer_id, *PERIOD)
    with ledger.db.read() as s:
        # A preview shows what is missing.
        assert svc.draft_statement(s, ledger.customer_id, *PERIOD, today=ISSUE_DAY).lab.is_empty


def test_unknown_customer(ledger):
    with ledger.db.read() as s, pytest.raises(NotFoundError):
        build_statement(s, 999_999, *PERIOD)


def test_viewers_may_not_issue(ledger):
    viewer = Actor(None, "guest", Role.VIEWER)
    with pytest.raises(PermissionDeniedError):
        svc.issue_statement(ledger.db, ledger.on(ISSUE_DAY, viewer), ledger.customer_id, *PERIOD)


def issue(ledger, period=PERIOD, day=ISSUE_DAY) -> int:
    return svc.issue_statement(
        ledger.db, ledger.on(day), ledger.customer_id, *period
    ).value.statement_id


def test_awaiting_reply_lists_sent_statements_without_a_reply(ledger):
    sid = issue(ledger)
    with ledger.db.read() as s:
        assert svc.awaiting_reply(s, date(2026, 4, 20)) == []  # not sent yet
    svc.mark_sent(ledger.db, ledger.on(date(2026, 4, 2)), sid, date(2026, 4, 2))
    with ledger.db.read() as s:
        waiting = svc.awaiting_reply(s, date(2026, 4, 20))
        assert [(w.statement_id, w.days_waiting, w.owner_name) for w in waiting] == [
            (sid, 18, "王芳")
        ]
        assert svc.awaiting_reply(s, date(2026, 4, 20), sent_days_ago=30) == []
    svc.record_reply(
        ledger.db,
        ledger.on(date(2026, 4, 15)),
        sid,
        svc.ReplyInput(StatementReply.AGREED, date(2026, 4, 15), scan=PNG, scan_name="回执.png"),
    )
    with ledger.db.read() as s:
        assert svc.awaiting_reply(s, date(2026, 4, 20)) == []
        assert svc.signed_scan(s, sid) == ("回执.png", PNG)


def test_sent_and_reply_dates_are_checked(ledger):
    sid = issue(ledger)
    with pytest.raises(ValidationError, match="before"):
        svc.mark_sent(ledger.db, ledger.on(date(2026, 4, 5)), sid, date(2026, 3, 31))
    with pytest.raises(ValidationError, match="future"):
        svc.mark_sent(ledger.db, ledger.on(date(2026, 4, 5)), sid, date(2026, 4, 6))
    with pytest.raises(ValidationError, match="future"):
        svc.record_reply(
            ledger.db,
            ledger.on(date(2026, 4, 5)),
            sid,
            svc.ReplyInput(StatementReply.AGREED, date(2026, 4, 6)),
        )


def dispute(ledger, sid: int, day: date, fen: int = 50_000, invoices=("I2",)) -> None:
    svc.record_reply(
        ledger.db,
        ledger.on(day),
        sid,
        svc.ReplyInput(
            StatementReply.DISPUTED,
            day,
            disputed_fen=fen,
            disputed_invoice_ids=tuple(ledger.ids[k] for k in invoices),
            note="核销部分我方不认可",
        ),
    )


def test_a_disputed_reply_shows_apart_until_resolved(ledger):
    sid = issue(ledger)
    dispute(ledger, sid, date(2026, 4, 10))
    with ledger.db.read() as s:
        assert disputed_amounts(s, date(2026, 4, 9)) == {}
        found = disputed_amounts(s, date(2026, 4, 10))
        row = s.get(Statement, sid)
        assert row.disputed_invoice_ids == [ledger.ids["I2"]]
    assert list(found) == [ledger.customer_id]
    assert found[ledger.customer_id].amount_fen == 50_000
    assert found[ledger.customer_id].invoice_ids == (ledger.ids["I2"],)
    svc.resolve_dispute(
        ledger.db,
        ledger.on(date(2026, 4, 20), ledger.boss),
        sid,
        date(2026, 4, 20),
        "补充资料后客户认可",
    )
    with ledger.db.read() as s:
        assert ledger.customer_id in disputed_amounts(s, date(2026, 4, 19))
        assert disputed_amounts(s, date(2026, 4, 20)) == {}
    with pytest.raises(LedgerError, match="resolved"):
        svc.resolve_dispute(
            ledger.db, ledger.on(date(2026, 4, 21), ledger.boss), sid, date(2026, 4, 21), "再次"
        )


def test_a_later_statement_agreed_settles_an_earlier_dispute(ledger):
    first = issue(ledger)
    dispute(ledger, first, date(2026, 4, 10))
    second = issue(ledger, (date(2026, 4, 1), date(2026, 4, 30)), day=date(2026, 5, 2))
    svc.record_reply(
        ledger.db,
        ledger.on(date(2026, 5, 8)),
        second,
        svc.ReplyInput(StatementReply.AGREED, date(2026, 5, 8)),
    )
    with ledger.db.read() as s:
        assert ledger.customer_id in disputed_amounts(s, date(2026, 5, 7))
        assert disputed_amounts(s, date(2026, 5, 8)) == {}


def test_the_aging_report_shows_disputed_amounts_apart(ledger):
    sid = issue(ledger)
    dispute(ledger, sid, date(2026, 4, 10))
    with ledger.db.read() as s:
        by_customer = aging_report(s, date(2026, 4, 10), AgingBy.CUSTOMER)
        by_salesperson = aging_report(s, date(2026, 4, 10), AgingBy.SALESPERSON)
        by_project = aging_report(s, date(2026, 4, 10), AgingBy.PROJECT)
        before = aging_report(s, date(2026, 4, 9), AgingBy.CUSTOMER)
    [row] = by_customer.rows
    assert row.disputed_fen == 50_000 and by_customer.disputed_fen == 50_000
    # Still owed and aged: shown apart, not taken out.
    assert row.total_fen == OPEN_31_60 - 0 and row.prepaid_fen == PREPAID
    assert by_salesperson.rows[0].disputed_fen == 50_000
    assert by_project.disputed_fen == 0
    assert before.disputed_fen == 0


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (svc.ReplyInput(StatementReply.DISPUTED, ISSUE_DAY, note="不对"), "amount"),
        (svc.ReplyInput(StatementReply.DISPUTED, ISSUE_DAY, disputed_fen=100), "what"),
        (svc.ReplyInput(StatementReply.AGREED, ISSUE_DAY, disputed_fen=100), "agreed"),
        (svc.ReplyInput(StatementReply.NONE, ISSUE_DAY), "either"),
        (svc.ReplyInput(StatementReply.AGREED, ISSUE_DAY, scan=b"GIF89a"), "PDF, JPEG"),
        (svc.ReplyInput(StatementReply.AGREED, ISSUE_DAY, scan=b""), "empty"),
        (
            svc.ReplyInput(
                StatementReply.AGREED, ISSUE_DAY, scan=b"%PDF-" + b"0" * svc.MAX_SCAN_BYTES
            ),
            "at most",
        ),
    ],
)
def test_replies_are_validated(ledger, reply, message):
    sid = issue(ledger)
    with pytest.raises(ValidationError, match=message):
        svc.record_reply(ledger.db, ledger.on(ISSUE_DAY), sid, reply)


def test_disputed_invoices_must_be_the_customers(ledger):
    sid = issue(ledger)
    with ledger.db.write() as s:
        stranger = factories.invoice(s, s.get(Customer, ledger.other_id), 1_000, date(2026, 1, 2))
        stranger_id = stranger.id
    with pytest.raises(ValidationError, match="this customer"):
        svc.record_reply(
            ledger.db,
            ledger.on(ISSUE_DAY),
            sid,
            svc.ReplyInput(
                StatementReply.DISPUTED,
                ISSUE_DAY,
                disputed_fen=1_000,
                disputed_invoice_ids=(stranger_id,),
                note="不是我们的",
            ),
        )


def test_a_scan_can_be_attached_later_and_is_not_loaded_with_lists(ledger):
    sid = issue(ledger)
    with ledger.db.read() as s:
        assert svc.signed_scan(s, sid) is None
    svc.attach_scan(ledger.db, ledger.on(ISSUE_DAY), sid, b"%PDF-1.4 scan", r"C:\扫描\回执.pdf")
    with ledger.db.read() as s:
        assert svc.signed_scan(s, sid) == ("回执.pdf", b"%PDF-1.4 scan")
        row = s.get(Statement, sid)
        assert "signed_scan" not in row.__dict__ and "content" not in row.__dict__


def test_find_customers_by_code_name_or_part_of_it(ledger):
    with ledger.db.read() as s:
        assert [c[1] for c in svc.find_customers(s, "C000003")] == ["C000003"]
        assert [c[1] for c in svc.find_customers(s, "苏州凯鑫建材有限公司")] == ["C000003"]
        assert [c[1] for c in svc.find_customers(s, "凯鑫")] == ["C000003"]
        assert [c[1] for c in svc.find_customers(s, "有限")] == ["C000003", "C000004"]
        assert svc.find_customers(s, "100%") == []
        assert svc.find_customers(s, "  ") == []
