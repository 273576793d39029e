from datetime import date, timedelta

import pytest

from app.services.core.list_request import ListRequest
from app.services.customers import customer_list_service as customers
from app.services.customers.customer_service import customer_detail
from app.services.ledger import invoice_list_service as invoices
from app.services.ledger.invoice_service import invoice_detail
from tests import factories

AS_OF = date(2026, 6, 30)


@pytest.fixture
def ledger(db):
    with db.write() as s:
        wang = factories.user(s, "王芳")
        li = factories.user(s, "李强")
        a = factories.customer(s, "上海浦东环境监测站", code="C001", owner=wang)
        b = factories.customer(
            s, "杭州西湖食品有限公司", code="C002", owner=li, tier_code="high_risk"
        )
        c = factories.customer(s, "南京建材检测_中心100%", code="C003", owner=wang)
        factories.customer(s, "已归档客户", code="C004", archived=True)
        # a: one overdue partly paid invoice, one current; b: prepayment only; c: settled.
        a1 = factories.invoice(s, a, 100_000, date(2026, 3, 1), number="FP2026001")
        factories.invoice(s, a, 30_000, date(2026, 6, 20), number="FP2026002")
        factories.payment(s, a, 40_000, date(2026, 4, 2), [(a1, 40_000)])
        factories.payment(s, b, 5_000, date(2026, 5, 2))
        c1 = factories.invoice(s, c, 8_000, date(2026, 1, 10), number="FP2025999")
        factories.payment(s, c, 8_000, date(2026, 2, 1), [(c1, 8_000)])
        factories.invoice(s, c, 9_000, date(2026, 1, 12), number="FP2025998", status="void")
    return db


def _customers(db, **kw):
    with db.read() as s:
        req = ListRequest(**kw)
        return customers.count_customers(s, req), customers.fetch_customers(s, req, 0, 50, AS_OF)


def test_customer_balances_open_overdue_and_prepayment(ledger):
    total, rows = _customers(ledger)
    by_code = {r.code: r for r in rows}
    assert total == 3  # archived hidden by default
    assert by_code["C001"].open_fen == 90_000
    assert by_code["C001"].overdue_fen == 60_000  # due 2026-03-31, open 60,000
    assert by_code["C001"].balance_fen == 90_000
    assert by_code["C002"].balance_fen == -5_000  # unapplied payment is owed back or applied
    assert by_code["C003"].balance_fen == 0


def test_customer_search_matches_name_code_and_literal_wildcards(ledger):
    assert [r.code for r in _customers(ledger, search="食品")[1]] == ["C002"]
    assert [r.code for r in _customers(ledger, search="c003")[1]] == ["C003"]
    assert [r.code for r in _customers(ledger, search="_中心100%")[1]] == ["C003"]
    assert _customers(ledger, search="100%x")[0] == 0
    assert _customers(ledger, search="归档", filters=(("archived", "any"),))[0] == 1


@pytest.mark.parametrize(
    ("key", "descending", "expected"),
    [
        ("balance", True, ["C001", "C003", "C002"]),
        ("balance", False, ["C002", "C003", "C001"]),
        ("overdue", True, ["C001", "C003", "C002"]),  # ties by id, newest first
        ("code", True, ["C003", "C002", "C001"]),
        ("tier", True, ["C002", "C003", "C001"]),
    ],
)
def test_customer_sorting_runs_in_sql(ledger, key, descending, expected):
    assert [r.code for r in _customers(ledger, sort_key=key, descending=descending)[1]] == expected


def test_customer_filter_by_owner(ledger):
    _, rows = _customers(ledger)
    li = next(r for r in rows if r.owner_name == "李强")
    with ledger.read() as s:
        owner_id = s.execute(
            customers.select(customers.Customer.owner_id).where(customers.Customer.id == li.id)
        ).scalar()
    assert [r.code for r in _customers(ledger, filters=(("owner_id", owner_id),))[1]] == ["C002"]


def test_customer_detail_aging_and_credit(ledger):
    _, rows = _customers(ledger, search="C001")
    with ledger.read() as s:
        detail = customer_detail(s, rows[0].id, AS_OF)
    assert detail.aging["current"] == 30_000
    assert detail.aging["91-180"] == 60_000  # due 2026-03-31: 91 days overdue on 2026-06-30
    assert sum(detail.aging.values()) == detail.row.open_fen
    assert detail.payment_terms_days == 30
    assert detail.available_credit_fen == detail.credit_limit_fen - 90_000


def _invoice_numbers(db, **kw):
    with db.read() as s:
        req = ListRequest(**kw)
        total = invoices.count_invoices(s, req, AS_OF)
        return total, [r.number for r in invoices.fetch_invoices(s, req, 0, 50, AS_OF, total)]


def test_invoice_status_filters(ledger):
    assert _invoice_numbers(ledger, filters=(("status", "overdue"),))[1] == ["FP2026001"]
    assert set(_invoice_numbers(ledger, filters=(("status", "open"),))[1]) == {
        "FP2026001",
        "FP2026002",
    }
    assert _invoice_numbers(ledger, filters=(("status", "settled"),))[1] == ["FP2025999"]
    assert _invoice_numbers(ledger, filters=(("status", "void"),))[1] == ["FP2025998"]


def test_invoice_search_by_number_prefix_or_customer(ledger):
    assert _invoice_numbers(ledger, search="FP2026")[1] == ["FP2026001", "FP2026002"]
    assert set(_invoice_numbers(ledger, search="建材")[1]) == {"FP2025999", "FP2025998"}
    assert _invoice_numbers(ledger, search="FP2027")[0] == 0


def test_invoice_detail_lists_what_settled_it(ledger):
    with ledger.read() as s:
        req = ListRequest(search="FP2026001")
        row = invoices.fetch_invoices(s, req, 0, 1, AS_OF)[0]
        detail = invoice_detail(s, row.id)
    assert detail.row.open_fen == 60_000
    assert [(x.kind, x.amount_fen) for x in detail.settlements] == [("payment", 40_000)]
    assert detail.row.days_overdue(AS_OF) == 91


def test_every_page_from_either_end_matches_one_big_query(db):
    """Deep pages are read from the far end of the index; the rows must be the same."""
    with db.write() as s:
        c = factories.customer(s, "分页测试")
        for i in range(57):
            factories.invoice(s, c, 1000 + i, date(2025, 1, 1) + timedelta(days=i // 3))
    for sort_key in invoices.SORT_KEYS:
        for descending in (False, True):
            req = ListRequest(sort_key=sort_key, descending=descending)
            with db.read() as s:
                total = invoices.count_invoices(s, req, AS_OF)
                everything = [r.id for r in invoices.fetch_invoices(s, req, 0, 1000, AS_OF)]
                paged = []
                for offset in range(0, total, 10):
                    paged += [
                        r.id for r in invoices.fetch_invoices(s, req, offset, 10, AS_OF, total)
                    ]
            assert total == 57
            assert paged == everything, (sort_key, descending)


def test_payment_search_matches_number_reference_payer_and_customer(db):
    from app.services.ledger import payment_list_service as payments

    with db.write() as s:
        nantong = factories.customer(s, "南通明昌家具有限公司", code="NT01")
        nantong.short_name = "明昌家具"
        other = factories.customer(s, "无锡纺织厂", code="WX01")
        own = factories.payment(s, nantong, 1_000, date(2026, 5, 1))
        own.payer_name = nantong.name  # as on nearly every payment
        by_parent = factories.payment(s, other, 2_000, date(2026, 5, 2))
        by_parent.payer_name = "江苏明昌集团"  # someone else pays for the customer
        wired = factories.payment(s, other, 3_000, date(2026, 5, 3))
        wired.bank_ref = "HX20260503-7"
        wired.number = "SK-2026-0503"
        s.flush()
        ids = {"own": own.id, "parent": by_parent.id, "wired": wired.id}

    def found(text: str) -> set[str]:
        req = ListRequest(search=text)
        with db.read() as s:
            rows = payments.fetch_payments(s, req, 0, 50)
            assert payments.count_payments(s, req) == len(rows)
        return {name for name, i in ids.items() if i in {r.id for r in rows}}

    assert found("明昌") == {"own"}  # the customer's name anywhere; a payer's from its start
    assert found("江苏明昌") == {"parent"}
    assert found("明昌家具") == {"own"}  # the short name
    assert found("nt01") == {"own"}  # the code, any case
    assert found("SK-2026") == {"wired"}  # the number from its start
    assert found("HX20260503-7") == {"wired"}  # the bank reference whole
    assert found("HX2026") == set()
    assert found("无锡") == {"parent", "wired"}
